"""The batch's per-page time limit: a page that takes too long is reported and the batch goes on."""
from __future__ import annotations

import json
import time
from pathlib import Path

from click.testing import CliRunner

from extractor.batch import work
from extractor.batch.work import PAGE_SECONDS_ENV, PageTimeout, process_document, time_limit
from extractor.cli import main

SLOW = "慢页"  # the stand-in for a page the pipeline would never finish


def _slow_records(real):
    def records(page, types):
        if SLOW in page.text:
            time.sleep(30)
        return real(page, types)
    return records


def _slow_find(real):
    """The same stand-in one level down, in the rules every route runs (a batch reads its pages
    together, stage by stage, without engine.page_records)."""
    def find(text, *args, **kwargs):
        if SLOW in text:
            time.sleep(30)
        return real(text, *args, **kwargs)
    return find


def test_time_limit_interrupts_and_restores():
    started = time.perf_counter()
    try:
        with time_limit(0.2):
            time.sleep(5)
        raise AssertionError("the block was not interrupted")
    except PageTimeout:
        pass
    assert time.perf_counter() - started < 2
    with time_limit(0.5):  # the timer is cleared afterwards: a short block is not interrupted later
        pass
    time.sleep(0.7)


def test_slow_page_is_an_error_and_fast_page_is_not(tmp_path, monkeypatch):
    import extractor.engine as engine
    monkeypatch.setattr(engine, "page_records", _slow_records(engine.page_records))
    work.warm(("count",)); monkeypatch.setenv(PAGE_SECONDS_ENV, "3")
    slow, fast = tmp_path / "slow.txt", tmp_path / "fast.txt"
    slow.write_text(f"{SLOW}：全市新增就业1.2万人。", encoding="utf-8")
    fast.write_text("全市新增就业1.2万人，其中女性5000人。", encoding="utf-8")
    started = time.perf_counter()
    res = process_document(str(slow), ("count",))
    assert time.perf_counter() - started < 10
    assert res.status == work.STATUS_ERROR and "time limit" in res.error and not res.facts
    ok = process_document(str(fast), ("count",))
    assert ok.status == work.STATUS_OK and ok.facts, ok.error


def test_batch_reports_the_slow_page_and_goes_on(tmp_path, monkeypatch):
    import extractor.rules as rules
    monkeypatch.setattr(rules, "find", _slow_find(rules.find))
    monkeypatch.delenv(PAGE_SECONDS_ENV, raising=False)
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(f"{SLOW}：全市新增就业1.2万人。", encoding="utf-8")
    (pages / "b.txt").write_text("全市新增就业1.2万人。", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["batch", str(pages), "-o", str(out), "--jobs", "1", "--types", "count", "--page-seconds", "3"])
    assert result.exit_code == 1, result.output
    errors = [json.loads(r) for r in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(errors) == 1 and "a.txt" in errors[0]["path"] and "time limit" in errors[0]["error"]
    facts = (out / "facts.jsonl").read_text(encoding="utf-8")
    assert "1.2万人" in facts


def test_zero_means_no_limit(monkeypatch):
    monkeypatch.setenv(PAGE_SECONDS_ENV, "0")
    assert work.page_seconds() == 0.0
    with time_limit(work.page_seconds()):
        time.sleep(0.05)


def test_a_batch_limit_does_not_outlive_its_batch(tmp_path, monkeypatch):
    import os
    from extractor.batch import run_batch
    monkeypatch.setenv(PAGE_SECONDS_ENV, "120")
    (tmp_path / "p.txt").write_text("全市新增就业1.2万人。", encoding="utf-8")
    run_batch([str(tmp_path / "p.txt")], tmp_path / "out", jobs=1, types=("count",), page_seconds=3)
    assert os.environ[PAGE_SECONDS_ENV] == "120"  # the caller's setting is back
    monkeypatch.delenv(PAGE_SECONDS_ENV)
    CliRunner().invoke(main, ["batch", str(tmp_path / "p.txt"), "-o", str(tmp_path / "o2"), "--jobs", "1",
                              "--page-seconds", "3"])
    assert PAGE_SECONDS_ENV not in os.environ
