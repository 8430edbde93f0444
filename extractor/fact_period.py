"""The period of one fact from the times its sentence states before it and what the sentence carries: a base's own
number (比上年的…), a change's two years, a within phrase, a level standing since, a history's count, a yearly
average; apart from scope.py, which walks the page and gives each fact its sentence's and article's times."""
from __future__ import annotations

import re
from typing import Optional

from .clauses import BREAK_CLASS
from .habits import habitual
from .span_flows import list_head
from .recent_years import consecutive_years, ordinal_part
from .span_points import change_start, history_count, level_since, span_point
from .issue_date import issue_date, issue_year
from .layout import Sentence
from .page import Page
from .period_spans import yearly_average
from .period_same_before import same_period_before
from .period_base_clause import base_clause_only, bracketed_base, opens_base_clause
from .period_speech import speakers_now
from .period_vague import reckoned_on, standing_after_vague, supposes
from .lead_times import NOW
from .period_shapes import change_end, change_over_year, period_words as _period_words, since_base
from .record import Record
from .date_periods import date_period
from .time_exprs import Times
from .time_exprs_spans import subject_day, year_before_discussed
from .time_exprs_words import multiplies_a_base
from .time_exprs_words import year_before_words
from .time_exprs_carry import marked_now_after, now_marked


STATEMENT_BREAK = re.compile("[；;]")
_ITEM_DATE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")  # a month or a day
_ITEM_LEAD = 4  # characters from an item's start within which a time opens it (；７月１日，…)
_YEARS = re.compile(r"^\d{4}(?:/\d{4})?$")


_FIGURE = re.compile(r"[0-9０-９]")  # a number between a base and a fact: the base's own is that one


def item_start(text: str, start: int, at: int) -> int:
    """Where the item of a sentence's list (its stretch after the last `；` before at) begins."""
    return max(start, text.rfind("；", start, at) + 1, text.rfind(";", start, at) + 1)


def period_of(page: Page, fact: Record, times: Times, sent: Optional[Sentence], year: Optional[int],
               carried: Optional[str], fill: Optional[int] = None,
               reported: Optional[int | str] = None, stood: Optional[str] = None) -> Optional[str]:
    """The fact's period; carried: its sentence's (the sentence's own lead, else what stood before
    it); stood: what stood before the sentence."""
    if fact.type == "date":
        return date_period(page, fact, fill or year, year)
    pos = fact.norm_start
    text = page.text
    reach = _period_words().base_reach
    before = []
    base: Optional[tuple[int, str]] = None
    pw = _period_words()
    # 从2020年的…增长到2025年的…: the two years of a change, where it ends, and what stood before it
    pair: Optional[tuple[str, str, int, Optional[str]]] = None
    last_end: Optional[int] = None  # where the last time of the sentence before the number ends
    base_from = False
    supposed = False  # after a condition (只要…): the later times of the sentence are the reckoning's (period_vague.py)
    found = times.of(sent, year, fill)
    # the sentence opens with a year or a span of years (去年，…; １９９７年，…), which its list's items go on with
    opened_by_year = sent is not None and bool(found) and found[0][0] - sent.start <= _ITEM_LEAD \
        and bool(_YEARS.match(found[0][2] or "")) and not found[0][3]
    for at, end, period, kind in found:
        if at >= pos or period is None or (kind and not period and kind != "base") or kind in ("price", "label"):
            continue  # (a base naming no period, 低于近年来每年２０次的平均数, still gives its own number none)
        if supposed and sent is not None and reckoned_on(text, sent.start, at, end):
            continue  # 只要…，按１９９７年的产量计算，就可以…: the year the reckoning rests on, not the supposed figure's
        if NOW.match(period) and not kind and sent is not None and speakers_now(
                text, sent.start, at, (last_end, before[-1]) if before and last_end is not None else None, carried,
                issue_year(page.dated)):
            continue  # １９６３年春，…说：“现在全村只有耕牛１２头…”: the speaker's now, the year the sentence states
        if period == "" and not kind and supposes(text, at):
            supposed = True
        if kind == "base":
            base_from = text.endswith(pw.from_before, 0, at)
        # what stood before the change: where the change's end year leads the sentence, carried is
        # that year itself, and the clauses after it (…增加到2010年的306亿元，共资助学生2130万名) would
        # take it; the period before the sentence (the five years of the review) is theirs
        pair = (base[1], period, end, before[-1] if before else stood or carried) \
            if base and base_from and kind in ("", "target") and at >= base[0] and base[1].isdigit() \
            and period.isdigit() else None
        if kind == "history" and STATEMENT_BREAK.search(text, end, pos):
            continue  # 建国以来共获得1123项…；全国体育场馆总计达…: another statement's
        if base_clause_only(text, at, pos, found):
            continue  # …，上年为1666.4万人次，增长9.6%: the base clause's year is its own number's
        if bracketed_base(text, at, end, pos):
            continue  # 涨幅比上月(9月份上涨0.4%)扩大0.2个百分点: the bracket's figure's time, not the one after it
        if opens_base_clause(text, at, found):  # its own number: 上年 is the year before the one the sentence speaks of
            discussed = before[-1] if before else carried
            period = same_period_before(text, at, discussed) or \
                year_before_discussed(text[at:end], period, discussed, None)
        if opened_by_year and _ITEM_DATE.match(period) and STATEMENT_BREAK.search(text, end, pos) \
                and at - item_start(text, sent.start, at) > _ITEM_LEAD:
            # 去年，…；某工程实现了７月１日通气点火；…发放救济金２０１２万元: in a sentence a year opens, a day said
            # inside a later item of its list (not opening it) is that item's; the next items keep the year
            continue
        if kind == "within":  # 在1996年增长9.7%的基础上: the facts inside the phrase only
            if pos < end:  # (在上年增长…的基础上: the year before the one the sentence speaks of)
                word = next((w for w in year_before_words() if text.startswith(w, at)), "")
                before.append(year_before_discussed(word, period, before[-1] if before else carried,
                                                    issue_year(page.dated)))
            continue
        if kind == "base":
            base = (end, period)
            # 比上年的64860元: the base's own number takes the year before; the compared one does not
            gap = text[end:pos]
            if text.endswith(pw.compared_before, 0, at):
                # 快于2024年1.8个百分点: the difference; 低于1985年增长44.6%的速度, 高于上年的2.2%: the base's own
                own = gap.startswith("的") or text.startswith(pw.compared_own_after, fact.norm_end)
            else:
                # 由上年下降2.3%转为增长8.5%: after 由/从 the change right after the base is the base's own
                if base_from:  # 从2020年的38000元和14200元: a later item of the base's list is its own too
                    gap = text[end:list_head(text, pos)]
                own = (base_from and not _FIGURE.search(gap)) or not _period_words().compared_by.search(gap)
                # 为１９５５年的９８．８８％, 是上年的２倍: the compared figure's ratio to the base, not its own
                own = own and not (not text.endswith(pw.base_before, 0, at) and multiplies_a_base(text, at, end))
            if len(gap) <= reach and not BREAK_CLASS.search(gap) and own:
                before.append(same_period_before(text, at, carried)  # 比上年同期的…, under 10月份: 2025-10
                              or year_before_discussed(text[at:end], period, carried, issue_year(page.dated)))
            continue
        if base and at >= base[0] and (base_from or not text.startswith(pw.base_after, base[0])):
            # 从2020年的…增长到2025年的4.93万亿元: the number's own year comes after the base; not
            # after a comparison set before it (同一九五二年相比，一九五七年…增长: the years since the base)
            base = None
        before.append(period)
        last_end = end
    if not before and sent is not None:
        day = subject_day(text, times.of(sent, year, fill), fact.norm_end, sent.end)
        if day:  # 来自４０多个国家的９００多名学者今天在这里集会: the day the sentence goes on to name
            return day
    if pair and before[-1] == pair[1] and BREAK_CLASS.search(text, pair[2], pos):
        # a later clause of the same sentence (…、一般公共预算收入从612.4亿元增长到705.8亿元，
        # 规上工业增加值年均增长6.5%): a change from the same first year, else what stood before (a
        # level reached in it: its last year, extractor/span_points.py)
        start, end_year, _, prior = pair
        if text.endswith(pw.from_before, 0, pos):
            return start
        if change_end(text, sent.start if sent else 0, pos):
            return end_year  # …，其中某费从４１．５％降低到２１．１％: the end of a change between the same two years
        if prior:  # not a time that names no period (近年来): the change's own year, as before
            before.append(prior)
    issued = issue_date(page.dated)
    if before == [""] and issued and last_end is not None and standing_after_vague(text, last_end, pos):
        return f"../{issued.year}"  # 近年来，…全县已有农民技术员…名: standing at the writing (period_vague.py)
    if before and issued and last_end is not None and marked_now_after(text, last_end, pos, before[-1], issued.year):
        return f"../{issued.year}"  # …全年生产…；全行业…已累计安置…４．９万人: standing now, in a clause of its own
    if before and year is not None and issued and level_since(text, pos, before[-1]):
        return f"../{year}"  # 改革开放以来，…全国有3亿多人: what stands now (the month of issue)
    if before and issued and fact.type in ("count", "money") and history_count(text, pos, before[-1]):
        return f"../{issued.year}-{issued.month:02d}"  # 新中国成立以来，共培养…: as of the writing
    if before:
        return yearly_average(text, pos, ordinal_part(text, sent.start, pos, consecutive_years(text, pos, since_base(
            text, pos, base, change_over_year(text, pos, span_point(text, pos, before[-1] if base else change_start(
                text, pos, before[-1], sent.start if sent else 0)))))), stood)
    if issued and fact.type != "duration" and (carried is None or carried.isdigit() and int(carried) >= issued.year - 1) \
            and now_marked(text, sent.start if sent else 0, pos):
        return f"../{issued.year}"  # 全区已有363个, 还有15%: what stands at the writing (the month of issue)
    if habitual(text, sent.start if sent else 0, pos, carried, issued):
        # 垦区每年划拨…, nothing dating it in its sentence: a habit, of no year the story stated before nor
        # of its dateline (extractor/habits.py); a time its sentence states before it (…说，…每年还送来,
        # 从１９９８年到２０００年每年…) stays its period
        return None
    if carried is None and reported is not None:
        return str(reported)  # no time in the article before the fact: the year (a dispatch's month) it reports
    # (a change against a base year more than a year back, 比2010年下降18.2% after 2015年 stated before its
    # sentence: the years after the base, as where its own sentence names the year)
    period = consecutive_years(text, pos, since_base(text, pos, base, change_over_year(text, pos, span_point(
        text, pos, change_start(text, pos, carried, sent.start if sent else 0)))))
    return ordinal_part(text, sent.start, pos, period) if sent else period
