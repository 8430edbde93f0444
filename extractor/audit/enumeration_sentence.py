"""enumeration: a count that ends its sentence, its items the sentences after it, each opened by
an ordinal.

    全县统一提出五条基本要求。一是…。二是…。…五是…。      the next sentence, in the count's paragraph,
                                                          opens with the first ordinal word
    明年农村工作要重点做好以下四个方面。⏎（一）…⏎（二）…       the count's sentence ends its paragraph and
                                                          numbered headings open the next ones
    完成全年目标任务，要注意以下三点。⏎第一，…⏎第二，…        a count of points (点) before the ordinals

announced.py reads items after a colon, comma_announced.py after a comma, paragraph_announced.py
ordinal words after a count in words that ends a paragraph. Here the count stands in the last
clause of its sentence, after words of its own clause (a count opening its clause is what a
statement is about: `十方面民生实事圆满完成。` announces nothing), and is the only count in words
of its sentence. The markers are the evidence: at least two, in order. Ordinal words right after
the full stop in the same paragraph number the items as a colon's would, so markers past the
count are inconsistent; headings, or ordinals after a paragraph break, are as sure only after a
sentence that says items follow (`以下`, `如下`: data/cues.toml [enumeration] follow_words), or
where the headings are a chapter's whole plan (heading_runs.py: the run closes at the next chapter),
else a differing count is unverifiable.
"""
from __future__ import annotations

from typing import Callable

from . import announced, cues, heading_runs
from .comma_announced import opens_first
from .lists import ItemList, counts_items
from .model import Draft, Num, PageView
from .paragraph_announced import names_group, only_count

_NOUN = 12  # `条基本要求`, `个方面的重要功能` between a count and the full stop
_FOLLOW_GAP = 3  # `以下`, `如下这` right before the count
_STOPS = "，；：！？\n"
HOW_PARAGRAPHS = "句末数目之后逐段分项列出"


def check(view: PageView, draft: Callable[..., Draft], taken: set[int]) -> list[Draft]:
    """`draft` makes the finding (enumeration.enumeration_draft); `taken` holds the raw starts
    of the counts other rules already read."""
    out = []
    for count, stop in announced.counts_before(view, _full_stop, names_group):
        if count.rec["start"] in taken or not counts_items(count.value, count.text) or view.sentence_index(count.start) < 0:
            continue
        if not view.text[view.clause_start(count.start):count.start].strip(" \u3000“"):
            continue  # the count opens its clause: the subject of a statement
        if not only_count(view, count, stop) and not _announcing(view, count):
            continue
        found, inline = _items(view, stop)
        if found is None or len(found[2]) < 2:
            continue
        start, end, items = found
        lst = ItemList(start, end, items, False, False, start, end)
        sure = inline or cues.contains_any(view.text[view.clause_start(count.start):stop], "enumeration", "follow_words") \
            or heading_runs.closed_run(view, count, stop, end - len(items[-1]), len(items))
        d = draft(view, count, lst, True, announced.HOW_NUMBERED if sure else HOW_PARAGRAPHS)
        d.explanation = d.explanation.replace("冒号", "句号", 1)
        if d.verdict == "inconsistent" and not sure:
            d.verdict = "unverifiable"
            d.explanation = d.explanation.rstrip("。") + "；但数目与各项只以分段相连，无法据此判定有误。"
        out.append(d)
        taken.add(count.rec["start"])
    return out


def _full_stop(text: str, pos: int, _quoted: bool = False) -> int:
    """The `。` that ends the count's clause within a few characters of its noun, or -1."""
    return announced.mark_after(text, pos, "。", _STOPS, _NOUN)


def _items(view: PageView, stop: int) -> tuple[tuple[int, int, list[str]] | None, bool]:
    """The items after the full stop, and whether they number on the count's own (ordinal words
    opening the next sentence of its paragraph): ordinal words or numbered headings."""
    text = view.text
    after = stop + 1
    while after < len(text) and text[after] in " \u3000":
        after += 1
    inline = after < len(text) and text[after] != "\n"
    first = announced._skip_blank(text, after)
    if opens_first(text, first):
        return announced._ordinal_words(view, stop), inline
    # headings may open a new section as well as the count's items (the normalized text joins
    # a heading to the line before it): never sure on their own
    return (announced._headings(view, stop) if _opens_heading(text, first) else None), False


def _opens_heading(text: str, pos: int) -> bool:
    """`（一）` at pos (the brackets of data/cues.toml [enumeration] heading_brackets)."""
    return any(text.startswith(left + "一" + right, pos) and left
               for left, right in cues.word_groups("enumeration", "heading_brackets"))



def _announcing(view: PageView, count: Num) -> bool:
    """`…6个方面重点方向，…努力实现以下8个方面主要目标。`: a count right after a word saying its
    items follow (`以下`, `如下`) is the one the items answer, whatever other counts the
    sentence holds."""
    before = view.text[max(0, count.start - _FOLLOW_GAP):count.start]
    return any(w in before for w in cues.words("enumeration", "follow_words"))
