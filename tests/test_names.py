"""Places, persons and organizations: division data, resolution, bylines, offsets, the cheap
place-only path, and the floors on the real sample page."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import names as names_pkg
from extractor.names import default_segmenter, find_names
from extractor.names.divisions import gazetteer, resolve
from extractor.names.bylines import byline_names, group_names
from extractor.page import Page
from extractor.pipeline import page_records


@pytest.fixture(scope="module")
def segmenter():
    return default_segmenter()


def test_division_codes_and_chain() -> None:
    g = gazetteer()
    (wuling,) = g.full("武陵区")
    assert wuling.code == "430702" and wuling.level == "county"
    assert [a.name for a in wuling.chain()] == ["常德市", "湖南省"]
    assert {d.code for d in g.short("常德")} == {"430700"}


def test_renamed_unit_resolves_to_its_successor() -> None:
    assert gazetteer().renamed["株洲县"].code == "430212"  # 渌口区 since 2018


def test_renamed_unit_short_form_resolves_to_its_successor() -> None:
    g = gazetteer()
    assert [d.code for d in g.short("襄樊")] == ["420600"]  # 襄樊市, 襄阳市 since 2010
    # a stem that ends in a level word (达县 of 达县市), another name (南海, the sea) or a
    # district's (红星 of 红星区) is no short form of a renamed unit
    assert not {"达县", "南海", "红星"} & g.old_shorts
    assert not g.short("红星") and not g.short("达县")


def test_ambiguous_town_resolves_by_the_places_around_it() -> None:
    g = gazetteer()
    towns = g.full("良田镇")
    assert len(towns) > 1
    (suxian,) = g.full("苏仙区")
    assert resolve(towns, [suxian]).parent is suxian


def test_place_records_carry_level_code_parent(segmenter) -> None:
    page = Page.read("常德市鼎城区十美堂镇邓家窑村出纳李某因违规被警告。", "t")
    found = {c.value: c for c in find_names(page, segmenter, {"place"})}
    assert found["鼎城区"].extra["code"] == "430703"
    assert found["鼎城区"].extra["parent"] == ["常德市", "湖南省"]
    assert found["十美堂镇"].extra["parent"][0] == "鼎城区"
    assert found["邓家窑村"].extra["level"] == "village"
    assert found["邓家窑村"].extra["parent"][:2] == ["十美堂镇", "鼎城区"]


def test_person_role_includes_the_organization(segmenter) -> None:
    page = Page.read("“抓好水利建设意义重大。”株洲市水利局局长张智敏说。", "t")
    persons = [c for c in find_names(page, segmenter, {"person"}) if c.type == "person"]
    assert [(p.value, p.extra.get("role")) for p in persons] == [("张智敏", "株洲市水利局局长")]


@pytest.mark.parametrize("raw, expected", [
    ("（陈科翔 杜 璇）", ["陈科翔", "杜璇"]),
    ("李永亮 闫修兴 刘小花", ["李永亮", "闫修兴", "刘小花"]),
    ("（武 剑）", ["武剑"]),
    ("（新华社记者兰红光摄）", ["兰红光"]),
    ("（武陵区人社局供图）", []),
    ("（李 娜 韩 涛）", ["李娜", "韩涛"]),
    ("罗志刚 唐 敏", ["罗志刚", "唐敏"]),
])
def test_byline_names(raw: str, expected: list[str]) -> None:
    assert byline_names(raw) == expected


@pytest.mark.parametrize("pieces, expected", [
    (["邓雪梅", "杨", "帆"], ["邓雪梅", "杨帆"]),
    (["李", "娜", "韩", "涛"], ["李娜", "韩涛"]),  # 李娜韩 would leave 涛 alone: the cut backtracks
    (["沈佳怡", "吴", "越"], ["沈佳怡", "吴越"]),
    (["质", "量"], []),  # 质 is no surname: no reading into names
])
def test_group_names(pieces: list[str], expected: list[str]) -> None:
    assert group_names(pieces) == expected


def test_author_line_under_a_headline(segmenter) -> None:
    """The layout may join a spaced author line to the headline above it; the line still names them."""
    text = "湘潭茶产业综合产值达到 120 亿元\n周 静\n\n 韶山市把义务教育作为“一把手”工程。\n"
    page = Page.read(text, "t")
    assert {c.value for c in find_names(page, segmenter, {"person"})} == {"周静"}


def test_values_have_no_layout_whitespace_and_offsets_map_back(segmenter) -> None:
    raw = "近日，常德 市 武陵区人社局在芷兰街道荷 花社区举办招聘会。（陈科翔 杜 璇）\n"
    page = Page.read(raw, "t")
    recs = page_records(page, ["place", "person", "org"], segmenter)
    assert recs
    for r in recs:
        assert raw[r["start"]:r["end"]] == r["text"]
        assert "".join(r["text"].split()) == r["value"]
    assert {"杜璇", "陈科翔", "常德市武陵区人社局", "荷花社区"} <= {r["value"] for r in recs}


def test_place_only_path_cuts_only_the_blocks_that_hold_a_name(monkeypatch) -> None:
    """Scope asks for places alone without a segmenter: division names, read where jieba's words
    begin and end, with only the blocks of text that hold a name cut (not the page, no HMM run
    over clauses without a name)."""
    cut: list[str] = []
    of = names_pkg.Words.of
    monkeypatch.setattr(names_pkg.Words, "of", classmethod(lambda cls, text, seg: cut.append(text) or of.__func__(cls, text, seg)))
    page = Page.read("到了十月，鼎城区开了二十场招聘会，来的人比往年多得多。", "t")
    assert [c.value for c in find_names(page, None, {"place"})] == ["鼎城区"]
    assert cut and all("往年" not in t for t in cut)


@pytest.mark.parametrize("text", ["", "   \n", "12345", "（）", "\x00\x01"])
def test_odd_input_gives_no_names_and_no_error(text: str, segmenter) -> None:
    page = Page.read(text, "t")
    assert [c for c in find_names(page, segmenter) if c.type not in ("place", "person", "org")] == []


# every county-level-or-higher place on the sample page, with its division code
SAMPLE_CODES = {
    "常德市": "430700", "武陵区": "430702", "湘乡市": "430381", "株洲市": "430200", "渌口区": "430212",
    "江永县": "431125", "鼎城区": "430703", "郴州市": "431000", "苏仙区": "431003",
}


def test_sample_page_divisions_resolve_to_their_codes(sample_page: str, segmenter) -> None:
    page = Page.read(sample_page, "hn-page-01")
    found = {}
    for c in find_names(page, segmenter, {"place"}):
        if c.type == "place" and c.extra.get("level") in ("province", "city", "county"):
            found.setdefault(c.value, c.extra.get("code"))
    for name, code in SAMPLE_CODES.items():
        assert found.get(name) == code, name
    # no other county-or-higher unit on the page under a full name
    full = {v for v in found if v.endswith(("省", "市", "县", "区"))}
    assert full == set(SAMPLE_CODES)


def _set_f1(gold: list[dict], predicted: set[str]) -> float:
    accepted, hit = set(), 0
    for g in gold:
        names = {g["value"], *(g.get("aliases") or [])}
        accepted |= names
        hit += bool(names & predicted)
    precision = len(predicted & accepted) / len(predicted) if predicted else 0.0
    recall = hit / len(gold) if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def test_sample_page_name_floors(shared: Path, sample_page: str, segmenter) -> None:
    gold = [json.loads(x) for x in (shared / "corpus" / "gold" / "hn-page-01.facts.jsonl").read_text("utf-8").splitlines()
            if x.strip()]
    page = Page.read(sample_page, "hn-page-01")
    found = find_names(page, segmenter, {"place", "person", "org"})
    for kind in ("place", "person", "org"):
        f1 = _set_f1([g for g in gold if g["type"] == kind], {c.value for c in found if c.type == kind})
        assert f1 >= 1.0, (kind, f1)  # the sample page keeps its scores


def test_a_division_in_full_inside_a_body_is_a_name_a_country_or_short_form_only_scopes() -> None:
    # the sample page's gold counts 郴州市 of 郴州市公安局; 中国 of 中国共产党, 日本 of 日本八佰伴 are not
    from extractor.api import extract_text

    def names(text: str) -> set[tuple[str, str]]:
        return {(f.type, f.value) for f in extract_text(text, "t") if f.type in ("place", "org")}
    assert ("place", "上海市") in names("上海市委宣传部主办了这次活动。")
    assert ("place", "花明楼镇") in names("宁乡市花明楼镇中心小学开学了。")
    assert ("place", "中国") not in names("中国共产党第十五次全国代表大会在京召开。")
    assert ("place", "日本") not in names("日本八佰伴公司去年亏损３亿日元。")
    money = [f for f in extract_text("日本八佰伴公司去年亏损３亿日元。", "t") if f.type == "money"]
    assert money and money[0].place == "日本"  # the body's area still gives the fact's place
    inside: list = []
    found = find_names(Page.read("日本八佰伴公司去年亏损。", "t"), default_segmenter(), inside=inside)
    assert [c.value for c in inside] == ["日本"] and "日本" not in {c.value for c in found}


def test_a_names_value_is_written_as_in_the_page() -> None:
    # CONTRACT: the name as written, less layout whitespace; the rules read full-width letters and
    # digits normalized (ＴＣＬ集团 as TCL集团), the record keeps what the page wrote
    from extractor.api import extract_text
    facts = extract_text("本报讯 ＴＣＬ集团今年销售额增长两成。杜 璇说，７国集团会议即将召开。", "x")
    values = {f.value for f in facts if f.type in ("org", "person")}
    assert "ＴＣＬ集团" in values and "TCL集团" not in values
    assert "杜璇" in values
