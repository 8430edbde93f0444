"""bound: a number said as a bound (`突破`, `超过`, `以上`, `低于…的目标`) against the value it bounds.

Structures read (cue words in data/cues.toml [stated_bound]):
    贸易顺差突破 400 亿美元，达 403.4 亿美元     over: the value must reach the bound; the value
    降幅不到 3%，为 2.8%                        under: it must not pass it
                                                (the value opens the very next clause)
    商品房价格突破 2000 元大关。前 11 个月，商品房价格 2024 元
                                                a bound and a value of the same name (their names
                                                end alike) and unit, in one paragraph, or in a
                                                headline and the body below it
    增幅连续三年保持在 20% 以上，去年收入 209.9 亿元，增长 25.5%
                                                a bound on a growth rate and the growth said in
                                                its sentence
    通胀率为 5.1%，…，低于政府制定的 6% 的目标   a bound named a target after the number: the
                                                sentence's own value (its first of that unit)
    发生 17 次，比 1996 年的 21 次要少            a number compared after `比…的`: likewise
    原定增加 9200 万亩，已完成 11700 万亩，超额完成   a plan and its completion said to pass it
    总额为 5830 亿元，超出了…上年 5210 亿元的总额    a clause opening with a word of comparison, the
                                                number's name after `的` ending it: the value of
                                                the clause right before (unverifiable if broken:
                                                only the two clauses tie them)
    粮食产量稳定在 800 亿斤以上 … 粮食产量 838.6 亿斤  the one value of the very same name in another
                                                paragraph, with the same place and period known
The claim is the bound. A threshold (`10 亿元以上项目`) is followed by what it qualifies and is
no bound; a number after a named comparison (`高于全国平均 0.3 个百分点`) is a difference.
A value that breaks its bound is inconsistent only where the two are tied in one sentence by
the same name or the structure itself; across sentences, or with names that only end alike,
it is unverifiable.
"""
from __future__ import annotations

import re

from ..numerals import big_scales, digit_values, small_scales
from . import bounded_sum, cues, span_bounds
from .heads import AMOUNT_TYPES, head, named_alike, overlapping_scope, same_scope, unscoped
from .model import CLAUSE_BREAKS, Draft, Num, PageView

_NOUN = 6  # `大关` and the like between the bound and the end of its clause
_ARTICLE_NAME = 4  # the shortest name that ties a bound to a value paragraphs away
_TYPES = AMOUNT_TYPES
_NOT_BOUND_UNITS = ("个百分点", "百分点")  # a difference, not a level
# what is left of a bound's name when it names nothing (`首次突破`, `连续五年稳定在…以上`)
_NAMELESS = re.compile(r"(?:连续|已经|已|首次|再次|一举|均|都)?[一二两三四五六七八九十\d]*年?(?:来|以来)?")


def check(view: PageView) -> list[Draft]:
    return _right_after(view) + _against_value(view) + _beyond_plan(view) + _compared_clauses(view) \
        + bounded_sum.check(view, _way)


def _right_after(view: PageView) -> list[Draft]:
    """`突破 400 亿美元，达 403.4 亿美元`: the value opens the clause right after the bound."""
    drafts = []
    for i, bound in enumerate(view.nums):
        way = way_before(view.label_before(bound))
        if way is None or i + 1 >= len(view.nums):
            continue
        value = view.nums[i + 1]
        end = view.clause_end(bound.end)
        if end - bound.end > _NOUN or view.text[end:end + 1] != "，" or not value.same_measure(bound) \
                or value.qualifier != "exact" or value.sentence != bound.sentence:
            continue
        lead = view.text[end + 1:value.start]
        if lead not in cues.words("stated_bound", "value_lead") or any(c in CLAUSE_BREAKS for c in lead):
            continue
        drafts.append(bound_draft(bound, value, way, None))
    return drafts


# --- a bound and a value of the same name nearby ---------------------------------------------
def _way(view: PageView, n: Num) -> tuple[str, bool] | None:
    """Whether a number is said as a bound ('over'/'under'), and whether its name is its own
    (False: a target after it bounds the sentence's value)."""
    if n.type not in _TYPES or (n.unit or "") in _NOT_BOUND_UNITS:
        return None
    label = view.label_before(n).rstrip("了")
    after = view.text[n.end:view.clause_end(n.end) + 1]
    if n.qualifier == "about":
        # `低于 13% 左右的预期目标`: a target said roughly still bounds the sentence's value
        rest = next((after[len(w):] for w in cues.words("stated_bound", "about_after") if after.startswith(w)), "")
        said = cues.contains_any(label, "stated_bound", "over") and "over" or \
            cues.contains_any(label, "stated_bound", "under") and "under"
        if said and any(rest.startswith(w) for w in cues.words("stated_bound", "target_after")):
            return said, False
        return None
    said = cues.contains_any(label, "stated_bound", "over") and "over" or \
        cues.contains_any(label, "stated_bound", "under") and "under"
    if said and any(after.startswith(w) for w in cues.words("stated_bound", "target_after")):
        return said, False  # `略低于 8% 的预定目标`: the target bounds the sentence's value
    way = way_before(label)
    if way:
        return way, True
    way = _rate_compared(view, n, after)
    if way:
        return way, False
    compared = _compared(view.text[view.clause_start(n.start):n.start], after)
    if compared:
        return compared, False
    for way in ("over", "under"):
        for w in cues.words("stated_bound", f"{way}_after"):
            # `20% 以上，`: a bound; `10 亿元以上项目`: a threshold on what follows; `10% 以上的增长
            # 速度`: a bound named after it by a growth rate's name
            if after.startswith(w) and (after[len(w):len(w) + 1] in tuple(CLAUSE_BREAKS) + ("",)
                                        or _growth_named_after(after[len(w):])
                                        or _next_item_named(view, n.end + len(w))):
                return way, True
    return None


_ITEM_NAME = 2  # the shortest name of the next item of a list after a bound
# the characters of a number written in words (extractor/numerals data): a name holding one is a number
_NUMERALS = frozenset(digit_values()) | frozenset(small_scales()) | frozenset(big_scales())


def _next_item_named(view: PageView, at: int) -> bool:
    """`12 万人以上、返乡创业人数保持在 3 万人左右`: after `、` another item of a list with a
    name and a number of its own, so the bound ends its item (`亿元以上、带动力强的项目` and
    `10 亿元以上、50 亿元以下项目` qualify what follows)."""
    if view.text[at:at + 1] != "、":
        return False
    nxt = [n for n in view.between(at, view.clause_end(at + 1))]
    if not nxt:
        return False
    name = view.text[at + 1:nxt[0].start]
    return len(name) >= _ITEM_NAME and all("\u4e00" <= c <= "\u9fff" for c in name) \
        and not any(c in _NUMERALS for c in name)


def _growth_named_after(rest: str) -> bool:
    """`的增长速度；`: the words after a bound word name a growth rate and end the clause."""
    rest = rest.removeprefix("的")
    return any(rest.startswith(w) and rest[len(w):len(w) + 1] in tuple(CLAUSE_BREAKS) + ("",)
               for w in cues.words("growth", "rate_names"))


def _rate_compared(view: PageView, n: Num, after: str) -> str | None:
    """`增长 7.3%，大大低于 1985 年增长 44.6% 的速度`: another period's growth the sentence's
    value is said to be below ('under') or above ('over'): a bound word and a growth word right
    before the number (dates aside), a word of speed right after it."""
    if n.unit != "%" or not after.startswith(cues.words("stated_bound", "rate_after")):
        return None
    name = head(view, n)
    growth = cues.ends_with_any(name, "growth", "rate_names")
    if not growth:
        return None
    name = name[:-len(growth)]
    period = cues.ends_with_any(name, "stated_bound", "rate_periods")  # `低于前年增长`: a year not read as a date
    return way_before(name[:-len(period)] if period else name)


_NEGATIONS = ("不", "未", "不能", "不得", "不会", "不应", "不宜", "不可")


def _compared(clause: str, after: str) -> str | None:
    """`比 1996 年的 21 次要少，`: a number the sentence's value is said to be below ('under') or
    above ('over'): `比…的` before it, and nothing after it in its clause but the comparison."""
    said = after.rstrip("，。；、！？")
    if "比" not in clause or not clause.endswith("的"):
        return None
    for way in ("under", "over"):
        if said in cues.words("stated_bound", f"compared_{way}"):
            return way
    return None


def way_before(label: str) -> str | None:
    """'over' or 'under' where the words before a number end with a bound word, the longest
    that fits; a negation before it turns it round (`不低于`, `不少于` are floors, `不超过` a
    ceiling)."""
    found = [(len(w), way) for way in ("over", "under") for w in cues.words("stated_bound", way)
             if label.endswith(w)]
    if not found:
        return None
    size, way = max(found)
    word = label[-size:]
    if label[:-size].endswith(_NEGATIONS) and not word.startswith(_NEGATIONS[:2]):
        way = "under" if way == "over" else "over"
    return way


def _growth(head: str) -> bool:
    return cues.contains_any(head, "growth", "rate_names") is not None


def _bare_growth(head: str) -> bool:
    """`，增长 25.5%`: a growth without a name of its own, of what its sentence is about."""
    for w in cues.words("growth", "rate_names") + cues.words("stated_bound", "growth_bare"):
        head = head.replace(w, "")
    return bool(head) is False


def _sibling(view: PageView, n: Num) -> bool:
    """`分别超过 8 万元、4.5 万元`: a number named only by the one before it in a list."""
    label = view.label_before(n)
    return bool(label) and all(c in "、和及与" for c in label)


def _is_base(view: PageView, n: Num) -> bool:
    """`与 1996 年的 8.4% 相比`, `比上年的`, `在…基础上`: a value compared with, not the one bounded."""
    label = view.label_before(n, 30)
    clause = view.text[view.clause_start(n.start):n.start]
    if view.noun_after(n).lstrip("的").startswith("基础上"):
        return True  # `在去年减员 6 万人基础上`
    return label.endswith("的") and any(w in clause for w in ("与", "比", "较", "同"))


def _apart(view: PageView, a: Num, b: Num) -> bool:
    """Parts of one sentence split by `；` speak of different things."""
    lo, hi = sorted((a, b), key=lambda n: n.start)
    return a.sentence == b.sentence and "；" in view.text[lo.end:hi.start]


def _candidates(view: PageView, bound: Num) -> list[Num]:
    """Numbers in the bound's paragraph, or, for a bound in a headline, in the body paragraph
    after it."""
    out = list(view.in_paragraph(bound.paragraph))
    paragraphs = view.page.layout.paragraphs
    if 0 <= bound.paragraph < len(paragraphs) and paragraphs[bound.paragraph].kind == "title":
        for p in range(bound.paragraph + 1, min(bound.paragraph + 4, len(paragraphs))):
            if paragraphs[p].article != paragraphs[bound.paragraph].article:
                break
            out += view.in_paragraph(p)
            if paragraphs[p].kind == "body":
                break
    return out


def _against_value(view: PageView) -> list[Draft]:
    drafts = []
    for bound in view.nums:
        found = _way(view, bound)
        if found is None:
            listed = span_bounds.listed_mark(view, bound)
            if listed is not None:
                value = _in_span(view, bound, listed[0])
                if value is not None:
                    drafts.append(bound_draft(bound, value, "over", _SPAN_WEAK))
            continue
        way, own_name = found
        others = [n for n in _candidates(view, bound) if n is not bound and n.same_measure(bound)
                  and n.qualifier == "exact" and _way(view, n) is None and not _is_base(view, n)
                  and not _sibling(view, n) and not _apart(view, bound, n)]
        value, weak = _value_for(view, bound, own_name, others)
        if value is None and own_name:
            value = _same_name_in_article(view, bound)
            weak = "界限与数值不在同一段落，未必说的是同一个数"
        if value is None and own_name and way == "over":
            value, weak = _in_span(view, bound, bound), _SPAN_WEAK
        if value is None and own_name:
            value, weak = _nearest_within(view, bound, way, others), _NEAREST_WEAK
        if value is not None:
            drafts.append(bound_draft(bound, value, way, weak))
    return drafts


_NEAREST_WEAK = "界限与数值的名称不同，取其后最近的同类数字，未必说的是同一个数"
_NEAREST_SENTENCES = 1
# what is left of a value's name when it names nothing but its time (`去年达`, `全年为`): a value
# with a name of its own (`播种总面积`, `全世界人均生产总值`) is another figure
_NAMELESS_VALUE = re.compile(r"(?:去年|今年|当年|全年|上年|本年|目前|现在|至今|截至目前|[\d一二三四五六七八九十]+年)?(?:已|共|又|则)?(?:达到|达|为|是|增至|升至|突破)?")  # sentences after the bound's in which the value it bounds is looked for


def _nearest_within(view: PageView, bound: Num, way: str, others: list[Num]) -> Num | None:
    """`连续三年超过 10 亿元，去年达 12.5 亿元`, `参观人数逾 50 万人次。全年达 52.3 万人次`: a bound
    whose value no name ties, the first exact figure of its measure and scope after it, in its
    sentence or the next, said with no name but its time, taken only where it keeps the bound: the arithmetic, not the words, is
    the evidence, so such a pair is never an error (a value breaking it is another figure). A bound
    said of each year (`每年减员 8 万人以上`) bounds no total after it (`到 2000 年减员 30 万人`)."""
    if span_bounds.each_year(view, bound):
        return None
    after = [n for n in others if n.start > bound.end and 0 <= n.sentence - bound.sentence <= _NEAREST_SENTENCES
             and overlapping_scope(bound, n) and _NAMELESS_VALUE.fullmatch(unscoped(head(view, n)))]
    if not after:
        return None
    value = after[0]
    kept = value.value >= bound.value if way == "over" else value.value <= bound.value
    return value if kept and value.value != bound.value else None


def _same_name_in_article(view: PageView, bound: Num) -> Num | None:
    """`粮食产量稳定在 800 亿斤以上` in a summary, `粮食产量 838.6 亿斤` in the detail: the one
    value of the article with the very same name (of some length), place and period known
    and equal."""
    name = unscoped(head(view, bound))
    if len(name) < _ARTICLE_NAME or _growth(name) or not (_known(bound, "period")):
        return None
    found = [n for n in _by_name(view).get((bound.article, name), []) if n.paragraph != bound.paragraph
             and n.same_measure(bound) and n.qualifier == "exact" and _way(view, n) is None
             and _known(n, "period") and same_scope(bound, n)]
    return found[0] if len(found) == 1 else None


_SPAN_WEAK = "界限说的是一段时期，与某一年的数值不在同一段落，未必说的是同一个数"


def _in_span(view: PageView, bound: Num, named: Num) -> Num | None:
    """The value of a year within the span of a floor said of each year (`每年…60 万人以上`) or
    of a mark crossed (`跨越 5000 亿元大关`), named as `named` (the first of a list of marks)
    names it (span_bounds.py)."""
    label = view.label_before(named).rstrip("了")
    per_year = span_bounds.each_year(view, bound)
    if not per_year and not span_bounds.crossed(view, bound, label) and named is bound:
        return None
    name = span_bounds.plain_name(head(view, named))
    if len(name) < _ARTICLE_NAME or _growth(name):
        return None
    return span_bounds.value_in_span(view, bound, name, per_year,
                                     lambda n: _way(view, n) is None and not _is_base(view, n))


def _by_name(view: PageView) -> dict[tuple[int, str], list[Num]]:
    """The numbers of each article by their name, built once a page (a lookup, not a pass)."""
    index = view.__dict__.get("_by_name")
    if index is None:
        index = view.__dict__["_by_name"] = {}
        for n in view.nums:
            if n.type in _TYPES:
                index.setdefault((n.article, unscoped(head(view, n))), []).append(n)
    return index


def _known(n: Num, key: str) -> bool:
    try:
        return bool(n.rec.get(key))
    except AttributeError:
        return False


def _value_for(view: PageView, bound: Num, own_name: bool, others: list[Num]) -> tuple[Num | None, str | None]:
    """The value a bound is said of, and why a value breaking it may still be no error (None:
    the two are tied closely enough for that to be an error of the text)."""
    if not own_name:
        # `X 为 5.1%，…，低于…6% 的目标`: the first value of the sentence, before the bound
        first = [n for n in others if n.sentence == bound.sentence and n.end <= bound.start]
        rough = "目标本身是约数（“左右”），略过界限未必有误" if bound.qualifier == "about" else None
        return (first[0], rough) if first else (None, None)
    name = head(view, bound)
    after = view.text[bound.end:view.clause_end(bound.end)]
    if _growth(unscoped(name)) or (not name and _growth_named_after(after.lstrip("以上之下内"))):
        # `增幅保持在 20% 以上，…，增长 25.5%`: the growth said in the bound's sentence
        grown = [n for n in others if n.sentence == bound.sentence and n.start > bound.end
                 and _bare_growth(head(view, n))]
        if grown:
            return grown[0], "界限与增速不一定说的是同一时期"
        # `实际增长 10.7%，已连续 37 个月保持在 10% 以上`: a bound over a run of periods up to now
        # holds the growth said before it in its sentence, in a clause of its own
        opened = view.clause_start(bound.start)
        if cues.contains_any(view.text[opened:bound.start], "stated_bound", "run_words"):
            before = [n for n in others if n.sentence == bound.sentence and n.end <= opened
                      and (_bare_growth(head(view, n)) or _growth(unscoped(head(view, n))))]
            if before:
                return before[-1], "界限说的是连续几个时期，与增速未必同一口径"
        # `比上年增长 8.3%。经济增长连续三年达到或略高于 8%`: else the last growth said in the
        # sentence right before, with no name of its own, where the bound is the first number of
        # its sentence (`4 个县收入增幅超过 10%` speaks of parts, not of what was said before)
        said = [n for n in others if n.paragraph == bound.paragraph and n.sentence == bound.sentence - 1
                and _bare_growth(head(view, n))]
        first = not [n for n in view.in_sentence(bound.sentence) if n.type in _TYPES and n.start < bound.start]
        if said and first:
            return said[-1], "界限与增速不一定说的是同一时期"
        return None, None
    # `突破 2 万亿元、达到 23562 亿元`: a value right after the bound, said with no name of its own
    follows = [n for n in others if n.start > bound.end and not head(view, n)
               and view.label_before(n).lstrip("、，") in cues.words("stated_bound", "value_lead")
               and view.prev_end(n.start, dates=False) == bound.end]
    if follows:
        return follows[0], None
    if _NAMELESS.fullmatch(unscoped(name)):
        # `地区生产总值达到 6125.3 亿元，突破 6000 亿元大关`: a bound with no name of its own, said
        # in a clause after the value it bounds, the one value of that measure before it in the sentence
        # in the sentence (another bound before it, `继…突破一千亿元大关后`, is no value)
        before = [n for n in view.in_sentence(bound.sentence) if n.end <= bound.start and n.same_measure(bound)
                  and _way(view, n) is None]
        if len(before) == 1 and before[0] in others and before[0].end < view.clause_start(bound.start):
            return before[0], None
    alike = [n for n in others if named_alike(name, head(view, n), n.sentence == bound.sentence)
             and overlapping_scope(bound, n)]
    if not alike:
        return None, None
    # the value of the same period, else one of a period that overlaps the bound's
    value = min(alike, key=lambda n: (not same_scope(bound, n), n.sentence != bound.sentence,
                                      abs(n.start - bound.start)))
    tied = value.sentence == bound.sentence and head(view, value) == name and same_scope(bound, value)
    return value, None if tied else "两个数的名称、所在句子或所指时间不同，未必说的是同一个数"


def _beyond_plan(view: PageView) -> list[Draft]:
    """`原定增加 9200 万亩，…已经完成 11700 万亩，超额完成了全年度的任务`."""
    drafts = []
    for m in cues.pattern("stated_bound", "beyond_plan").finditer(view.text):
        sent = view.sentence_index(m.start())
        done = [n for n in view.in_sentence(sent) if n.end <= m.start() and n.type in _TYPES
                and cues.contains_any(view.label_before(n), "stated_bound", "done_words")]
        if not done:
            continue
        value = done[-1]
        # the plan of the same item: not past `；` (the next item of a list, `钢…完成计划的 108.7%；原煤…
        # 完成计划的 105.8%`), nor itself an amount done
        plans = [n for n in view.in_sentence(sent) if n.end <= value.start and n.same_measure(value)
                 and "；" not in view.text[n.end:value.start]
                 and not cues.contains_any(view.label_before(n), "stated_bound", "done_words")]
        if plans:
            drafts.append(bound_draft(plans[-1], value, "over", None, "“超额完成”："))
    return drafts


# --- a clause comparing the value before it with a number it names ---------------------------
_COMPARED_WEAK = "比较的两个数只凭前后两个分句相连认定，未必说的是同一个量"


def _compared_clauses(view: PageView) -> list[Draft]:
    """`出口总额为 5830 亿元，超出了…所统计的上年 5210 亿元的出口额`: a clause that opens with a
    word of comparison (an adverb before it aside) and ends with the number's name after `的`,
    said of the value of the clause right before (the last number of its measure there)."""
    drafts = []
    for bound in view.nums:
        way = _opening_comparison(view, bound)
        if way is None or _way(view, bound) is not None:
            continue  # a bound read otherwise (`低于…6% 的目标`) keeps that reading
        opened = view.clause_start(bound.start)
        before = view.clause_start(opened - 1) if opened else 0
        said = [n for n in view.in_sentence(bound.sentence) if n.end <= opened and n.same_measure(bound)]
        if not said or said[-1].start < before or said[-1].qualifier != "exact" or _is_base(view, said[-1]):
            continue
        words = view.text[opened:view.clause_end(bound.end)]
        drafts.append(bound_draft(bound, said[-1], way, _COMPARED_WEAK, f"“{words}”："))
    return drafts


def _opening_comparison(view: PageView, n: Num) -> str | None:
    """'over' or 'under' where n's clause opens with a word of comparison and n's name after `的`
    ends it: no number word in the name (`不到去年 300 万的一半` halves it)."""
    if n.type not in _TYPES or (n.unit or "") in _NOT_BOUND_UNITS:
        return None
    clause = cues.strip_words(view.text[view.clause_start(n.start):n.start], "stated_bound", "compared_adverbs",
                              right=False)
    name = view.text[n.end:view.clause_end(n.end)]
    if not name.startswith("的") or len(name) < 2 or any(c in _NUMERALS for c in name) \
            or not all("\u4e00" <= c <= "\u9fff" for c in name):
        return None
    for way in ("over", "under"):
        for w in cues.words("stated_bound", way):
            if clause.startswith(w):
                return way
    return None


def bound_draft(bound: Num, value: Num, way: str, weak: str | None, why: str = "") -> Draft:
    iv = value.interval
    eps = 1e-9 * max(1.0, abs(bound.value))
    ok = iv.hi >= bound.value - eps if way == "over" else iv.lo <= bound.value + eps
    relation = ("不低于" if way == "over" else "不高于") if ok else ("低于" if way == "over" else "高于")
    text = f"{why}所述 {value.written} {relation}所说的界限 {bound.written}，{'一致' if ok else '不符'}"
    verdict = "consistent" if ok else "inconsistent"
    if not ok and weak:
        verdict, text = "unverifiable", text + f"，但{weak}，无法据此判定有误"
    expected = [bound.shown, None] if way == "over" else [None, bound.shown]
    return Draft("bound", verdict, [bound.ref(), value.ref()], expected, value.shown, text + "。")
