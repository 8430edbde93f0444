"""A heading's number, one definition for every reader of a page's layout: 三、 (the first rank), （三）
(the second), and, where a numbered item of any kind is meant, 3. and 第三 too."""
from __future__ import annotations

import re

RANK = "[一二三四五六七八九十]+"  # a heading's number written in characters (三、, （三）)
# 三、惠农补贴落实情况 (a heading of the first rank; not a list of numbers, 一、二季度分别增长…)
SECTION = re.compile(rf"{RANK}、(?!{RANK}(?:[、季月年]|个月))")
SUB_SECTION = re.compile(rf"[（(]{RANK}[）)]")  # （三）农机装备 (the second rank)
# any numbered item or subhead: （一）, （1）, 一、, 1., 第一
NUMBERED = re.compile(rf"^(?:[（(](?:{RANK}|\d+)[）)]|{RANK}、|\d+[.、．]|第(?:{RANK}|\d+))")


def opens_section(text: str, at: int = 0) -> bool:
    """The text at `at` opens with a heading's number of the first or second rank (二、…, （二）…)."""
    return SECTION.match(text, at) is not None or SUB_SECTION.match(text, at) is not None
