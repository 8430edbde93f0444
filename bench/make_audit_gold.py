"""Write DEV audit gold (bench/gold/dev/<doc>.audit.jsonl) from hand-written rows, computing
`expected` and `observed` from the quoted values (never typed by hand).

    python bench/make_audit_gold.py                      # bench/verdicts/audit-dev-spec.tsv -> bench/gold/dev/

Each row of the spec (tab-separated): doc, check, verdict, the facts as `quote#occurrence`
joined by ` | ` (the claim first; occurrence counted in the text with all whitespace removed),
and the explanation. For an enumeration the second "fact" is the list's quote and the row
ends with a sixth column: the number of items. Values are read by the extractor from the quote
alone (`3943万` -> 39430000, `百分之六十八` -> 68), so a quote must be a whole number with its
unit. What each check computes:

    sum          expected = the parts added,          observed = the total (first fact)
    part_of      expected = [0, whole],               observed = the part
    rate         expected = num ÷ den × 100 (or × 1 for a per-unit figure: `rate` rows whose claim
                 is no percentage: claim = total ÷ count), observed = the rate
    growth       expected = (new − base) ÷ base × 100 (个百分点: new − base; with `+` before the
                 base's quote the base is an increment: base ÷ (new − base) × 100),
                 observed = the change; unverifiable rows: expected null
    enumeration  expected = the number of items,      observed = the count
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BENCH = Path(__file__).resolve().parent
SPEC = BENCH / "verdicts" / "audit-dev-spec.tsv"
OUT = BENCH / "gold" / "dev"


def value_of(quote: str) -> float:
    """The value the extractor reads in a quote standing alone; a structure `a∶b∶c` stands for
    the whole its shares make up, 100."""
    if re.search(r"\d[:：∶]\d", quote):
        return 100.0
    from extractor.api import extract_text
    recs = [r for r in extract_text(quote, "gold", ("money", "count", "percent", "quantity", "duration"))]
    recs = [r for r in recs if isinstance(getattr(r, "value", None), (int, float))]
    if not recs:
        # a bare amount (`3943万`) or a ratio (`1.5倍`): the number as written
        from extractor.numerals import number_value
        v = None
        for cut in range(len(quote), 0, -1):  # the number without its unit (`二千五百六十亿度`)
            v = number_value(quote[:cut].rstrip("倍"))
            if v is not None:
                break
        if v is None:
            raise ValueError(f"no value in {quote!r}")
        return float(v)
    best = max(recs, key=lambda r: r.end - r.start)
    return float(best.value)


def _num(x: float | None):
    if x is None:
        return None
    return int(round(x)) if abs(x - round(x)) < 1e-6 else round(x, 4)


def compute(check: str, verdict: str, quotes: list[str], items: int | None) -> tuple[object, object]:
    increment = len(quotes) > 2 and quotes[2].startswith("+")
    quotes = [q.lstrip("+") for q in quotes]
    if check == "enumeration":
        return items, _num(value_of(quotes[0]))
    vals = [value_of(q) for q in quotes]
    if check == "sum":
        return _num(sum(vals[1:])), _num(vals[0])
    if check == "part_of":
        return [0, _num(vals[0])], _num(vals[1])
    if check == "rate":
        if len(vals) < 3 or verdict == "unverifiable" and len(vals) < 3:
            return None, _num(vals[0])
        if "%" in quotes[0] or "百分之" in quotes[0]:
            return _num(vals[1] / vals[2] * 100), _num(vals[0])
        if quotes[0] == quotes[0] and len(vals) == 3 and vals[2]:
            return _num(vals[1] / vals[2]), _num(vals[0])
    if check == "growth":
        if verdict == "unverifiable" or len(vals) < 3:
            return None, _num(vals[0])
        change, new, base = vals[:3]
        if "百分点" in quotes[0]:
            return _num(abs(new - base)), _num(change)
        if increment:
            return _num(base / (new - base) * 100), _num(change)
        if "倍" in quotes[0]:
            return _num((new - base) / base), _num(change)
        return _num(abs(new - base) / base * 100), _num(change)
    return None, _num(vals[0])


def rows(spec: Path) -> list[dict]:
    out = []
    with open(spec, encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.reader(f, delimiter="\t"), 1):
            if not row or row[0].startswith("#") or row[0] == "doc":
                continue
            doc, check, verdict, facts, explanation = row[:5]
            items = int(row[5]) if len(row) > 5 and row[5].strip() else None
            refs = []
            for part in facts.split(" | "):
                quote, _, occ = part.strip().rpartition("#")
                refs.append((quote, int(occ)))
            try:
                expected, observed = compute(check, verdict, [q for q, _ in refs], items)
            except (ValueError, ZeroDivisionError) as e:
                sys.exit(f"{spec}:{n}: {e}")
            out.append({"doc": doc, "check": check, "verdict": verdict,
                        "facts": [{"quote": q.lstrip("+"), "occurrence": o} for q, o in refs],
                        "expected": expected, "observed": observed, "explanation": explanation})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--spec", type=Path, default=SPEC)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    by_doc: dict[str, list[dict]] = {}
    for r in rows(args.spec):
        by_doc.setdefault(r["doc"], []).append(r)
    args.out.mkdir(parents=True, exist_ok=True)
    for doc, rs in by_doc.items():
        with open(args.out / f"{doc}.audit.jsonl", "w", encoding="utf-8") as f:
            for r in rs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{sum(len(v) for v in by_doc.values())} findings in {len(by_doc)} documents -> {args.out}")


if __name__ == "__main__":
    main()
