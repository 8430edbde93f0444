"""Agreement of a second annotator with the DEV scope gold, field by field.

    python bench/gold/agreement/compare.py                 # the table
    python bench/gold/agreement/compare.py --list          # and every disagreement
    python bench/gold/agreement/compare.py --json          # all of it as JSON

Reads bench/gold/agreement/second-annotator.jsonl (one line per sampled fact, gold keys) and finds
each fact's line in bench/gold/dev/<doc>.facts.jsonl by (doc, type, quote, occurrence). Equality is
score_scope's own (imported, not copied), so the figures read on the same scale as the extractor's:
  metric  score_scope.metric_right(gold hint, second hint): the second annotator scored as the
          extractor would be; `metric_sym` also counts the other direction (either hint holds the
          other within the rule), since neither annotator is the reference here.
  place   score_scope.place_key equal.
  period  strings equal, null against null too.
A gold line with no metric_hint is left out of the metric count, as score_scope leaves it out.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from score_scope import metric_right, place_key, read_jsonl  # noqa: E402

DEV = ROOT / "bench" / "gold" / "dev"
SECOND = HERE / "second-annotator.jsonl"
FIELDS = ("metric", "metric_sym", "place", "period")


def _key(row: dict) -> tuple:
    return row["doc"], row["type"], "".join(row["quote"].split()), int(row.get("occurrence", 1))


def gold_line(row: dict) -> dict:
    """The DEV gold line of the fact `row` names; exits when there is none."""
    path = DEV / f"{row['doc']}.facts.jsonl"
    hits = [g for g in read_jsonl(path) if _key(g) == _key(row)] if path.exists() else []
    if len(hits) != 1:
        sys.exit(f"{len(hits)} gold lines for {_key(row)}")
    return hits[0]


def agree(gold: dict, second: dict) -> dict[str, bool | None]:
    """Per field: True/False, or None where the gold does not score that field."""
    g_hint, s_hint = gold.get("metric_hint"), second.get("metric_hint")
    out: dict[str, bool | None] = {}
    out["metric"] = metric_right(g_hint, s_hint) if g_hint else None
    out["metric_sym"] = (out["metric"] or bool(s_hint and metric_right(s_hint, g_hint))) if g_hint else None
    out["place"] = place_key(gold.get("place")) == place_key(second.get("place")) if "place" in gold else None
    out["period"] = (gold.get("period") or None) == (second.get("period") or None) if "period" in gold else None
    return out


def source(doc: str) -> str:
    return "PD" if doc[:1].isdigit() else "reports"


def compare(second_path: Path = SECOND) -> dict:
    tally: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    diffs = []
    for row in read_jsonl(second_path):
        gold = gold_line(row)
        result = agree(gold, row)
        for field, ok in result.items():
            if ok is None:
                continue
            for group in ((source(row["doc"]), row["type"]), (source(row["doc"]), "all"), ("all", "all")):
                cell = tally[(field,) + group]
                cell[0] += bool(ok)
                cell[1] += 1
            if not ok and field != "metric_sym":
                diffs.append({"doc": row["doc"], "quote": row["quote"], "occurrence": row["occurrence"],
                              "field": field, "gold": gold.get("metric_hint" if field == "metric" else field),
                              "second": row.get("metric_hint" if field == "metric" else field),
                              "sym_ok": result["metric_sym"] if field == "metric" else None})
    table = {" ".join(k): {"agree": v[0], "n": v[1], "rate": round(v[0] / v[1], 3)} for k, v in sorted(tally.items())}
    return {"table": table, "disagreements": diffs}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true", help="print every disagreement")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    report = compare()
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    for key, cell in report["table"].items():
        print(f"{key:32s} {cell['agree']:4d}/{cell['n']:<4d} {cell['rate']:.3f}")
    if args.list:
        for d in report["disagreements"]:
            sym = " (sym ok)" if d["sym_ok"] else ""
            print(f"{d['field']:7s} {d['doc']} {d['quote']}#{d['occurrence']}: gold {d['gold']} | second {d['second']}{sym}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
