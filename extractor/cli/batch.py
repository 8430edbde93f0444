"""`extractor batch`: many pages into OUT/, in parallel or on a Dask cluster."""
from __future__ import annotations

import sys
from typing import Optional

import click

from .common import EXIT_BAD_INPUT, parse_types_option, types_option


class Bar:
    """A tqdm bar on a terminal (pages, facts, errors, pages/s); nothing otherwise."""

    def __init__(self) -> None:
        self.bar = None
        self.facts = self.errors = 0

    def start(self, total: Optional[int] = None) -> None:
        if sys.stderr.isatty():
            from tqdm import tqdm
            tqdm.monitor_interval = 0  # no monitor thread: pool workers fork from this process
            self.bar = tqdm(total=total, unit=" pages", file=sys.stderr, smoothing=0.1,
                            bar_format="{percentage:3.0f}%|{bar:20}| {n_fmt}/{total_fmt} pages{postfix}, "
                                       "{rate_fmt} [{elapsed}<{remaining}]")
            self.bar.set_postfix_str("0 facts, 0 errors", refresh=False)

    def __call__(self, res, skipped: bool) -> None:
        if self.bar is None:
            return
        if res is not None:
            self.facts += len(res.facts)
            self.errors += res.status not in ("ok", "empty")
        self.bar.update(1)
        self.bar.set_postfix_str(f"{self.facts} facts, {self.errors} errors", refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PAGES_DIR_OR_GLOB...")
@click.option("-o", "--output", "out", required=True, type=click.Path(file_okay=False),
              help="Folder for facts.jsonl, findings.jsonl, documents.jsonl and errors.jsonl.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes; default all cores. 1 runs in this process.")
@click.option("--resume", is_flag=True, help="Skip documents already done (same name, same content hash).")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Run on a dask.distributed cluster, e.g. tcp://HOST:8786 (--jobs is then ignored).")
@click.option("--partition-size", type=click.IntRange(min=1), default=16, show_default=True,
              help="Documents per Dask task.")
@types_option()
@click.option("--root", default=None, metavar="DIR",
              help="Document ids are page paths relative to DIR (default: to each folder or glob root given). "
                   "Name an archive's root to keep ids the same across runs over parts of it.")
@click.option("--html", is_flag=True, help="Also write OUT/html/: one HTML report per page and an index.html.")
@click.option("--page-seconds", type=click.FloatRange(min=0), default=None,
              help="Seconds one page may take before it is reported in errors.jsonl and skipped "
                   "(default 300; 0: no limit; not enforced on Dask's worker threads).")
def batch(inputs: tuple[str, ...], out: str, jobs: Optional[int], resume: bool, scheduler: Optional[str],
          partition_size: int, types: Optional[str], root: Optional[str], html: bool,
          page_seconds: Optional[float]) -> None:
    """Extract and audit many pages into OUT/ (files, folders searched recursively, globs; .txt, .txt.gz).

    \b
    Writes OUT/facts.jsonl, OUT/findings.jsonl, OUT/documents.jsonl (one row per page: path,
    sha256, status, counts, seconds) and OUT/errors.jsonl. A document's id is its path below
    the folder or glob root given, without extension (archive/2023-05-01/01.txt read as
    `archive/` is 2023-05-01/01); an empty page is a document with status `empty`. Output order follows the inputs
    (folders sorted by path) whatever --jobs is. A page that cannot be read is listed in
    errors.jsonl and the batch goes on; the exit code is then 1. State for --resume is kept
    in OUT/.batch/.

    \b
    Example:
        extractor batch pages/ -o out/
        extractor batch 'archive/2023-*/**/*.txt.gz' -o out/ --jobs 8 --resume
        extractor batch archive/2023-05-03/ --root archive/ -o out/   # ids 2023-05-03/...
        extractor batch pages/ -o out/ --scheduler tcp://scheduler:8786
        extractor batch pages/ -o out/ --html      # out/html/index.html to review the pages
    """
    from ..batch.runner import BatchError, run_batch  # Dask only when --scheduler asks for it
    wanted = parse_types_option(types)
    bar = Bar()
    try:
        summary = run_batch(inputs, out, jobs=jobs, resume=resume, types=wanted, scheduler=scheduler,
                            partition_size=partition_size, progress=bar, root=root,
                            page_seconds=page_seconds)
    except BatchError as e:
        raise click.ClickException(str(e)) from None
    except KeyboardInterrupt:
        bar.close()
        click.echo("extractor: interrupted; the documents done are kept, run again with --resume", err=True)
        sys.exit(130)
    except OSError as e:
        raise click.ClickException(f"{getattr(e, 'filename', None) or out}: {e.strerror or e}") from None
    finally:
        bar.close()
    if html:
        from ..batch.html import write_html_reports
        write_html_reports(out)
    for arg in summary.unmatched:
        click.echo(f"extractor: warning: {arg} matches no page file", err=True)
    if sys.stderr.isatty() or summary.errors:
        click.echo(f"extractor: {summary.pages} pages ({summary.skipped} already done), {summary.facts} facts, "
                   f"{summary.findings} findings, {summary.errors} errors, "
                   f"{summary.pages_per_second:.1f} pages/s -> {out}", err=True)
    if summary.errors:
        sys.exit(EXIT_BAD_INPUT)
