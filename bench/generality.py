"""Scores on real text the rules were not written on: the gold of bench/gold/{dev,test}.

    python bench/generality.py --split test            # audit, metric/place/period, names
    python bench/generality.py --split dev --only audit
    python bench/generality.py --split dev-blind --only audit --half fit   # or held: one half of the documents

The pages are read from ../shared (gov-reports-2026 and gwr-national files by stem, People's
Daily articles by id through bench/corpus.py), written into a temporary folder as <doc>.txt,
extracted and audited in process, and scored: the audit with ../shared/eval/score.py, facts and
names with bench/score_scope.py where it exists. TEST gold is frozen: it was written before the
rules for it and is only run, never read, while rules are changed.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import corpus  # noqa: E402
from corpus import in_half  # noqa: E402

ROOT = corpus.ROOT
SHARED = ROOT.parent / "shared"
EXTERNAL = SHARED / "corpus" / "external"
sys.path.insert(0, str(ROOT))


HALF = "all"  # fit, held or all: which half of the gold documents main() scores (--half)


def gold_docs(folder: Path, kinds: tuple[str, ...]) -> list[str]:
    docs = set()
    for kind in kinds:
        docs |= {p.name[: -len(f".{kind}.jsonl")] for p in folder.glob(f"*.{kind}.jsonl")}
    return sorted(d for d in docs if in_half(d, HALF))


def page_texts(docs: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    pd = [d for d in docs if d[:8].isdigit()]
    if pd:
        wanted = set(pd)
        out.update((d, t) for d, t in corpus.articles() if d in wanted)
    for d in docs:
        for sub in ("gov-reports-2026", "gwr-national"):
            p = EXTERNAL / sub / f"{d}.txt"
            if p.exists():
                out[d] = p.read_text(encoding="utf-8")
    missing = set(docs) - set(out)
    if missing:
        sys.exit(f"no page for: {', '.join(sorted(missing))}")
    return out


def score_audit(folder: Path, texts: dict[str, str], tmp: Path) -> dict:
    from extractor.audit import audit_page
    from extractor.engine import page_records
    from extractor.page import Page
    from extractor.records import NUMERIC_TYPES, to_json
    sys.path.insert(0, str(SHARED / "eval"))
    import score  # ../shared/eval/score.py
    docs = gold_docs(folder, ("audit",))
    gold_dir, pages_dir = tmp / "gold", tmp / "pages"
    gold_dir.mkdir(exist_ok=True)
    pages_dir.mkdir(exist_ok=True)
    rows = []
    for d in docs:
        (pages_dir / f"{d}.txt").write_text(texts[d], encoding="utf-8")
        (gold_dir / f"{d}.audit.jsonl").write_bytes((folder / f"{d}.audit.jsonl").read_bytes())
        (gold_dir / f"{d}.facts.jsonl").write_text("", encoding="utf-8")  # score.py lists documents by these
        page = Page.read(texts[d], d)
        rows += [to_json(f) for f in audit_page(page, page_records(page, NUMERIC_TYPES))]
    pred = tmp / "audit.jsonl"
    pred.write_text("".join(r + "\n" for r in rows), encoding="utf-8")
    report = tmp / "report.json"
    with open(report, "w", encoding="utf-8") as out:
        old, sys.stdout = sys.stdout, out
        try:
            score.main(["--gold", str(gold_dir), "--pages", str(pages_dir), "--audit", str(pred), "--json"])
        finally:
            sys.stdout = old
    result = json.loads(report.read_text(encoding="utf-8"))
    audit = result.get("audit", result)
    audit["inconsistent_predicted"] = sum('"verdict": "inconsistent"' in r for r in rows)
    return audit


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("dev", "dev-blind", "dev-blind24", "dev-blind24p", "dev-blind25", "dev-blind25p", "dev-blind28", "test"), required=True)
    ap.add_argument("--only", choices=("audit", "facts"), default=None)
    ap.add_argument("--json", action="store_true", help="print everything, misses included")
    ap.add_argument("--half", choices=("fit", "held", "all"), default="all",
                    help="only the documents of one half (sha1 of the doc id, first digit 0-7: fit)")
    args = ap.parse_args()
    global HALF
    HALF = args.half
    corpus.require()
    folder = HERE / "gold" / args.split
    kinds = {"audit": ("audit",), "facts": ("facts", "names"), None: ("audit", "facts", "names")}[args.only]
    texts = page_texts(gold_docs(folder, kinds))
    with tempfile.TemporaryDirectory() as tmp:
        if args.only in (None, "audit"):
            audit = score_audit(folder, texts, Path(tmp))
            if args.json:
                print(json.dumps(audit, ensure_ascii=False, indent=1))
            else:
                f = audit["findings"]
                print(f"audit ({args.split}, {len(gold_docs(folder, ('audit',)))} documents): findings recall "
                      f"{f['recall']} precision {f['precision']}; verdict accuracy {audit['verdict_accuracy']}; "
                      f"inconsistencies caught {audit['inconsistencies_caught']}; "
                      f"false alarms {audit['false_alarms']} of {audit['inconsistent_predicted']} flags")
    if args.only in (None, "facts"):
        scope = HERE / "score_scope.py"
        if scope.exists():
            import subprocess
            subprocess.run([sys.executable, str(scope), "--split", args.split] + (["--json"] if args.json else []),
                           check=False)
        else:
            print("facts: bench/score_scope.py not here yet")


if __name__ == "__main__":
    main()
