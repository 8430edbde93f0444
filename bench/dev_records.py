"""Every record (all types) over the DEV part of the real text, for lints that look for wrong scope by
volume rather than by gold: a metric that holds a number, a period after the page's own date, a place
abroad on a domestic page.

    python bench/dev_records.py --out /tmp/dev.jsonl            # all DEV pages (about 1.7 M characters)
    python bench/dev_records.py --out /tmp/dev.jsonl --set pd   # People's Daily 19980101-19980115 only

DEV only, by the same test as bench/audit_inconsistent.py --dev: report files at an even 0-based index of
their folder's sorted names and People's Daily articles of 19980101-19980115. TEST pages are never read.
Each line is one record as `extractor extract` writes it (api.iter_rows), in page order.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402
from audit_inconsistent import SETS, dev_only, pages  # noqa: E402

sys.path.insert(0, str(corpus.ROOT))


def dev_pages(which: tuple[str, ...]) -> list[tuple[str, str]]:
    """(doc, text) of the DEV pages of the chosen sets."""
    return dev_only(pages(which))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--set", choices=SETS, action="append", help="gwr, gov or pd (default: all three)")
    args = ap.parse_args()
    corpus.require()
    from extractor.api import iter_rows
    from extractor.fact_types import ALL_TYPES
    docs = dev_pages(tuple(args.set or SETS))
    tmp = args.out.with_name(args.out.name + ".tmp")
    n = 0
    with open(tmp, "w", encoding="utf-8") as f:
        for doc, text in docs:
            for row in iter_rows(text, doc, ALL_TYPES):
                f.write(row + "\n")
                n += 1
    tmp.replace(args.out)
    print(f"wrote {n:,} records of {len(docs):,} DEV pages to {args.out}")


if __name__ == "__main__":
    main()
