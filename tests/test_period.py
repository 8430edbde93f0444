"""Periods (extractor/scope.py, data/period.toml): a comparison's base, targets, datelines."""
from __future__ import annotations

from extractor.api import extract_text


def scoped(text: str) -> dict[str, dict]:
    return {f.text: f.model_dump() for f in extract_text(text, "example")}


def test_the_year_before_is_the_base_values_only() -> None:
    facts = scoped("2023年，某区地区生产总值1568.3亿元。城镇居民人均可支配收入68520元，"
                   "比上年的64860元增长5.6%。全年发放贷款1.2亿元。")
    assert facts["64860元"]["period"] == "2022"
    assert facts["68520元"]["period"] == "2023"
    assert facts["5.6%"]["period"] == "2023"
    assert facts["1.2亿元"]["period"] == "2023"


def test_a_change_after_the_base_is_the_compared_figures() -> None:
    facts = scoped("2023年，某县工业比上年增长10.9%。")
    assert facts["10.9%"]["period"] == "2023"


def test_a_target_year_is_its_own_sentences_only() -> None:
    facts = scoped("2023年，某区新增就业1.1万人。力争到2030年，全区生产总值达到3000亿元。全年新建学校5所。")
    assert facts["3000亿元"]["period"] == "../2030"  # 到 2030: by then
    assert facts["5所"]["period"] == "2023"
    assert facts["1.1万人"]["period"] == "2023"


def test_a_dateline_is_no_period() -> None:
    facts = scoped("本报北京1月8日电 2023年，某市接待游客90万人次。")
    assert facts["90万人次"]["period"] == "2023"
    facts = scoped("本报北京1月8日电 某市去年接待游客90万人次，比前年增长5%。")
    assert facts["90万人次"]["period"] != "XXXX-01-08"


def test_a_whole_area_word_gives_the_enclosing_area() -> None:
    facts = scoped("2023年，长沙市经济平稳运行。芙蓉区新增企业30家，全市新增就业12万人。全国粮食产量增长1%。")
    assert facts["30家"]["place"] == "芙蓉区"
    assert facts["12万人"]["place"] == "长沙市"  # the city, not the district named before
    assert facts["1%"]["place"] == "中国"


def test_a_month_without_a_year_takes_the_year_stated_before_it() -> None:
    facts = scoped("一、2022年工作回顾\n2022年极不平凡。9月份后，某省新增就业3万人。2023年，要新建学校10所。")
    assert facts["3万人"]["period"] == "2022-09"


def test_as_of_a_month_of_last_year() -> None:
    facts = scoped("2023年，某市新增企业500家。截至去年11月末，全市存款余额达2160亿元。今年将新增企业600家。")
    assert facts["2160亿元"]["period"] == "../2022-11"


def test_an_article_that_looks_back_on_its_year() -> None:
    # written the year after: 去年 is the year it reports, not the one before
    facts = scoped("2022年全市税收完成758亿元。去年“两税”实际完成408亿元，比上年增长11.6%。")
    assert facts["408亿元"]["period"] == "2022"
    assert facts["758亿元"]["period"] == "2022"


def test_a_month_is_the_period_of_its_own_paragraph() -> None:
    # web text: one paragraph a line
    facts = scoped("2022年是极不平凡的一年，我们经受住了历史罕见的重大挑战和考验。9月份后，某省新增就业3万人。\n"
                   "全年财政收入6.1亿元，各项民生支出得到有力保障，基本公共服务水平进一步提高。")
    assert facts["3万人"]["period"] == "2022-09"
    assert facts["6.1亿元"]["period"] == "2022"


def test_reaching_a_past_year_is_as_of_it() -> None:
    facts = scoped("到2022年底，全省铁路营业里程达6.6万公里。去年完成投资342亿元。今年安排投资349亿元。")
    assert facts["6.6万公里"]["period"] == "../2022"
    assert facts["349亿元"]["period"] == "2023"


def test_a_whole_area_word_names_the_area_of_its_level() -> None:
    facts = scoped("2023年，芙蓉区新增企业30家，全市新增就业12万人。")
    assert facts["30家"]["place"] == "芙蓉区"
    assert facts["12万人"]["place"] == "长沙市"  # from the district's parent, not the district
