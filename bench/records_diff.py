"""Did a change move any record? Dump every record and audit finding over real news and the sample pages, or
compare a dump with the records the code gives now.

    python bench/records_diff.py --save /tmp/before.jsonl      # before the change
    python bench/records_diff.py --against /tmp/before.jsonl   # after it: what is new, gone, changed
    python bench/records_diff.py --types numeric --save /tmp/num.jsonl   # a numeric run's rows only
    python bench/records_diff.py --types all --save /tmp/rows.jsonl      # every type's rows, no findings

The text: the first --mb MiB of People's Daily 1998 (bench/corpus.py, one page per article),
the project's corpus/pages and ../shared's hn-page-01, all types. A speed change must leave the
dump byte for byte as it was; a rule change shows here every record it adds, drops or alters.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

ROOT = corpus.ROOT
sys.path.insert(0, str(ROOT))


def pages(mb: float) -> list[tuple[str, str]]:
    out = corpus.sample(int(mb * 1024 * 1024))
    files = sorted((ROOT / "corpus" / "pages").glob("*.txt"))
    files += [p for p in [ROOT.parent / "shared" / "corpus" / "pages" / "hn-page-01.txt"] if p.exists()]
    return out + [(p.stem, p.read_text(encoding="utf-8")) for p in files]


def typed_rows(mb: float, types: tuple[str, ...]) -> list[str]:
    """The rows `extractor extract --types ...` writes for these types (api.iter_rows), page by
    page: a speed change to a run of some types only must leave them byte for byte as they were."""
    from extractor.api import iter_rows
    out: list[str] = []
    for doc, text in pages(mb):
        out += iter_rows(text, doc, types)
    return out


def rows(mb: float) -> list[str]:
    """Every record (all types) and every audit finding (each page's, then the cross-document
    ones over all pages) as JSON lines."""
    from extractor.api import extract_text
    from extractor.audit import audit_page, cross_document
    from extractor.engine import page_records
    from extractor.page import Page
    from extractor.records import NUMERIC_TYPES, to_json
    out: list[str] = []
    findings: list[str] = []
    numeric: list[dict] = []
    for doc, text in pages(mb):
        out += [to_json(f) for f in extract_text(text, doc)]
        page = Page.read(text, doc)
        records = page_records(page, NUMERIC_TYPES)
        findings += [to_json(f) for f in audit_page(page, records)]
        numeric += records
    findings += [to_json(f) for f in cross_document(numeric)]
    return out + findings


def _key(row: dict) -> tuple:
    if "check" in row:  # a finding
        return row["doc"], row["check"], row.get("id", ""), "finding"
    return row["doc"], row["start"], row["end"], row["type"]


def compare(old: list[str], new: list[str], show: int) -> bool:
    """Print what differs; True when nothing does."""
    if old == new:
        print(f"same: {len(new):,} records, byte for byte")
        return True
    a = {_key(r): r for r in map(json.loads, old)}
    b = {_key(r): r for r in map(json.loads, new)}
    added = [b[k] for k in b if k not in a]
    gone = [a[k] for k in a if k not in b]
    changed = [(a[k], b[k]) for k in a if k in b and a[k] != b[k]]
    print(f"{len(old):,} records before, {len(new):,} now: {len(added)} new, {len(gone)} gone, "
          f"{len(changed)} changed")
    for sign, items in (("+", added), ("-", gone)):
        for r in items[:show]:
            if "check" in r:
                print(f"{sign} {r['doc']} finding {r['check']} {r['verdict']} | {r['explanation'][:80]}")
                continue
            print(f"{sign} {r['doc']} {r['type']} {r['text']!r} {r.get('value')} {r.get('unit')} "
                  f"{r.get('qualifier')} | {r.get('sentence', '')[:50]}")
    for x, y in changed[:show]:
        fields = {k: (x.get(k), y.get(k)) for k in set(x) | set(y) if x.get(k) != y.get(k)}
        print(f"~ {x['doc']} {x.get('type', x.get('check'))} {x.get('text', '')!r}: {fields}")
    return False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=1.0, help="MiB of People's Daily (default 1)")
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the dump here")
    group.add_argument("--against", type=Path, help="compare with this dump")
    ap.add_argument("--show", type=int, default=20, help="differences printed of each kind")
    ap.add_argument("--types", help="only the rows a run of these types writes (comma-separated, "
                    "'numeric' or 'all'), no findings; default: all types and the audit's findings")
    args = ap.parse_args()
    corpus.require()
    if args.types:
        from extractor.api import parse_types
        from extractor.fact_types import ALL_TYPES, NUMERIC_TYPES
        named = {"numeric": NUMERIC_TYPES, "all": ALL_TYPES}  # the two sets one would otherwise spell out
        wanted = named.get(args.types) or parse_types(args.types.split(","))
        now = typed_rows(args.mb, wanted)
    else:
        now = rows(args.mb)
    if args.save:
        tmp = args.save.with_name(args.save.name + ".tmp")
        tmp.write_text("".join(r + "\n" for r in now), encoding="utf-8")
        tmp.replace(args.save)
        print(f"wrote {len(now):,} records to {args.save}")
        return
    old = args.against.read_text(encoding="utf-8").splitlines()
    sys.exit(0 if compare(old, now, args.show) else 1)


if __name__ == "__main__":
    main()
