"""Check every audit gold file: each quote/occurrence exists in its document, the document is a
TEST document, fields are complete and the verdict is one of the three.

    python bench/gold/tools/check_audit_gold.py [bench/gold/test]
    python bench/gold/tools/check_audit_gold.py --split dev [bench/gold/dev-blind]
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import docs

NUMERAL = set("0123456789０１２３４５６７８９.．·零〇一二两三四五六七八九十百千万亿")
FIELDS = ("doc", "check", "verdict", "facts", "expected", "observed", "explanation")


def main() -> int:
    args = sys.argv[1:]
    dev = args[:2] == ["--split", "dev"]  # blind DEV gold: every document must be a DEV one
    args = args[2:] if dev else args
    folder = Path(args[0]) if args else Path(__file__).resolve().parents[1] / ("dev-blind" if dev else "test")
    bad, kinds, verdicts, n = 0, Counter(), Counter(), 0
    for path in sorted(folder.glob("*.audit.jsonl")):
        for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            r = json.loads(line)
            n += 1
            where = f"{path.name}:{ln}"
            missing = [k for k in FIELDS if k not in r]
            if missing:
                print(f"{where}: missing {missing}"); bad += 1
            if r["doc"] != path.name[: -len(".audit.jsonl")] or docs.is_test(r["doc"]) == dev:
                print(f"{where}: doc {r['doc']} not this file's document or wrong split"); bad += 1
            if r["verdict"] not in ("consistent", "inconsistent", "unverifiable"):
                print(f"{where}: verdict {r['verdict']}"); bad += 1
            for f in r["facts"]:
                if f["quote"] != "".join(f["quote"].split()):
                    print(f"{where}: quote with whitespace {f['quote']!r}"); bad += 1
                found = docs.find(r["doc"], f["quote"])
                if len(found) < f["occurrence"]:
                    print(f"{where}: {f['quote']!r} has no occurrence {f['occurrence']}"); bad += 1
                    continue
                at, flat = found[f["occurrence"] - 1], docs.flat(r["doc"])
                if at and f["quote"][0] in NUMERAL and flat[at - 1] in NUMERAL - set("万亿"):
                    # 2倍 found inside 1.02倍: the occurrence points into a larger number (a number
                    # after 万/亿 is usually a new one: 5万亿两个台阶)
                    print(f"{where}: {f['quote']!r} #{f['occurrence']} sits inside a larger number"); bad += 1
            kinds[r["check"]] += 1
            verdicts[r["verdict"]] += 1
    print(f"{n} findings; checks {dict(kinds)}; verdicts {dict(verdicts)}; problems {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
