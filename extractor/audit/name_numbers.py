"""A number that is part of a name or a fixed term, not a figure the text tells of something.

    香港国际七人制橄榄球赛       a word after the number makes it a name (`制`, `集团`)
    部署二期建设任务             `二` alone before its classifier: an ordinal (a count says `两`)
    千户企业 … 千户企业 … 千户企业 …   a label its article keeps writing the same way
A check that pairs a figure with its restatement (headlines.py) skips such numbers: the body
writes the same name again, and the two would agree for no reason. (A quoted term, `“三个代表”`,
gives no record to begin with.)
"""
from __future__ import annotations

from functools import lru_cache

from . import cues
from .model import Num, PageView


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("name_numbers.toml")


def in_name(view: PageView, n: Num, label_end: int | None = None) -> bool:
    """The number is part of a name: a name word after it, an ordinal `二`, or (with `label_end`,
    the end of its article) a label written the same way again and again after it."""
    d = _data()
    after = view.text[n.end:n.end + max(len(s) for s in d["name_suffixes"])]
    if any(after.startswith(s) for s in d["name_suffixes"]):
        return True
    if n.type == "count" and len(n.text) == 2 and n.text[0] in d["ordinal_numerals"]:
        return True
    if label_end is not None and n.end < len(view.text):
        term = view.text[n.start:n.end + 1]
        return view.text.count(term, n.end, label_end) >= d["label_repeats"]
    return False
