"""Regions of the war years and of a province (data/names/geography.tsv) are the place of the figures
told of them, as 陕北 and 吕梁山区 are; a county the story passes through keeps its own figures."""
from __future__ import annotations


def test_a_war_years_region_is_the_place_of_its_figures() -> None:
    from extractor.api import extract_text
    text = ("忆太岳\n某某\n１９４２年春，太岳区组织各界２００人组成了检查团，分赴沁县、屯留两个县。"
            "当时太岳区历经敌人四次“扫荡”，人口损失达１２％。沁县有３个区建立了政权。")
    facts = {f.text: f.place for f in extract_text(text, "19980107-12-901") if f.type in ("count", "percent")}
    assert facts["２００人"] == "太岳区"
    assert facts["四次"] == "太岳区"
    assert facts["１２％"] == "太岳区"
    assert facts["３个"] == "沁县"  # negative: a county's own figure
