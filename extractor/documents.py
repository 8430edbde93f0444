"""Which document of a joined page (layout_heads.py, Layout.documents) a position or an article
belongs to: what one document says (its year, a base figure of its accounts) is not another's."""
from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache
from typing import Callable, Optional, Sequence, TypeVar

from .five_years import plan_number, plan_span
from .period_report_year import past_year, reported_year, session_year, yearly_report_year
from .layout import Layout
from .layout_heads import DASHES, given_on, given_year, venue_year
from .lexicon import alternation, table
from .page import Page
from .place_words import is_report


def document_finder(layout: Layout) -> Callable[[int], int]:
    """A lookup from a normalized offset to the index of its document: 0 on a page of one
    document, and for text before the first one or between two (blank lines), the one before."""
    starts = [s for s, _ in layout.documents]
    return lambda pos: max(0, bisect.bisect_right(starts, pos) - 1)


T = TypeVar("T")


def by_document(items: Sequence[T], starts: Sequence[int], pos: Callable[[T], int]) -> list[list[T]]:
    """Items grouped by the document (of the given starts, normalized) their position lies in, in
    their order: what is read from the page's other places (a short name's unit, the page's sure
    provinces) is read from its own document's. One group, the items themselves, on a page of one."""
    if len(starts) < 2:
        return [list(items)]
    groups: list[list[T]] = [[] for _ in starts]
    for it in items:
        groups[max(0, bisect.bisect_right(starts, pos(it)) - 1)].append(it)
    return [g for g in groups if g]


def report_documents(page: Page) -> list[bool]:
    """Whether each document is a report to a congress, by its own opening (place_words.is_report):
    a joined page's first document may be a speech or a story and the next ones reports."""
    docs = page.layout.documents
    if len(docs) < 2:
        return [is_report(page.text)]
    return [_opens_report(page, s) for s, _ in docs]


def report_at(page: Page, pos: int) -> bool:
    """report_documents for the document a normalized position lies in (asked once a fact: a
    bisection of the documents' (start, end) spans, no list built)."""
    docs = page.layout.documents
    if len(docs) < 2:
        return is_report(page.text)
    return _opens_report(page, docs[max(0, bisect.bisect_right(docs, (pos, float("inf"))) - 1)][0])


def _opens_report(page: Page, start: int) -> bool:
    return is_report(page.text[start:start + int(table("place_scope.toml")["report_opening"])])


def article_documents(layout: Layout) -> dict[int, int]:
    """Each article's document (an article never runs across two: layout.analyse splits first)."""
    at = document_finder(layout)
    return {a.index: at(a.start) for a in layout.articles}


# the line under a report's title names the day it was given: ——2017年3月5日在…大会上 (searched
# for anywhere in a head's paragraph, so the session's name stays inside one clause)
_ONE_CLAUSE = "[^。，；\\n]"
_GIVEN_ON = re.compile(f"[{DASHES}]+\\s*{given_on(_ONE_CLAUSE)}")
_HEAD_PARAGRAPHS = 8  # a head is the first few paragraphs of its document
_BUTTON = 4  # characters at most of a web page's button line (下载, 【字号：)


def head_years(page: Page) -> dict[int, int]:
    """The year each report of a joined page was given in, where its head says (——2017年3月5日在…
    大会上): what an archive's id names for a report alone (gwr-national-2017), the year its 今年
    is and past which it names only plans. A report alone whose id names no day (a user's own file,
    or one whose name holds a year only) counts from its head's year as well, or, its head naming no day, from the year after the one its
    first heading reviews (一、2014年工作回顾: 2015), or the session of the congress its opening relates to its time
    (向第六届…第一次会议作政府工作报告: 1983), or the year after the one it calls just past (刚刚过去的1984年; 一、过去一年
    工作回顾 over 2004年，…), or the latest its opening's 关于…的报告 names, or the year a
    yearly report's title line reports on (某县2025年政府信息公开工作年度报告: 2025)."""
    layout = page.layout
    at = document_finder(layout)
    out: dict[int, int] = {}
    reviewed: dict[int, int] = {}  # (一、2014年工作回顾: the year after, where no day is named)
    starts = [s for s, _ in layout.documents] or [0]
    read: dict[int, int] = {}
    for p in layout.paragraphs:
        d = at(p.start)
        if d in out or read.get(d, 0) >= _HEAD_PARAGRAPHS:
            continue
        # (a web page's buttons, 下载, 打印, 【字号：, are lines of their own before its title: no paragraph of the head)
        read[d] = read.get(d, 0) + (len(page.text[p.start:p.end].strip()) > _BUTTON)
        m = _GIVEN_ON.search(page.text, p.start, p.end)
        if m:
            out[d] = given_year(m)
        elif given := venue_year(page.text[p.start:p.end].strip()):
            out[d] = given  # (2026年1月27日在…会议上 with no dash, or in brackets: the line under the title)
        elif d in reviewed or p.start - starts[d] > _REVIEW_REACH:
            continue  # (a heading far into the text reviews a section's year, not the report's)
        elif year := session_year(page.text, p.start, min(p.end, starts[d] + _REVIEW_REACH)):
            reviewed[d] = year  # 向第六届…大会第一次会议作…报告: 1983
        elif year := past_year(page.text, p.start, starts[d] + _REVIEW_REACH):
            reviewed[d] = year  # 刚刚过去的1984年: 1985 (the heading's year may open the paragraph after it)
        elif m := _heading(_reviewed(), page.text, p.start, min(p.end, starts[d] + _REVIEW_REACH)):
            reviewed[d] = int(unicodedata.normalize("NFKC", m["year"])) + 1
        elif m := _heading(_reviewed_plan(), page.text, p.start, min(p.end, starts[d] + _REVIEW_REACH)):
            reviewed[d] = plan_span(plan_number(m["plan"]))[1] + 1  # 一、“十一五”时期…的回顾: 2011
        elif year := reported_year(page.text, p.start, min(p.end, starts[d] + _REVIEW_REACH)):
            reviewed[d] = year  # 提出关于某年度国民经济计划的报告: that year
        elif p.kind == "title" and (
                year := yearly_report_year(page.text, p.start, min(p.end, starts[d] + _REVIEW_REACH))):
            reviewed[d] = year  # 某县2025年政府信息公开工作年度报告: the year it reports on, signed in the next
    return {**reviewed, **out}


def _heading(pattern: re.Pattern, text: str, start: int, end: int) -> Optional[re.Match]:
    """The first match of a heading's pattern opening the paragraph or a sentence of it (a heading the layout ran
    into the paragraph before: …提出意见。一、2014年工作回顾)."""
    for m in pattern.finditer(text, start, end):
        if m.start() == start or text[m.start() - 1] in _SENTENCE_ENDS:
            return m
    return None


_SENTENCE_ENDS = "。：:！？"
_REVIEW_REACH = 300  # characters from a document's start within which its first heading stands


@lru_cache(maxsize=1)
def _reviewed() -> re.Pattern:
    """A report's first heading reviewing a year (一、2014年工作回顾; 一、１９９６年国内工作的回顾): given the year after
    (data/period.toml [review_heads]), where no line under its title names the day."""
    t = table("period.toml")["review_heads"]
    return re.compile(rf"(?:{alternation(t['numbers'])})\s*(?P<year>(?:19|20)\d\d)年(?:{alternation(t['words'])})")


@lru_cache(maxsize=1)
def _reviewed_plan() -> re.Pattern:
    """A report's first heading reviewing a five-year plan (一、“十二五”时期某省发展的回顾): given the year
    after the plan's last."""
    t = table("period.toml")["review_heads"]
    return re.compile(rf"(?:{alternation(t['numbers'])})\s*“(?P<plan>十?[一二三四五六七八九十])五”"
                      rf"[^。，；\n]{{0,{int(t['plan_reach'])}}}回顾")


def article_head_years(page: Page) -> dict[int, int]:
    """head_years for each article of a document whose head names its year."""
    years = head_years(page)
    return {art: years[d] for art, d in article_documents(page.layout).items() if d in years} if years else {}
