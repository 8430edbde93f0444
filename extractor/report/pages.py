"""Reading a page for its report, writing report files, and the index of a folder of reports."""
from __future__ import annotations

from collections import Counter
from html import escape
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional

from ..output import write_lines_atomic
from ..page import Page
from ..record import Record
from ..records import ALL_TYPES
from .assets import CSS
from .html import CSP, as_dict, render_html


def read_report(text: str, doc: str = "stdin", types: Iterable[str] = ALL_TYPES,
                audit: bool = True) -> tuple[Page, list[Record], Optional[list[Any]]]:
    """(page, fact records, findings or None) for one page of text: what render_html takes."""
    from ..api import process_page
    result = process_page(Page.read(text, doc), types, audit)
    return result.page, result.records, result.findings


def summary(page: Page, records: Iterable[Any], findings: Optional[Iterable[Any]], href: str) -> dict:
    """One row of the index: the document, its report file and its counts."""
    found = None if findings is None else [as_dict(f) for f in findings]
    verdicts = Counter(f.get("verdict") for f in found or [])
    return {"doc": page.doc, "href": href, "chars": len(page.original), "facts": len(list(records)),
            "findings": None if found is None else len(found), "inconsistent": verdicts["inconsistent"]}


def write_report(page: Page, records: list[Any], findings: Optional[list[Any]], path: str | Path) -> dict:
    """Write one page's report ('-' is stdout); its index row, with href relative to the file's folder."""
    write_lines_atomic(path, [render_html(page, records, findings).rstrip("\n")])
    return summary(page, records, findings, Path(str(path)).name)


def write_index(directory: str | Path, entries: Iterable[Mapping[str, Any]], name: str = "index.html",
                title: str = "extractor reports") -> Path:
    """Write an index of report files (rows as `summary` makes them) into directory; its path."""
    rows = []
    for e in sorted(entries, key=lambda e: (-(e.get("inconsistent") or 0), str(e.get("doc")))):
        findings = "—" if e.get("findings") is None else e["findings"]
        bad = e.get("inconsistent") or 0
        rows.append(f'<tr{" class=bad" if bad else ""}><td><a href="{escape(str(e["href"]))}">'
                    f'{escape(str(e["doc"]))}</a></td><td>{e.get("chars", "")}</td><td>{e.get("facts", "")}</td>'
                    f'<td>{findings}</td><td>{bad}</td></tr>')
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<title>{escape(title)}</title>
<style>{CSS}
table{{border-collapse:collapse;background:#fff;width:100%;max-width:60rem;margin:1rem}}
td,th{{border:1px solid #e5e7eb;padding:.3rem .6rem;text-align:left}} tr.bad td{{background:#fef2f2}}
</style></head><body><header><h1>{escape(title)}</h1>
<p class="counts">{len(rows)} pages; pages with inconsistent findings first.</p></header>
<div style="overflow-x:auto"><table><thead><tr><th>page</th><th>characters</th><th>facts</th><th>findings</th>
<th>inconsistent</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div></body></html>"""
    target = Path(directory) / name
    write_lines_atomic(target, [html])
    return target
