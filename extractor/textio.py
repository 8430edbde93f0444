"""Reading pages: bytes to text, with the encodings Chinese government sites really use."""
from __future__ import annotations

import codecs
import gzip
import os
import stat
from pathlib import Path

# A page larger than this is refused rather than read whole: one article page is ~20 KB.
MAX_PAGE_BYTES = 64 * 1024 * 1024


class InputError(Exception):
    """A page that cannot be read as text; the message names why, in one line."""


# the bytes that are not control characters (tab, line breaks, form feed and the printable
# ones): deleting them from a sample leaves its control bytes, counted at C speed
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32))


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _NOT_CONTROL))
    return controls > max(8, len(sample) // 50)


def decode(data: bytes, name: str = "<input>") -> str:
    """Decode page bytes: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK.

    CRLF and CR become LF. Raises InputError for binary or undecodable data."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
        text = _strict(data, "utf-8", name)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16", name)
    else:
        if _looks_binary(data):
            raise InputError(f"{name}: binary data, not a text page")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            # GB18030 is a superset of GBK and GB2312; it is what Chinese sites mean by "GBK".
            text = _strict(data, "gb18030", name)
    if "\x00" in text:
        raise InputError(f"{name}: NUL characters, not a text page")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: not valid text ({encoding} fails at byte {e.start})") from None


def _check_size(p: Path, st: os.stat_result) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{p}: is a folder, not a page")
    if st.st_size > MAX_PAGE_BYTES:
        raise InputError(f"{p}: {st.st_size} bytes is over the {MAX_PAGE_BYTES} byte page limit")


def read_page(path: str | Path) -> str:
    """Read one page file (.txt or .txt.gz) as text; raises InputError with a one-line reason."""
    p = Path(path)
    try:
        if p.name.endswith(".gz"):
            _check_size(p, p.stat())
            with gzip.open(p, "rb") as f:
                data = f.read(MAX_PAGE_BYTES + 1)
            if len(data) > MAX_PAGE_BYTES:
                raise InputError(f"{p}: unpacks to over the {MAX_PAGE_BYTES} byte page limit")
        else:
            # one open and one fstat: a page of a run of many small files was three calls to the
            # system and pathlib's work around each (a fifth of reading 800 articles)
            with open(p, "rb") as f:
                _check_size(p, os.fstat(f.fileno()))
                data = f.read()
    except IsADirectoryError:
        raise InputError(f"{p}: is a folder, not a page") from None
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except PermissionError:
        if os.path.isdir(p):  # (where opening a folder is refused rather than named one)
            raise InputError(f"{p}: is a folder, not a page") from None
        raise InputError(f"{p}: permission denied") from None
    except (OSError, EOFError) as e:
        raise InputError(f"{p}: cannot be read ({e.__class__.__name__}: {e})") from None
    return decode(data, str(p))


def doc_id(path: str | Path) -> str:
    """The document id: the file name without its extension(s) (.txt, .txt.gz)."""
    name = Path(path).name
    for ext in (".gz", ".txt", ".text"):
        if name.endswith(ext):
            name = name[: -len(ext)]
    return name or "stdin"
