"""The time a report, bulletin or release is about, read top-down by its structure.

First the document's own time, from its title (某县2025年卫生健康事业发展统计公报: 2025; 2026年1-3季度全省省属企业
经济运行情况: January to September 2026; 2025/2026学年教育事业发展统计公报: the school year); a yearly text whose
title names no year (某县政府信息公开工作年度报告, 某镇工作总结) covers the year its signing date closes (2026年1月20日
under it or at its end, or its 发布时间: 2025). Then each section's: a heading of the first rank (三、…) starts its
section on the document's time again, or on the time it names itself (六、2027年工作打算: 2027) or its first sentence
opens with (三、下一步工作打算 / 2027年，全市力争…), and a heading of the second rank (（三）农机装备) starts on its
section's. Whatever a paragraph of the section before stated (2022年至2026年，全市累计建成…) stops at the heading: it
was that section's, and the year a date without one takes there (10月中旬, 全年) is the section's again, not the look
back's first year. Then paragraphs and clauses: a look back over years or an as-of (截至9月末，…资产总额…) is its own
paragraph's, a month said in a later clause (…，已于10月中旬全部兑付到户) its own sentence's.

Only a page whose id names no day (a news page's does; a year in a file's name is no evidence) and whose head holds
such a title: a news page, a report to a congress (its title names no year, or the year it was given in: 2026年某省
政府工作报告 over ——2026年1月27日在…会议上; it reviews one year and plans the next) and a text naming two times
in its title (关于2025年工作总结及2026年工作打算的报告) keep being read sentence by sentence. Words: data/period.toml
[document_times]. Used by extractor/sentence_periods.py, which asks the clock at each sentence before carrying on
what stood."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .clauses import BREAKS
from .heading_numbers import SECTION as _SECTION, SUB_SECTION as _SUB_SECTION
from .issue_date import issue_date
from .layout import Paragraph
from .layout_heads import report_title, venue_year
from .lexicon import alternation, table
from .page import Page
from .period_published import published_on
from .period_runs import MONTH, months_written, quarter_months, quarter_run, span
from .standard_time import standard_time
from .time_words import scope_words

_YEAR_DIGIT = "[〇○零一二三四五六七八九]"  # a year's digit written as a character (二〇二五)
_TITLE_YEAR = rf"(?<![0-9]|{_YEAR_DIGIT})(?P<year>(?:19|20)\d\d|[一二]{_YEAR_DIGIT}{{3}})"  # 2025, 二〇二五
_YEARS = re.compile(r"^\d{4}/\d{4}$")  # a span of years (2021/2025)
_DAY_OR_MONTH = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CLAUSE_BREAK = re.compile("[，,；;]")
_YEAR_OR_YEARS = re.compile(r"^\d{4}(?:/(?:\d{4}|\.\.))?$")  # 2027, 2021/2025, 2021/.. (“十四五”以来)
_LEAD = 4  # characters from a sentence's start within which a time opens it
_SENTENCE_CLAUSE = "，,。；;"  # what ends a clause of a sentence, not a title's line
# a paragraph that is only a date (2026年1月20日, （2026年4月）)
_DATE_ONLY = re.compile(rf"[（(]?\s*(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>{MONTH})\s*月(?:\s*[0-3]?\d\s*日)?\s*[）)]?\s*")
_CHINESE_DIGITS = str.maketrans(_YEAR_DIGIT[1:-1], "000123456789")
_BREAK = BREAKS + ",;:"  # the one clause break, and the half-width marks a title line may hold


@lru_cache(maxsize=1)
def _words() -> dict:
    return table("period.toml")["document_times"]


@lru_cache(maxsize=1)
def _time() -> re.Pattern:
    """A year in a title, with what may follow it: a school year's second year, a run of quarters, a run of months
    or one month, a part of a year named by a word (前三季度, 上半年: data/names/scope.toml year_parts)."""
    parts = [w for w, months in scope_words().parts if len(months) == 2 and months != (1, 12)]
    return re.compile(
        rf"{_TITLE_YEAR}\s*(?:"
        r"[/／\-－—至]\s*(?P<school>(?:19|20)\d\d)\s*学年度?"
        rf"|年度?\s*(?:{quarter_run()}|{months_written()}|(?P<part>{alternation(parts)}))?)")


@lru_cache(maxsize=1)
def _kinds() -> re.Pattern:
    return re.compile(alternation(_words()["kinds"] + _words()["results_kinds"]))


def _year(written: str) -> int:
    """A year written in figures or in characters (二〇二五: 2025)."""
    return int(written.translate(_CHINESE_DIGITS))


def _period(m: re.Match) -> Optional[tuple[str, int]]:
    """The period a title's time names, and its year; None for a run of quarters or months that goes backwards
    (2026年3-1季度, 2026年9-1月: no span, and no title's time)."""
    year = _year(m["year"])
    if m["school"]:
        return f"{year}/{int(m['school'])}", year
    if m["q1"] or m["m2"]:
        run = quarter_months(m) if m["q1"] else span(int(m["m1"]), int(m["m2"]))
        return (f"{year}-{run[0]:02d}/{year}-{run[1]:02d}", year) if run else None
    if m["m1"]:
        return f"{year}-{int(m['m1']):02d}", year
    if m["part"]:
        a, b = dict(scope_words().parts)[m["part"]][:2]
        return f"{year}-{a:02d}/{year}-{b:02d}", year
    return str(year), year


@dataclass(frozen=True)
class DocumentTime:
    """A document's own time: `period` as scope.py writes periods, its first `year`, and where its title's time
    ends in the normalized text (`end`), for the title's sentence to give it."""
    period: str
    year: int
    end: int
    until: int = 1 << 62  # where the document holding the title ends (a page's footer after it is none of its)


def title_time(text: str, start: int, end: int) -> Optional[DocumentTime]:
    """The time of a title written between start and end that names one time and ends on a report's word, or
    None. The text between must be a title's line, not a sentence (no clause break: end is the first), and name
    nothing of a time before its year (宜昌市前10个月经济运行情况和2026年…: the months are the title's first time)."""
    m = _time().search(text, start, end)
    if not m or re.search(r"[0-9]", text[start:m.start()]) or any(
            w in text[start:m.start()] for w, _ in scope_words().parts):
        return None
    kinds = [k for k in _kinds().finditer(text, m.end(), min(end, m.end() + int(_words()["reach"])))
             if not text.startswith(tuple(_words()["not_after"]), k.end())]
    if not kinds or any(text.startswith(tuple(_words()["not_after"]), k.end())
                        for k in _kinds().finditer(text, kinds[-1].end(), end)):
        return None
    line = text[start:kinds[-1].end()]  # (to its last report's word: 关于…执行情况与2026年预算草案的报告 is one title)
    if len({_year(y["year"]) for y in _time().finditer(line)}) != 1 or any(w in line for w in _words()["not_kinds"]):
        # (关于2025年工作总结及2026年工作打算的报告: a review and a plan; 关于下达2026年第二批…资金的通知: what it asks)
        return None
    found = _period(m)
    return DocumentTime(found[0], found[1], m.end()) if found else None


def document_time(page: Page) -> Optional[DocumentTime]:
    """The time of the report, bulletin or release the page is, from a title among its head's lines, or the standard
    time a census's bulletin states before its first heading (以2020年11月1日零时为标准时点: 2020-11-01, the day of all
    its figures, extractor/standard_time.py; a title naming another year wins); None on a page whose id or masthead
    names a day, or that the caller dates to a day (a news page: read sentence by sentence). A year an id names is no
    evidence (gwr2026-fujian is read as report.txt is: its title and the line under it say when it was given)."""
    if page.issued:  # a date the caller gives comes first: a day makes a news page, a year a report
        if issue_date(page.issued) is not None:
            return None
    elif issue_date(page.doc) is not None or page.masthead:
        return None  # (page.dated may name the year a report's head gives: a report still, read by its title)
    titled = _titled(page)
    first = next((p.start for p in page.layout.paragraphs
                  if _SECTION.match(page.text, p.start) or _SUB_SECTION.match(page.text, p.start)), len(page.text))
    census = standard_time(page.text, 0, first)
    if census is None or (titled and titled.year != census.year) or not reports_results(page, census.end):
        return titled
    ends = [e for s, e in page.layout.documents if s <= census.end - 1 < e]
    return DocumentTime(census.period, census.year, census.end, ends[0] if ends else len(page.text))


def reports_results(page: Page, before: int) -> bool:
    """Whether a line of the head before `before` (a census's statement) titles a bulletin of the census's results
    (某市第七次全国人口普查公报, …主要数据公报, 首页 > 统计公报), not a text that organizes it (关于做好第五次全国经济普查
    工作的通知, …普查实施方案: its 标准时点为2023年12月31日 is what the census will count, not the day of the notice's
    own figures, 市财政安排普查经费2000万元). Words: data/period.toml [standard_time] results, not_results."""
    words = table("period.toml")["standard_time"]
    for p in page.layout.paragraphs:
        if p.start >= before:
            break
        stop = p.start
        while stop < p.end and page.text[stop] not in _BREAK:
            stop += 1
        line = page.text[p.start:stop]  # (a title's line, to its first clause break)
        if any(w in line for w in words["results"]) and not any(w in line for w in words["not_results"]):
            return True
    return False


def _titled(page: Page) -> Optional[DocumentTime]:
    """The document's time its title names, or its signing date where its title is a yearly text's naming no year."""
    head = int(_words()["head"])
    undated = None
    for p in page.layout.paragraphs:
        if p.start >= head or _SECTION.match(page.text, p.start) or _SUB_SECTION.match(page.text, p.start):
            break  # (under 一、2025年预算执行情况 the body has begun: no title's year there)
        # (a title line may be run together with the lines after it: 关于2026年…的报告市委、市政府：, 2026年1-3季度…运行情况
        # 发布时间：…; it ends at the first clause break)
        stop = p.start
        while stop < p.end and page.text[stop] not in _BREAK:
            stop += 1
        found = title_time(page.text, p.start, stop)
        if found and given_then(page, p, found.year, head):
            return None  # (2026年福建省政府工作报告 / ——2026年1月27日在…会议上: when it was given, not what it covers)
        if found:
            ends = [e for s, e in page.layout.documents if s <= p.start < e]
            return DocumentTime(found.period, found.year, found.end, ends[0] if ends else len(page.text))
        if stop < p.end and page.text[stop] in _SENTENCE_CLAUSE:
            break  # (2025年，全县…: a sentence, the body has begun)
        if not undated and any(w in page.text[p.start:stop] for w in _words()["yearly_kinds"]) and \
                not re.search(r"[0-9>＞]", page.text[p.start:stop]):  # (nor a site's path, 首页 > … > 年度报告)
            undated = p  # 某县政府信息公开工作年度报告: a yearly text whose title names no year
    if undated:
        ends = [e for s, e in page.layout.documents if s <= undated.start < e]
        until = ends[0] if ends else len(page.text)
        year = signed_year(page, undated.end, until)
        if year is not None:
            return DocumentTime(str(year), year, undated.end, until)
    return None


def title_month_end(page: Page) -> tuple[Optional[str], int]:
    """The month whose end the document's title names as what its figures stand at (2026年9月末赣州市金融运行情况,
    2026年三季度末…: `2026-09`) and where the title's time ends (the figures after it are under it), or (None, 0): a
    release on stocks as of that day, not on the month's flows."""
    found = document_time(page)
    if not found or "-" not in found.period or not page.text.startswith(tuple(_words()["month_ends"]), found.end):
        return None, 0
    return found.period[-7:], found.end


def given_then(page: Page, title: Paragraph, year: int, head: int) -> bool:
    """Whether a title naming `year` names the year its report was given in, not the time it covers: a report to a
    congress's title (2026年某省政府工作报告), or a title over the line saying it was given at a meeting that year
    (——2026年1月27日在…人民代表大会…会议上; 2025年…预算执行情况的报告 over a 2026 line names its own year)."""
    if report_title(page.text[title.start:title.end]):
        return True
    return any(venue_year(page.text[p.start:p.end].strip()) == year for p in page.layout.paragraphs
               if title.end <= p.start < head)


def signed_year(page: Page, start: int, end: int) -> Optional[int]:
    """The year a yearly text between start and end covers, from the date it was signed or published: a paragraph
    that is only a date (the first within its head, 某县统计局 / （2026年4月）, else the last, the signature's 2026年1月
    20日), else a 发布时间 line in its head; the year before for a text signed in the next year's first months, the
    same year for one signed at its end (a summary written in December), else None."""
    w = _words()
    head, last = start + int(w["head"]), end - int(w["signature_reach"])
    dates = [m for p in page.layout.paragraphs if start <= p.start < end and (p.start < head or p.start >= last)
             for m in (_DATE_ONLY.fullmatch(page.text, p.start, p.end),) if m]
    line = next((m for m in dates if m.start() < head), None) or (dates[-1] if dates else None)
    signed = (int(line["y"]), int(line["m"])) if line else published_on(page)  # (else 发布时间：2026-03-27)
    if not signed:
        return None
    year, month = signed
    if month <= int(w["before_month"]):
        return year - 1
    return year if month >= int(w["same_from_month"]) else None


@dataclass
class SectionClock:
    """The time each section of a document starts on, read heading by heading (see the module's docstring). One
    document's: its sections may be laid out as articles of their own (一、总体情况 opening one), so what a
    heading of the first rank names holds for the second-rank headings under it in any article."""
    document: DocumentTime
    section: Optional[str] = None  # the time the current first-rank section starts on
    opened: int = -1  # where that section's heading starts
    next_of: int = -1  # the heading whose next sentence is still to be read

    def opening(self, text: str, at: int, paragraph: bool, current: Optional[str], first: bool) -> Optional[str]:
        """What a sentence starting at `at` starts on: a heading's section time (open_section), else, for the first
        sentence an article of the document reads (first), its section's (untimed), else, opening a paragraph, the
        section's after a look back or an as-of (paragraph); None where what stands goes on."""
        return self.open_section(text, at) or (self.untimed(at) if first else None) or (
            self.paragraph(at, current) if paragraph else None)

    def open_section(self, text: str, at: int) -> Optional[str]:
        """Asked at every sentence the document reads: where the sentence starting at `at` is a heading, the time its
        section starts on (三、…: the document's; （三）…: its section's), else None. A heading of the first rank
        also starts a new section: the clock forgets what the one before it said and notes where this one opens
        (said() then reads what its own line names)."""
        if not self.document.end <= at < self.document.until:
            return None
        if _SECTION.match(text, at):
            self.section, self.opened = self.document.period, at
            return self.section
        if _SUB_SECTION.match(text, at):
            return self.section or self.document.period
        return None

    def said(self, text: str, at: int, lead_at: int, lead: Optional[str]) -> None:
        """A time a first-rank heading names in its own line (六、2027年工作打算) is its section's; so is a year or
        span of years opening the sentence right after the heading (三、下一步工作打算 / 2027年，全市力争…: its
        sub-headings (一)… plan for 2027 too), not a month or an as-of there (截至10月底，…: that sentence's)."""
        if self.opened < 0:
            return
        if self.opened == at:
            if lead and not any(c in _BREAK for c in text[at:lead_at]):
                self.section = lead
            self.next_of = at
            return
        if self.next_of >= 0 and lead and lead_at - at <= _LEAD and _YEAR_OR_YEARS.match(lead):
            self.section = lead
        self.next_of = -1

    def paragraph(self, at: int, current: Optional[str]) -> Optional[str]:
        """The time a paragraph opening at `at` (no heading) goes back to where what stands is a span of years other
        than the document's or its section's ("十四五"时期(2021-2025年),…年均增长8.6%。 then 民生保障方面,…: the
        look back was its paragraph's) or an as-of (截至9月末，…资产总额…。 then 分行业看，…实现利润总额…: the stock
        was its paragraph's, as a year's end is, extractor/sentence_periods.py), else None."""
        if not self.document.end <= at < self.document.until:
            return None
        here = self.section or self.document.period
        if _DAY.match(here) and current == here[:4]:
            return here  # (a census's standard day, 2020-11-01, is all its paragraphs' time, not one paragraph's day)
        if not (_YEARS.match(current or "") or (current or "").startswith("../")):
            return None
        return here if current not in (here, self.document.period) else None

    def aside(self, text: str, start: int, lead_at: int, lead: Optional[str]) -> bool:
        """Whether a sentence's time is a month or day said in a later clause of it (…共计49980万元，已于10月中旬全部兑付
        到户): when something in it was done, its own sentence's; the sentences after it go on with what stood before."""
        return self.document.end <= start < self.document.until and bool(_DAY_OR_MONTH.match(lead or "")) and \
            _CLAUSE_BREAK.search(text, start, lead_at) is not None

    def untimed(self, at: int) -> Optional[str]:
        """What an article of the document that has stated nothing yet starts on at `at` (after the title): its
        section's time, else the document's."""
        return (self.section or self.document.period) if self.document.end <= at < self.document.until else None

    def title(self, start: int, end: int) -> Optional[str]:
        """The document's period where the sentence between start and end holds its title's time, else None."""
        return self.document.period if start < self.document.end <= end else None


def section_clock(page: Page) -> Optional[SectionClock]:
    """A clock for the page's sections where the page is a document with a time of its own, else None."""
    found = document_time(page)
    return SectionClock(found) if found else None


def year_of(period: Optional[str]) -> Optional[int]:
    """The first year of a period (2025/2026: 2025; 2026-01/2026-09: 2026), or None."""
    digits = (period or "")[:4]
    return int(digits) if digits.isdigit() else None
