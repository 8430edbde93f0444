"""Where a breakdown's parts end (`T，其中 A a，B b；…`): the clauses after its cue that go on with the list.

Apart from sum.py because the end is read from how each clause is built (its number early,
its label like the first part's or another member of its set), before any total is sought.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..clauses import INNER_BREAKS
from ..fact_types import SUMMABLE_TYPES
from . import closed_lists, cues
from .breakdown_cues import cue_re as _cue_re, is_dimension
from .declared_sets import complementary
from .model import Num, PageView
from .modifier_kinds import crosses
from .wholes import common_tail

_CLAUSE_SEP = INNER_BREAKS
_OPEN_LEAD = 12  # a clause continues a breakdown when its number comes this early
_SEMI_LEAD = 0  # after `；` a clause continues a breakdown only when it opens with its number
_PARALLEL_TAIL = 2  # `投资`, `增加值`: the shared end of parallel parts labels
_ASIDES = 2  # clauses without a number that a breakdown may run through
_COPULAS = "为是达有"
SHORT_LABEL = 4  # `进口`, `女职工`: a label that names a category, not a new statement
_CATEGORY = 8  # `餐饮收入`, `城镇消费品零售额`: the name of a category after a dimension


def opens_with_amount(view: PageView, start: int, end: int) -> bool:
    """Whether the first clause after a cue that says anything holds a number that can add up."""
    pos = start
    while pos < end and view.text[pos] in _CLAUSE_SEP + "了有":
        pos += 1
    stop = pos
    while stop < end and view.text[stop] not in _CLAUSE_SEP:
        stop += 1
    return any(n.type in SUMMABLE_TYPES for n in view.between(pos, stop))


def parts_end(view: PageView, start: int, sent_end: int, by_dimension: bool = False) -> int:
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


def short_of_whole(view: PageView, total: Num, parts: list[Num]) -> list[Num]:
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
    if not first or len(label) > SHORT_LABEL:
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


def parenthesized(text: str, start: int, pos: int) -> bool:
    """Whether text[start:pos] leaves a bracket open: pos stands inside brackets opened after start."""
    seg = text[start:pos]
    return seg.count("（") + seg.count("(") > seg.count("）") + seg.count(")")


def nested_spans(view: PageView, start: int, end: int, cue_re: re.Pattern) -> list[tuple[int, int]]:
    """Spans inside a breakdown that belong to a nested breakdown: `其中` … up to `；`, or to the
    closing bracket when the nested `其中` stands in brackets."""
    spans = []
    for m in cue_re.finditer(view.text, start, end):
        if m.start() == start:
            continue  # `其中：`: the colon opens the same breakdown, not a nested one
        closers = "）)" if parenthesized(view.text, start, m.start()) else "；"
        stops = [i for i in (view.text.find(c, m.end(), end) for c in closers) if i >= 0]
        spans.append((m.start(), min(stops, default=end)))
    return spans
