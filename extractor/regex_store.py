"""The package's other regular expressions, compiled once at build time (data/patterns.pickle.gz).

Beside the numeric rules (rules/compiled.py), the modules compile about 350 patterns of their own,
at import or on first use: 0.1 CPU s of every process, most of it the regex compiler's charset
optimizer, which walks every character of a CJK range ([\u4e00-\u9fff], 21,000 characters: a
millisecond each time it is written). The compiler's output for each pattern a run over the
package's own sample pages compiles (extract and audit) is stored, keyed by the pattern's full text
and flags, and put into `re`'s own cache of compiled patterns when the package is imported: a
module's `re.compile(text)` then finds it there, the same Pattern it would compile (equal opcodes,
tests/test_regex_store.py). A pattern whose text changed is not found and is compiled as before,
only slower; so is every pattern on an interpreter other than the one that wrote the store, or
one whose `re` keeps no such cache. Nothing else is stored: no rule, no answer.

Rebuild after changing patterns (or their word lists):
`python -m extractor.regex_store`.
"""
from __future__ import annotations

import gzip
import os
import pickle
import re
import sys
from pathlib import Path
from typing import Optional

import _sre

try:  # the regex parser and compiler: re._parser / re._compiler from Python 3.11
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - older Pythons: no store, every pattern compiled
    _compiler = _parser = None  # type: ignore[assignment]

STORE = Path(__file__).resolve().parent / "data" / "patterns.pickle.gz"
# re's cache holds 512 patterns and drops its oldest beyond that: room is left for the patterns
# of the program around the package, and for the pages' own
_MOST = 480

Entry = tuple  # (flags, opcodes, groups, groupindex, indexgroup): what re hands to _sre.compile


def _stamp() -> tuple:
    return (sys.implementation.name, tuple(sys.version_info[:2]), _sre.MAGIC, _sre.CODESIZE)


def _cache() -> Optional[dict]:
    """re's dict of compiled patterns keyed (type, text, flags), where this Python has one."""
    cache = getattr(re, "_cache", None)
    return cache if isinstance(cache, dict) and _compiler is not None else None


def load(path: Path = STORE) -> dict[tuple[str, int], Entry]:
    """The stored entries, {} where there is no store, it cannot be read, or another interpreter
    wrote it."""
    try:
        stamp, table = pickle.loads(gzip.decompress(path.read_bytes()))
    except Exception:  # noqa: BLE001 - no store or an unreadable one: compile as before
        return {}
    return table if stamp == _stamp() and isinstance(table, dict) else {}


def build_pattern(source: str, entry: Entry) -> re.Pattern:
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(source, flags, list(code), groups, dict(groupindex), indexgroup)


def prime(path: Path = STORE) -> int:
    """Put the stored patterns into re's cache (those not there already); how many."""
    cache = _cache()
    if cache is None:
        return 0
    room = max(0, min(_MOST, re._MAXCACHE - len(cache)))
    added = 0
    for (source, flags), entry in load(path).items():
        if added >= room:
            break
        key = (str, source, flags)
        if key not in cache:
            cache[key] = build_pattern(source, entry)
            added += 1
    return added


def entry_of(source: str, flags: int) -> Entry:
    """What re._compiler.compile hands to _sre.compile for the pattern, but its text."""
    p = _parser.parse(source, flags)
    code = _compiler._code(p, flags)
    indexgroup: list[Optional[str]] = [None] * p.state.groups
    for name, i in p.state.groupdict.items():
        indexgroup[i] = name
    return (int(p.state.flags), tuple(int(c) for c in code), p.state.groups - 1, dict(p.state.groupdict),
            tuple(indexgroup))


def compiled_by_a_run(pages: list[Path]) -> list[tuple[str, int]]:
    """The str patterns a process compiles, in order, while the command line extracts all types
    from the pages, then the numeric types, then audits them (called with none of the package's
    modules but this one imported: each module's patterns are compiled in the run)."""
    seen: dict[tuple[str, int], None] = {}
    compile_ = re._compile

    def recording(pattern, flags):
        flags = flags.value if isinstance(flags, re.RegexFlag) else flags
        if isinstance(pattern, str) and (str, pattern, flags) not in re._cache:
            seen.setdefault((pattern, flags), None)
        return compile_(pattern, flags)

    re.purge()
    re._compile = recording
    try:
        from .cli import main
        from .records import NUMERIC_TYPES
        paths = [str(p) for p in pages]
        for args in (["extract", *paths], ["extract", "--types", ",".join(NUMERIC_TYPES), *paths],
                     ["audit", *paths]):
            try:
                main([*args, "-o", os.devnull], standalone_mode=False)
            except SystemExit:
                pass
    finally:
        re._compile = compile_
    return list(seen)


def main() -> None:
    pages = sorted((Path(__file__).resolve().parent.parent / "corpus" / "pages").glob("*.txt"))
    if not pages:
        sys.exit("no sample pages in corpus/pages: run from a checkout")
    keys = compiled_by_a_run(pages)[:_MOST]
    table = {k: entry_of(*k) for k in keys}
    data = pickle.dumps((_stamp(), table), protocol=pickle.HIGHEST_PROTOCOL)
    STORE.write_bytes(gzip.compress(data, 9, mtime=0))
    print(f"wrote {len(table)} patterns to {STORE}")


if __name__ == "__main__":
    main()
