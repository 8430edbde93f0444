"""A month said inside a report's sentence (`城镇调查失业率4月份一度升至6.1%`, `涨幅由7月份的5.3%回落到…`) is a
moment of its own sentence, not the time the next sentences report: they go back to the year the report reviews
(period_lead_carry.month_inside). A month opening a sentence or a clause goes on as before."""
from __future__ import annotations

from extractor.api import extract_text


def periods(text: str, doc: str = "gwr-national-2099") -> dict[str, str | None]:
    return {f.text: f.period for f in extract_text(text, doc) if f.type in ("money", "count", "percent")}


def test_a_month_inside_a_sentence_is_not_carried_on() -> None:
    got = periods("各位代表：\n过去一年，经济保持增长。城镇新增就业1126万人，城镇调查失业率5月份一度升至5.9%。"
                  "规模以上工业增加值增长4.1%，社会消费品零售总额41.2万亿元。\n")
    assert got["5.9%"] == "2098-05"
    assert got["4.1%"] == got["41.2万亿元"] == "2098"
    got = periods("各位代表：\n过去一年，物价总体平稳。居民消费价格上涨2.6%，月度涨幅由8月份的3.1%回落到年末的1.9%。"
                  "进出口总额6.3万亿美元，增长7.4%。\n")
    assert got["6.3万亿美元"] == got["7.4%"] == "2098"


def test_a_month_opening_a_clause_goes_on() -> None:
    # negative: a month that opens its sentence is the time of the sentences after it in a monthly release
    got = periods("某县10月份经济运行情况\n10月份，全县规模以上工业增加值增长6.2%。全县社会消费品零售总额8.6亿元。\n",
                  "some-release")
    assert (got["6.2%"] or "").endswith("-10")
    assert got["8.6亿元"] == got["6.2%"]


def test_a_year_end_after_a_carried_run_of_months_is_as_of_the_years_end() -> None:
    # period_year_end.year_end_stock: 年末 opening a sentence after 1-11月，… is the year's end, its change the year's
    got = periods("各位代表：\n过去一年，全县经济稳中有进。1-10月，规上工业企业营业收入41.3亿元，同比增长9.1%。"
                  "年末金融机构各项存款余额218.7亿元，比年初增加16.2亿元。规上工业企业利润3.4亿元。\n", "gwr2026-x")
    assert got["41.3亿元"] == "2025-01/2025-10"
    assert got["218.7亿元"] == "../2025-12"
    assert got["16.2亿元"] == "2025"
    # negative: a sentence with no 年末 goes on with the run of months
    assert got["3.4亿元"] == "2025-01/2025-10"
