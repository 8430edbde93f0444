"""Place of counts told of an international games, and two-character countries glued to the word
before them (place round of session 11, second helper; DEV blind notes in bench/gold/README.md)."""
from __future__ import annotations


def _facts(text: str, doc: str) -> dict:
    from extractor.api import extract_text
    return {f.text: f for f in extract_text(text, doc)}


def test_a_two_character_country_whose_first_character_ends_a_word_is_no_place() -> None:
    text = ("体委部署备战\n本报天津１月３日电 据介绍，下届亚运会设项增多，其中非奥运项目达到１２个大项。"
            "千里海岸线上设立了３个检查站。")
    facts = _facts(text, "19980104-08-091")
    assert "中非" not in facts and "里海" not in facts
    assert facts["１２个"].place != "中非" and facts["３个"].place != "里海"
    # negatives: the country written as a word of its own, and a name jieba took apart itself
    # (美/欧拉/美, 访华/南) are still places
    text = ("援外医疗\n本报讯 援中非医疗队已派出４批共６０名队员。受金融风暴冲击美欧拉美股市大跌。"
            "访华南热带作物学院的专家有５人。")
    facts = _facts(text, "19980104-08-092")
    assert facts["６０名"].place == "中非"
    assert facts["拉美"].type == "place"
    assert facts["５人"].place == "华南"


def test_the_entries_of_an_international_games_the_story_speaks_of_are_no_countrys() -> None:
    text = ("冬奥会备战\n本报北京１月５日电 记者报道：我国选手备战冬奥会。据介绍，本届冬奥会规模盛大，"
            "报名参赛的国家和地区已达６９个，我国将参加共５个大项。教练说，本届亚运会项目增多，新设项目达到９个大项。"
            "其中小项共３２个，占整个赛会设置的７０个小项的４５．７％。")
    facts = _facts(text, "19980106-08-093")
    assert facts["６９个"].place is None
    assert facts["９个"].place is None
    # negatives: a place of the figure's own clause wins, and after 占 the games name a share's whole
    assert facts["５个"].place == "中国"
    assert facts["３２个"].place == "中国"
    assert facts["４５．７％"].place == "中国"
    # a games named as where a team won is no scope: the team's country keeps its medals
    text = ("泳坛佳绩\n本报讯 我国选手在亚运会上夺得金牌２３枚，获得银牌１１枚。中国队状态出色。"
            "本届世锦赛上，小将李某夺得两枚金牌。本届亚运会中她还获得４枚银牌。")
    facts = _facts(text, "19980106-08-094")
    assert facts["２３枚"].place == "中国"
    assert facts["两枚"].place == "中国"
    assert facts["４枚"].place == "中国"
