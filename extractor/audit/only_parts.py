"""part_of: a total said with a total word, then a part of the same measure said as only so much.

    这批设备总共运到 800 台，而通过验收的只有 35 台。
    装修费共计 9000 元，完工后房主仅付给 2000 元。
measure_parts.py reads `仅…就 M` (a part of its noun's total said before it); here the part is said
with a restrictive word right before it (`只有`, `仅`, `才`, data/only_parts.toml), the whole is the
nearest number before it of the same type and unit in its sentence or the one before, said as a
total (`共计`, `已有`, `共有`), and the part's clause is no average, share or compared base. The
restrictive word says the part is a little of what the total counts. Said in one sentence, the total
first (`总共运到 800 台，而…只有 35 台`), the restriction is of that total: a part over it is
inconsistent. In the next sentence the two are paired by their measure and place in the text only: a
part over the total is unverifiable.
"""
from __future__ import annotations

from functools import lru_cache

from . import cues
from .amounts import countable_amount
from .findings import part_of_draft
from .model import Draft, Num, PageView
from .wording import clause_before

_WEAK = "两个数只由“仅、只有”和相同的单位相连，未必说的是同一批事物"


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("only_parts.toml")["only"]


def check(view: PageView) -> list[Draft]:
    out = []
    for part in view.nums:
        if not countable_amount(view, part) or not _restricted(view, part):
            continue
        whole = _total_before(view, part)
        if whole is not None:
            # one sentence that says the total and then only so much (`共计 T，…仅付给 M`) sets M against
            # T itself; a part said in the next sentence may count another batch
            weak = None if part.sentence == whole.sentence else _WEAK
            out.append(part_of_draft(whole, part, f"“{_word(view, part)}”说的是总数 {whole.written} 中的一部分，", weak))
    return out


def _word(view: PageView, n: Num) -> str:
    near = clause_before(view, n.start)[-_data()["reach"]:]
    return next((w for w in _data()["words"] if w in near), "")


def _restricted(view: PageView, n: Num) -> bool:
    """A restrictive word (not `不仅`) in the few characters before n, and no word of an average,
    share or compared base in n's clause."""
    clause = clause_before(view, n.start)
    near = clause[-_data()["reach"]:]
    word = _word(view, n)
    if not word or "不" + word in near:
        return False
    return not any(w in clause for w in _data()["not_parts"])


def _total_before(view: PageView, part: Num) -> Num | None:
    """The nearest number before the part, in its sentence or the one before (its paragraph), of
    its type and unit, said as a total in its own clause."""
    before = [n for k in (part.sentence - 1, part.sentence) for n in view.in_sentence(k)
              if n.end <= part.start and n.paragraph == part.paragraph and n.article == part.article]
    for n in reversed(before):
        if not n.same_measure(part):
            continue
        return n if countable_amount(view, n) and n.value > 0 and _said_total(view, n) else None
    return None


def _said_total(view: PageView, n: Num) -> bool:
    clause = clause_before(view, n.start)
    for w in _data()["totals"]:
        at = clause.find(w)
        while at >= 0:
            if not clause[at + len(w):at + len(w) + 1] in _data()["not_totals"] or len(w) > 1:
                return True
            at = clause.find(w, at + 1)
    return False
