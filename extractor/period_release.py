"""A release on a part of a year (a statistics bureau's 2026年前三季度某市经济运行情况, 上半年某县财政收支情况): the
span its title names is the period under review, as the year a bulletin's title names is. Its figures with no time
of their own take that span (前三季度，全市…增长6.2%。按经济类型分，国有控股企业增长…: the nine months), and a
quarter or a month its body names in passing (一季度…；二季度…; 9月份环比…) is its sentence's: the sentences after it
go back to the release's span, not to the bare year (extractor/sentence_periods.py). Only a title sets it: a story
whose body opens on a part of a year (今年一季度，某省…) keeps reading it as its sentence's."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .lexicon import alternation, table

_PART = re.compile(r"^(\d{4})-\d{2}/\1-\d{2}$")


def release_span(kind: str, body_seen: bool, lead: Optional[str], reported_part: bool) -> Optional[str]:
    """The span under review where a title (a paragraph of kind `title` before the article's body) names a report on
    a part of a year as its lead (reported_part: a part named by a word, 前三季度, 上半年, not a run of months, then a
    report's word and no figure, 经济运行情况, 统计数据: time_exprs_carry.names_a_report); else None. A news
    headline's part with its figure (某企业前三季度产值增长11.3%) is its own: the story's other figures keep the year."""
    if kind != "title" or body_seen or not reported_part or not lead or not _PART.match(lead):
        return None
    return lead


def after_part(lead: str, release: Optional[str]) -> str:
    """What a sentence stating its own part of a year leaves to the sentences after it: the release's span where the
    part lies in the release's year (二季度 inside a 前三季度 release), else the part's year."""
    year = lead[:4]
    if release and release[:4] == year:
        return release
    return year


@lru_cache(maxsize=1)
def _year_plan() -> re.Pattern:
    t = table("period.toml")["release_year_plans"]
    # (not after 的: 完成年度预算的78.2% is the share done in the months under review, not the plan)
    return re.compile(rf"(?:{alternation(t['words'])})[^的，,。；;：:\n]{{0,{int(t['reach'])}}}$")


def year_plan(text: str, start: int, pos: int, period: Optional[str]) -> Optional[str]:
    """The period of the figure at pos under a part of a year (前三季度，…完成年度预算(194.20亿元)的76.4%; 年度目标任务为
    4.5万人): the year where the figure's own clause names the year's plan right before it (data/period.toml
    [release_year_plans]), as a bulletin's plan is its year's; else the period as given."""
    if not period or not _PART.match(period):
        return period
    return period[:4] if _year_plan().search(text, max(start, pos - 16), pos) else period
