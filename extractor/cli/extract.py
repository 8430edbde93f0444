"""`extractor extract`: facts as JSON Lines."""
from __future__ import annotations

import gc
import sys
from typing import Iterator, Optional

import click

from ..steps import batches
from .common import EXIT_BAD_INPUT, Inputs, date_option, parse_date_option, parse_types_option, types_option, writing


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", default="-", show_default=True, help="Output JSON Lines file ('-' for stdout).")
@types_option()
@date_option()
def extract(paths: tuple[str, ...], output: str, types: Optional[str], date: Optional[str]) -> None:
    """Extract facts from pages into JSON Lines, one fact a line, in document order.

    PATHS are page files (UTF-8, UTF-8 with BOM, GB18030/GBK, UTF-16 with BOM; .txt or .txt.gz)
    or '-' for stdin. A file that cannot be read is named on stderr, the others are still
    processed, and the exit code is 1. Numeric types alone skip segmentation.

    \b
    Example:
        extractor extract page.txt -o facts.jsonl
        extractor extract --types money,count pages/*.txt
        cat page.txt | extractor extract -
        extractor extract --date 2024-03-05 page.txt
    """
    from ..output import write_lines_atomic
    wanted = parse_types_option(types)
    date = parse_date_option(date)
    inputs = Inputs(paths)
    # each fact is written as it is made (into the temporary file that replaces OUTPUT at the
    # end): a long page's facts are never all held at once
    lines = _rows(inputs, wanted, date)
    with writing(output):
        write_lines_atomic(output, lines)
    if inputs.failed:
        sys.exit(EXIT_BAD_INPUT)


def _rows(inputs: Inputs, wanted: tuple[str, ...], date: Optional[str] = None) -> Iterator[str]:
    """The facts of every page, in order, as JSON Lines rows (api.batch_rows: small pages are read
    in batches, stage by stage; see steps.py). After the first batch the objects the process
    holds (the modules, the rules, the gazetteer the first page loaded) are frozen: they live as
    long as the process, and the collector walked them again at each of its full collections (a
    fifteenth of a numeric run over 800 articles).

    The collector is paused for a whole batch, its facts' checks and writing included, not
    only while its records are made: resumed while the records still waited to be written, it
    walked every one of them (and again once they were a generation older), 2% of a run;
    resumed after them, it finds them gone. The writing makes no reference cycles."""
    from ..api import batch_rows
    frozen = False
    for pages in batches(inputs, lambda page: len(page[1])):
        was_on = gc.isenabled()  # (engine.paused_gc; not imported: an empty page loads nothing)
        gc.disable()
        try:
            yield from batch_rows(pages, wanted, date)
            if not frozen and any(text.strip() for _, text in pages):
                gc.freeze()
                frozen = True
        finally:
            if was_on:
                gc.enable()

