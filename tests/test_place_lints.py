"""The place of numeric facts in shapes counted by bench/lint_place.py over all DEV text (session 13):
each rule with a sentence where it decides and one where it must not."""
from __future__ import annotations

from extractor.api import extract_text
from extractor.place_currency import currency_country


def places(text: str, doc: str = "t") -> dict[str, str | None]:
    """The place of each numeric fact of a text, by its text (doc "t": no day, a report where it opens so)."""
    return {f.text: f.place for f in extract_text(text, doc) if f.type in ("money", "count", "percent")}


_REPORT = "湖北省政府工作报告\n各位代表：\n过去一年，全省生产总值增长5.2%。"


def test_a_city_opening_a_provincial_reports_sentence_is_its_first_clause_only() -> None:
    found = places(_REPORT + "宜昌大桥建成通车，全省交通投资增长7.3%。襄阳机场二期投入使用，旅客增长12.4%。")
    assert found["7.3%"] == "湖北省"
    assert found["12.4%"] == "湖北省"
    # negative: a city in the figure's own clause is still its place
    found = places(_REPORT + "新建桥梁5座，宜昌新增绿地38公顷，荆门新增公园4个。")
    assert found["4个"] == "荆门市"
    assert found["5座"] == "湖北省"


def test_a_city_opening_a_news_storys_sentence_still_scopes_its_clauses() -> None:
    # negative: in a news story the place opening the sentence is the topic of its later clauses
    story = "宜昌见闻\n本报讯 宜昌新建大桥一座，交通投资增长７．３％。\n"
    assert places(story, "19980102-01-099")["７．３％"] == "宜昌市"
    # negative: nor does a national report change (its regions carry, as before)
    report = "政府工作报告\n各位代表：\n全国粮食产量增长2.1%。东北地区新建水库，粮食增产8.4%。"
    assert places(report)["8.4%"] == "东北地区"


def test_a_currency_naming_what_amounts_are_counted_in_gives_no_country() -> None:
    assert currency_country("人民币存贷款余额分别增长６．９％", 0, 13) is None
    found = places(_REPORT + "金融机构人民币存款余额增长8.1%。")
    assert found["8.1%"] == "湖北省"
    # negative: a currency whose value changes is its country's
    assert currency_country("此轮泰铢与美元比价已经下跌了８６％", 0, 14) == "泰国"
    assert currency_country("韩元贬值了４０％", 0, 6) == "韩国"


def test_a_trade_partner_is_not_the_area_of_the_trade_figure() -> None:
    found = places(_REPORT + "对中亚五国、东盟进出口分别增长31.5%、17%。对非洲、拉美市场出口分别增长21%、6.5%。")
    assert [found[k] for k in ("31.5%", "17%", "21%", "6.5%")] == ["湖北省"] * 4
    story = "贸易\n本报讯 香港同南非之间的贸易额已达到１５亿美元。英国对中国出口同比增长２４％。\n"
    found = places(story, "19980101-01-099")
    assert found["１５亿美元"] == "香港"
    assert found["２４％"] == "英国"
    # negative: the exporter named before 对 keeps its figure, and a visit is no trade
    story = "访问\n本报讯 美国对华出口增长８％。代表团对日本的访问取得成果，双方签署３项协议。\n"
    found = places(story, "19980101-01-099")
    assert found["８％"] == "美国"
    assert found["３项"] == "日本"


def test_people_counted_where_the_sentence_holds_them() -> None:
    story = "年会\n本报讯 之后，广州某商会年会在佛山召开，３００多名企业家考察了当地市场。\n"
    assert places(story, "19980101-01-099")["３００多名"] == "佛山市"
    story = "首发\n本报巴黎１月９日电 某报特刊昨天在法国首都巴黎首发，受到５００多名读者欢迎。\n"
    assert places(story, "19980101-01-099")["５００多名"] == "巴黎"
    # negatives: a count of things keeps the body's area, and a whole-area word before the figure wins
    story = "年会\n本报讯 之后，广州某商会年会在佛山召开，签订合同３０项。\n"
    assert places(story, "19980101-01-099")["３０项"] == "广州市"
    story = "年会\n本报讯 某协会年会在佛山召开，全国３００多名代表出席。\n"
    assert places(story, "19980101-01-099")["３００多名"] == "中国"
    # the company's country is not where the people it gathered are; 来自全国 says where they come from
    story = "代理商\n本报讯 著名家电生产商瑞典某公司日前在海口向来自全国的４００多名代理商宣布推出新产品。\n"
    assert places(story, "19980101-01-099")["４００多名"] == "海口市"


def test_a_city_opening_the_one_example_of_a_set_in_a_provincial_report() -> None:
    found = places(_REPORT + "宜昌先进材料等4个平台入选培育名单。打造襄阳“汉江夜市”等消费聚集区23个。")
    assert found["4个"] == "湖北省"
    assert found["23个"] == "湖北省"
    # negatives: a city that names its own figure keeps it, and 等 of a word closes no list of examples
    found = places(_REPORT + "宜昌新增平台4个。宜昌新增高等院校2所。")
    assert found["4个"] == "宜昌市"
    assert found["2所"] == "宜昌市"
    # negative: a news story's single example keeps its place (临沂市农民甲等３人)
    story = "表彰\n本报讯 宜昌市农民张三等３人受到表彰。\n"
    assert places(story, "19980101-01-099")["３人"] == "宜昌市"


def test_a_tagged_name_ending_in_a_common_word_of_cities_is_no_place() -> None:
    from extractor.place_words import whole_words
    assert not whole_words().tagged_level.fullmatch("文明城市")
    assert not whole_words().tagged_level.fullmatch("国际都市")
    # negative: a foreign division's name jieba reads whole still counts (安大略省, 蒙特利尔市)
    assert whole_words().tagged_level.fullmatch("蒙特利尔市")
    assert whole_words().tagged_level.fullmatch("安大略省")


def test_a_route_with_a_bracketed_end_is_no_area() -> None:
    found = places(_REPORT + "中欧（亚）班列累计开行1.2万列。")
    assert found["1.2万列"] == "湖北省"
    # negative: a region named for its own figure stays (欧洲 is the area of its own exports)
    story = "出口\n本报讯 欧洲（西部）各国去年出口增长６％。\n"
    assert places(story, "19980101-01-099")["６％"] == "欧洲"


def test_the_lints_flag_their_shapes_and_not_others() -> None:
    import json
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from lint_place import Areas, lint_doc
    from extractor.api import iter_rows
    text = _REPORT + "对东盟进出口增长17%。宜昌新增平台4个。"
    rows = [json.loads(r) for r in iter_rows(text, "t")]
    found = {(lint, r["text"]) for lint, r, _ in lint_doc("t", text, rows, Areas(rows))}
    # negative: the partner's figure is the province's now, so no trade_partner hit; a city's own figure
    # in its clause is no province_city hit
    assert not any(lint in ("trade_partner", "province_city") for lint, _ in found)
    rows = [dict(r, place="东盟") if r.get("text") == "17%" else r for r in rows]
    found = {(lint, r["text"]) for lint, r, _ in lint_doc("t", text, rows, Areas(rows))}
    assert ("trade_partner", "17%") in found


def test_foreign_things_counted_in_a_provincial_report_are_the_provinces() -> None:
    found = places(_REPORT + "博览会吸引18个阿拉伯国家参会。")
    assert found["18个"] == "湖北省"
    # negative: in a news story the countries counted are their region's (１９个欧洲国家在巴黎签约)
    story = "签约\n本报巴黎１月１３日电 １９个欧洲国家１２日在巴黎签署协议。\n"
    assert places(story, "19980101-01-099")["１９个"] == "欧洲"


def test_a_town_or_village_named_again_by_its_stem() -> None:
    text = "扶贫\n本报合肥１月６日电 安徽省某县石门坎村去年脱贫。\n石门坎紧靠河道，村民办起了４个砂场。\n"
    assert places(text, "19980108-04-099")["４个"] == "石门坎村"
    # negative: a two-character stem is mostly a common word, not read as the village
    text = "扶贫\n本报合肥１月６日电 安徽省某县新建村去年脱贫。\n新建的厂房有４个车间，由外地公司经营。\n安徽全省脱贫。\n"
    assert places(text, "19980108-04-099")["４个"] != "新建村"
