"""How the data's place names the names finder reads stand among jieba's words, over all DEV pages (issue 13:
a place read from inside other words, 新建县 of 新建/县域, 金平 of 租金/平均). Each mention is counted by its
shape against the page's cut and by its kind (full, short, renamed, country), on three readings: with the
page's words (an all-types run), the place-only path (scope in a numeric run, names/block_words.py), and
the data's names read with no words at all (what the place-only path read before session 28).

    python bench/lint_place_words.py                     # counts by path, shape and kind
    python bench/lint_place_words.py --show 20 --shape across_end   # 20 examples of one shape

Shapes: whole (a word or words of its own), head (it opens a longer word: 中国 of 中国工商银行), tail (it
ends one: 北京 of 首都北京), inside (strictly inside one word), across_start (a word runs into it from
before and ends inside it: 租金/平均), across_end (a word begins inside it and runs past it: 新建/县域; 淮阴/
市委 is right). A lint, not gold: each shape is read and judged. DEV pages only; TEST pages are never read.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402
from dev_records import dev_pages  # noqa: E402
from audit_inconsistent import SETS  # noqa: E402

sys.path.insert(0, str(corpus.ROOT))
KINDS = ("full", "short", "renamed", "country")


def shape(words, start: int, end: int) -> str:
    """Where a mention's edges fall among the words of the cut."""
    first, last = words.token_at(start), words.token_at(end - 1)
    begins, ends = words.is_boundary(start), words.is_boundary(end)
    if begins and ends:
        return "whole"
    if first is not None and first[0] < start and first[1] > end:
        return "inside"
    if not begins and first is not None and first[1] < end:
        return "across_start"
    if not ends and last is not None and last[0] > start:
        return "across_end"
    return "head" if begins else "tail"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", type=int, default=0, help="examples printed of each path, shape and kind")
    ap.add_argument("--shape", help="only this shape's examples")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    corpus.require()
    from extractor.names import default_segmenter
    from extractor.names.block_words import BlockWords
    from extractor.names.data_places import scan_gazetteer
    from extractor.names.words import Words
    from extractor.page import Page
    segmenter = default_segmenter()
    counts: Counter = Counter()
    examples: dict[tuple, list[str]] = defaultdict(list)
    for doc, raw in dev_pages(SETS):
        text = Page.read(raw, doc).text
        words = Words.of(text, segmenter)
        for path, scan_words in (("page", words), ("place_only", BlockWords(text, segmenter)), ("no_words", None)):
            for m in scan_gazetteer(text, scan_words):
                if m.kind not in KINDS:
                    continue
                key = (path, shape(words, m.start, m.end), m.kind)
                counts[key] += 1
                cut = "/".join(t[2] for t in words.between(m.start - 4, m.end + 4) if t[1] > m.start and t[0] < m.end)
                examples[key].append(f"{m.name} | {cut} | {text[max(0, m.start - 8):m.end + 8]!r} | {doc}")
    rng = random.Random(args.seed)
    for path in ("page", "place_only", "no_words"):
        print(f"== {path}")
        for (p, sh, kind), n in sorted(counts.items(), key=lambda kv: (kv[0][1] == "whole", -kv[1])):
            if p != path:
                continue
            print(f"{sh:13} {kind:8} {n:6,}")
            if args.show and (args.shape is None or args.shape == sh):
                pool = examples[(p, sh, kind)]
                for line in rng.sample(pool, min(args.show, len(pool))):
                    print("    " + line)


if __name__ == "__main__":
    main()
