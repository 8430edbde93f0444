"""Batch extraction: many pages in, OUT/facts.jsonl, findings.jsonl, documents.jsonl, errors.jsonl out.

    from extractor.batch import run_batch
    summary = run_batch(["pages/"], "out/", jobs=4, resume=True)

The per-document work (`work.process_partition`) is a plain function over a list of documents, so
the same job runs in a local process pool, on a dask.distributed cluster, or under Spark.
"""
from __future__ import annotations

from .runner import BatchError, BatchSummary, run_batch

__all__ = ["run_batch", "BatchSummary", "BatchError"]
