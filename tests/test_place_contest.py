"""The field of a contest held abroad (extractor/place_contest.py): counts of competitors or teams in a
dispatch filed from a foreign city are the city's; a field's own country, a whole-area word and a story
filed at home keep the other rules' answer."""
from __future__ import annotations


def _places(text: str, doc: str) -> dict:
    from extractor.api import extract_text
    return {f.text: f.place for f in extract_text(text, doc) if f.type == "count"}


def test_the_field_of_a_contest_filed_from_a_foreign_city_is_the_citys() -> None:
    text = ("短池赛首日\n本报墨尔本２月３日电 记者甲报道：短池游泳赛今天在这里开赛。中国队首日收获不小。\n"
            "混合接力是新设项目，来自日本、巴西和中国的９对选手参加了角逐。预赛后，１６名选手进入半决赛，中国小将乙排第五。"
            "中国水球队的小伙子们也过了首轮，在１１个参赛队中暂列第四。另有２０位出场的种子选手参加单项比赛。")
    places = _places(text, "19980109-08-901")
    assert places["９对"] == "墨尔本"  # 来自…: where they come from, not their area
    assert places["１６名"] == "墨尔本"
    assert places["１１个"] == "墨尔本"
    assert places["２０位"] == "墨尔本"


def test_a_fields_own_country_a_whole_word_and_a_story_filed_at_home_keep_their_place() -> None:
    text = ("短池赛次日\n本报墨尔本２月４日电 记者甲报道：短池游泳赛进入第二天。\n"
            "我国４名选手进入决赛。有６名中国选手参加了接力。全国共有３０名运动员报名。"
            "中国选手丙的７个动作都很稳。")
    places = _places(text, "19980109-08-902")
    assert places["４名"] == "中国"
    assert places["６名"] == "中国"
    assert places["３０名"] == "中国"
    assert places["７个"] == "中国"  # not a field: one swimmer's dives
    text = ("代表团抵达\n本报墨尔本２月２日电 记者甲报道：中国游泳代表团今天抵达这里。\n"
            "代表团中有１８名运动员，多数是第一次出国。")
    places = _places(text, "19980109-08-904")
    assert places["１８名"] != "墨尔本"  # a delegation counted on arrival, not a contest's field
    text = ("省运会开幕\n本报长沙２月４日电 记者甲报道：省运会今天开幕。\n"
            "湖南省１４个代表队参加比赛，１２名选手进入决赛。")
    places = _places(text, "19980109-08-903")
    assert places["１２名"] != "长沙"


def test_a_dispatch_closed_by_its_dateline_is_filed_there_too() -> None:
    # told as a feature, the dispatch closes with its dateline in brackets; the race's paragraph names
    # the championship once (世锦赛), its sentences not; the examples of a set counted are no area of it
    text = ("观赛小记\n本报记者甲\n"
            "出发时小将乙落后半个身位。到了百米处，８名选手仍然难分先后。"
            "最终他在本届锦标赛上拿到铜牌。\n"
            "有加拿大、法国、中国等强队在内的２９支参赛队报名，看台座无虚席。\n"
            "参赛的中国队新人居多。（本报珀斯１月１２日电）")
    places = _places(text, "19980113-08-901")
    assert places["８名"] == "珀斯"
    assert places["２９支"] == "珀斯"


def test_a_closing_bracket_that_is_a_byline_or_a_paragraph_with_no_contest_names_no_field() -> None:
    # a writer's byline closing the story is no dateline, though it names the foreign city the writer works in:
    # the same story closed by its dateline counts the race's field in that city
    story = ("观赛小记\n本报记者甲\n"
             "到了百米处，８名选手仍然难分先后。最终他在本届锦标赛上拿到铜牌。\n"
             "包括美国、日本等在内的１２个代表团已经到达。")
    assert _places(story + "（本报珀斯１月１２日电）", "19980113-08-902")["８名"] == "珀斯"
    for byline in ("（本报驻珀斯记者乙）", "（本报珀斯通讯员乙）"):
        assert _places(story + byline, "19980113-08-902")["８名"] != "珀斯"
    # a paragraph that names no contest counts no field, in a dispatch filed from the city all the same
    assert _places(story + "（本报珀斯１月１２日电）", "19980113-08-902")["１２个"] != "珀斯"
    text = ("代表团抵达\n代表团中有１８名运动员，多数是第一次出国。\n（本报珀斯１月６日电）")
    assert _places(text, "19980113-08-903")["１８名"] != "珀斯"  # a delegation counted on arrival


def test_a_level_word_in_a_dispatch_closed_by_its_home_dateline_names_its_city() -> None:
    # 市政府 with no city named before it: the city the dispatch was filed from, read from its closing dateline
    from extractor.api import extract_text
    text = ("新学年\n市政府今天宣布，今年将新建学校１２０所。（本报广州１月２０日电）")
    places = {f.text: f.place for f in extract_text(text, "19980120-09-901") if f.type == "count"}
    assert places["１２０所"] == "广州市"
