"""A sentence opened by a part word (其中，滨海新区…) names a part of the whole the sentence before spoke of: its
place is its own sentence's topic, and the sentences after it speak of the whole again
(extractor/place_sentences.py, data/place_scope.toml part_openers). The opposite shape: a sentence opened by
the place itself carries it on to the paragraph's next sentences, as before."""
from __future__ import annotations

from extractor.api import extract_text

BULLETIN = ("首页 > 统计公报\n2025年天津市人力资源和社会保障事业发展统计公报\n"
            "发布时间:2026-05-22 来源:天津市人力资源和社会保障局\n一、就业和再就业\n{body}\n")


def places(body: str) -> dict[str, str | None]:
    text = BULLETIN.format(body=body)
    return {f.text: f.place for f in extract_text(text, "hrss-bulletin") if f.type in ("money", "count", "percent")}


def test_a_part_opened_by_its_word_is_its_own_sentences_only() -> None:
    got = places("全年城镇新增就业41.6万人。其中，滨海新区城镇新增就业9.8万人，占全市的23.6%。"
                 "分季度看，一季度新增9.2万人。城镇失业人员再就业13.8万人。")
    assert got["9.8万人"] == "滨海新区" and got["23.6%"] == "滨海新区"
    assert got["9.2万人"] == "天津市" and got["13.8万人"] == "天津市"


def test_a_place_opening_a_sentence_goes_on() -> None:
    # negative: no part word, the district is the paragraph's topic
    got = places("滨海新区城镇新增就业9.8万人。分季度看，一季度新增9.2万人。")
    assert got["9.8万人"] == "滨海新区" and got["9.2万人"] == "滨海新区"
