"""A village's or town's own story (session 19, issue 13; extractor/place_story_area.py): where the story's main
place is a town or village of a county, a figure whose place would be that county, opening its sentence or
carried on from the sentence before, is the village's; a figure whose own clause names the county, or one
under a whole-area word (全县), keeps the county, and a county's story keeps its county."""
from __future__ import annotations

from extractor.api import extract_text

STORY = "{title}\n本报记者王某\n{body}\n"
DOC = "20261120-05-001"  # (a dated id: a news story, as a People's Daily article is read)
OPENING = "在湖南省慈利县西北的大山里，有一个村子，住着２１０户人家。"
VILLAGE = "慈利县上坪村的人说，路是大家挖出来的。去年，上坪村又办起茶厂３家。上坪村人的日子越过越红火，上坪村的路也越修越宽。"


def places(title: str, body: str) -> dict[str, str | None]:
    """Each money and count fact's place, by its text, on the story written with title and body."""
    return {f.text: f.place for f in extract_text(STORY.format(title=title, body=body), DOC)
            if f.type in ("money", "count")}


def test_the_county_opening_a_sentence_of_a_village_story_gives_way_to_the_village() -> None:
    got = places("上坪村的新路", OPENING + "这个村子五年前人均收入不到３０００元。" + VILLAGE)
    assert got["２１０户"] == "上坪村"  # 有一个村子，住着…: the village's households, not the county's
    assert got["３０００元"] == got["３家"] == "上坪村"


def test_a_clause_naming_the_county_or_its_whole_keeps_the_county() -> None:
    # negative: the county's own spending and 全县's people are the county's, in the village's story too
    got = places("上坪村的新路", OPENING + "慈利县今年投入８０００万元修路，全县有人口６８万。" + VILLAGE)
    assert got["２１０户"] == "上坪村"
    assert got["８０００万元"] == got["６８万"] == "慈利县"


def test_a_county_story_keeps_the_county() -> None:
    # negative: a village named once in the county's story is a detail, not what the story is about
    got = places("慈利县的新路", OPENING + "慈利县今年修路１２０公里，投入８０００万元。慈利县上坪村办起茶厂３家。"
                 "慈利县的路越修越宽，去年全县游客达４００万人次。")
    assert got["２１０户"] == got["８０００万元"] == "慈利县"


SCHOOL = "{opening}\n　　这所学校１９９２年由初中改建而成。校园里有试验田，师生栽下了２２种果树。\n" \
         "　　该校已有８届毕业生，毕业率达１００％。\n"


def school_places(opening: str) -> dict[str, str | None]:
    """Each count and percent fact's place on a school's story opened by opening (a paragraph of its own)."""
    return {f.text: f.place for f in extract_text(STORY.format(title="定位求实", body=SCHOOL.format(opening=opening)),
                                                  DOC) if f.type in ("count", "percent")}


def test_a_body_seated_in_a_town_of_the_main_place_gives_the_story_that_town() -> None:
    # (place_story_body.seated_body_area: 某县某学校就位于…某镇, the opening paragraph)
    got = school_places("　　我们来到湖南省慈利县。慈利县职业学校就位于县城以北的零阳镇。")
    assert got["２２种"] == got["８届"] == got["１００％"] == "零阳镇"


def test_a_body_seated_in_the_main_place_itself_keeps_it() -> None:
    # negative: 位于 the county's seat named as the county: no smaller area
    got = school_places("　　我们来到湖南省慈利县。慈利县职业学校就位于慈利县城以北。")
    assert got["２２种"] == got["８届"] == "慈利县"


def test_a_town_named_without_a_seated_body_keeps_the_main_place() -> None:
    # negative: a town the opening passes through is no body's seat
    got = school_places("　　我们来到湖南省慈利县，路过零阳镇。慈利县职业学校在县城以北。")
    assert got["２２种"] == got["８届"] == "慈利县"
