"""Person, place and organization names on People's Daily, January 1998 (PKU-tagged corpus):
extractor against plain jieba.posseg, on the same articles, in one run.

    python bench/names_pd1998.py [--corpus ../shared/corpus/external/pd199801.txt] [--articles 1000]

Raw text and gold name sets are rebuilt as the corpus README says: outermost bracketed compounds
(nt → org, ns → place), lone nr/ns/nt tokens outside brackets, runs of nr joined into one person
(even runs of 4 or more paired as surname + given name). Scores are set precision/recall/F1 per
article, summed over articles (how eval/score.py scores names). The "nested" gold also counts
the names inside brackets (中国 inside 中国共产党), which is how the project's own gold reads.
"""
from __future__ import annotations

import argparse
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT = ROOT.parent / "shared" / "corpus" / "external" / "pd199801.txt"
TYPES = ("person", "place", "org")
TAG_TYPE = {"nr": "person", "ns": "place", "nt": "org"}


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _persons(run: list[str]) -> list[str]:
    if len(run) >= 4 and len(run) % 2 == 0:
        return [run[i] + run[i + 1] for i in range(0, len(run), 2)]
    return ["".join(run)]


def parse_line(tokens: list[str]) -> tuple[str, dict[str, set], dict[str, set]]:
    """The raw text of one paragraph, its flat gold and its nested gold."""
    flat: dict[str, set] = defaultdict(set)
    nested: dict[str, set] = defaultdict(set)
    words, group, group_words, run = [], False, [], []

    def close_run() -> None:
        if not run:
            return
        for p in _persons(run):
            flat["person"].add(p)
            nested["person"].add(p)
        run.clear()

    for tok in tokens:
        opens = tok.startswith("[")
        tok = tok[1:] if opens else tok
        outer = None
        if "]" in tok and not tok.endswith("]"):
            tok, outer = tok.rsplit("]", 1)
        word, _, tag = tok.rpartition("/")
        words.append(word)
        if opens:
            close_run()
            group, group_words = True, []
        if group:
            group_words.append(word)
            if tag in TAG_TYPE:
                nested[TAG_TYPE[tag]].add(word)
            if outer is not None:
                group = False
                if outer in ("nt", "ns"):
                    name = "".join(group_words)
                    kind = "org" if outer == "nt" else "place"
                    flat[kind].add(name)
                    nested[kind].add(name)
            continue
        if tag == "nr":
            run.append(word)
            continue
        close_run()
        if tag in ("ns", "nt"):
            flat[TAG_TYPE[tag]].add(word)
            nested[TAG_TYPE[tag]].add(word)
    close_run()
    return "".join(words), flat, nested


def read_corpus(path: Path, limit: int) -> list[tuple[str, str, dict, dict]]:
    """(article id, raw text, flat gold, nested gold) for the first `limit` articles."""
    articles: dict[str, list] = {}
    order: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if len(fields) < 2:
                continue
            doc = fields[0][:15]
            if doc not in articles:
                if len(order) == limit:
                    break
                articles[doc] = [[], defaultdict(set), defaultdict(set)]
                order.append(doc)
            text, flat, nested = parse_line(fields[1:])
            a = articles[doc]
            a[0].append(text)
            for k in TYPES:
                a[1][k] |= {nfkc(x) for x in flat.get(k, ())}
                a[2][k] |= {nfkc(x) for x in nested.get(k, ())}
    return [(d, "\n".join(articles[d][0]), articles[d][1], articles[d][2]) for d in order]


def run_extractor(text: str, segmenter) -> dict[str, set]:
    from extractor.names import find_names
    from extractor.page import Page
    page = Page.read(text, "pd")
    out: dict[str, set] = defaultdict(set)
    for c in find_names(page, segmenter, set(TYPES)):
        out[c.type].add(nfkc(c.value))
    return out


def run_jieba(text: str, pos) -> dict[str, set]:
    out: dict[str, set] = defaultdict(set)
    for w in pos.cut(text):
        kind = TAG_TYPE.get(w.flag)
        if kind:
            out[kind].add(nfkc(w.word))
    return out


def score(golds: list[dict], preds: list[dict]) -> dict[str, tuple[float, float, float]]:
    result = {}
    for k in TYPES:
        tp = sum(len(g.get(k, set()) & p.get(k, set())) for g, p in zip(golds, preds))
        n_pred = sum(len(p.get(k, set())) for p in preds)
        n_gold = sum(len(g.get(k, set())) for g in golds)
        pr = tp / n_pred if n_pred else 0.0
        rc = tp / n_gold if n_gold else 0.0
        result[k] = (pr, rc, 2 * pr * rc / (pr + rc) if pr + rc else 0.0)
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--misses", type=int, default=0, help="print this many misses and extras per type")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (skipped)")
        return 0
    import jieba
    import jieba.posseg
    from extractor.names import default_segmenter

    docs = read_corpus(args.corpus, args.articles)
    jieba.setLogLevel(60)
    pos = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    seg = default_segmenter()
    t0 = time.time()
    ours = [run_extractor(text, seg) for _, text, _, _ in docs]
    t1 = time.time()
    base = [run_jieba(text, pos) for _, text, _, _ in docs]
    t2 = time.time()
    chars = sum(len(t) for _, t, _, _ in docs)
    print(f"People's Daily 1998-01: {len(docs)} articles, {chars} characters; "
          f"extractor {t1 - t0:.1f} s, jieba.posseg {t2 - t1:.1f} s")
    for label, golds in (("flat gold (outermost names)", [d[2] for d in docs]),
                         ("nested gold (names inside names too)", [d[3] for d in docs])):
        a, b = score(golds, ours), score(golds, base)
        print(f"\n{label}")
        print("| type | extractor P | R | F1 | jieba.posseg P | R | F1 |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        for k in TYPES:
            print(f"| {k} | " + " | ".join(f"{x:.3f}" for x in a[k]) + " | "
                  + " | ".join(f"{x:.3f}" for x in b[k]) + " |")
    if args.misses:
        golds = [d[2] for d in docs]
        for k in TYPES:
            miss = defaultdict(int)
            extra = defaultdict(int)
            for g, p in zip(golds, ours):
                for x in g.get(k, set()) - p.get(k, set()):
                    miss[x] += 1
                for x in p.get(k, set()) - g.get(k, set()):
                    extra[x] += 1
            top = lambda d: ", ".join(f"{x}:{n}" for x, n in sorted(d.items(), key=lambda t: -t[1])[:args.misses])
            print(f"\n{k} missed: {top(miss)}\n{k} extra: {top(extra)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
