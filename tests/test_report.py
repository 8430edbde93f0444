"""The HTML report: highlighting that survives nested and crossing spans, the findings panel, the command."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.page import Page
from extractor.report import read_report, render_html, write_index, write_report
from extractor.report.markup import Mark, render_marks

PAGE = ("截 至 11 月 ，武 陵 区 组 织 招 聘 会 30 场 ，推 出 岗 位 45479 个。\n\n"
        "发放小额创业贷款 84 笔，贷款金额 3943\n\n万，其中个人贷款 72 笔，"
        "小微企业 12 笔。<b>&\n")


class Pieces(HTMLParser):
    """Collects the text of every data-fact element (all its pieces, in order) and the plain text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str | None] = []
        self.text: dict[str, str] = {}
        self.ids: dict[str, int] = {}
        self.plain: list[str] = []
        self.in_page = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "pre":
            self.in_page += 1
        if tag == "span":
            key = a.get("data-fact")
            self.stack.append(key)
            if key is not None:
                self.text.setdefault(key, "")
                if a.get("id") == f"f-{key}":
                    self.ids[key] = self.ids.get(key, 0) + 1

    def handle_endtag(self, tag):
        if tag == "span":
            self.stack.pop()
        if tag == "pre":
            self.in_page -= 1

    def handle_data(self, data):
        if self.in_page:
            self.plain.append(data)
        for key in set(k for k in self.stack if k is not None):
            self.text[key] += data


def parse(html: str) -> Pieces:
    p = Pieces()
    p.feed(html)
    p.close()
    assert p.stack == [], "unbalanced <span> elements"
    return p


def page_html(marks: list[Mark], text: str) -> str:
    return f"<pre>{render_marks(text, marks)}</pre>"


def test_nested_and_crossing_marks_keep_text_and_each_mark_whole():
    text = "abcdefghij<&>"
    marks = [Mark("outer", 0, 8), Mark("inner", 2, 4), Mark("cross", 6, 11), Mark("same", 2, 4)]
    p = parse(page_html(marks, text))
    assert "".join(p.plain) == text
    for m in marks:
        assert p.text[m.key] == text[m.start:m.end]
        assert p.ids[m.key] == 1  # one element carries the id, the other pieces only data-fact


def test_marks_outside_the_text_are_clipped_and_empty_ones_dropped():
    p = parse(page_html([Mark("a", -3, 2), Mark("b", 5, 99), Mark("c", 3, 3)], "hello world"))
    assert p.text == {"a": "he", "b": " world"}


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ab 万<&\"\n", min_size=1, max_size=40).flatmap(
    lambda t: st.tuples(st.just(t), st.lists(st.tuples(st.integers(0, len(t)), st.integers(0, len(t)),
                                                       st.booleans()), max_size=8))))
def test_any_marks_give_balanced_html_with_exact_pieces(case):
    text, spans = case
    marks = [Mark(f"m{i}", min(a, b), max(a, b), fact=f) for i, (a, b, f) in enumerate(spans)]
    p = parse(page_html(marks, text))
    assert "".join(p.plain) == text
    for m in marks:
        if m.start < m.end and m.fact:
            assert p.text[m.key] == text[m.start:m.end]
            assert p.ids[m.key] == 1
        elif not m.fact:
            assert m.key not in p.text  # plain styling elements carry no data-fact


def fact(type_: str, start: int, end: int, text: str, **kw) -> dict:
    return {"id": f"{type_}{start}", "type": type_, "start": start, "end": end, "text": text[start:end],
            "value": kw.pop("value", 1), "unit": kw.pop("unit", None), "qualifier": kw.pop("qualifier", "exact"),
            "value_max": None, "metric": kw.pop("metric", None), "place": None, "period": None, **kw}


@pytest.fixture(scope="module")
def sample():
    return read_report(PAGE, "p-1", audit=False)


def test_report_highlights_every_fact_with_its_tip_and_the_layout(sample):
    page, records, _ = sample
    assert records, "the small page has facts"
    html = render_html(page, records, None)
    p = parse(html)
    assert "".join(p.plain) == PAGE  # the original text, layout whitespace and all
    for r in records:
        assert p.text[r["id"]] == PAGE[r["start"]:r["end"]]
    money = next(r for r in records if r["type"] == "money")
    tip = re.search(rf'id="f-{money["id"]}"[^>]*data-tip="([^"]*)"', html).group(1)
    for field in ("value: 39,430,000", "unit: 元", "qualifier: exact", "metric:", "place:", "period:"):
        assert field in tip
    assert 'class="key key-money"' in html and "audit not available" in html


def test_report_is_self_contained(sample):
    html = render_html(*sample[:2], None)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|@import|url\(|@font-face""", html)
    assert "default-src 'none'" in html and 'name="viewport"' in html


def test_findings_link_to_facts_and_inconsistent_ones_are_marked(sample):
    page, records, _ = sample
    counts = [r for r in records if r["unit"] == "笔"]
    assert len(counts) == 3
    listed = (PAGE.index("个人贷款"), PAGE.index("小微企业") + 4)  # not a fact: an audited span
    findings = [
        {"doc": "p-1", "check": "sum", "verdict": "inconsistent", "expected": 85, "observed": 84,
         "explanation": "72 + 12 = 84 ≠ 85 <check>",
         "facts": [{"start": c["start"], "end": c["end"]} for c in counts]},
        {"doc": "p-1", "check": "enumeration", "verdict": "consistent", "expected": 2, "observed": 2,
         "explanation": "two listed", "facts": [{"start": listed[0], "end": listed[1]}, {"start": -1, "end": 3}]},
    ]
    html = render_html(page, records, findings)
    p = parse(html)
    assert "".join(p.plain) == PAGE
    first, second = html.index('class="finding v-inconsistent"'), html.index('class="finding v-consistent"')
    assert first < second  # inconsistent findings come first
    assert "72 + 12 = 84 ≠ 85 &lt;check&gt;" in html
    ids = " ".join(c["id"] for c in counts)
    assert f'data-facts="{ids}"' in html
    for c in counts:
        assert f'href="#f-{c["id"]}"' in html
        assert re.search(rf'class="fact t-count flag" data-fact="{c["id"]}"', html)
        assert "audit: ✗ sum inconsistent" in re.search(rf'id="f-{c["id"]}"[^>]*data-tip="([^"]*)"', html).group(1)
    ref = f"ref-{listed[0]}-{listed[1]}"
    assert p.text[ref] == PAGE[listed[0]:listed[1]]  # an audited span that is no fact is still marked
    assert "ref--1-3" not in html  # a reference outside the text is dropped, not drawn


def test_no_findings_and_no_facts_are_said_plainly():
    page = Page.read("没有数字的一句话。\n", "empty")
    html = render_html(page, [], [])
    assert "no facts found" in html and "no findings" in html


def test_a_page_of_20000_characters(sample):
    text = PAGE * (20000 // len(PAGE) + 1)
    page, records, _ = read_report(text, "long", types=("money", "count", "date"), audit=False)
    assert len(text) >= 20000 and len(records) > 500
    html = render_html(page, records, [])
    p = parse(html)
    assert "".join(p.plain) == text
    assert all(p.text[r["id"]] == text[r["start"]:r["end"]] for r in records)


def test_write_report_and_index(tmp_path: Path, sample):
    page, records, _ = sample
    row = write_report(page, records, None, tmp_path / "p-1.html")
    assert row["doc"] == "p-1" and row["facts"] == len(records) and row["findings"] is None
    bad = dict(row, doc="q<2>", href="q.html", inconsistent=2)
    index = write_index(tmp_path, [row, bad]).read_text(encoding="utf-8")
    assert index.index("q&lt;2&gt;") < index.index('href="p-1.html"')  # pages with problems first
    assert (tmp_path / "p-1.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def invoke(args):
    from extractor.cli import main
    return CliRunner().invoke(main, ["report", *args], catch_exceptions=False)


def test_report_command_one_page_several_pages_and_bad_input(tmp_path: Path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(PAGE, encoding="utf-8")
    b.write_text(PAGE[:40], encoding="utf-8")
    r = invoke([str(a), "-o", str(tmp_path / "a.html"), "--no-audit"])
    assert r.exit_code == 0, r.output
    assert "data-fact=" in (tmp_path / "a.html").read_text(encoding="utf-8")
    r = invoke([str(a), str(b), str(tmp_path / "missing.txt"), "-o", str(tmp_path / "out") + "/", "--no-audit"])
    assert r.exit_code == 1 and "missing.txt" in r.output
    assert sorted(x.name for x in (tmp_path / "out").iterdir()) == ["a.html", "b.html", "index.html"]
    r = invoke([str(a), str(b)])
    assert r.exit_code == 2 and "-o FOLDER" in r.output
    (tmp_path / "out" / "b.html").unlink()
    r = invoke([str(b), "-o", str(tmp_path / "out"), "--no-audit"])  # an existing folder: the file goes in it
    assert r.exit_code == 0 and (tmp_path / "out" / "b.html").is_file()


def test_report_command_shows_findings_from_a_file(tmp_path: Path):
    a = tmp_path / "a.txt"
    a.write_text(PAGE, encoding="utf-8")
    f = tmp_path / "findings.jsonl"
    s = PAGE.index("84")
    f.write_text('{"doc": "a", "check": "sum", "verdict": "inconsistent", "explanation": "不符", '
                 f'"facts": [{{"start": {s}, "end": {s + 4}}}]}}\n' '{"doc": "other", "check": "sum", '
                 '"verdict": "consistent", "explanation": "x", "facts": []}\n', encoding="utf-8")
    r = invoke([str(a), "--findings", str(f)])
    assert r.exit_code == 0 and r.output.count('class="finding ') == 1 and "不符" in r.output
    f.write_text("not json\n", encoding="utf-8")
    r = invoke([str(a), "--findings", str(f)])
    assert r.exit_code == 1 and "not JSON" in r.output and "Traceback" not in r.output
