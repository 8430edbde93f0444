"""A number, what is added to it, and their total: `A，加上 B，共 T` (any plus word of
data/plus_total.toml: 加上, 再加上, 连同).

    计划直属企业开荒 700 万亩，加上地方和群众开荒，全国开垦荒地共达 1773.5 万亩
                    a number before the plus word is part of the total after `共`
    大雕像共有 3159 尊，加上壁龛里的 840 尊，共有 3999 尊
                    with a number of the same measure in the added clause, the two make up
                    the total
    收入 A，加上补助 B、转贷 C 和结转 D，收入总计 T
                    several of the same measure listed in the added clause: all of them
    甲、乙 2 县…，连同丙、丁、戊共 5 个县
                    names listed in the added clause, one each, added to a count of the same
                    noun (an enumeration: the count after `共` against them all) where the count
                    before counts names too (`甲、乙 2 县`) or each added name ends with the
                    counted noun (`丙县、丁县`); other listed items may be kinds of many things
                    each (`职业中学、中专`): only a sum that comes out right is said then
The number before the plus word is the last of the total's measure in its clause, the total the
first number after the total word in the sentence; other numbers between them break the reading.
The cue itself says one is added to the other, so a part over the total, or a sum that
misses it, is an error of the text. `共` inside another word (`共同`, `公共`) is no total word.
"""
from __future__ import annotations

from functools import lru_cache

from . import cues
from ..fact_types import SUMMABLE_TYPES
from .findings import part_of_draft, sum_draft
from .lists import ItemList, find_lists
from .model import Draft, Num, PageView

_REACH = 100  # characters from the plus word to the total word (a list of several items may come between)


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("plus_total.toml")["plus_total"]


def check(view: PageView) -> list[Draft]:
    drafts = []
    for word in _cues()["plus"]:
        start = view.text.find(word)
        while start >= 0:
            drafts += _at(view, start, start + len(word))
            start = view.text.find(word, start + len(word))
    return drafts


def _at(view: PageView, start: int, end: int) -> list[Draft]:
    if view.text[start - 1:start] not in ("，", "") or view.text[start - 2:start] == "再加":
        return []
    sent = view.sentence_index(start)
    before = [n for n in view.in_sentence(sent) if n.end <= start and n.type in SUMMABLE_TYPES]
    if not before or view.clause_start(before[-1].start) != view.clause_start(start - 1):
        return []  # the number added to opens the clause right before the plus word
    first = before[-1]
    stop = min(view.sentences[sent].end, end + _REACH)
    at = _total_word(view.text, end, stop)
    if at < 0:
        return []
    word = view.text[start:end]
    total = next((n for n in view.between(at, view.sentences[sent].end) if n.type in SUMMABLE_TYPES), None)
    if total is not None and not view.between(end, at):
        named = _named_added(view, first, word, end, at, total)
        if named is not None:
            return [named]
    if total is None or not total.same_measure(first) or total.qualifier not in ("exact", "about", "over") \
            or view.clause_start(total.start) != view.clause_start(at):
        return []
    added = [n for n in view.between(end, at) if n.type in SUMMABLE_TYPES]
    if not added:
        return [part_of_draft(total, first, f"“{word}”之前、计入总计之数的部分")]
    if len(added) == 1 and added[0].same_measure(first):
        return [sum_draft(total, [first, added[0]], True, f"“{word}”所说的两部分合成所称总数")]
    if _one_list(view, added, first):
        # `收入 A，加上补助 B、转贷 C 和结转 D，收入总计 T`: a budget's balance chain
        return [sum_draft(total, [first, *added], True, f"“{word}”所列各项与其前之数合成所称总数")]
    return []


def _total_word(text: str, start: int, stop: int) -> int:
    """Where the first total word stands in text[start:stop], or -1; `共` of another word
    (`共同规划`, `公共设施`) is none."""
    at = -1
    for w in _cues()["total"]:
        i = text.find(w, start, stop)
        while i >= 0 and any(text.startswith(o, j) for o in _cues()["not_total"]
                             for j in range(i - len(o) + 1, i + 1)):
            i = text.find(w, i + 1, stop)
        if i >= 0 and (at < 0 or i < at):
            at = i
    return at


def _one_list(view: PageView, added: list, first) -> bool:
    """Numbers of first's measure listed in one clause (`、`, `和`), none inside another."""
    if len(added) < 2 or any(not n.same_measure(first) for n in added):
        return False
    gaps = [view.text[a.end:b.start] for a, b in zip(added, added[1:])]
    return all(not any(c in g for c in "，,；;（(") and not any(w in g for w in _cues()["inside"]) for g in gaps)


def _named_added(view: PageView, first: Num, word: str, end: int, at: int, total: Num) -> Draft | None:
    """`A、B 4 县…，连同 C、D、E 共 7 个县`: names listed in the added clause, one thing each, added to
    a count of the same noun before the plus word; the count after `共` must be their sum. Items are
    one thing each only where the count before counts names too or each item ends with the counted
    noun; other items (`职业中学、中专`) may be kinds of many things: a sum that misses says nothing."""
    if first.type != total.type or first.type != "count" or first.qualifier != "exact" \
            or total.qualifier != "exact" \
            or not (first.same_measure(total) or first.unit and view.noun_after(total).startswith(first.unit)):
        return None
    added = _list_ending(view, end, at)
    if added is None:
        return None
    k = len(added.items)
    expected = int(first.value) + k
    ok = expected == total.value
    before = _list_ending(view, view.clause_start(first.start), first.start)
    if not ok and before is None and not _named_by_noun(added.items, _counted_noun(view, first, total)):
        return None
    facts = [total.ref(), first.ref()] + ([view.raw_ref(before.start, before.end)] if before else []) \
        + [view.raw_ref(added.start, added.end)]
    shown = "、".join(added.items)
    return Draft("enumeration", "consistent" if ok else "inconsistent", facts, expected, total.shown,
                 f"“{word}”把前面的 {first.text} 与其后所列 {k} 项（{shown}）合在一起，共 {int(first.value)}+{k}={expected}，"
                 f"与所述 {total.text} {'一致' if ok else '不符'}。", {"items": added.items, "open": False})


def _counted_noun(view: PageView, first: Num, total: Num) -> str:
    """What the total counts: the unit where it is a noun (`4 县`), else the words after the
    classifier (`9 个县，` → 县)."""
    if first.unit and first.unit == total.unit and first.unit not in cues.words("enumeration", "count_classifiers"):
        return first.unit
    return view.noun_after(total)


def _named_by_noun(items: list[str], noun: str) -> bool:
    """Every item ends with the counted noun, or the first words of it (`丙县、丁县` for `县，`)."""
    return any(all(len(item) > k and item.endswith(noun[:k]) for item in items) for k in range(1, len(noun) + 1))


def _list_ending(view: PageView, start: int, end: int) -> ItemList | None:
    """The closed `、` list of names that ends right at `end` (the text from start on), in page offsets."""
    lists = [lst for lst in find_lists(view.text[start:end]) if lst.end == end - start and not lst.open]
    if len(lists) != 1:
        return None
    lst = lists[0]
    return ItemList(start + lst.start, end, lst.items, False, False, start + lst.clause_start, end)
