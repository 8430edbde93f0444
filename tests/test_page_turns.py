"""A transcript's turns (page_turns.py): a line opening with a speaker's role and a colon opens a
paragraph, and no other line with a colon does."""
from __future__ import annotations

from extractor.normalize import normalize
from extractor.page_turns import opens_turn


def test_turns() -> None:
    assert opens_turn("主持人(市政府新闻办副主任 王明):")
    assert opens_turn("发布人（市统计局局长 李华）：初步核算，")
    assert opens_turn("记者：请问今年全市城镇新增就业情况如何？")
    assert opens_turn("记者 王明：请问")
    assert opens_turn("答：全年城镇新增就业6.82万人。")


def test_no_turns() -> None:
    assert not opens_turn("来源：赣州市人民政府新闻办公室")  # a page's frame
    assert not opens_turn("问题：一是非税收入未及时缴库")  # a word that opens with a role's character
    assert not opens_turn("记者从市商务局获悉，1-10月，")  # a dispatch's opening, no colon after the role
    assert not opens_turn("注：本公报部分数据因四舍五入")


def test_a_question_is_no_part_of_the_answer_before_it() -> None:
    page = "\n".join([
        "某市2025年经济运行情况新闻发布会实录",
        "发布人（市统计局局长 李华）：",
        "初步核算，2025年全市地区生产总值4980.6亿元，比上年增长5.6%。",
        "全年规模以上工业增加值增长7.2%。",
        "记者：请问全市城镇新增就业情况如何？",
        "答：全年城镇新增就业6.82万人。",
        "主持人：谢谢。",
        "责任编辑：刘晓芸",
    ])
    paragraphs = normalize(page).text.split("\n")
    assert "记者：请问全市城镇新增就业情况如何？" in paragraphs
    assert "答：全年城镇新增就业6.82万人。" in paragraphs
