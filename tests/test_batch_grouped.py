"""A batch's pages read together, stage by stage (batch/grouped.py): each page's result is the one
it gets alone, and a page that raises or runs past the time limit costs no other page anything."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from extractor.batch import work
from extractor.batch.grouped import process_documents
from extractor.batch.work import PAGE_SECONDS_ENV, process_document

TYPES = ("count", "money", "percent", "place")
BAD, SLOW = "坏页", "慢页"  # stand-ins for a page the pipeline fails on and one it never finishes

TEXTS = {
    "a": "2023年，江北区新增城镇就业2.4万人，比上年增长3.5%。",
    "bad": f"{BAD}：全县完成投资8.6亿元。",
    "empty": "  \n",
    "b": "今年前三季度，河西县接待游客120万人次，旅游收入9.8亿元。",
    "slow": f"{SLOW}：全镇新建农家书屋12个。",
    "c": "全市共有中小学校415所，在校学生31.2万人。",
}


def _pages(tmp_path: Path, names: list[str]) -> list[str]:
    paths = []
    for name in names:
        path = tmp_path / f"{name}.txt"
        path.write_text(TEXTS[name], encoding="utf-8")
        paths.append(str(path))
    paths.append(str(tmp_path / "missing.txt"))  # unreadable: reported as alone
    return paths


def _fields(res: work.DocResult) -> dict:
    row = res.to_dict()
    row.pop("seconds")  # a page's time differs from run to run
    return row


@pytest.fixture
def troubled_rules(monkeypatch):
    """The rules raise on a page holding BAD and hang on one holding SLOW."""
    import extractor.rules as rules
    real = rules.find

    def find(text, *args, **kwargs):
        if BAD in text:
            raise RuntimeError("a bug that only this page meets")
        if SLOW in text:
            time.sleep(30)
        return real(text, *args, **kwargs)
    monkeypatch.setattr(rules, "find", find)
    monkeypatch.setenv(PAGE_SECONDS_ENV, "2")


def test_pages_together_give_what_each_gives_alone(tmp_path: Path) -> None:
    work.warm(TYPES)
    paths = _pages(tmp_path, ["a", "empty", "b", "c"])
    together = process_documents(paths, TYPES)
    alone = [process_document(p, TYPES) for p in paths]
    assert [_fields(r) for r in together] == [_fields(r) for r in alone]
    assert [r.status for r in together] == ["ok", "empty", "ok", "ok", "error"]
    assert all(r.facts for r in together if r.status == "ok")
    # each page is charged its own time; an empty or unreadable page's 50 µs may round (to 4 decimals) to 0
    assert all(r.seconds > 0 for r in together if r.status == "ok")
    assert all(r.seconds >= 0 for r in together)


def test_a_page_that_raises_or_hangs_costs_no_other_page(tmp_path: Path, troubled_rules) -> None:
    work.warm(TYPES)
    paths = _pages(tmp_path, ["a", "bad", "b", "slow", "c"])
    started = time.perf_counter()
    together = process_documents(paths, TYPES)
    assert time.perf_counter() - started < 20  # the hung page cut twice: in its group, then alone
    by_name = {Path(r.path).stem: r for r in together}
    assert [Path(r.path).stem for r in together] == ["a", "bad", "b", "slow", "c", "missing"]
    assert by_name["bad"].status == "error" and "internal error" in by_name["bad"].error
    assert _fields(by_name["bad"]) == _fields(process_document(str(tmp_path / "bad.txt"), TYPES))
    assert by_name["slow"].status == "error" and "time limit" in by_name["slow"].error
    for name in ("a", "b", "c"):
        alone = process_document(str(tmp_path / f"{name}.txt"), TYPES)
        assert by_name[name].status == "ok" and by_name[name].facts
        assert _fields(by_name[name]) == _fields(alone)


def test_a_batch_over_worker_processes_loses_no_page(tmp_path: Path, troubled_rules) -> None:
    import json

    from extractor.batch import run_batch
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("a", "bad", "b", "slow", "c"):
        (folder / f"{name}.txt").write_text(TEXTS[name], encoding="utf-8")
    summary = run_batch([str(folder)], tmp_path / "out", jobs=2, types=TYPES)
    docs = [json.loads(line) for line in (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    status = {Path(d["path"]).stem: d["status"] for d in docs}
    assert status == {"a": "ok", "bad": "error", "b": "ok", "slow": "error", "c": "ok"}
    assert summary.errors == 2 and all(d["facts"] for d in docs if d["status"] == "ok")
