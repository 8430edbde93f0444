"""Reports a person can review: a page's facts highlighted in HTML, with the audit beside them.

    result = process_page(Page.read(text, doc))        # extractor.api
    html = render_html(result.page, result.records, result.findings)
"""
from __future__ import annotations

from .html import render_html
from .pages import read_report, summary, write_index, write_report

__all__ = ["render_html", "read_report", "summary", "write_report", "write_index"]
