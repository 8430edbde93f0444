"""Settlements below the county (extractor/names/settlements.py) and how a figure's place uses them: a town
between its county and its village (某县下三交镇某村) stands whatever jieba's tags, so the run ends with the
village; 全村 after a hamlet read by its ending (某县前某庄) names the hamlet (area_words._nearest); a breakdown's
head (分村看，…) makes its sentence's village a part's, carried to no later sentence (place_sentences.opens_part).
Each positive failed before the change; the negatives hold both ways. The texts are made up."""
from __future__ import annotations

from extractor.api import extract_text
from extractor.names import default_segmenter
from extractor.names.places import find_places
from extractor.names.words import Words


def places(text: str, doc: str = "19980120-01-001") -> dict[str, str | None]:
    return {f.text: f.place for f in extract_text(text, doc) if f.type in ("money", "count", "percent")}


def names(text: str) -> list[str]:
    return [m.name for m in find_places(text, Words.of(text, default_segmenter()))]


def test_a_town_between_its_county_and_its_village_stands() -> None:
    # 下三 read as a time word by jieba: the run 县|镇|村 marks the name
    assert names("柳林县下三交镇坪上村原是个老村子") == ["柳林县", "下三交镇", "坪上村"]


def test_no_town_from_a_time_word_without_a_village_after() -> None:
    # negative: no village follows, the time word is no name's
    assert "今年镇" not in names("柳林县今年镇里办了三家厂")


def test_a_numeral_opens_a_village_name_but_not_a_count() -> None:
    assert "十八洞村" in names("资金覆盖全镇十八洞村、金龙村。")
    assert not [n for n in names("全县十八个村和三十六乡都通了电") if n.endswith(("村", "乡"))]


def test_a_figure_after_a_village_written_after_its_town_is_the_village() -> None:
    got = places("柳林县下三交镇坪上村原是个有名的穷村，多年来人均收入只有二百元。")
    assert got["二百元"] == "坪上村"


def test_the_whole_village_word_names_a_hamlet_read_by_its_ending() -> None:
    got = places("兴县前元庄是靠办学起家的村子。经过多年努力，全村大专毕业生达５２人。")
    assert got["５２人"] == "前元庄"


def test_the_whole_village_word_names_no_county() -> None:
    # negative: no village before 全村, the county stays
    got = places("兴县是个山区县。经过多年努力，全村大专毕业生达５２人。")
    assert got["５２人"] != "前元庄"


def test_a_breakdown_head_keeps_its_village_to_its_sentence() -> None:
    text = ("花垣县双龙镇下达项目资金1280万元,覆盖全镇金龙村、马鞍村。\n"
            "分村看,金龙村安排项目3个、资金310万元。全部项目预计年收益52.5万元。\n")
    got = places(text, "notice")
    assert got["310万元"] == "金龙村"
    assert got["52.5万元"] == "双龙镇"
