"""`extractor audit`: findings as JSON Lines, a readable summary on stderr."""
from __future__ import annotations

import sys
from collections import Counter
from typing import Optional

import click

from .common import EXIT_BAD_INPUT, Inputs, date_option, parse_date_option, warn, writing

FAIL_ON = ("inconsistent", "unverifiable", "never")


def _summary(findings: list, n_pages: int) -> str:
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
@date_option()
def audit(paths: tuple[str, ...], output: str, facts_path: Optional[str], pages_dir: Optional[str],
          fail_on: str, date: Optional[str]) -> None:
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
    from ..audit.run import audit_pages, read_fact_records
    from ..output import write_lines_atomic
    from ..records import to_json
    from ..textio import InputError

    if facts_path is None and not paths:
        raise click.UsageError("give page files, or --facts FILE with --pages DIR")
    if facts_path is not None and pages_dir is None:
        raise click.UsageError("--facts needs --pages DIR (the pages the facts were extracted from)")
    try:
        facts = read_fact_records(facts_path) if facts_path is not None else None
    except InputError as e:
        raise click.ClickException(str(e)) from None
    inputs = Inputs(paths)
    run = audit_pages(inputs, facts, pages_dir, on_error=warn, date=parse_date_option(date))
    with writing(output):
        write_lines_atomic(output, [to_json(f) for f in run.findings])
    click.echo(_summary(run.findings, run.pages), err=True)
    failed = run.failed + inputs.failed
    if failed or (fail_on != "never" and any(f.verdict == fail_on for f in run.findings)):
        sys.exit(EXIT_BAD_INPUT)
