"""Score the audit on the DEV gold (bench/gold/dev/<doc>.audit.jsonl) with the shared scorer.

    python bench/audit_dev.py                 # every DEV document with audit gold
    python bench/audit_dev.py --keep /tmp/dev # keep the pages, gold and findings there

The scorer reads pages from a folder, so the DEV pages are written into a temporary one: the
gov/gwr reports as copies of their files, People's Daily articles rebuilt by bench/corpus.py.
Only DEV documents are read (even-index report files; PD articles of 19980101-19980115).
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

sys.path.insert(0, str(corpus.ROOT))

GOLD = Path(__file__).resolve().parent / "gold" / "dev"
EXTERNAL = corpus.ROOT.parent / "shared" / "corpus" / "external"
SCORER = corpus.ROOT.parent / "shared" / "eval" / "score.py"


def dev_reports() -> dict[str, Path]:
    out = {}
    for folder in ("gov-reports-2026", "gwr-national"):
        for i, p in enumerate(sorted((EXTERNAL / folder).glob("*.txt"))):
            if i % 2 == 0:
                out[p.stem] = p
    return out


def is_dev_article(doc: str) -> bool:
    return doc[:8].isdigit() and "19980101" <= doc[:8] <= "19980115"


def materialize(docs: list[str], pages: Path) -> dict[str, str]:
    """Write each document's page into `pages`; returns doc -> text."""
    reports = dev_reports()
    texts: dict[str, str] = {}
    wanted_pd = {d for d in docs if is_dev_article(d)}
    if wanted_pd:
        for doc, text in corpus.articles():
            if doc in wanted_pd:
                texts[doc] = text
    for d in docs:
        if d in reports:
            texts[d] = reports[d].read_text(encoding="utf-8")
        elif d not in texts:
            sys.exit(f"{d}: not a DEV document")
    for d, t in texts.items():
        (pages / f"{d}.txt").write_text(t, encoding="utf-8")
    return texts


def findings(texts: dict[str, str]) -> list[str]:
    from extractor.audit import audit_page
    from extractor.engine import page_records
    from extractor.page import Page
    from extractor.records import NUMERIC_TYPES, to_json
    rows = []
    for doc, text in texts.items():
        page = Page.read(text, doc)
        rows += [to_json(f) for f in audit_page(page, page_records(page, NUMERIC_TYPES))]
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--keep", type=Path, default=None, help="write pages, gold and findings here")
    ap.add_argument("--json", action="store_true", help="the scorer's whole report as JSON")
    args = ap.parse_args()
    docs = sorted(p.name[: -len(".audit.jsonl")] for p in args.gold.glob("*.audit.jsonl"))
    if not docs:
        sys.exit(f"no audit gold in {args.gold}")
    root = Path(tempfile.mkdtemp(prefix="audit-dev-")) if args.keep is None else args.keep
    pages, gold = root / "pages", root / "gold"
    for d in (pages, gold):
        d.mkdir(parents=True, exist_ok=True)
    try:
        texts = materialize(docs, pages)
        for d in docs:
            shutil.copy(args.gold / f"{d}.audit.jsonl", gold / f"{d}.audit.jsonl")
            (gold / f"{d}.facts.jsonl").write_text("", encoding="utf-8")  # the scorer lists docs by these
        found = root / "findings.jsonl"
        found.write_text("".join(r + "\n" for r in findings(texts)), encoding="utf-8")
        cmd = [sys.executable, str(SCORER), "--gold", str(gold), "--pages", str(pages), "--audit", str(found)]
        if args.json:
            cmd.append("--json")
        out = subprocess.run(cmd, capture_output=True, text=True)
        print(out.stdout + out.stderr, end="")
        if not args.json:
            report = subprocess.run(cmd + ["--json"], capture_output=True, text=True).stdout
            audit = json.loads(report).get("audit", {}) if report.strip().startswith("{") else {}
            for m in audit.get("missed", []):
                print("  missed:", m)
            for w in audit.get("wrong_verdict", []):
                print("  wrong: ", w)
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
