"""A run of months written out (1-9月) in a notice, release or report is no part of a year named by a word, though it
covers 前三季度's months: the sentences after it go on with it (extractor/time_exprs_carry.part_months with the words
written; extractor/sentence_periods.py). A part named by a word (前三季度) and a news story's 1至9月 are read as before."""
from extractor.engine import page_records
from extractor.page import Page
from extractor.records import NUMERIC_TYPES
from extractor.time_exprs_carry import part_months

_NOTICE = ("某县民政局关于2025年第三季度民政事业统计数据的通报\n各乡镇人民政府：\n"
           "现将2025年第三季度(截至9月底)全县民政事业主要统计数据通报如下:\n一、城乡最低生活保障\n"
           "1-9月全县发放城乡低保资金5975.0万元,比上年同期的5734.2万元增长4.2%。其中城市低保资金856.4万元,月人均补助508元。\n"
           "二、婚姻登记\n1-9月全县共办理婚姻登记4068对,其中结婚登记2964对。结婚登记比上年同期的3180对减少216对,下降6.8%。\n")
_NEWS = ("本报讯(记者 马某)今年以来,某县某米业公司加快智能化改造。1至9月企业销售额4.65亿元,其中线上销售额1.05亿元。"
         "企业与周边农户签订订单种植合同,带动农户2140户,户均增收3260元。\n")


def _periods(text: str, doc: str) -> dict[str, str]:
    return {r.text: r.period for r in page_records(Page.read(text, doc), NUMERIC_TYPES)}


def test_written_run_is_no_named_part() -> None:
    assert part_months("2025-01/2025-09", "1-9月") is False
    assert part_months("2025-01/2025-09", "前三季度") is True
    assert part_months("2025-01/2025-09") is True  # (months alone: as before)
    assert part_months("2025-01/2025-10", "1-10月") is False


def test_notice_goes_on_with_its_run_of_months() -> None:
    got = _periods(_NOTICE, "page")
    assert got["856.4万元"] == "2025-01/2025-09" and got["508元"] == "2025-01/2025-09"
    assert got["216对"] == "2025-01/2025-09" and got["6.8%"] == "2025-01/2025-09"
    assert got["3180对"] == "2024-01/2024-09"  # (the base: the same months a year before)
    assert got["5975.0万元"] == "2025-01/2025-09"


def test_news_story_run_stays_its_sentences() -> None:
    got = _periods(_NEWS, "20251020-masthead")
    assert got["2140户"] != "2025-01/2025-09"


_BULLETIN = ("2025年某省科技经费投入统计公报\n分季度看,规模以上工业企业一季度、上半年、前三季度和全年研发费用分别"
             "为186.27亿元、431.58亿元、688.94亿元和986.35亿元,累计增速逐季回升。\n"
             "全年各季度分别征收水资源税3.92亿元、4.86亿元、5.21亿元和4.36亿元。\n"
             "一季度、上半年全省用水量分别为40.1亿立方米和98.2亿立方米,研发费用共3项。\n")


def test_listed_parts_of_a_year_pair_with_their_figures() -> None:
    got = _periods(_BULLETIN, "page")
    assert [got[q] for q in ("186.27亿元", "431.58亿元", "688.94亿元", "986.35亿元")] == \
        ["2025-01/2025-03", "2025-01/2025-06", "2025-01/2025-09", "2025"]
    assert [got[q] for q in ("3.92亿元", "4.86亿元", "5.21亿元", "4.36亿元")] == \
        ["2025-01/2025-03", "2025-04/2025-06", "2025-07/2025-09", "2025-10/2025-12"]


def test_parts_list_against_other_counts_pairs_nothing() -> None:
    # (three figures against two parts: a longer list, not paired; the figures keep the sentence's reading)
    text = "2025年某省统计公报\n一季度、上半年研发费用分别为1.2亿元、2.3亿元和3.4亿元。\n"
    got = _periods(text, "page")
    assert len({got["1.2亿元"], got["2.3亿元"], got["3.4亿元"]}) == 1
