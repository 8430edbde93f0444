"""growth_open: a stated change that no other check took, unverifiable, with its level if said.

    进出口总额 2890 亿美元，按可比口径，比上年增长 3.2%      the level in the clauses before it
    税收收入增长 4%  …（the five years' review, paragraphs off）… 税收收入由 912 亿元增加到 1046 亿元
                                                           the level said elsewhere, by its name
    全省城镇化率提升 5.27 个百分点                         neither base nor level: the claim alone
A reader checks X = A ÷ B − 1 (or a − b points); the text gives the level A at most, so the finding
is unverifiable, the claim first and the level second, with the reason (no base in the text; a
headline measure such as 地区生产总值 grows at comparable prices, so even both levels would not
check it). Candidates are generated broadly, then each is only described, never judged: nothing
here says `inconsistent`. A plan is no claim to check (`主要预期目标：…增长 5% 左右`), and a change
another check read keeps that check's finding (this one runs last, CLAIM_ONLY); rates of a `分别`
list with no level are one against another (a bound, stated_bound.py), not claims alone.

The level, in this order: the nearest amount before the change in its sentence, not past `；`, not
an amount of change, with no other change between (`A、增长 5.5%，B 增长 9.4%`: 9.4% is B's) and
no subject of the change's own (`其中出口增长`); else the one level said in the article under the
change's name (four characters or more, scope words off: `全年地区生产总值` is `地区生产总值`),
thresholds (`突破 2 万亿元`) and starting levels (`从 A`) set aside; several different ones (the
measure's level in other years) leave the claim alone.
"""
from __future__ import annotations

from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .model import Draft, Num, PageView
from .multiples import levels_found
from .wording import Change, after_word, is_increment, own_subject, without_named_base, word_direction
from .yearly import years_in

_NAME = 4  # characters of a measure's name that tie a change to a level said elsewhere
_AFTER = 4  # characters after a rate read for a plan's looseness


@lru_cache(maxsize=None)
def _w(key: str) -> tuple[str, ...]:
    return tuple(sorted(cues.table("growth_open.toml")["growth_open"][key], key=lambda w: (-len(w), w)))


def open_growth(view: PageView, ch: Change) -> Draft | None:
    """The unverifiable finding of a change no check read (see above), or None for a plan or a
    ratio (`是 B 的 3 倍`, read by growth_times)."""
    if ch.kind == "times" or ch.kind == "倍" and levels_found(view, ch.start):
        return None  # `费用提高了一倍，变成了 161 万元`: multiples.from_levels reads its levels
    sent = view.sentence_index(ch.start)
    if sent < 0:
        return None
    if _planned(view, ch, sent) or view.text[ch.end:ch.end + _AFTER].startswith(_w("plan_after")):
        return None
    level = near_level(view, ch, sent) or _named_level(view, ch, sent)
    name = _change_name(view, ch)
    # `单位地区生产总值能耗` is no value at prices: the name must end with the measure
    cmp = next((w for w in cues.words("growth", "comparable_prices") if name.endswith(w)), None)
    reason = f"{cmp}的增长按可比价格计算，" if cmp and ch.kind != "个百分点" else ""
    if level is None and cues.contains_any(view.text[view.clause_start(ch.start):ch.start], "enumeration", "respective"):
        return None  # `城镇、农村居民收入分别增长 a%、b%`: the pair is one rate against the other (bounds)
    if level is None:
        return Draft("growth", "unverifiable", [ch.ref], None, ch.shown,
                     f"{reason}{ch.written} 所比较的两个值（本期与基期）都未在文中给出，无法核对。")
    return Draft("growth", "unverifiable", [ch.ref, level.ref()], None, ch.shown,
                 f"{reason}{ch.written} 是 {level.written} 的变化，比较基数（上年或同期的值）未在文中给出，无法核对。")


def _planned(view: PageView, ch: Change, sent: int) -> bool:
    """A change a plan governs. A plan verb (`计划`, `要求`, `力争`, `预计`: data/growth_open.toml
    plan_before) governs the rest of its sentence (`今年计划要求，…，国民生产总值增长 6%，投资增长 8%`);
    a plan noun or adverb (`目标`, `努力`: plan_near) only its clause and the next (`聚焦…目标任务体系，
    顶压前行，生产总值增长 5.6%`: a report's long sentence joins the result to a slogan), unless a colon
    or a copula follows it (`主要预期目标是：…`, `发展的目标是，…`: plan_copulas) or a verb of reaching
    it stands before it in its clause (`努力实现全年目标，…`: plan_reach): then the run after it is the
    plan's. A plan said met (`完成年初预算计划`, `超过预期目标`, `顺利实现了…目标`: plan_met before it in
    its clause) is a result, no plan."""
    start = view.sentences[sent].start
    near = view.clause_start(ch.start)
    if near > start:
        near = view.clause_start(near - 1)
    said = view.text[start:ch.start]
    # a plan noun's copula opens a run of targets as a colon does (`今年的主要任务是，`)
    if any(at >= 0 and not _met(view, start + at) for at in (said.rfind(w) for w in _w("plan_copulas"))):
        return True
    # a colon after a plan word opens a list of targets, whatever its clause says (`要完成的预期目标为：`)
    colon = max(said.rfind(c) for c in _w("plan_colons"))
    for kind in ("plan_before", "plan_near"):
        for w in _w(kind):
            at = said.find(w)
            while at >= 0:
                if at < colon or not _met(view, start + at) and (kind == "plan_before" or start + at >= near
                                                                  or _reached(view, start + at)):
                    return True
                at = said.find(w, at + 1)
    return False


def _reached(view: PageView, at: int) -> bool:
    """`努力实现全年目标，`: a verb of reaching the plan word in its clause makes it the sentence's."""
    return any(w in view.text[view.clause_start(at):at] for w in _w("plan_reach"))


def _met(view: PageView, at: int) -> bool:
    """`全面完成年初预算计划`, `超过预期目标`: the plan word's clause says the plan was met."""
    return any(w in view.text[view.clause_start(at):at] for w in _w("plan_met"))


def aim_in(view: PageView, start: int, end: int) -> bool:
    """A target word (data/cues.toml [growth] target) in text[start:end] that its clause does not say
    met: `力争…增长 6%` is an aim, `新增就业岗位 1.2 万个，超额完成年度目标；` a result (plan_met)."""
    text = view.text[start:end]
    for w in cues.words("growth", "target"):
        at = text.find(w)
        while at >= 0:
            if not _met(view, start + at):
                return True
            at = text.find(w, at + 1)
    return False


def is_threshold(view: PageView, n: Num) -> bool:
    """`突破 2 万亿元`, `首次超过 80 亿元`: a mark the level passed, not the level."""
    return view.text[max(0, n.start - 2):n.start].endswith(_w("threshold"))


def _fits(ch: Change, n: Num) -> bool:
    """A level a change of this kind can be of: a rate for points, an amount for a percent or 倍."""
    return n.unit == "%" if ch.kind == "个百分点" else n.type in SUMMABLE_TYPES


def near_level(view: PageView, ch: Change, sent: int) -> Num | None:
    """The nearest level before the change in its sentence (see above); none for a change of a
    `分别` list (`城镇…A，农村…B，分别增长 a% 和 b%`: a is A's, not the nearest B's)."""
    c_start = view.clause_start(ch.start)
    if cues.contains_any(view.text[c_start:ch.start], "enumeration", "respective"):
        return None
    dated = _own_time(view, c_start, ch.start)
    for n in reversed(view.in_sentence(sent)):
        if n.end > ch.start:
            continue
        between = view.text[n.end:ch.start]
        if "；" in between or (n.start < c_start and (dated or _names_subject(view, c_start, ch.start))):
            return None  # `A，增长 3%，一九九七年增长 5%`: a change of its own time is not A's
        if n.type == "percent" and n.start < ch.start and word_direction(view.text[max(0, n.start - 6):n.start]):
            if (_names_subject(view, view.clause_start(n.start), n.start) or view.clause_start(n.start) >= c_start
                    or _own_time(view, view.clause_start(n.start), n.start)
                    or cues.contains_any(view.text[view.clause_start(n.start):ch.start], "enumeration", "respective")):
                return None  # another change between, of a subject, a time or a `分别` list of its own: the levels before are its
            continue  # `A，超过年度计划 x%，比上年增长 y%，超过…指标 z%`: changes of one level A
        if n.start < c_start and own_subject(view, view.text[n.end:view.clause_end(n.start)]):
            return None  # `千户企业长期借款增幅较大，增长 X%`: the number is in the name of what changes
        if n.start >= c_start and own_subject(view, between):
            return None  # `每 10 万人刑事案件数下降 X%`: words of a measure between, the number is not its level
        if _fits(ch, n) and not is_increment(view, n):
            return n
    return None


def _own_time(view: PageView, start: int, end: int) -> bool:
    """`一九九七年增长 5%`, `一季度增长`: a change's clause names a time of its own before the change
    word (a year or data/growth_open.toml own_time); words after `比`/`较` name its base, not its
    time, and so does a name after `超过` (`超过规划所定的二〇二〇年的目标 12%`)."""
    said = without_named_base(view.text[start:end])
    for w in cues.words("growth", "base_before"):
        if w in said:
            said = said[:said.find(w)]
    return bool(years_in(said)) or any(w in said for w in _w("own_time"))


def _names_subject(view: PageView, start: int, end: int) -> bool:
    """Whether the words of a change's clause name what changes, a base named after `超过` (`超过
    第一个五年计划所规定的指标 N%`: what it is measured against, not what changes) left out."""
    return own_subject(view, without_named_base(view.text[start:end]))


def _change_name(view: PageView, ch: Change) -> str:
    """What a change measures: its clause before the change word, scope words off."""
    said = view.text[view.clause_start(ch.start):ch.start]
    for w in cues.words("growth", "degree") + cues.words("growth", "up") + cues.words("growth", "down") \
            + cues.words("growth", "function_words"):
        if said.endswith(w):
            said = said[: -len(w)]
    return _unscoped(said)


def _unscoped(name: str) -> str:
    for w in _w("scope"):
        if name.startswith(w):
            return name[len(w):]
    return name


def _level_name(view: PageView, n: Num) -> str:
    """The name a level is said under: its clause before the clause's first number, verbs off."""
    c_start = view.clause_start(n.start)
    first = next((m for m in view.in_sentence(n.sentence) if m.start >= c_start), n)
    said = view.text[c_start:first.start]
    for w in _w("level_verbs"):
        if said.endswith(w):
            said = said[: -len(w)]
            break
    return _unscoped(said)


def _named_level(view: PageView, ch: Change, sent: int) -> Num | None:
    """The one level said in the change's article under the change's name (see above)."""
    name = _change_name(view, ch)
    if len(name) < _NAME:
        return None
    article = view.sentences[sent].article
    found = [n for n in _levels_by_name(view).get((article, name), ())
             if _fits(ch, n) and not (n.type == "percent" and ch.kind != "个百分点")]
    return found[0] if found and all(n.value == found[0].value for n in found) else None


def _levels_by_name(view: PageView) -> dict[tuple[int, str], list[Num]]:
    """The levels a change could be of, by article and the names a change may take them under: the
    level's own name and that name less its first one or two characters (a change named as the level
    or by its last words). Read once a page, so that each change looks its name up instead of reading
    every number's name again (linear in the page)."""
    index = view.__dict__.get("_open_levels")
    if index is None:
        index = view.__dict__["_open_levels"] = {}
        for n in view.nums:
            if n.sentence < 0 or is_increment(view, n) or after_word(view, n, "growth", "from_words") \
                    or is_threshold(view, n):
                continue
            other = _level_name(view, n)
            for cut in range(3):  # other == name, or other ends with a name at most two characters shorter
                if len(other) - cut >= _NAME:
                    index.setdefault((n.article, other[cut:]), []).append(n)
    return index
