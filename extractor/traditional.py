"""Traditional characters, one table (data/traditional.txt: each traditional character and the
simplified one it stands for). Older pages are printed in traditional characters: a page holding
any is read in its simplified view throughout (page.py), so word lists and rules are
written once, in simplified characters; metric_script.py reads a text handed to the metric directly
the same way."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import word_list


@lru_cache(maxsize=1)
def to_simplified() -> dict[int, str]:
    """str.translate's table from each traditional character (variants too) to its simplified one."""
    return {ord(pair[0]): pair[1] for pair in word_list("traditional.txt")}


@lru_cache(maxsize=1)
def _traditional() -> re.Pattern:
    """Any character the table maps to another."""
    return re.compile("[" + "".join(re.escape(chr(k)) for k in sorted(to_simplified())) + "]")


def simplified_view(text: str) -> str:
    """The text with its traditional characters in simplified form, the same length; the very
    text object where it holds none (so a caller tells the two cases apart by identity). A page
    in simplified characters (most) is told by one search at C speed: translating it whole, a
    look-up a character, was 1% of a numeric run."""
    if _traditional().search(text) is None:
        return text
    view = text.translate(to_simplified())
    return text if view == text else view
