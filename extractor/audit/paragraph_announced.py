"""enumeration: a count ending a paragraph, its items the paragraphs after it, each opened by an
ordinal word.

    …是近几年来经济运行出现三个显著变化的反映。⏎第一，…⏎第二，…⏎第三，…
    明年全市将重点抓好八个方面具体工作。⏎一是…⏎二是…⏎…八是…

announced.py reads items after a colon, comma_announced.py after a comma; here the count stands
in the last sentence of its paragraph (ending `。` or `：`), is the only count in words of that
sentence, and the next paragraph opens with the first ordinal (`第一，`, `一是`). The markers are
the evidence: at least two must be found, in order, each opening a paragraph or following in
the one before. The link is the paragraph break only, so a count that differs from the items is
unverifiable, unless a word right before the count points ahead at them (`抓好以下五项工作。`,
data/cues.toml [enumeration] points_ahead): the text then says the paragraphs are its items; or
the items' opening sentences end with one phrase (`…，加快建设…的现代化宁夏。`, `_one_frame`), said
nowhere else on the page: they were written as one set, the one the count announces.
"""
from __future__ import annotations

import re
from typing import Callable

from ..clauses import BREAK_CLASS, SENTENCE_BREAKS
from . import announced, cues
from .comma_announced import opens_first
from .lists import ItemList, count_word, counts_items
from .model import Draft, Num, PageView

HOW = "段末数目之后逐段以序数词分项列出"
_SENTENCE_ENDS = "。："
_STOPS = SENTENCE_BREAKS + "；"  # where an item's opening sentence (or part of one) ends
_COUNT_WORD = count_word()
_FRAME = 5  # characters of the phrase every item's opening sentence shares (`的现代化新城`)
_FRAME_ITEMS = 3  # items at least: two that share a phrase may do so by chance


def check(view: PageView, draft: Callable[..., Draft], taken: set[int]) -> list[Draft]:
    """`draft` makes the finding (enumeration.enumeration_draft); `taken` holds the raw starts
    of the counts other rules already read."""
    out = []
    for count, end in announced.counts_before(view, _paragraph_end, names_group):
        if count.rec["start"] in taken or not counts_items(count.value, count.text) or not only_count(view, count, end):
            continue
        found = announced._ordinal_words(view, end)
        if found is None or len(found[2]) < 2:
            continue
        start, stop, items = found
        lst = ItemList(start, stop, items, False, False, start, stop)
        if view.sentence_index(count.start) >= 0:
            d = draft(view, count, lst, True, HOW)
            if d.verdict == "inconsistent" and not _points_ahead(view, count) and not announced.items_echo(view, count, items) \
                    and not _one_frame(view, items, start, stop):
                d.verdict = "unverifiable"
                d.explanation = d.explanation.rstrip("。") + "；但数目与各段只以分段相连，无法据此判定有误。"
            out.append(d)
            taken.add(count.rec["start"])
    return out


def _one_frame(view: PageView, items: list[str], start: int, stop: int) -> bool:
    """`一是…明显增强，着力建设物质富足的现代化新城。…⏎二是…，着力建设共同富裕的现代化
    新城。…`: every item's opening sentence ends with one phrase of some length (`的现代化新城`), so
    the paragraphs were written as one set, the set the count ending the paragraph before
    announces. The phrase must close each opening sentence (the frame's place), and be the set's
    own: a stock phrase the page says outside these paragraphs too (`推动高质量发展`) may stand in
    any paragraph, of a set or not. Items that share no such phrase may be paragraphs of another
    kind the markers happen to open."""
    if len(items) < _FRAME_ITEMS:
        return False
    heads = [re.split(f"[{re.escape(_STOPS)}]", item, maxsplit=1)[0].rstrip() for item in items]
    shared = heads[0]
    for h in heads[1:]:
        k = 0
        while k < min(len(shared), len(h)) and shared[-1 - k] == h[-1 - k]:
            k += 1
        shared = shared[len(shared) - k:]
    shared = BREAK_CLASS.split(shared)[-1]  # the phrase itself, not the break before it
    if len(shared) < _FRAME:
        return False
    return shared not in view.text[:start] and shared not in view.text[stop:]


def _points_ahead(view: PageView, count: Num) -> bool:
    """`抓好以下五项工作。`: a word right before the count points at the paragraphs after it."""
    before = view.text[max(0, count.start - 4):count.start]
    return any(before.endswith(w) for w in cues.words("enumeration", "points_ahead"))


def names_group(m: re.Match, value: float, _end: int) -> bool:
    """A count in words that may announce items: not a quoted term (`坚持“三个有利于”`) and not
    a congress (`十五大`)."""
    if m.group("quote"):
        return False
    return not ((m.group("big") or m.group("cls") == "大") and value > cues.number("enumeration", "max_group"))


def _paragraph_end(text: str, pos: int, _quoted: bool = False) -> int:
    """The `。`/`：` that ends the count's sentence when it also ends the paragraph and the next
    paragraph opens with a first ordinal; else -1."""
    i = pos
    while i < len(text) and text[i] not in _STOPS and text[i] not in _SENTENCE_ENDS:
        i += 1
    if i >= len(text) or text[i] not in _SENTENCE_ENDS:
        return -1
    j = i + 1
    while j < len(text) and text[j] in " \u3000":
        j += 1
    if j >= len(text) or text[j] != "\n":
        return -1
    return i if opens_first(text, announced._skip_blank(text, j)) else -1


def only_count(view: PageView, count: Num, end: int) -> bool:
    """No other count in words in the sentence that ends at `end` (`实施“五大战略”、实现“五个
    新突破”。` leaves the items' count unsure)."""
    sent = view.sentence_index(count.start)
    start = view.sentences[sent].start if sent >= 0 else count.start
    return all(m.start("n") == count.start for m in _COUNT_WORD.finditer(view.text, start, end))
