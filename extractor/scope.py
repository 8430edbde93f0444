"""The place and period each numeric fact is about.

place: see extractor/place_scope.py (a place of the fact's clause, the sentence's topic, a
whole-area word's area, the topic carried on, the article's main place).

period, as a string:
  `2023`, `2023-11`, `XXXX-11`      a year or a month (XXXX: the year is not known)
  `2023/2024`                       a span (2023 至 2024 年)
  `../2023-11`                      as of (截至 11 月, with the article's year where known)
  `2021/..`                         since (2021 年以来)
  `2023-01/2023-06`                 a part of a year (2023 年上半年, 一季度, 前三季度)
Fallback order: the clause and sentence (the nearest time expression before the fact in its
sentence; extractor/time_exprs.py finds them, extractor/fact_period.py reads them for one fact), then the article (the period of the article's
last sentence before it that states one; a stock as of a year's end, 到1997年底, only within its
paragraph), then the article's year, then the page's; on a news page issued on a named day a
number with no time before it is of the month of issue in a dispatch (本报北京1月8日电: what stands
when it was filed; or signed （…1月8日电） at its end, extractor/datelines.py) and has none in a feature,
one marked as standing now (已有, 尚有) is of that month too, a deed told as background (先后, 还从, 每月) has
none, and a headline's number takes the period of the body (extractor/period_shapes.py). 元旦 named alone on a
news page is the day of the issue's year. Relative words (今年以来, 去年) count from the
article's year: the latest year the article writes outside 比/以来 phrases and targets, else the
page's. Not periods of the facts around them (data/period.toml): a comparison's base (比上年,
同比, 较2022年) gives its period only to its own number (比上年的64860元 → the year before; the
compared 68520元 and 增长5.6% keep the sentence's); a target (力争到2030年, 预计2027年, 到2027年)
gives its period to the facts of its own sentence and is never carried on nor the article's year;
a dateline (本报北京1月8日电) is when the news was filed. Five-year words and plans (这五年,
“十四五”时期) give their span, a level in it its last year (extractor/five_years.py, extractor/span_points.py); a page whose
id names a day (19980110-03-012) fills dates without a year and dates 目前 to its month
(extractor/issue_date.py), and a report whose id names the year it was given (gwr-national-1981)
counts its relative words from that year and takes a later year for a plan; year-end stocks,
changes since a base year, dates written as one span: extractor/period_shapes.py. A time inside a
background phrase (在1996年增长9.7%的基础上) is its own facts' only; after a change between two
years (从2020年的…增长到2025年的…) a later clause's starting level is the first year's.
A report given in a named year carries its period across the blocks its layout finds. On a news
page, a story without a dateline (a feature: a profile, an interview, a review) goes paragraph by
paragraph: a paragraph that states no time takes the period of the story's opening (its year, not
an earlier day it opens with), not the paragraph's before it; a time that names no period opening
a paragraph (改革开放初期) speaks for that paragraph. Dates of birth or founding (建于1970年) and
price bases (按1952年不变价格计算) are no period of the facts around them; what follows a condition
(如果, 只要) has none. A second dateline inside a paragraph starts a dispatch of its own; a span
said to be decided (通过决议，确定了1998年至2000年…) goes on for its paragraph; a report's 现在 is its
own sentence's. A news story's time in a later year (将在２０００年…) goes on only to the sentences that
plan (将, 争取); a month after its year word (今年３月) is of that year. Consecutive years closed by their
count (１９９５、１９９６两年) are the span of the figures after them (extractor/year_lists.py). The years articles
report and were written in: extractor/article_years.py; what each sentence states or carries on:
extractor/sentence_periods.py. A dispatch's day (今天, 今晚, 昨晚) said after a figure of its clause dates it
(…的９００多名学者今天在这里集会); an article listing a past year's selected events (’97…十大新闻评出) gives its
items that year (extractor/period_reviews.py); in a sentence a year opens, a day said inside a later item of its
list is that item's only; a yearly average after the last year's level (2000年达…，平均每年增长8.3%) is the span
that stood before it. A page whose id names no year or day (a user's own file) is read by what its text prints: a
report by its head (——2026年2月3日在…大会上), its first heading reviewing a year or a plan (一、2025年工作回顾: 2026),
or the plan or budget its opening reports on (extractor/documents.py head_years); a news page by its masthead
(某日报 2025年12月20日 第2版, extractor/page_dates.py). A release whose title names a part of a year (2026年前三季度…)
gives its figures with no time of their own that span, the year's plan named under it (年度预算(…)) the year
(extractor/period_release.py); a month's or quarter's end opening a sentence or item of a release or report (9月末，…余额;
三季度末…存栏) dates its stocks as of that month, their changes keeping the span reviewed (extractor/period_month_end.py);
a year among the grounds an amount is shared out by (按…上年度考核结果等因素测算) is no period
(extractor/period_basis.py); a day as a deadline met (2026年12月31日前…达到90%) is as of that day, its own sentence's.
A school year (2025/2026学年, 上学年) is the span of its two years (extractor/period_school_year.py); a yearly text's look
back over the five years ending with its year (“十四五”时期(2021-2025年)…) is its section's (extractor/period_look_back.py);
the day of an event an item's paragraph opens on (11月18日上午，…签约活动…举行) goes on into the item's next paragraphs
(extractor/period_event_day.py); a breakdown opened by 其中 into parts of the months under review leaves those months
standing (extractor/period_breakdown.py); quarters run or listed against as many figures give each its own
(extractor/year_lists.py).
A day opening a dispatch's report (…电记者某某报道：１月８日上午，…仪式在这里举行) is the event's, in its next paragraph
too (extractor/period_event_day.py); 本月８日, 上月２０日 are days of the months those words count (extractor/issue_months.py);
a figure compared with the whole year before (…，比上年增长２％) under a now an earlier sentence said is of the year
just ended on a page of a year's first months (extractor/period_year_compared.py).
A now said after a dispatch's own day (…某仓库今天起火，目前已有两人受伤) is that day (extractor/dispatch_now.py).
A report, bulletin or release whose title names one time (某县2025年…统计公报, 2026年1-3季度…经济运行情况) is read
top-down: its figures with nothing of their own take that time, each heading (三、…, （三）…) starts its section on it
again (or on the time the heading or the section's first sentence names: 六、2027年工作打算), a look back or an as-of is
its paragraph's, a month said in a later clause (…，已于10月中旬兑付到户) its sentence's (extractor/document_time.py).
A year written into the name of an event held (１２月１８日，某区２０２５年第四季度…签约活动举行) is a label, no period
(extractor/period_event_label.py). On a page that names no day nor year and is no report (a user's file of a site's
news item), the day its story's first sentence opens with (１１月１８日上午，…签约活动…举行) goes on to the later
paragraphs while none states another time (extractor/sentence_periods.py); after a part of a year (其中，前三季度…) the
run of months that stood before it and holds it (1-10月) goes on, not the bare year.
"""
from __future__ import annotations

import os
import re
from typing import Optional

from .clauses import BREAK_CLASS
from .facts import to_record
from .article_years import article_years, document_years, writing_years
from .documents import article_head_years
from .issue_date import filed_before_issue, filed_now, issue_date, issue_year
from .page import Page
from .period_bases import untimed_base
from .period_habit_lead import habit_lead
from .period_year_end import balance_sheet_stock, year_end_stock
from .period_bulletin_stock import bulletin_stock, bulletin_year
from .document_time import title_month_end
from .period_month_end import month_end_stock
from .period_stock_flow import as_of_flow
from .period_from_day import months_from_day
from .period_release import year_plan
from .period_projection import news_item, untimed_projection
from .period_so_far import months_so_far
from .period_published import published_year
from .period_year_compared import year_compared
from .period_recent import no_year_before, recent_news
from .period_shapes import headline_periods
from .main_places import MainPlaces
from .short_name_places import short_name_places
from .stem_places import stem_places
from .county_prefix_places import county_prefix_places
from .place_targets import person_places, repeated_counts
from .place_scope import Sorted, article_places, off_figures, org_places, place_of, sentence_places, usable
from .place_view import SentenceView
from .record import Record
from .steps import Steps, finish
from .fact_period import STATEMENT_BREAK, period_of
from .sentence_periods import last_fact_starts, sentence_periods
from .time_exprs import Times
from .time_exprs_duration import EventSpans
from .year_lists import joint_year_periods, paired_list_periods
from .time_exprs_carry import background_deed, caption_leads, dated, dispatch_month

# A page the scope cannot read keeps the facts without scope rather than raising a traceback (a batch loses
# nothing). EXTRACTOR_STRICT=1 (set by the test suite) lets those errors through, so a bug in a scope rule
# fails a test instead of turning into a silent null place or period.
SCOPE_ERRORS: tuple[type[Exception], ...] = () if os.environ.get("EXTRACTOR_STRICT") else (KeyError, TypeError, ValueError)


def assign_scope(page: Page, facts: list[Record], names: list[Record],
                 page_dates: Optional[list] = None) -> None:
    """Set `place` and `period` on each numeric fact record (in place). page_dates: the
    page's date candidates where the caller found them already (dates not asked for)."""
    finish(scope_steps(page, facts, names, page_dates))


def scope_steps(page: Page, facts: list[Record], names: list[Record],
                page_dates: Optional[list] = None) -> Steps[None]:
    """assign_scope's work, pausing between its stages (steps.py: pages read in a batch)."""
    if not facts:
        return
    try:
        orgs = [n for n in names if n.type == "org"]
        bodies = org_places(page.text, orgs, (n for n in names if n.type == "place"))
        named = [n for n in names if n.type == "place" and usable(page.text, n)]
        places = Sorted(off_figures([*named, *stem_places(page, named), *county_prefix_places(page, named), *bodies, *short_name_places(page, bodies),
                                     *person_places(page.text, names)], facts, page.text))
        dates = Sorted(f for f in facts if f.type == "date")
        if not dates.items:
            dates = Sorted(_page_dates(page, page_dates))
        if page.masthead_end:  # (the page's masthead, 某日报 2025年12月20日 第2版: when it was issued, no story's date)
            dates = Sorted(d for d in dates.items if d.norm_start >= page.masthead_end)
        issued = issue_date(page.dated)
        given = issue_year(page.dated)
        # a joined page's id names no year, but each report's head may (——2017年3月5日在…大会上)
        heads = {} if given else article_head_years(page)
        # (a web page's 发布时间 line bounds the years it reports: a later one is a plan, extractor/period_published.py)
        years = article_years(page, dates.items, given or published_year(page), heads)
        # on a page joined from many documents, an article that states no year falls back on its
        # own document's latest year, not on the latest of the whole page (a later report's)
        doc_year = document_years(page, years)
        # an article that writes no year was written in the year its page was issued
        writing = writing_years(page, years, dates.items)
        if given:  # a page issued on a named day (or a report given in a named year) was written
            # then, whatever years it states
            writing = {a.index: given for a in page.layout.articles}
        writing.update(heads)
        # what each sentence carries is read for the facts' sentences only: the others' are
        # not kept (on a long page, a table of every sentence's was a tenth of its memory)
        sents = [page.layout.sentence_at(f.norm_start) for f in facts]  # (found once a fact)
        kept = {id(sent) for sent in sents}
        times = Times(page, dates, kept)
        yield
        # a dispatch filed in the month before the issue (本报大连12月31日电 on the page of 1 January)
        # writes in its own month: its 目前 and 9月以来 run to that month, not to the page's (its
        # years stay the page's: 一年来 in a dispatch of 31 December reviews the year then ending)
        written = filed_before_issue(times.datelines, issued)
        # filed in the December before the page's January: its 今年 is that year (Times.late)
        times.late.update(art for art, filed in written.items() if filed.year < issued.year)
        periods = sentence_periods(page, times, writing, years, doc_year, last_fact_starts(facts), kept)
        yield
        place_in = sentence_places(page, places, kept)
        mains = MainPlaces(places.items, page, orgs)
        main = mains.at
        nearby = article_places(places)
        yield
        # a dispatch (本报北京1月8日电, or signed （…电） at its end) reports what stands when filed: a figure with no
        # time of its own, nor one stated before it in the story, is of the month the page was issued
        # (not where the story stated a year before it: 到1997年底… then 全省43名干部…, the story
        # tells of more than its day)
        dispatched = {a.index: "{0}-{1:02d}".format(*written.get(a.index, issued)[:2]) for a in page.layout.articles
                      if issued and dated(page, a.start, a.end, signed=True)}
        for prev, a in zip(page.layout.articles, page.layout.articles[1:]):
            if prev.index in dispatched and page.text.startswith(caption_leads(), a.start):
                # a photo's caption set under a dispatch (图片：某部出动车辆120台): the dispatch's month
                dispatched[a.index] = dispatched[prev.index]
        recent: dict[int, str] = {}
        if issued:  # a news item with no dateline opened by 日前/近日 (extractor/period_recent.py)
            recent = recent_news(page, dispatched, issued)
            dispatched.update(recent)
    except SCOPE_ERRORS:
        return  # a page the scope cannot read gets no scope rather than a traceback
    story_starts = {a.index: a.start for a in page.layout.articles}
    # 2026年9月末…金融运行情况: the month whose end the title names, for the stocks under it (period_month_end.py)
    as_of_title, title_end = (None, 0) if issued else title_month_end(page)
    # 2025年…统计公报: a bulletin of a year's results, whose stocks stand at the year's end (period_bulletin_stock.py)
    bulletin = None if issued else bulletin_year(page)
    ran = EventSpans()
    for f, sent in zip(facts, sents):
        try:
            year = writing.get(f.article, doc_year(f.article))
            # its sentence's places, as read once for all of the sentence's facts
            view, carried = place_in.get(id(sent), (None, None))
            if view is None:
                view = SentenceView(page.text, [], sent.start if sent else f.norm_start)
            f.place = place_of(page, f, view, carried, lambda art, at=f.norm_start: main(art, at), nearby,
                               mains.enclosing)
            carried, fill, lead_at, prior, said = periods.get(id(sent), (None, None, -1, None, False))
            if said and f.article in recent and no_year_before(page, f.article, f.norm_start):
                said = False  # 某工程日前开工。…总投资７亿元: the 日前 is its dateline (extractor/period_recent.py)
            if f.norm_start < lead_at and (STATEMENT_BREAK if prior is None else BREAK_CLASS).search(
                    page.text, f.norm_end, lead_at):
                # the sentence's time comes a clause after the fact: not the fact's; with nothing
                # stated before the sentence, only a time after a semicolon is another statement's
                # (政府将投入30万亿日元…；从2月起实施…: the article's fallback, a dispatch's month),
                # not one after a comma (对1254户企业的监测表明，1997年…: the subject of what it dates)
                carried = prior
            if issued and carried and re.fullmatch(r"\.\./\d{4}", carried) and background_deed(page, f, sent):
                # a now carried from the sentence before (目前，某厂已引进８条生产线。…先后招来６０多名工程师) is not
                # a time of a deed its clause tells as background: none, as where nothing stood before (dispatch_month)
                carried = None
            f.period = filed_now(period_of(page, f, times, sent, year, carried, fill,
                                             dispatch_month(page, f, said, dispatched) if issued
                                             else years.get(f.article, doc_year(f.article)), prior),
                                 written.get(f.article), issued, given) or None
            if sent:  # 历时５个月的专项活动共立案３２１件: the months the event ran (extractor/time_exprs_duration.py)
                f.period = ran.of(page.text, f.article, story_starts.get(f.article, sent.start), sent.paragraph,
                                  sent.start, f.norm_start, f.period,
                                  any(at < f.norm_start and p for at, _, p, _ in times.of(sent, year, fill)))
            if issued and sent and carried == prior and _NOW_CARRIED.match(carried or "") and not any(
                    at < f.norm_start and kind not in ("base", "price", "label") for at, _, _, kind in times.of(sent, year, fill)):
                # 目前，…营业里程达…。…客运量达到３．２亿人次，…比上年增长５％: the year just ended (extractor/period_year_compared.py)
                f.period = year_compared(page.text, f.norm_start, f.norm_end, f.period, issued)
            # 7月1日起,…由2320元调整为2420元: the months after the day, the level replaced the months before (its
            # time, so no untimed base) (extractor/period_from_day.py)
            from_then = months_from_day(page.text, sent.start, f.norm_start, f.norm_end, f.period) \
                if sent and not issued else f.period
            if from_then != f.period:
                f.period = from_then
            elif f.type != "duration" and untimed_base(page.text, f.norm_start, f.norm_end, f.period):
                f.period = None  # 由原来的４套增加到…: a base that names no time (extractor/period_bases.py)
            if f.period and issued and sent and habit_lead(page.text, sent.start, f.norm_start):
                f.period = None  # 每年年末，…２０多件实事: a habit opening its sentence (extractor/period_habit_lead.py)
            if f.period and sent:  # 年末全县常住人口…万人: as of the year's end (extractor/period_year_end.py)
                para = page.layout.paragraphs[sent.paragraph]
                f.period = year_end_stock(page.text, sent.start, f.norm_start, f.period, (para.start, para.end),
                                          f.norm_end)
                if not issued and f.type != "date":  # 9月末，全市…存款余额…: as of the month's end
                    # (extractor/period_month_end.py); these read what a figure measures (a stock, a flow, a plan): a
                    # date keeps its own reading (1-9月 under the title 2026年9月末…情况 stays 2026-01/2026-09)
                    f.period = month_end_stock(page.text, sent.start, f.norm_start, f.period, prior, (para.start, para.end),
                                               as_of_title if f.norm_start >= title_end else None, f.type == "percent")
                    f.period = year_plan(page.text, sent.start, f.norm_start, f.period)  # 完成年度预算…: the year's
                    # 资产总额312.6亿元: a balance sheet's stock, as of the year's end (extractor/period_year_end.py)
                    f.period = balance_sheet_stock(page.text, sent.start, f.norm_start, f.period)
                    # 全市现有…企业418家 in 2025年…公报: as of the year's end (extractor/period_bulletin_stock.py)
                    f.period = bulletin_stock(page.text, sent.start, f.norm_start, f.period,
                                              bulletin if f.norm_start >= title_end else None, f.norm_end,
                                              bulletin is not None and not any(
                                                  at < f.norm_start and p for at, _, p, _ in times.of(sent, year, fill)))
                    # 截至9月底，…实现税收收入118.43亿元: a flow under an as-of, the year's months (period_stock_flow.py)
                    f.period = as_of_flow(page.text, sent.start, f.norm_start, f.period)
                # 今年以来 in an item dated 12月18日: January to December (extractor/period_so_far.py)
                f.period = months_so_far(page.text, sent.start, f.norm_start, f.period, dates.items, issued,
                                         para.start)
                # 项目建成后，预计可新增…: a projection under a news item's day has none (extractor/period_projection.py)
                if f.type != "duration":  # (预计将持续一年: how long, not when)
                    f.period = untimed_projection(page.text, sent.start, f.norm_start, f.period,
                                                  lambda art=f.article: news_item(page, art))
        except SCOPE_ERRORS:
            continue
    try:
        repeated_counts(page.text, facts)  # 这五个地区: where the same count was first said
        paired_list_periods(page, facts)  # 由1993、1994年的56.8%、30.4%: each figure its own year
        joint_year_periods(page, facts)  # １９９５、１９９６两年就…: the years together
        headline_periods(page, facts)
    except SCOPE_ERRORS:
        pass  # the facts keep the periods they were given


def _page_dates(page: Page, found: Optional[list] = None) -> list[Record]:
    """The page's dates when they were not asked for (--types money): periods still need them."""
    from . import rules  # the rules import this module's siblings; import late
    if found is None:
        # a date candidate is built from a match of a date rule: a page without one needs no
        # second run of all the rules
        if not any(r.pattern.search(page.text) for r in rules.all_rules() if r.dimension == "date"):
            return []
        found = rules.find(page.text, ["date"])
    return [to_record(page, c) for c in found]


_NOW_CARRIED = re.compile(r"^\.\./\d{4}$")  # a now (目前) carried from an earlier sentence
