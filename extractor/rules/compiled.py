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

Rebuild after changing a rule, its word lists or gate.py:
`python -c "from extractor.rules.compiled import main; main()"`.
"""
from __future__ import annotations

import gzip
import pickle
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Optional

import _sre

try:  # the regex parser and compiler: re._parser / re._compiler from Python 3.11
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - older Pythons: no store, every pattern compiled
    _compiler = _parser = None  # type: ignore[assignment]

STORE = Path(__file__).resolve().parent.parent / "data" / "rules.pickle.gz"

Gates = tuple  # (character gates, word gates) as gate.gates returns them


def _stamp() -> tuple:
    return (sys.implementation.name, tuple(sys.version_info[:2]), _sre.MAGIC, _sre.CODESIZE)


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
        (flags, code, groups, groupindex, indexgroup), found = hit
        return _sre.compile(source, flags, list(code), groups, dict(groupindex), indexgroup), found
    from .gate import gates
    pattern = re.compile(source)
    return pattern, gates(pattern)


def _parts(source: str) -> tuple:
    """What re._compiler.compile hands to _sre.compile for `source` (flags 0), but the text."""
    p = _parser.parse(source, 0)
    code = _compiler._code(p, 0)
    indexgroup: list[Optional[str]] = [None] * p.state.groups
    for name, i in p.state.groupdict.items():
        indexgroup[i] = name
    return (p.state.flags, tuple(int(c) for c in code), p.state.groups - 1, dict(p.state.groupdict), tuple(indexgroup))


def fresh(source: str) -> tuple[tuple, Gates]:
    """A store entry computed without the store."""
    from .gate import gates
    return _parts(source), gates(re.compile(source))


def build() -> dict:
    from . import all_rules
    return {r.pattern.pattern: fresh(r.pattern.pattern) for r in all_rules()}


def main() -> None:
    table = build()
    data = pickle.dumps((_stamp(), table), protocol=pickle.HIGHEST_PROTOCOL)
    STORE.write_bytes(gzip.compress(data, 9, mtime=0))
    print(f"wrote {len(table)} rules to {STORE}")
