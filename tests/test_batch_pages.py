"""Pages for the batch, db and Dask tests (a folder of 30 synthetic government news pages, bad
files included), and the tests of how a batch finds its inputs."""
from __future__ import annotations

import codecs
import gzip
import os
from pathlib import Path

from extractor.batch.inputs import expand_inputs

CITIES = ["长沙市", "株洲市", "湘潭市", "衡阳市", "邵阳市", "岳阳市", "常德市", "益阳市", "郴州市", "永州市"]

TEMPLATE = """{city}稳就业促发展取得新成效
　　本报讯 {year}年{month}月，{city}新增城镇就业{jobs}万人，发放创业担保贷款{loan}亿元，同比增长{growth}%。
　　全市{villages}个村完成人居环境整治，整改率达{rate}%，新建农村公路{road}公里。
　　截至{month}月底，全市共组织招聘会{fairs}场，帮助{people}名高校毕业生实现就业。（记者 王 {n}）
"""

GOOD, BAD, EMPTY = "good", "bad", "empty"


def page_text(i: int) -> str:
    return TEMPLATE.format(city=CITIES[i % len(CITIES)], year=2020 + i % 4, month=1 + i % 12,
                           jobs=f"{1 + i / 10:.1f}", loan=f"{2 + i * 0.37:.2f}", growth=f"{3 + i % 9}.5",
                           villages=100 + 7 * i, rate=90 + i % 10, road=12 * (i + 1), fairs=10 + i,
                           people=300 + 11 * i, n=i)


def make_pages(folder: Path, n_good: int = 26) -> dict[str, str]:
    """n_good UTF-8 pages (some gzipped, all in subfolders) plus a GBK page and a BOM page
    (both good), an empty file (a document without facts) and a binary file (bad): 30 files by
    default. Returns {doc id: 'good' | 'bad' | 'empty'}; ids are paths relative to `folder`."""
    kinds = {}
    for i in range(n_good):
        sub = folder / ("2023" if i % 3 else "2024") / f"m{i % 2}"
        sub.mkdir(parents=True, exist_ok=True)
        data = page_text(i).encode("utf-8")
        if i % 5 == 4:
            (sub / f"page-{i:02d}.txt.gz").write_bytes(gzip.compress(data, mtime=0))
        else:
            (sub / f"page-{i:02d}.txt").write_bytes(data)
        kinds[f"{sub.relative_to(folder).as_posix()}/page-{i:02d}"] = GOOD
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "gbk-page.txt").write_bytes(page_text(90).encode("gbk"))
    (folder / "bom-page.txt").write_bytes(codecs.BOM_UTF8 + page_text(91).encode("utf-8"))
    (folder / "empty-page.txt").write_bytes(b"")
    (folder / "binary-page.txt").write_bytes(bytes(range(256)) * 8)
    kinds.update({"gbk-page": GOOD, "bom-page": GOOD, "empty-page": EMPTY, "binary-page": BAD})
    (folder / "notes.md").write_text("not a page", encoding="utf-8")  # folders contribute .txt(.gz) only
    return kinds


def test_make_pages_gives_thirty_files(tmp_path: Path) -> None:
    kinds = make_pages(tmp_path)
    paths, unmatched = expand_inputs([str(tmp_path)])
    assert len(paths) == len(kinds) == 30 and not unmatched
    assert sum(k == BAD for k in kinds.values()) == 1 and sum(k == EMPTY for k in kinds.values()) == 1


def test_folders_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    make_pages(tmp_path, n_good=6)
    paths, _ = expand_inputs([str(tmp_path)])
    assert paths == sorted(paths)
    assert any(p.endswith(".txt.gz") for p in paths)
    assert not any(p.endswith(".md") for p in paths)


def test_globs_files_and_missing_inputs(tmp_path: Path) -> None:
    make_pages(tmp_path, n_good=6)
    pattern = str(tmp_path / "**" / "*.txt.gz")
    explicit = str(tmp_path / "bom-page.txt")
    missing = str(tmp_path / "nope.txt")
    paths, unmatched = expand_inputs([explicit, pattern, missing, str(tmp_path / "*.none"), explicit])
    assert paths[0] == explicit and paths.count(explicit) == 1
    assert all(p.endswith(".txt.gz") for p in paths[1:-1]) and len(paths) == 3
    # a missing file is still a document (the batch reports it); a glob that matches nothing is not
    assert paths[-1] == missing and unmatched == [str(tmp_path / "*.none")]


def test_hidden_folders_are_not_walked(tmp_path: Path) -> None:
    (tmp_path / ".batch").mkdir()
    (tmp_path / ".batch" / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    paths, _ = expand_inputs([str(tmp_path)])
    assert [os.path.basename(p) for p in paths] == ["a.txt"]


def crash_on_crash_pages(path: str, types: tuple[str, ...]):
    """Pool work that kills its worker process on pages named crash-*: a page that crashes native code."""
    from extractor.batch.work import process_document
    if os.path.basename(path).startswith("crash"):
        os._exit(3)
    return process_document(path, types)
