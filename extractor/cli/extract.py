"""`extractor extract`: facts as JSON Lines."""
from __future__ import annotations

import sys
from typing import Optional

import click

from .common import EXIT_BAD_INPUT, Inputs, parse_types_option, types_option, writing


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", default="-", show_default=True, help="Output JSON Lines file ('-' for stdout).")
@types_option()
def extract(paths: tuple[str, ...], output: str, types: Optional[str]) -> None:
    """Extract facts from pages into JSON Lines, one fact a line, in document order.

    PATHS are page files (UTF-8, UTF-8 with BOM, GB18030/GBK, UTF-16 with BOM; .txt or .txt.gz)
    or '-' for stdin. A file that cannot be read is named on stderr, the others are still
    processed, and the exit code is 1. Numeric types alone skip segmentation.

    \b
    Example:
        extractor extract page.txt -o facts.jsonl
        extractor extract --types money,count pages/*.txt
        cat page.txt | extractor extract -
    """
    from ..api import iter_facts
    from ..output import write_lines_atomic
    from ..records import to_json
    wanted = parse_types_option(types)
    inputs = Inputs(paths)
    # each fact is written as it is made (into the temporary file that replaces OUTPUT at the
    # end): a long page's facts are never all held at once
    lines = (to_json(f) for doc, text in inputs for f in iter_facts(text, doc, wanted))
    with writing(output):
        write_lines_atomic(output, lines)
    if inputs.failed:
        sys.exit(EXIT_BAD_INPUT)
