"""The numeric rules, one module per dimension (as fact_types.py names them), the resolver that
picks among their matches (resolve.py) and the filters that drop what is no fact (non_facts.py).

Every rule runs over the normalized text (never over jieba tokens, which split `23.4%`).
Overlapping candidates are resolved longest first, then by rule priority; then the filters
of data/non_facts.toml drop numbers inside names, titles and idioms.
"""
from __future__ import annotations

from importlib import import_module
from typing import Iterable

from ..candidate import Candidate
from ..fact_types import TYPES
from .base import Context, Rule
from .compiled import release
from .non_facts import blocked_spans, exchange_rates, keep
from .gate import Paragraphs
from .page_gates import GateIndex
from .resolve import resolve

# each numeric type's rules module, as fact_types names it
MODULES = {t.name: import_module(f"..{t.rules}", __name__) for t in TYPES if t.numeric}
# (a table's cells: a number of any numeric type, its unit written in the table's header or caption)
from . import table_cells  # noqa: E402
release()  # the stored patterns are all read
DIMENSIONS: tuple[str, ...] = tuple(MODULES)


def all_rules() -> list[Rule]:
    return [r for mod in MODULES.values() for r in mod.RULES] + table_cells.RULES


_RULES = tuple(all_rules())  # (find's: a page asks for each of them)
_GATES = GateIndex(_RULES)


def find(text: str, types: Iterable[str] | None = None) -> list[Candidate]:
    """All numeric candidates of the given types in normalized text, in text order, not overlapping."""
    wanted = set(types) if types is not None else set(DIMENSIONS)
    ctx = Context(text)
    found: list[tuple[Candidate, int]] = []
    # every dimension competes for a span even when it was not asked for, so that 45个工作日
    # is never reported as the count 45个 when only counts are wanted
    # only the runs of paragraphs that hold a character of each gate of the rule, and a word of
    # each of its sets of words (page_gates.py: the gates' characters read in one pass)
    for r, runs in _GATES.scans(text, Paragraphs(text)):
        build, priority, finditer = r.build, r.priority, r.pattern.finditer
        for start, end, stop in runs:
            for m in finditer(text, start, stop):
                if m.start() > end:
                    break  # inside the next paragraph, which the gates kept out
                c = build(m, ctx, r)
                if c is not None and c.end > c.start:
                    found.append((c, priority))
    taken = resolve(found, len(text))
    blocked = blocked_spans(text) if taken else []  # (a page without a number needs no filter)
    taken = [c for c in taken if keep(c, text, blocked)]
    taken.sort(key=lambda c: (c.start, c.end))
    rates = exchange_rates(taken, text)  # (both sides asked for or not: 卢布 alone is still one side)
    taken = [c for i, c in enumerate(taken) if i not in rates and c.type in wanted]
    return taken
