"""What every command shares: exit codes, the --types and --date options, reading pages named on the
command line, and turning a failure to write into a one-line user error."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Callable, Iterator, Optional

import click

from ..fact_types import names_list
from ..textio import InputError

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


def types_option(what: str = "extract") -> Callable:
    """The --types option; `what` is the verb its help uses (extract, highlight)."""
    return click.option("--types", "types", default=None, metavar="LIST",
                        help=f"Comma-separated fact types to {what} ({names_list()}); default all.")


def parse_types_option(value: Optional[str]) -> tuple[str, ...]:
    from ..api import parse_types
    try:
        return parse_types(value.split(",") if value else None)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--types") from None


def date_option() -> Callable:
    """The --date option: the day the pages were issued (or a report's year), where their file names and
    date lines do not say."""
    return click.option("--date", "date", default=None, metavar="YYYY-MM-DD",
                        help="The day the pages were issued (YYYY for a report's year), where neither the file "
                             "name nor a date line on the page says: 去年, 目前 and dates without a year are "
                             "read from it.")


def parse_date_option(value: Optional[str]) -> Optional[str]:
    """The --date value checked (issue_date.issued_id), as the library takes it; None where not given."""
    from ..issue_date import issued_id
    if value is None:
        return None
    try:
        issued_id(value)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--date") from None
    return value


def read_input(path: str, doc: Optional[str] = None) -> tuple[str, str]:
    """(doc id, text) of a path or '-' for stdin; raises InputError. The id is `doc` when given,
    else the file's stem."""
    from ..textio import MAX_PAGE_BYTES, decode, doc_id, read_page
    if path == "-":
        # the same page limit as for files: read one byte more than it, never the whole stream
        data = sys.stdin.buffer.read(MAX_PAGE_BYTES + 1)
        if len(data) > MAX_PAGE_BYTES:
            raise InputError(f"<stdin>: over the {MAX_PAGE_BYTES} byte page limit")
        return "stdin", decode(data, "<stdin>")
    return doc or doc_id(path), read_page(path)


def warn(message: str) -> None:
    """One line on stderr, named as the program's."""
    click.echo(f"extractor: {message}", err=True)


@contextmanager
def writing(path: object) -> Iterator[None]:
    """Turn a failure to write an output into a one-line user error."""
    try:
        yield
    except OSError as e:
        raise click.ClickException(f"cannot write {path}: {e.strerror or e}") from None


class Inputs:
    """The pages named on the command line as (doc id, text); each one that cannot be read is
    named on stderr in one line and counted in `failed`, and the others go on. Ids are unique in
    the run (extractor.docids: `a/01.txt b/01.txt` give a/01 and b/01). An empty page is a
    document without facts, not an error: it is named on stderr as a note and yields nothing to
    extract (exit 0), as a batch lists it with the status `empty`."""

    def __init__(self, paths: tuple[str, ...]) -> None:
        from ..docids import file_ids
        self.paths = paths
        files = [p for p in paths if p != "-"]
        self.ids = dict(zip(files, file_ids(files)))
        self.failed = 0

    def __iter__(self) -> Iterator[tuple[str, str]]:
        for path in self.paths:
            try:
                doc, text = read_input(path, self.ids.get(path))
            except InputError as e:
                warn(str(e))
                self.failed += 1
                continue
            if not text.strip():
                warn(f"note: {path}: empty page, no facts")
            yield doc, text
