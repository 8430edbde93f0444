"""What a sentence's time gives the sentences after it (extractor/sentence_periods.py, extractor/five_years.py,
data/period.toml): a dated story's 目前 opening a sentence of its review of the year before is that sentence's only;
a run of months said inside a paragraph of the year (…。1至10月，…) is that paragraph's; 占全年的 names what a part of
the year is a share of, no time of its clause; a bare 五年 opening a clause with its total is the five years the text
reviews, or those of the plan its paragraph named before."""
from extractor.engine import page_records
from extractor.page import Page
from extractor.records import NUMERIC_TYPES


def _periods(text: str, doc: str = "page") -> dict[str, str]:
    return {r.text: r.period for r in page_records(Page.read(text, doc), NUMERIC_TYPES)}


_NOW_AFTER_YEAR = ("人民日报　１９９８年１月２０日　第２版\n某市经济稳步回升\n"
                   "本报某市１月１９日电　记者某某报道：某市在１９９７年克服困难，全市生产总值９２．５亿元，增长９．１％。\n"
                   "工业效益好转。全市纺织企业实现利润１．３２亿元，比上年增长１２．６％，机械企业实现利润０．８６亿元。"
                   "目前，全市已有１７家企业完成改制。\n"
                   "农业生产平稳。全市粮食总产值２６．４亿元，增长４．８％；蔬菜种植面积达到４．２万亩，比上年扩大０．６万亩。\n")
_NOW_AFTER_HISTORY = ("人民日报　１９９８年１月２０日　第２版\n某市机构改革见成效\n"
                      "本报某市１月１９日电　记者某某报道：１９９５年，某市开始精简机构，市政府部门由４６个减少到３８个。"
                      "目前，全市已有２１个街道完成改革。\n某区设立了４个社区服务中心。\n")


def test_now_opening_a_sentence_of_the_year_reviewed_is_its_own() -> None:
    got = _periods(_NOW_AFTER_YEAR, "19980120-02-901")
    assert got["１７家"] == "1998-01"  # (its own sentence: at the writing)
    assert got["２６．４亿元"] == "1997" and got["４．８％"] == "1997"  # the next paragraph: the year reviewed


def test_now_after_an_older_year_goes_on() -> None:
    got = _periods(_NOW_AFTER_HISTORY, "19980120-02-902")
    assert got["４个"] != "1995"  # (a history told, then now: not back to the history's year)


_RUN_INSIDE = ("2026年某市政府工作报告\n一、2025年工作回顾\n"
               "工业运行向好。全年规模以上工业增加值增长6.2%。1-10月，规模以上工业企业实现利润88.4亿元。\n"
               "民生保障有力。城乡低保对象2.36万人，全年发放救助资金3.1亿元。\n")
_RUN_OPENING = ("2026年某市经济运行情况\n"
                "1-10月，全市规模以上工业企业实现利润88.4亿元，同比增长4.1%。\n"
                "分行业看，装备制造业实现利润31.6亿元。\n")


def test_run_of_months_inside_a_paragraph_of_the_year_is_its_paragraph_s() -> None:
    got = _periods(_RUN_INSIDE, "gwr2026-y")
    assert got["88.4亿元"] == "2025-01/2025-10"
    assert got["2.36万人"] == "2025"  # (the next paragraph: the year again)


def test_run_of_months_opening_its_paragraph_goes_on() -> None:
    got = _periods(_RUN_OPENING)
    assert got["31.6亿元"] == "2026-01/2026-10"


_SHARE_OF_YEAR = ("2025年某省旅游统计公报\n全年全省接待游客5.2亿人次。上半年接待游客2.3亿人次，占全年的44.2%。"
                  "其中下半年新增景区12个，占全年新增景区数的60%。\n")
_WHOLE_YEAR = "2025年某省旅游统计公报\n上半年接待游客2.3亿人次。全年接待游客5.2亿人次，增长6.1%。\n"


def test_share_of_the_whole_year_is_the_part_s() -> None:
    got = _periods(_SHARE_OF_YEAR)
    assert got["44.2%"] == "2025-01/2025-06" and got["60%"] == "2025-07/2025-12"


def test_whole_year_of_its_own_is_the_year() -> None:
    got = _periods(_WHOLE_YEAR)
    assert got["5.2亿人次"] == "2025" and got["6.1%"] == "2025"


_FIVE_BACK = ("2011年某省政府工作报告\n各位代表：\n一、“十一五”时期的回顾\n"
              "开放型经济加快发展。2010年全省进出口总额365亿美元。五年实际利用外资92亿美元，其中外商直接投资61亿美元。\n"
              "国有企业改革稳步推进。省属企业重组为12户集团。\n")
_FIVE_AHEAD = ("2011年某省政府工作报告\n各位代表：\n二、“十二五”时期的主要目标\n"
               "“十二五”期间全省要实现的目标是：全省经济总量年均增长9%左右；五年城镇新增就业260万人左右。\n")
_FIVE_NOT = ("2011年某省政府工作报告\n各位代表：\n二、今年的主要任务\n"
             "实施安居工程，五年内新建保障性住房40万套。全年新增就业52万人。\n")


def test_bare_five_years_opening_a_total_is_the_years_reviewed() -> None:
    got = _periods(_FIVE_BACK, "gwr2011-z")
    assert got["92亿美元"] == "2006/2010" and got["61亿美元"] == "2006/2010"
    assert got["12户"] != "2006/2010"  # (its sentence's total: not the next paragraph's)


def test_bare_five_years_after_a_plan_named_is_the_plan_s() -> None:
    got = _periods(_FIVE_AHEAD, "gwr2011-z")
    assert got["260万人"] == "2011/2015"


def test_five_years_within_is_no_span_reviewed() -> None:
    got = _periods(_FIVE_NOT, "gwr2011-z")
    assert got["40万套"] != "2006/2010"


_FIVE_OF_PLAN_UNDER_WAY = ("2008年某省政府工作报告\n各位代表：\n二、今年的主要任务\n"
                           "“十一五”期间，全省要压减过剩产能；五年淘汰落后水泥产能800万吨，今年力争淘汰200万吨。\n")


def test_bare_five_years_after_the_plan_under_way_is_the_plan_s() -> None:
    got = _periods(_FIVE_OF_PLAN_UNDER_WAY, "gwr2008-z")
    assert got["800万吨"] == "2006/2010" and got["200万吨"] == "2008"
