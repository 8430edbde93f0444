"""Writing output files atomically: a reader never sees a partial file or line. A new file gets
the mode any program's new file gets (0666 less the umask); a file written over keeps its mode."""
from __future__ import annotations

import os
import stat
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Optional, TextIO

_FLAGS = os.O_WRONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)


def _open_tmp(target: Path, tmp: Optional[Path]) -> tuple[int, Path]:
    """A temporary file beside target (or at tmp), created with 0666 so that the umask applies,
    as open() would (tempfile.mkstemp makes every file 0600)."""
    if tmp is not None:
        return os.open(tmp, _FLAGS | os.O_TRUNC, 0o666), tmp
    while True:
        # os.urandom, as secrets.token_hex, without importing secrets (random, hmac) at every run
        path = target.with_name(f".{target.name}.{os.urandom(4).hex()}")
        try:
            return os.open(path, _FLAGS | os.O_EXCL, 0o666), path
        except FileExistsError:
            continue


def _special(target: Path) -> bool:
    """True for an existing target that is not a regular file (/dev/null, a FIFO, a terminal):
    it is written in place; renaming a file over it would replace the device itself."""
    try:
        return not stat.S_ISREG(os.stat(target).st_mode) and not stat.S_ISDIR(os.stat(target).st_mode)
    except OSError:
        return False


@contextmanager
def replacing(target: str | Path, tmp: Optional[Path] = None) -> Iterator[TextIO]:
    """A text file (UTF-8, LF) that replaces target when the block ends without an error, and is
    removed when it raises. tmp: where to write meanwhile (on target's file system), if not a
    new name beside it. A target that is a device or a pipe (`-o /dev/null`) is written
    directly: there is no file to replace."""
    target = Path(target)
    if _special(target):
        with open(target, "w", encoding="utf-8", newline="\n") as f:
            yield f
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, path = _open_tmp(target, tmp)
    try:
        try:
            os.fchmod(fd, stat.S_IMODE(os.stat(target).st_mode))  # a file written over keeps its mode
        except FileNotFoundError:
            pass
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(path, target)
    except BaseException:
        try:
            os.unlink(path)
        except OSError:
            pass
        raise


def write_lines_atomic(path: str | Path, lines: Iterable[str]) -> int:
    """Write lines to path through a temporary file in the same folder, then rename. '-' is stdout."""
    n = 0
    if str(path) == "-":
        for line in lines:
            sys.stdout.write(line + "\n")
            n += 1
        sys.stdout.flush()
        return n
    with replacing(path) as f:
        for line in lines:
            f.write(line + "\n")
            n += 1
    return n
