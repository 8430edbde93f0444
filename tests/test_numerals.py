"""The numeral parser: exact Decimal values for the forms news writes, and refusals."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extractor.numerals import number_value, parse_number

CASES = [
    ("16.4亿", "1640000000"), ("47.264287亿", "4726428700"), ("3万4000", "34000"), ("13万2", "132000"),
    ("一千二百万", "12000000"), ("壹仟玖佰", "1900"), ("三千五", "3500"), ("一千零五", "1005"),
    ("一百零十万", "1100000"), ("二〇二三", "2023"), ("4.78万亿", "4780000000000"), ("10万万", "1000000000"),
    ("1,100.9亿", "110090000000"), ("两千万点五五四四", "20000000.5544"), ("拾万零五十六点叁叁", "100056.33"),
    ("五兆六十二亿四万五千二", "5006200045200"), ("9佰", "900"), ("15k", "15000"), ("兩千四百五", "2450"),
]


@pytest.mark.parametrize("text,value", CASES)
def test_parse_number(text: str, value: str):
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text,value", [
    ("负三十二", "-32"), ("三分之二", "0.6666666666666666666666666667"), ("一又二分之一", "1.5"), ("3/5", "0.6"),
    ("五百余万", "5000000"), ("二十几万", "200000"), ("一打", "12"), ("半百", "50"), ("2e5", "200000"),
    ("三千 八百 九十六 万", "38960000"), ("１９９８", "1998"), ("五元三毛", "5.3"), ("123元1角1分", "123.11"),
    ("壹拾壹元正", "11"), ("叁佰圆整", "300"), ("一百点123", "100.123"), ("1百01", "101"), ("2千05", "2005"), ("一百十一", "111"), ("百三", "130"), ("一万零百一十一", "10111"),
])
def test_number_value(text: str, value: str):
    assert number_value(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "万", "负", "零点", "点零", "十一十二", "二三十", "一" + "万" * 5000,
                                  "百十一", "千百", "10.1万零100", "三点五万二", "壹拾元反"])
def test_refusals(text: str):
    assert number_value(text) is None
