"""The time expressions of a sentence (extractor/scope.py reads the period of each fact from
them): dates, relative words (去年, 今年以来), words of the present (目前), parts of a year
(上半年), five-year words, times that name no period (近几年), and in a news story what stands
already (已达); each with its period and its kind (a comparison's base, a target, or a period).
Words: extractor/time_words.py (data/names/scope.toml and data/period.toml)."""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from .date_periods import YEAR_ONLY as _YEAR_ONLY, date_period, deadline_day
from .period_superlative import in_superlative
from .period_event_label import event_labels
from .period_document_year import document_labels
from .period_holiday import holiday_span, holiday_words, holidays
from .five_years import five_year_periods, opening_five_periods
from .recent_years import counted_year_periods, event_since_periods, recent_year_periods
from .issue_date import issue_date
from .layout import Sentence
from .lexicon import table
from .page import Page
from .period_anchored import anchored_years
from .period_basis import allocation_basis
from .period_base_clause import opens_base_clause
from .period_school_year import school_year_periods
from .datelines import signed_ends as _signed_ends
from .period_shapes import (began, first_months, period_words as _period_words, ranks_now, words_not_after,
                            words_not_before)
from .period_spans import backgrounds, joined_ranges, same_months
from .period_runs import quarter_runs
from .place_scope import Sorted
from .time_exprs_named import named_years
from .time_exprs_words import (YEAR_BEFORE as _YEAR_BEFORE, aimed_at, calendar_name, condition_view, from_now_spans,
                               holiday_period,
                               issue_holidays, issue_month_words, label_before, news_now, opinion_before, since_closed_now,
                               since_to_now,
                               multiplies_a_base, spoken, sums_a_base, week_span, week_words, level_of_words, part_period,
                               year_before_words)
from .period_notice_date import notice_dates
from .time_sites import TimeSites, may
from .time_words import scope_words, time_words_starting
from .word_starts import starts_scanner

_YEAR = re.compile(r"^(\d{4})")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# 由目前的9%, 由上年的386.4亿元, 由去年的百分之十点七, 从上年的三百亿元: a level
_LEVEL_AFTER = re.compile(r"[^，。；,;]{0,6}?(?:[0-9０-９]|百分之|[一二两三四五六七八九十][〇○零一二两三四五六七八九十百千万亿点])")
# a number right after a time word, not a date (由上年18亿元, not 从去年９月)
_FIGURE_AT = re.compile(r"[0-9０-９]+(?:[．.·][0-9０-９]+)?(?![0-9０-９．.·年月日号时])")


@lru_cache(maxsize=1)
def _this_year_words() -> frozenset[str]:
    """今年, 去年, 明年: the years named from the calendar year of the writing (names/scope.toml
    [relative]), not the twelve months before it (一年来: data/period.toml [relative])."""
    return frozenset(table("names/scope.toml").get("relative", {}))


@lru_cache(maxsize=1)
def _word_starts() -> re.Pattern:
    """Where a time word starts: scope_words().time_word_at, in a form the regex engine scans
    for its first characters (word_starts.py; the lookahead alone was tried at every position)."""
    return starts_scanner(scope_words().time_word_at)


class Times:
    """The time expressions of each sentence, found once: every sentence's are read for the period
    it carries, and a fact's sentence's again for the fact."""

    def __init__(self, page: Page, dates: Sorted, kept: Optional[set[int]] = None) -> None:
        self.page = page
        self.dates = dates
        # the ids of the sentences whose expressions are remembered (all where None): a fact's
        # are read twice, another sentence's once (a long page's table of them was megabytes)
        self.kept = kept
        self.word_starts = [m.start() for m in _word_starts().finditer(page.text)]
        self.sites = TimeSites(page.text)
        # where any time expression may start: a sentence with none of these has none (time_sites.py)
        # a holiday's word after the page gave its days (假期 after 国庆中秋8天假期(10月1日至8日)): those days
        # (extractor/period_holiday.py)
        self.holidays = holiday_words(page.text, holidays(page.text))
        self.holiday_starts = [at for at, _, _ in self.holidays]
        self.any_starts = None if self.sites.each is None else sorted([*self.word_starts, *self.sites.starts, *dates.starts,
                                                                       *self.holiday_starts])
        self.found: dict[tuple, list[tuple[int, int, Optional[str], str]]] = {}
        # the day a notice is dated by (公告发布日期:2026年9月26日) is no period of its figures: the month it was
        # published is (extractor/period_notice_date.py), for its sentence's figures and what it carries
        self.notices = notice_dates(page.text)
        # the day of each dateline (本报曼谷1月5日电): what 今天 and 昨天 after it count from
        dateline = _period_words().dateline_after
        self.datelines = [(d.norm_start, d.article, day) for d in dates.items
                          if page.text.startswith(dateline, d.norm_end)
                          and _DAY.match(day := date_period(page, d, None, None))]
        self.dateline_starts = [at for at, _, _ in self.datelines]
        # and those closing their story in brackets (…（新华社某地１月１２日电）): its 今天 counts from them too
        self.signed = {d.norm_start for d in dates.items if page.text.startswith(_signed_ends(), d.norm_end)}
        # the articles filed in the year before the page's (a dispatch of 12月30日 on the page of 1
        # January): their 今年, 去年, 明年 count from the year they were filed in (set by the caller);
        # their 一年来, 近两年, 今后3年 from the page's, as the writing's look back and ahead
        self.late: set[int] = set()

    def of(self, sent: Optional[Sentence], year: Optional[int],
           fill: Optional[int] = None) -> list[tuple[int, int, Optional[str], str]]:
        """year: the year relative words count from; fill: the year of a date written without one
        (9月份后: the year the text speaks of there), by default the same."""
        if sent is None:
            return []
        if self.any_starts is not None:
            i = bisect_left(self.any_starts, sent.start)
            if i == len(self.any_starts) or self.any_starts[i] >= sent.end:
                return []  # no time expression can be in it
        key = (sent.start, sent.end, year, fill)
        if key not in self.found:
            i = bisect_left(self.word_starts, sent.start)
            j = bisect_left(self.word_starts, sent.end, i)
            firsts = {self.page.text[at] for at in self.word_starts[i:j]}  # of the time words starting there
            has_words, present = bool(firsts), self.sites.scans(sent.start, sent.end)
            hi = bisect_left(self.holiday_starts, sent.start)
            held = [h for h in self.holidays[hi:bisect_left(self.holiday_starts, sent.end, hi)]]
            if not has_words and present == frozenset() and not self.dates.inside(sent.start, sent.end) and not held:
                return []  # (a date starting there ends after it)
            found = _time_exprs(self.page, sent.start, sent.end, self.dates, year, firsts, fill,
                                sent.article in self.late, present)
            found = event_labels(self.page.text, found)  # 某区２０２５年第四季度…签约活动举行: the event's name
            found = document_labels(self.page.text, found)  # 公开2025年部门预算和2024年部门决算: what was published
            if may(present, "counted"):
                found = counted_year_periods(self.page.text, sent.start, sent.end, found)
            if any(k == "recent" for _, _, _, k in found):
                found = named_years(self.page.text, self.dates.items, self.dates.starts, found)
                # ８年间 after 从１９８９年开始 in its article: the years from that start
                found = anchored_years(self.page.text, self.dates.items, self.dates.starts,
                                       self.page.layout.articles[sent.article].start, found)
            found = self._days(sent, found) if has_words and self.datelines else found
            if self.notices:
                found = [(at, e, self.notices.get(at, period), kind) for at, e, period, kind in found]
            if held:
                seen = {at for at, _, _, _ in found}
                found = sorted([*found, *((at, e, holiday_span(h, fill if fill is not None else year), "")
                                          for at, e, h in held if at not in seen)], key=lambda f: f[0])
            if self.kept is not None and id(sent) not in self.kept:
                return found
            self.found[key] = found
        return self.found[key]

    def _days(self, sent: Sentence, found: list[tuple[int, int, Optional[str], str]]
              ) -> list[tuple[int, int, Optional[str], str]]:
        """今天, 昨天 (data/period.toml dateline_days): days counted from the article's last dateline
        before them (今天 in a 1月5日 dispatch: 1998-01-05), and the weeks of 本周, 上周 (dateline_weeks);
        none without one."""
        text = self.page.text
        added = False
        for word, delta in (*week_words(), *scope_words().days):
            at = text.find(word, sent.start, sent.end)
            while at >= 0:
                i = bisect_left(self.dateline_starts, at) - 1
                if (i < 0 or self.datelines[i][1] != sent.article) and i + 1 < len(self.datelines) and \
                        self.datelines[i + 1][0] in self.signed:
                    i += 1
                if i >= 0 and self.datelines[i][1] == sent.article and \
                        not any(a <= at < b for a, b, _, _ in found):
                    filed = date.fromisoformat(self.datelines[i][2])
                    day = filed + timedelta(days=delta if isinstance(delta, int) else 0)
                    if not isinstance(delta, int):
                        # 本周 in a dispatch of Friday 2 January: its Monday to that day; 上周: the week before
                        # (its own facts', like 今天; no 已 after it is an as-of of the writing)
                        found = [t for t in found if not (t[3] == "now" and t[0] > at)]
                        found.append((at, at + len(word), week_span(filed, delta[1]), _kind(text, at) or "day"))
                    elif word.startswith(scope_words().as_of):
                        # 截至当日中午，…已有５２万选民投票: as of that day, for the sentences after it
                        # too (a list of figures as of a day), and no 已有 after it is another as-of
                        # (nor the 今天 inside 截至今天, read before as a year's as-of)
                        found = [t for t in found if not (t[3] == "now" and t[0] > at)
                                 and not at <= t[0] < t[1] <= at + len(word)]
                        found.append((at, at + len(word), f"../{day.isoformat()}", _kind(text, at)))
                    else:
                        # the day is its own facts' (今天从海关总署了解到，1997年…: no lead of the sentence)
                        found = [*found, (at, at + len(word), day.isoformat(), _kind(text, at) or "day")]
                        if delta == 0:  # …某仓库今天起火，目前已有两人受伤: the now of that day's event
                            found = now_of_the_day(text, at, at + len(word), found, day.isoformat())
                    added = True
                at = text.find(word, at + len(word), sent.end)
        return sorted(found, key=lambda t: t[0]) if added else found


_NOW_OF_WRITING = re.compile(r"^\.\./\d{4}$")  # 目前, 现在: as the writing stands
_TITLE_REACH = 30  # how far back a title's opening 《 is looked for


def now_of_the_day(text: str, start: int, end: int, found: list[tuple[int, int, Optional[str], str]], day: str
                   ) -> list[tuple[int, int, Optional[str], str]]:
    """A now (目前) said after the dispatch's own day (今天, ending at `end`) in its sentence, where that day tells the
    event the dispatch reports (…某仓库今天凌晨起火，目前已有两人受伤，二十多户居民疏散): how the event stood that
    day, so the day; not after a word of someone speaking (专家今天说，目前…: what they told stands as of the month),
    nor after the word inside a title (《今晚报》…至今已达…: a newspaper's name, no day)."""
    if text.count("《", max(0, start - _TITLE_REACH), start) > text.count("》", max(0, start - _TITLE_REACH), start):
        return found
    verbs = scope_words().report_verbs
    return [(a, b, day, k) if a >= end and not k and _NOW_OF_WRITING.match(p or "")
            and not any(v in text[end:a] for v in verbs) else (a, b, p, k) for a, b, p, k in found]


def _kind(text: str, s: int, bare_year: Optional[int] = None, year: Optional[int] = None,
          end: Optional[int] = None) -> str:
    """What the time expression at s is: a comparison's base, a target, or ("") a period
    (and, set by the callers, "now", "day", "month" and "recent": periods of the facts after them in
    their sentence that lead no sentence; "deadline": a day a target is met by, its own sentence's only; "price": a
    year of prices, "label": a year a thing is named for, no period of any fact).
    bare_year: its year where it is a year alone; 到<year> is a target only after the article's year.
    end: where it ends, for a level it names (1997年的水平: a base) or a beginning (1921年生于北京)."""
    pw = _period_words()
    if end is not None and text.startswith(pw.price_after, end) and not text.endswith(pw.base_before, 0, s):
        return "price"  # 按1952年不变价格计算: the prices a value is reckoned in, no period nor base
    if end is not None and deadline_day(text, end):
        return "deadline"  # 2027年6月30日前…达到100%: as of the day, its own sentence's only (as a target, README)
    if end is not None and allocation_basis(text, s, end):
        return "price"  # 按…上年度考核结果等因素测算: the data a share is reckoned from (extractor/period_basis.py)
    if text.endswith(label_before(), 0, s):
        return "label"  # 面向2030年的科技创新重大项目: what a thing aims at, no period of any fact
    if text.endswith(pw.base_before, 0, s) or (end is not None and text.startswith(pw.level_after, end)) \
            or (text.endswith(pw.from_before, 0, s) and text.startswith(year_before_words(), s)):
        return "base"  # (由上年下降2.3%转为增长8.5%: the level a change starts from, like 比上年)
    if end is not None and (sums_a_base(text, s, end) or multiplies_a_base(text, s, end)):
        return "base"  # 相当于1950年到1997年…的总和: the years a figure is set against
    if end is not None and began(text, s, end):
        return "began"  # the period of the facts after it in its sentence, never carried on
    if is_target(text, s, False):
        return "target"
    if bare_year is not None and is_target(text, s, True) and (year is None or bare_year > year):
        return "target"
    return ""


def _past_end(period: str, year: Optional[int]) -> bool:
    """An as-of period (../2012-12) of a year before the writing's."""
    first = period[3:7]
    return year is not None and first.isdigit() and int(first) < year


def is_target(text: str, s: int, bare_year: bool) -> bool:
    """力争到2030年, 预计2027年, 到2027年 (not 截至2023年): a year the text aims at."""
    pw = _period_words()
    if text.endswith(pw.target_before, 0, s):
        return True
    return bare_year and text.endswith(pw.target_year_before, 0, s) and not text.endswith(pw.not_target_before, 0, s)


def _time_exprs(page: Page, start: int, end: int, dates: Sorted, year: Optional[int],
                word_firsts: set[str], fill: Optional[int] = None, late: bool = False,
                present: Optional[frozenset[str]] = None) -> list[tuple[int, int, Optional[str], str]]:
    """(start, end, period, kind) of each time expression between start and end (kind: see _kind,
    and "now" for a news story's 已达 and "day" for 今天, which lead no sentence); word_firsts: the
    first characters of the relative or as-of-now words that start there (most sentences have none);
    present: the scans that may find something there (time_sites.py; the others are skipped)."""
    text = page.text
    dateline = _period_words().dateline_after
    out = []
    taken: set[int] = set()
    for d in dates.inside(start, end):
        s = d.norm_start
        taken.update(range(s, d.norm_end))
        if text.startswith(dateline, d.norm_end) and not _YEAR.match(str(d.value or "")):
            continue  # 本报北京1月8日电: when the news was filed, not what it reports
        value = str(d.value or "")
        bare = int(value) if _YEAR_ONLY.fullmatch(value) and d.value_max is None else None
        # 从2020年的3.68万亿元, 由1954年的11%: the year of a starting level only, like a base
        from_level = d.value_max is None and text.endswith(_period_words().from_before, 0, s) and \
            text.startswith(_period_words().not_as_of_after, d.norm_end)
        period = date_period(page, d, fill or year, year)
        to_now = since_to_now(text, s, d.norm_end, period)
        if to_now:
            # 从1970年至今 reads as 1970年以来: the years since, its 至今 no time of its own
            period = f"{period}/.."
            taken.update(range(d.norm_end, d.norm_end + len(to_now)))
        elif closed := since_closed_now(text, d.norm_end, period):
            taken.update(range(*closed))  # 从去年４月本报推出专栏至今: its 至今 closes the since
        out.append((s, d.norm_end, period,
                    "base" if from_level else _kind(text, s, bare, fill or year, d.norm_end)))
    # 到2000年出口达到800亿美元: the year aimed at, not "as of" (once 1993年10月至1995年 is joined); a
    # year's end before the writing's year stays a stock as of it (增加到2012年末的15.2万亿元 in a 2013
    # report, read after 五年来 whose first year makes 到2012年 look ahead)
    out = [(a, b, p[3:] if k == "target" and p and p.startswith("../") and not _past_end(p, year) else p, k)
           for a, b, p, k in joined_ranges(text, out)]
    for at, stop, period in five_year_periods(text, start, end, year) if may(present, "five_years") else ():
        if at not in taken:  # 这五年, “十四五”时期: a span like a year's
            taken.update(range(at, stop))
            out.append((at, stop, period, _kind(text, at, end=stop)))
            out.sort(key=lambda t: t[0])
    for at, stop, period in school_year_periods(text, start, end) if may(present, "school_years") else ():
        # 2025/2026学年, 上学年: the teaching year's span (a year a date rule read inside it is none of its own)
        out = [t for t in out if not at <= t[0] < stop]
        taken.update(range(at, stop))
        out.append((at, stop, period, _kind(text, at, end=stop)))
        out.sort(key=lambda t: t[0])
    for at, stop, period in event_since_periods(text, start, end) if may(present, "since") else ():
        if at not in taken:  # 改革开放以来: the years since, for the facts after it in its sentence
            taken.update(range(at, stop))  # (坚持十一届三中全会以来的路线。…: no lead of the next ones)
            out.append((at, stop, period, _kind(text, at) or "recent"))
            out.sort(key=lambda t: t[0])
    for at, stop, period in opening_five_periods(text, start, end, year) if may(present, "five_years") else ():
        if at not in taken:  # 五年实际利用外资…: a total of its sentence, as 近三年累计 below
            taken.update(range(at, stop))
            out.append((at, stop, period, _kind(text, at) or "recent"))
            out.sort(key=lambda t: t[0])
    for at, stop, period in recent_year_periods(text, start, end, year) if may(present, "recent") else ():
        if at not in taken:  # 近三年累计…: the facts after it in its sentence; a report's next
            taken.update(range(at, stop))  # paragraphs go back to the year they review
            out.append((at, stop, period, _kind(text, at) or "recent"))
            out.sort(key=lambda t: t[0])
    for at, stop, n in first_months(text, start, end) if may(present, "first_months") else ():
        if at not in taken:  # 前11个月: a part of a year, like 前三季度
            taken.update(range(at, stop))
            out = [t for t in out if not (t[1] == at and t[2] and t[2].isdigit())]  # 1997年前11个月
            period = part_period(text, at, (1, n), year, fill)
            issued = issue_date(page.dated)
            named = _YEAR_BEFORE.search(text, max(0, at - 5), at) or \
                any(text.endswith(word, 0, at) for word, _ in scope_words().relative)
            if period and issued and not named and period.startswith(f"{issued.year}-") and n >= issued.month:
                last = issued.year - 1  # 前11个月 in a January page: the year before's
                period = f"{last}-01/{last}-{n:02d}"
            out.append((at, stop, period, _kind(text, at)))
            out.sort(key=lambda t: t[0])
    for at, stop, months in quarter_runs(text, start, end) if may(present, "quarter_runs") else ():
        if at not in taken:  # 2026年2-3季度, 一至三季度: a part of a year, read as a title's run is (document_time.py)
            # (before the words: 三季度 inside 一至三季度 is the run's last quarter, no part of its own)
            taken.update(range(at, stop))
            out = [t for t in out if not (t[1] == at and t[2] and t[2].isdigit())]  # 2026年2-3季度: the run's year
            # (与1-3季度相比: a comparison's base, as a part named by a word is)
            out.append((at, stop, part_period(text, at, months, year, fill), "base" if _kind(text, at) == "base" else ""))
            out.sort(key=lambda t: t[0])
    if not word_firsts:  # (in text order)
        return _issue_months(page, start, end, backgrounds(text, end, from_now_spans(text, out, year)), present)
    for word, period in time_words_starting(year, word_firsts):
        if late and word in _this_year_words() and period:
            period = str(int(period) - 1)  # 今年 in a dispatch of 12月30日: the year it was filed in
        # str.find, not a regex per word and sentence: the same non-overlapping matches, cheaper
        at = text.find(word, start, end) if word else -1
        while at >= 0:
            if at not in taken and text[at - 1:at] not in words_not_after().get(word, ()) and \
                    text[at + len(word):at + len(word) + 1] not in words_not_before().get(word, ()) and \
                    not ranks_now(text, word, at + len(word)) and \
                    not (period == "" and condition_view(text, at, word)):
                taken.update(range(at, at + len(word)))
                if isinstance(period, tuple):
                    # 全年: the year its sentence stated before it (1982年城市职工…全年…); a smaller
                    # part keeps the year the text speaks of (1995年为528户，到1997上半年…); not the year
                    # before opening a clause of its own figures (…；上年优良天数331天，…，全年优良天数增加8天)
                    own = [int(p) for a, _, p, k in out if a < at and not k and p and p.isdigit()
                           and period == (1, 12) and not opens_base_clause(text, a, out)]
                    part = part_period(text, at, period[:2], year, own[-1] if own else fill)
                    # 与上半年相比, 比一季度: a comparison's base, like 比上年
                    part_kind = "base" if _kind(text, at) == "base" else ""
                    found = (part, part_kind) if len(period) == 2 else _year_point(text, at, word, period[2], part)
                    if found:
                        # 1997年第四季度: the year written is the part's, no period of its own
                        out = [t for t in out if not (t[1] == at and t[2] and t[2].isdigit())]
                        out.append((at, at + len(word), *found))
                elif period and period.startswith("../") and (spoken(text, at + len(word), end)
                                                             or text.endswith(opinion_before(), 0, at)):
                    # 日前报道: the day a source spoke, not the time of what it said; 观众认为现在的电视剧…:
                    # what an opinion is about, not the time of the survey's shares around it
                    pass
                else:
                    out.append((at, at + len(word), *_word_period(page, out, at, word, period)))
            at = text.find(word, at + len(word), end)
    out.sort(key=lambda t: t[0])
    if year and issue_date(page.dated):
        out = news_now(text, start, end, year, out)
    return _issue_months(page, start, end, backgrounds(text, end, from_now_spans(text, out, year)), present)


def _word_period(page: Page, out: list[tuple[int, int, Optional[str], str]], at: int, word: str,
                 period: Optional[str]) -> tuple[Optional[str], str]:
    """(period, kind) of the relative or as-of word at `at` (去年, 目前, 截至去年末), period being the
    word's own: as the words right after it shape it, and whether it is a base, a target or the whole
    history; out: the time expressions found before it (同期 takes its months from them)."""
    text = page.text
    here = period  # (shaped below by the words right after the word)
    part, width = calendar_name(text, at + len(word)) if word in _this_year_words() and (here or "").isdigit() \
        else ("", 0)  # 今年元旦期间: a month of the year named (1998-01); not a span's start (从今年元旦至…)
    here = f"{here}-{part}" if part and text[at + len(word) + width:][:1] not in "至到—" else here
    issued = issue_date(page.dated) if word in scope_words().as_of_writing else None
    if issued and here == f"../{issued.year}":
        # 截至目前 (not a plain 目前: the month itself), 建国以来共获得…: as of the writing
        here = f"../{issued.year}-{issued.month:02d}"
    if here and here.isdigit() and text.startswith(_period_words().year_end, at + len(word)):
        here = f"../{here}-12"  # 截至去年末: the stock at that year's end
    if here and here.isdigit() and text.startswith(_period_words().same_time, at + len(word)):
        here = same_months(out, at, here)
    # 由目前的9%增至11%, 从去年的…: the time of a starting level only, like a base
    # (由今年预计的3%提高到4%: a forecast level of the year, still the start's)
    # (由去年同期的每公斤11.80元降至…: the same months' level, past its 同期)
    word_end = at + len(word) + len(next((w for w in _period_words().same_time if text.startswith(w, at + len(word))), ""))
    of = next((w for w in level_of_words() if text.startswith(w, word_end)), None)
    if of is None and _FIGURE_AT.match(text, word_end):
        of = ""  # 由上年18亿元增加到95亿元: the level right after its time word, no 的
    from_level = text.endswith(_period_words().from_before, 0, at) and of is not None and \
        bool(_LEVEL_AFTER.match(text, word_end + len(of)))  # not 从目前的情况看
    kind = "base" if from_level else _kind(text, at, end=at + len(word))
    if not kind and aimed_at(text, at, word):
        kind = "target"  # 到本世纪末基本解决…: a year aimed at, like 到2000年
    if not kind and here == "" and in_superlative(text, at, at + len(word)):
        kind = "base"  # 是近些年来上涨幅度最大的一年: what a figure ranks against (extractor/period_superlative.py)
    if not kind and word in scope_words().whole_history:
        # 建国以来共获得…: its own clause's facts after it (to a semicolon), no lead
        kind = "history"
    return here, kind


def _year_point(text: str, at: int, word: str, which: str, part: Optional[str]) -> Optional[tuple[str, str]]:
    """(period, kind) of 到年底, 截至年末: as of the year's last month; of 由年初的530多家: its
    first month's level, the starting number's only (a base); otherwise None: no period."""
    pw = _period_words()
    level = text.endswith(pw.from_before, 0, at) and text.startswith(pw.not_as_of_after, at + len(word))
    # 年底 only after a word of "as of" (到年底, 截至年末, 增加到年末的): 每年年末, 时值年底 and
    # 年底可能升至 say when, not as of when
    if part is None or not (level if which == "start" else text.endswith(scope_words().as_of, 0, at)):
        return None
    return f"../{part[:7]}", "base" if level and which == "start" else _kind(text, at)


_DAY_NUMBER = r"[0-9０-９]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
# a day of a month (本月８日), or a run of its days (本月８日至１５日: the 8th to the 15th)
_MONTH_DAY = re.compile(rf"(?P<d>{_DAY_NUMBER})[日号](?:[至到—－-](?P<e>{_DAY_NUMBER})[日号])?")
_DAY_NUMBERS = str.maketrans("０１２３４５６７８９", "0123456789")
_DAY_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def month_day(text: str, at: int, month: str) -> Optional[tuple[str, int]]:
    """(the day or run of days, where it ends) written right at `at` after a month word (本月８日, 上月二十日: the 8th,
    the 20th of the month the word counts; 本月８日至１５日: 1998-01-08/1998-01-15); None where no day is written
    there or it is no day of a month."""
    m = _MONTH_DAY.match(text, at)
    if not m:
        return None
    first, last = _day_number(m.group("d")), _day_number(m.group("e") or m.group("d"))
    if not 1 <= first <= last <= 31:
        return None
    return (f"{month}-{first:02d}" if first == last else f"{month}-{first:02d}/{month}-{last:02d}"), m.end()


def _day_number(written: str) -> int:
    """８, ２６, 七, 十五, 二十, 三十一 as a number."""
    d = written.translate(_DAY_NUMBERS)
    if d.isdigit():
        return int(d)
    tens, _, ones = d.partition("十")
    return (_DAY_DIGITS[tens] if tens else 1) * 10 + (_DAY_DIGITS[ones] if ones else 0) if "十" in d else _DAY_DIGITS[d]


def _issue_months(page: Page, start: int, end: int, found: list[tuple[int, int, Optional[str], str]],
                  present: Optional[frozenset[str]] = None) -> list[tuple[int, int, Optional[str], str]]:
    """上个月, 本月 (data/period.toml issue_months): months counted from the page's issue month."""
    issued = issue_date(page.dated)
    if not issued or not may(present, "issue_months"):
        return found
    text = page.text
    added = False
    for word, delta in issue_month_words():
        at = text.find(word, start, end)
        while at >= 0:
            if not any(a <= at < b for a, b, _, _ in found):
                months = issued.year * 12 + issued.month - 1 + delta
                month = f"{months // 12}-{months % 12 + 1:02d}"
                day = month_day(text, at + len(word), month)
                if day:  # 本月８日，６个…国的警方首脑在罗马开会: a day of that month, its own sentence's too
                    # (a day read alone inside it, 至１５日, is this run's end, not a date of its own)
                    found = [*[t for t in found if not at <= t[0] < day[1]], (at, day[1], day[0], _kind(text, at) or "day")]
                else:  # its own sentence's facts after it, like 今天: a story's next sentences go on to others
                    found = [*found, (at, at + len(word), month, _kind(text, at) or "month")]
                added = True
            at = text.find(word, at + len(word), end)
    for word in issue_holidays():
        at = text.find(word, start, end)
        while at >= 0:
            day = None if any(a <= at < b for a, b, _, _ in found) else holiday_period(text, at, issued)
            if day:  # 元旦这一天，…: a day like a date, for its sentence and the next ones of its paragraph
                found = [*found, (at, at + day[1], day[0], _kind(text, at))]
                added = True
            at = text.find(word, at + len(word), end)
    return sorted(found, key=lambda t: t[0]) if added else found
