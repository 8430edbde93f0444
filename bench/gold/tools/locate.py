"""Print every occurrence of a quote in a document's whitespace-free text, with context, so the
annotator picks the right occurrence number.

    python bench/gold/tools/locate.py DOC QUOTE [--width 40]
"""
from __future__ import annotations

import argparse

import docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("doc")
    ap.add_argument("quote")
    ap.add_argument("--width", type=int, default=40)
    a = ap.parse_args()
    f = docs.flat(a.doc)
    q = "".join(a.quote.split())
    for n, at in enumerate(docs.find(a.doc, q), 1):
        left = f[max(0, at - a.width):at]
        right = f[at + len(q):at + len(q) + a.width]
        print(f"{n:3d} @{at}: {left}【{q}】{right}")


if __name__ == "__main__":
    main()
