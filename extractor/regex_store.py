"""The package's own regular expressions, compiled at build time and stored with it
(data/patterns.pickle.gz), as rules/compiled.py stores the numeric rules.

Every process compiled some 320 patterns before its pages were read, as its modules were
imported and its tables first used: 0.08 CPU s of a numeric run (a class as wide as [一-鿿]
alone costs 2 ms to compile). The store holds what the regex compiler hands to _sre for each
pattern, keyed by its text and flags; `preload` (run as the package is imported) builds the
Patterns from it and puts them in the `re` module's own cache, where re.compile, re.search and
the others look before compiling. A pattern not stored (new, changed, or only met on paths the
build did not run) is compiled as before; a stored one is only ever found by its own full text,
so a stale store is slower, never wrong. The store is read only by the interpreter that wrote
it (same version and regex engine) and only where `re` keeps its cache as Python 3.11 does.
tests/test_regex_store.py holds every stored Pattern equal to a fresh `re.compile`.

A pattern the compiler finds no first character or class for (one that opens with a lookbehind,
a repeat, or a group: `(?<![0-9])[0-9]{4}`, `[0-9]+`, `(?:…、)+…年`) was tried whole at every
position of a page by a search; each stored one's info block is given the class of the characters
its matches can begin with where word_starts.first_chars reads them (lead_class), as the rules'
are (rules/compiled.py), so a search skips the other positions in the engine's own loop. The
matches are the same: every match begins with one of those characters (a pattern that can match
nothing keeps its block); match and fullmatch do not read the class.

Rebuild (after adding or changing patterns; a stale store costs time only):
`python -c "from extractor.regex_store import main; main()"`.
"""
from __future__ import annotations

import gzip
import pickle
import re
import sys
from array import array
from pathlib import Path
from typing import Any, Callable, Optional

STORE = Path(__file__).resolve().parent / "data" / "patterns.pickle.gz"
_MAXCACHE = getattr(re, "_MAXCACHE", 512)  # re's own bound on its cache, as this module found it
_PACKAGE = str(Path(__file__).resolve().parent)


def stamp() -> tuple:
    """The interpreter and regex engine a store is good for (rules/compiled.py's store too)."""
    import _sre
    return (sys.implementation.name, tuple(sys.version_info[:2]), _sre.MAGIC, _sre.CODESIZE)


def _cache() -> dict | None:
    """re's cache of compiled patterns, where it is the dict keyed (type, pattern, flags) of
    Python 3.11; None elsewhere (no preload)."""
    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict) or sys.version_info[:2] != (3, 11):
        return None
    return cache


def preload() -> int:
    """Put the stored Patterns into re's cache; how many. Nothing where the store is missing,
    unreadable or written by another interpreter."""
    cache = _cache()
    if cache is None:
        return 0
    try:
        written, table = pickle.loads(gzip.decompress(STORE.read_bytes()))
    except Exception:  # noqa: BLE001 - no store or an unreadable one: every pattern compiled as before
        return 0
    if written != stamp():
        return 0
    n = 0
    for (source, flags), stored in table.items():
        key = (str, source, flags)
        if key not in cache:
            cache[key] = built(source, stored)
            n += 1
    # re drops its oldest entry for each pattern it compiles while it holds _MAXCACHE (512): the
    # store's Patterns (more than 512) were dropped one by one as a run compiled patterns of its
    # own, and those still used were compiled again (a scope pattern: milliseconds each). The
    # stored ones are not counted against that bound
    if isinstance(getattr(re, "_MAXCACHE", None), int):
        re._MAXCACHE = max(re._MAXCACHE, _MAXCACHE + len(table))
    return n


def _code_type() -> str:
    """The array type of the engine's code words (_sre.CODESIZE bytes each)."""
    import _sre
    return next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)


def built(source: str, stored: tuple) -> re.Pattern:
    """The Pattern of source from what parts() stored for it."""
    import _sre
    final_flags, code, groups, groupindex, indexgroup = stored
    return _sre.compile(source, final_flags, array(_code_type(), code).tolist(), groups, dict(groupindex),
                        indexgroup)


def parts(source: str, flags: int, edit: Callable[[Any, list], list] | None = None) -> tuple:
    """What re._compiler.compile hands to _sre.compile for (source, flags), but the text; edit, where
    given, rewrites the compiler's code from the parsed pattern (rules/compiled.py's first class)."""
    from re import _compiler, _parser
    p = _parser.parse(source, flags)
    code = _compiler._code(p, flags)
    if edit is not None:
        code = edit(p, code)
    indexgroup: list[str | None] = [None] * p.state.groups
    for name, i in p.state.groupdict.items():
        indexgroup[i] = name
    # the code as the bytes of its words: a tuple of ints was most of the time of reading a store
    # (pickle makes an int object of each) and of dropping the rules' store once they are built
    return (flags | p.state.flags, array(_code_type(), code).tobytes(), p.state.groups - 1,
            dict(p.state.groupdict), tuple(indexgroup))


def info_with_class(code: list, chars: Optional[set[str]]) -> list:
    """The compiler's code with its info block (INFO, skip, mask, min, max: one without a first
    character or class) replaced by one holding the class `chars`; the code unchanged where it
    has a first character or class already, can match nothing (min 0), or no class is given."""
    from re import _compiler, _parser
    if not chars or code[:3] != [_compiler.INFO, 4, 0] or code[3] == 0:
        return code
    info = [_compiler.INFO, 0, _compiler.SRE_INFO_CHARSET, code[3], code[4]]
    charset, hascased = _compiler._optimize_charset([(_parser.LITERAL, ord(c)) for c in sorted(chars)])
    if hascased:
        return code
    _compiler._compile_charset(charset, 0, info)
    info[1] = len(info) - 1
    return info + code[5:]  # the code's jumps are relative: it moves whole


def lead_class(p: Any, code: list) -> list:
    """The compiler's code for parsed pattern p, its info block given the characters p's matches
    can begin with (word_starts.first_chars) where the compiler found none (see the module's
    docstring); unchanged where those cannot be read or p may match nothing."""
    from .word_starts import first_chars
    if p.state.flags & re.IGNORECASE:
        return code  # (a class of the characters as written would miss their other case)
    chars, empty = first_chars(p.data)
    return code if empty else info_with_class(code, chars)


def _ours() -> bool:
    """Whether the pattern being compiled was asked for by the package's own code."""
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith(_PACKAGE) and not name.endswith("regex_store.py"):
            return True
        frame = frame.f_back
    return False


def collect() -> dict[tuple[str, int], tuple]:
    """The patterns the package compiles as its modules are imported and as it reads the
    project's sample pages (corpus/pages) with every type and audits them, and with the numeric
    types alone."""
    from re import _compiler
    seen: dict[tuple[str, int], tuple] = {}
    compile_ = _compiler.compile

    def hook(p, flags=0):
        if isinstance(p, str) and (p, flags) not in seen and _ours():
            seen[(p, flags)] = parts(p, flags, lead_class)
        return compile_(p, flags)

    re.purge()
    _compiler.compile = hook
    try:
        _run_sample()
    finally:
        _compiler.compile = compile_
    # in one order whatever the order of first use, so that a rebuild with nothing changed writes
    # the same bytes
    return dict(sorted(seen.items()))


def _run_sample() -> None:
    from .api import process_page
    from .fact_types import NUMERIC_TYPES
    from .page import Page
    pages = sorted((Path(_PACKAGE).parent / "corpus" / "pages").glob("*.txt"))
    for path in pages:
        text = path.read_text(encoding="utf-8")
        process_page(Page.read(text, path.stem), None, audit=True)
        process_page(Page.read(text, path.stem), NUMERIC_TYPES, audit=False)


def main() -> None:
    table = collect()
    data = pickle.dumps((stamp(), table), protocol=pickle.HIGHEST_PROTOCOL)
    STORE.write_bytes(gzip.compress(data, 9, mtime=0))
    print(f"wrote {len(table)} patterns to {STORE}")
