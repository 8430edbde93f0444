"""Places of lists and parts on bulletins, notices and signing news (session 19, issue 13), each rule with the
shapes it must leave alone:
- a 分别 list of places (extractor/place_respective.py): the k-th figure is the k-th place of the run before 分别
  in its clause; not trade partners, a run not as long as the list, nor places of another clause;
- a sentence opened by a part word (其中，滨海新区…) keeps its place to itself (place_sentences.py part_openers);
- the place opening an item of a list of places' items is the topic of the item's clauses (place_scope.py
  _listed_item), after a colon opening the list or a semicolon after an item opened by a place; not after an
  item that names no place first (a deed's agent), nor in an item opened by a part word;
- a place in book-title marks (《贵州省…办法》) is no place of its sentence (place_words.in_book_title);
- the total of a list of places' figures run together (a table's joined rows) is the area's the list is in
  (place_scope.py _list_total); one place's figures totalled stay its."""
from __future__ import annotations

from extractor.api import extract_text

NEWS = ("首页 > 新闻中心\n赣州市招商引资情况通报\n发布时间:2026-11-20 来源:赣州市商务局\n"
        "记者从市商务局获悉，1-10月，全市招商引资到位资金1268.4亿元。{body}\n")
SIGNING = ("首页 > 新闻中心\n2026年赣州市招商引资重大项目集中签约活动举行\n发布时间:2026-11-19 来源:赣州市投资促进局\n"
           "共签约项目62个，总投资486.3亿元。{body}\n")
BULLETIN = ("首页 > 统计公报\n2025年天津市人力资源和社会保障事业发展统计公报\n"
            "发布时间:2026-05-22 来源:天津市人力资源和社会保障局\n一、就业和再就业\n{body}\n")
NOTICE = ("湄潭县财政局文件\n湄潭县财政局关于下达2026年第二批茶产业发展专项资金的通知\n"
          "各镇（街道）人民政府：\n{body}\n湄潭县财政局\n2026年11月20日\n")


def places(page: str, body: str) -> dict[str, str | None]:
    """Each money, count and percent fact's place, by its text, on the page written with body."""
    return {f.text: f.place for f in extract_text(page.format(body=body), "own-page")
            if f.type in ("money", "count", "percent")}


# 分别 lists of places

def test_each_figure_of_a_respective_list_is_its_own_places() -> None:
    got = places(NEWS, "分县(市、区)看，赣州经开区、南康区、赣县区到位资金分别为168.3亿元、142.6亿元、97.4亿元，合计占全市的32.2%。")
    assert (got["168.3亿元"], got["142.6亿元"], got["97.4亿元"]) == ("赣州经开区", "南康区", "赣县区")
    assert got["32.2%"] == "赣州市"  # the clause after the list: the whole's


def test_a_run_closed_by_its_count_pairs_with_the_list() -> None:
    got = places(NEWS, "大塘埠镇、古陂镇和安西镇3个中心镇在校学生分别为6820人、5940人、6270人。")
    assert (got["6820人"], got["5940人"], got["6270人"]) == ("大塘埠镇", "古陂镇", "安西镇")


def test_trade_partners_are_not_the_figures_places() -> None:
    # negative: 对东盟、中东市场出口: where the exports go, not whose they are
    got = places(NEWS, "全市对东盟、中东市场出口分别增长12%、9.5%。")
    assert got["12%"] == "赣州市" and got["9.5%"] == "赣州市"


def test_a_run_not_as_long_as_the_list_pairs_with_nothing() -> None:
    # negative: two places, three figures: no pairing can be read
    got = places(NEWS, "南康区、赣县区签约项目分别为12个、9个、7个。")
    assert got["12个"] == got["9个"] == got["7个"] != "南康区"


def test_places_of_another_clause_do_not_pair() -> None:
    # negative: the run stands in the clause before the 分别's
    got = places(NEWS, "南康区、赣县区表现突出，全市工业和服务业投资分别增长8%、6%。")
    assert got["8%"] == got["6%"] == "赣州市"


# a part opened by 其中

def test_a_part_opened_by_its_word_is_its_own_sentences_only() -> None:
    got = places(BULLETIN, "全年城镇新增就业41.6万人。其中，滨海新区城镇新增就业9.8万人，占全市的23.6%。"
                           "分季度看，一季度新增9.2万人。城镇失业人员再就业13.8万人。")
    assert got["9.8万人"] == "滨海新区" and got["23.6%"] == "滨海新区"
    assert got["9.2万人"] == "天津市" and got["13.8万人"] == "天津市"


def test_a_place_opening_a_sentence_goes_on() -> None:
    # negative: no part word, the district is the paragraph's topic
    got = places(BULLETIN, "滨海新区城镇新增就业9.8万人。分季度看，一季度新增9.2万人。")
    assert got["9.8万人"] == "滨海新区" and got["9.2万人"] == "滨海新区"


# items of a list of places' items

def test_items_after_a_colon_are_each_their_places() -> None:
    got = places(SIGNING, "投资额最大的3个项目：赣州经开区的锂电池项目，总投资68亿元；南康区的智能家居项目，总投资45.5亿元。")
    assert got["68亿元"] == "赣州经开区" and got["45.5亿元"] == "南康区"


def test_parallel_items_after_semicolons_are_each_their_places() -> None:
    got = places(SIGNING, "此外，章贡区签约项目6个，总投资41.2亿元；瑞金市签约项目4个，总投资23.8亿元；"
                          "龙南市签约项目5个，其中外资项目2个。")
    assert (got["41.2亿元"], got["23.8亿元"], got["2个"]) == ("章贡区", "瑞金市", "龙南市")


def test_an_item_after_one_that_names_no_place_first_is_no_list_item() -> None:
    # negative: the agent of a deed opening the second item is no topic of its later clauses
    got = places(SIGNING, "全年施工项目964个，其中新开工271个；苏联为我国设计的156个项目中，除了17个项目已经完工以外，"
                          "继续建设的103个。")
    assert got["17个"] == "赣州市" and got["103个"] == "赣州市"


def test_an_item_opened_by_a_part_word_has_no_item_topic() -> None:
    # negative: 其余27个 is not 衡山镇's
    got = places(SIGNING, "乡镇小额工程方面：本季度完成小额工程项目43个；其中衡山镇9个、佛子岭镇7个，其余27个分布在其他乡镇。")
    assert got["27个"] == "赣州市"


# book titles

def test_a_province_in_a_documents_name_is_not_the_figures_place() -> None:
    got = places(NOTICE, "根据《贵州省财政衔接推进乡村振兴补助资金管理办法》，现将第二批专项资金3943万元下达给你们，"
                         "其中中央资金2350万元。")
    assert got["3943万元"] == "湄潭县" and got["2350万元"] == "湄潭县"


def test_a_place_outside_the_marks_stays() -> None:
    # negative: 贵州省 is written before the title, as the subject of its own clause
    got = places(NOTICE, "贵州省下达专项资金5000万元，依据《资金管理办法》执行。")
    assert got["5000万元"] == "贵州省"


# totals of tables

def test_a_tables_total_row_is_the_areas() -> None:
    got = places(NOTICE, "现将专项资金下达给你们。分配情况如下：\n镇（街道）        分配金额\n天城镇           207万元\n"
                         "抄乐镇           231万元\n合  计           438万元\n")
    assert got["231万元"] == "抄乐镇" and got["438万元"] == "湄潭县"


def test_one_places_figures_totalled_stay_its() -> None:
    # negative: one place, its own figures and their total
    got = places(NOTICE, "现将专项资金下达给你们。抄乐镇新建产业路12条、机耕道8条，合计20条。")
    assert got["20条"] == "抄乐镇"


# one body's story (extractor/place_story_body.py)

PAPER = ("绥化日报数字报\n2025年10月20日 星期一\n第03版：县域·乡村振兴\n当前位置：首页 > 第03版 > 县域·乡村振兴\n"
         "上一版　下一版　　返回目录\n\n{title}\n"
         "本报讯（记者 张三）10月16日，{opening}召开年度分红大会，216户入社农户共领到分红186.3万元。\n"
         "据介绍，合作社覆盖的3个村共有农户328户，今年实现经营收入612万元。\n")


def paper(title: str, opening: str) -> dict[str, str | None]:
    return places(PAPER.replace("{title}", title).replace("{opening}", opening), "")


def test_a_story_of_one_body_is_its_areas() -> None:
    got = paper("青冈县一合作社喜分红", "青冈县祯祥镇丰禾种植专业合作社")
    assert got["328户"] == "祯祥镇" and got["612万元"] == "祯祥镇"


def test_a_title_of_many_bodies_keeps_the_county() -> None:
    # negative: 合作社 with no 一: the county's bodies, not one of them
    got = paper("青冈县合作社喜分红", "青冈县祯祥镇丰禾种植专业合作社")
    assert got["328户"] == "青冈县"


def test_a_body_named_with_no_smaller_area_keeps_the_county() -> None:
    # negative: the first sentence names the body with the county alone
    got = paper("青冈县一合作社喜分红", "青冈县丰禾种植专业合作社")
    assert got["328户"] == "青冈县"


def test_a_list_of_places_is_the_areas_named_right_before_it() -> None:
    # 某省的甲、乙、丙三个城市: the province named before the list holds every item; the list's count is its
    text = "房改试点\n本报北京１月６日电 建设部确定江苏省的无锡、常州、镇江三个城市为试点，今年出售公房１．２万套。\n"
    got = {f.text: f.place for f in extract_text(text, "19980107-02-981") if f.type == "count"}
    assert got["三个"] == "江苏省"
    text = "扩大开放\n本报北京１月６日电 广东深圳、珠海、汕头３个特区去年吸收外资１２０亿美元。\n"
    got = {f.text: f.place for f in extract_text(text, "19980107-02-982") if f.type in ("count", "money")}
    assert got["３个"] == "广东省"


def test_negative_a_list_with_no_area_before_it_or_lists_of_several_areas() -> None:
    # no area named before the list: as before (the story's main place), not the area the items lie in
    text = "房改试点\n本报北京１月６日电 建设部确定无锡、常州、镇江三个城市为试点。\n"
    got = {f.text: f.place for f in extract_text(text, "19980107-02-983") if f.type == "count"}
    assert got["三个"] != "江苏省"
    # lists of two provinces' places, each with its own area, before the figure: no one area's
    text = "农业高产\n本报北京１月６日电 江苏省的无锡、常州，浙江省的嘉兴、湖州等四个市，粮食亩产超过千斤。\n"
    got = {f.text: f.place for f in extract_text(text, "19980107-02-985") if f.type == "count"}
    assert got["四个"] != "浙江省"  # (not the last list's area; the story's main place, as before)
