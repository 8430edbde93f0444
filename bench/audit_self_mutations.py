"""Volume check of the audit: break every consistent finding it makes over real DEV text.

    python bench/audit_self_mutations.py OUT.jsonl           # all DEV pages (gwr, gov, pd)
    python bench/audit_self_mutations.py OUT.jsonl --summary  # also print the counts by cause

No gold here: each consistent finding the audit makes over a DEV page (part_of, sum, rate, growth,
enumeration, average) is broken the benchmark's way (audit_mutations.dev_mutation: a part above its
whole, a total up, a rate ±5 points, a count one short, ...), the page audited again, and a line
written per mutation: flagged or not, and why not (audit_mutations.why_missed). Compare two runs
(before and after a change) to see what a change does over all DEV text; the findings themselves
may be wrong, so read a sample of those that change. TEST pages are never read (dev_only).
First written by the audit16m helper in /tmp; kept here to be rerun.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import audit_inconsistent as ai  # noqa: E402
import audit_mutations as am  # noqa: E402

CHECKS = ("part_of", "sum", "rate", "growth", "enumeration", "average")


def _gold_like(text: str, finding: dict) -> dict | None:
    """The finding written as a gold line (quotes and their occurrence), None where a fact has no text."""
    facts = []
    for x in finding["facts"]:
        quote = text[x["start"]:x["end"]]
        if not quote.strip():
            return None
        facts.append({"quote": quote, "occurrence": text[:x["start"]].count(quote) + 1})
    return {"check": finding["check"], "facts": facts, "expected": finding["expected"], "verdict": "consistent"}


def run(out_path: Path) -> Counter:
    ai.corpus.require()
    counts: Counter = Counter()
    with out_path.open("w", encoding="utf-8") as out:
        for doc, text in ai.dev_only(ai.pages(ai.SETS)):
            found = am.audit_text(text, doc)
            before = am._flags(found)
            for f in found:
                if f["verdict"] != "consistent" or f["check"] not in CHECKS:
                    continue
                g = _gold_like(text, f)
                m = am.dev_mutation(doc, text, g) if g is not None else None
                if m is None:
                    continue
                after, hit = am.audit_mutated(m, doc, before)
                cause = "" if hit else am.why_missed(text, g, m, found, after)
                counts["flagged" if hit else cause.split(":")[0].split(",")[0]] += 1
                out.write(json.dumps({"doc": doc, "check": f["check"], "kind": m.kind, "what": m.what, "hit": hit,
                                      "cause": cause, "expl": f["explanation"][:160]}, ensure_ascii=False) + "\n")
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--summary", action="store_true")
    args = ap.parse_args()
    counts = run(args.out)
    total = sum(counts.values())
    print(f"{total} mutations of consistent findings over DEV text, flagged {counts['flagged']}")
    if args.summary:
        for cause, k in counts.most_common():
            print(f"  {k:5d}  {cause}")


if __name__ == "__main__":
    main()
