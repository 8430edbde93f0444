"""Coverage of the audit by cue shape over all DEV text: for each shape a careful auditor checks
(`其中` after a total, `分别为` lists, `占…的 X%`, `比上年增长`, `合计`, …), how often it occurs and how
often a finding holds the cue's number. A lint is a measuring aid, not gold: an uncovered hit is a
place to read, many are not checkable claims at all (no total said, a base only named).

    python bench/audit_lint.py --save /tmp/findings.jsonl          # audit the DEV pages, counts + 3 examples
    python bench/audit_lint.py --load /tmp/findings.jsonl --show 30 --only share   # read 30 uncovered hits
    python bench/audit_lint.py --load /tmp/after.jsonl --against /tmp/before.jsonl --show 0  # before -> after
    python bench/audit_lint.py --load /tmp/after.jsonl --new /tmp/before.jsonl --show 30    # new findings

DEV pages only (bench/dev_records.py's: PD 19980101-19980115 and even-index report files); TEST is never
read. A cue's number is the numeric fact the cue ties (the percent after `占…的`, the first amount after
`其中`, the count of `N个…：`); covered: some finding (any verdict) holds that fact, checked: a finding
with verdict consistent or inconsistent holds it; with operands: the sentence and the one before hold the
amounts its arithmetic needs (operands(); a growth rate needs two levels); the examples shown are
uncovered hits with operands. Shapes found by arithmetic alone (exact_sums, exact_ratios) are read the
same way.
"""
from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Iterator, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402
from audit_inconsistent import SETS  # noqa: E402
from dev_records import dev_pages  # noqa: E402

sys.path.insert(0, str(corpus.ROOT))
SENTENCE = re.compile(r"[^。！？；\n]*[。！？；\n]?")
NUM = r"[0-9０-９.．零〇一二两三四五六七八九十百千万]"
GAP = 12  # characters at most between a cue and its number: further on, the number is seldom the cue's

# (name, pattern): each pattern is read on one sentence of the normalized text; the cue's number is
# the first numeric fact that starts within GAP characters after the end of group "at".
SHAPES: list[tuple[str, str]] = [
    ("subset", r"(?P<at>其中)"),
    ("respective", r"(?P<at>分别[为是达有占])"),
    ("share", r"占[^，。；]{0,30}?(?:的|比重|比例)(?P<at>(?:比重|比例)?(?:为|达|达到)?)"),
    ("rate", r"[\u4e00-\u9fff]{1,8}(?P<at>率(?:为|达|达到|是)?)"),
    ("growth", r"比(?:上年|去年|上年同期|去年同期|[0-9０-９]{4}年)(?P<at>(?:的[^，。；]{0,12})?(?:增长|增加|减少|下降|提高|上升))"),
    ("total", r"(?P<at>合计|共计|总计|累计|总数)"),
    ("including", r"包括[^。；]{2,60}?等(?P<at>)" + NUM),
    ("average", r"(?P<at>平均|人均|户均|亩均)"),
    ("enum_colon", r"(?P<at>)" + NUM + r"+[个项条家所类种名位][^，。；：]{0,12}[：:][^。；]{0,80}、"),
    ("fulfilment", r"完成[^，。；]{0,20}?(?:计划|目标|任务|预算)[^，。；]{0,6}?的(?P<at>)"),
    ("change_by", r"(?P<at>(?:增加|减少|增长|下降|提高)了?)" + NUM),
    # a part right after its count with its noun left out: `N 名X中的前 M 名`, `N 户…冲走了 M 户`
    ("elided_part", NUM + r"+(?:余|多)?(?P<cl>[个家名户台项所座条口场位人辆件只头])[\u4e00-\u9fff]{1,12}?"
                    r"(?:中的前|中的|中|了)(?P<at>)" + NUM + r"+(?P=cl)"),
]


def sentences(text: str) -> Iterator[tuple[int, str]]:
    for m in SENTENCE.finditer(text):
        if m.group().strip():
            yield m.start(), m.group()


def audit_dev(sets: tuple[str, ...]) -> list[dict]:
    """Per DEV page: doc, normalized text, numeric facts (norm + original offsets), findings."""
    return [audit_one(doc, text) for doc, text in dev_pages(sets)]


def audit_one(doc: str, text: str) -> dict:
    """One page audited, kept as the lint reads it: normalized text, numeric facts as lists
    [norm start, norm end, start, end, type, unit, value, qualifier], findings with their facts."""
    from extractor.audit import audit_page
    from extractor.audit.model import norm_offsets
    from extractor.engine import page_records
    from extractor.page import Page
    from extractor.records import NUMERIC_TYPES, to_json
    page = Page.read(text, doc)
    recs = page_records(page, NUMERIC_TYPES)
    nums = []
    for r in recs:
        ns, ne = norm_offsets(r)
        if ns is not None:
            nums.append([ns, ne, r["start"], r["end"], r["type"], r.get("unit"), r.get("value"), r.get("qualifier")])
    finds = [json.loads(to_json(f)) for f in audit_page(page, recs)]
    return {"doc": doc, "text": page.text, "nums": nums,
            "findings": [{"check": f["check"], "verdict": f["verdict"], "id": f["id"],
                          "facts": [[x["start"], x["end"]] for x in f["facts"]],
                          "explanation": f.get("explanation", ""),
                          "context": context(text, f["facts"])} for f in finds]}


def context(text: str, facts: list[dict]) -> str:
    """The original text from a little before the first fact to a little after the last, one line."""
    s, e = min(x["start"] for x in facts), max(x["end"] for x in facts)
    return re.sub(r"\s+", "", text[max(0, s - 60): min(len(text), e + 30)])


def with_intervals(page: dict) -> list[list]:
    """The numeric facts with the interval of values each stands for appended (lo, hi)."""
    from extractor.audit.tolerance import interval_of
    out = []
    for n in page["nums"]:
        if isinstance(n[6], (int, float)) and n[7]:
            iv = interval_of(page["text"][n[0]:n[1]], float(n[6]), n[7], None, n[4])
            out.append(n[:8] + [iv.lo, iv.hi])
        else:
            out.append(n[:8])
    return out


def cue_number(nums: list[list], at: int, limit: int) -> Optional[list]:
    for n in nums:
        if at <= n[0] < min(limit, at + GAP):
            return n
    return None


def hits(page: dict) -> Iterator[dict]:
    """Every cue of every shape on a page, with its number and whether a finding holds it."""
    nums = sorted(with_intervals(page))
    held: dict[tuple[int, int], set[str]] = defaultdict(set)
    for f in page["findings"]:
        for s, e in f["facts"]:
            held[(s, e)].add(f["verdict"])
    starts = [n[0] for n in nums]
    spans = list(sentences(page["text"]))
    for k, (s0, sent) in enumerate(spans):
        window = (spans[max(0, k - 1)][0], s0 + len(sent))
        after = spans[k + 1][0] + len(spans[k + 1][1]) if k + 1 < len(spans) else s0 + len(sent)
        lo, hi = bisect.bisect_left(starts, s0), bisect.bisect_left(starts, s0 + len(sent))
        local = nums[lo:hi]
        if not local:
            continue
        wide = nums[bisect.bisect_left(starts, window[0]):bisect.bisect_left(starts, after)]
        for name, c, parts in exact_sums(local, wide):
            verdicts = held.get((c[2], c[3]), set())
            shown = page["text"][c[0]:c[1]] + " = " + (" + " if name == "exact_sum" else " − ").join(
                page["text"][m[0]:m[1]] for m in parts)
            yield {"shape": name, "doc": page["doc"], "sentence": sent.strip(), "number": shown,
                   "key": (page["doc"], c[2], c[3], name), "covered": bool(verdicts),
                   "checked": bool(verdicts & {"consistent", "inconsistent"}), "operands": True}
        for name, c, parts in exact_ratios(local, wide):
            verdicts = held.get((c[2], c[3]), set())
            shown = page["text"][c[0]:c[1]] + " ~ " + " / ".join(page["text"][m[0]:m[1]] for m in parts)
            yield {"shape": name, "doc": page["doc"], "sentence": sent.strip(), "number": shown,
                   "key": (page["doc"], c[2], c[3], name), "covered": bool(verdicts),
                   "checked": bool(verdicts & {"consistent", "inconsistent"}), "operands": True}
        for name, pattern in SHAPES:
            for m in re.finditer(pattern, sent):
                n = cue_number(local, s0 + m.end("at"), s0 + len(sent))
                if n is None:
                    continue
                verdicts = held.get((n[2], n[3]), set())
                around = nums[bisect.bisect_left(starts, window[0]):hi]
                yield {"shape": name, "doc": page["doc"], "sentence": sent.strip(), "number": page["text"][n[0]:n[1]],
                       "key": (page["doc"], n[2], n[3], name), "covered": bool(verdicts),
                       "checked": bool(verdicts & {"consistent", "inconsistent"}),
                       "operands": operands(name, n, around)}


def significant(v: float) -> int:
    text = f"{v:.6f}".rstrip("0").rstrip(".")
    return len((text if "." in text else text.rstrip("0")).replace(".", "").lstrip("0"))


def exact_sums(local: list[list], window: list[list]) -> Iterator[tuple[str, list, list[list]]]:
    """Totals of the sentence that a run of two to six amounts of the window (the sentence with
    the ones before and after it) adds up to within the digits written ("exact_sum"), or that one
    amount less a run makes ("exact_diff"): claims a reader can check whatever the words; where no
    finding holds them, the audit's blind spots. The total has three significant digits or more, so
    a coincidence is rare (the hits are read, not trusted)."""
    groups: dict[tuple, list[list]] = defaultdict(list)
    for m in window:
        if m[4] != "percent" and isinstance(m[6], (int, float)) and m[6] > 0 and m[7] in ("exact", "about", "over") \
                and len(m) > 9 and m[9] - m[8] <= 0.1 * m[6]:
            groups[(m[4], m[5])].append(m)
    for g in groups.values():
        for c in (m for m in g if m in local and significant(m[6]) >= 3):
            others = [m for m in g if m is not c and m[6] < c[6]]
            found = _run_sum(c, others) or _difference(c, [m for m in g if m is not c])
            if found:
                yield found[0], c, found[1]


def exact_ratios(local: list[list], window: list[list]) -> Iterator[tuple[str, list, list[list]]]:
    """Percents of the sentence (two significant digits or more) that one amount of the window over
    another gives as a share ("exact_share") or as a change between two levels ("exact_growth"),
    within the digits written: checkable claims whatever the words. Read, not trusted."""
    amounts = [m for m in window if m[4] != "percent" and len(m) > 9 and m[6] and m[6] > 0
               and m[9] - m[8] <= 0.1 * m[6]]
    for p in local:
        if p[4] != "percent" or p[5] not in ("%", None) or len(p) < 10 or not p[6] or significant(p[6]) < 2:
            continue
        for a in amounts:
            for b in amounts:
                if a is b or a[5] != b[5] or a[4] != b[4] or b[6] <= 0:
                    continue
                share = (a[8] / b[9] * 100, a[9] / b[8] * 100)
                if a[6] < b[6] and p[6] < 100 and share[0] <= p[9] and p[8] <= share[1]:
                    yield "exact_share", p, [a, b]
                    break
                change = ((a[8] - b[9]) / b[9] * 100, (a[9] - b[8]) / b[8] * 100)
                if a[6] > b[6] and change[0] <= p[9] and p[8] <= change[1]:
                    yield "exact_growth", p, [a, b]
                    break
            else:
                continue
            break


def _meets(total: list, parts: list[list], value: float) -> bool:
    """Within the precision each number is written to (the audit's own tolerance.py: 1.1万 is
    1.05万-1.15万, 1000 is 1000, `38万余` reaches up): the arithmetic a reader accepts."""
    slack = (total[9] - total[8]) / 2 + sum((m[9] - m[8]) / 2 for m in parts)
    return abs(value - (total[8] + total[9]) / 2) <= slack + 1e-9 * total[6]


def _run_sum(c: list, others: list[list]) -> Optional[tuple[str, list[list]]]:
    for i in range(len(others)):
        acc = 0.0
        for j in range(i, min(len(others), i + 6)):
            acc += others[j][6]
            if j > i and _meets(c, others[i:j + 1], acc):
                return "exact_sum", others[i:j + 1]
    return None


def _difference(c: list, others: list[list]) -> Optional[tuple[str, list[list]]]:
    for a in others:
        for b in others:
            if a is not b and a[6] > c[6] and a[6] > b[6] and _meets(c, [a, b], a[6] - b[6]):
                return "exact_diff", [a, b]
    return None


def operands(shape: str, n: list, around: list[list]) -> bool:
    """Whether the sentence and the one before hold what the cue's arithmetic needs: two amounts
    (not percents) of one unit for a share, a rate, an average or a fulfilment; two more of the
    cue number's own unit for the rest. A cheap filter of the hits worth reading, not a judgment."""
    if shape in ("share", "rate", "fulfilment", "average") or (shape in ("growth", "change_by")
                                                                and n[4] == "percent"):
        units = [m[5] for m in around if m[4] != "percent" and m is not n]
        return any(units.count(u) >= 2 for u in set(units))
    same = [m for m in around if m is not n and m[4] == n[4] and m[5] == n[5]]
    return len(same) >= 2


def fit_half(doc: str) -> bool:
    return hashlib.sha1(doc.encode()).hexdigest()[0] in "01234567"


def tally(pages: list[dict]) -> dict[str, dict]:
    out: dict[str, dict] = defaultdict(lambda: {"n": 0, "covered": 0, "checked": 0, "uncovered": [],
                                               "operands": 0, "op_covered": 0})
    seen = set()
    for p in pages:
        for h in hits(p):
            if h["key"] in seen:
                continue
            seen.add(h["key"])
            t = out[h["shape"]]
            t["n"] += 1
            t["covered"] += h["covered"]
            t["checked"] += h["checked"]
            t["operands"] += h["operands"]
            t["op_covered"] += h["operands"] and h["covered"]
            if not h["covered"] and h["operands"]:
                t["uncovered"].append(h)
    return out


def new_findings(after: list[dict], before: list[dict]) -> list[tuple[str, dict]]:
    """Findings of `after` whose (check, facts) `before` does not have, with their sentence."""
    old = {(p["doc"], f["check"], str(f["facts"]), f["verdict"]) for p in before for f in p["findings"]}
    out = []
    for p in after:
        for f in p["findings"]:
            if (p["doc"], f["check"], str(f["facts"]), f["verdict"]) not in old:
                out.append((p["doc"], f))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--save", type=Path, help="audit the DEV pages and keep the result here")
    ap.add_argument("--load", type=Path, help="a result kept with --save")
    ap.add_argument("--against", type=Path, help="an earlier result: counts before -> after")
    ap.add_argument("--new", type=Path, help="an earlier result: list the findings it does not have")
    ap.add_argument("--set", choices=SETS, action="append", help="gwr, gov or pd (default: all three)")
    ap.add_argument("--show", type=int, default=3, help="uncovered examples per shape")
    ap.add_argument("--only", help="one shape")
    ap.add_argument("--half", choices=("fit", "held", "all"), default="all", help="documents by sha1 of their id")
    args = ap.parse_args()
    if args.load:
        pages = [json.loads(line) for line in args.load.open(encoding="utf-8")]
    else:
        corpus.require()
        pages = audit_dev(tuple(args.set or SETS))
        if args.save:
            with args.save.open("w", encoding="utf-8") as f:
                f.writelines(json.dumps(p, ensure_ascii=False) + "\n" for p in pages)
    if args.half != "all":
        pages = [p for p in pages if fit_half(p["doc"]) == (args.half == "fit")]
    if args.new:
        before = [json.loads(line) for line in args.new.open(encoding="utf-8")]
        rows = new_findings(pages, before)
        print(f"{len(rows)} findings not in {args.new}")
        rows.sort(key=lambda r: hashlib.sha1((r[0] + r[1]["id"]).encode()).hexdigest())
        for doc, f in rows[: args.show]:
            print(f"  [{doc}] {f['check']} {f['verdict']}: {f['explanation'][:200]}\n      {f['context']}")
        return
    now = tally(pages)
    was = tally([json.loads(line) for line in args.against.open(encoding="utf-8")]) if args.against else {}
    print(f"{len(pages)} DEV pages; shape: occurrences, covered by a finding, checked (consistent/inconsistent)")
    for name in [s[0] for s in SHAPES] + ["exact_sum", "exact_diff", "exact_share", "exact_growth"]:
        if args.only and name != args.only:
            continue
        t = now[name]
        line = f"{name:12} {t['n']:6} covered {t['covered']:5} ({100 * t['covered'] / max(1, t['n']):4.1f}%)" \
               f" checked {t['checked']:5}; with operands {t['operands']:5} covered {t['op_covered']:5}"
        if name in was:
            w = was[name]
            line += f"   before: {w['n']} covered {w['covered']} checked {w['checked']}; operands {w['op_covered']}"
        print(line)
        for h in sorted(t["uncovered"], key=lambda h: hashlib.sha1(str(h["key"]).encode()).hexdigest())[: args.show]:
            print(f"    [{h['doc']}] «{h['number']}» {h['sentence'][:150]}")


if __name__ == "__main__":
    main()
