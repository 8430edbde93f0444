"""The time expressions of a sentence (extractor/scope.py reads the period of each fact from
them): dates, relative words (去年, 今年以来), words of the present (目前), parts of a year
(上半年), five-year words, times that name no period (近几年), and in a news story what stands
already (已达); each with its period and its kind (a comparison's base, a target, or a period).
Words: extractor/time_words.py (data/names/scope.toml and data/period.toml); what each time is to its facts:
time_kinds.py; a relative word's period: time_word_periods.py; months counted from the issue: issue_months.py."""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from .date_periods import YEAR_ONLY as _YEAR_ONLY, date_period
from .period_event_label import event_labels
from .period_document_year import document_labels
from .period_holiday import holiday_span, holiday_words, holidays
from .five_years import five_year_periods, opening_five_periods
from .recent_years import counted_year_periods, event_since_periods, recent_year_periods
from .issue_date import issue_date
from .issue_months import issue_months
from .layout import Sentence
from .page import Page
from .period_anchored import anchored_years
from .period_base_clause import opens_base_clause
from .period_school_year import school_year_periods
from .datelines import signed_ends as _signed_ends
from .dispatch_now import now_of_the_day
from .period_that_day import is_that_day_word, names_that_day, that_day
from .period_shapes import (first_months, period_words as _period_words, ranks_now, words_not_after,
                            words_not_before)
from .period_spans import backgrounds, joined_ranges
from .period_runs import quarter_runs
from .place_scope import Sorted
from .time_exprs_named import named_years
from .time_exprs_words import (YEAR_BEFORE as _YEAR_BEFORE, condition_view, from_now_spans, news_now, opinion_before,
                               since_closed_now, since_to_now, spoken, week_span, week_words, part_period)
from .period_notice_date import notice_dates
from .time_kinds import time_kind
from .time_sites import TimeSites, may
from .time_words import scope_words, time_words_starting
from .time_word_periods import this_year_words, word_period, year_point
from .word_starts import starts_scanner

_YEAR = re.compile(r"^(\d{4})")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


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
                points_back = is_that_day_word(word)
                if i >= 0 and self.datelines[i][1] == sent.article and \
                        not any(a <= at < b for a, b, _, _ in found) and (not points_back or names_that_day(text, at, word)):
                    filed = date.fromisoformat(self.datelines[i][2])
                    day = filed + timedelta(days=delta if isinstance(delta, int) else 0)
                    if points_back:  # 当天: the day written or named last before it in its paragraph (period_that_day.py)
                        para = self.page.layout.paragraphs[sent.paragraph]
                        day = that_day(self.page, self.dates, para.start, at, filed, scope_words().days)
                    if not isinstance(delta, int):
                        # 本周 in a dispatch of Friday 2 January: its Monday to that day; 上周: the week before
                        # (its own facts', like 今天; no 已 after it is an as-of of the writing)
                        found = [t for t in found if not (t[3] == "now" and t[0] > at)]
                        found.append((at, at + len(word), week_span(filed, delta[1]), time_kind(text, at) or "day"))
                    elif word.startswith(scope_words().as_of):
                        # 截至当日中午，…已有５２万选民投票: as of that day, for the sentences after it
                        # too (a list of figures as of a day), and no 已有 after it is another as-of
                        # (nor the 今天 inside 截至今天, read before as a year's as-of)
                        found = [t for t in found if not (t[3] == "now" and t[0] > at)
                                 and not at <= t[0] < t[1] <= at + len(word)]
                        found.append((at, at + len(word), f"../{day.isoformat()}", time_kind(text, at)))
                    else:
                        # the day is its own facts' (今天从海关总署了解到，1997年…: no lead of the sentence)
                        found = [*found, (at, at + len(word), day.isoformat(), time_kind(text, at) or "day")]
                        # what stands already after it (今天共有…, 当天已有…) is as of that day: news_now reads the
                        # writing's only where its sentence states no time before it (not past a word of speaking)
                        found = [t for t in found if not (t[3] == "now" and t[0] > at and not any(
                            v in text[at:t[0]] for v in scope_words().report_verbs))]
                        if delta == 0:  # …某仓库今天起火，目前已有两人受伤: the now of that day's event
                            found = now_of_the_day(text, at, at + len(word), found, day.isoformat())
                    added = True
                at = text.find(word, at + len(word), sent.end)
        return sorted(found, key=lambda t: t[0]) if added else found


def _past_end(period: str, year: Optional[int]) -> bool:
    """An as-of period (../2012-12) of a year before the writing's."""
    first = period[3:7]
    return year is not None and first.isdigit() and int(first) < year


def _time_exprs(page: Page, start: int, end: int, dates: Sorted, year: Optional[int],
                word_firsts: set[str], fill: Optional[int] = None, late: bool = False,
                present: Optional[frozenset[str]] = None) -> list[tuple[int, int, Optional[str], str]]:
    """(start, end, period, kind) of each time expression between start and end (kind: see time_kinds.py,
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
                    "base" if from_level else time_kind(text, s, bare, fill or year, d.norm_end)))
    # 到2000年出口达到800亿美元: the year aimed at, not "as of" (once 1993年10月至1995年 is joined); a
    # year's end before the writing's year stays a stock as of it (增加到2012年末的15.2万亿元 in a 2013
    # report, read after 五年来 whose first year makes 到2012年 look ahead)
    out = [(a, b, p[3:] if k == "target" and p and p.startswith("../") and not _past_end(p, year) else p, k)
           for a, b, p, k in joined_ranges(text, out)]
    for at, stop, period in five_year_periods(text, start, end, year) if may(present, "five_years") else ():
        if at not in taken:  # 这五年, “十四五”时期: a span like a year's
            taken.update(range(at, stop))
            out.append((at, stop, period, time_kind(text, at, end=stop)))
            out.sort(key=lambda t: t[0])
    for at, stop, period in school_year_periods(text, start, end) if may(present, "school_years") else ():
        # 2025/2026学年, 上学年: the teaching year's span (a year a date rule read inside it is none of its own)
        out = [t for t in out if not at <= t[0] < stop]
        taken.update(range(at, stop))
        out.append((at, stop, period, time_kind(text, at, end=stop)))
        out.sort(key=lambda t: t[0])
    for at, stop, period in event_since_periods(text, start, end) if may(present, "since") else ():
        if at not in taken:  # 改革开放以来: the years since, for the facts after it in its sentence
            taken.update(range(at, stop))  # (坚持十一届三中全会以来的路线。…: no lead of the next ones)
            out.append((at, stop, period, time_kind(text, at) or "recent"))
            out.sort(key=lambda t: t[0])
    for at, stop, period in opening_five_periods(text, start, end, year) if may(present, "five_years") else ():
        if at not in taken:  # 五年实际利用外资…: a total of its sentence, as 近三年累计 below
            taken.update(range(at, stop))
            out.append((at, stop, period, time_kind(text, at) or "recent"))
            out.sort(key=lambda t: t[0])
    for at, stop, period in recent_year_periods(text, start, end, year) if may(present, "recent") else ():
        if at not in taken:  # 近三年累计…: the facts after it in its sentence; a report's next
            taken.update(range(at, stop))  # paragraphs go back to the year they review
            out.append((at, stop, period, time_kind(text, at) or "recent"))
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
            out.append((at, stop, period, time_kind(text, at)))
            out.sort(key=lambda t: t[0])
    for at, stop, months in quarter_runs(text, start, end) if may(present, "quarter_runs") else ():
        if at not in taken:  # 2026年2-3季度, 一至三季度: a part of a year, read as a title's run is (document_time.py)
            # (before the words: 三季度 inside 一至三季度 is the run's last quarter, no part of its own)
            taken.update(range(at, stop))
            out = [t for t in out if not (t[1] == at and t[2] and t[2].isdigit())]  # 2026年2-3季度: the run's year
            # (与1-3季度相比: a comparison's base, as a part named by a word is)
            out.append((at, stop, part_period(text, at, months, year, fill), "base" if time_kind(text, at) == "base" else ""))
            out.sort(key=lambda t: t[0])
    if not word_firsts:  # (in text order)
        return issue_months(page, start, end, backgrounds(text, end, from_now_spans(text, out, year)), present)
    for word, period in time_words_starting(year, word_firsts):
        if late and word in this_year_words() and period:
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
                    part_kind = "base" if time_kind(text, at) == "base" else ""
                    found = (part, part_kind) if len(period) == 2 else year_point(text, at, word, period[2], part)
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
                    out.append((at, at + len(word), *word_period(page, out, at, word, period)))
            at = text.find(word, at + len(word), end)
    out.sort(key=lambda t: t[0])
    if year and issue_date(page.dated):
        out = news_now(text, start, end, year, out)
    return issue_months(page, start, end, backgrounds(text, end, from_now_spans(text, out, year)), present)
