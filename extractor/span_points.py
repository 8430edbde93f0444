"""The year of a number inside a span of years (2021/2025, 1994/..): a level reached is the span's last year's, a
start the year before its first, a level standing now or a whole history's count the writing's; apart from the
words that name spans (five_years.py, recent_years.py), since it reads the clause around one number."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .lexicon import alternation, table
from .span_flows import list_head, listed_after_flow, opened_by_total, own_item, without_level_names, written_from
from .year_counts import CLAUSE_BREAK, CLAUSE_REACH

_SPAN = re.compile(r"^(\d{4})/(\d{4})$")
_RATE = re.compile(r"百分之|[0-9０-９.．·]+(?:%|％|个?百分点)")  # a share is a level, never a total


@lru_cache(maxsize=1)
def _span_words() -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern, re.Pattern, tuple[str, ...]]:
    t = table("period.toml")
    # the start word also with a level's qualifier after it (由平均2900元下降到…: the average's start)
    starts = tuple(w + q for w in t["span_start_before"] for q in ("", *t.get("span_start_qualifiers", [])))
    return (tuple(t["span_end_before"]), starts, re.compile(alternation(t["span_flow_words"])),
            re.compile(alternation([*t["span_average"], *t.get("span_total", []), *t.get("span_increment", [])])),
            tuple(w + e for w in t.get("span_spent", []) for e in t["span_end_before"]))


@lru_cache(maxsize=1)
def _few_years_total() -> tuple[str, ...]:
    """The words of a total reached over a few years other than five (data/period.toml few_years_total)."""
    return tuple(table("period.toml").get("few_years_total", []))


def span_point(text: str, pos: int, period: Optional[str]) -> Optional[str]:
    """The year of a level inside a span of years (2021/2025): a level reached (增长到36439元)
    is the last year's, the level it started from (从27136元) the year before the first;
    any other fact keeps the span."""
    m = _SPAN.match(period or "")
    if not m:
        return period
    end_words, start_words, flow, average, spent = _span_words()
    # the clause before the number: 年平均递增达40% is a rate over the span, 累计突破1万亿元 a total
    # over it, 增加的收入达260亿元 an increment over it, not a level reached
    clause = CLAUSE_BREAK.split(text[max(0, pos - CLAUSE_REACH):pos])[-1]
    # a later item of a list (分别提升至88%左右、91%以上) is read by the words before the list's first
    head = list_head(text, pos)
    if text.endswith(spent, 0, head):
        return period  # 期间…购买飞机的金额达1000亿元: spent over the span
    # (a bare 达 is a total, not a level, over a few years other than five, and in a sentence a five
    # years' total opens: ５年来共查获…，案值达２６.５亿元)
    bare_total = text.endswith(_few_years_total(), 0, head) and (
        int(m.group(2)) - int(m.group(1)) != 4 or opened_by_total(text, pos) and not _RATE.match(text, pos))
    if text.endswith(end_words, 0, head) and not average.search(clause) and not bare_total:
        return m.group(2)
    if text.endswith(start_words, 0, head):
        first, last = int(m.group(1)), int(m.group(2))
        return str(first if written_from(text, pos, first, last) else first - 1)
    if int(m.group(2)) - int(m.group(1)) == 4:  # a five-year span: a level is its last year's
        # the clause around the number: 8家全国重点实验室落户 says the flow after it; not past a 、 right
        # after the figure (跨过3万亿元、年均增长5%: the next item's verb), nor a level's name (投入强度)
        after = own_item(CLAUSE_BREAK.split(text[pos:pos + CLAUSE_REACH], maxsplit=1)[0])
        # (nor past a part of it counted next in its clause: 全市9个基层法院中有3个被评为…, the title is the 3's;
        # 6组10家省属国企实现战略性重组 is one act of both)
        after = _PART_COUNTED.split(after, maxsplit=1)[0]
        clause = without_level_names(CLAUSE_BREAK.split(text[max(0, pos - CLAUSE_REACH):pos])[-1] + after)
        if not flow.search(clause) and not opened_by_total(text, pos) \
                and not listed_after_flow(text, pos, flow, end_words):
            return m.group(2)
    return period


def change_start(text: str, pos: int, period: Optional[str], start: int = 0) -> Optional[str]:
    """The level a change started from, with no year of its own, in a year's review (国务院组成部门从40个
    减少到29个 in the 1999 report's review of 1998; 所得税率从55%降至33%): the year before, as a
    base value names its year (bench/gold/README.md); a span's start: span_point. Not where its
    sentence names the year of a level before it (是1997年的1.8倍，占…比重从2.5%…: that year's). start:
    where the sentence starts."""
    if not period or not period.isdigit():
        return period
    end_words, start_words, _, _, _ = _span_words()
    if not text.endswith(start_words, 0, pos) or _LEVEL_YEAR.search(text, max(start, pos - CLAUSE_REACH * 2), pos):
        return period
    after = CLAUSE_BREAK.split(text[pos:pos + CLAUSE_REACH], maxsplit=1)[0]
    # a change to a level (增加到, 降至, 整合为), not 达/突破 (重点从八个方面实现突破: no level)
    return str(int(period) - 1) if any(w in after for w in end_words if w.endswith(_CHANGE_TO)) else period


_PART_COUNTED = re.compile("[中里]?有(?=[0-9０-９一二三四五六七八九两])")
_CHANGE_TO = ("到", "至", "为")
_LEVEL_YEAR = re.compile(r"(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年的")


_SINCE = re.compile(r"^\d{4}/\.\.$")


def level_since(text: str, pos: int, period: Optional[str]) -> bool:
    """Whether the number at pos is a level that stands now in a span running on to the writing
    (改革开放以来，…全国有3亿多人经常参加体育锻炼; 1994年以来…总数达120家): its clause says it is had or
    reached (data/period.toml since_level_before, span_end_before) and not that it flowed over the
    years (累计, 新增, 年均, 共…: span_flow_words), so it is of the writing, not of the span."""
    if not _SINCE.match(period or ""):
        return False
    clause = CLAUSE_BREAK.split(text[max(0, pos - CLAUSE_REACH):pos])[-1]
    end_words, _, flow, _, spent = _span_words()
    t = table("period.toml")
    had = tuple(t.get("since_level_before", []))
    # 年均 says a rate over the years; 总计达 a stock's total (体育场馆总计达61.6万个), no flow (累计 is one);
    # 盗卖金额达380万元: an amount over the years (span_spent)
    return text.endswith((*end_words, *had), 0, pos) and not text.endswith(spent, 0, pos) and \
        not flow.search(clause) and not any(w in clause for w in t["span_average"])


def history_count(text: str, pos: int, period: Optional[str]) -> bool:
    """Whether the number at pos counts a whole history (新中国成立以来，共培养大学生300万人: the span
    from the founding, data/period.toml whole_history_events): as of the writing, like 建国以来, unless
    its clause says it changed over the years (人口增加百分之六十: the span)."""
    if not _SINCE.match(period or ""):
        return False
    t = table("period.toml")
    founding = {int(t["since_events"][e]) for e in t.get("whole_history_events", []) if e in t["since_events"]}
    clause = CLAUSE_BREAK.split(text[max(0, pos - CLAUSE_REACH):pos])[-1]
    return int(period[:4]) in founding and not any(w in clause for w in t.get("history_change", []))
