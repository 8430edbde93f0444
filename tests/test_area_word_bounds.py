"""Area words inside longer words (extractor/area_word_bounds.py): 资本市场 holds no 本市, 健全市场 no 全市."""
from __future__ import annotations

import re


def test_an_area_word_inside_a_longer_word_is_not_matched() -> None:
    from extractor.area_word_bounds import area_pattern
    words = re.compile(area_pattern(["本市", "全市", "全县", "该县", "全国"]))
    assert not words.search("万家企业资本市场培训")
    assert not words.search("健全国有资产管理体制")
    assert not words.search("健全市场体系")
    assert not words.search("健全县乡两级网络")
    # negatives: the words written as words still match
    assert words.search("本市今年新建学校").group() == "本市"
    assert words.search("，全市共有企业").group() == "全市"
    assert words.search("该县农民人均收入").group() == "该县"
    assert words.search("确保全国粮食安全").group() == "全国"  # 确保|全国, not 保全


def test_a_reports_capital_market_figure_keeps_its_province() -> None:
    from extractor.api import extract_text
    text = ("湖南省政府工作报告\n各位代表：过去一年，全省经济稳中有进。长沙市地铁新开通线路２条。\n"
            "企业融资渠道拓宽，千家企业资本市场培训３万人次。")
    facts = {f.text: f for f in extract_text(text, "gwr2099-test") if f.type == "count"}
    assert facts["３万人次"].place == "湖南省"
    assert facts["２条"].place == "长沙市"  # negative: the city's own figure stays the city's
