"""The place of numeric facts in the shapes of the session-12 blind DEV notes (bench/gold/README.md,
"DEV gold, session 12 (place, counts, blind)"), extractor/place_targets.py: each rule with a sentence
where it decides and one where it must not."""
from __future__ import annotations

from extractor.api import extract_text


def places(text: str, doc: str = "19980108-04-099") -> dict[str, str | None]:
    """The place of each numeric fact of a text, by its text (a People's Daily id: a news story)."""
    return {f.text: f.place for f in extract_text(text, doc) if f.type in ("money", "count", "percent")}


def test_what_is_carried_to_a_town_is_the_towns() -> None:
    text = ("科技下乡\n本报南昌１月６日电 南昌市科协的２００多人将５万多份科技资料和"
            "１５００多册图书送到新建县石岗镇。\n")
    got = places(text)
    assert got["５万多份"] == "石岗镇"
    assert got["１５００多册"] == "石岗镇"
    # negative: the people who carry them (a 将 between them and the verb) stay their city's
    assert got["２００多人"] == "南昌市"


def test_what_is_carried_to_a_list_of_places_or_no_place_keeps_its_area() -> None:
    text = ("捐赠\n本报成都１月６日电 成都市民捐赠的４０００床棉被发运到阿坝、甘孜等地区。"
            "成都市急救中心的１２名伤员已送往医院。\n")
    got = places(text)
    assert got["４０００床"] == "成都市"
    assert got["１２名"] == "成都市"


def test_the_international_community_as_subject_is_no_area() -> None:
    text = ("海洋调查\n本报青岛１月６日电 据估计，我国有３０００多名海洋工作者、国际上有２００多名专家"
            "参加这次调查。\n")
    got = places(text)
    assert got["２００多名"] is None
    assert got["３０００多名"] == "中国"
    # negative: 在国际上 is the scene of a deed, the figure stays the doer's
    text = ("获奖\n本报讯 我国青年科学家去年在国际上获得３项大奖。\n")
    assert places(text)["３项"] == "中国"


def test_a_group_of_countries_said_by_a_common_noun_is_no_area() -> None:
    # its subject, its frame (在…，), a clause it opens, the set counted, the rest of a set (其他N国): null
    text = ("援助\n新华社伦敦１月８日电 英国财政部今天说，发达国家的援助总额下降了６．４％。"
            "在发展中国家，农业人口的比重超过５５％。这些国家的出口额增加了３％，达到８００亿美元。"
            "８个欧盟国家的专家将出席会议。英国的投资额超过其他４国。\n")
    got = places(text)
    assert [got[q] for q in ("６．４％", "５５％", "３％", "８００亿美元", "８个", "４国")] == [None] * 6
    # negatives: the set as an object (对, 向, 来自) leaves the doer's area; a region's countries are its
    text = ("外贸\n新华社伦敦１月８日电 英国对发展中国家的出口增长了４．５％。英国还向１５个最不发达国家提供了"
            "３亿英镑贷款。非洲国家的平均增长率为３．６％。\n")
    got = places(text)
    assert (got["４．５％"], got["３亿英镑"], got["１５个"], got["３．６％"]) == ("英国", "英国", "英国", "非洲")


def test_a_group_of_countries_further_on_in_its_clause_is_what_the_doer_deals_with() -> None:
    # the group opens no clause: a place of the story's own, or the doer's words, stand before it (negatives)
    text = ("外经\n本报杭州１月４日电 浙江省去年利用发达国家的贷款３亿美元。杭州市去年引进西方国家的先进设备"
            "１２０台。去年浙江省吸收欧盟国家的直接投资达３亿多美元。浙江省的丝绸产品已打入２０多个发达国家。\n")
    got = places(text)
    assert (got["３亿美元"], got["１２０台"], got["３亿多美元"], got["２０多个"]) == ("浙江省", "杭州市", "浙江省", "浙江省")
    text = ("外贸\n本报北京１月４日电 我国对广大发展中国家的出口去年增长了１２％。我国向亚洲这些国家的出口下降了"
            "１５％。发达国家占我国出口总额的６０％以上。\n")
    got = places(text)
    assert (got["１２％"], got["１５％"], got["６０％"]) == ("中国", "中国", "中国")
    # positive: opening its clause after a time, or after a clause of saying, it is the subject
    text = ("外贸\n本报北京１月４日电 据统计，去年发达国家的进口增长了９％。有关人士说，２３个发达国家的代表将出席。\n")
    got = places(text)
    assert (got["９％"], got["２３个"]) == (None, None)


def test_state_owned_industry_is_no_group_of_countries() -> None:
    # 工业国有企业: 国有 (state-owned) follows 工业, no 工业国 is said
    text = ("效益\n本报杭州１月４日电 去年浙江省工业国有企业实现利润１２亿元。浙江省去年工业国有资产增值１８％。\n")
    got = places(text)
    assert (got["１２亿元"], got["１８％"]) == ("浙江省", "浙江省")
    text = "效益\n本报北京１月４日电 去年全国工业国有及国有控股企业实现利润８００亿元。\n"
    assert places(text)["８００亿元"] == "中国"


def test_a_country_word_heading_examples_is_not_the_sets_area() -> None:
    text = ("书法交流\n本报沈阳１月６日电 日前在辽宁省盖州市召开的全国书法教育现场会上，"
            "我国以及新加坡、马来西亚等３００多位专家学者参观了学校。\n")
    assert places(text)["３００多位"] == "盖州市"
    # negative: 我国 as the subject of a list of its own examples keeps the country
    text = ("展览\n本报讯 我国有北京、上海等２０个城市参加展览。\n")
    assert places(text)["２０个"] == "中国"


def test_a_count_pointed_back_to_is_where_it_was_first_counted() -> None:
    text = ("暴雪\n新华社华盛顿１月９日电 美国东部遭暴雪袭击。美国政府批准宾夕法尼亚州宣布八个县进入紧急状态。"
            "这八个县有５万多人断电。\n")
    got = [(f.text, f.place) for f in extract_text(text, "19980108-04-099") if f.type == "count"]
    assert got == [("八个", "宾夕法尼亚州"), ("八个", "宾夕法尼亚州"), ("５万多人", "宾夕法尼亚州")]
    # negative: without a word pointing back, a later count of the same words is the topic's
    text = ("暴雪\n新华社华盛顿１月９日电 美国东部遭暴雪袭击。美国政府批准宾夕法尼亚州宣布八个县进入紧急状态。"
            "美国另有八个县断电。\n")
    got = [f.place for f in extract_text(text, "19980108-04-099") if f.text == "八个"]
    assert got == ["宾夕法尼亚州", "美国"]


def test_a_title_set_in_the_capital_by_its_one_character_name_is_the_capitals() -> None:
    text = ("某部长在京看望困难职工\n新华社北京１月９日电 某部长今天到两家纺织厂看望职工，"
            "送给５户困难职工家庭慰问金。他说，我国纺织工业正在调整。\n")
    assert places(text)["５户"] == "北京市"
    # negative: a national meeting held there (the title names the nation) stays the country's
    text = ("全国纺织工作会议在京召开\n新华社北京１月９日电 会议指出，去年全国纺织行业压锭２００万锭，"
            "５户困难企业得到帮扶。我国纺织工业正在调整。\n")
    assert places(text)["５户"] == "中国"
    # negative: a title naming another place is that place's story (the signing's city is no topic)
    text = ("中德合作开发某矿项目在京签字\n新华社北京１月９日电 山西大同煤矿与德国公司今天签字，"
            "项目投资５亿元。\n")
    assert places(text)["５亿元"] != "北京市"


def test_a_name_read_as_a_person_before_a_level_word_is_a_place() -> None:
    text = ("村庄遇袭\n新华社阿尔及尔１月９日电 一伙武装分子８日袭击了位于首都以南１５０公里处的雷利赞地区的"
            "两个村庄。\n")
    assert places(text)["两个"] == "雷利赞地区"
    # negative: a title after the name (…省长) keeps the person, and the figure the story's area
    text = ("会见\n新华社比勒陀利亚１月９日电 南非夸祖卢－纳塔尔省恩古巴尼省长今天会见了３名中国商人。\n")
    assert places(text)["３名"] != "恩古巴尼省"


def test_the_capital_said_alone_in_a_foreign_story_is_not_beijing() -> None:
    text = ("集会\n新华社开罗１月９日电 埃及反对党昨天在首都组织４万人集会。\n")
    assert places(text)["４万人"] == "埃及"
    # negative: in a Chinese story the capital is Beijing
    text = ("植树\n本报讯 昨天首都有４万人参加义务植树。\n")
    assert places(text)["４万人"] == "北京市"


def test_a_count_of_countries_in_a_story_abroad_is_no_countrys() -> None:
    text = ("航运联盟\n新华社东京１月９日电 日本两家船公司宣布结成联盟。"
            "这个联盟的船队将在二十几个甚至四十个国家的港口停靠，雇员达８０００人。\n")
    got = places(text)
    assert got["二十几个"] is None
    assert got["四十个"] is None
    assert got["８０００人"] == "日本"  # negative: other counts of the story keep its country
    # negative: a country named in the count's own clause keeps its count of partners
    text = "航运联盟\n新华社东京１月９日电 日本两家船公司宣布结成联盟。日本已同３０个国家签订了航运协定。\n"
    assert places(text)["３０个"] == "日本"
    # negative: where the story's goods go, the exporter's
    text = "茶叶\n新华社科伦坡１月９日电 斯里兰卡茶叶丰收。茶叶出口到６０多个国家。\n"
    assert places(text)["６０多个"] == "斯里兰卡"
    # negative: China's stories count the countries it deals with
    text = "外交\n本报北京１月９日电 外交部发言人说。目前我国已同１６０多个国家建立了外交关系。\n"
    assert places(text)["１６０多个"] == "中国"


def test_a_sum_given_to_relieve_a_named_area_is_the_recipients() -> None:
    # P4 (bench/gold/README.md): a gift is the recipient's area where the sentence names the recipient
    text = ("赈灾\n本报广州１月９日电 广州市一家报业集团昨天决定，捐出３００万元救助安徽灾民。"
            "国家已下拨８００万元用于救济甘肃灾民。\n")
    got = places(text)
    assert got["３００万元"] == "安徽省"
    assert got["８００万元"] == "甘肃省"
    # negative: a gift whose recipient is no area keeps the donor's; people sent to help keep theirs
    text = ("赈灾\n本报广州１月９日电 广州市一家报业集团昨天决定，捐出３００万元救助受灾儿童。"
            "广州市１２０名医生支援安徽灾区。\n")
    got = places(text)
    assert got["３００万元"] == "广州市"
    assert got["１２０名"] == "广州市"
