"""Print the number-dense sentences of a document (for the annotator to read first).

    python bench/gold/tools/dense.py DOC [--min 3]
"""
from __future__ import annotations

import argparse
import re

import docs

NUM = re.compile(r"[0-9０-９][0-9０-９.．,]*[%％‰]?|[〇零一二三四五六七八九十百千万亿]{3,}|[一二三四五六七八九十两]+[个项方面类条]")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("doc")
    ap.add_argument("--min", type=int, default=3)
    a = ap.parse_args()
    for s in re.split(r"(?<=[。；！？\n])", docs.text(a.doc)):
        s = "".join(s.split())
        if len(NUM.findall(s)) >= a.min:
            print("-", s)


if __name__ == "__main__":
    main()
