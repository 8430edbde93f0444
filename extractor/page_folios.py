"""A printed report's page breaks, as a PDF's text keeps them: the page's number at its foot
(— 2 —, - 2 -, 第2页 共9页) and the report's title again at the next page's top (a running head).
The title there opens no new document (layout_heads.document_starts): the report goes on, often in
the middle of a sentence, and what its head said (the year it was given) still holds."""
from __future__ import annotations

import re
from typing import Protocol, Sequence, TypeVar

from .lexicon import table

_WORDS = table("page_heads.toml")["folio_words"]  # 第, 页, 共
_NUMBER = "[0-9０-９]{1,4}"
_DASH = "[—―–\\-－]"
# — 2 — / - 2 - / 第2页 / 第2页 共9页 / 2 (a number alone on its line)
_FOLIO = re.compile(rf"^\s*(?:{_DASH}+\s*{_NUMBER}\s*{_DASH}+|{_WORDS[0]}\s*{_NUMBER}\s*{_WORDS[1]}"
                    rf"(?:\s*{_WORDS[2]}\s*{_NUMBER}\s*{_WORDS[1]})?|{_NUMBER})\s*$")


def is_folio(line: str) -> bool:
    """Whether a line is a printed page's number (— 2 —, 第2页), nothing else on it."""
    return bool(_FOLIO.match(line))


def running_head(texts: Sequence[str], i: int) -> bool:
    """Whether the line at i, a report's title, is repeated at a printed page's top: a page's
    number stands right above it (blank lines aside)."""
    k = i - 1
    while k >= 0 and not texts[k].strip():
        k -= 1
    return k >= 0 and is_folio(texts[k])


class _Line(Protocol):
    blank_before: bool

    @property
    def text(self) -> str: ...


L = TypeVar("L", bound=_Line)
_HEAD_TEXT = re.compile(r"^[\u4e00-\u9fff（）()·—\s]{4,40}$")  # a title's words: no figure, no clause mark
_ISSUE_WORDS = table("page_heads.toml")["issue_words"]  # 年, 第, 期
# a gazette's issue beside its title, at either end of the head: 2026年第4期 / 第4期
_ISSUE = re.compile(rf"(?:{_NUMBER}{_ISSUE_WORDS[0]})?{_ISSUE_WORDS[1]}{_NUMBER}{_ISSUE_WORDS[2]}")
_HEAD_ISSUE = re.compile(rf"^(?:{_ISSUE.pattern})|(?:{_ISSUE.pattern})$")


def head_title(head: str) -> str:
    """A running head's title words, less the issue a gazette prints beside them (某公报 2026年第4期)."""
    return _HEAD_ISSUE.sub("", head, count=1)
_LEAST_BREAKS = 2  # a running head is known by its repeating: under two page numbers or more


def without_page_breaks(lines: list[L]) -> list[L]:
    """The page's lines less its printed page breaks: a page's number (— 2 —) and, under it, the
    running head the page prints again and again (某区人民政府工作报告). A report's paragraph runs on
    over a page's foot (全区执业（助理）医 / — 2 — / 某区人民政府工作报告 / 师1045人), and its sentence is read
    whole: the line after a break is no new paragraph for the blank lines around the break."""
    heads: dict[str, int] = {}
    for i, line in enumerate(lines[:-1]):
        if is_folio(line.text):
            head = "".join(lines[i + 1].text.split())
            if _HEAD_TEXT.match(head_title(head)):
                heads[head] = heads.get(head, 0) + 1
    running = {h for h, n in heads.items() if n >= _LEAST_BREAKS}
    if not running:
        return lines
    out: list[L] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if is_folio(line.text) and i + 1 < len(lines) and "".join(lines[i + 1].text.split()) in running:
            i += 2
            if i < len(lines):
                lines[i].blank_before = False  # (the break's blank lines are the page's, not a paragraph's)
            continue
        out.append(line)
        i += 1
    return out
