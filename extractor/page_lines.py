"""A page's lines as raw offsets (indented, a blank line before), and whether a line ends a sentence: what the
paragraph rules (paragraph_breaks.py) and the layout read; apart from normalize.py, which joins them."""
from __future__ import annotations

from .clauses import SENTENCE_ENDS

# a line that ends so ends a sentence or a lead-in (`：`), not a column line
_TERMINAL = SENTENCE_ENDS + "!?…；;：:"
_CLOSERS = "”’」』）)》】"


def ends_sentence(line: str) -> bool:
    line = line.rstrip().rstrip(_CLOSERS)
    return bool(line) and line[-1] in _TERMINAL


class Line:
    """One line of a page with text on it, as raw offsets. Its text is read from the page when
    asked for: a copy of each line's text, kept while the page is read, was a second copy of the
    page (slots: no dict for each of a long page's lines)."""

    __slots__ = ("start", "end", "page", "indented", "blank_before")

    def __init__(self, start: int, end: int, page: str, indented: bool, blank_before: bool = False) -> None:
        self.start = start  # raw offset of the first non-space character
        self.end = end  # raw offset after the last non-space character
        self.page = page  # the raw text of the whole page
        self.indented = indented  # the raw line begins with whitespace
        self.blank_before = blank_before  # an empty line stands between this line and the one before

    @property
    def text(self) -> str:
        """The raw text of the line, stripped."""
        return self.page[self.start:self.end]

    def __repr__(self) -> str:
        return f"Line({self.start}, {self.end}, {self.text!r}, {self.indented}, {self.blank_before})"


_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


def split_lines(original: str) -> list[Line]:
    lines = []
    pos = 0
    blank = False
    for chunk in original.split("\n"):
        stripped = chunk.strip()
        if stripped and not stripped.strip(_ZERO_WIDTH):
            # a line of only zero-width spaces (web text, 74.4 / ​ / 万亿元) is neither text nor a blank
            pos += len(chunk) + 1
            continue
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            lines.append(Line(pos + lead, pos + lead + len(stripped), original, lead > 0, blank and bool(lines)))
            blank = False
        else:
            blank = True
        pos += len(chunk) + 1
    return lines
