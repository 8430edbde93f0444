"""A page's date given by the caller (Page.read's `date`, the commands' --date): where neither the
file name nor a date line on the page says when it was issued, 去年, 目前 and dates without a year
are read from it; a date of another form is a one-line error."""
from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import extract_text
from extractor.cli import main
from extractor.issue_date import issued_id

# no year, no dateline, no masthead: only the caller knows when it was issued
PAGE = "去年全县新增城镇就业4300人。目前全县共有规模以上企业215家。3月2日，县里召开招聘会。\n"


def periods(facts: list) -> dict[str, str | None]:
    return {f.text: f.period for f in facts if f.type in ("count", "date")}


def test_without_a_date_the_page_names_no_year() -> None:
    got = periods(extract_text(PAGE, "page"))
    assert got["4300人"] is None and got["215家"] is None
    assert got["3月2日"] == "XXXX-03-02"


def test_a_day_given_reads_last_year_now_and_dates_without_a_year() -> None:
    got = periods(extract_text(PAGE, "page", date="2025-04-10"))
    assert got["4300人"] == "2024"  # 去年: the year before the day of issue
    assert got["215家"] == "2025-04"  # 目前: the month of issue
    assert got["3月2日"] == "2025-03-02"


def test_a_year_alone_reads_the_page_as_a_report_given_that_year() -> None:
    got = periods(extract_text(PAGE, "page", date="2025"))
    assert got["4300人"] == "2024" and got["215家"] == "2025"


def test_the_date_given_comes_before_the_one_the_file_name_holds() -> None:
    assert periods(extract_text(PAGE, "2019-06-01-01"))["4300人"] == "2018"
    assert periods(extract_text(PAGE, "2019-06-01-01", date="2025-04-10"))["4300人"] == "2024"


def test_the_date_given_comes_before_a_printed_date_line() -> None:
    printed = "某某县报 2019年6月1日 星期六 第2版\n" + PAGE
    assert periods(extract_text(printed, "page"))["4300人"] == "2018"
    assert periods(extract_text(printed, "page", date="2025-04-10"))["4300人"] == "2024"
    # a year alone: the page is a report given that year, not the printed day's news
    assert periods(extract_text(printed, "page", date="2025"))["4300人"] == "2024"


def test_a_date_object_is_taken_and_an_empty_date_refused() -> None:
    assert periods(extract_text(PAGE, "page", date=datetime.date(2025, 4, 10)))["215家"] == "2025-04"
    with pytest.raises(ValueError):
        extract_text(PAGE, "page", date="")


@pytest.mark.parametrize("value", ["2025-02-30", "25-04-10", "2025/04/10", "yesterday", "2025-4-1", "",
                                   "2025-００-10", "２０２５", "2025-0４-10", "0999", "2025-00-10"])
def test_other_forms_are_refused_in_one_line(value: str) -> None:
    with pytest.raises(ValueError) as e:
        issued_id(value)
    assert "\n" not in str(e.value) and "YYYY-MM-DD" in str(e.value)


def test_forms_taken() -> None:
    assert issued_id("2025-04-10 ") == "2025-04-10"
    assert issued_id(" 1998 ") == "given-1998"


def run(args: list[str]):
    return CliRunner().invoke(main, args, catch_exceptions=False)


def test_commands_take_the_date(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "page.txt"
    p.write_text(PAGE, encoding="utf-8")
    r = run(["extract", "--types", "count", "--date", "2025-04-10", str(p)])
    assert r.exit_code == 0
    assert {json.loads(x)["text"]: json.loads(x)["period"] for x in r.output.splitlines()}["4300人"] == "2024"
    # audit and report: the page each reads is the one dated by --date
    from extractor.page import Page
    dated, read = [], Page.read.__func__
    monkeypatch.setattr(Page, "read", classmethod(lambda cls, text, doc="stdin", date=None:
                                                   dated.append(date) or read(cls, text, doc, date)))
    assert run(["audit", "--date", "2025-04-10", str(p), "-o", str(tmp_path / "f.jsonl")]).exit_code == 0
    assert run(["report", "--date", "2025", str(p), "-o", str(tmp_path / "p.html")]).exit_code == 0
    assert dated == ["2025-04-10", "2025"]


def test_a_bad_date_is_a_usage_error(tmp_path: Path) -> None:
    p = tmp_path / "page.txt"
    p.write_text(PAGE, encoding="utf-8")
    r = CliRunner().invoke(main, ["extract", "--date", "2025-13-01", str(p)])
    assert r.exit_code == 2 and "--date" in r.output and "Traceback" not in r.output


def test_the_spacy_component_takes_the_date_from_the_doc() -> None:
    import extractor
    nlp = extractor.load(("count",))
    d = nlp.make_doc(PAGE)
    d.user_data["extractor_date"] = "2025-04-10"
    facts = {r.text: r.period for r in nlp(d)._.facts}
    assert facts["4300人"] == "2024"
