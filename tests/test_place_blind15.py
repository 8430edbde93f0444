"""The place of numeric facts in shapes met in the session-15 blind DEV notes (bench/gold/README.md,
"DEV facts gold, blind, session 15"): each rule with a sentence where it decides and one where it must not."""
from __future__ import annotations

from extractor.api import extract_text


def places(text: str, doc: str = "19980106-04-099") -> dict[str, str | None]:
    """The place of each numeric fact of a text, by its text (a People's Daily id: a news story)."""
    return {f.text: f.place for f in extract_text(text, doc) if f.type in ("money", "count", "percent")}


def _village_story(extra: str = "") -> str:
    """A feature about one village: named with its county in the first paragraph and again in the
    second, its figures in a third paragraph that names no area (paragraphs of unequal lengths, so
    that the layout keeps them apart)."""
    return ("照片背后\n李四\n她住在四川宣汉县落耳坡村。\n"
            "１９９６年春天，采访团沿着山路走到落耳坡村，村口的老槐树下站着几位等候的老人，他们说村里的"
            "年轻人都出去挖煤了。\n" + extra + "她家只有３间土房。我请同行的中国人口报摄影记者拍下了照片。\n")


def test_a_story_of_one_village_named_more_than_its_county_is_the_village_s() -> None:
    assert places(_village_story())["３间"] == "落耳坡村"
    # negative: a village named once in a county's story is a detail, the county stays the place
    text = ("修路\n李四\n湖南桑植县今年新修公路，县里在柳树坪村开了现场会。\n"
            "１９９７年秋天，桑植县组织了上万名民工，沿着山路开挖路基，村口的老槐树下站着几位等候的老人。\n"
            "全县共修路３０公里，投入资金２００万元。\n")
    assert places(text)["２００万元"] == "桑植县"


def test_a_story_of_two_towns_is_no_one_town_s() -> None:
    text = ("进棚过冬\n本报记者王五\n记者来到重灾区张北县单晶河乡。单晶河乡的灾民都住进了帐篷。"
            "进驻单晶河乡和海流图乡的部队已搭帐篷３００顶。\n")
    assert places(text)["３００顶"] != "单晶河乡"


def test_china_opening_a_newspaper_s_name_is_a_body_not_the_story_s_area() -> None:
    # the newspaper's 中国 gives the story no vote for the country (it would outweigh the county)
    assert places(_village_story())["３间"] != "中国"
    # negative: 中国 said as the country is still the article's scope
    text = ("照片背后\n李四\n中国的邮政网点已有８万个，中国的邮路总长又有增加。\n")
    assert places(text)["８万个"] == "中国"


def test_a_body_s_area_inside_the_province_heading_its_name_goes_on() -> None:
    text = ("吉林省通化钢铁集团公司节约开支\n"
            "吉林省通化钢铁集团公司去年换了新班子，他们先做了４件事。公司每年节约经费３００多万元。\n")
    found = places(text)
    assert found["４件"] == "通化市"
    assert found["３００多万元"] == "通化市"
    # negative: a province heading a body whose name names no area inside it stays the place
    text = ("吉林省钢铁公司节约开支\n"
            "吉林省钢铁公司去年换了新班子，他们先做了４件事。公司每年节约经费３００多万元。\n")
    assert places(text)["３００多万元"] == "吉林省"


def test_of_areas_named_equally_often_the_innermost_is_the_story_s() -> None:
    # province, prefecture and county once each, one inside the other: the county (README: 九台市)
    text = ("走上高山\n本报记者赵六\n高山坪是地名，海拔１９００米，在湖南湘西土家族苗族自治州吉首市境内。\n"
            "１９９７年秋天我走上高山坪，只见草地连着草地，牛羊散在坡上，农民说这些年日子好过多了。\n"
            "他家养了十多头牛，去年卖了五头。\n")
    assert places(text)["十多头"] == "吉首市"
    # negative: areas named equally often, the later ones not inside the first: the first named
    text = ("走上高山\n本报记者赵六\n他是北京市人，在湖南吉首市种草。\n"
            "１９９７年秋天我跟着他走上高山坪，只见草地连着草地，牛羊散在坡上，农民说这些年日子好过多了。\n"
            "他家养了十多头牛，去年卖了五头。\n")
    assert places(text)["十多头"] == "北京市"


def test_a_printed_blank_for_a_withheld_name_is_an_unnamed_area() -> None:
    text = ("北京的话费账单\n本报记者孙七\n北京的声讯电话越来越多，北京的家长也越来越担心。\n"
            "据报载，××市一位初中生多次拨打境外的聊天电话，一个月的话费竟达八千多元。\n")
    assert places(text)["八千多元"] is None
    # negative: a city named in full is the area of the same figure
    text = ("话费账单\n本报记者孙七\n据报载，洛阳市一位初中生多次拨打境外的聊天电话，一个月的话费竟达八千多元。\n")
    assert places(text)["八千多元"] == "洛阳市"


def test_a_place_before_an_ordinal_first_ranks_what_follows() -> None:
    text = ("书香湖州\n本报记者周八\n湖州的书店比饭馆还热闹。有一个“湖州藏书会”，"
            "这是浙江省第一个由藏书人自愿组成的团体，现已有了６００多名会员。\n")
    assert places(text)["６００多名"] == "湖州市"
    # negative: a first time (首次) is the place's own deed, its figures the place's
    text = ("书香湖州\n本报记者周八\n湖州的书店比饭馆还热闹。去年浙江省首次举办藏书展，"
            "共有６００多名藏书人参加。\n")
    assert places(text)["６００多名"] == "浙江省"
