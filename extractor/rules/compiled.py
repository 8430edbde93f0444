"""The rules' compiled patterns and gates, stored with the package (data/rules.pickle.gz).

Reading and compiling the numeric rules' 55 long patterns, and reading each a second time for its
gates (gate.py), cost about 0.25-0.35 CPU s of every process's start: the largest share of a
batch's serial part. The regex compiler's output (the opcode list that `re` hands to `_sre`) is
stored with the gates, keyed by the pattern's full text, so a process builds each Pattern from it
without parsing. A rule whose pattern text changed is not found and is compiled as before; the
gates depend on gate.py's code too, so a change there needs a rebuild. The store is only read by
the interpreter that wrote it (same version and regex engine). tests/test_rules_compiled.py holds
every stored Pattern equal to a fresh `re.compile` (Pattern equality compares the opcodes), every
stored gate equal to a fresh one, and fails while a rule is missing from the store.

Every rule opens with a lookahead of one class, the characters a match can start with
(`(?=[…])`, base.rule). The regex compiler reads no first character off a lookahead, so its
search tried the whole pattern at every position of a page; each rule's info block is given that
class instead (narrowed to the first characters the rest of the pattern allows, where
word_starts.first_chars can read them), so the engine skips the other positions in its own loop.
The class only skips positions where the lookahead fails: the matches are the same (the tests
hold them equal to `re.compile`'s).

Rebuild after changing a rule, its word lists, gate.py or word_starts.py:
`python -c "from extractor.rules.compiled import main; main()"`.
"""
from __future__ import annotations

import gzip
import pickle
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..regex_store import built, info_with_class, parts, stamp as _stamp

try:  # the regex parser and compiler: re._parser / re._compiler from Python 3.11
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - older Pythons: no store, every pattern compiled
    _compiler = _parser = None  # type: ignore[assignment]

STORE = Path(__file__).resolve().parent.parent / "data" / "rules.pickle.gz"

Gates = tuple  # (character gates, word gates, pair gates) as gate.gates returns them


@lru_cache(maxsize=1)
def _stored() -> dict:
    if _compiler is None:
        return {}
    try:
        stamp, table = pickle.loads(gzip.decompress(STORE.read_bytes()))
    except Exception:  # noqa: BLE001 - no store or an unreadable one: compile as before
        return {}
    return table if stamp == _stamp() else {}


def release() -> None:
    """Drop the store once the rules are built: the Patterns hold copies of their opcodes, and the
    table (3 MB as Python objects) would stay in every process for nothing."""
    _stored.cache_clear()


def compile_rule(source: str) -> tuple[re.Pattern, Gates]:
    """The Pattern of a rule's full pattern text and its gates, from the store where it holds them."""
    hit = _stored().get(source)
    if hit is not None:
        parts, (chars, words, *pairs) = hit  # (a store written before the pair gates holds none)
        return built(source, parts), (tuple(map(frozenset, chars)), words, tuple(pairs[0]) if pairs else ())
    from .gate import gates
    if _compiler is None:
        pattern = re.compile(source)
        return pattern, gates(pattern)
    return built(source, _parts(source)), gates(re.compile(source))


def _first_class(p) -> Optional[set[str]]:
    """The characters a match of parsed pattern p can start with, where p opens with a lookahead
    of one class alone (a rule's `(?=[…])`), narrowed by what the rest of p can start with."""
    from ..word_starts import first_chars
    if p.state.flags & re.IGNORECASE or not p.data:
        return None
    op, av = p.data[0]
    if op is not _parser.ASSERT or av[0] != 1 or len(av[1].data) != 1 or av[1].data[0][0] is not _parser.IN:
        return None
    lead, _ = first_chars(av[1].data)
    rest, empty = first_chars(p.data[1:])
    if lead and rest is not None and not empty:
        lead &= rest
    return lead or None


def _with_first_class(p, code: list) -> list:
    """The compiler's code with its info block given _first_class: the search then skips to
    those characters (see the module's docstring)."""
    return info_with_class(code, _first_class(p))


def _parts(source: str) -> tuple:
    """What _sre.compile is handed for `source` (flags 0), but the text: re._compiler.compile's,
    with the rule's first class in its info block (_with_first_class)."""
    return parts(source, 0, _with_first_class)


def fresh(source: str) -> tuple[tuple, Gates]:
    """A store entry computed without the store."""
    from .gate import gates
    return _parts(source), gates(re.compile(source))


def build() -> dict:
    """The store's table: each rule's parts and gates, a character gate written as its sorted
    characters (a frozenset pickles in an order that changes with the hash seed; a string does not,
    so a rebuild with nothing changed writes the same bytes)."""
    from . import all_rules
    table = {}
    for r in all_rules():
        parts, (chars, words, pairs) = fresh(r.pattern.pattern)
        table[r.pattern.pattern] = parts, (tuple("".join(sorted(g)) for g in chars), words, pairs)
    return table


def main() -> None:
    table = build()
    data = pickle.dumps((_stamp(), table), protocol=pickle.HIGHEST_PROTOCOL)
    STORE.write_bytes(gzip.compress(data, 9, mtime=0))
    print(f"wrote {len(table)} rules to {STORE}")
