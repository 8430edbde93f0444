"""A district of a big city merged since the 1990s (宣武区, now part of 西城区; 芳村区, now 荔湾区) is a place
as its text names it, and the area of the figures told of it (extractor/data/names/renames_1990s.tsv, its
last lines; bench/gold/README.md: the area named for the number, as named in the text)."""
from __future__ import annotations

from extractor.api import extract_text


def places(text: str, kind: str = "count") -> dict[str, str | None]:
    return {f.text: f.place for f in extract_text(text, "19980111-05-901") if f.type == kind}


def test_a_merged_district_is_the_figures_place() -> None:
    text = "社区扫雪\n本报北京１月１０日讯昨天在崇文区一条胡同里，６位老人自发清扫积雪。\n"
    assert places(text)["６位"] == "崇文区"
    text = "旧区改造\n本报上海１月９日讯闸北区今年将改造旧房１２万平方米，安置居民３０００户。\n"
    assert places(text)["３０００户"] == "闸北区"


def test_a_district_of_today_keeps_its_own_name() -> None:
    # negative: a district never merged is read as before, by its own name
    text = "社区扫雪\n本报北京１月１０日讯昨天在西城区一条胡同里，６位老人自发清扫积雪。\n"
    assert places(text)["６位"] == "西城区"
    # negative: the city alone, with no district named, stays the city's
    text = "社区扫雪\n本报北京１月１０日讯昨天在北京一条胡同里，６位老人自发清扫积雪。\n"
    assert places(text)["６位"] == "北京市"
