"""Does a page of many documents give what its documents give one by one?

    python bench/joined.py --set gov          # the 25 gov-reports-2026 files
    python bench/joined.py --set gwr          # the 52 gwr-national files
    python bench/joined.py --set pd --mb 0.3  # People's Daily DEV pages, each page's articles joined
    python bench/joined.py --set gov --split dev --show 5

Each document runs as its own page, then all of them (in sorted order, two blank lines between
them, as a site's export of many reports has) run as one page, its id what their ids share
(gwr2026, 19980101-01; --same-id: the documents alone under that id too). A numeric record is compared as
(type, value, start within its document, metric, place, period); an audit finding as (check,
verdict, its facts' starts within their document, expected, observed). A finding of the joined
page whose facts lie in two documents is counted as mixed. Printed: per document, what only one
of the two runs gives; at the end the number of differences, the figure to drive to 0.
"""
from __future__ import annotations

import argparse
import bisect
import os
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

ROOT = corpus.ROOT
sys.path.insert(0, str(ROOT))
EXTERNAL = ROOT.parent / "shared" / "corpus" / "external"
SEPARATOR = "\n\n\n"
DEV_DAYS = tuple(f"199801{d:02d}" for d in range(1, 16))


def file_set(name: str, split: str) -> list[tuple[str, str]]:
    folder = {"gov": "gov-reports-2026", "gwr": "gwr-national"}[name]
    files = sorted((EXTERNAL / folder).glob("*.txt"))
    keep = {"dev": 0, "test": 1}.get(split)
    return [(p.stem, p.read_text(encoding="utf-8")) for i, p in enumerate(files)
            if keep is None or i % 2 == keep]


def pd_pages(mb: float) -> list[list[tuple[str, str]]]:
    """People's Daily DEV articles grouped by newspaper page (19980101-01), up to mb MiB."""
    pages: dict[str, list[tuple[str, str]]] = defaultdict(list)
    size = 0
    for aid, text in corpus.articles():
        if not aid.startswith(DEV_DAYS):
            continue
        if size >= mb * 1024 * 1024 and aid.rsplit("-", 1)[0] not in pages:
            break
        pages[aid.rsplit("-", 1)[0]].append((aid, text))
        size += len(text.encode("utf-8"))
    return [docs for docs in pages.values() if len(docs) > 1]


def run(text: str, doc: str) -> tuple[list, list]:
    from extractor.audit import audit_page
    from extractor.engine import page_records
    from extractor.page import Page
    from extractor.records import NUMERIC_TYPES
    page = Page.read(text, doc)
    records = page_records(page, NUMERIC_TYPES)
    return records, audit_page(page, records)


def _record_key(r: object, shift: int) -> tuple:
    g = r.__getitem__ if isinstance(r, dict) else r.__getattribute__  # type: ignore[attr-defined]
    return ("record", g("type"), str(g("value")), g("start") - shift, g("metric"), g("place"), g("period"))


def _finding_key(f: object, shifts: list[int]) -> tuple:
    starts = tuple(x.start - shifts[i] for x, i in zip(f.facts, range(len(f.facts))))  # type: ignore[attr-defined]
    return ("finding", f.check, f.verdict, starts, repr(f.expected), repr(f.observed))  # type: ignore[attr-defined]


def page_id(names: list[str]) -> str:
    """The joined page's id: what its documents' ids share (19980101-01 of 19980101-01-001 and
    19980101-01-002, gwr2026 of gwr2026-anhui…): an id may name the day or year a page appeared
    (extractor/issue_date.py), as the name of a real export would."""
    common = os.path.commonprefix(names)
    if any(n[len(common):len(common) + 1] not in "-_/." for n in names):  # (not in mid-word: 19980101-01-00)
        common = common[:max(common.rfind(c) for c in "-_/.") + 1]
    return common.rstrip("-_/.") or "joined"


def compare(docs: list[tuple[str, str]], show: int, same_id: bool) -> tuple[int, int, int]:
    """Print each document's differences; (records differing, findings differing, mixed findings)."""
    joined = SEPARATOR.join(text for _, text in docs)
    pid = page_id([doc for doc, _ in docs])
    starts, at = [], 0
    for _, text in docs:
        starts.append(at)
        at += len(text) + len(SEPARATOR)
    alone: dict[str, set] = {}
    for doc, text in docs:
        records, findings = run(text, pid if same_id else doc)
        alone[doc] = {_record_key(r, 0) for r in records}
        alone[doc] |= {_finding_key(f, [0] * len(f.facts)) for f in findings}
    together: dict[str, set] = defaultdict(set)
    records, findings = run(joined, pid)
    owner = lambda pos: max(0, bisect.bisect_right(starts, pos) - 1)  # noqa: E731
    for r in records:
        i = owner(r.start)
        together[docs[i][0]].add(_record_key(r, starts[i]))
    mixed = 0
    for f in findings:
        where = [owner(x.start) for x in f.facts]
        if len(set(where)) > 1:
            mixed += 1
            print(f"mixed: {f.check} {f.verdict} over {', '.join(docs[i][0] for i in sorted(set(where)))}: "
                  f"{f.explanation[:80]}")
        together[docs[where[0]][0]].add(_finding_key(f, [starts[i] for i in where]))
    counts = [0, 0]
    for doc, _ in docs:
        only_alone = sorted(alone[doc] - together[doc], key=repr)
        only_joined = sorted(together[doc] - alone[doc], key=repr)
        for key in only_alone + only_joined:
            counts[key[0] == "finding"] += 1
        if only_alone or only_joined:
            print(f"{doc}: {len(only_alone)} only alone, {len(only_joined)} only joined")
            for sign, keys in (("-", only_alone), ("+", only_joined)):
                for key in keys[:show]:
                    print(f"  {sign} {key}")
    return counts[0], counts[1], mixed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=("gov", "gwr", "pd"), required=True)
    ap.add_argument("--split", choices=("all", "dev", "test"), default="all",
                    help="gov/gwr: the DEV (even index) or TEST (odd) files only")
    ap.add_argument("--mb", type=float, default=0.3, help="pd: MiB of DEV articles (default 0.3)")
    ap.add_argument("--show", type=int, default=3, help="differences printed per document and side")
    ap.add_argument("--same-id", action="store_true", help="run each document alone under the joined "
                    "page's id too (an id may name a year): then only the splitting differs")
    args = ap.parse_args()
    corpus.require()
    groups = pd_pages(args.mb) if args.set == "pd" else [file_set(args.set, args.split)]
    total = [0, 0, 0]
    for docs in groups:
        total = [a + b for a, b in zip(total, compare(docs, args.show, args.same_id))]
    print(f"{args.set}: {sum(len(g) for g in groups)} documents in {len(groups)} joined page(s): "
          f"{total[0]} records and {total[1]} findings differ, {total[2]} joined findings mix documents")


if __name__ == "__main__":
    main()
