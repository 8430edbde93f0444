"""A town's own report, headed by its issuing body written after its county (某县某镇人民政府 /
关于…的报告): its figures naming no area are the town's; the county is the town's parent
(extractor/place_town_report.py). A county's own report naming a town keeps the county."""
from __future__ import annotations

from extractor.api import extract_text


def places(text: str) -> dict[str, str | None]:
    return {f.text: f.place for f in extract_text(text, "town-report") if f.type in ("money", "count", "percent")}


def test_a_towns_government_heading_its_report_gives_the_town() -> None:
    got = places("平江县安定镇人民政府\n关于2024年工作情况的报告\n\n县委、县政府：\n"
                 "　　2024年，安定镇党委、政府围绕茶叶产业抓发展。\n"
                 "　　全年完成财政收入2150万元，增长5.2%；新建茶园12个。\n")
    assert got["2150万元"] == "安定镇" and got["12个"] == "安定镇"


def test_a_towns_party_committee_heading_its_report_gives_the_town() -> None:
    got = places("平江县梅仙镇党委\n关于基层党建工作的总结\n\n　　今年，梅仙镇党委抓基层党建。\n"
                 "　　全年发展新党员31名，培训党员1200人次。\n")
    assert got["31名"] == "梅仙镇"


def test_a_countys_report_naming_a_town_keeps_the_county() -> None:
    # negative: the heading is the county's own body; a town named in the text is a detail
    got = places("平江县人民政府\n关于2024年工作情况的报告\n\n　　全年完成财政收入8.6亿元，增长4.1%。"
                 "在安定镇召开了茶叶产业现场会。\n")
    assert got["8.6亿元"] == "平江县"


def test_a_town_not_written_after_its_county_is_no_issuer() -> None:
    # negative: a title naming a town's project, not the town's body heading its report
    got = places("平江县安定镇茶叶基地建设通报\n\n　　平江县今年投入资金3200万元，新建茶园15个。\n")
    assert got["3200万元"] == "平江县"
