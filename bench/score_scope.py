"""Score the extractor's metric, place and period (and names) against hand-made gold on real text.

    python bench/score_scope.py --split dev            # a table
    python bench/score_scope.py --split dev-blind      # DEV documents annotated blind, after the rules
    python bench/score_scope.py --split dev-blind16    # the session-16 blind round (never read while fixing)
    python bench/score_scope.py --split own-blind17    # own pages written blind in session 17 (page text beside the gold; own-blind18 likewise)
    python bench/score_scope.py --split dev --json     # the whole report, misses included
    python bench/score_scope.py --split dev --show 30  # and the first 30 wrong answers of each field
    python bench/score_scope.py --split dev --only DOC...  # only these documents (a round's notes;
                                                           # ids space- or comma-separated)
    python bench/score_scope.py --split dev-blind16 --half held --per-doc  # one line a held document
                                                           # (figures only: --show/--json refused there)

Gold: bench/gold/<split>/<doc>.*.jsonl (format in the team's brief): numeric facts carry
metric_hint, place and period; name rows (person/place/org) list the document's names.
Pages are read from ../shared: gov-reports-2026 and gwr-national by file stem, People's Daily
articles by id through bench/corpus.py. Nothing is copied into the project.

Numeric facts: each gold fact is matched to a predicted fact of its type by span overlap, one to
one, largest overlap first (as ../shared/eval/score.py does). Over the matched facts:
  metric  right when the predicted metric contains metric_hint, or metric_hint contains the
          predicted metric and is at most 2 characters longer (`城镇新增就业` for `新增就业`);
          an empty prediction is wrong.
  place   right when both are equal after removing whitespace and a final administrative word
          (省 市 区 县 自治区 自治州 自治县 特别行政区 地区 盟 旗, `壮族自治区` and the like);
          全国 and 中国 are the same; null against null is right.
  period  right when the strings are equal (null against null too).
Coverage is the share of gold facts matched at all (gold lists only some of a page's facts, so
there is no precision). Names: per type, the set of distinct values in each document that has
name gold, precision/recall/F1 summed over documents.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402
from corpus import in_half  # noqa: E402

ROOT = corpus.ROOT
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "corpus" / "external"
GOLD = ROOT / "bench" / "gold"
NUMERIC = ("money", "count", "percent")
NAMES = ("person", "place", "org")
_ADMIN_END = re.compile(r"^(.{2,}?)(?:[\u4e00-\u9fff]{1,3}族|维吾尔)*(?:自治区|自治州|自治县|特别行政区|地区|省|市|区|县|盟|旗)$")


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                sys.exit(f"{path}:{n}: not JSON: {e}")
    return rows


def page_text(doc: str, _pd: dict[str, str] = {}) -> str:
    """The document's raw text: a page of our own beside its gold, else from ../shared."""
    for own in sorted(GOLD.glob(f"own-*/{doc}.txt")):
        return own.read_text(encoding="utf-8")
    for folder in ("gov-reports-2026", "gwr-national"):
        path = SHARED / folder / f"{doc}.txt"
        if path.exists():
            return path.read_text(encoding="utf-8")
    if not _pd:
        corpus.require()
        _pd.update(corpus.articles())
    if doc not in _pd:
        sys.exit(f"no page for gold document {doc}")
    return _pd[doc]


class Flat:
    """The text without whitespace, with the raw index of each character: gold names spans so."""

    def __init__(self, text: str) -> None:
        self.keep = [i for i, ch in enumerate(text) if not ch.isspace()]
        self.flat = "".join(text[i] for i in self.keep)

    def span(self, quote: str, occurrence: int) -> tuple[int, int]:
        quote = "".join(quote.split())
        at = -1
        for _ in range(occurrence):
            at = self.flat.find(quote, at + 1)
            if at < 0:
                raise KeyError(f"quote {quote!r} has no occurrence {occurrence}")
        return self.keep[at], self.keep[at + len(quote) - 1] + 1


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(golds: list[tuple[int, int]], preds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one (gold, pred) index pairs of overlapping spans, largest overlap first."""
    cands = sorted(((_overlap(g, p), gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds)),
                   reverse=True)
    used_g, used_p, pairs = set(), set(), []
    for size, gi, pi in cands:
        if size <= 0:
            break
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def metric_right(hint: str, pred: str | None) -> bool:
    if not pred:
        return False
    # the gold quotes the page's width (`ＧＤＰ`, `（M2）`), the extractor writes NFKC text: compare both
    # in one width, or no full-width hint could ever be right
    hint, pred = unicodedata.normalize("NFKC", hint), unicodedata.normalize("NFKC", pred)
    return hint in pred or (pred in hint and len(hint) - len(pred) <= 2)


def place_key(value: str | None) -> str | None:
    if value is None:
        return None
    v = "".join(str(value).split())
    if v in ("全国", "中国"):
        return "中国"
    m = _ADMIN_END.match(v)
    return m.group(1) if m else v


def optional_places(flat: str, places: set, orgs: set) -> set:
    """The places written only inside the gold's organization names (郴州市 of 郴州市公安局): our gold
    does not list them (bench/gold/README.md "Conventions: names"), the sample page's gold does, so
    they are optional here, as names_pd1998 scores names inside bracketed names: no error either way."""
    out = set()
    for x in places:
        held = sorted((o for o in orgs if x in o and o != x), key=len, reverse=True)
        if not held:
            continue
        rest = flat
        for o in held:  # the text with every mention of an org holding x blanked out
            rest = rest.replace(o, "|")
        if x not in rest:
            out.add(x)
    return out


ANONYMOUS = False  # --anonymous: pages extracted under a plain id, as a user's file named `report.txt` is
DATED = False  # --dated (with --anonymous): the date its id names given as the caller's date (extract_text's `date`)


def given_date(doc: str) -> str | None:
    """The date a caller who knows when the page was issued gives (--date): the day its id names,
    else the year a report's id names."""
    from extractor.issue_date import issue_date, issue_year
    day, year = issue_date(doc), issue_year(doc)
    return f"{day.year}-{day.month:02d}-{day.day:02d}" if day else (str(year) if year else None)


def score(split: str, only: set[str] | None = None) -> dict:
    """The report over the split's gold; `only` keeps the named documents (a round's notes)."""
    from extractor.api import extract_text
    folder = GOLD / split
    gold_by_doc: dict[str, list[dict]] = defaultdict(list)
    for path in sorted(folder.glob("*.jsonl")):
        if path.name.endswith(".audit.jsonl") or (only and path.name.split(".")[0] not in only):
            continue
        for r in read_jsonl(path):
            gold_by_doc[r.get("doc") or path.name.split(".")[0]].append(r)
    if only:
        unknown = only - set(gold_by_doc)
        if unknown:
            sys.exit(f"no gold for {', '.join(sorted(unknown))}")
        gold_by_doc = defaultdict(list, {d: gold_by_doc[d] for d in only})
    tally = {k: defaultdict(int) for k in NUMERIC}
    wrong: dict[str, list[str]] = defaultdict(list)
    names = {k: defaultdict(int) for k in NAMES}
    for doc in sorted(gold_by_doc):
        text = page_text(doc)
        flat = Flat(text)
        preds = [f.model_dump() for f in extract_text(text, "page" if ANONYMOUS else doc,
                                                      date=given_date(doc) if DATED else None)]
        rows = gold_by_doc[doc]
        for kind in NUMERIC:
            g_rows = [r for r in rows if r["type"] == kind]
            p_rows = [p for p in preds if p["type"] == kind]
            g_spans = [flat.span(r["quote"], r.get("occurrence", 1)) for r in g_rows]
            pairs = dict(match(g_spans, [(p["start"], p["end"]) for p in p_rows]))
            t = tally[kind]
            for gi, g in enumerate(g_rows):
                t["gold"] += 1
                where = f"{doc} {g['quote']}#{g.get('occurrence', 1)}"
                if gi not in pairs:
                    wrong["missed"].append(where)
                    continue
                p = p_rows[pairs[gi]]
                t["matched"] += 1
                if g.get("metric_hint"):
                    t["metric_n"] += 1
                    if metric_right(g["metric_hint"], p.get("metric")):
                        t["metric"] += 1
                    else:
                        wrong["metric"].append(f"{where}: gold {g['metric_hint']} got {p.get('metric')}")
                if "place" in g:
                    t["place_n"] += 1
                    if place_key(g["place"]) == place_key(p.get("place")):
                        t["place"] += 1
                    else:
                        wrong["place"].append(f"{where}: gold {g['place']} got {p.get('place')}")
                if "period" in g:
                    t["period_n"] += 1
                    if (g["period"] or None) == (p.get("period") or None):
                        t["period"] += 1
                    else:
                        wrong["period"].append(f"{where}: gold {g['period']} got {p.get('period')}")
        for kind in NAMES:
            gold_set = {"".join(r["quote"].split()) for r in rows if r["type"] == kind}
            if not any(r["type"] in NAMES for r in rows):
                continue
            pred_set = {"".join(str(p.get("value") or p.get("text") or "").split()) for p in preds
                        if p["type"] == kind} - {""}
            if kind == "place":
                pred_set -= optional_places(flat.flat, pred_set - gold_set,
                                            {"".join(r["quote"].split()) for r in rows if r["type"] == "org"})
            n = names[kind]
            wrong.setdefault(f"{kind} names", []).extend(
                [f"{doc}: missed {x}" for x in sorted(gold_set - pred_set)]
                + [f"{doc}: extra {x}" for x in sorted(pred_set - gold_set)])
            n["tp"] += len(gold_set & pred_set)
            n["gold"] += len(gold_set)
            n["pred"] += len(pred_set)
    report: dict = {"split": split, "documents": sorted(gold_by_doc), "numeric": {}, "names": {}}
    for kind, t in tally.items():
        if not t["gold"]:
            continue
        report["numeric"][kind] = {
            "gold": t["gold"], "coverage": round(t["matched"] / t["gold"], 4),
            **{f: (round(t[f] / t[f + "_n"], 4) if t[f + "_n"] else None) for f in ("metric", "place", "period")},
            **{f + "_n": t[f + "_n"] for f in ("metric", "place", "period")}}
    for kind, n in names.items():
        if not n["gold"] and not n["pred"]:
            continue
        p = n["tp"] / n["pred"] if n["pred"] else 0.0
        r = n["tp"] / n["gold"] if n["gold"] else 0.0
        report["names"][kind] = {"precision": round(p, 4), "recall": round(r, 4),
                                 "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0, **n}
    report["wrong"] = dict(wrong)
    return report


def gold_documents(split: str) -> set[str]:
    return {p.name.split(".")[0] for p in (GOLD / split).glob("*.jsonl")
            if not p.name.endswith(".audit.jsonl") and not p.name.startswith("REVIEW")}


def doc_line(doc: str, report: dict) -> str:
    """`doc  money 17 m0.87 pl0.07 pe0.73 | count ...`: where a document's errors sit, by figures."""
    cells = [f"{k} {r['gold']:3} m{r['metric']} pl{r['place']} pe{r['period']}"
             for k, r in report["numeric"].items()]
    return f"{doc:18} " + " | ".join(cells)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # own-* folders are own pages written blind, one folder a session
    owns = tuple(sorted(p.name for p in GOLD.glob("own-*") if p.is_dir()))
    blinds = tuple(sorted(p.name for p in GOLD.glob("dev-blind*") if p.is_dir()))
    ap.add_argument("--split", choices=("dev", "test") + blinds + owns, default="dev")
    ap.add_argument("--json", action="store_true", help="print the whole report as JSON")
    ap.add_argument("--show", type=int, default=0, help="print this many wrong answers of each field")
    ap.add_argument("--only", nargs="+", metavar="DOC",
                    help="score these documents only (ids or file stems; commas also separate)")
    ap.add_argument("--half", choices=("fit", "held"),
                    help="one half of the documents (sha1 of the doc id, first hex digit 0-7: fit)")
    ap.add_argument("--per-doc", action="store_true", help="one line of figures a document")
    ap.add_argument("--anonymous", action="store_true",
                    help="extract every page under the id `page`: what the text alone gives, without the year or "
                         "date its file name holds")
    ap.add_argument("--dated", action="store_true",
                    help="with --anonymous: give each page the day (or a report's year) its id names as the "
                         "caller's date (--date), as a user who knows when a page was issued does")
    args = ap.parse_args(argv)
    if args.dated and not args.anonymous:
        ap.error("--dated goes with --anonymous (under its own id a page is dated by it already)")
    global ANONYMOUS, DATED
    ANONYMOUS, DATED = args.anonymous, args.dated
    if not (GOLD / args.split).is_dir():
        sys.exit(f"no gold folder {GOLD / args.split}")
    if args.half == "held" and (args.show or args.json):
        sys.exit("the held half is scored by figures only: no --show or --json with --half held")
    only = {d for arg in args.only for d in arg.split(",") if d} if args.only else None
    if args.half:
        only = {d for d in (only or gold_documents(args.split)) if in_half(d, args.half)}
    if args.per_doc:
        for doc in sorted(only or gold_documents(args.split)):
            print(doc_line(doc, score(args.split, {doc})))
        return 0
    report = score(args.split, only)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    print(f"{args.split}: {len(report['documents'])} documents")
    for kind, r in report["numeric"].items():
        print(f"{kind:8} gold {r['gold']:4}  coverage {r['coverage']:.3f}  metric {r['metric']}"
              f"  place {r['place']}  period {r['period']}")
    for kind, r in report["names"].items():
        print(f"{kind:8} names P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f}"
              f"  (gold {r['gold']}, predicted {r['pred']})")
    for field, items in report["wrong"].items():
        for line in items[: args.show]:
            print(f"  {field}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
