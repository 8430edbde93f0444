"""growth_bases: the base of a change that names its base period (`比上年`, `比一九五二年`) when the
levels are given elsewhere than right after `比`.

    从 420 万吨增至 483 万吨，比上年增长 15%           the `从`/`到` pair is the comparison named
    一九五二年钢产量为 B，一九五七年达到 A，比一九五二年增长 X%
                                                       the level dated by the year named
    一九五二年钢产量为 B。一九五七年钢产量达到 A，比一九五二年增长 X%
                                                       the same, sentences before, under the
                                                       same name (levels.py)
    工业产值 45 亿元，上年同期为 40 亿元，同比增长 12.5%
                                                       the base said in a clause of its own,
                                                       opened by its period (data/growth_levels.toml)
A `从`/`到` pair serves when its base is dated by the year named, or neither is dated (`比上年`
with `从 B 增至 A`); a change that says it is another one (`又比上年增长`) keeps its own base.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .levels import name_of
from .model import Num, PageView
from .wording import after_word, is_increment, own_subject
from .yearly import label_year, year_of, years_in

SENTENCES_BACK = 3  # sentences before in the paragraph where a dated base is looked for first
_FAR_BACK = 300  # sentences searched for a dated base under the same name (`１９５５年新建铁路铺轨 B`)
_NAME_NEAR = 3  # characters of a name that ties a base to the change nearby
_NAME_FAR = 4  # and in another paragraph (`收入` or `产量` alone names too many things)
_AFTER = 2  # clauses after a change that may hold the levels restating it
_RESTATED = 3  # characters after `即` that may reach the level restated (`降至`, `增加到`)
_COMPARED = re.compile("(?:比|较|同)(.{0,12})$")


@lru_cache(maxsize=1)
def base_level_pattern() -> re.Pattern:
    """`上年同期为`, `而上年只有`: a clause that opens with the base period and gives its level."""
    c = cues.table("growth_levels.toml")["growth_levels"]
    alt = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # noqa: E731
    return re.compile(f"^(?:{alt(c['openers'])})?(?:{alt(c['periods'])})(?:{alt(c['verbs'])})?$")


def said_base(view: PageView, local: list[Num]) -> tuple[Num, Num] | None:
    """`工业产值 45 亿元，上年同期为 40 亿元，同比增长 12.5%`: the base said in a clause of its own that
    opens with its period, after the new level of the same measure in the clause before."""
    for i in range(len(local) - 1, 0, -1):
        base = local[i]
        if not base_level_pattern().match(view.text[view.clause_start(base.start):base.start]):
            continue
        new = next((n for n in reversed(local[:i]) if n.same_measure(base) and not is_increment(view, n)), None)
        return (base, new) if new is not None and view.clause_start(base.start) > new.end else None
    return None


def base_said_next(view: PageView, ch_end: int, new: Num) -> Num | None:
    """`利润总额 118.4 亿元，同比下降 3.6%，上年同期为 122.8 亿元`: the base said in the clause right
    after the change, a clause of its own opened by its period (said_base's form), of new's measure."""
    end = view.clause_end(ch_end)
    if end >= len(view.text) or view.text[end] not in "，,":
        return None
    nxt = view.clause_end(end + 1)
    after = [n for n in view.between(end + 1, nxt) if n.same_measure(new)]
    if not after or not base_level_pattern().match(view.text[view.clause_start(after[0].start):after[0].start].strip()):
        return None
    return after[0]


def said_base_after(view: PageView, ch_end: int, subject: str, sent: int, points: bool) -> tuple[Num, Num] | None:
    """`猪肉价格上涨 8.6%，据…监测，10 月份猪肉平均零售价格为每公斤 26.40 元，去年同期为 24.30 元`:
    the change said first, then its level and the base said in a clause of its own that opens
    with its period (said_base), before the next `；` and with no other change between. The
    level's name repeats the opening words of the change's subject (`猪肉`), so it is the level of
    what changed."""
    hi = view.text.find("；", ch_end, view.sentences[sent].end)
    hi = view.sentences[sent].end if hi < 0 else hi
    after = [n for n in view.in_sentence(sent) if ch_end <= n.start and n.end <= hi]
    if any(n.type == "percent" and not points for n in after):
        return None  # another change or rate said between: the levels may be its own
    found = said_base(view, [n for n in after if (n.unit == "%" if points else n.type in SUMMABLE_TYPES)])
    if found is None:
        return None
    # the subject's opening words name the thing (`猪肉` of `猪肉价格`); its last ones may name
    # only the measure (`价格`), shared by every price of the page
    lead = re.sub(r"[^\u4e00-\u9fff]", "", subject)[:2]
    if len(lead) < 2 or lead not in view.label_before(found[1], 30):
        return None
    return found


def named_year(clause: str) -> int | None:
    """The year a change's clause compares with (`比一九五二年增长`, `同 1978 年相比`)."""
    m = _COMPARED.search(clause)
    if m is None:
        return None
    years = years_in(m.group(1))
    return years[0] if years else None


def pair_is_named_base(view: PageView, clause: str, local: list[Num]) -> bool:
    """`从 B 增至 A，比上年增长 X%`: the pair is the comparison the change names (its base year
    is the one named, or neither is dated), not another one (`又比上年增长`), nor one of another
    measure said between (`农场由 B 个增加到 A 个，耕地面积增加到 C 亩，比上年增加 X%`)."""
    froms = [n for n in local if after_word(view, n, "growth", "from_words")]
    if not froms or cues.contains_any(clause, "growth", "another_change"):
        return False
    base = froms[-1]
    if any(not n.same_measure(base) for n in local if n.start > base.start):
        return False
    named, dated = named_year(clause), year_of(view, base)
    return dated == named or dated is None  # `比一九五二年` with an undated `由 B`: the pair is it


def dated_base(view: PageView, clause: str, local: list[Num]) -> tuple[Num, Num] | None:
    """(base, new) for a change naming the year of its
    base (`比一九五二年增长 X%`, or `比上年` after a level dated by a year), the base being the one
    level of the new level's measure dated by that year (base_of_year)."""
    news = [n for n in local if not is_increment(view, n) and not after_word(view, n, "growth", "base_before")]
    if not news:
        return None
    new = news[-1]
    sent = view.sentences[new.sentence]
    year = named_year(clause)
    if year is None and cues.contains_any(clause, "growth", "year_before") \
            and not cues.contains_any(clause, "growth", "same_period"):
        # `1997 年全国…达到 A，比上年增长 X%`: the year before the new level's
        said = years_in(view.text[sent.start:new.start])
        year = said[-1] - 1 if said else None
    if year is None or label_year(view, new) == year:
        return None
    # `比 2025 年执行数增长`: a budget report's figure of that year, dated by its section only
    base = base_of_year(view, new, year, by_period=cues.contains_any(clause, "growth", "executed_words"))
    return (base, new) if base is not None else None


def base_of_year(view: PageView, new: Num, year: int, by_period: bool = False) -> Num | None:
    """The one level of new's measure dated by `year`, in new's sentence before it, or sentences
    before under new's name (at least four characters of it where the level is in another
    paragraph: same name, unit and year tie the two as surely as one sentence does); with
    `by_period`, a level whose label names no year may be dated by its record's period."""
    sent = view.sentences[new.sentence]
    same = [n for n in view.in_sentence(new.sentence) if n.end <= new.start and n.same_measure(new)
            and not is_increment(view, n)]
    here = [i for i, n in enumerate(same) if label_year(view, n) == year]
    if len(here) == 1 and here[0] == len(same) - 1:
        return same[here[0]]
    if here:
        return None  # several levels since that year's (`一九五二年生铁为 B、钢为 C`): not sure which
    said = view.text[sent.start:new.start]
    for back in range(new.sentence - 1, max(-1, new.sentence - 1 - _FAR_BACK), -1):
        if view.sentences[back].article != sent.article:
            return None
        near = view.sentences[back].paragraph == sent.paragraph and new.sentence - back <= SENTENCES_BACK
        dated = [n for n in view.in_sentence(back) if n.same_measure(new) and _year_of_level(view, n, by_period) == year
                 and not is_increment(view, n)]
        named = [n for n in dated if len(name_of(view, n) or "") >= (_NAME_NEAR if near else _NAME_FAR)
                 and name_of(view, n) in said]
        if len(named) == 1:
            return named[0]
        if dated and near:
            return None  # a level of that year right before, named otherwise: not this one's base
    return None


def _year_of_level(view: PageView, n: Num, by_period: bool) -> int | None:
    """The year in a level's label, else the one year its record is dated by: a budget report's
    `全市一般公共预算收入 B` under its section on last year, which a later `比 2025 年执行数` names."""
    said = label_year(view, n)
    period = n.rec.period or ""
    if said is not None or not by_period:
        return said
    return (int(period) if re.fullmatch(r"\d{4}", period) else None)


def _after(view: PageView, ch_end: int, sent: int, points: bool) -> list[Num]:
    """The numbers of the clauses right after a change (not past `；` or the sentence), of the
    kind its levels are: rates for a change in points, amounts otherwise."""
    hi = view.clause_end(ch_end)
    for _ in range(_AFTER):
        if hi >= len(view.text) or view.text[hi] not in "，：":
            break
        hi = view.clause_end(hi + 1)
    hi = min(hi, view.sentences[sent].end)
    return [n for n in view.in_sentence(sent) if ch_end <= n.start and n.end <= hi
            and (n.unit == "%" if points else n.type in SUMMABLE_TYPES)]


def level_after(view: PageView, ch_end: int, sent: int, base: Num) -> Num | None:
    """`比上年的 B 增长 X%，达到 A`: the level reached, said in the clause right after the change."""
    reached = [n for n in _after(view, ch_end, sent, base.unit == "%")[:1]
               if n.same_measure(base) and after_word(view, n, "growth", "to_words")
               and not own_subject(view, view.text[view.clause_start(n.start):n.start])]
    return reached[0] if reached else None


def reached_after(view: PageView, ch_end: int, sent: int, points: bool) -> list[Num]:
    """`提高 1.3 个百分点，达到 32.1%`: the level reached, said in the clause right after a change
    whose clause gives no value (as a list: empty for none)."""
    first = _after(view, ch_end, sent, points)[:1]
    return [n for n in first if view.clause_start(n.start) > ch_end and after_word(view, n, "growth", "to_words")
            and not is_increment(view, n)
            and not own_subject(view, view.text[view.clause_start(n.start):n.start])]


def restated_level(view: PageView, ch_end: int, sent: int, points: bool, base: Num) -> Num | None:
    """`从 80 万桶减少一半，即降至 40 万桶`: after a change from a level, the level it reached said
    in the next clause that opens with a restating word and a word of reaching (`即降至`)."""
    first = _after(view, ch_end, sent, points)[:1]
    for n in first:
        lead = view.text[view.clause_start(n.start):n.start]
        opener = next((w for w in cues.words("change", "restating") if lead.startswith(w)), None)
        if opener and view.clause_start(n.start) > ch_end and n.same_measure(base) \
                and cues.ends_with_any(lead, "growth", "to_words") and not is_increment(view, n) \
                and len(lead) <= len(opener) + _RESTATED:
            return n
    return None


def pair_after(view: PageView, ch_end: int, sent: int, points: bool) -> tuple[Num, Num] | None:
    """`提高 6.3 个百分点，由 52.3% 提高到 58.6%`: the change said first, its two levels restating
    it right after (the clause of the `由` level has no subject of its own)."""
    after = _after(view, ch_end, sent, points)
    if len(after) < 2:
        return None
    base, new = after[0], after[1]
    if not (after_word(view, base, "growth", "from_words") and after_word(view, new, "growth", "to_words")
            and base.same_measure(new) and not is_increment(view, base)):
        return None
    # `由目前的 9%`: the words after 由 name no subject
    lead = re.split("|".join(cues.words("growth", "from_words")), view.text[view.clause_start(base.start):base.start])[0]
    return (base, new) if view.clause_start(base.start) > ch_end and not own_subject(view, lead) else None
