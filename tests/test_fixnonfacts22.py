"""Session 22, review 22b's near misses of nonfacts22 and metric22c (fixnonfacts22). A note on the pictures is a
bracket on a line of the page's heading with no clause after it, not a bracket of the body (作品300件（照片260张））;
a meeting named by a number of countries is a group's only for the groups' numbers (七国, 八国, 二十国: data/non_facts.toml
[country_groups] meeting_numbers), so 中美俄三国峰会 and 15国首脑会议 count the countries; a counted noun of one
character ends before a function word too (150个村于6月底前: 村), and names the part counted among it (12个村中有5个),
not a count read after it in another clause (八个县的…统计，有三千二百个: metric_context.earlier_count)."""
from __future__ import annotations

import pytest

from extractor.page import Page
from extractor.pipeline import page_records
from extractor.records import NUMERIC_TYPES
from metric_of import metric_of


_LINE = "本报讯 市档案馆今年各项工作顺利推进，服务群众的能力明显提升，档案资源建设取得新进展。"


def _texts(page: str) -> list[str]:
    return [f["text"] for f in page_records(Page.read(page, "example"), NUMERIC_TYPES, None, scope=False)]


@pytest.mark.parametrize("page,text", [
    # a bracket of pictures inside a sentence, or before its full stop, counts what the text reports
    ("2025年，本次摄影展共展出作品300件（照片260张），吸引观众5万人次。", "260张"),
    ("2025年，市档案馆新征集档案资料1200卷（图片350幅）。", "350幅"),
    # a line of the body closing with such a bracket, below the page's heading
    ("档案工作再上新台阶\n" + "\n".join([_LINE] * 5) + "\n今年新征集档案资料1200卷（图片350幅）\n", "350幅"),
    # countries named together with no list mark, and a number no group's meetings are named by
    ("今年以来，中美俄三国峰会相继举行。", "三国"),
    ("今年以来，15国首脑会议在京召开。", "15国"),
])
def test_counted(page: str, text: str) -> None:
    assert text in _texts(page)


@pytest.mark.parametrize("page,text", [
    # the note after a title, on the line after it, and after the decks and lead of the heading
    ("东非大草原上的驰想（附图片１张）\n本报记者某某\n草原上的动物有３００种。\n", "１张"),
    ("某地见闻\n（附图片２张）\n本报讯 该地今年接待游客３００万人次。\n", "２张"),
    ("巾帼扶贫见成效\n●十年帮助妇女脱贫\n●两年解决温饱\n（附图片１张）\n本报讯 记者某某报道。\n", "１张"),
    ("防震减灾先行\n地震是一种自然力的表现。\n我国是个多震灾的国家。（附图片１张）\n本报记者某某\n", "１张"),
    # a group, and the meeting of a group by its number
    ("在丹佛８国首脑会议上，克林顿说", "８国"),
    ("中国与７７国集团加强合作。", "７７国"),
    ("二十国峰会在杭州举行。", "二十国"),
])
def test_no_fact(page: str, text: str) -> None:
    assert text not in _texts(page)


def test_listed_countries_counted() -> None:
    # countries listed before a group's number are counted (the list mark says so)
    assert "三国" in _texts("举行了孟、印、巴三国首脑会议。")


@pytest.mark.parametrize("sentence,text,metric", [
    # a one-character counted noun ends before a preposition as a longer one does
    ("2025年，全市200个村已全部通5G网络，其中150个村于6月底前完成建设。", "150个", "村"),
    ("2025年，全县有80名人于年底前完成培训。", "80名", "人"),
    # a one-character noun that opens a compound stays in it
    ("2025年，全县10个行政村中有6个村集体经济收入超过50万元。", "6个", "村集体经济收入"),
    ("第一期1.2万名学员于1949年8月毕业。", "1.2万名", "学员"),
    # a whole of one character names the part counted among it
    ("各村集体收入均在10万元以上，12个村中有5个超过30万元。", "5个", "村"),
    ("必须在8个省中的5个省获得选票。", "8个", "省"),
])
def test_one_character_noun(sentence: str, text: str, metric: str) -> None:
    assert metric_of(sentence, text) == metric


def test_place_counted_before_names_no_count() -> None:
    # a one-character noun of a count in another clause is where the count was taken, not what it counts
    assert metric_of("乡办的农机修理站，据八个县的不完全统计，有三千二百个。", "三千二百个") != "县"
