"""What each article of a page carries from one sentence to the next while sentence_periods.py reads it (the period
standing, what its paragraph opened on, what waits for the next heading), and the page's kind: one state, apart, so
that the rules that update it (period_paragraphs.py, period_now_lead.py, period_lead_carry.py) can live in modules
of their own."""
from __future__ import annotations

from typing import Optional

from .article_years import OpeningYears
from .issue_date import issue_date, issue_year
from .page import Page
from .time_exprs_carry import dated


class Carry:
    """The per-article state of sentence_periods (article index -> what it holds)."""

    def __init__(self, page: Page) -> None:
        self.current: dict[int, Optional[str]] = {}
        self.opened: dict[int, Optional[str]] = {}  # the period that stood as each article's paragraph opened
        self.stated: dict[int, int] = {}
        self.reviewed: dict[int, str] = {}  # the first of a month and its run from January an article states
        self.paired: set[int] = set()  # the articles that went on to state the other of the two (extractor/period_month_run.py)
        self.spanned: dict[int, bool] = {}  # what is carried is a few years opening a sentence (４年间，…)
        # what stood before a news story's time to come (see ahead_of), for its sentences that plan nothing
        self.aside: dict[int, Optional[str]] = {}
        self.held: dict[int, str] = {}  # a dispatch's day named inside its first sentence, for its next paragraphs
        self.events: dict[int, str] = {}  # the day of the event an item's paragraph opened on (extractor/period_event_day.py)
        # on a page that names no day nor year (a user's file of a site's news item), the day its story's first sentence
        # opens with (１１月１８日上午，…签约活动…举行): the event it reports, while no paragraph states another time
        self.opened_on: dict[int, str] = {}
        self.firsts: set[int] = set()  # the articles whose first body sentence was read
        # a report's few recent years opening a paragraph of its five-year review (近两年，面对…): what stood
        # before them, which the next heading (（二）…) brings back
        self.sectioned: dict[int, Optional[str]] = {}
        # a yearly text's look back over the years ending with it ("十四五"时期(2021-2025年)…): what stood before it, which the
        # next heading of the first rank (二、…) brings back (extractor/period_look_back.py)
        self.looked_back: dict[int, tuple[Optional[str], Optional[int]]] = {}  # (and the year stated before it, for 全年, 年末)
        # the period a sentence after its paragraph's first stated, while it stands (1至11月 closing a paragraph of the year),
        # and the articles whose paragraph stated a year before it (去年全县…, 全年引进…)
        self.inside: dict[int, Optional[str]] = {}
        self.year_led: set[int] = set()
        self.now_aside: dict[int, tuple[str, str]] = {}  # a 目前 of the writing, and the year reviewed that stood before it
        self.issued = issue_date(page.dated)
        # a news page's story without a dateline (本报北京1月4日讯, 新华社…电) is a feature: an
        # interview, a profile, a review
        self.features = {a.index for a in page.layout.articles
                         if self.issued is not None and not dated(page, a.start, a.end)}
        self.told = OpeningYears()
        self.opening: dict[int, Optional[str]] = {}  # the period at the end of each article's first body paragraph
        self.scene: dict[int, str] = {}  # a later paragraph of a feature opened by a day of the issue's month
        # a later paragraph of a feature, after an opening that gives its paragraphs no time, opened by an
        # earlier day (去年１０月２０日下午，一辆长途客车…): the scene the next paragraphs go on to tell
        self.earlier: dict[int, str] = {}
        self.body: dict[int, bool] = {}
        self.released: dict[int, str] = {}  # the part of a year a release's title names (extractor/period_release.py)
        # a report given in a named year is one text, whatever blocks its layout finds: what a block
        # states goes on into the next (过去一年… then a block on reforms is still that year's)
        # (on a page joined from many such reports, each is its own text: 1984's opens on none of 1983's)
        self.one_text = self.issued is None and issue_year(page.dated) is not None
        self.notice: dict[int, str] = {}  # the month of the notice the article printed last, while no other time is stated
        self.clocked: set[int] = set()  # the articles a section's time was given to
        # a news story's part of a year that its sentence's own (今年1至3月，我区…): for a sentence right after it opened
        # by 其中, which counts a part of that sentence's figure over the same months (extractor/period_breakdown.py)
        self.part_said: dict[int, str] = {}
