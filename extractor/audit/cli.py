"""`extractor audit`: findings as JSON Lines, a readable summary on stderr."""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Optional

import click

from ..records import NUMERIC_TYPES, Finding

EXIT_OK, EXIT_BAD_INPUT = 0, 1
FAIL_ON = ("inconsistent", "unverifiable", "never")


def _read_facts(path: str) -> dict[str, list[dict]]:
    """Fact records by document from a JSON Lines file; raises click errors for bad files."""
    by_doc: dict[str, list[dict]] = {}
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    raise click.ClickException(f"{path}:{n}: not JSON ({e.msg})") from None
                if not isinstance(rec, dict) or "doc" not in rec or "start" not in rec or "end" not in rec:
                    raise click.ClickException(f"{path}:{n}: not a fact record (needs doc, start, end)")
                by_doc.setdefault(str(rec["doc"]), []).append(rec)
    except OSError as e:
        raise click.ClickException(f"cannot read {path}: {e.strerror or e}") from None
    return by_doc


def _page_file(pages: Path, doc: str) -> Optional[Path]:
    for name in (f"{doc}.txt", f"{doc}.txt.gz", doc):
        p = pages / name
        if p.is_file():
            return p
    return None


def _summary(findings: list[Finding], n_pages: int) -> str:
    counts = Counter(f.verdict for f in findings)
    lines = [f"audit: {n_pages} page(s), {len(findings)} finding(s): "
             + ", ".join(f"{counts.get(v, 0)} {v}" for v in ("consistent", "inconsistent", "unverifiable"))]
    for f in findings:
        if f.verdict == "inconsistent":
            lines.append(f"  {f.doc} [{f.check}] {f.explanation}")
    return "\n".join(lines)


@click.command()
@click.argument("paths", nargs=-1)
@click.option("-o", "--output", default="-", show_default=True, help="Findings file (JSON Lines; '-' for stdout).")
@click.option("--facts", "facts_path", default=None, metavar="FILE",
              help="Audit fact records extracted earlier (JSON Lines) instead of extracting them again.")
@click.option("--pages", "pages_dir", default=None, metavar="DIR",
              help="With --facts: the folder holding each document's page (<doc>.txt).")
@click.option("--fail-on", "fail_on", type=click.Choice(FAIL_ON), default="never", show_default=True,
              help="Exit 1 when a finding has this verdict (for pipelines).")
def audit(paths: tuple[str, ...], output: str, facts_path: Optional[str], pages_dir: Optional[str],
          fail_on: str) -> None:
    """Audit the totals, rates, changes, counts and bounds that pages claim.

    PATHS are page files (or '-' for stdin). Each finding names the check, the verdict
    (consistent, inconsistent, unverifiable), the facts involved (the claim first), and an
    explanation that can be checked by hand. With several pages, cumulative totals (累计 …
    截至) are also compared across them. A file that cannot be read is named on stderr, the
    others are still audited, and the exit code is 1.

    \b
    Example:
        extractor audit page.txt -o findings.jsonl
        extractor audit --facts facts.jsonl --pages pages/
        extractor audit --fail-on inconsistent page.txt
    """
    from ..cli import Inputs, writing
    from ..output import write_lines_atomic
    from ..page import Page
    from ..engine import page_records
    from ..records import to_json
    from ..textio import InputError, read_page
    from . import audit_page, cross_document

    if facts_path is None and not paths:
        raise click.UsageError("give page files, or --facts FILE with --pages DIR")
    if facts_path is not None and pages_dir is None:
        raise click.UsageError("--facts needs --pages DIR (the pages the facts were extracted from)")
    failed = 0
    findings: list[Finding] = []
    every_record: list[dict] = []
    n_pages = 0
    if facts_path is not None:
        for doc, records in _read_facts(facts_path).items():
            path = _page_file(Path(pages_dir), doc)
            try:
                if path is None:
                    raise InputError(f"{pages_dir}: no page for document {doc!r}")
                page = Page.read(read_page(path), doc)
            except InputError as e:
                click.echo(f"extractor: {e}", err=True)
                failed += 1
                continue
            n_pages += 1
            findings += audit_page(page, records)
            every_record += records
    inputs = Inputs(paths)
    for doc, text in inputs:
        page = Page.read(text, doc)
        records = page_records(page, NUMERIC_TYPES)  # numeric records carry their place
        n_pages += 1
        findings += audit_page(page, records)
        every_record += records
    if n_pages > 1:
        findings += cross_document(every_record)
    with writing(output):
        write_lines_atomic(output, [to_json(f) for f in findings])
    click.echo(_summary(findings, n_pages), err=True)
    failed += inputs.failed
    if failed or (fail_on != "never" and any(f.verdict == fail_on for f in findings)):
        sys.exit(EXIT_BAD_INPUT)
