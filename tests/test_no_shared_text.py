"""No text of ../shared is copied into the project.

Tests and benchmarks may read ../shared, but the product, the tests' literal strings and the
corpus write their own examples. A line that shares a run of RUN characters (whitespace removed)
with a real page is taken as copied: shorter runs are common phrases (dates, 同比增长, titles of
offices) that any example in the style of a report repeats by chance.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RUN = 18
CHECKED_DIRS = ("extractor", "tests", "corpus", "bench", "docs")
# gold and reviewed verdicts name real spans by quoting them (CONTRACT.md): that is their format
QUOTING_DIRS = ("bench/gold", "bench/verdicts")
TEXT_SUFFIXES = {".py", ".toml", ".txt", ".md", ".jsonl", ".json", ".yaml", ".yml", ".csv", ".html"}
SPACE = re.compile(r"\s+")
# People's Daily 1998 is word-segmented: "词/n", and bracketed compounds "[中国/ns 银行/n]nt"
PD_MARKUP = re.compile(r"/[a-zA-Z]+|\[|\][a-zA-Z]*")


def _shared_sources() -> list[Path]:
    corpus = SHARED / "corpus"
    return [corpus / "pages" / "hn-page-01.txt", *sorted((corpus / "external").rglob("*.txt"))]


def _flat(text: str) -> str:
    return SPACE.sub("", text)


def _windows(text: str) -> set[int]:
    return set(map(hash, (text[i:i + RUN] for i in range(len(text) - RUN + 1))))


def _shared_windows() -> set[int]:
    windows: set[int] = set()
    for path in _shared_sources():
        text = _flat(path.read_text(encoding="utf-8", errors="ignore"))
        if path.name.startswith("pd199801"):
            text = PD_MARKUP.sub("", text)
        windows |= _windows(text)
    return windows


def _project_files() -> list[Path]:
    files = []
    for name in CHECKED_DIRS:
        files.extend(p for p in (ROOT / name).rglob("*")
                     if p.suffix in TEXT_SUFFIXES and p.is_file() and "__pycache__" not in p.parts
                     and not any(p.is_relative_to(ROOT / q) for q in QUOTING_DIRS))
    files.append(ROOT / "README.md")
    return sorted(files)


def _copied_lines(text: str, windows: set[int]) -> list[tuple[int, str]]:
    """(line number, the first shared run) of each line of text that shares a run with windows."""
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        flat = _flat(line)
        for i in range(len(flat) - RUN + 1):
            if hash(flat[i:i + RUN]) in windows:
                found.append((number, flat[i:i + RUN]))
                break
    return found


def test_no_run_of_shared_text_in_the_project() -> None:
    if not (SHARED / "corpus" / "pages" / "hn-page-01.txt").exists():
        pytest.skip("../shared (the real pages) is absent on this machine")
    windows = _shared_windows()
    copied = []
    for path in _project_files():
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        copied += [f"{path.relative_to(ROOT)}:{n}: {run}" for n, run in _copied_lines(text, windows)]
    assert not copied, (f"{len(copied)} line(s) share a run of {RUN}+ characters with ../shared; "
                        "write your own example in the same shape:\n" + "\n".join(copied))


def test_the_scan_finds_a_run_across_whitespace_and_not_a_shorter_one() -> None:
    source = "某县今年新建乡村道路一百二十公里，改造危桥十五座"
    windows = _windows(source)
    text = ("第一行没有关系\n"
            "据悉，某县今年新建乡村道路 一百二十公里，改造\n危桥十五座\n"
            "报道说：今年新建乡村道路一百二十公里。")
    # line 2 holds 19 characters of the source once its space is removed; line 3 holds only 5
    # and line 4 only 14 (the run stops at 。), so neither counts
    assert [n for n, _ in _copied_lines(text, windows)] == [2]
