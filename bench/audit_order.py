"""Missed audit findings whose claim we found in the wrong place: fact order, pairing, assignment.

    python bench/audit_order.py own-blind22,own-blind22h,dev-blind      # counts per cause
    python bench/audit_order.py dev-blind --show                       # each miss, gold against ours
    python bench/audit_order.py own-blind22 --whole-first              # part_of gold read whole-first

For each gold finding ../shared/eval/score.py misses, one of:
    order     a predicted finding holds the gold claim and at least half of its facts, but another
              fact comes first (counted by gold check, our check and the types of the two first facts)
    paired    a predicted finding starts with the claim but holds under half of its facts
    used      it holds enough, but the scorer gave it to another gold finding of the same claim
    none      (with --none) no predicted finding holds the claim at all
and per split the scorer's greedy count (gold in file order) against a maximum matching of gold to
predicted findings under the same rule, which shows whether assignment order loses any.
`--whole-first` reads a gold part_of line whole-first (the fact of largest value, one unit) as
CONTRACT.md asks, to count what gold lines written part-first cost. dev-blind is its fit half;
TEST documents and bench/gold/test are never read.
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
from corpus import in_half  # noqa: E402

sys.path.insert(0, str(generality.ROOT))
sys.path.insert(0, str(generality.SHARED / "eval"))
import score  # noqa: E402  (../shared/eval/score.py: the same spans and overlap rule)


def _texts(split: str) -> tuple[Path, dict[str, str]]:
    if split == "test" or split.startswith("test"):
        sys.exit("TEST gold is never read here")
    folder = HERE / "gold" / split
    docs = sorted(p.name[: -len(".audit.jsonl")] for p in folder.glob("*.audit.jsonl"))
    if split.startswith("own"):
        return folder, {d: (folder / f"{d}.txt").read_text(encoding="utf-8") for d in docs}
    docs = [d for d in docs if (split != "dev-blind" or in_half(d, "fit")) and not "19980116" <= d[:8] <= "19980131"]
    return folder, generality.page_texts(docs)


def _whole_first(folder: Path, doc: str, gold: list[dict]) -> None:
    path = folder / f"{doc}.facts.jsonl"
    if not path.exists():
        return
    facts = {(f["quote"], f.get("occurrence", 1)): f for f in map(json.loads, path.open(encoding="utf-8"))}
    for g in gold:
        fs = [facts.get((f["quote"], f.get("occurrence", 1)), {}) for f in g["facts"]]
        vals = [f.get("value") for f in fs]
        if g["check"] == "part_of" and len(fs) > 1 and len({f.get("unit") for f in fs}) == 1 \
                and all(isinstance(v, (int, float)) for v in vals):
            top = max(range(len(vals)), key=lambda k: vals[k])
            if vals[top] > vals[0]:
                g["facts"].insert(0, g["facts"].pop(top))


def _max_matching(adj: list[list[int]]) -> int:
    owner: dict[int, int] = {}

    def augment(g: int, seen: set) -> bool:
        for p in adj[g]:
            if p not in seen:
                seen.add(p)
                if p not in owner or augment(owner[p], seen):
                    owner[p] = g
                    return True
        return False
    return sum(1 for g in range(len(adj)) if augment(g, set()))


def main(argv: list[str] | None = None) -> int:
    from extractor.audit import audit_page
    from extractor.engine import page_records
    from extractor.page import Page
    from extractor.records import NUMERIC_TYPES, to_json
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("splits", help="comma-separated folders of bench/gold (own-*, dev, dev-blind)")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--whole-first", action="store_true")
    ap.add_argument("--none", action="store_true", help="also count (and with --show print, with the text "
                    "around the claim) misses no predicted finding touches")
    ap.add_argument("--checks", default="", help="comma-separated gold checks to keep (default all)")
    args = ap.parse_args(argv)
    counts: Counter = Counter()
    for split in args.splits.split(","):
        folder, texts = _texts(split)
        greedy = best = 0
        for doc, text in texts.items():
            spans_of = score.Page(text)
            gold = [json.loads(x) for x in (folder / f"{doc}.audit.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
            if args.whole_first:
                _whole_first(folder, doc, gold)
            page = Page.read(text, doc)
            recs = page_records(page, NUMERIC_TYPES)
            kind = {(r["start"], r["end"]): r["type"] for r in recs}
            rows = [json.loads(to_json(f)) for f in audit_page(page, recs)]
            preds = [[(int(f["start"]), int(f["end"])) for f in r.get("facts") or []] for r in rows]
            missed = set(m.split(": ", 1)[1] for m in score.score_audit({doc: spans_of}, gold, rows)["missed"])
            adj = []
            for g in gold:
                spans = [spans_of.span(f["quote"], f.get("occurrence", 1)) for f in g["facts"]]

                def held(q: list) -> int:
                    return sum(1 for s in spans if any(score.overlap(s, x) for x in q))
                adj.append([i for i, q in enumerate(preds) if q and score.overlap(spans[0], q[0]) and 2 * held(q) >= len(spans)])
                if f"{g['check']} " + " / ".join(f["quote"] for f in g["facts"]) not in missed:
                    continue
                if args.checks and g["check"] not in args.checks.split(","):
                    continue
                first = [i for i, q in enumerate(preds) if q and score.overlap(spans[0], q[0])]
                inside = [i for i, q in enumerate(preds) if q and 2 * held(q) >= len(spans)
                          and any(score.overlap(spans[0], x) for x in q[1:])]
                if adj[-1]:
                    cause, shown = ("used",), adj[-1]
                elif inside:
                    i = max(inside, key=lambda k: held(preds[k]))
                    cause = ("order", rows[i]["check"], kind.get(preds[i][0], "?"), "gold first " + next(
                        (t for (a, b), t in kind.items() if a < spans[0][1] and spans[0][0] < b), "?"))
                    shown = [i]
                elif first:
                    cause, shown = ("paired", "/".join(sorted({rows[i]["check"] for i in first}))), first
                elif args.none:
                    cause, shown = ("none",), []
                else:
                    continue
                counts[(split, g["check"]) + cause] += 1
                if args.show:
                    print(f"{cause[0]} {split}/{doc}: gold {g['check']}/{g['verdict']} [{' / '.join(f['quote'] for f in g['facts'])}]")
                    a, b = spans[0]
                    print("    text", text[max(0, a - 60):b + 40].replace("\n", "⏎"))
                    for i in shown:
                        print(f"    ours {rows[i]['check']}/{rows[i]['verdict']} [{' / '.join(f['text'][:20] for f in rows[i]['facts'])}]")
            greedy += len(gold) - len(missed)
            best += _max_matching(adj)
        print(f"{split}: found {greedy} by the scorer's greedy, {best} by a maximum matching")
    for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(n, *key)
    return 0


if __name__ == "__main__":
    sys.exit(main())
