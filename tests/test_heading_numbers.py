"""One definition of a heading's number (extractor/heading_numbers.py), read by normalize (a numbered heading
short of the column opens its paragraph), layout (a numbered subhead is no headline) and document_time (a
section's clock): its ranks both ways."""
from __future__ import annotations

import pytest

from extractor.heading_numbers import NUMBERED, opens_section


@pytest.mark.parametrize("text", ["三、惠农补贴落实情况", "（二）中标信息", "(十二)其他", "十一、附则"])
def test_a_heading_of_the_first_or_second_rank(text: str) -> None:
    assert opens_section(text)


@pytest.mark.parametrize("text", ["一、二季度分别增长3.1%和4.2%", "三、四月份降水偏少", "1.粮食生产", "第三产业增加值", "全年三、"])
def test_no_heading_of_a_rank(text: str) -> None:
    # a list of numbers (一、二季度), a digit's item or 第 are numbered items, not a section's rank
    assert not opens_section(text)


def test_numbered_items_of_any_kind() -> None:
    assert all(NUMBERED.match(t) for t in ["（1）项目", "1.粮食生产", "第三部分", "二、工业", "（二）畜牧"])
    assert not NUMBERED.match("全年粮食产量")
