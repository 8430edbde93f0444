"""Volume check of a share's whole over real DEV text: push each share's part above its whole.

    python bench/audit_share_push.py OUT.jsonl

bench/audit_self_mutations.py breaks a rate by moving the rate (±5 points), which never tests
whether the rate's whole survives its part being stated above it; this script does: every
consistent rate finding over a DEV page (rate, part, whole) has its part raised a quarter above the
whole (audit_mutations.dev_mutation's `part above whole`), the page is audited again, and a line is
written per mutation: flagged (a new inconsistent finding holds the changed number) or not, with
the rate findings that hold it after. Compare two runs (before and after a change to the finders
of wholes: wholes.py, frames.py, stated_wholes.py, below_wholes.py). TEST pages are never read.
Written by the audit17w helper.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import audit_inconsistent as ai  # noqa: E402
import audit_mutations as am  # noqa: E402
import audit_self_mutations as asm  # noqa: E402


def run(out_path: Path) -> tuple[int, int]:
    ai.corpus.require()
    total = hits = 0
    with out_path.open("w", encoding="utf-8") as out:
        for doc, text in ai.dev_only(ai.pages(ai.SETS)):
            found = am.audit_text(text, doc)
            before = am._flags(found)
            for f in found:
                if f["check"] != "rate" or f["verdict"] != "consistent" or len(f["facts"]) < 3:
                    continue
                g = asm._gold_like(text, f)
                if g is None:
                    continue
                # the rate's facts are (rate, part, whole): as a part_of line, the whole first
                line = {"check": "part_of", "facts": [g["facts"][2], g["facts"][1]], "expected": None,
                        "verdict": "consistent"}
                m = am.dev_mutation(doc, text, line)
                if m is None:
                    continue
                after, hit = am.audit_mutated(m, doc, before)
                total, hits = total + 1, hits + hit
                rates = [a["verdict"] + " " + a["explanation"][:160] for a in after if a["check"] == "rate"
                         and any(am._overlap(m.span, (x["start"], x["end"])) for x in a["facts"])]
                out.write(json.dumps({"doc": doc, "what": m.what, "hit": hit, "expl": f["explanation"][:160],
                                      "after": rates}, ensure_ascii=False) + "\n")
    return total, hits


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: python bench/audit_share_push.py OUT.jsonl")
    total, hits = run(Path(sys.argv[1]))
    print(f"{total} shares with their part pushed above their whole over DEV text, flagged {hits}")


if __name__ == "__main__":
    main()
