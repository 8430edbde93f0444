"""`extractor db`: load batch outputs into DuckDB and query them."""
from __future__ import annotations

import sys
from contextlib import closing, contextmanager
from typing import Iterator

import click

from ..db.render import WRITERS  # plain Python: no DuckDB at start-up


@contextmanager
def _db_errors() -> Iterator[None]:
    """A database or OUT folder that cannot be used, as a one-line user error."""
    from ..db.store import DbError
    try:
        yield
    except DbError as e:
        raise click.ClickException(str(e)) from None


DB_OPTION = click.option("--db", "db_path", required=True, metavar="FILE", help="The DuckDB database file.")


@click.group(short_help="The fact database: load batch outputs, ask questions in SQL.")
def db() -> None:
    """The fact database (DuckDB): load batch outputs, ask questions in SQL.

    \b
    Tables: documents, facts, findings, finding_facts.
    Views:  totals, totals_by_place, totals_by_metric, totals_by_period,
            finding_quotes, inconsistent_findings, errors.

    \b
    Example:
        extractor db load out/ --db facts.duckdb
        extractor db query --db facts.duckdb "SELECT * FROM totals_by_place ORDER BY total DESC LIMIT 20"
    """


@db.command()
@click.argument("outs", nargs=-1, required=True, metavar="OUT...")
@DB_OPTION
def load(outs: tuple[str, ...], db_path: str) -> None:
    """Load batch output folders into the database (created if absent, once every OUT is checked).

    Idempotent: a document already loaded (same doc id) has all its rows replaced, so loading
    the same OUT twice leaves one copy, and a re-extracted document replaces its old rows.

    \b
    Example:
        extractor db load out/ --db facts.duckdb
    """
    from ..db.store import check_out, connect, load_out
    with _db_errors():
        for out in outs:  # every folder checked before the database is created
            check_out(out)
        with closing(connect(db_path)) as con:
            for out in outs:
                n = load_out(con, out)
                click.echo(f"{out}: {n['documents']} documents, {n['facts']} facts, "
                           f"{n['findings']} findings -> {db_path}", err=True)


@db.command()
@DB_OPTION
@click.argument("sql")
@click.option("--format", "fmt", type=click.Choice(sorted(WRITERS)), default="table", show_default=True,
              help="Output format.")
def query(db_path: str, sql: str, fmt: str) -> None:
    """Run one SQL statement on the database (read-only) and print its rows.

    \b
    Example:
        extractor db query --db facts.duckdb "SELECT place, metric, sum(value) FROM facts WHERE type='money' GROUP BY 1, 2"
        extractor db query --db facts.duckdb --format csv "SELECT * FROM inconsistent_findings"
    """
    from ..db.store import open_for_query
    from ..db.store import query as run_query
    with _db_errors(), closing(open_for_query(db_path)) as con:
        names, rows = run_query(con, sql)
        WRITERS[fmt](sys.stdout, names, rows)
