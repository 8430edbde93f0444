"""Why the audit misses the gold findings it misses: one cause per missed finding.

    python bench/audit_causes.py                      # dev-blind, every document
    python bench/audit_causes.py --exclude DOC ...    # leave out a held-out round's documents
    python bench/audit_causes.py --only DOC ... --show

A gold finding is found as ../shared/eval/score.py finds it (a predicted finding whose first fact
overlaps the gold claim and that holds at least half of the gold facts). A missed one gets the
first cause that fits, in this order:
    claim first, too few facts   a finding starts with the claim but holds under half of the facts
                                 (or it answers another gold finding of the same claim)
    claim inside another         the claim is a fact of some finding, never the first
    claim not a record           no numeric record overlaps the claim
    spread over 1,000 chars      the gold facts lie more than 1,000 characters apart
    no finding                   records present, no finding holds the claim
TEST gold is never read here (rule writers do not open bench/gold/test/).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import generality  # noqa: E402
import corpus  # noqa: E402

sys.path.insert(0, str(generality.ROOT))
sys.path.insert(0, str(generality.SHARED / "eval"))
import score  # noqa: E402  (../shared/eval/score.py: the same spans and overlap rule)

WIDE = 1000  # characters between the first and the last gold fact beyond which a relation is "spread"
CAUSES = ("claim first, too few facts", "claim inside another", "claim not a record", "spread over 1,000 chars",
          "no finding")


def _spans(finding: dict) -> list[tuple[int, int]]:
    return [(int(f["start"]), int(f["end"])) for f in finding.get("facts") or []]


def _holds(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> int:
    return sum(1 for s in gold if any(score.overlap(s, q) for q in pred))


def causes(doc: str, text: str, gold: list[dict]) -> list[tuple[dict, str | None]]:
    """Each gold finding of one document with the cause of its miss (None: found)."""
    from extractor.audit import audit_page
    from extractor.engine import page_records
    from extractor.page import Page
    from extractor.records import NUMERIC_TYPES, to_json
    page = Page.read(text, doc)
    records = page_records(page, NUMERIC_TYPES)
    preds = [_spans(json.loads(to_json(f))) for f in audit_page(page, records)]
    spans_of = score.Page(text)
    used: set[int] = set()
    out = []
    for g in gold:
        spans = [spans_of.span(f["quote"], f.get("occurrence", 1)) for f in g["facts"]]
        best = None
        for i, ps in enumerate(preds):
            if i in used or not ps or not score.overlap(spans[0], ps[0]):
                continue
            shared = _holds(spans, ps)
            if shared * 2 >= len(spans) and (best is None or shared > best[0]):
                best = (shared, i)
        if best is not None:
            used.add(best[1])
            out.append((g, None))
            continue
        claim = spans[0]
        if any(ps and score.overlap(claim, ps[0]) for ps in preds):
            cause = CAUSES[0]
        elif any(score.overlap(claim, q) for ps in preds for q in ps[1:]):
            cause = CAUSES[1]
        elif not any(score.overlap(claim, (int(r["start"]), int(r["end"]))) for r in records):
            cause = CAUSES[2]
        elif max(e for _, e in spans) - min(s for s, _ in spans) > WIDE:
            cause = CAUSES[3]
        else:
            cause = CAUSES[4]
        out.append((g, cause))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev-blind",
                    choices=("dev-blind", "dev-blind24", "dev-blind24p", "dev-blind25", "dev-blind28", "dev"))
    ap.add_argument("--half", choices=("fit", "held"), default=None,
                    help="one half of the documents (bench/corpus.in_half); a held half gives figures only")
    ap.add_argument("--by-check", action="store_true", help="causes counted by the gold check too")
    ap.add_argument("--only", nargs="*", default=None, metavar="DOC", help="these documents only")
    ap.add_argument("--exclude", nargs="*", default=(), metavar="DOC", help="leave these documents out")
    ap.add_argument("--show", action="store_true", help="print each miss with its cause")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    if a.show and a.half != "fit" and a.split != "dev":
        ap.error("--show lists misses of readable documents only: give --half fit")
    folder = HERE / "gold" / a.split
    generality.HALF = a.half or "all"
    docs = [d for d in generality.gold_docs(folder, ("audit",))
            if d not in set(a.exclude) and (a.only is None or d in set(a.only))]
    texts = generality.page_texts(docs)
    counts: Counter = Counter()
    misses = []
    found = total = 0
    for d in docs:
        gold = [json.loads(line) for line in (folder / f"{d}.audit.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()]
        for g, cause in causes(d, texts[d], gold):
            total += 1
            if cause is None:
                found += 1
                continue
            counts[cause] += 1
            misses.append({"doc": d, "check": g["check"], "cause": cause, "facts": [f["quote"] for f in g["facts"]]})
    report = {"documents": len(docs), "gold": total, "found": found, "causes": dict(counts.most_common())}
    # misses are listed only for readable documents: never the held half's, never dev-blind25's judge documents
    readable = [m for m in misses if m["doc"] not in corpus.JUDGE or a.split != "dev-blind25"]
    if a.json:
        shown = readable if a.half == "fit" or a.split == "dev" else []
        print(json.dumps(dict(report, misses=shown), ensure_ascii=False, indent=1))
        return 0
    print(f"{a.split}: {found} of {total} gold findings found over {len(docs)} documents")
    for cause in CAUSES:
        print(f"  {cause:28} {counts.get(cause, 0)}")
    if a.by_check:
        by = Counter((m["check"], m["cause"]) for m in misses)
        for (check, cause), n in sorted(by.items()):
            print(f"    {check:12} {cause:28} {n}")
    if a.show:
        for m in readable:
            print(f"{m['cause']:28} {m['doc']}: {m['check']} " + " / ".join(q[:24] for q in m["facts"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
