"""A year-end stock with no year before its 年末 (年末全县常住人口５２．３万人, 全市年末存款余额…, 年底共有…家) is as of the
end of the year its sentence speaks of (../2025-12), as 2025年末 is: bench/gold/README.md, "a year-end stock is as
of it, its year written or not". The flows and changes the same sentence tells keep the year (…，比上年末增长7.8%;
全年新增…): a figure whose own clause tells a change before it, or one after a flow frame (全年) said since the
year's end, is the year's. Words: data/period.toml [year_end_stocks]."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

from .clauses import INNER_BREAKS_RAW
from .lead_times import PART  # a run of months inside one year (2025-01/2025-11)
from .lexicon import alternation, table


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, str]:
    t = table("period.toml")["year_end_stocks"]
    end = re.compile(rf"(?<![{''.join(t['not_before'])}])(?:{alternation(t['words'])})"
                     rf"(?!{alternation(t['not_after'])})")
    flow = re.compile(rf"(?:{alternation(t['flow_words'])})(?!{alternation(t['flow_not_after'])})")
    frame = re.compile(alternation(t["frame_words"]))
    target = re.compile(alternation(t["target_words"]))
    return end, flow, frame, target, INNER_BREAKS_RAW


_YEAR = re.compile(r"\d{4}")
_AS_OF_MONTH = re.compile(r"\.\./\d{4}-(?:0\d|1[01])")  # as of a month's end before the year's (../1997-11)
_WRITTEN_TIME = re.compile(r"[0-9０-９〇○零一二三四五六七八九十]+[年月日]")
_LEAD = 4  # characters of a subject before a year's end that opens its sentence (全县年末…)


@lru_cache(maxsize=4)  # (the figures of one paragraph come together; few page texts kept alive)
def _openers(text: str, para_start: int, para_end: int) -> tuple[tuple[int, int], ...]:
    """The paragraph's year's-end words, each as (its start, the end of an opener or -1): read once a paragraph,
    not once a figure (a report's paragraph holds many figures)."""
    end = _patterns()[0]
    out = []
    for m in end.finditer(text, para_start, para_end):
        opened = max(para_start, text.rfind("。", para_start, m.start()) + 1)
        out.append((m.start(), m.end() if m.start() - opened <= _LEAD else -1))
    return tuple(out)


def _paragraph_opener(text: str, para: tuple[int, int], start: int) -> int:
    """Where the last earlier sentence of the paragraph opened by a year's end (年末全县常住人口…。) ends its
    opener, or -1: its stock goes on to the next sentences that state no time (城镇常住人口…，乡村常住人口…)."""
    found = _openers(text, *para)
    i = bisect.bisect_left(found, (start, -2))  # the words before the figure's sentence
    return found[i - 1][1] if i else -1


def year_end_stock(text: str, start: int, pos: int, period: Optional[str],
                   para: Optional[tuple[int, int]] = None, end_at: Optional[int] = None) -> Optional[str]:
    """The period of the figure at pos (ending at end_at) in the sentence starting at start: as of its year's
    end (`../2025-12`) where the year it was given (`2025`) is that of a year-end stock, else the period as
    given; para: where its paragraph starts and ends (a stock said in an earlier sentence of it goes on to a
    figure the next sentences state, not to one that describes a noun: 作为一个13亿多人口的大国)."""
    end, flow, frame, target, breaks = _patterns()
    before = text[start:pos]
    if period and _AS_OF_MONTH.fullmatch(period) and end.search(before) and not _WRITTEN_TIME.search(before):
        # an as-of month carried from an earlier sentence (截至去年１１月底，…。) then a 年末 of this sentence's own
        # (…，年末全县羊只饲养量达到２８．６万只，比上年末增长１７．２％): that month's year's end and its year's change
        period = period[3:7]
    elif period and PART.match(period) and end.search(before) and not _WRITTEN_TIME.search(before):
        # a run of months carried from an earlier sentence (1-11月，…。) then a 年末 of this sentence's own
        # (年末金融机构各项贷款余额…): that year's end, as after an as-of month
        period = period[:4]
    if not period or not _YEAR.fullmatch(period):
        return period
    found = list(end.finditer(before))
    if not found:
        carried = _paragraph_opener(text, para, start) if para is not None else -1
        described = end_at is not None and text.startswith("的", end_at)
        if carried < 0 or described or frame.search(text, carried, pos) or target.search(before) \
                or _WRITTEN_TIME.search(before):
            return period  # …。全年出生人口…: a flow frame since; a sentence with a time of its own
        own = max(before.rfind(b) for b in breaks) + 1
        return period if flow.search(before, own) else f"../{period}-12"
    opener = found[-1]
    # where the opener's clause and the figure's own start (0: the sentence's)
    clause = max(before.rfind(b, 0, opener.start()) for b in breaks) + 1
    own = max(before.rfind(b) for b in breaks) + 1
    if target.search(before, clause) or flow.search(before, own) or frame.search(before, opener.end()):
        return period  # 比上年末增长7.8%, 全年新增…, 年底将建成…: a change, a flow or a plan
    return f"../{period}-12"


def flow_or_plan(clause_text: str) -> bool:
    """Whether the text from a stock's opener to its figure tells, in the figure's own clause, a change or a flow (比
    年初增加, 同比增长) or a plan (将, 预计): not the stock (data/period.toml [year_end_stocks])."""
    _, flow, _, target, breaks = _patterns()
    own = max(clause_text.rfind(b) for b in breaks) + 1
    return bool(flow.search(clause_text, own) or target.search(clause_text))


@lru_cache(maxsize=1)
def _balance_sheet() -> re.Pattern:
    t = table("period.toml")["balance_sheet_stocks"]
    return re.compile(rf"(?:{alternation(t['words'])})(?:{alternation(t['verbs'])})?$")


def balance_sheet_stock(text: str, sent_start: int, fact_start: int, period: Optional[str]) -> Optional[str]:
    """A balance sheet's figure (资产总额312.6亿元, 资产负债率63.5%) in a yearly text, its word right before it (a verb
    between at most) and no time of its own (period: a year): as of that year's end (../2025-12); else `period`.
    Words: data/period.toml [balance_sheet_stocks]."""
    if not period or not _YEAR.fullmatch(period):
        return period
    reach = max(sent_start, fact_start - 12)  # (the longest word and verb)
    return f"../{period}-12" if _balance_sheet().search(text[reach:fact_start]) else period


def past_as_of_month(text: str, start: int, end: int, current: Optional[str]) -> Optional[str]:
    """The year a sentence (start to end) goes on to, where an as-of month carried into it (`current`: ../1997-11,
    截至去年１１月底 in an earlier sentence) meets a year's end of its own (草畜产业…，年末全县羊只饲养量达到２８．６万只):
    the story has passed that month to the year's end, and the sentences and paragraphs after it tell the year
    (全县农民人均纯收入７４２元: 1997), not the month. None where no such year's end stands there."""
    if not current or not _AS_OF_MONTH.fullmatch(current):
        return None
    before = text[start:end]
    return current[3:7] if _patterns()[0].search(before) and not _WRITTEN_TIME.search(before) else None
