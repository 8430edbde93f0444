"""sum: a total that says how many parts it is made of, its parts listed after it in its sentence.

    两项合计 150 万元，其中省里拨款 80 万元，县里配套 60 万元
    两笔共 90 万元，其中一笔 50 万元，另一笔 40 万元
The words before the total count its parts (`两项`, `两笔`, `二者`) and say they are added up
(`合计`, `共`): the whole is that many parts. Where the list after it names exactly that many
parts of the total's measure, the list is every part, whatever its cue (`其中` otherwise lists
only some), so the parts must add up to the total: the arithmetic, within the precision written,
is the verdict, a shortfall as much an error as an excess.
The count must count the parts themselves: a word of items (`项`, `笔`, `部分`, `者`) or a kind
word (`类`, `种`) that every part repeats (`一类…`, `二类…`). `两类学校共 120 所，其中城区学校 50 所、
乡镇学校 60 所` counts kinds of school, and the split listed may be another (by place): no tie.
A clause after the list that names what is left with no number (`其余由乡镇自筹`) leaves the list
open: no tie. A count that is not the number of parts listed says nothing. Words in
data/counted_parts.toml, numerals from extractor.numerals; looks stay in the total's sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..clauses import BREAK_CLASS, BREAKS, HALFWIDTH_BREAKS
from ..numerals import digit_values, number_value, small_scales
from . import cues
from .model import Num, PageView


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("counted_parts.toml")["counted_parts"]


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    """`两项合计`, `三类学校共`: a count of parts, its word, a short name, a word of adding up, at
    the end of the text before the total."""
    d = _data()
    digits = "".join(ch for ch, v in digit_values().items() if v > 0) \
        + "".join(ch for ch, v in small_scales().items() if v == 10) + "0-9０-９"
    stops = re.escape(BREAKS + HALFWIDTH_BREAKS)
    words = sorted(d["part_words"] + d["kind_words"], key=len, reverse=True)
    return re.compile(rf"(?P<n>[{digits}]+)(?P<w>{'|'.join(map(re.escape, words))})"
                      rf"[^\d{stops}]{{0,{int(d['name_chars'])}}}?"
                      rf"(?:{'|'.join(map(re.escape, d['total_words']))})[^\d{stops}]{{0,{int(d['gap_chars'])}}}$")


def _count(written: str) -> int | None:
    v = number_value(written)
    return int(v) if v is not None and v == int(v) else None


def counted(view: PageView, total: Num, parts: list[Num]) -> str | None:
    """The words that count the total's parts (`两项合计`) where the count is the number of parts
    listed, counts the parts themselves and the list is closed; None otherwise."""
    m = _pattern().search(view.text, view.clause_start(total.start), total.start)
    if m is None or not parts or _count(m.group("n")) != len(parts):
        return None
    word = m.group("w")
    if word in _data()["kind_words"] and not _repeated(view, word, total, parts):
        return None  # `两类学校共`: kinds counted, the split listed may be another
    if _left_open(view, parts[-1]):
        return None
    return m.group(0).rstrip()


def _repeated(view: PageView, word: str, total: Num, parts: list[Num]) -> bool:
    """Whether every part's words, back to the part before it (or its clause), say the kind word."""
    prev = total.end
    for p in parts:
        if word not in view.text[max(prev, view.clause_start(p.start)):p.start]:
            return False
        prev = p.end
    return True


def _left_open(view: PageView, last: Num) -> bool:
    """Whether a clause after the last part, in its sentence, names what is left with no number
    (`其余由乡镇自筹`): the parts listed are then not all of the total."""
    s = view.sentence_index(last.end - 1)
    if s < 0:
        return False
    end = view.sentences[s].end
    rest = view.text[last.end:end]
    words = _data()["rest_words"]
    at = last.end
    for clause in BREAK_CLASS.split(rest):
        if any(w in clause for w in words) and not view.between(at, at + len(clause)):
            return True
        at += len(clause) + 1
    return False
