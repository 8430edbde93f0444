"""A body's own area (session 19, issue 13): a county written by its short name right after its city in a body's
name is the body's area (extractor/place_orgs.py _county_after; 上海市虹口检察院: 虹口区), not a word that happens to
be a county's short name after its province (湖北省公安厅: no 公安县), nor the short form of a name written whole
(偃师市公安局); and a body taken up by 该 (该院, 该校) gives the figures of a sentence naming no area the area of
its name (extractor/place_this_body.py), not where the last body of an area is another kind or another body named
beside the one taken up, nor in 该行业."""
from __future__ import annotations

from extractor.api import extract_text

STORY = "{title}\n本报记者王某\n{body}\n"
DOC = "20261120-03-001"  # (a dated id: a news story)
INDENT = "　　"  # (a paragraph of its own: not carried on from the line before)


def places(body: str, title: str = "检察工作述评") -> dict[str, str | None]:
    """Each money, count and percent fact's place, by its text, on the story written with body."""
    return {f.text: f.place for f in extract_text(STORY.format(title=title, body=body), DOC)
            if f.type in ("money", "count", "percent")}


def test_a_county_short_name_after_its_city_in_a_body_name_is_the_body_area() -> None:
    got = places("上海市虹口检察院去年查处案件４５件。上海市的检察官们今年查处案件４４８件。")
    assert got["４５件"] == "虹口区"
    assert got["４４８件"] == "上海市"  # the city written alone stays the city


def test_a_county_short_name_after_its_province_is_no_county() -> None:
    # negative: 公安 of 湖北省公安厅 is the public security department's word, not 公安县 (a county of 荆州市)
    got = places("湖北省公安厅去年查处案件４５件。")
    assert got["４５件"] == "湖北省"


def test_a_body_taken_up_by_its_kind_gives_its_area() -> None:
    got = places(f"{INDENT}以上海市虹口检察院近年来查处的案件为例，数据令人触目惊心。\n"
                 f"{INDENT}１９９５年，该院查处罪案４５件，案值１００万元。\n{INDENT}上海市的检察官们今年查处案件４４８件。")
    assert got["４５件"] == got["１００万元"] == "虹口区"
    assert got["４４８件"] == "上海市"


def test_a_body_of_another_kind_is_not_taken_up() -> None:
    # negative: 该校 is no 检察院
    got = places(f"{INDENT}以上海市虹口检察院近年来查处的案件为例，数据令人触目惊心。\n{INDENT}１９９６年，该校招生４８０人。")
    assert got["４８０人"] == "上海市"


def test_a_body_named_beside_the_one_taken_up_is_not_it() -> None:
    # negative: 该院 is the college; the 检察院 named in its sentence is its partner
    got = places(f"{INDENT}提到这所学院，人们都称赞。该院是由上海市教育局和上海市虹口检察院共同筹办的。\n"
                 f"{INDENT}该院今年招生４８０人。", title="联办之路")
    assert got["４８０人"] == "上海市"


def test_a_word_opened_by_the_kind_takes_up_no_body() -> None:
    # negative: 该行业 is the industry, not the bank 该行
    got = places(f"{INDENT}以上海市虹口银行为例，放贷增长很快。\n{INDENT}该行业今年新增网点３０个。", title="银行业观察")
    assert got["３０个"] == "上海市"
