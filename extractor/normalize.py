"""Layout-aware normalization of PDF-extracted page text, with a map back to raw offsets.

A page's lines are column lines: words and numbers break across them (`常德\\n\\n市武陵区`,
`16.06\\n\\n亿元`) and justification puts spaces between characters (`截 至 11 月`). The
normalized text joins the lines of a paragraph, drops layout whitespace, maps full-width
digits and signs to ASCII, and keeps one `\\n` between paragraphs. `raw[i]` is the offset in
the original text of normalized character `i`, so any normalized span maps back exactly.
A line is judged against the page's column, the width of its lines cut where the width runs out
(paragraph_breaks.py _page_column): a title block or a heading is short of it, web text's paragraphs are far wider.
"""
from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field

from .clauses import HALFWIDTH_MARKS, fullwidth_meaning
from .page_folios import without_page_breaks
from .page_lines import Line, split_lines
from .page_tables import table_lines
from .paragraph_breaks import MIN_LINES, paragraph_breaks

# Full-width forms that carry the same meaning in ASCII; Chinese punctuation (，。、) stays.
_FULLWIDTH = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}  # ０-９
_FULLWIDTH.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FULLWIDTH.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_FULLWIDTH.update({"％": "%", "．": ".", "＋": "+", "－": "-", "／": "/", "～": "~", "‰": "‰"})

_MIDDLE_DOTS = "·・•"
_MIDDLE_DOT = re.compile(f"[{_MIDDLE_DOTS}]")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
# a time of day after a date (2020-10-11 04:00): the space between them is a real word break
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?!\d)")


def map_char(ch: str) -> str:
    """The normalized form of one character (one-to-one, so offsets stay aligned)."""
    return _FULLWIDTH.get(ch, ch)


@dataclass
class Normalized:
    original: str
    text: str
    raw: Sequence[int]  # array("i")
    # (start, end) in normalized text of each paragraph, and the raw lines it came from
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    paragraph_lines: list[list[Line]] = field(default_factory=list)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span [start, end) to the original text."""
        if end <= start:
            r = self.raw[start] if start < len(self.raw) else len(self.original)
            return r, r
        return self.raw[start], self.raw[end - 1] + 1

    def from_raw(self, raw_start: int) -> int:
        """The first normalized offset at or after a raw offset."""
        import bisect
        return bisect.bisect_left(self.raw, raw_start)


def _next_visible(text: str, k: int) -> str:
    for ch in text[k + 1: k + 4]:
        if not ch.isspace():
            return ch
    return ""


_RUN = re.compile(r"\S+")
# the raw offsets of a run are copied from this array where they fall inside it (a copy of machine
# integers), not counted out of a range one int object at a time (a page's every character)
_OFFSETS = array("i", range(1 << 16))
_OFFSETS_END = len(_OFFSETS)
# the full-width characters replaced by a regex, not str.translate: translate looks every
# character of a Chinese text up in its table, five times the cost where few are full-width
_FULLWIDTH_CHAR = re.compile("[" + "".join(map(re.escape, _FULLWIDTH)) + "]")


def _to_halfwidth(run: str) -> str:
    return _FULLWIDTH_CHAR.sub(lambda m: _FULLWIDTH[m.group()], run)


def _dots_to_points(mapped: str, run_start: int, original: str, prev_char: str) -> str:
    """2·5亿元: a middle dot between digits is a decimal point in some typesetting."""
    chars = list(mapped)
    for m in _MIDDLE_DOT.finditer(mapped):  # the dots only: a run can be a whole paragraph
        j = m.start()
        before = chars[j - 1] if j else prev_char
        if before.isdigit() and map_char(_next_visible(original, run_start + j)).isdigit():
            chars[j] = "."
    return "".join(chars)


_HALFWIDTH_MARK = re.compile(f"[{re.escape(''.join(sorted(HALFWIDTH_MARKS)))}]")
_VISIBLE = re.compile(r"\S")


def _visible_after(original: str, k: int, n: int = 4) -> str:
    """Up to n visible characters after raw offset k (across layout whitespace)."""
    out = []
    for m in _VISIBLE.finditer(original, k + 1, k + 1 + 4 * n):
        out.append(map_char(m.group()))
        if len(out) == n:
            break
    return "".join(out)


def _halfwidth_to_full(mapped: str, run_start: int, original: str, prev_char: str) -> str:
    """`高台县,新增` → `高台县，新增`: an ASCII mark inside Chinese text means its full-width form
    (clauses.fullwidth_meaning); `1,234` keeps its comma."""
    chars = list(mapped)
    for m in _HALFWIDTH_MARK.finditer(mapped):
        j = m.start()
        before = chars[j - 1] if j else prev_char
        chars[j] = fullwidth_meaning(chars[j], before, _visible_after(original, run_start + j))
    return "".join(chars)


def document_breaks(lines: list[Line], starts: Sequence[int]) -> list[bool]:
    """paragraph_breaks of each document of a joined page (starts: the raw offsets where the second
    and later documents begin) read on its own lines: one report set in column lines with blank
    lines between paragraphs keeps them as paragraphs when joined with reports of a line each
    (the blank-line and width statistics are a document's, not the page's)."""
    line_starts = [x.start for x in lines]
    cuts = sorted({bisect.bisect_left(line_starts, s) for s in starts} - {0, len(lines)})
    breaks = paragraph_breaks(lines)  # (the page's, where a document starts a paragraph already)
    for lo, hi in zip([0, *cuts], [*cuts, len(lines)]):
        # a document of a few lines (a frame's leftovers before a speech) shows no conventions
        # of its own: it keeps the page's
        if hi - lo >= MIN_LINES:
            breaks[lo:hi] = paragraph_breaks(lines[lo:hi])
    return breaks


def normalize(original: str, documents: Sequence[int] = ()) -> Normalized:
    """Normalize a page, keeping the offset map and the paragraphs; documents: the raw offsets
    where a joined page's second and later documents begin (document_breaks)."""
    lines = without_page_breaks(split_lines(original))  # (a printed page's number and running head)
    breaks = document_breaks(lines, documents) if documents else paragraph_breaks(lines)
    # a table's lines (caption, header, rows) are each a paragraph, their cells kept apart (page_tables.py)
    tables = table_lines([x.text for x in lines])
    for i, in_table in enumerate(tables):
        if in_table:
            breaks[i] = True
            if i:
                breaks[i - 1] = True
    out: list[str] = []  # runs of characters; raw has one offset per character
    raw = array("i")  # machine integers: a list would hold an int object (36 bytes) a character
    paragraphs: list[tuple[int, int]] = []
    para_lines: list[list[Line]] = []
    current: list[Line] = []
    para_start = 0
    prev_char = ""
    prev_end = 0  # raw offset of the whitespace after the last run
    for line, brk, in_table in zip(lines, breaks, tables):
        current.append(line)
        for m in _RUN.finditer(original, line.start, line.end):
            mapped = _to_halfwidth(m.group())
            if _MIDDLE_DOT.search(mapped):
                mapped = _dots_to_points(mapped, m.start(), original, prev_char)
            if _HALFWIDTH_MARK.search(mapped):
                mapped = _halfwidth_to_full(mapped, m.start(), original, prev_char)
            first = mapped[0]
            # a space between two ASCII words is a real word break ("Windows 10"), keep one
            # (and a space between a table's cells: 滨海新区 9.8 5.4)
            if prev_char and (in_table and m.start() > line.start or _ASCII_WORD.match(prev_char)
                              and _ASCII_WORD.match(first)
                              and (not (prev_char.isdigit() and first.isdigit()) or _CLOCK.match(mapped))):
                out.append(" ")
                raw.append(prev_end)
            out.append(mapped)
            start, end = m.span()
            raw.extend(_OFFSETS[start:end] if end <= _OFFSETS_END else range(start, end))
            prev_char = mapped[-1]
            prev_end = m.end()
        if brk:
            paragraphs.append((para_start, len(raw)))
            para_lines.append(current)
            current = []
            if line.end < len(original):
                out.append("\n")
                raw.append(line.end)
            para_start = len(raw)
            prev_char = ""
    # drop a trailing paragraph separator
    if out and out[-1] == "\n":
        out.pop()
        raw.pop()
    return Normalized(original, "".join(out), raw, paragraphs, para_lines)
