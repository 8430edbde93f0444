"""List 'A、B、C三大X' style enumerations of a document (candidates for the annotator to read).

    python bench/gold/tools/enum_candidates.py DOC
"""
from __future__ import annotations

import re
import sys

import docs
import numparse

PAT = re.compile(r"((?:[^、，。；：:“”\n]{1,14}、)+[^、，。；：:\n]{1,14}?)(?:等)?([二三四五六七八九十两]+|[2-9])(大|个|项|类|条|种|张|批|支|家|所|场|方面|件|篇|化|区|城)")


def main() -> None:
    doc = sys.argv[1]
    f = docs.flat(doc)
    for m in PAT.finditer(f):
        items = m.group(1).split("、")
        n = numparse.parse(m.group(2))[0]
        mark = "=" if len(items) == n else "?"
        print(f"{mark} {len(items)}/{int(n)} {m.group(0)}")


if __name__ == "__main__":
    main()
