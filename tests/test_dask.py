"""The batch on a dask.distributed cluster (a LocalCluster of two worker processes) writes the
same OUT files as a local run."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.batch import run_batch
from test_batch import outputs
from test_batch_pages import make_pages

distributed = pytest.importorskip("distributed")


def test_dask_run_equals_local_run(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    make_pages(pages, n_good=6)
    local = run_batch([str(pages)], tmp_path / "local", jobs=1)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=40) as cluster:
        remote = run_batch([str(pages)], tmp_path / "dask", scheduler=cluster.scheduler_address,
                           partition_size=2)
        # a worker loads its segmenter (jieba's dictionaries) once, however many partitions it runs
        with distributed.Client(cluster) as client:
            built = client.run(lambda: __import__("extractor.names").names.default_segmenter.cache_info().misses)
    assert outputs(tmp_path / "dask") == outputs(tmp_path / "local")
    assert (remote.pages, remote.errors, remote.facts) == (local.pages, local.errors, local.facts)
    assert remote.pages == 10 and remote.facts > 50
    assert len(built) == 2 and max(built.values()) == 1


def test_dask_resume_after_local_run_skips_everything(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    make_pages(pages, n_good=3)
    run_batch([str(pages)], tmp_path / "out", jobs=1)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None, silence_logs=40) as cluster:
        again = run_batch([str(pages)], tmp_path / "out", scheduler=cluster.scheduler_address, resume=True)
    assert again.skipped == 6 and again.processed == 1  # the bad file is retried; the empty one is done


def test_an_unreachable_scheduler_is_a_one_line_error(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from extractor.cli import main
    (tmp_path / "a.txt").write_text("2024年", encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o"),
                                       "--scheduler", "nonsense://host:8786"])
    assert result.exit_code == 1 and "cannot reach the Dask scheduler" in result.output
