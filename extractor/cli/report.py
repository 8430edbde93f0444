"""`extractor report`: pages as HTML a person can review, facts highlighted, the audit beside them."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import click

from .common import EXIT_BAD_INPUT, Inputs, date_option, parse_date_option, parse_types_option, types_option, writing


def _read_findings(path: str) -> dict[str, list[dict]]:
    """Findings from a JSON Lines file (as `extractor audit` writes it), by document."""
    from ..records import read_rows_by_doc
    from ..textio import InputError
    try:
        return read_rows_by_doc(path, "a finding (a JSON object)")
    except InputError as e:
        raise click.ClickException(str(e)) from None


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", default="-", show_default=True,
              help="HTML file for one page ('-' for stdout); a folder for several (one file each, plus "
                   "index.html): an existing folder, or a name ending in '/', which is created.")
@click.option("--findings", "findings_path", default=None, metavar="FILE",
              help="Show these audit findings (JSON Lines from `extractor audit`) instead of running the audit.")
@click.option("--no-audit", is_flag=True, help="Do not run the audit; show facts only.")
@types_option("highlight")
@date_option()
def report(paths: tuple[str, ...], output: str, findings_path: Optional[str], no_audit: bool,
           types: Optional[str], date: Optional[str]) -> None:
    """Write a page as one self-contained HTML file: the original text, layout kept, every fact
    highlighted by type (hover or focus shows its value, unit, qualifier, metric, place and period),
    and the audit findings beside it, each linked to its facts.

    -o names a file, unless it is an existing folder or ends in '/': then each page is written
    into that folder as DOC.html, with an index.html. Several pages need such a folder; a file
    name with several pages is a usage error, never a folder made silently.

    \b
    Example:
        extractor report page.txt -o page.html
        extractor report pages/*.txt -o reports/        # one file per page and reports/index.html
        extractor report page.txt --findings findings.jsonl -o page.html
    """
    from ..api import process_page
    from ..page import Page
    from ..report.pages import write_index, write_report
    wanted = parse_types_option(types)
    date = parse_date_option(date)
    given = _read_findings(findings_path) if findings_path else None
    several = output != "-" and (Path(output).is_dir() or output.endswith(("/", os.sep)))
    if len(paths) > 1 and not several:
        raise click.UsageError(f"several pages need -o FOLDER (an existing folder, or a name ending in '/'); "
                               f"{'stdout' if output == '-' else repr(output)} is not one")
    inputs, entries = Inputs(paths), []
    for doc, text in inputs:
        result = process_page(Page.read(text, doc, date), wanted, audit=given is None and not no_audit)
        findings = given.get(doc, []) if given is not None else result.findings
        target = Path(output) / f"{doc}.html" if several else output
        with writing(target):
            entries.append(write_report(result.page, result.records, findings, target))
    if several:
        with writing(output):
            write_index(output, entries)
    if inputs.failed:
        sys.exit(EXIT_BAD_INPUT)
