"""Reports a person can review: a page's facts highlighted in HTML, with the audit beside them.

    page = Page.read(text, doc)
    records = page_records(page, ALL_TYPES)
    html = render_html(page, records, audit_findings(page, records))
"""
from __future__ import annotations

from .html import render_html
from .pages import audit_findings, read_report, summary, write_index, write_report

__all__ = ["render_html", "audit_findings", "read_report", "summary", "write_report", "write_index"]
