"""part_of: a part that says it is among a whole said before it (`其中` pointing back).

    全省列入计划的重点工程约有九十个，其中……  (`其中` opening parts: sum.py, clause_parts.py)
    全省列入计划的重点工程约有九十个，省里直接组织的二十四个工程就是其中的骨干
        the part's own clause, after its number, says `是其中` (data/cues.toml [part_of] part_back);
        the whole is the nearest number of the part's measure before the part's clause in the
        same sentence.
The word ties the part to that whole; a part above its whole is inconsistent only where nothing
stands between them but the part's clause and the whole's (the clause right before it),
unverifiable where other clauses lie between."""
from __future__ import annotations

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .model import Draft, PageView
from .sum import part_of_draft


def check(view: PageView) -> list[Draft]:
    drafts: list[Draft] = []
    for part in view.nums:
        if part.type not in SUMMABLE_TYPES:
            continue
        start, end = view.clause_start(part.start), view.clause_end(part.end)
        said = cues.contains_any(view.text[part.end:end], "part_of", "part_back")
        if said is None:
            continue
        before = [n for n in view.in_sentence(part.sentence) if n.end <= start and n.same_measure(part)]
        if not before:
            continue
        whole = before[-1]
        near = view.clause_end(whole.end) >= start - 1  # the whole's clause is the one right before
        weak = None if near else "整体与部分之间还隔着别的分句"
        drafts.append(part_of_draft(whole, part, f"说“{said}”的部分", weak))
    return drafts
