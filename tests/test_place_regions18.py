"""The region 河西地区 (data/names/geography.tsv, session 18): figures a story gives for it are its, not
those of one of its cities. The opposite shapes: a district and a village whose names hold the two
characters (河西区, 河西村) stay those units."""
from __future__ import annotations

from extractor.api import extract_text


def places(text: str) -> dict[str, str | None]:
    return {f.text: f.place for f in extract_text(text, "19980109-10-906") if f.type in ("money", "count")}


def test_figures_given_for_the_region_are_its() -> None:
    got = places("甘肃军民共建文明走廊\n本报兰州１月９日电记者某某报道：武威市今年新建文明村１２个。"
                 "目前，河西地区建成文明小区２３５个，河西五地市已有１４个县市被命名为模范县市。\n")
    assert got["２３５个"] == "河西地区"


def test_a_district_and_a_village_holding_the_name_stay_those_units() -> None:
    # negative: 河西区 and 河西村 are a district and a village, read as such
    got = places("医院改革见成效\n本报天津１月９日电记者某某报道：天津市河西区今年投入３００万元改造社区医院。\n"
                 "沾化县河贵乡河西村今年新建大棚５０个，带动农户２００户。\n")
    assert got["３００万元"] == "河西区" and got["５０个"] == "河西村"
