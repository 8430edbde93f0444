"""The command line: a thin click layer over the library, user errors as ClickException."""
from __future__ import annotations

import importlib
import sys
from contextlib import contextmanager
from typing import Optional

import click

from . import __version__
from .fact_types import names_list
from .textio import InputError

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


def types_option(f):
    return click.option("--types", "types", default=None, metavar="LIST",
                        help=f"Comma-separated fact types to extract ({names_list()}); default all. Numeric types alone skip segmentation.")(f)


def parse_types_option(value: Optional[str]) -> tuple[str, ...]:
    from .api import parse_types
    try:
        return parse_types(value.split(",") if value else None)
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--types") from None


def read_input(path: str) -> tuple[str, str]:
    """(doc id, text) of a path or '-' for stdin; raises InputError."""
    from .textio import MAX_PAGE_BYTES, decode, doc_id, read_page
    if path == "-":
        # the same page limit as for files: read one byte more than it, never the whole stream
        data = sys.stdin.buffer.read(MAX_PAGE_BYTES + 1)
        if len(data) > MAX_PAGE_BYTES:
            raise InputError(f"<stdin>: over the {MAX_PAGE_BYTES} byte page limit")
        return "stdin", decode(data, "<stdin>")
    return doc_id(path), read_page(path)


@contextmanager
def writing(path: object):
    """Turn a failure to write an output into a one-line user error."""
    try:
        yield
    except OSError as e:
        raise click.ClickException(f"cannot write {path}: {e.strerror or e}") from None


class Inputs:
    """The pages named on the command line as (doc id, text); each one that cannot be read is
    named on stderr in one line and counted in `failed`, and the others go on."""

    def __init__(self, paths: tuple[str, ...]) -> None:
        self.paths = paths
        self.failed = 0

    def __iter__(self):
        for path in self.paths:
            try:
                yield read_input(path)
            except InputError as e:
                click.echo(f"extractor: {e}", err=True)
                self.failed += 1


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="extractor")
def main() -> None:
    """Typed, checkable facts from Chinese government news pages, and an audit of their totals.

    \b
    Example:
        extractor extract page.txt -o facts.jsonl
        extractor audit page.txt -o findings.jsonl
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", default="-", show_default=True, help="Output JSON Lines file ('-' for stdout).")
@types_option
def extract(paths: tuple[str, ...], output: str, types: Optional[str]) -> None:
    """Extract facts from pages into JSON Lines, one fact a line, in document order.

    PATHS are page files (UTF-8, UTF-8 with BOM, GB18030/GBK, UTF-16 with BOM; .txt or .txt.gz)
    or '-' for stdin. A file that cannot be read is named on stderr, the others are still
    processed, and the exit code is 1.

    \b
    Example:
        extractor extract page.txt -o facts.jsonl
        extractor extract --types money,count pages/*.txt
        cat page.txt | extractor extract -
    """
    from .api import extract_text
    from .records import to_json
    wanted = parse_types_option(types)
    inputs = Inputs(paths)
    lines: list[str] = []
    for doc, text in inputs:
        lines += [to_json(f) for f in extract_text(text, doc, wanted)]
    from .output import write_lines_atomic
    with writing(output):
        write_lines_atomic(output, lines)
    if inputs.failed:
        sys.exit(EXIT_BAD_INPUT)


# Commands that live in their own modules: (module, attribute). Each is a click command.
PLUGINS = [
    ("extractor.audit.cli", "audit"),
    ("extractor.batch.cli", "batch"),
    ("extractor.db.cli", "db"),
    ("extractor.report.cli", "report"),
]
for _module, _attr in PLUGINS:
    try:
        _cmd = getattr(importlib.import_module(_module), _attr)
    except ModuleNotFoundError as _e:
        if _e.name and not _module.startswith(_e.name):
            raise
        continue
    main.add_command(_cmd)
