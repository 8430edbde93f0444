"""A document's JSON lines as a batch moves them: encoded to UTF-8 once, where they were made (a
pool worker), and from there on handed over, appended to the journal and written to the OUT
files as bytes. As lists of str they were pickled by the worker, unpickled by the batch process,
encoded for the journal and encoded again for facts.jsonl: work of the one process that both
workers wait on (0.06 CPU s per 1,000 articles). Lines that came some other way (Dask, the
journal of a resumed run) are encoded where they are written; the bytes are the same."""
from __future__ import annotations

from typing import Iterator, Union


class EncodedRows:
    """JSON lines as UTF-8, each ending in a newline; iterates as str (the cross-document audit
    reads them so), len() is the number of lines."""

    __slots__ = ("data", "count")

    def __init__(self, data: bytes, count: int) -> None:
        self.data, self.count = data, count

    @classmethod
    def of(cls, rows: list[str]) -> "EncodedRows":
        return cls(encoded(rows), len(rows))

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[str]:
        # split on "\n" only: a JSON line may hold U+2028 and the like, which splitlines() cuts at
        return iter(self.data.decode("utf-8").split("\n")[:-1])

    def __reduce__(self):
        return EncodedRows, (self.data, self.count)


Rows = Union[list, EncodedRows]


def encoded(rows: Rows) -> bytes:
    """The lines as written to a JSON Lines file: each followed by a newline; b"" for none."""
    if isinstance(rows, EncodedRows):
        return rows.data
    return ("\n".join(rows) + "\n").encode("utf-8") if rows else b""


def pack(results: list) -> list:
    """Each DocResult's facts and findings encoded (in the worker that made them)."""
    for res in results:
        res.facts, res.findings = EncodedRows.of(res.facts), EncodedRows.of(res.findings)
    return results
