"""Where a clause and a sentence end: the one definition every stage uses.

A clause ends at `，；：` and at the end of a sentence (`。！？`) or paragraph (`\\n`). Some readers
stop at more than that, and say so by adding a named set to BREAKS: a list mark (`、`) or a
bracket (`（）()`) ends a metric's phrase; quotes end an organization's name.

Web pages often type the ASCII forms inside Chinese text (`增长5.6%,比上年`, `高台县;`, `(县)`).
normalize() gives such a mark its full-width form (one character for one, so offsets hold) when it
stands next to Chinese text, so that every stage reads `,` there as `，`. A comma between digits is
a thousands separator (`1,234`, `1,234.5万元`) and a colon between digits a time (`04:00`): they stay.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

SENTENCE_ENDS = "。！？"
INNER_BREAKS = "，；："  # the clause breaks inside a sentence
CLAUSE_ENDS = INNER_BREAKS + SENTENCE_ENDS
BREAKS = CLAUSE_ENDS + "\n"  # a clause break
LIST_MARKS = "、"
BRACKETS = "（）()"
QUOTES = "“”‘’《》"

# the ASCII marks that mean their full-width form inside Chinese text
HALFWIDTH = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"}
HALFWIDTH_MARKS = frozenset(HALFWIDTH)
# the ASCII forms of the clause breaks (`,;:?!`): readers of text that normalize() did not see (a
# window cut from the original) name them with BREAKS
HALFWIDTH_BREAKS = "".join(k for k, v in HALFWIDTH.items() if v in BREAKS)

BREAK_CLASS = re.compile(f"[{re.escape(BREAKS)}]")
SENTENCE_BREAKS = SENTENCE_ENDS + "\n"  # where a sentence or its paragraph ends
SENTENCE_BREAK_CLASS = re.compile(f"[{re.escape(SENTENCE_BREAKS)}]")  # the next one: one forward search


def with_halfwidth(marks: str) -> str:
    """`marks` and the ASCII forms that mean them (`，；` → `，；,;`): for readers of text that normalize()
    did not see."""
    return marks + "".join(k for k, v in HALFWIDTH.items() if v in marks and k not in marks)


# the clause breaks inside a sentence with their ASCII forms (，,；;：:), for readers of raw text
INNER_BREAKS_RAW = with_halfwidth(INNER_BREAKS)


def sentence_start(text: str, at: int, floor: int = 0) -> int:
    """Where the sentence (or paragraph) holding `at` starts, read no further back than `floor`: linear
    in at - floor, where a search over the page written backwards copies the whole page each time."""
    return max([floor] + [text.rfind(c, floor, at) + 1 for c in SENTENCE_BREAKS])


PARAGRAPH_BREAK = "\n"


def paragraph_start(text: str, at: int) -> int:
    """Where the paragraph holding `at` starts."""
    return text.rfind(PARAGRAPH_BREAK, 0, at) + 1


def last_mark(text: str, marks: Iterable[str], lo: int, hi: int) -> int:
    """Where the last of the marks (single characters) stands in text[lo:hi], -1 where none does:
    max(text.rfind(m, lo, hi) for m in marks), which every reader of where its clause or sentence
    begins wrote; that scanned the stretch once a mark and cost 10 microseconds a call with a dozen
    marks (a quarter of a million calls over 800 articles). One search of the stretch read backwards
    finds the nearest. Marks longer than a character are searched for as before."""
    mark_class = _mark_class(marks)
    if mark_class is None or lo < 0 or hi < 0:
        return max(text.rfind(m, lo, hi) for m in marks)
    hi = min(hi, len(text))
    found = mark_class.search(text[lo:hi][::-1])
    return hi - 1 - found.start() if found else -1


@lru_cache(maxsize=None)
def _mark_class(marks: Iterable[str]) -> re.Pattern | None:
    """A class of the marks, compiled once a set of them; None where one is longer than a character."""
    marks = tuple(marks)
    if not marks or any(len(m) != 1 for m in marks):
        return None
    return re.compile(f"[{''.join(re.escape(m) for m in marks)}]")


def _chinese(ch: str) -> bool:
    """A CJK ideograph or a full-width punctuation mark."""
    if not ch:
        return False
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFF0F \
        or 0xFF1A <= o <= 0xFF20 or ch in "“”‘’…—"


def _thousands(after: str) -> bool:
    """`,234` then no further digit: the comma of a grouped number."""
    return len(after) >= 3 and after[:3].isdigit() and not after[3:4].isdigit()


def fullwidth_meaning(mark: str, before: str, after: str) -> str:
    """The character a half-width mark stands for, given the visible character before it and up
    to four visible characters after it: its full-width form inside Chinese text, else itself."""
    if mark not in HALFWIDTH:
        return mark
    prev, nxt = before[-1:], after[:1]
    if prev.isdigit() and nxt.isdigit() and (mark == ":" or (mark == "," and _thousands(after))):
        return mark  # 04:00, 1,234
    if _chinese(prev) or _chinese(nxt):
        return HALFWIDTH[mark]
    # 增长5.6%,比上年 is Chinese on the right; 12%,13% is not
    return mark
