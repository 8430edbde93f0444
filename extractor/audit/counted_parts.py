"""sum: a total that says how many parts it is made of, its parts listed after it in its sentence.

    两项合计 150 万元，其中省里拨款 80 万元，县里配套 60 万元
    三类学校共 120 所，其中小学 80 所、初中 30 所和高中 10 所
The words before the total count its parts (`两项`, `三类`, `二者`) and say they are added up
(`合计`, `共`): the whole is that many parts. Where the list after it names exactly that many
parts of the total's measure, the list is every part, whatever its cue (`其中` otherwise lists
only some), so the parts must add up to the total: the arithmetic, within the precision written,
is the verdict, a shortfall as much an error as an excess. A count that is not the number of
parts listed says nothing. Words in data/counted_parts.toml; a look at the total's own clause.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from .model import Num, PageView


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("counted_parts.toml")["counted_parts"]


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """`两项合计`, `三类学校共`: a count of parts, a short name, a word of adding up, at the
    end of the text before the total."""
    d = _data()
    digits = "".join(d["numerals"]) + "0-9０-９"
    return re.compile(rf"(?P<n>[{digits}]+)(?:{'|'.join(map(re.escape, d['part_words']))})"
                      rf"[^\d，,；;。：:]{{0,{int(d['name_chars'])}}}?"
                      rf"(?:{'|'.join(map(re.escape, d['total_words']))})[^\d，,；;。]{{0,{int(d['gap_chars'])}}}$")


def _count(written: str) -> int | None:
    d = _data()
    if written in d["values"]:
        return int(d["values"][written])
    plain = written.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    return int(plain) if plain.isdigit() else None


def counted(view: PageView, total: Num, parts: list[Num]) -> str | None:
    """The words that count the total's parts (`两项合计`) where the count is the number of parts
    listed; None otherwise."""
    m = _pattern().search(view.text, view.clause_start(total.start), total.start)
    if m is None or _count(m.group("n")) != len(parts):
        return None
    return m.group(0).rstrip()
