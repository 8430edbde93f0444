"""Dev-blind mutations not flagged, split by kind, with the held-out half of the documents fixed.

    python bench/mutation_split.py            # counts for the working and held-out documents,
                                              # the working set's missed mutations listed
    python bench/mutation_split.py --split dev-blind24   # the session-24 blind round (reports, written as TEST's)
    python bench/mutation_split.py --held     # the held-out figure only (report it, do not read it
                                              # while fixing: its misses are never printed)
The working set's mutations are also counted by check and mutation kind (total up, part above
whole, rate ±5 points, increase ×1.5, count one short, ...): flagged and each kind of miss.

Kinds of miss (from audit_mutations.why_missed):
    (a) not found      the unmutated claim is found by no finding (recall)
    (b) hedged         found, but the mutated claim comes back unverifiable
    (c) relation gone  the mutated claim is no longer read as the same relation: the check
                       needed the arithmetic to hold before it accepted the relation
    (d) other          still consistent (read as a bound or partial), the claim moves to a
                       finding without the changed number, or flagged already unmutated
Held out: the held half of the dev-blind documents, the same as `bench/generality.py --half held` and
`bench/score_scope.py --half held` (sha1 of the doc id, first hex digit 8-f). Until session 20 it was a third of
its own (first byte 0 mod 3), so the working set's printed misses named documents of that held half.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import audit_mutations  # noqa: E402
from corpus import in_half  # noqa: E402


def held_out(doc: str) -> bool:
    """The held-out half of the dev-blind documents: one partition for every bench tool (corpus.in_half)."""
    return in_half(doc, "held")


def kind(cause: str) -> str:
    if cause.startswith("not found"):
        return "(a) not found"
    if cause.startswith("hedged"):
        return "(b) hedged"
    if cause.startswith("relation gone"):
        return "(c) relation gone"
    return "(d) other"


def split_run(docs: set[str], split: str = "dev-blind") -> tuple[dict, Counter]:
    r = audit_mutations.measure_dev(docs=docs, split=split, why=True)
    kinds = Counter(kind(line.rsplit("  [", 1)[-1].rstrip("]")) for line in r["missed"])
    return r, kinds


def by_check(rows: list[tuple[str, str, str | None]]) -> str:
    """A table of the mutations by check and mutation kind: how many, flagged, and each kind of miss."""
    table: dict[tuple[str, str], Counter] = {}
    for check, how, cause in rows:
        table.setdefault((check, how), Counter())["flagged" if cause is None else kind(cause)[:3]] += 1
    lines = [f"  {'check':<12} {'mutation':<18} {'n':>4} {'flagged':>7} {'(a)':>4} {'(b)':>4} {'(c)':>4} {'(d)':>4}"]
    for (check, how), c in sorted(table.items()):
        lines.append(f"  {check:<12} {how:<18} {sum(c.values()):>4} {c['flagged']:>7} "
                     + " ".join(f"{c[k]:>4}" for k in ("(a)", "(b)", "(c)", "(d)")))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--held", action="store_true", help="the held-out figure only")
    ap.add_argument("--split", default="dev-blind", 
                    choices=("dev-blind", "dev-blind24", "dev-blind24p", "dev-blind25", "dev-blind25p", "dev-blind28"),
                    help="which blind DEV audit gold to mutate (dev-blind24: the session-24 round written as TEST's)")
    args = ap.parse_args(argv)
    all_docs = {doc for doc, _, _ in audit_mutations.dev_pages(split=args.split)}
    held = {d for d in all_docs if held_out(d)}
    parts = [("held-out", held)] if args.held else [("working", all_docs - held), ("held-out", held)]
    for name, docs in parts:
        r, kinds = split_run(docs, args.split)
        print(f"{name}: {len(docs)} documents, mutations {r['mutations']}, flagged {r['flagged']}"
              f" ({100 * (r['rate'] or 0):.1f}%); missed " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
        if name == "working":
            print(by_check(r["rows"]))
            for line in sorted(r["missed"], key=lambda s: kind(s.rsplit("  [", 1)[-1])):
                print(f"  {kind(line.rsplit('  [', 1)[-1])}  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
