"""How far two careful auditors agree, and where the audit stands between them (issue 12's "the claims a careful
auditor finds"): a second annotator's blind reading (bench/gold/agree31, session 31) against the first blind
round on the same documents (dev-blind24 or dev-blind25 for the reports, dev-blind28 for People's Daily articles), both
scored with ../shared/eval/score.py's own matching (a finding answers another when its claim overlaps the other's
claim and at least half the other's facts overlap its facts).

    PYTHONPATH=$PWD python bench/gold/agreement/audit_agree.py            # figures
    PYTHONPATH=$PWD python bench/gold/agreement/audit_agree.py --show     # every finding only one annotator wrote

Rows: B finds of A (the second annotator's recall of the first's findings), A finds of B, the audit finds of A,
of B, of the findings both wrote (consensus), and of those only one wrote; verdicts agree on the matched pairs.
The fit halves by default; `--half held` prints the figures of the held halves' documents only (their findings
stay unread by rule writers); an article the second annotator read and found nothing in counts with no findings
of its own."""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
sys.path.insert(0, str(GOLD.parent))  # bench/
import generality as g  # noqa: E402

sys.path.insert(0, str(g.SHARED / "eval"))
import score  # noqa: E402  ../shared/eval/score.py

# the first blind rounds, which cover disjoint documents: the reports of dev-blind24, the national reports
# no earlier round read (dev-blind25), People's Daily articles (dev-blind28)
FIRST = (GOLD / "dev-blind24", GOLD / "dev-blind25", GOLD / "dev-blind28")
SECOND = GOLD / "agree31"
SPECS = GOLD / "tools" / "audit_spec_agree31"


def source(doc: str) -> str:
    return "pd" if doc[:8].isdigit() else "gwr" if doc.startswith("gwr-national") else "gov"


def first(doc: str) -> Path:
    """The first blind reading of doc (the rounds cover disjoint documents)."""
    return next((f / f"{doc}.audit.jsonl" for f in FIRST if (f / f"{doc}.audit.jsonl").exists()),
                FIRST[0] / f"{doc}.audit.jsonl")


def rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()] if path.exists() else []


def as_pred(page: "score.Page", finding: dict) -> dict:
    """A gold finding written as a prediction: its facts as spans of the page."""
    facts = [dict(zip(("start", "end"), page.span(f["quote"], f.get("occurrence", 1)))) for f in finding["facts"]]
    return {"doc": finding["doc"], "verdict": finding["verdict"], "facts": facts}


def label(r: dict) -> str:
    """A finding as score.py names it in its misses."""
    return f"{r['doc']}: {r['check']} " + " / ".join(f["quote"] for f in r["facts"])


def split_by(rows_: list[dict], missed: list[str]) -> tuple[list[dict], list[dict]]:
    """(matched, missed) findings of a reading, given score.py's misses by label: as many of one label
    missed as score.py lists (two findings may share a label, their quotes' occurrences apart)."""
    left: dict[str, int] = {}
    for m in missed:
        left[m] = left.get(m, 0) + 1
    matched, lost = [], []
    for r in rows_:
        if left.get(label(r), 0):
            left[label(r)] -= 1
            lost.append(r)
        else:
            matched.append(r)
    return matched, lost


def by_check(found_in: list[dict], missed: list[str]) -> str:
    """`check found/all` of a group of findings, given score.py's misses among them (figures only)."""
    _, lost = split_by(found_in, missed)
    every, lost_n = Counter(r["check"] for r in found_in), Counter(r["check"] for r in lost)
    return " ".join(f"{c} {n - lost_n[c]}/{n}" for c, n in every.most_common())


def tool_findings(docs: list[str], texts: dict[str, str]) -> list[dict]:
    """The audit's findings of the documents, as the rows `extractor audit` writes."""
    from extractor.audit import audit_page_rows
    from extractor.engine import page_records
    from extractor.page import Page
    from extractor.records import NUMERIC_TYPES
    out = []
    for d in docs:
        page = Page.read(texts[d], d)
        out += [json.loads(r) for r in audit_page_rows(page, page_records(page, NUMERIC_TYPES))]
    return out


def line(name: str, r: dict) -> str:
    f = r["findings"]
    return (f"{name:28s} found {f['tp']:4d}/{f['gold']:<4d} recall {f['recall']:.3f}   verdicts agree "
            f"{r['verdict_accuracy'] if r['verdict_accuracy'] is not None else '-'}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", action="store_true",
                    help="list the findings only one annotator wrote, and those both wrote that the audit misses")
    ap.add_argument("--skip", nargs="+", default=[], metavar="DOC", help="leave these documents out")
    ap.add_argument("--half", choices=("fit", "held"), default="fit",
                    help="the documents of one half (held: figures only, as every held half is read)")
    opts = ap.parse_args(argv)
    if opts.half == "held" and opts.show:
        sys.exit("the held half is scored by figures only: no --show with --half held")
    docs = sorted(p.stem for p in SPECS.glob("*.spec"))
    docs = [d for d in docs if g.in_half(d, opts.half) and d not in opts.skip]
    if not docs:
        sys.exit("no second reading in bench/gold/tools/audit_spec_agree31")
    texts = g.page_texts(docs)
    pages = {d: score.Page(texts[d]) for d in docs}
    A = [r for d in docs for r in rows(first(d))]
    B = [r for d in docs for r in rows(SECOND / f"{d}.audit.jsonl")]
    T = tool_findings(docs, texts)
    for src in ("gov", "gwr", "pd", "all"):
        keep = [d for d in docs if src == "all" or source(d) == src]
        if not keep:
            continue
        pg = {d: pages[d] for d in keep}
        a = [r for r in A if r["doc"] in pg]
        b = [r for r in B if r["doc"] in pg]
        t = [r for r in T if r["doc"] in pg]
        b_of_a = score.score_audit(pg, a, [as_pred(pages[r["doc"]], r) for r in b])
        a_of_b = score.score_audit(pg, b, [as_pred(pages[r["doc"]], r) for r in a])
        both, only_a = split_by(a, b_of_a["missed"])
        _, only_b = split_by(b, a_of_b["missed"])
        print(f"## {src}: {len(keep)} documents, first annotator {len(a)} findings, second {len(b)}")
        print(line("second finds of first", b_of_a))
        print(line("first finds of second", a_of_b))
        print(line("audit finds of first", score.score_audit(pg, a, t)))
        print(line("audit finds of second", score.score_audit(pg, b, t)))
        on_both = score.score_audit(pg, both, t)
        print(line("audit finds of both (consensus)", on_both))
        print(f"{'  of both, by check':28s} " + by_check(both, on_both["missed"]))
        print(line("audit finds of first only", score.score_audit(pg, only_a, t)))
        print(line("audit finds of second only", score.score_audit(pg, only_b, t)))
        if a and b:
            # score.py's matching need not pair the same number of findings each way: say so where it does not
            union = len(a) + len(only_b)
            note = "" if len(both) == len(b) - len(only_b) else f" (pairs: {len(both)} one way, {len(b) - len(only_b)} the other)"
            print(f"{'union of both readings':28s} {union} findings; the first holds {len(a) / union:.3f} of it, "
                  f"the second {len(b) / union:.3f}{note}")
        if src == "all" and opts.show:
            for tag, group in (("first only", only_a), ("second only", only_b)):
                for r in group:
                    print(f"  [{tag}] {label(r)} | {r['verdict']}")
            for m in on_both["missed"]:
                print(f"  [both, audit misses] {m}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
