"""What period each sentence of a page states or carries on from the sentences before it, for
extractor/scope.py to give the sentence's facts: a time stated goes on to the article's next
sentences, within the limits scope.py's docstring lists (a stock as of a year's end is its
paragraph's, a feature goes paragraph by paragraph, a report given in a named year is one text
per document, a second dispatch starts afresh)."""
from __future__ import annotations

import re
from typing import Callable, Optional

from .article_years import OpeningYears
from .datelines import opens_dispatch
from .document_time import section_clock, year_of
from .documents import document_finder
from .issue_date import Issued, issue_date, issue_year
from .page import Page
from .period_base_clause import opens_base_clause
from .period_shapes import carried_on, opening_period
from .period_month_run import counterpart, month_or_run
from .period_notice_date import goes_on
from .period_breakdown import part_of_stood
from .period_event_day import event_day, opening_event_day, opens_background
from .period_from_day import from_day
from .period_look_back import looks_back, opens_section, sub_section_span, whole_year_aside
from .period_release import after_part, release_span
from .period_reviews import selected_years
from .period_spans import decided_span, goal_span
from .period_speech import reported
from .period_year_end import past_as_of_month
from .record import Record
from .time_exprs import Times, scope_words
from .time_exprs_carry import (TOPIC_MARK, dated, glossed, in_reason_clause, names_a_report, part_months,
                               plan_after_given, plan_named_inside, proposed_then, standing_now, starting_level,
                               whole_year, year_of_plan, year_of_span)
from .time_exprs_words import period_list
from .time_exprs_spans import dispatch_day, inside_span, is_heading, opening_day

_PERIOD_YEAR = re.compile(r"(\d{4})")
_YEARS_IN = re.compile(r"\d{4}")
_PART = re.compile(r"^(\d{4})-\d{2}/\1-\d{2}$")
_SINCE_SPAN = re.compile(r"^\d{4}/(?:\d{4}|\.\.)$")  # a since (1996/.., or resolved to the writing: 1996/1997)
_VAGUE_LEAD = 4  # 近几年 opening a sentence is its period (none); later in it, only the facts' after it
_NOW = re.compile(r"^\.\./\d{4}$")  # as of the writing (目前, 近日)
_YEAR_END_STOCK = re.compile(r"^\.\./\d{4}-12$")
_A_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_AS_OF_MONTH = re.compile(r"^\.\./\d{4}-\d{2}$")
_OPENING_CLAUSE = re.compile("[，；。！？\n]")  # a clause before a time: it opens no story
_SENTENCE_ENDS = ("。", "！", "？")
_SCENE = re.compile(r"^\d{4}-\d{2}-\d{2}$")  # a day (a month opening a paragraph is an occasion: 去年９月，某人来到…)


def _year_before(period: str, carried: Optional[str]) -> bool:
    """Whether period starts in a year before the one carried starts in (a report's cause from the year before,
    由于上一年的收成较好, under the year it speaks of; not 由于今年春季… in a report reviewing the year before: the
    report's own year goes on)."""
    first, then = _PERIOD_YEAR.search(period or ""), _PERIOD_YEAR.search(carried or "")
    return bool(first and then) and first.group(1) < then.group(1)


def over_years(period: Optional[str]) -> bool:
    """Whether a period spans more than one calendar year (2021/2025, 2024-10/2025-03, 2012/..), so names no one year."""
    years = _YEARS_IN.findall(period or "")
    return "/" in (period or "") and (len(set(years)) > 1 or period.endswith("/.."))


def last_fact_starts(facts: list[Record]) -> dict[int, int]:
    """Where each article's last fact starts (the article of a fact is its sentence's)."""
    last: dict[int, int] = {}
    for f in facts:
        if f.norm_start > last.get(f.article, -1):
            last[f.article] = f.norm_start
    return last


def quoted(text: str, start: int, at: int) -> bool:
    """Whether `at` lies inside a quotation (“…) opened after `start` (its paragraph's start) and not yet closed."""
    return text.count("“", start, at) > text.count("”", start, at)


def ahead_of(lead: Optional[str], issued: Optional[Issued]) -> bool:
    """Whether a news story's time lies in a year after the one it was issued in (将在２０００年…竖立倒计时钟,
    ＮＢＣ买下２０００年—２００８年…转播权): a plan or an event to come, which goes on only to the sentences that go
    on planning (plans_ahead); the others (the clock's height, shares of a sport's income) tell what stands when
    it was written, and their story has stated no year of its own for them. (A later month of the issue's year,
    今年６月以后…, goes on with that year as before; a span from the issue's year, 1998/2000, is not after.)"""
    if not issued or not lead:
        return False
    first = lead.removeprefix("../").split("/")[0]
    return first[:4].isdigit() and int(first[:4]) > issued.year


def earlier_scene(lead: Optional[str], issued: Optional[Issued]) -> bool:
    """Whether a time opening a feature's later paragraph is a day before the month of issue
    (１９９７年７月２３日下午１时许，…; 去年１０月２０日下午，…): a scene the writer tells, which the
    paragraphs after it go on with until one states a time of its own (８月１３日，…) or a heading."""
    if not issued or not lead or not _SCENE.match(lead):
        return False
    return lead[:7] < f"{issued.year}-{issued.month:02d}"


def later_month(lead: Optional[str], issued: Optional[Issued]) -> bool:
    """Whether a news story's time is a month of its issue's year after the month of issue (今年６月以后…,
    预定于今年３月１日…): the sentences after it that plan nothing go on with the year, not the month."""
    if not issued or not lead:
        return False
    first = lead.removeprefix("../").split("/")[0]
    return len(first) >= 7 and first[:4] == str(issued.year) and first[5:7].isdigit() and int(first[5:7]) > issued.month


def whole_years_before(opened: Optional[str], year: str) -> bool:
    """Whether the period a paragraph opened on is the year named, or a run of years ending with it."""
    return opened == year or bool(re.fullmatch(rf"\d{{4}}/{year}", opened or ""))


def plans_ahead(text: str, start: int, end: int) -> bool:
    """Whether the sentence between start and end speaks of what is to come (将, 争取, 计划: data/period.toml
    plan_words)."""
    return any(text.find(w, start, end) >= 0 for w in period_list("plan_words"))


def holding_run(before: Optional[str], part: str) -> Optional[str]:
    """The run of a year's months that stood before a sentence stating a part of that year (2026-01/2026-10 before
    前三季度, 2026-01/2026-09) where the run holds the part: what the sentences after the part go back to; else None."""
    run, inner = _PART.match(before or ""), _PART.match(part)
    if not run or not inner or run.group(1) != inner.group(1) or before == part:
        return None
    return before if before[:7] <= part[:7] and part[-7:] <= before[-7:] else None


def refined_lead(found: list, at: int, end: int, lead: Optional[str]) -> tuple[int, int, Optional[str]]:
    """A year word written right against the month or day that follows it (去年９月, 同年１２月３日) is
    one time, read as two expressions, the year first: an as-of (截至去年１０月底，…。其中，…) goes on as
    the count's date in any story; in a feature, which tells its story scene by scene, the sentences after
    it go on with the month (去年９月下旬，我又一次到郑州出差。…计价器上显示
    的是１５元), not the bare year. (A dispatch's month opening a sentence is when its act happened, 去年
    ４月，…确立了…方针: what the next sentences count is the year's, as the DEV gold reads it.)"""
    if not lead or not lead.isdigit():
        return at, end, lead
    nxt = next(((a, e, p) for a, e, p, kind in found if a == end and not kind and p), None)
    if nxt and nxt[2].removeprefix("../").startswith(lead + "-") and (
            "/" not in nxt[2].removeprefix("../") or _PART.match(nxt[2])):
        # (or a run of its months, 今年1至11月: one time, as 2025年1至11月 is read already)
        return at, nxt[1], nxt[2]
    return at, end, lead


def sentence_periods(page: Page, times: Times, writing: dict[int, int], years: dict[int, int],
                     doc_year: Callable[[int], Optional[int]], last_facts: Optional[dict[int, int]] = None,
                     kept: Optional[set[int]] = None
                     ) -> dict[int, tuple[Optional[str], Optional[int], int, Optional[str], bool]]:
    """For each sentence: its leading period, or the one carried from the article's sentences
    before it (a list of figures after `截至 11 月` keeps that period); and the year that a date
    written without one takes there (the last year the article stated before it, else its year).
    last_facts (article -> where its last fact starts): sentences after an article's last fact
    are not read. What a sentence carries goes only to its article's later sentences, so
    these give no fact anything, and reading their time expressions was a third of this loop.
    The last item: whether the article stated a year before the sentence. kept: the ids of the
    sentences whose entries are wanted (all where None); the others are still read in turn."""
    out: dict[int, tuple[Optional[str], Optional[int], int, Optional[str], bool]] = {}
    current: dict[int, Optional[str]] = {}
    opened: dict[int, Optional[str]] = {}  # the period that stood as each article's paragraph opened
    stated: dict[int, int] = {}
    reviewed: dict[int, str] = {}  # the first of a month and its run from January an article states
    paired: set[int] = set()  # the articles that went on to state the other of the two (extractor/period_month_run.py)
    spanned: dict[int, bool] = {}  # what is carried is a few years opening a sentence (４年间，…)
    # what stood before a news story's time to come (see ahead_of), for its sentences that plan nothing
    aside: dict[int, Optional[str]] = {}
    held: dict[int, str] = {}  # a dispatch's day named inside its first sentence, for its next paragraphs
    events: dict[int, str] = {}  # the day of the event an item's paragraph opened on (extractor/period_event_day.py)
    # on a page that names no day nor year (a user's file of a site's news item), the day its story's first sentence
    # opens with (１１月１８日上午，…签约活动…举行): the event it reports, while no paragraph states another time
    opened_on: dict[int, str] = {}
    firsts: set[int] = set()  # the articles whose first body sentence was read
    # a report's few recent years opening a paragraph of its five-year review (近两年，面对…): what stood
    # before them, which the next heading (（二）…) brings back
    sectioned: dict[int, Optional[str]] = {}
    # a yearly text's look back over the years ending with it ("十四五"时期(2021-2025年)…): what stood before it, which the
    # next heading of the first rank (二、…) brings back (extractor/period_look_back.py)
    looked_back: dict[int, tuple[Optional[str], Optional[int]]] = {}  # (and the year stated before it, for 全年, 年末)
    paragraph = -1
    # the period a sentence after its paragraph's first stated, while it stands (1至11月 closing a paragraph of the year),
    # and the articles whose paragraph stated a year before it (去年全县…, 全年引进…)
    inside: dict[int, Optional[str]] = {}
    year_led: set[int] = set()
    now_aside: dict[int, tuple[str, str]] = {}  # a 目前 of the writing, and the year reviewed that stood before it
    issued = issue_date(page.dated)
    # a news page's story without a dateline (本报北京1月4日讯, 新华社…电) is a feature: an
    # interview, a profile, a review
    features = {a.index for a in page.layout.articles
                if issued is not None and not dated(page, a.start, a.end)}
    told = OpeningYears()
    opening: dict[int, Optional[str]] = {}  # the period at the end of each article's first body paragraph
    scene: dict[int, str] = {}  # a later paragraph of a feature opened by a day of the issue's month
    # a later paragraph of a feature, after an opening that gives its paragraphs no time, opened by an
    # earlier day (去年１０月２０日下午，一辆长途客车…): the scene the next paragraphs go on to tell
    earlier: dict[int, str] = {}
    body: dict[int, bool] = {}
    released: dict[int, str] = {}  # the part of a year a release's title names (extractor/period_release.py)
    # a report given in a named year is one text, whatever blocks its layout finds: what a block
    # states goes on into the next (过去一年… then a block on reforms is still that year's)
    # (on a page joined from many such reports, each is its own text: 1984's opens on none of 1983's)
    one_text = issued is None and issue_year(page.dated) is not None
    document = document_finder(page.layout)
    last_any = max(last_facts.values(), default=-1) if last_facts else -1
    selections = selected_years(page, issued)  # an article listing a past year's selected events
    notice: dict[int, str] = {}  # the month of the notice the article printed last, while no other time is stated
    # a report's, bulletin's or release's own time and its sections' (extractor/document_time.py): what a heading
    # starts on, whatever the section before it stated
    clock = section_clock(page)
    clocked: set[int] = set()  # the articles a section's time was given to
    for sent in page.layout.sentences:
        art = document(sent.start) if one_text else sent.article
        opens_paragraph = sent.paragraph != paragraph
        if body.get(art) and opens_dispatch(page.text, sent.start, page.layout.paragraphs[sent.paragraph].end):
            # a second dispatch in the article (…。本报杭州1月12日电…), where its paragraph begins or
            # inside one the layout ran together, is a story of its own: what the first one stated
            # (１１日晨…) is not its
            current.pop(art, None), opened.pop(art, None), stated.pop(art, None), aside.pop(art, None)
        if art in sectioned and (is_heading(page.text, sent.start) or (
                opens_paragraph and page.layout.paragraphs[sent.paragraph].kind != "body")):
            current[art] = sectioned.pop(art)  # the next heading: the five years again
        if art in looked_back and opens_section(page.text, sent.start):
            current[art], year_before = looked_back.pop(art)  # 二、社会保险 after the five years' paragraph: the year
            if year_before is not None:
                stated[art] = year_before  # (全年, 年末 there: that year's, not the five years' first)
        if opens_paragraph:
            paragraph = sent.paragraph
            year_led.discard(art)
            back = now_aside.pop(art, None)
            if back and current.get(art) == back[0]:
                current[art] = back[1]  # (the year reviewed again: see 目前 below)
            if page.layout.paragraphs[sent.paragraph].kind != "body" or is_heading(page.text, sent.start):
                earlier.pop(art, None)  # a heading (二、百年大计…) ends the scene told before it
            # a month or a day (9月份后) is the period of its own paragraph: the next ones keep its
            # year; a stock as of a year's end (到1997年底) is its paragraph's only: the next ones keep the
            # period that stood before it
            event = held.pop(art, None)
            now = event or current.get(art)
            if _YEAR_END_STOCK.match(now or "") or spanned.pop(art, False):
                now = opened.get(art)
            elif _PART.match(now or "") and now == inside.get(art) and whole_years_before(opened.get(art), now[:4]):
                # months of the year said inside a paragraph that opened on the year, or on the years ending with it
                # (去年…。1至11月，…实现利润…。⏎农业结构调整…; 五年来，…。全年…。1-11月，…。⏎巩固衔接…): that
                # paragraph's; the next ones go back to the year
                now = now[:4]
            if sent.article in features:
                # a feature goes from one matter to the next by paragraphs: only the time of its
                # opening (１９９７年，… in a year's review) stands for the paragraphs that state none
                if art not in opening and body.get(art):
                    opening[art] = opening_period(now, issued) if told.reviews(art) else None  # (article_years.OpeningYears)
                elif art in opening and opening[art] is None and art in scene:
                    # an opening that states no time, then a paragraph opened by a day of the days the
                    # page was issued in (１月３日上午，记者驾车…): the scene the paragraphs after it go on
                    # to tell (not a day said inside a paragraph: 下一篇将于１月２０日刊出, 今年元旦期间…)
                    opening[art] = scene[art]
                now = opening.get(art)
                if now is None and art in earlier:
                    now = event = earlier[art]  # (as the scene's day, not carried_on's year)
            # the dispatch's own day (今天在京受到表彰 in a 1月13日 dispatch) goes on with the event it
            # reports into its next paragraphs (在这次表彰的先进集体中…); another day, its paragraph's only
            if art in paired and counterpart(now, reviewed.get(art)):
                now = reviewed[art]  # (extractor/period_month_run.py)
            current[art] = now if now and (now == event or now == dispatch_day(times, sent) or now == opened_on.get(art) or (
                now == events.get(art) and not opens_background(page.text, sent.start)) or (
                now == reviewed.get(art) and art in paired)) else carried_on(now, issued)
            if goes_on(notice.get(art), current.get(art)):
                current[art] = notice[art]  # (the award's next paragraph, the next notice: the month, not its year)
            opened[art] = current[art]
        if clock:  # (a heading may open a sentence of a paragraph the layout ran together: …。（二）农机装备。…)
            reset = clock.opening(page.text, sent.start, opens_paragraph, current.get(art), art not in clocked)
            if reset is not None:
                clocked.add(art)
                current[art] = opened[art] = reset
                stated[art] = year_of(reset) or stated.get(art)
                for held_back in (looked_back, sectioned, aside, spanned, notice):
                    held_back.pop(art, None)  # (what they hold back is the section before's)
        if art in aside and not plans_ahead(page.text, sent.start, sent.end):
            current[art] = aside.pop(art)  # a time to come carried on stops at a sentence that plans nothing
        if page.layout.paragraphs[sent.paragraph].kind == "body":
            body[art] = True
        if last_facts is not None and sent.start > (last_any if one_text else last_facts.get(sent.article, -1)):
            continue  # no fact of its article (of the page, for a report read as one text) in it or after it
        year = writing.get(sent.article, doc_year(sent.article))
        fill = stated.get(art, years.get(sent.article, doc_year(sent.article)))
        found = times.of(sent, year, fill)
        if sent.article in features and art not in opening and page.layout.paragraphs[sent.paragraph].kind == "body":
            told.add(art, found)  # the years the feature's opening states
        labelled = [times.notices[at] for at, _, _, _ in found if at in times.notices] if times.notices else []
        if labelled:
            notice[art] = labelled[-1]  # (Times.of read the day as its month: the notices after it go on with it)
        # a base (比上年) or a target (力争到2030年) is no period of the sentence's other facts
        # ("" for a time that names no period, 近几年: it is a lead that stops what was carried)
        # (…，上年同期为8.75亿元: a clause stating only a base leads nothing, even with no time before it)
        lead_at, lead_end, lead = next(((at, e, period) for at, e, period, kind in found if not kind
                                        and period is not None and (period or at - sent.start <= _VAGUE_LEAD)
                                        and not opens_base_clause(page.text, at, found)),
                                       (-1, -1, None))
        if lead and lead != notice.get(art):
            notice.pop(art, None)  # a time of its own (2026年第三季度…): the notices' month stops
        if clock:
            clock.said(page.text, sent.start, lead_at, lead)  # (六、2027年工作打算: the section's time)
        # (…，已于10月中旬全部兑付到户: a month said in a later clause is its sentence's, extractor/document_time.py)
        stood_before = (current.get(art),) if clock and clock.aside(page.text, sent.start, lead_at, lead) else None
        refined = refined_lead(found, lead_at, lead_end, lead)
        if refined[2] != lead and (_AS_OF_MONTH.match(refined[2]) or _PART.match(refined[2]) or sent.article in features and (
                art in opening or _A_DAY.search(refined[2]))):
            # (a month in the feature's opening paragraph goes on as the year it names, 去年１０月…进行了
            # 调查 then the survey's shares: 1997, opening_period; a day there is the opening's scene)
            lead_at, lead_end, lead = refined
        # and where the lead stands, with what stood before the sentence: a clause before it is
        # not its (…投资129亿元，…由1993年底的6.68平方米提高到…), but a word of the present (下辖24个支行，
        # 现有员工…) or the whole year (压减5%，确保全年…) speaks for all its sentence
        whole = lead is None or bool(_NOW.match(lead)) or page.text[lead_at:lead_end] in whole_year()
        if opens_paragraph and sent.article in features and lead and lead_at - sent.start <= _VAGUE_LEAD and \
                lead.startswith(f"{issued.year}-{issued.month:02d}") and art in opening:
            scene.setdefault(art, lead)
        if sent.article in features and art in opening and lead is not None:
            # a paragraph opened by an earlier day starts a scene; any other time its paragraph
            # states (如今, 几年来, a year) ends the scene told before
            if opens_paragraph and lead_at - sent.start <= _VAGUE_LEAD and earlier_scene(lead, issued):
                earlier[art] = lead
            elif lead != earlier.get(art):
                earlier.pop(art, None)
        if opens_paragraph and lead and sent.article not in features and \
                event_day(page.text, sent.start, sent.end, lead, lead_at, lead_end,
                          opening_event_day(page.text, times, sent, lead_at, lead) is not None):
            events[art] = lead  # 11月18日上午，…签约活动…举行: the event's day, for the item's next paragraphs
        if kept is None or id(sent) in kept:
            out[id(sent)] = (lead if lead is not None else current.get(art), fill,
                             -1 if whole else lead_at, current.get(art), art in stated)
            listed = selections.get(sent.article)
            if listed and (current.get(art) or "").removeprefix("../")[:4] in ("", str(issued.year)) and (
                    lead is None or lead.startswith(f"../{issued.year}")):
                # an item of a past year's selected events (’97某省十大经济新闻…揭晓。它们是：某厂亏损２亿元…): that
                # year's, not the month of filing nor a now said before it (nor one said after it: …，完成目前…)
                out[id(sent)] = (listed, fill, -1, listed, art in stated) if lead is None else \
                    (lead, fill, lead_at, listed, art in stated)
        if lead == "":
            # a time that names no period (近年来) is its own sentence's only: the sentences after
            # it keep what the sentence states after it (…提高到2023年的65.8%), else what stood before
            lead = next((p for _, _, p, kind in reversed(found) if not kind and p), None)
            if lead is None and sent.article in features and opens_paragraph:
                # 改革开放初期，… opening a feature's paragraph: the paragraph tells of no period
                current[art] = None
        spoken = False
        if lead and _NOW.match(lead):
            # 报告近日发表…，调查是在去年3月至7月间进行的: what the sentence goes on to date is
            # what the sentences after it speak of
            lead = next((p for _, _, p, kind in reversed(found) if not kind and p), lead)
            if issued and _NOW.match(lead) and (quoted(page.text, page.layout.paragraphs[sent.paragraph].start, lead_at)
                                                or (reported(page.text, sent.start, lead_at)
                                                    and current.get(art) == str(issued.year - 1))):
                # someone's 现在 inside a quotation (…严厉地说：“从现在起，谁再…”), or in words reported without one
                # (…主任说，过去…；现在集中资金办大事: extractor/period_speech.py, while the year before the issue's
                # stands: the year the story reviews), is the speaker's now, in a
                # story told of an earlier year: the narration after it goes on with what stood before (nor is
                # its year the one a later 全年 is of)
                lead, spoken = None, True
            elif sent.article in features and _NOW.match(lead):
                # a feature's 现在, 如今, 目前 (如今的小镇，道路宽了。…乡亲们凑了２万多元) dates what its own
                # sentence says stands now: the acts and figures it goes on to tell have no time of their own (a
                # feature with no dateline, README), not the month of issue; nor what stood before the 现在
                lead, current[art] = None, None
            elif one_text and _NOW.match(lead):
                # a report's 现在 (现在事实已经给了他们有力的回答) is its own sentence's: the next ones
                # go on with the year it reviews (a report given early in 1975 reviews 1974)
                lead = None
            elif issued and _NOW.match(lead) and page.text[sent.start:lead_end].strip() in standing_now() and \
                    current.get(art) == str(issued.year - 1):
                # a dated story's 目前 opening a sentence while the year before its issue stands, the year it
                # reviews (…在１９９７年…。…目前，全市已有６２家…。⏎全市完成农业总产值…): what stands at the writing,
                # its paragraph's; the next paragraphs go on with the year reviewed (not after an older year a history
                # told: …减至目前的５３个 brings the story back to the present)
                now_aside[art] = (lead, current[art])
        if lead and "/" in lead:
            # 2012年以来新登记的企业去年缴税达到…: a since the sentence then narrows to a year after its
            # start goes on as that year, as the sentence ends on it (not five years' span and the level
            # of their last year, 过去五年，…从2020年的…提升到2025年的…: the next sentences keep the span)
            last = next((p for _, _, p, kind in reversed(found) if not kind and p), None)
            if last and last.isdigit() and lead.endswith("/..") and lead[:4] < last:
                lead = last
        if lead is None and issued:
            # in a news story, the last few years opening a sentence (４年间，驻军先后投入…。…先后为驻军
            # 办了７００多件实事): the period of its paragraph's sentences after it, not of the next
            # paragraphs (a report's next sentences go back to the year it reviews)
            span = next((p for at, _, p, kind in found if kind == "recent" and p and "/" in p
                         and at - sent.start <= _VAGUE_LEAD and p[-4:].isdigit() and int(p[-4:]) < issued.year), None)
            # (years past only: 争取用３年时间，… is a plan of its own sentence)
            if span:
                current[art], spanned[art] = span, True
        if lead is None and one_text and opens_paragraph:
            # 近两年，…。实施两年新增4万亿元的投资计划。…占43.7%: the two years, to the next heading
            span = next((p for at, _, p, kind in found if kind == "recent" and inside_span(p, current.get(art))
                         and at - sent.start <= _VAGUE_LEAD), None)
            if span:
                sectioned.setdefault(art, current.get(art))
                current[art] = span
        # (a report's earlier year when something was proposed, 2004年我们提出用三年时间…: its sentence's only,
        # nor the year a later 全年 is of)
        proposed = bool(lead) and one_text and proposed_then(page.text, lead, lead_end, sent.end, issue_year(page.dated))
        if lead and lead.isdigit():
            year_led.add(art)
        if lead:
            spanned.pop(art, None)
            # a part of a year (二季度) is its sentence's: the sentences after it keep its year
            part = _PART.match(lead)
            # (in a release, notice or report, a run of months written out, 1-9月, is no part named by a word though
            # it covers 前三季度's months: its next sentences go on with it, 其中城市低保资金…; a news story's
            # 1至9月 is its sentence's, as before)
            written = page.text[lead_at:lead_end] if issued is None else None
            # (nor a run in brackets glossing a season the sentence names, 汛期（6—9月）降水量…: its sentence's only)
            own = part and (part_months(lead, written) or glossed(page.text, lead_at, lead_end)) and \
                not names_a_report(page.text, found, lead, sent.end)
            # a report's year's end opening a sentence (2012年底，…人均住房面积…) is its sentence's: a
            # report states its standing figures sentence by sentence, and the next ones go back to
            # the span or year it reviews (…年均增长13.4%: the five years); not an explicit as-of
            # (到1955年底，…。其中…: the date of the count the next sentences go on with)
            if not (one_text and _YEAR_END_STOCK.match(lead) and lead_at - sent.start <= _VAGUE_LEAD
                    and not page.text.endswith(scope_words().as_of, 0, lead_at)) \
                    and not (one_text and lead_at - sent.start > _VAGUE_LEAD and (
                        year_of_span(lead, current.get(art), issue_year(page.dated))
                        or year_of_plan(lead, current.get(art), issue_year(page.dated))
                        or plan_named_inside(lead, current.get(art), issue_year(page.dated)))
                             and not page.text.startswith(TOPIC_MARK, lead_end)) \
                    and not proposed and not (one_text and starting_level(page.text, lead_at, lead_end, lead)) \
                    and not (in_reason_clause(page.text, sent.start, lead_at) and (
                        not one_text or _year_before(lead, current.get(art)))) \
                    and not (issued is None and from_day(page.text, sent.start, lead)):
                # (nor, in a report, an earlier year when something was proposed: 2004年我们提出用三年时间…,
                # its sentence's; nor, in a report's five-year review, one year of the five named inside a sentence
                # (粮食产量…，去年达到1.09万亿斤): that sentence's; the next go on with the five years; not
                # one set off as the topic (刚刚过去的2025年，我们…): what follows is that year's; nor the year of
                # a report's starting level, 从2007年的639亿元增加到…: the next sentences keep the years reviewed;
                # nor a day a yearly text's level takes effect from, 7月1日起,…: extractor/period_from_day.py)
                if ahead_of(lead, issued):
                    aside.setdefault(art, current.get(art))
                elif later_month(lead, issued):
                    aside[art] = str(issued.year)  # 预定于今年３月１日投放市场。…长宽均为16厘米: the year
                else:
                    aside.pop(art, None)
                kind = page.layout.paragraphs[sent.paragraph].kind
                # (a title block opening after a body, a release's title after notices in one print: a new text)
                after_body = sent.paragraph > 0 and page.layout.paragraphs[sent.paragraph - 1].kind == "body"
                span = release_span(kind, body.get(art, False) and not after_body, lead,
                                    bool(part and part_months(lead, written) and not own))
                if span:
                    released.setdefault(art, span)
                if looks_back(lead, current.get(art)) and not plans_ahead(page.text, sent.start, sent.end) and \
                        not lead[-4:] >= str(issue_year(page.dated) or 9999):  # (a plan's years ahead look forward)
                    looked_back.setdefault(art, (current.get(art), stated.get(art)))  # ("十四五"时期(2021-2025年)…: to the next section)
                if one_text and sub_section_span(page.text, page.layout.paragraphs[sent.paragraph].start, lead,
                                                 current.get(art)):
                    sectioned.setdefault(art, current.get(art))  # ((四)…2024—2025雪季…: to the next heading)
                if whole_year_aside(page.text[lead_at:lead_end], lead, current.get(art)):
                    looked_back.setdefault(art, (current.get(art), stated.get(art)))  # (全年共资助…: to the next section)
                if not part_of_stood(page.text, sent.start, lead, current.get(art)):
                    # (其中，前三季度…，10月当月… under 1-10月: parts of the months that stood, which go on)
                    # (or the run of months stated before it that holds the part: 1-10月，…。其中，前三季度到位…，10月当月…。
                    # 省外资金…: the ten months again, not the bare year)
                    current[art] = after_part(lead, released.get(art) or holding_run(current.get(art), lead)) if own else lead
                    # (months stated after the paragraph opened: see whole_years_before)
                    inside[art] = current[art] if not opens_paragraph and art in year_led else None
                    if one_text and plan_after_given(lead, issue_year(page.dated)):
                        spanned[art] = True  # (“七五”期间还将…: its paragraph's; the next go back to the report's years)
                    if issued and lead_at - sent.start > _VAGUE_LEAD and _SINCE_SPAN.match(lead) and \
                            int(lead[:4]) < issued.year and \
                            any(w in page.text[lead_at:lead_end + 2] for w in scope_words().since_close):
                        # a news story's since, said after its sentence opens (…情谊,１９９６年以来天津市累计…): its
                        # paragraph's; the next paragraph goes back to the year it opened on (…五项扶贫工程: 1997); not a
                        # start from the issue's year on (从１９９８年起，国家将实施…: the plan the story goes on with)
                        spanned[art] = True
                # (not a part named by a word, 上半年: a report's half year and a month in it are read as before)
                if month_or_run(lead) and not (part and part_months(lead)) and \
                        counterpart(lead, reviewed.setdefault(art, lead)):
                    paired.add(art)  # 10月份，… then 1-10月平均，…: the run is its paragraph's, the month goes on
        day = opening_day(page.text, times, sent, found) if lead is None else None
        if page.layout.paragraphs[sent.paragraph].kind == "body" and art not in firsts and \
                page.text[sent.start:sent.end].rstrip()[-1:] in _SENTENCE_ENDS:  # (not a site's 发布时间：… line)
            firsts.add(art)
            if issued is None and not one_text and lead and _A_DAY.fullmatch(lead) and \
                    not _OPENING_CLAUSE.search(page.text, sent.start, lead_at):
                opened_on[art] = lead
        if lead and opening_event_day(page.text, times, sent, lead_at, lead):
            held[art] = lead  # １月８日上午，…启动仪式在这里举行 opening a dispatch: its event, in its next paragraph
        if day and (kept is None or id(sent) in kept) and current.get(art) is None:
            # (and of its own sentence's figures before it: 某国４个新团体…今天宣告成立, the event's)
            out[id(sent)] = (day, fill, -1, None, art in stated)
        if day:  # 今天在京受到表彰 inside a dispatch's first sentence: its event, in the paragraphs after it
            held[art] = day  # (据介绍，我国尚有７２００万无电人口 later in its own paragraph: as of the month)
            current[art] = day  # and in the sentences after it in its paragraph (…等２０位嘉宾…演讲)
        goal = goal_span(page.text, found, sent.start, year)
        if goal:
            current[art] = goal  # the plan the story goes on to describe, until it states another time
        decided = decided_span(page.text, found, lead_end) if lead else None
        if decided:
            # 通过一项决议，确定了1998年至2000年…: the span, not when it was decided, for the rest of
            # its paragraph (the next ones go back to what stood before it); 其主要目标是：确保2003年…:
            # the plan's years from the writing (goal_span)
            current[art], spanned[art] = decided, True
        for at, _, period, kind in found if not proposed else ():
            # (a base clause's year, 上年同期为…, is its own number's: the next sentences' months keep the year stated)
            # (nor a span over years, "十四五"期间 2021/2025 or 2021年末至2025年末, after a year stated: its first year is
            # no year the text speaks of, and a 全年, 今年 or 本年 after it keeps the year stated before it)
            m = _PERIOD_YEAR.search(period or "") if not kind and not ahead_of(period, issued) \
                and not opens_base_clause(page.text, at, found) and not (over_years(period) and art in stated) \
                and not (spoken and _NOW.match(period or "")) else None
            if m:
                stated[art] = int(m.group(1))
        if lead is None and (year_end := past_as_of_month(page.text, sent.start, sent.end, current.get(art))):
            current[art] = year_end  # (截至去年１１月底，…。…，年末全县…: the year, for what follows)
        if stood_before is not None:
            current[art] = stood_before[0]
        if clock and clock.title(sent.start, sent.end):
            # (2026年1-3季度…经济运行情况: the span its title names, which no rule of its sentence reads whole)
            clocked.add(art)
            current[art], stated[art] = clock.document.period, clock.document.year
    return out
