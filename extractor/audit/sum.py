"""sum: a total and its parts.

Structures read (cue words in data/cues.toml):
    T，其中 A a，B b          parts after `其中`/`包括`/a colon (right after the total), across the
                              clauses of the sentence while each clause opens with its number
                              (after `；` with nothing before it: `；133 人咨询了…`)
    …。其中，A a，B b          a breakdown opening its sentence: the total is in the sentence
                              before (only with two parts or more); `分领域看，`/`分城乡看，`
                              likewise (data/cues.toml [sum] by_dimension)
    …其中，A a，…；B b，…      after `；` a part labelled like the first (`第一产业增加值` …
                              `第二产业增加值`) goes on
    T，包括 A a，以及 B b     a clause joined on (`以及`) goes on with the parts, however long
    由 A 增加到 T，其中 x 由 a 增加到 t，…   levels: the levels started from add up as those reached do
    T，按来源分：A a，B b     a dimension inside the total's sentence, after its clause (`按…分`
                              there divides it into every category) or after `；` (the total is
                              then the one the sentence's first breakdown divides)
    T，分别为 A a、B b         `分别为` opening the clause right after the total's: every part
    A a、B b，共 T            parts before `共`/`合计` (sum_after.py)
    100 个项目分为 30 个重点项目、70 个一般项目   a partition (found by hierarchy.py)
Parts and total share type and unit (money with money, 笔 with 笔, 名 with 人). Not parts or
totals: changes (`比上年增加 5 亿元`), rates and extremes (`每平方公里 600 人`, `最高`), the size
of each of several units (`两台 33 万千瓦机组`), numbers named as other totals or compared
(`小项共 40 个`, `占 68 个的`). A nested `其中` takes its parts out of the outer breakdown (to
the next `；`, or to its closing bracket).

A breakdown is exhaustive (its parts must add up to the total, within the tolerance) when its
parts name every member of a complementary category set (男/女, 城镇/农村, 个人/企业, 中央/
省级/市级…, data/complementary.toml), say `分别为`, or end with a part named as what is left
(`其他建设项目`, of three parts or more, the total in the same sentence or in the one before a
sentence opening with the cue, where the next says no other amount of its unit), unless the list is
open (`等`); otherwise
it is partial, and its parts must only not exceed the total (parts named by a property that
may overlap, `具有…`, are then unverifiable). A breakdown with one part is a part_of finding.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from ..clauses import INNER_BREAKS
from . import closed_lists, counted_parts, cues, dimension_wholes, nested_thresholds, range_spread, sum_after
from .bracket_wholes import BRACKET, reading as bracket_reading
from .amounts import is_change as _changed, marked_total as _marked_total
from .bases import usable_amount as _amount  # a base of a comparison (`上年为 B`) is neither total nor part
from .breakdown_cues import cue_re as _cue_re, first_breakdown, is_dimension, is_respective, sentence_heads
from .declared_sets import names_each
from .findings import part_of_draft, sum_draft
from .matched_totals import earlier_total, matched_total
from .nested_parts import split_nested
from .heads import level_in_flow, record_field, stock_in_flow
from .wholes import common_tail
from .model import Draft, Num, PageView
from .period_tiles import span as period_span
from .modifier_kinds import crosses

_CLAUSE_SEP = INNER_BREAKS
_OPEN_LEAD = 12  # a clause continues a breakdown when its number comes this early
_SEMI_LEAD = 0  # after `；` a clause continues a breakdown only when it opens with its number
_PARALLEL_TAIL = 2  # `投资`, `增加值`: the shared end of parallel parts labels
_ASIDES = 2  # clauses without a number that a breakdown may run through
_JOINERS = "、，；：和及与以并且另外"
_COPULAS = "为是达有"
_DIMENSION_ENDS = ("来看", "看")  # `按五种农业机械类别来看，其中，…`
_TOTAL_BACK = 2  # sentences before a breakdown opening its sentence where its total may stand
_PARTS_ONLY = 2  # sentences of parts of other breakdowns passed over besides (keeps the search bounded)
_WORDS_LEAD = 16  # a clause of words only before `其中` (`各项税收有不同程度的增加`)
_SHORT_LABEL = 4  # `进口`, `女职工`: a label that names a category, not a new statement
_CATEGORY = 8  # `餐饮收入`, `城镇消费品零售额`: the name of a category after a dimension


def check(view: PageView) -> list[Draft]:
    return _cue_before(view) + sum_after.check(view)


# --- the total first: T，其中 … ----------------------------------------------------------
def _opens_with_amount(view: PageView, start: int, end: int) -> bool:
    """Whether the first clause after a cue that says anything holds a number that can add up."""
    pos = start
    while pos < end and view.text[pos] in _CLAUSE_SEP + "了有":
        pos += 1
    stop = pos
    while stop < end and view.text[stop] not in _CLAUSE_SEP:
        stop += 1
    return any(n.type in SUMMABLE_TYPES for n in view.between(pos, stop))


def _region_end(view: PageView, start: int, sent_end: int, by_dimension: bool = False) -> int:
    """Where a breakdown's parts end: at the first clause whose number comes late (after `；`:
    that does not open with its number), after more than `_ASIDES` clauses in a row without
    a number (`如创业贷款的政策、申请流程等`), or at a clause not built like the first part's:
    a bare number after a named part (`重伤 250 人，数万人无家可归`), or a label opening with a
    verb the total's sentence did not use, ending in another noun, after a part named by a noun
    (`新增造林 95 万亩、其中绿化工程 43 万亩，治理水土流失 23 万亩`: another piece of work, not a
    part; `发放贷款 84 笔，其中个人 72 笔，发放金额 1237 万` repeats the total's verb)."""
    text = view.text
    pos, first, asides = start, True, 0  # after `；`, a clause labelled like the first part goes on
    first_label: str | None = None
    first_num: Num | None = None
    closed = False
    sent = view.sentence_index(start)
    # the total's own words: the clause of the cue, or the one before when the cue opens its clause
    said_from = view.clause_start(start)
    if not view.between(said_from, start) and said_from > 0:
        said_from = view.clause_start(said_from - 1)
    said = text[said_from:start]
    peer = _peer_label(view, sent, start)  # the total's own label, where it is an item of a `；` list
    labels: list[str] = []  # the parts' labels so far
    while pos < sent_end:
        end = pos
        while end < sent_end and text[end] not in _CLAUSE_SEP:
            end += 1
        nums = [n for n in view.in_sentence(sent) if pos <= n.start < end]
        label = text[pos:nums[0].start].strip(_CLAUSE_SEP + "了有") if nums else ""
        if closed and any(n.type in SUMMABLE_TYPES for n in nums):
            return pos  # `分别为 a、b 和 c，全年目标 t`: the list closed with its clause
        if not first:
            after_semi = text[pos - 1] == "；"
            lead = _SEMI_LEAD if after_semi else _OPEN_LEAD
            # after a dimension (`按消费类型分，商品零售 a，增长 x%；餐饮收入 b`) a short name after `；`
            # is the next category
            parallel = bool(nums) and after_semi and (_parallel(label, first_label) or _complements(label, first_label)
                                                      or (by_dimension and len(label) <= _CATEGORY))
            # `包括…等 16 个预期性指标，以及…等 8 个约束性指标`: a clause joined on goes on with the list
            joined = any(label.startswith(w) for w in cues.words("sum", "joined_on"))
            if nums and _lead(text[pos:nums[0].start]) > lead and not parallel and not joined:
                return pos
            if nums and after_semi and (_named_whole_set(labels) or _peer_of_total(label, peer, first_label)):
                # `其中出口 a，进口 b；一般贸易出口 c`: the parts named every member of a set already;
                # `住户贷款 T，其中经营贷款 a；企业贷款 c`: a label built like the total's (as much as like
                # the first part's) names the total's peer in the outer list, which the nested 其中 ends before
                return pos
            amounts = [n for n in nums if n.type in SUMMABLE_TYPES]  # `，增长 3.1%` only describes a part
            if amounts and first_label is not None and not after_semi:
                if first_label and not label:
                    return pos
                # `而且实现年产值 5 亿元`: a conjunction before the verb does not hide it
                bare = label[len(next((w for w in cues.words("sum", "conjunctions") if label.startswith(w)), "")):]
                verb = _opening_verb(bare) if bare and first_label and label[-1] != first_label[-1] else None
                # `其中中央财政赤字 5100 亿元，继续代地方发债 2200 亿元`: another member of the
                # first part's category set is a part whatever its verb
                # `产业项目 28 个，完成投资 58.7 亿元；…`: a clause of another measure than the first part's
                # only says more of the part before it
                other = first_num is not None and not any(n.same_measure(first_num) for n in amounts)
                if verb and verb not in said and not _opening_verb(first_label) and not other and not by_dimension \
                        and not cues.contains_any(label, "sum", "overlap_markers") and not complementary([first_label, label]):
                    return pos
            asides = 0 if nums else asides + 1
            if asides > _ASIDES:
                return pos
        if nums and first_label is None:
            first_label = label  # the first part's label (`其中，` may stand alone before it)
            first_num = nums[0]
        if any(n.type in SUMMABLE_TYPES for n in nums):
            labels.append(label)
        first = first and end == pos  # `其中，` alone: the clause after it is still the first
        closed = closed_lists.closes(view, [n for n in nums if n.type in SUMMABLE_TYPES])

        pos = end + 1
    return sent_end


def _short_of_whole(view: PageView, total: Num, parts: list[Num]) -> list[Num]:
    """The parts up to a `；` by which those before it reach the whole already: an item after `；`
    goes on with the list only while the parts fall short of the total (`争取上级资金 T，其中中央 a，
    省级 b；市级配套资金 c` with a + b = T: the matching funds are another thing)."""
    for i in range(1, len(parts)):
        if "；" in view.text[parts[i - 1].end:parts[i].start] \
                and sum((p.interval for p in parts[1:i]), parts[0].interval).hi >= total.interval.lo:
            return parts[:i]
    return parts


def _peer_label(view: PageView, sent: int, cue: int) -> str | None:
    """The label of the total a breakdown cue divides, where that total is itself an item of an
    outer list: its clause follows a `；` of the sentence (`一般贸易 a；边境贸易 T，其中…`), or the
    sentence opens with a dimension (`分部门看，住户贷款 T，其中…`). None elsewhere."""
    text = view.text
    s_start = view.sentences[sent].start
    semi = text.rfind("；", s_start, cue)
    opening = _cue_re().match(text, s_start)
    if semi < 0 and not (opening and is_dimension(view, s_start)):
        return None
    item = [n for n in view.in_sentence(sent) if max(s_start, semi + 1) <= n.start < cue and n.type in SUMMABLE_TYPES]
    if not item:
        return None
    return text[view.clause_start(item[0].start):item[0].start].strip(_CLAUSE_SEP + _COPULAS)


def _named_whole_set(labels: list[str]) -> bool:
    """Whether the parts so far named every member of a category set that partitions the whole
    (出口/进口, 中央/地方), so that a `；` item is no further part. A set that a larger one of the
    table holds (中央/省级 in 中央/省级/市级/县级) is no partition: more of the same kind may follow
    (`；市县级资金 c`, which the list then takes as it takes any part labelled like the first)."""
    members = complementary(labels)
    return members is not None and not any(set(members) < set(other) for other in cues.complementary_sets())


def _peer_of_total(label: str, peer: str | None, first: str | None) -> bool:
    """A label after `；` that ends like the total's own label, at least as far as like the first
    part's, and is another name: the next item of the total's outer list."""
    if not peer or not label or label == peer:
        return False
    tail = len(common_tail(label.rstrip(_COPULAS), peer))
    return tail >= _PARALLEL_TAIL and tail < len(label) and tail >= len(common_tail(label, first or ""))


def _lead(before: str) -> int:
    """How late a clause's number comes: `1993年向甲国、乙国和丙国支付 10 亿元` names several
    places with `、`, each a short name, so the number comes as early as the longest piece says."""
    return max(len(piece) for piece in before.split("、"))


def _parallel(label: str, first: str | None) -> bool:
    """Labels built alike (`第一产业增加值` … `第二产业增加值`): they end in the same noun of
    two characters at least, so the clause after `；` names another part of the same kind."""
    if not first:
        return False
    # `从事农业人员为 X，…；从事非农业人员 Y`: a copula after the name is not part of it
    label, first = label.rstrip(_COPULAS), first.rstrip(_COPULAS)
    tail = len(common_tail(label, first))
    # `其中民办幼儿园 97 所，…；普惠性幼儿园 171 所`: modifiers of two dimensions name kinds that
    # overlap, not the next part (modifier_kinds.py)
    return tail >= _PARALLEL_TAIL and len(label) > tail and not crosses(first[:-tail], label[:-tail])


def _complements(label: str, first: str | None) -> bool:
    """`其中出口 A，增长 x%；进口 B`: after `；` a short label naming another member of the first
    part's category set (data/complementary.toml) goes on with the breakdown."""
    if not first or len(label) > _SHORT_LABEL:
        return False
    for members in cues.complementary_sets():
        mine = [m for m in members if m in label]
        theirs = [m for m in members if m in first]
        if len(mine) == 1 and len(theirs) == 1 and mine != theirs:
            return True
    return False


@lru_cache(maxsize=1)
def _segmenter():
    from ..segment import Segmenter
    return Segmenter()


def _opening_verb(label: str) -> str | None:
    """The verb a label opens with when it goes on to name its object (`治理水土流失`); a label
    of one word (`举重`, often tagged a verb) names a category, not another piece of work."""
    words = _segmenter().pos(label[:8]) if label else []
    return words[0][0] if len(words) >= 2 and words[0][1] == "v" else None


def _parenthesized(text: str, start: int, pos: int) -> bool:
    seg = text[start:pos]
    return seg.count("（") + seg.count("(") > seg.count("）") + seg.count(")")


def _nested_spans(view: PageView, start: int, end: int, cue_re: re.Pattern) -> list[tuple[int, int]]:
    """Spans inside a breakdown that belong to a nested breakdown: `其中` … up to `；`, or to the
    closing bracket when the nested `其中` stands in brackets."""
    spans = []
    for m in cue_re.finditer(view.text, start, end):
        if m.start() == start:
            continue  # `其中：`: the colon opens the same breakdown, not a nested one
        closers = "）)" if _parenthesized(view.text, start, m.start()) else "；"
        stops = [i for i in (view.text.find(c, m.end(), end) for c in closers) if i >= 0]
        spans.append((m.start(), min(stops, default=end)))
    return spans


def _total_for(view: PageView, cue_start: int, sent: int, like: Num) -> Num | None:
    """The nearest number of the same measure before the cue: in its sentence, or in the sentence
    before when the cue opens its sentence."""
    s_start = view.sentences[sent].start if sent >= 0 else 0
    before = [n for n in view.in_sentence(sent) if s_start <= n.start and n.end <= cue_start and n.same_measure(like)]
    # `…为 X 万人。按户数计算，户均 2.61 人；其中，A a，B b`: a cue opening the clause after `；`,
    # with nothing of its measure before it in the sentence, breaks down the sentence before too
    # (a clause naming the dimension may stand before it: `按类别来看，其中，…`); the sentence
    # before that holds an amount of the measure, when one between holds none (`平均每万人 440 台`)
    lead_start = max(s_start, view.text.rfind("；", s_start, cue_start) + 1)
    lead = view.text[lead_start:cue_start].strip("，,、 ")
    opens = not lead or lead.endswith(_DIMENSION_ENDS) and "，" not in lead
    if is_dimension(view, cue_start) and view.text[cue_start - 1] == "；":
        # `按地区分，a，b；按类型分，…`: what follows the sentence's first breakdown are its parts; a
        # clause before `；` that divides nothing holds no total of the breakdown after it either
        earlier = first_breakdown(view, s_start, cue_start)
        before = [n for n in before if earlier is not None and n.end <= earlier]
        opens = earlier == s_start
    # `…收入 169.1 亿元。各项税收都有增加，其中增值税 a，营业税 b`: a clause of words only before
    # the cue says what the breakdown is of, and holds no total of its own
    opens = opens or (len(lead) <= _WORDS_LEAD and not view.between(lead_start, cue_start))
    before = [n for n in before if not _changed(view, n) and _amount(view, n)  # a bracketed part is a whole
              and bracket_reading(view, n, like, cue_start) in (None, BRACKET)]  # only where the words say so
    # a breakdown by a dimension divides the whole of the sentences before, passing over their
    # parts (`其中，…`, `从性别构成看，…`); a sentence opening with `其中` may divide the last part
    by_dimension = not view.text.startswith(cues.words("sum", "partial") + cues.words("sum", "listing"), cue_start)
    back, skipped = sent - 1, 0
    while not before and opens and sent - back <= _TOTAL_BACK + skipped and back >= 0 \
            and view.sentences[back].paragraph == view.sentences[sent].paragraph:
        mine = [n for n in view.in_sentence(back) if n.same_measure(like) and not _changed(view, n) and _amount(view, n)]
        before = sentence_heads(view, back, mine) if by_dimension else mine
        skipped += bool(mine) and not before and skipped < _PARTS_ONLY
        back -= 1
    if before and _closes_bare_list(view, before[-1]) \
            and (_outside_period(like, before[-1]) or _said_respectively(view, before[-1])):
        return None  # `分别完成 a、b、c 和 d，其中上半年 X`: `其中` is of the list, not of its last item
    return before[-1] if before else None


def _outside_period(part: Num, total: Num) -> bool:
    """The part's months run outside the total's (`上半年` after the fourth quarter's amount),
    by the records' periods: no part of it (`三季度中 7 月` is)."""
    a, b = period_span(part), period_span(total)
    return a is not None and b is not None and not (b[0] <= a[0] and a[1] <= b[1])


def _said_respectively(view: PageView, n: Num) -> bool:
    """The bare list n closes is said `分别` of several subjects (`一至四季度分别完成 a、b、c 和
    d`, data cues [enumeration] respective) and its first and last items have one period: each
    item is one subject's, so a `其中` after it breaks down what the list covers. Where the items'
    periods differ, they say whether the part lies in the last item's (`_outside_period`); a page
    with no year may give every item one period, which then tells nothing."""
    first = n
    for m in reversed([m for m in view.in_sentence(n.sentence) if m.end <= n.start and m.same_measure(n)]):
        if not cues.pattern("shares", "members_joiners").fullmatch("".join(view.text[m.end:first.start].split())):
            break
        first = m
    return first is not n and record_field(first, "period") == record_field(n, "period") \
        and bool(cues.contains_any(view.text[view.clause_start(first.start):first.start], "enumeration", "respective"))


def _closes_bare_list(view: PageView, n: Num) -> bool:
    """n is the last of amounts listed bare, one joiner between each and the one before
    (`218.6 亿元、296.4 亿元、301.7 亿元和 310.1 亿元`): a clause after them breaks down what the
    list adds up to, never its last item."""
    before = [m for m in view.in_sentence(n.sentence) if m.end <= n.start and m.same_measure(n)]
    if not before:
        return False
    between = "".join(view.text[before[-1].end:n.start].split())
    return bool(cues.pattern("shares", "members_joiners").fullmatch(between))  # one joiner of a list's items


def _equal_total(view: PageView, cue_start: int, sent: int, parts: list[Num]) -> Num | None:
    """`共设 60 个议席，其中直选产生 20 名议员，…10 名议员`: a count of the cue's sentence in another
    classifier (seats held by members) whose value the parts add up to exactly."""
    point = sum(p.value for p in parts)
    for n in reversed([n for n in view.in_sentence(sent) if n.end <= cue_start]):
        if n.type == parts[0].type == "count" and not _changed(view, n) and _amount(view, n) \
                and n.qualifier == "exact" and all(p.qualifier == "exact" for p in parts) and n.value == point:
            return n
    return None


def _labels(view: PageView, parts: list[Num], start: int) -> list[str]:
    out, prev = [], start
    for p in parts:
        lo = max(prev, view.clause_start(p.start), start)
        out.append(view.text[lo:p.start].strip(_JOINERS))
        prev = p.end
    return out


def complementary(labels: list[str]) -> tuple[str, ...] | None:
    """The category set that the labels name one member each of, if any."""
    return next((members for members in cues.complementary_sets() if names_each(members, labels)), None)


_AGE_FIRST = re.compile(r"^(?:0|零)\s*[—\-－~至到]")


def _age_groups(labels: list[str]) -> tuple[str, ...] | None:
    """Age groups from 0 up to an open top (`0—15岁`, `16—59岁`, `60岁及以上`) cover everyone."""
    if len(labels) < 2 or not all("岁" in label for label in labels):
        return None
    if _AGE_FIRST.search(labels[0]) and cues.contains_any(labels[-1], "sum", "open_top"):
        return ("各年龄组",)
    return None


def _open_list(view: PageView, last: Num, end: int) -> bool:
    after = view.text[last.end:min(end + 3, last.end + 6)]
    return any(after.lstrip("个人项家次").startswith(w) for w in cues.words("enumeration", "open_end"))


def _cue_before(view: PageView) -> list[Draft]:
    cue_re = _cue_re()
    drafts = []
    for m in cue_re.finditer(view.text):
        sent = view.sentence_index(m.start())
        if sent < 0:
            continue
        s_end = view.sentences[sent].end
        region_end = _region_end(view, m.end(), s_end, is_dimension(view, m.start()))
        if _parenthesized(view.text, view.sentences[sent].start, m.start()):
            # `（其中党员 20 人）`: a breakdown in brackets ends with them
            close = min((i for i in (view.text.find(c, m.end(), region_end) for c in "）)") if i >= 0),
                        default=region_end)
            region_end = close
        nested = _nested_spans(view, m.end(), region_end, cue_re)
        if not _opens_with_amount(view, m.end(), region_end):
            continue  # `包括干部、教师和知识分子等，5600 多个样板…`: names, not amounts
        members = [n for n in view.between(m.end(), region_end)
                   if n.type in SUMMABLE_TYPES and _amount(view, n) and not _changed(view, n) and not _marked_total(view, n)
                   and not any(a <= n.start < b for a, b in nested)
                   and not _parenthesized(view.text, m.end(), n.start)]
        members, inside = split_nested(view, members)  # `住户存款中定期存款 b`: a part of a part
        drafts += inside
        groups: dict[tuple, list[Num]] = {}
        for n in members:
            groups.setdefault((n.type, n.unit), []).append(n)
        for parts in groups.values():
            # parts that add up exactly to an amount further back divide it, not the nearest
            total = matched_total(view, m.start(), parts, _total_for(view, m.start(), sent, parts[0]))
            total = total or earlier_total(view, m.start(), parts)  # in a paragraph before (exact sum)
            if total is None and len(parts) > 1:
                total = _equal_total(view, m.start(), sent, parts)
                if total is not None:  # no total of the parts' unit: the sum itself ties them
                    drafts.append(sum_draft(total, parts, False, "各部分之和恰为总数"))
                    continue
            if total is None or range_spread.is_spread(view, total) \
                    or (total.sentence != sent and len(parts) < 2 and not inside):
                continue  # a total from the sentence before needs a whole breakdown (or a part's own part) to be sure
            if dimension_wholes.outgrown(view, m.start(), sent, total, parts):
                continue  # `…其他各项支出 T。分级次看，县本级支出 a`: the dimension divides a larger whole before
            parts = _short_of_whole(view, total, parts)
            if m.group() == "：" and view.clause_start(m.start()) > total.start and not _lists_uses(view, total, m.start()):
                continue  # a colon lists the parts of a total said right before it
            if is_respective(view, m.start()) and (len(parts) < 2 or view.clause_start(m.start() - 1) > total.start):
                continue  # `，分别为` lists the parts of the total of the clause right before it
            if len(parts) == 1:
                # a lone part after a clause with an amount of another unit (`6 款机型…，其中 4 项
                # 技术…，10 款外观`) may count another thing than the total, in the unit by chance
                own = view.clause_start(parts[0].start)
                other = any(n.end <= own and n.unit != parts[0].unit for n in members)
                if stock_in_flow(view, total, parts[0]):
                    continue  # `新增…，其中…累计`: a level is no part of an addition (heads.py)
                drafts.append(part_of_draft(total, parts[0], f"“{m.group()}”之后的部分",
                                            "它前面的分句另有别的单位的数，未必是同一事物的部分" if other
                                            else level_in_flow(view, total, parts[0])))
                continue
            labels = _labels(view, parts, m.end())
            # only named categories that partition, or 分别为, make a breakdown exhaustive
            # the category may be named after a count (`16 个预期性指标`)
            members_set = (complementary(labels) or _age_groups(labels)
                           or complementary([lb + view.noun_after(p) for lb, p in zip(labels, parts)]))
            # `分别为` pairs the parts with their names; after `其中`/`包括` the names are still only
            # some of the categories, after a colon they are the breakdown of the total
            respective = (cues.contains_any(view.text[m.end():region_end], "sum", "exhaustive")
                          or _complete_colon(view, m.start()) if m.group() == "：" else None)
            respective = respective or (m.group() if is_respective(view, m.start()) else None)
            # a last part named as what is left (`其他建设项目是 24 个`) makes the parts every
            # category, where the total is said in the same sentence (a breakdown of a total said
            # before may leave out what the text adds after it)
            rest = _rest_item(labels) \
                if len(parts) > 2 and (total.sentence == sent or _opens_on(view, m.start(), total, sent)) else None
            # `全年共落实资金 T，按来源分：A a，B b，…`: a total divided by a dimension in its own sentence
            # (`按…分`, not `分…看`, which looks at some parts) is divided into every category
            divided = m.group() if is_dimension(view, m.start()) and m.group().startswith("按") \
                and m.group().endswith("分") and total.sentence == sent and len(parts) > 1 \
                and not any(n.same_measure(parts[0]) for n in view.between(region_end, s_end)) else None
            # `两项合计 T，其中 a，b`: the total's words count its parts, as many as are listed
            count = counted_parts.counted(view, total, parts) if total.sentence == sent else None
            exhaustive = (bool(members_set) or bool(respective) or bool(rest) or bool(divided) or bool(count)) \
                and not _open_list(view, parts[-1], region_end)
            why = (f"各部分（{'/'.join(members_set)}）构成全部类别" if members_set
                   else f"“{count}”说明总数由所列的 {len(parts)} 项构成" if count
                   else f"“{respective}”列出全部类别" if respective
                   else f"最后一项“{rest}”涵盖其余类别" if rest
                   else f"“{divided}”把同句的总数分成全部类别" if divided else f"“{m.group()}”只列出部分类别")
            drafts.append(sum_draft(total, parts, exhaustive, why, not _may_overlap(view, parts)))
            starts = [_start_of(view, n) for n in [total] + parts]
            if all(starts):  # `由 A 增加到 T，其中 x 由 a 增加到 t`: the levels started from add up too
                drafts.append(sum_draft(starts[0], starts[1:], exhaustive, why, not _may_overlap(view, parts)))
    return drafts


def _rest_item(labels: list[str]) -> str | None:
    """The word by which the last part is named as what the others leave (`其他`): the name opens
    with it and goes on with nothing of its own, only the kind the other parts are (`其他为`,
    `其他项目` after `交通项目`, `其他建设项目` after `工业建设项目`) or a word of any kind
    (`其他行业`, `其他支出`, `其他各项`, data/cues.toml [sum] residual_kinds).
    `其他运输设备制造业` after `汽车制造业` is one more named category, not the rest."""
    last = labels[-1]
    word = next((w for w in cues.words("shares", "residual") if last.startswith(w)), None)
    if word is None:
        return None
    kind = last[len(word):]
    for end in cues.words("sum", "residual_copulas"):
        if kind.endswith(end):
            kind = kind[: -len(end)]
            break
    if not kind or kind in cues.words("sum", "residual_kinds") or any(lb.endswith(kind) for lb in labels[:-1]):
        return word
    return None


def _opens_on(view: PageView, cue: int, total: Num, sent: int) -> bool:
    """`总诊疗人次 T，比上年增长 g%。其中：医院 a，…，其他机构 c`: a sentence that opens with its cue
    breaks down the total of the sentence before it, as if it were said in the same one, unless the
    sentence after says another amount of the total's unit (`…还向国家上缴 d 元，这也包括在国营企业
    收入以内`): a total said apart from its breakdown may take in a part the text adds after it."""
    if total.sentence != sent - 1 or view.text[view.sentences[sent].start:cue].strip():
        return False
    if sent + 1 >= len(view.sentences):
        return True
    nxt = view.sentences[sent + 1]
    return not any(n.unit == total.unit for n in view.between(nxt.start, nxt.end))


def _lists_uses(view: PageView, total: Num, colon: int) -> bool:
    """`共安排资金 50 亿元，主要用于：A a、B b`: the clause before the colon only says what the
    total goes to (data/cues.toml [sum] colon_leads)."""
    said = view.text[view.clause_start(colon):colon]
    return view.clause_start(colon) - 1 <= view.clause_end(total.end) and len(said) <= _SHORT_LABEL + 2 \
        and cues.ends_with_any(said, "sum", "colon_leads") is not None


def _complete_colon(view: PageView, colon: int) -> str | None:
    """`其分配如下：`: a lead that says the whole list follows (and not only its main items)."""
    said = view.text[view.clause_start(colon):colon]
    word = cues.ends_with_any(said, "sum", "colon_complete")
    return word if word and not cues.contains_any(said, "sum", "colon_some") else None


def _start_of(view: PageView, n: Num) -> Num | None:
    """The level a number reached was changed from, in its clause (`由 2600 亿元增加到 3500 亿元`)."""
    from .share_lists import slot
    before = [m for m in view.between(view.clause_start(n.start), n.start) if m.same_measure(n)]
    if not before or slot(view.text[view.clause_start(n.start):n.start]) != "to":
        return None
    m = before[-1]
    return m if slot(view.text[view.clause_start(m.start):m.start]) == "from" else None


def _may_overlap(view: PageView, parts: list[Num]) -> bool:
    """Parts named by a property (`具有经济价值鱼类 23 种`, `同时…`) may count the same things twice;
    parts named by open-top thresholds (`100Mbps 及以上`, `1000Mbps 及以上`) hold one another."""
    return nested_thresholds.nested(view, parts) or any(cues.contains_any(view.label_before(p) + view.noun_after(p), "sum", "overlap_markers")
               for p in parts)


# --- the parts first: A a、B b，共 T ------------------------------------------------------
