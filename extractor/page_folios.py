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
# a title's words: no clause mark; a year or an issue's number may stand in it (2025年某省统计公报)
_HEAD_TEXT = re.compile(r"^[\u4e00-\u9fff0-9０-９（）()·—\s]{4,40}$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ISSUE_WORDS = table("page_heads.toml")["issue_words"]  # 年, 第, 期
# a gazette's issue beside its title, at either end of the head: 2026年第4期 / 第4期
_ISSUE = re.compile(rf"(?:{_NUMBER}{_ISSUE_WORDS[0]})?{_ISSUE_WORDS[1]}{_NUMBER}{_ISSUE_WORDS[2]}")
_HEAD_ISSUE = re.compile(rf"^(?:{_ISSUE.pattern})|(?:{_ISSUE.pattern})$")
# a page's number in words that no sentence holds (— 2 —, 第2页): a number alone on its line may be a
# figure a column cut out of its sentence (贷款余额 / 1497.35 / 亿元), and is a folio only above a running head
_MARKED_FOLIO = re.compile(rf"^\s*(?:{_DASH}+\s*{_NUMBER}\s*{_DASH}+|{_WORDS[0]}\s*{_NUMBER}\s*{_WORDS[1]}"
                           rf"(?:\s*{_WORDS[2]}\s*{_NUMBER}\s*{_WORDS[1]})?)\s*$")
_TOP_LINES = int(table("page_heads.toml")["running_head_top_lines"])


def head_title(head: str) -> str:
    """A running head's title words, less the issue a gazette prints beside them (某公报 2026年第4期)."""
    return _HEAD_ISSUE.sub("", head, count=1)
_LEAST_BREAKS = 2  # a running head is known by its repeating: under two page numbers or more


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _is_head(head: str) -> bool:
    """Words a running head may be: a title's, with four Chinese characters or more."""
    title = head_title(head)
    return bool(_HEAD_TEXT.match(title)) and len(_CJK.findall(title)) >= 4


def without_page_breaks(lines: list[L]) -> list[L]:
    """The page's lines less its printed page breaks: a page's number (— 2 —) and, under it, the
    running head the page prints again and again (某区人民政府工作报告), or once where it repeats a line of
    the report's top as it stands (its title or its issuer: 2025年某省自然资源公报 / 某省自然资源厅, one on
    each page; not a paper's page head under a masthead line that names its editors too).
    A report's paragraph runs on over a page's foot (全区执业（助理）医 / — 2 — / 某区人民政府工作报告 /
    师1045人), and its sentence is read whole: the line after a break is no new paragraph for the blank
    lines around the break. A page's number in words of a folio (— 2 —, 第2页) leaves the text with no
    head under it too (the last page's foot), but for a title under it, which layout_heads reads."""
    heads: dict[str, int] = {}
    first_folio = next((i for i, x in enumerate(lines) if is_folio(x.text)), len(lines))
    top = {_squeezed(x.text) for x in lines[:min(_TOP_LINES, first_folio)]}
    for i, line in enumerate(lines[:-1]):
        if is_folio(line.text):
            head = _squeezed(lines[i + 1].text)
            if _is_head(head):
                heads[head] = heads.get(head, 0) + 1
    running = {h for h, n in heads.items() if n >= _LEAST_BREAKS or h in top}
    if not running and not any(_MARKED_FOLIO.match(x.text) for x in lines):
        return lines
    out: list[L] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        under = _squeezed(lines[i + 1].text) if i + 1 < len(lines) else ""
        if is_folio(line.text) and under in running:
            i += 2
            cut = True
        elif _MARKED_FOLIO.match(line.text) and out and not _is_head(under):
            # (a folio above a title that is no running head stays: layout_heads reads what stands under it)
            i += 1
            cut = False  # (a folio alone: the page's blank lines and widths tell whether a paragraph ends)
        else:
            out.append(line)
            i += 1
            continue
        if i < len(lines) and cut:
            lines[i].blank_before = False  # (the break's blank lines are the page's, not a paragraph's)
    return out
