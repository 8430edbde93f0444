"""A reader's letter signed with its writer's place (（某省某县某局张三）): the byline says where the writer
works, as a dateline says where a dispatch was filed, not what the letter's figures are about; only the
writer's first person (我市, 我院) names that area (bench/gold/README.md, extractor/main_places.py)."""
from __future__ import annotations

from extractor.api import extract_text


def places(text: str) -> dict[str, str | None]:
    return {f.text: f.place for f in extract_text(text, "19980109-10-901") if f.type in ("money", "count")}


def test_a_byline_alone_is_no_area_of_the_letters_figures() -> None:
    text = ("送礼之风当刹\n据笔者了解，有的单位每年光送礼就花去３万多元公款，群众很有意见。\n"
            "（湖南安化县纪委李某）\n")
    assert places(text)["３万多元"] is None


def test_a_writer_speaking_of_the_bylines_body_gives_it_the_bylines_area() -> None:
    # negative: 我院 is the court the byline names, and its cases are that county's
    text = ("工伤赔偿要依法\n去年我院共受理工伤赔偿案９件，赔偿金额达１２万元。\n"
            "（湖南安化县人民法院李某）\n")
    got = places(text)
    assert got["９件"] == "安化县"
    assert got["１２万元"] == "安化县"
