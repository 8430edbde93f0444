"""The command line: a thin click layer over the library. Each command maps its options onto
library calls (api, audit, batch, db, report) and turns user errors into one-line messages.
The heavy libraries (spaCy, jieba, DuckDB, Dask) are imported inside the commands that use them,
so that `extractor --help` starts at once."""
from __future__ import annotations

import atexit
import gc

import click

from .. import __version__
from . import audit, batch, db, extract, report

__all__ = ["main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="extractor")
def main() -> None:
    """Typed, checkable facts from Chinese government news pages, and an audit of their totals.

    \b
    Example:
        extractor extract page.txt -o facts.jsonl
        extractor audit page.txt -o findings.jsonl
        extractor batch pages/ -o out/
        extractor report page.txt -o page.html
    """
    # The process ends with the command. Python's last collection at exit walks every object
    # still tracked (the gazetteer's units, the pipeline's tables: 0.2-0.3 s of CPU after a
    # batch or an audit has written its files) only to free what the exit frees anyway;
    # frozen, they are skipped. Files are closed by then (every writer is a `with` block).
    # (Registered once however often main runs in one process, as under the tests.)
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)


main.add_command(extract.extract)
main.add_command(audit.audit)
main.add_command(batch.batch)
main.add_command(db.db)
main.add_command(report.report)
