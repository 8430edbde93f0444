"""sum: a total stated after its parts (`12 个、13 个，共 25 个`, `…，两项合计为 48 万吨`).

Structures read (cue words in data/cues.toml [sum]):
    A a，B b，合计 T                 a total word opening the clause adds up what is listed before it
    本年收入 A，加上上年结转收入 B，全年收入总数 T
                                    a total named after its parts, read where `加上` joins them
    A a；B b，两项合计为 T           a summing word counting the items: the last so many parts,
                                    across `；`
    A债权 a；B债权 b，有问题的债权合计为 T
                                    a summing word after a name: the parts named by its noun
A total word says the parts are the whole breakdown: parts that miss the total are an error.
"""
from __future__ import annotations

import re

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .amounts import is_change as _changed
from .findings import sum_draft
from .model import Draft, Num, PageView

_CHAIN_GAP = 15  # most characters between two parts listed before `共`
_NAMED_GAP = 40  # the same, under `X合计` where each part is named by X's noun
_PARALLEL_TAIL = 2  # `债权`: the noun a summing word's name shares with its parts
_NAME_LEAD = re.compile(r"[^\d零〇一二两三四五六七八九十百千万亿]*")
_COUNTED_ITEMS = re.compile(r"(?P<n>[两二三四五六七八九十])(?:项|者|类|部分|个方面)")
_CN_COUNTS = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}


def check(view: PageView) -> list[Draft]:
    drafts = []
    after_cues = cues.words("sum", "total_after")
    for t in view.nums:
        if t.type not in SUMMABLE_TYPES or t.sentence < 0:
            continue
        head = view.text[view.clause_start(t.start):t.start]
        # a record's span may open with the last character of its name (`总数３０…元` as `数３０…元`)
        lead = _NAME_LEAD.match(t.text).group()
        named = cues.ends_with_any((head + lead).rstrip("为是达"), "sum", "total_named")
        summed = _summed_by(head + lead, named)
        if not named and (len(head) > 6 or not any(head.startswith(w) for w in after_cues)):
            continue
        parts = _parts_before(view, t, summed)
        # `…，合计 25 亿元`: a total word alone opening the clause adds up what is listed before it
        plain = len(head) <= 6 and any(head.startswith(w) for w in after_cues)
        if summed is not None and summed[1] and len(parts) > summed[1]:
            parts = parts[-summed[1]:]  # `两项合计`: the last two
        if len(parts) >= 2 and (not named or plain or summed is not None):
            if _adds_on(view, parts[0]):
                # `加上级补助 a、转贷收入 b、上年结转 c，收入总计 T`: the list adds onto an amount said
                # in the sentence before (the fund's own revenue), which the parts read here lack
                drafts.append(sum_draft(t, parts, False, f"“{head}”合计的各项以“加上”接续前句所说的数"))
                continue
            drafts.append(sum_draft(t, parts, True, f"“{head}”合计前列各项"))
        elif len(parts) >= 2 and cues.contains_any(view.text[parts[0].end:t.start], "sum", "adding"):
            # `本年收入 A，加上上年结转收入 B，全年收入总数 T`: the parts are added up in so many words
            drafts.append(sum_draft(t, parts, True, f"“加上”之后的“{named}”合计前列各项"))
    return drafts


def _summed_by(head: str, named: str | None) -> tuple[str, int] | None:
    """Where a summing word (`合计`) ends a clause's words before its number, what the words
    before it name: a count of the items added (`两项合计`: ('', 2)), what they have in common
    (`有问题的债权合计`: ('债权', 0)), or nothing (('', 0)); None for no summing word or other words."""
    if named is None or named not in cues.words("sum", "summing_named"):
        return None
    base = head.rstrip("为是达")[: -len(named)]
    m = _COUNTED_ITEMS.fullmatch(base)
    if m:
        return "", _CN_COUNTS.get(m.group("n"), 0)
    if base in cues.words("sum", "summing_back") or not base:
        return "", 0
    return (base[-_PARALLEL_TAIL:], 0) if len(base) >= _PARALLEL_TAIL else None


def _parts_before(view: PageView, t: Num, summed: tuple[str, int] | None) -> list[Num]:
    """The numbers of the total's measure listed right before it in its sentence; under a
    summing word naming what the parts have in common, or counting them, they may stand further
    apart, across `；` (each named by that noun; as many as counted)."""
    s_start = view.sentences[t.sentence].start
    parts: list[Num] = []
    right = view.clause_start(t.start)
    noun, counted = summed if summed else ("", 0)
    for n in reversed([n for n in view.in_sentence(t.sentence) if s_start <= n.start and n.end <= right]):
        if not n.same_measure(t):
            continue
        gap = view.text[n.end:right]
        if noun or counted:
            if len(gap) > _NAMED_GAP or "。" in gap or noun not in view.text[view.clause_start(n.start):n.start] \
                    or _changed(view, n) or 0 < counted <= len(parts):
                break
        elif len(gap) > _CHAIN_GAP or any(c in gap for c in "。；") or _changed(view, n):
            break
        parts.insert(0, n)
        right = n.start
        lead = view.text[view.clause_start(n.start):n.start]
        if cues.contains_any(lead, "sum", "partial") and (noun or not view.between(view.clause_start(n.start), n.start)):
            break  # `其中，不良债权…`: the list starts here; what stands before `其中` is the whole
            # it breaks down (`支出 80 亿元（包括民生支出 60 亿元），其中教育 a、…，合计 60 亿元`)
    return parts


def _adds_on(view: PageView, first: Num) -> bool:
    """The sentence of the parts opens with an adding word (`加上`, `再加上`, `连同`), the list of
    its clause (no `，`/`；` before the first part read): what it adds onto was said before."""
    start = view.sentences[first.sentence].start
    opening = view.text[start:first.start].lstrip("，,；; ")
    return opening.startswith(cues.words("sum", "adding")) and not any(c in opening for c in "，,；;")
