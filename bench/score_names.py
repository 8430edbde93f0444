"""Score the names the extractor finds against the hand-made DEV names gold.

    python bench/score_names.py [--gold bench/gold/dev] [--show]

Gold: bench/gold/<split>/<doc>.names.jsonl, one {"doc","type","quote","occurrence"} a line, every
distinct person, place and org of the document. Names are scored as sets of distinct values per
document (as /work/shared/eval/score.py scores them); P/R/F1 per type are summed over documents.
A document is a People's Daily article id (text from bench/corpus.py) or the stem of a file in
gov-reports-2026 or gwr-national.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

EXTERNAL = ROOT.parent / "shared" / "corpus" / "external"
TYPES = ("person", "place", "org")


def read_gold(folder: Path) -> dict[str, dict[str, set]]:
    docs: dict[str, dict[str, set]] = {}
    for path in sorted(folder.glob("*.names.jsonl")):
        doc = path.name[:-len(".names.jsonl")]
        names = docs.setdefault(doc, defaultdict(set))
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                names[row["type"]].add(unicodedata.normalize("NFKC", row["quote"]))
    return docs


def doc_text(doc: str) -> str:
    for sub in ("gov-reports-2026", "gwr-national"):
        path = EXTERNAL / sub / f"{doc}.txt"
        if path.exists():
            return path.read_text(encoding="utf-8")
    import corpus
    for d, text in corpus.articles():
        if d == doc:
            return text
    raise SystemExit(f"no text for document {doc}")


def predict(text: str, ner: bool = False) -> dict[str, set]:
    from extractor.names import default_segmenter, find_names
    from extractor.page import Page
    out: dict[str, set] = defaultdict(set)
    for c in find_names(Page.read(text, "doc"), default_segmenter(), set(TYPES), ner=ner):
        out[c.type].add(unicodedata.normalize("NFKC", "".join(c.value.split())))
    return out


def score(golds: list[dict], preds: list[dict]) -> dict[str, tuple[float, float, float]]:
    """Set P/R/F1 per type summed over documents (names_pd1998's scoring, nothing optional)."""
    from names_pd1998 import score as set_score
    return set_score(golds, preds)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=ROOT / "bench" / "gold" / "dev")
    ap.add_argument("--show", action="store_true", help="print each document's misses and extras")
    ap.add_argument("--ner", action="store_true", help="find_names(ner=True): LAC's names confirmed by the rules")
    args = ap.parse_args(argv)
    gold = read_gold(args.gold)
    if not gold:
        print(f"no *.names.jsonl under {args.gold}")
        return 0
    golds, preds = [], []
    for doc, names in gold.items():
        pred = predict(doc_text(doc), args.ner)
        golds.append(names)
        preds.append(pred)
        if args.show:
            for k in TYPES:
                miss, extra = names[k] - pred[k], pred[k] - names[k]
                if miss or extra:
                    print(f"{doc} {k}: missed {sorted(miss)} extra {sorted(extra)}")
    print(f"{len(gold)} documents, {sum(len(g[k]) for g in golds for k in TYPES)} gold names")
    print("| type | P | R | F1 |\n| --- | --- | --- | --- |")
    for k, (p, r, f) in score(golds, preds).items():
        print(f"| {k} | {p:.3f} | {r:.3f} | {f:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
