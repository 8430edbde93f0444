"""Writing JSON Lines atomically: a reader never sees a partial file or line."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Iterable


def write_lines_atomic(path: str | Path, lines: Iterable[str]) -> int:
    """Write lines to path through a temporary file in the same folder, then rename. '-' is stdout."""
    if str(path) == "-":
        n = 0
        for line in lines:
            sys.stdout.write(line + "\n")
            n += 1
        sys.stdout.flush()
        return n
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    n = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            for line in lines:
                f.write(line + "\n")
                n += 1
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return n
