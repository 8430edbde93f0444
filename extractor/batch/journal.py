"""The batch journal: OUT/.batch/journal, one block per processed document, appended whole.

A block is a JSON header line (the document's row and how many fact and finding lines follow),
then those lines. A run killed at any moment leaves at most one incomplete block at the end;
`open_journal` cuts it off, so a resumed run sees only whole documents. The final OUT files are
assembled from the journal in input order, which is why resumed and uninterrupted runs agree."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Optional

from .rows import encoded
from .work import STATUS_EMPTY, STATUS_OK, STATUS_PARTIAL, DocResult

# Documents a resumed run skips: read and extracted (an audit failure would only recur).
DONE_STATUSES = (STATUS_OK, STATUS_PARTIAL, STATUS_EMPTY)

Key = tuple[str, Optional[str]]

HEADER_FIELDS = ("doc", "sha256", "status", "chars", "seconds", "error")


class Block:
    """One document's block as read back from the journal."""

    __slots__ = ("header", "facts", "findings")

    def __init__(self, header: dict, facts: list[str], findings: list[str]) -> None:
        self.header, self.facts, self.findings = header, facts, findings


def encode(res: DocResult) -> bytes:
    """The document's block: its header line, then its fact and finding lines (rows.encoded)."""
    header = {k: getattr(res, k) for k in HEADER_FIELDS}
    header["facts"], header["findings"] = len(res.facts), len(res.findings)
    head = (json.dumps(header, ensure_ascii=False) + "\n").encode("utf-8")
    return b"".join((head, encoded(res.facts), encoded(res.findings)))


class Journal:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.done: dict[Key, int] = {}  # whole blocks of done documents: (doc, sha256) -> offset
        self.blocks = 0
        self._fd: Optional[int] = None
        self._reader = None

    # -- writing -------------------------------------------------------------------------
    def open_for_append(self, fresh: bool) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (os.O_TRUNC if fresh else 0)
        self._fd = os.open(self.path, flags, 0o644)
        if fresh:
            self.done.clear()
            self.blocks = 0

    def append(self, res: DocResult) -> int:
        """Append a document's block; returns its offset. One block, one write where the OS allows."""
        assert self._fd is not None
        data = encode(res)
        offset = os.lseek(self._fd, 0, os.SEEK_END)
        view = memoryview(data)
        while view:
            n = os.write(self._fd, view)
            view = view[n:]
        self.blocks += 1
        if res.status in DONE_STATUSES:
            self.done[(res.doc, res.sha256)] = offset
        return offset

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    # -- reading -------------------------------------------------------------------------
    def recover(self) -> int:
        """Index the whole blocks of an existing journal and cut off an incomplete last one.

        Returns the number of bytes cut off."""
        self.done.clear()
        self.blocks = 0
        if not self.path.exists():
            return 0
        good_end = 0
        with open(self.path, "rb") as f:
            while True:
                offset = f.tell()
                block = read_block(f)
                if block is None:
                    break
                good_end = f.tell()
                self.blocks += 1
                h = block.header
                if h.get("status") in DONE_STATUSES:
                    self.done[(h["doc"], h["sha256"])] = offset
            size = f.seek(0, os.SEEK_END)
        if size > good_end:
            os.truncate(self.path, good_end)
        return size - good_end

    def read(self, offset: int) -> Block:
        if self._reader is None:
            self._reader = open(self.path, "rb")
        self._reader.seek(offset)
        block = read_block(self._reader)
        if block is None:
            raise RuntimeError(f"{self.path}: no whole block at offset {offset}")
        return block


def read_block(f) -> Optional[Block]:
    line = f.readline()
    if not line.endswith(b"\n"):
        return None
    try:
        header = json.loads(line)
        n_facts, n_findings = int(header["facts"]), int(header["findings"])
    except (ValueError, KeyError, TypeError):
        return None
    rows = []
    for _ in range(n_facts + n_findings):
        row = f.readline()
        if not row.endswith(b"\n"):
            return None
        rows.append(row[:-1].decode("utf-8"))
    return Block(header, rows[:n_facts], rows[n_facts:])
