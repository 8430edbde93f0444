"""Whether numbered headings after a count are surely its items: a report's section plan.

    二、今年重点工作
    重点做好三个方面工作。            the count's section opens with a chapter heading (`二、`),
    （一）稳住农业生产。…              the headings after it are the level right below (`（一）`),
    （二）扩大城乡消费。…              and their run closes where the next chapter opens (or the
    （三）办好民生实事。…              text ends) with no next marker (`（四）`) anywhere before:
    三、加强政府自身建设              the count announces the section's headings, all of them
    做好三个方面等工作。              `等`: the count may leave items out, never sure

Where the run does not close at a chapter (a heading may have been joined to the line before it,
or the headings go on under another plan), the match of count and headings stays unsure
(enumeration_sentence.py). Every look is bounded: the paragraphs of the count's section only.
"""
from __future__ import annotations

import re

from .model import Num, PageView

# a chapter heading opens its line (`二、` inside a line is as often `一、二产业`)
_CHAPTER = re.compile(r"^[ \u3000]*[一二三四五六七八九十]+、", re.M)
# a numbered heading anywhere: the normalized text may have joined it to the line before
_BRACKETED = re.compile(r"[（(][一二三四五六七八九十]+[）)]")
_SECTION = 6000  # characters a section plan's last item runs over before its chapter closes
_OPEN_BACK = 3000  # characters before the count in which its chapter heading is looked for
_VAGUE = "等"


def closed_run(view: PageView, count: Num, stop: int, last: int, found: int) -> bool:
    """The `found` headings, the last opening at `last`, after the count's sentence (ending at
    `stop`), are all the items of the count's section: see the module's docstring."""
    text = view.text
    if _VAGUE in text[view.clause_start(count.start):stop] or not _opens_chapter(text, count.start):
        return False
    # the run closes at the next chapter (or the text's end), no numbered heading before it
    # but the last item's own
    nxt = _CHAPTER.search(text, last, min(len(text), last + _SECTION))
    if nxt is None and len(text) - last > _SECTION:
        return False
    close = len(text) if nxt is None else nxt.start()
    return found >= 2 and _BRACKETED.search(text, last + 1, close) is None


def _opens_chapter(text: str, at: int) -> bool:
    """The count's section opens with a chapter heading: one at a line's start before `at`, with
    no numbered heading between (the count is the chapter's, not a subsection's)."""
    lo = max(0, at - _OPEN_BACK)
    last = None
    for m in _CHAPTER.finditer(text, lo, at):
        last = m
    return last is not None and _BRACKETED.search(text, last.end(), at) is None
