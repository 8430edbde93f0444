"""A whole-area word opening a sentence (place_sentences.whole_opening, data/place_scope.toml whole_topic_*): a
sentence that opens with 全市 after short clauses of a view or a time (从投资看，1-10月，全市…) is the whole city's,
its later clauses and the paragraph's next sentences too, not a district's carried on from the sentence before
(猇亭区…增速居全市第一。); left alone: a whole-area word further on (…增速居全市第一, a rank's whole), one after a place
of its sentence, and a carried place of the word's own level (猇亭区…。全区…: the district itself)."""
from __future__ import annotations

from extractor.api import extract_text

PAGE = ("首页 > 新闻发布\n宜昌市前10个月经济运行情况新闻发布会文字实录\n发布时间:2026-11-18 16:42 来源:宜昌市人民政府新闻办公室\n"
        "{body}\n")


def places(page: str, body: str) -> dict[str, str | None]:
    """Each money, count and percent fact's place, by its text, on the page written with body."""
    return {f.text: f.place for f in extract_text(page.format(body=body), "own-page")
            if f.type in ("money", "count", "percent")}


DISTRICT = "从工业看，1-10月，全市规模以上工业增加值同比增长7.4%。\n猇亭区规上工业增加值增长15.2%，增速居全市第一。\n"


def test_a_sentence_opened_by_the_whole_city_is_the_citys() -> None:
    got = places(PAGE, DISTRICT + "从投资看，1-10月，全市固定资产投资同比增长5.6%，其中工业投资增长12.3%，占全部投资的比重为38.5%。")
    assert got["15.2%"] == "猇亭区"
    assert got["5.6%"] == got["12.3%"] == got["38.5%"] == "宜昌市"


def test_the_whole_goes_on_to_the_next_sentences() -> None:
    got = places(PAGE, DISTRICT + "前三季度，全市居民人均可支配收入35820元。\n城镇、农村居民人均可支配收入分别为44610元、22470元。")
    assert got["35820元"] == got["44610元"] == got["22470元"] == "宜昌市"


def test_a_whole_word_further_on_leaves_the_district() -> None:
    # negative: 全市 as the whole of a rank at the clause's end, and after a place of its sentence
    got = places(PAGE, DISTRICT + "规上工业增加值增长16.1%，增速高于全市平均水平。")
    assert got["16.1%"] == "猇亭区"
    got = places(PAGE, "猇亭区规上工业增加值增长15.2%。该区在全市率先完成投资45亿元，其中工业投资增长12.3%。")
    assert got["12.3%"] == "猇亭区"


def test_a_carried_place_of_the_words_level_stays() -> None:
    # negative: 全区 after the district itself carried on: its own sentence, its own figures
    got = places(PAGE, DISTRICT + "从投资看，1-10月，全区固定资产投资增长5.1%，工业投资增长9.2%。\n城镇居民人均可支配收入35820元。")
    assert got["9.2%"] == got["35820元"] == "猇亭区"
