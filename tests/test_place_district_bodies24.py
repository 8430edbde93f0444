"""A municipality's district by its short name opening a court's or procuratorate's name (session 24, issue 13):
in a story that names the municipality, 杨浦检察院 is 杨浦区's body, as 介休纺织厂 is 介休's in a story of its
city (extractor/county_prefix_places.py: districts keyed by the municipality that encloses them; data/place_scope.toml
[county_prefix] body_ends); not a district of a municipality the story does not name, nor a short name before
words that are no body's."""
from __future__ import annotations

from extractor.api import extract_text

STORY = "{title}\n本报记者赵某\n{body}\n"
DOC = "20261122-03-002"  # (a dated id: a news story)
INDENT = "　　"


def places(body: str, title: str = "检察机关护航国资") -> dict[str, str | None]:
    """Each money and count fact's place, by its text, on the story written with body."""
    return {f.text: f.place for f in extract_text(STORY.format(title=title, body=body), DOC)
            if f.type in ("money", "count")}


def test_a_district_short_name_opening_a_procuratorate_is_the_district() -> None:
    got = places(f"{INDENT}上海市的检察官们去年查处大案１１６件。\n{INDENT}而在普陀检察院，检察官们专查金融案件，"
                 f"去年查获贪污案９起。")
    assert got["９起"] == "普陀区"
    assert got["１１６件"] == "上海市"


def test_a_district_of_a_municipality_the_story_does_not_name_is_not_read() -> None:
    # negative: 海淀 is a district of 北京市, which this Shanghai story does not name
    got = places(f"{INDENT}上海市的检察官们去年查处大案１１６件。\n{INDENT}而据海淀法院介绍，法官们去年审结贪污案９起。")
    assert got["９起"] != "海淀区"


def test_a_district_short_name_before_no_body_word_is_not_read() -> None:
    # negative: 普陀 before 山 is the island's mountain, no body of 普陀区
    got = places(f"{INDENT}上海市的检察官们去年查处大案１１６件。\n{INDENT}普陀山上的游客去年多达３０万人次。")
    assert got["３０万人次"] != "普陀区"


def test_a_district_short_name_that_is_a_common_word_is_not_read_alone() -> None:
    # negative: 和平 is a common word; 和平公司 in a story of 天津市 is a firm named for peace, no body of 和平区
    got = places(f"{INDENT}天津市去年引进外资项目８０个。\n{INDENT}据介绍，和平公司去年上缴税款６００万元。")
    assert got["６００万元"] != "和平区"


def test_a_district_short_name_that_is_a_common_word_is_read_after_its_area() -> None:
    # positive: written right after its municipality, the word is the district
    got = places(f"{INDENT}天津市去年引进外资项目８０个。\n{INDENT}据介绍，天津市和平检察院去年查处贪污案７起。")
    assert got["７起"] == "和平区"
