"""The rules' compiled patterns, kept between runs as jieba keeps its dictionary.

Compiling the rule patterns was a quarter of what a process does before its first page (0.2 s of
CPU): every class of Chinese numerals in them is made into a bitmap again wherever it is written.
A pattern's compiled form (the regex engine's code, and the gates rules/gate.py reads off the
pattern) is stored in the user's cache folder (segment.py's: $EXTRACTOR_CACHE_DIR, else
~/.cache/extractor), in one file per Python build, engine version and copy of the package,
keyed by the pattern's text, and given back to the engine by the next process. A changed pattern is a miss, compiled as before; a file
that cannot be read or written costs only the time; the engine validates every code it is given
(_sre rejects invalid code), and a rejected entry is compiled afresh. Without the engine's
internals (another Python), every pattern is compiled as re.compile does.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import tempfile
from array import array
from pathlib import Path
from typing import Optional

from .gate import parsed_gate_chars

try:  # the regex engine's parts, as re.compile uses them (Python 3.11 to 3.13)
    import _sre
    from re import _compiler, _parser
    _ENGINE = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{_sre.MAXREPEAT}|{_sre.MAXGROUPS}"
    _code = _compiler._code
    # a code is stored as the bytes of an array of code words: a list of ints read back whole
    # was 6 MB at once, and slower to read
    _WORD = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
except (ImportError, AttributeError, StopIteration):  # pragma: no cover
    _ENGINE = ""

Gates = tuple[frozenset, ...]
# pattern text -> (flags, code words as bytes, groups, groupindex, indexgroup, gate characters)
Entry = tuple[int, bytes, int, dict, tuple, list]

_PACKAGE = str(Path(__file__).resolve().parent)  # two copies of the package (two checkouts) keep two files
_loaded: Optional[dict[str, Entry]] = None
_used: dict[str, Entry] = {}
_missed = False


def _folder() -> Path:
    """Where segment.py keeps jieba's dictionary cache: $EXTRACTOR_CACHE_DIR, else ~/.cache/extractor."""
    folder = Path(os.environ.get("EXTRACTOR_CACHE_DIR") or Path.home() / ".cache" / "extractor")
    if not folder.is_absolute():  # no home directory: "~" left as it is, not a folder to write in
        raise OSError(f"no cache folder: {folder}")
    return folder


def _path() -> Path:
    return _folder() / f"rules.{hashlib.sha1(f'{_ENGINE}|{_PACKAGE}'.encode()).hexdigest()[:16]}.marshal"


def _stored() -> dict[str, Entry]:
    global _loaded
    if _loaded is None:
        try:
            stored = _path().read_bytes()
            # the file's digest first: a file cut short or damaged is no store (a damaged code
            # may still be one the engine accepts)
            data = marshal.loads(stored[20:]) if hashlib.sha1(stored[20:]).digest() == stored[:20] else {}
            _loaded = data if isinstance(data, dict) else {}
        except (OSError, ValueError, EOFError, TypeError, RuntimeError):
            _loaded = {}
    return _loaded


def _from_entry(pattern: str, entry: Entry) -> tuple[re.Pattern, Gates]:
    flags, code, groups, groupindex, indexgroup, gates = entry
    compiled = _sre.compile(pattern, flags, array(_WORD, code).tolist(), groups, groupindex, indexgroup)
    return compiled, tuple(frozenset(chars) for chars in gates)


def _entry(pattern: str) -> Entry:
    """What re._compiler.compile makes of a pattern, and its gates, from one parse."""
    parsed = _parser.parse(pattern, 0)
    gates = parsed_gate_chars(parsed)  # before the code is made from the parse
    code = array(_WORD, _code(parsed, 0)).tobytes()
    indexgroup = [None] * parsed.state.groups
    for name, i in parsed.state.groupdict.items():
        indexgroup[i] = name
    return (int(parsed.state.flags), code, parsed.state.groups - 1, dict(parsed.state.groupdict),
            tuple(indexgroup), gates)


def compile_rule(pattern: str) -> tuple[re.Pattern, Gates]:
    """The compiled pattern and its gates, from the stored ones where they are there."""
    global _missed
    if not _ENGINE:  # pragma: no cover
        from .gate import gate
        compiled = re.compile(pattern)
        return compiled, gate(compiled)
    entry = _stored().get(pattern)
    if entry is not None:
        try:
            result = _from_entry(pattern, entry)
            _used[pattern] = entry
            return result
        except (RuntimeError, TypeError, ValueError, OverflowError):
            pass  # not this engine's code: compiled afresh below
    entry = _entry(pattern)
    _used[pattern] = entry
    _missed = True
    return _from_entry(pattern, entry)


def save() -> None:
    """Store the patterns compiled in this process, where any was not stored yet: the file
    holds exactly the patterns of the rules now, written whole under a new name and then
    renamed, so that a process reading it never sees half a file. Never fails. The codes read
    are let go either way: the compiled patterns hold their own copy."""
    global _missed, _loaded, _used
    used, missed = _used, _missed
    _loaded, _used, _missed = None, {}, False
    if not missed or not _ENGINE:
        return
    try:
        folder = _folder()
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".rules.")
        try:
            payload = marshal.dumps(used)
            with os.fdopen(fd, "wb") as f:
                f.write(hashlib.sha1(payload).digest() + payload)
            os.replace(tmp, _path())
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError, RuntimeError):  # RuntimeError: Path.home() without a home
        pass
