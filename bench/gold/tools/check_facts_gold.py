"""Check the facts and names gold: every quote/occurrence exists, fields are well formed.

    check_facts_gold.py [FOLDER...]   (default bench/gold/test)

Exits 1 and lists each problem; otherwise prints counts per type and per document family.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from locate_fact import ROOT, flat, occurrences, text_of  # noqa: E402

NUMERIC = {"money", "count", "percent"}
NAMES = {"person", "place", "org"}
FACT_KEYS = {"doc", "type", "quote", "occurrence", "metric_hint", "place", "period"}
NAME_KEYS = {"doc", "type", "quote", "occurrence"}
_DAY = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
PERIOD = re.compile(rf"^(?:{_DAY}|{_DAY}/{_DAY}|\.\./{_DAY}|{_DAY}/\.\.)$")


def split_of(doc: str) -> str:
    """DEV or TEST, by the team's fixed split."""
    if re.match(r"^\d{8}-", doc):
        return "TEST" if "19980116" <= doc[:8] <= "19980131" else "DEV"
    for folder in ("gov-reports-2026", "gwr-national"):
        names = sorted(p.name for p in (ROOT.parent / "shared/corpus/external" / folder).glob("*.txt"))
        if f"{doc}.txt" in names:
            return "TEST" if names.index(f"{doc}.txt") % 2 else "DEV"
    return "?"


def family(doc: str) -> str:
    return "pd" if re.match(r"^\d{8}-", doc) else doc.rsplit("-", 1)[0]


def check_file(path: Path, want: str, problems: list[str], counts: Counter) -> None:
    doc = path.name.split(".")[0]
    kind = path.name.split(".")[1]
    if split_of(doc) != want:
        problems.append(f"{path.name}: {doc} is a {split_of(doc)} document, not {want}")
    ft = flat(text_of(doc))
    seen = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"{where}: not JSON ({err})")
            continue
        keys, types = (FACT_KEYS, NUMERIC) if kind == "facts" else (NAME_KEYS, NAMES)
        if set(row) != keys:
            problems.append(f"{where}: keys {sorted(row)} != {sorted(keys)}")
            continue
        if row["doc"] != doc or row["type"] not in types:
            problems.append(f"{where}: doc/type {row['doc']}/{row['type']}")
        if row["quote"] != flat(row["quote"]) or not row["quote"]:
            problems.append(f"{where}: quote {row['quote']!r} holds whitespace or is empty")
        hits = occurrences(ft, row["quote"])
        if not 1 <= row["occurrence"] <= len(hits):
            problems.append(f"{where}: {row['quote']!r} occurrence {row['occurrence']} of {len(hits)}")
        key = (row["quote"], row["occurrence"]) if kind == "facts" else (row["type"], row["quote"])
        if key in seen:
            problems.append(f"{where}: duplicate {key}")
        seen.add(key)
        if kind == "facts":
            if row["period"] is not None and not PERIOD.match(row["period"]):
                problems.append(f"{where}: period {row['period']!r}")
            if not row["metric_hint"]:
                problems.append(f"{where}: no metric_hint")
            elif row["metric_hint"] not in ft:
                problems.append(f"{where}: metric_hint {row['metric_hint']!r} is not written in the text")
        counts[(kind, family(doc), row["type"])] += 1
    counts[(kind, family(doc), "docs")] += 1


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or [ROOT / "bench" / "gold" / "test"]
    problems: list[str] = []
    counts: Counter = Counter()
    for folder in folders:
        want = "DEV" if folder.name in ("dev", "dev-blind", "dev-blind16") else "TEST"
        for path in sorted(folder.glob("*.facts.jsonl")) + sorted(folder.glob("*.names.jsonl")):
            check_file(path, want, problems, counts)
    for p in problems:
        print(p)
    for key in sorted(counts):
        print(" ".join(key), counts[key])
    for kind in ("facts", "names"):
        print(f"{kind}: {sum(v for k, v in counts.items() if k[0] == kind and k[2] != 'docs')} lines")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
