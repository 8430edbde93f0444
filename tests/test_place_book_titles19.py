"""A place set in book-title marks (《贵州省…资金管理办法》, 《朝鲜日报》) names a document, a law, a paper or a
work, not the area of its sentence's figures (extractor/place_words.py in_book_title, read out of a sentence's
places by place_view.py). The opposite shapes: a place before the marks, or named outside them, stays."""
from __future__ import annotations

from extractor.api import extract_text

NOTICE = ("湄潭县财政局文件\n湄潭县财政局关于下达2026年第二批茶产业发展专项资金的通知\n"
          "各镇（街道）人民政府：\n{body}\n湄潭县财政局\n2026年11月20日\n")


def places(body: str) -> dict[str, str | None]:
    text = NOTICE.format(body=body)
    return {f.text: f.place for f in extract_text(text, "fund-notice") if f.type in ("money", "count", "percent")}


def test_a_province_in_a_documents_name_is_not_the_figures_place() -> None:
    got = places("根据《贵州省财政衔接推进乡村振兴补助资金管理办法》，现将第二批专项资金3943万元下达给你们，"
                 "其中中央资金2350万元。")
    assert got["3943万元"] == "湄潭县" and got["2350万元"] == "湄潭县"


def test_a_place_outside_the_marks_stays() -> None:
    # negative: 贵州省 is written before the title, as the subject of its own clause
    got = places("贵州省下达专项资金5000万元，依据《资金管理办法》执行。")
    assert got["5000万元"] == "贵州省"

