"""Read a TEST (or DEV) document by its gold id: a file stem of gov-reports-2026 / gwr-national,
or a People's Daily article id (19980116-01-001). Text is read from /work/shared at gold-writing
time only; nothing of it is copied into the product."""
from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2]
EXTERNAL = BENCH.parent.parent / "shared" / "corpus" / "external"
if not EXTERNAL.exists():
    EXTERNAL = Path("/work/shared/corpus/external")
sys.path.insert(0, str(BENCH))


@lru_cache(maxsize=1)
def _pd() -> dict[str, str]:
    import corpus  # bench/corpus.py
    return dict(corpus.articles(EXTERNAL / "pd199801.txt"))


def text(doc: str) -> str:
    if doc.startswith("gwr2026-"):
        return (EXTERNAL / "gov-reports-2026" / f"{doc}.txt").read_text(encoding="utf-8")
    if doc.startswith("gwr-national-"):
        return (EXTERNAL / "gwr-national" / f"{doc}.txt").read_text(encoding="utf-8")
    return _pd()[doc]


def flat(doc: str) -> str:
    """The text with all whitespace removed, the space in which quotes and occurrences count."""
    return "".join(ch for ch in text(doc) if not ch.isspace())


def find(doc: str, quote: str) -> list[int]:
    """Start offsets (in the flat text) of every occurrence of the quote."""
    f, q = flat(doc), "".join(quote.split())
    out, at = [], f.find(q)
    while at >= 0:
        out.append(at)
        at = f.find(q, at + 1)
    return out


def test_split() -> dict[str, list[str]]:
    """The fixed TEST documents: odd 0-based index of the sorted file names; PD 19980116-31."""
    out = {}
    for d in ("gov-reports-2026", "gwr-national"):
        names = sorted(p.stem for p in (EXTERNAL / d).glob("*.txt"))
        out[d] = [n for i, n in enumerate(names) if i % 2 == 1]
    return out


def is_test(doc: str) -> bool:
    if doc[:8].isdigit():
        return "19980116" <= doc[:8] <= "19980131"
    return any(doc in docs for docs in test_split().values())
