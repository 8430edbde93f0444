"""Every `inconsistent` finding of the audit over real text, against the reviewed verdicts.

    python bench/audit_inconsistent.py                 # all of gwr-national, gov-reports-2026, pd199801
    python bench/audit_inconsistent.py --set gov --show-all
    python bench/audit_inconsistent.py --dev            # DEV pages only (helpers who never run on TEST)

Each page is audited alone (a gov/gwr report is one page, a People's Daily article is one page).
Every inconsistent finding is looked up in bench/verdicts/audit-inconsistent.tsv (doc, check,
claim as written without whitespace, verdict `real error` or `false alarm`, the reviewer's note):
the script lists the findings no reviewer has judged yet, and counts the unconfirmed flags
(unreviewed or `false alarm`) per 200,000 characters (issue 12: at most 1).
Exit status 1 when a flag is unreviewed or the rate is over 1.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

sys.path.insert(0, str(corpus.ROOT))

EXTERNAL = corpus.ROOT.parent / "shared" / "corpus" / "external"
VERDICTS = Path(__file__).resolve().parent / "verdicts" / "audit-inconsistent.tsv"
SETS = ("gwr", "gov", "pd")
PER_CHARS = 200_000


def pages(which: tuple[str, ...]) -> list[tuple[str, str]]:
    """(doc, text) of the real pages of the chosen sets."""
    out: list[tuple[str, str]] = []
    folders = {"gwr": EXTERNAL / "gwr-national", "gov": EXTERNAL / "gov-reports-2026"}
    for name in which:
        if name == "pd":
            out += corpus.articles()
        else:
            out += [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folders[name].glob("*.txt"))]
    return out


def is_dev(doc: str, names: dict[str, list[str]]) -> bool:
    """A DEV page: a report file at an even 0-based index of its folder's sorted names, or a
    People's Daily article of 19980101-19980115 (the rest is TEST: bench/gold/README.md)."""
    if doc[:8].isdigit():
        return doc[:8] <= "19980115"
    folder = names["gwr" if doc.startswith("gwr-national") else "gov"]
    return doc in folder and folder.index(doc) % 2 == 0


def dev_only(docs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    names = {k: sorted(p.stem for p in (EXTERNAL / sub).glob("*.txt"))
             for k, sub in (("gwr", "gwr-national"), ("gov", "gov-reports-2026"))}
    return [(d, t) for d, t in docs if is_dev(d, names)]


def claim_of(finding) -> str:
    return "".join((finding.facts[0].text or "").split())


def read_verdicts(path: Path = VERDICTS) -> dict[tuple[str, str, str], tuple[str, str]]:
    if not path.exists():
        return {}
    out = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t"):
            if not row or row[0].startswith("#") or row[0] == "doc":
                continue
            doc, check, claim, verdict, note = (row + [""] * 5)[:5]
            out[(doc, check, claim)] = (verdict, note)
    return out


def inconsistent(docs: list[tuple[str, str]]) -> list:
    from extractor.audit import audit_page
    from extractor.engine import page_records
    from extractor.page import Page
    from extractor.records import NUMERIC_TYPES
    out = []
    for doc, text in docs:
        page = Page.read(text, doc)
        out += [f for f in audit_page(page, page_records(page, NUMERIC_TYPES)) if f.verdict == "inconsistent"]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", action="append", choices=SETS, help="only these sets (default: all)")
    ap.add_argument("--show-all", action="store_true", help="list reviewed findings too")
    ap.add_argument("--dev", action="store_true", help="DEV pages only")
    args = ap.parse_args()
    which = tuple(args.set or SETS)
    if "pd" in which:
        corpus.require()
    docs = pages(which)
    if args.dev:
        docs = dev_only(docs)
    chars = sum(len(t) for _, t in docs)
    verdicts = read_verdicts()
    flags = inconsistent(docs)
    unreviewed = real = false = 0
    for f in flags:
        key = (f.doc, f.check, claim_of(f))
        verdict, note = verdicts.get(key, ("", ""))
        if not verdict:
            unreviewed += 1
        elif verdict == "real error":
            real += 1
        else:
            false += 1
        if not verdict or args.show_all:
            print(f"{f.doc}\t{f.check}\t{claim_of(f)}\t{verdict or 'UNREVIEWED'}\t{f.explanation}")
    unconfirmed = unreviewed + false
    rate = unconfirmed / chars * PER_CHARS if chars else 0.0
    print(f"\n{len(docs)} pages, {chars:,} characters: {len(flags)} inconsistent findings; "
          f"{real} real errors, {false} false alarms, {unreviewed} unreviewed; "
          f"{rate:.2f} unconfirmed per {PER_CHARS:,} characters")
    sys.exit(1 if unreviewed or rate > 1 else 0)


if __name__ == "__main__":
    main()
