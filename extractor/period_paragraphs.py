"""What an article's new paragraph starts on (sentence_periods.py): a month or a day goes on as its year, a stock
as of a year's end or a few years opening a sentence give way to what stood before, a feature goes back to its
opening, a dispatch's day or an event's goes on; apart since it reads only paragraph openings."""
from __future__ import annotations

from .layout import Sentence
from .lead_times import PART, YEAR_END_STOCK, whole_years_before
from .page import Page
from .period_carry import Carry
from .period_event_day import opens_background
from .period_month_run import counterpart
from .period_notice_date import goes_on
from .period_shapes import carried_on, opening_period
from .time_exprs import Times
from .time_exprs_spans import dispatch_day, is_heading


def open_paragraph(c: Carry, page: Page, times: Times, sent: Sentence, art: int) -> None:
    """Set what an article's paragraph that `sent` opens starts on (c.current, c.opened)."""
    c.year_led.discard(art)
    back = c.now_aside.pop(art, None)
    if back and c.current.get(art) == back[0]:
        c.current[art] = back[1]  # (the year reviewed again: see 目前 below)
    if page.layout.paragraphs[sent.paragraph].kind != "body" or is_heading(page.text, sent.start):
        c.earlier.pop(art, None)  # a heading (二、百年大计…) ends the scene told before it
    # a month or a day (9月份后) is the period of its own paragraph: the next ones keep its
    # year; a stock as of a year's end (到1997年底) is its paragraph's only: the next ones keep the
    # period that stood before it
    event = c.held.pop(art, None)
    now = event or c.current.get(art)
    if YEAR_END_STOCK.match(now or "") or c.spanned.pop(art, False):
        now = c.opened.get(art)
    elif PART.match(now or "") and now == c.inside.get(art) and whole_years_before(c.opened.get(art), now[:4]):
        # months of the year said inside a paragraph that opened on the year, or on the years ending with it
        # (去年…。1至11月，…实现利润…。⏎农业结构调整…; 五年来，…。全年…。1-11月，…。⏎巩固衔接…): that
        # paragraph's; the next ones go back to the year
        now = now[:4]
    if sent.article in c.features:
        # a feature goes from one matter to the next by paragraphs: only the time of its
        # opening (１９９７年，… in a year's review) stands for the paragraphs that state none
        if art not in c.opening and c.body.get(art):
            c.opening[art] = opening_period(now, c.issued) if c.told.reviews(art) else None  # (article_years.OpeningYears)
        elif art in c.opening and c.opening[art] is None and art in c.scene:
            # an opening that states no time, then a paragraph opened by a day of the days the
            # page was issued in (１月３日上午，记者驾车…): the scene the paragraphs after it go on
            # to tell (not a day said inside a paragraph: 下一篇将于１月２０日刊出, 今年元旦期间…)
            c.opening[art] = c.scene[art]
        now = c.opening.get(art)
        if now is None and art in c.earlier:
            now = event = c.earlier[art]  # (as the scene's day, not carried_on's year)
        if (released := c.released.get(art)) and (now or "")[:4] == released[:4]:
            now = released  # (a story that reports a part of its year, 一季度，全区经济运行…: each paragraph of it)
    # (the part of a year the story reports, 一季度，全区经济运行…, goes on into its next paragraphs: period_lead_carry.py)
    # the dispatch's own day (今天在京受到表彰 in a 1月13日 dispatch) goes on with the event it
    # reports into its next paragraphs (在这次表彰的先进集体中…); another day, its paragraph's only
    if art in c.paired and counterpart(now, c.reviewed.get(art)):
        now = c.reviewed[art]  # (extractor/period_month_run.py)
    c.current[art] = now if now and (now == event or now == dispatch_day(times, sent) or now == c.opened_on.get(art) or (
        now == c.events.get(art) and not opens_background(page.text, sent.start)) or (
        now == c.reviewed.get(art) and art in c.paired) or now == c.released.get(art)) else carried_on(now, c.issued)
    if goes_on(c.notice.get(art), c.current.get(art)):
        c.current[art] = c.notice[art]  # (the award's next paragraph, the next notice: the month, not its year)
    c.opened[art] = c.current[art]
