"""Place on real text, session 22 (helper place22): a reporter's visit sets the scene of the sentences after it
wherever it stands in its paragraph (place_sentences._visited, data/place_scope.toml [visit_scene]), and a town
named once in full is its two-character name alone later on (stem_places.py, [stem_names] shortest)."""
from __future__ import annotations

from tests.test_scope import scoped

PD = "19980113-09-099"  # a People's Daily story: the sentences of a paragraph carry their topic on


def test_a_visit_mid_paragraph_sets_the_scene() -> None:
    text = ("南昆铁路通车\n本报讯 全长８９６公里的南昆铁路，在贵州境内有２４６公里。清晨，我们来到南昆线最大的区间编组站威舍镇。"
            "笔直的大道一直连到车站广场，几年间崛起了３５幢办公楼房。\n")
    assert scoped(text, PD)["３５幢"]["place"] == "威舍镇"


def test_a_place_named_mid_paragraph_without_a_visit_sets_no_scene() -> None:
    # negative: a figureless sentence that names a town in passing (where someone works) is no scene
    text = ("南昆铁路通车\n本报讯 全长８９６公里的南昆铁路，在贵州境内有２４６公里。他的女儿在威舍镇工作。"
            "笔直的大道一直连到车站广场，几年间崛起了３５幢办公楼房。\n")
    assert scoped(text, PD)["３５幢"]["place"] != "威舍镇"


def test_a_towns_two_character_name_alone_is_the_town() -> None:
    text = ("云南铁路通车\n本报讯 云南的铁路穿过富源县，又穿过贵州的威舍镇，云南、云南人都盼着它。\n"
            "那年威舍的农户每人一年只挣３２０元，去年挣到１４６０元。\n")
    facts = scoped(text, PD)
    assert facts["３２０元"]["place"] == "威舍镇"
    assert facts["１４６０元"]["place"] == "威舍镇"


def test_a_towns_name_alone_before_its_full_name_is_not_read() -> None:
    # negative: the short name is the town's only after the full name has said which place it is
    text = ("云南铁路通车\n本报讯 那年威舍的农户每人一年只挣３２０元。云南的铁路穿过富源县，又穿过贵州的威舍镇，"
            "云南、云南人都盼着它。\n")
    assert scoped(text, PD)["３２０元"]["place"] != "威舍镇"


def test_a_two_character_stem_that_is_a_common_word_is_no_name() -> None:
    # negative: 果园 of 果园乡 is an orchard where it stands alone (jieba's dictionary: a common word)
    text = ("唐山造地\n本报讯 唐山市的果园乡也种下了苹果树，唐山市、唐山人都盼着丰收。\n"
            "１０年来唐山市共开发复垦土地２０２万亩；建成果园６２．５万亩。\n")
    assert scoped(text, PD)["６２．５万亩"]["place"] != "果园乡"



def test_a_stem_before_another_divisions_ending_is_that_division() -> None:
    # negative: 唐海县 after 唐海镇 is the county's name, not the town's stem
    text = ("唐山用地\n本报讯 唐山市节约用地。唐海县唐海镇卖出一块地盖了楼房，省下地皮７０％以上。"
            "去年唐山市在城里省出空地４７９６亩。\n唐山市还造了新地，这些年全市一共造地"
            "２０２万亩。唐海县把沟边、路边、海边的荒地整出１０万多亩，县里每人多了０．４５亩地。\n")
    assert scoped(text, PD)["１０万多亩"]["place"] != "唐海镇"
