"""A whole-area word that is a sentence's topic scopes the sentence's later clauses on a district's page too
(area_words.read_area_words, place_sentences.whole_opening_word): `截至10月底，全市完成投资…，同比增长6.1%` gives
the city to both figures, not the growth to the district the page is about (its main place); a nearby-area word
the sentence's top gives (`去年，该县…，实现…`) scopes its later clauses as it scopes the first. Left alone: a
whole-area word of a rank (`增速居全市第一`), and one after a place of its sentence."""
from __future__ import annotations

from extractor.api import extract_text

PAGE = "本报讯 2025年，青山区地区生产总值达到612.4亿元，增长5.8%。\n{body}\n"


def places(body: str) -> dict[str, str | None]:
    """Each money, count and percent fact's place, by its text, on the page written with body."""
    return {f.text: f.place for f in extract_text(PAGE.format(body=body), "own-page", date="2025-11-20")
            if f.type in ("money", "count", "percent")}


def test_the_whole_city_after_a_time_clause_scopes_the_sentence() -> None:
    got = places("截至10月底，全市完成固定资产投资286亿元，同比增长6.1%。")
    assert got["5.8%"] == "青山区"
    assert got["286亿元"] == got["6.1%"] == "包头市"


def test_a_nearby_area_at_the_sentence_top_scopes_its_later_clauses() -> None:
    got = places("全市新增城镇就业3.2万人，其中固阳县新增3600人。\n去年，该县接待游客860万人次，实现旅游收入72亿元。")
    assert got["860万人次"] == got["72亿元"] == "固阳县"


def test_a_rank_or_a_place_before_the_word_leaves_the_district() -> None:
    # negative: 全市 as the whole of a rank, and 全市 after the district named in its sentence
    got = places("截至10月底，青山区完成固定资产投资86亿元，同比增长9.1%，增速居全市第一。")
    assert got["9.1%"] == "青山区"
    got = places("截至10月底，青山区在全市率先完成投资45亿元，同比增长12.3%。")
    assert got["12.3%"] == "青山区"
