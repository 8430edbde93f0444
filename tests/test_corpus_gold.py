"""The project's own sample corpus: every gold line is well formed and names a span that exists.

Gold files follow the contract (quote = span text without whitespace, occurrence = 1-based
occurrence of that quote in the whitespace-free page). A gold line that points at nothing, or
whose written number disagrees with its value, would silently skew every score.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
PAGES = CORPUS / "pages"
GOLD = CORPUS / "gold"

NUMERIC = {"money", "count", "percent", "quantity", "duration", "date"}
NAMES = {"place", "person", "org"}
QUALIFIERS = {"exact", "about", "over", "under", "range"}
VERDICTS = {"consistent", "inconsistent", "unverifiable"}
FACT_FIELDS = {"doc", "type", "quote", "occurrence", "value", "unit", "qualifier", "value_max", "metric_hint"}
AUDIT_FIELDS = {"doc", "check", "verdict", "facts", "expected", "observed", "explanation"}
DATE_VALUE = re.compile(r"(\d{4}|XXXX)(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
# a quote that opens with written digits: the number, then an optional scale
LEADING_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)(万|亿)?")
SCALE = {None: 1, "万": 10_000, "亿": 100_000_000}

DOCS = sorted(p.stem for p in PAGES.glob("*.txt"))


def flat(text: str) -> str:
    return "".join(text.split())


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def find(page: str, quote: str, occurrence: int) -> int:
    """Index of the given occurrence of quote in the whitespace-free page, or -1."""
    at = -1
    for _ in range(occurrence):
        at = page.find(quote, at + 1)
        if at < 0:
            return -1
    return at


def written_value(quote: str) -> float | None:
    """The number a quote opens with, scaled by 万/亿, or None when it opens with no digits."""
    m = LEADING_NUMBER.match(unicodedata.normalize("NFKC", quote))
    if not m:
        return None
    return float(m.group(1).replace(",", "")) * SCALE[m.group(2)]


def test_corpus_has_the_readme_sample_and_enough_pages():
    assert (PAGES / "sample-01.txt").is_file()
    assert len(DOCS) >= 4


@pytest.mark.parametrize("doc", DOCS)
def test_every_page_has_both_gold_files(doc):
    assert (GOLD / f"{doc}.facts.jsonl").is_file()
    assert (GOLD / f"{doc}.audit.jsonl").is_file()


def test_no_gold_without_a_page():
    for path in GOLD.glob("*.jsonl"):
        doc = path.name.split(".")[0]
        assert (PAGES / f"{doc}.txt").is_file(), path.name


@pytest.mark.parametrize("doc", DOCS)
def test_fact_lines(doc):
    page = flat((PAGES / f"{doc}.txt").read_text(encoding="utf-8"))
    rows = read_jsonl(GOLD / f"{doc}.facts.jsonl")
    assert rows
    seen = set()
    for row in rows:
        where = f"{doc}: {row.get('quote')!r}"
        assert FACT_FIELDS <= row.keys(), where
        assert row["doc"] == doc, where
        assert row["type"] in NUMERIC | NAMES, where
        assert row["quote"] == flat(row["quote"]) and row["quote"], where
        assert isinstance(row["occurrence"], int) and row["occurrence"] >= 1, where
        assert find(page, row["quote"], row["occurrence"]) >= 0, f"{where} occurrence {row['occurrence']} not in page"
        key = (row["type"], row["quote"], row["occurrence"])
        assert key not in seen, f"{where} twice"
        seen.add(key)
        if row["type"] in NAMES:
            assert row["value"] == flat(row["value"]) and row["value"] in page, where
            assert row["unit"] is None and row["value_max"] is None, where
            assert all(isinstance(a, str) and a for a in row.get("aliases") or []), where
            continue
        assert row["qualifier"] in QUALIFIERS, where
        assert (row["value_max"] is not None) == (row["qualifier"] == "range"), where
        if row["type"] == "date":
            assert row["unit"] is None and DATE_VALUE.fullmatch(row["value"]), where
            assert row["value_max"] is None or DATE_VALUE.fullmatch(row["value_max"]), where
            continue
        assert isinstance(row["value"], (int, float)) and row["value"] > 0, where
        assert isinstance(row["unit"], str) and row["unit"], where
        if row["value_max"] is not None:
            assert row["value_max"] > row["value"], where


@pytest.mark.parametrize("doc", DOCS)
def test_written_numbers_agree_with_values(doc):
    """Where a quote opens with digits, its value is that number (money and ranges scale at the end)."""
    for row in read_jsonl(GOLD / f"{doc}.facts.jsonl"):
        if row["type"] not in NUMERIC - {"date"}:
            continue
        written = written_value(row["quote"])
        if written is None:
            continue
        value = row["value"]
        if row["qualifier"] == "range" and written != value:
            # `50至200万元`: the scale written after the upper end applies to both ends
            assert value / written in SCALE.values(), row
        else:
            assert abs(written - value) <= 1e-6 * max(1.0, value), row


@pytest.mark.parametrize("doc", DOCS)
def test_audit_lines(doc):
    page = flat((PAGES / f"{doc}.txt").read_text(encoding="utf-8"))
    rows = read_jsonl(GOLD / f"{doc}.audit.jsonl")
    assert any(r["verdict"] == "inconsistent" for r in rows), f"{doc} has no deliberate inconsistency"
    for row in rows:
        assert AUDIT_FIELDS <= row.keys(), row
        assert row["doc"] == doc and row["verdict"] in VERDICTS, row
        assert isinstance(row["check"], str) and row["check"], row
        assert isinstance(row["explanation"], str) and row["explanation"], row
        assert row["facts"], row
        for fact in row["facts"]:
            assert find(page, fact["quote"], fact.get("occurrence", 1)) >= 0, f"{doc}: {fact}"
