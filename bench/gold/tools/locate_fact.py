"""Find where a gold quote sits in a document, and turn an annotator's notes into gold lines.

A gold fact names its span by `quote` (whitespace removed) and `occurrence` (1-based), counted
exactly as /work/shared/eval/score.py counts them: successive `str.find` from one past the last
hit in the document's text with ALL whitespace removed, so overlapping hits and hits inside a
longer number (the `5%` inside `15%`) count too.

    locate_fact.py show DOC QUOTE...        every occurrence of each quote, with context
    locate_fact.py add DOC [OUT]  < notes   numeric facts: one note a line,
                                            type|quote|anchor|metric_hint|place|period
    locate_fact.py names DOC [OUT] < notes  names: one note a line, type|quote

In a note, `anchor` is a stretch of the text (whitespace removed) that holds the quote and is
unique in the document (an empty anchor means the quote itself); the annotator picks it by
reading, and the occurrence is then counted for them. `-` stands for null in place/period/metric.
Lines are appended to OUT (default bench/gold/<split>/DOC.facts.jsonl or DOC.names.jsonl, where <split>
is the document's own half of the team's fixed split: dev or test; a DEV annotator never writes into test/).
"""
from __future__ import annotations

import json
import re
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
EXTERNAL = ROOT.parent / "shared" / "corpus" / "external"
PD_ID = re.compile(r"^\d{8}-\d{2}-\d{3}$")
sys.path.insert(0, str(ROOT))


@lru_cache(maxsize=1)
def _pd_articles() -> dict[str, str]:
    from bench import corpus
    return dict(corpus.articles())


def text_of(doc: str) -> str:
    """The raw text of a document: a PD article id, or a gov-report / national-report file stem."""
    if PD_ID.match(doc):
        arts = _pd_articles()
        if doc not in arts:
            raise KeyError(f"no People's Daily article {doc}")
        return arts[doc]
    for folder in ("gov-reports-2026", "gwr-national"):
        path = EXTERNAL / folder / f"{doc}.txt"
        if path.exists():
            return path.read_text(encoding="utf-8")
    raise KeyError(f"no document {doc}")


def flat(text: str) -> str:
    return "".join(text.split())


def occurrences(flat_text: str, quote: str) -> list[int]:
    """Start offsets of every hit, counted as the scorer counts them."""
    quote = flat(quote)
    out, at = [], -1
    while True:
        at = flat_text.find(quote, at + 1)
        if at == -1:
            return out
        out.append(at)


def occurrence_at(flat_text: str, quote: str, anchor: str) -> int:
    """The occurrence number of `quote` inside the unique stretch `anchor`."""
    anchor = flat(anchor) or flat(quote)
    hits = occurrences(flat_text, anchor)
    if len(hits) != 1:
        raise ValueError(f"anchor {anchor!r} occurs {len(hits)} times")
    inner = anchor.find(flat(quote))
    if inner < 0:
        raise ValueError(f"anchor {anchor!r} does not hold quote {quote!r}")
    start = hits[0] + inner
    return occurrences(flat_text, quote).index(start) + 1


def show(doc: str, quotes: list[str], width: int = 25) -> None:
    ft = flat(text_of(doc))
    for q in quotes:
        hits = occurrences(ft, q)
        print(f"== {q!r}: {len(hits)} occurrence(s)")
        for i, at in enumerate(hits, 1):
            left, right = ft[max(0, at - width):at], ft[at + len(flat(q)):at + len(flat(q)) + width]
            print(f"  {i:3d}  {left}[{flat(q)}]{right}")


def _null(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", "-") else value


def add_facts(doc: str, out: Path) -> int:
    ft = flat(text_of(doc))
    rows = []
    for n, line in enumerate(sys.stdin, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.rstrip("\n").split("|")
        if len(parts) != 6:
            sys.exit(f"note {n}: want 6 fields type|quote|anchor|metric|place|period, got {line!r}")
        kind, quote, anchor, metric, place, period = (p.strip() for p in parts)
        try:
            occ = occurrence_at(ft, quote, anchor)
        except ValueError as err:
            sys.exit(f"note {n}: {err}")
        rows.append({"doc": doc, "type": kind, "quote": flat(quote), "occurrence": occ,
                     "metric_hint": _null(metric), "place": _null(place), "period": _null(period)})
    with open(out, "a", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(rows)


def add_names(doc: str, out: Path) -> int:
    ft = flat(text_of(doc))
    rows = []
    for n, line in enumerate(sys.stdin, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        kind, _, quote = (p.strip() for p in line.partition("|"))
        if not occurrences(ft, quote):
            sys.exit(f"note {n}: name {quote!r} is not in {doc}")
        rows.append({"doc": doc, "type": kind, "quote": flat(quote), "occurrence": 1})
    with open(out, "a", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(rows)


def main(argv: list[str]) -> None:
    if len(argv) < 2 or argv[0] not in ("show", "add", "names"):
        sys.exit(__doc__)
    verb, doc = argv[0], argv[1]
    from check_facts_gold import split_of  # late: that module imports this one

    gold = ROOT / "bench" / "gold" / ("test" if split_of(doc) == "TEST" else "dev")
    try:
        if verb == "show":
            show(doc, argv[2:])
        elif verb == "add":
            out = Path(argv[2]) if len(argv) > 2 else gold / f"{doc}.facts.jsonl"
            print(f"{add_facts(doc, out)} facts added to {out}")
        else:
            out = Path(argv[2]) if len(argv) > 2 else gold / f"{doc}.names.jsonl"
            print(f"{add_names(doc, out)} names added to {out}")
    except KeyError as err:
        sys.exit(str(err))


if __name__ == "__main__":
    main(sys.argv[1:])
