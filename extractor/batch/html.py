"""`extractor batch --html`: one report per document and an index, from a finished batch's OUT files.

The pages are read again (normalization only, no extraction): facts and findings come from
OUT/facts.jsonl and OUT/findings.jsonl, which list documents in the same order as documents.jsonl.
"""
from __future__ import annotations

import json
from itertools import groupby
from pathlib import Path
from typing import Iterator

from ..page import Page
from ..textio import InputError, read_page


def _rows(path: Path) -> Iterator[dict]:
    if not path.exists():
        return
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _by_doc(path: Path) -> Iterator[tuple[str, list[dict]]]:
    for doc, group in groupby(_rows(path), key=lambda r: r.get("doc")):
        yield doc, list(group)


def write_html_reports(out: str | Path) -> int:
    """Write OUT/html/<doc>.html for every document read and OUT/html/index.html; how many pages."""
    from ..report.pages import write_index, write_report
    out = Path(out)
    folder = out / "html"
    folder.mkdir(parents=True, exist_ok=True)
    facts = _by_doc(out / "facts.jsonl")
    findings: dict[str, list[dict]] = {}
    for doc, rows in _by_doc(out / "findings.jsonl"):
        findings.setdefault(doc, []).extend(rows)
    pending = next(facts, None)
    entries = []
    for d in _rows(out / "documents.jsonl"):
        if d.get("status") == "error":
            continue
        records: list[dict] = []
        while pending is not None and pending[0] == d["doc"]:
            records += pending[1]
            pending = next(facts, None)
        try:
            page = Page.read(read_page(d["path"]), d["doc"])
        except InputError:
            continue  # the file changed or vanished since the batch read it
        # an archive's ids hold folders (2023-05-01/01): its reports keep that layout
        target = folder / f"{d['doc']}.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        entry = write_report(page, records, findings.get(d["doc"], []), target)
        entry["href"] = target.relative_to(folder).as_posix()
        entries.append(entry)
    write_index(folder, entries)
    return len(entries)
