"""A printed report's page breaks, as a PDF's text keeps them: the page's number at its foot
(— 2 —, - 2 -, 第2页 共9页) and the report's title again at the next page's top (a running head).
The title there opens no new document (layout_heads.document_starts): the report goes on, often in
the middle of a sentence, and what its head said (the year it was given) still holds."""
from __future__ import annotations

import re
from typing import Sequence

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
