"""What period each sentence of a page states or carries on from the sentences before it, for
extractor/scope.py to give the sentence's facts: a time stated goes on to the article's next
sentences, within the limits scope.py's docstring lists (a stock as of a year's end is its
paragraph's, a feature goes paragraph by paragraph, a report given in a named year is one text
per document, a second dispatch starts afresh). What a new paragraph starts on: period_paragraphs.py; a now
leading a sentence: period_now_lead.py; what a sentence's own lead gives the next ones: period_lead_carry.py; the state
they share: period_carry.py."""
from __future__ import annotations

from typing import Callable, Optional

from .datelines import opens_dispatch
from .document_time import section_clock, year_of
from .documents import document_finder
from .issue_date import issue_year
from .lead_times import (AS_OF_MONTH, A_DAY, NOW, OPENING_CLAUSE, PART, PERIOD_YEAR, SENTENCE_ENDS, VAGUE_LEAD, ahead_of,
                         earlier_scene, over_years, plans_ahead, refined_lead)
from .page import Page
from .period_base_clause import opens_base_clause
from .period_breakdown import opens_on_part
from .period_carry import Carry
from .period_event_day import event_day, opening_event_day
from .period_lead_carry import carry_lead
from .period_learned_day import learned_day
from .period_now_lead import now_lead
from .period_paragraphs import open_paragraph
from .period_look_back import opens_section
from .period_reviews import selected_years
from .period_spans import decided_span, goal_span
from .period_year_end import past_as_of_month
from .record import Record
from .time_exprs import Times
from .time_exprs_carry import proposed_then, whole_year
from .time_exprs_spans import inside_span, is_heading, opening_day


def last_fact_starts(facts: list[Record]) -> dict[int, int]:
    """Where each article's last fact starts (the article of a fact is its sentence's)."""
    last: dict[int, int] = {}
    for f in facts:
        if f.norm_start > last.get(f.article, -1):
            last[f.article] = f.norm_start
    return last


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
    c = Carry(page)
    paragraph = -1
    document = document_finder(page.layout)
    last_any = max(last_facts.values(), default=-1) if last_facts else -1
    selections = selected_years(page, c.issued)  # an article listing a past year's selected events
    # a report's, bulletin's or release's own time and its sections' (extractor/document_time.py): what a heading
    # starts on, whatever the section before it stated
    clock = section_clock(page)
    for sent in page.layout.sentences:
        art = document(sent.start) if c.one_text else sent.article
        opens_paragraph = sent.paragraph != paragraph
        if c.body.get(art) and opens_dispatch(page.text, sent.start, page.layout.paragraphs[sent.paragraph].end):
            # a second dispatch in the article (…。本报杭州1月12日电…), where its paragraph begins or
            # inside one the layout ran together, is a story of its own: what the first one stated
            # (１１日晨…) is not its
            c.current.pop(art, None), c.opened.pop(art, None), c.stated.pop(art, None), c.aside.pop(art, None)
        if art in c.sectioned and (is_heading(page.text, sent.start) or (
                opens_paragraph and page.layout.paragraphs[sent.paragraph].kind != "body")):
            c.current[art] = c.sectioned.pop(art)  # the next heading: the five years again
        if art in c.looked_back and opens_section(page.text, sent.start):
            c.current[art], year_before = c.looked_back.pop(art)  # 二、社会保险 after the five years' paragraph: the year
            if year_before is not None:
                c.stated[art] = year_before  # (全年, 年末 there: that year's, not the five years' first)
        if opens_paragraph:
            paragraph = sent.paragraph
            open_paragraph(c, page, times, sent, art)
        if clock:  # (a heading may open a sentence of a paragraph the layout ran together: …。（二）农机装备。…)
            reset = clock.opening(page.text, sent.start, opens_paragraph, c.current.get(art), art not in c.clocked)
            if reset is not None:
                c.clocked.add(art)
                c.current[art] = c.opened[art] = reset
                c.stated[art] = year_of(reset) or c.stated.get(art)
                for held_back in (c.looked_back, c.sectioned, c.aside, c.spanned, c.notice):
                    held_back.pop(art, None)  # (what they hold back is the section before's)
        if art in c.aside and not plans_ahead(page.text, sent.start, sent.end):
            c.current[art] = c.aside.pop(art)  # a time to come carried on stops at a sentence that plans nothing
        if page.layout.paragraphs[sent.paragraph].kind == "body":
            c.body[art] = True
        if last_facts is not None and sent.start > (last_any if c.one_text else last_facts.get(sent.article, -1)):
            continue  # no fact of its article (of the page, for a report read as one text) in it or after it
        year = writing.get(sent.article, doc_year(sent.article))
        fill = c.stated.get(art, years.get(sent.article, doc_year(sent.article)))
        found = times.of(sent, year, fill)
        if sent.article in c.features and art not in c.opening and page.layout.paragraphs[sent.paragraph].kind == "body":
            c.told.add(art, found)  # the years the feature's opening states
        labelled = [times.notices[at] for at, _, _, _ in found if at in times.notices] if times.notices else []
        if labelled:
            c.notice[art] = labelled[-1]  # (Times.of read the day as its month: the notices after it go on with it)
        # a base (比上年) or a target (力争到2030年) is no period of the sentence's other facts
        # ("" for a time that names no period, 近几年: it is a lead that stops what was carried)
        # (…，上年同期为8.75亿元: a clause stating only a base leads nothing, even with no time before it)
        lead_at, lead_end, lead = next(((at, e, period) for at, e, period, kind in found if not kind
                                        and period is not None and (period or at - sent.start <= VAGUE_LEAD)
                                        and not opens_base_clause(page.text, at, found)
                                        and not learned_day(page.text, e, period)),
                                       (-1, -1, None))
        said = c.part_said.pop(art, None)  # (the sentence before's own part of a year: for a 其中 sentence only)
        if lead and lead != c.notice.get(art):
            c.notice.pop(art, None)  # a time of its own (2026年第三季度…): the notices' month stops
        if clock:
            clock.said(page.text, sent.start, lead_at, lead)  # (六、2027年工作打算: the section's time)
        # (…，已于10月中旬全部兑付到户: a month said in a later clause is its sentence's, extractor/document_time.py)
        stood_before = (c.current.get(art),) if clock and clock.aside(page.text, sent.start, lead_at, lead) else None
        refined = refined_lead(found, lead_at, lead_end, lead)
        if refined[2] != lead and (AS_OF_MONTH.match(refined[2]) or PART.match(refined[2]) or sent.article in c.features and (
                art in c.opening or A_DAY.search(refined[2]))):
            # (a month in the feature's opening paragraph goes on as the year it names, 去年１０月…进行了
            # 调查 then the survey's shares: 1997, opening_period; a day there is the opening's scene)
            lead_at, lead_end, lead = refined
        # and where the lead stands, with what stood before the sentence: a clause before it is
        # not its (…投资129亿元，…由1993年底的6.68平方米提高到…), but a word of the present (下辖24个支行，
        # 现有员工…) or the whole year (压减5%，确保全年…) speaks for all its sentence
        whole = lead is None or bool(NOW.match(lead)) or page.text[lead_at:lead_end] in whole_year()
        if opens_paragraph and sent.article in c.features and lead and lead_at - sent.start <= VAGUE_LEAD and \
                lead.startswith(f"{c.issued.year}-{c.issued.month:02d}") and art in c.opening:
            c.scene.setdefault(art, lead)
        if sent.article in c.features and art in c.opening and lead is not None:
            # a paragraph opened by an earlier day starts a scene; any other time its paragraph
            # states (如今, 几年来, a year) ends the scene told before
            if opens_paragraph and lead_at - sent.start <= VAGUE_LEAD and earlier_scene(lead, c.issued):
                c.earlier[art] = lead
            elif lead != c.earlier.get(art):
                c.earlier.pop(art, None)
        if opens_paragraph and lead and sent.article not in c.features and \
                event_day(page.text, sent.start, sent.end, lead, lead_at, lead_end,
                          opening_event_day(page.text, times, sent, lead_at, lead) is not None):
            c.events[art] = lead  # 11月18日上午，…签约活动…举行: the event's day, for the item's next paragraphs
        if kept is None or id(sent) in kept:
            out[id(sent)] = (lead if lead is not None else c.current.get(art), fill,
                             -1 if whole else lead_at, c.current.get(art), art in c.stated)
            if lead is None and said and opens_on_part(page.text, sent.start):
                out[id(sent)] = (said, fill, -1, c.current.get(art), art in c.stated)  # 其中，某镇… after 1至3月，我区…
            listed = selections.get(sent.article)
            if listed and (c.current.get(art) or "").removeprefix("../")[:4] in ("", str(c.issued.year)) and (
                    lead is None or lead.startswith(f"../{c.issued.year}")):
                # an item of a past year's selected events (’97某省十大经济新闻…揭晓。它们是：某厂亏损２亿元…): that
                # year's, not the month of filing nor a now said before it (nor one said after it: …，完成目前…)
                out[id(sent)] = (listed, fill, -1, listed, art in c.stated) if lead is None else \
                    (lead, fill, lead_at, listed, art in c.stated)
        if lead == "":
            # a time that names no period (近年来) is its own sentence's only: the sentences after
            # it keep what the sentence states after it (…提高到2023年的65.8%), else what stood before
            lead = next((p for _, _, p, kind in reversed(found) if not kind and p), None)
            if lead is None and sent.article in c.features and opens_paragraph:
                # 改革开放初期，… opening a feature's paragraph: the paragraph tells of no period
                c.current[art] = None
        lead, spoken = now_lead(c, page, sent, art, found, lead, lead_at, lead_end)
        if lead and "/" in lead:
            # 2012年以来新登记的企业去年缴税达到…: a since the sentence then narrows to a year after its
            # start goes on as that year, as the sentence ends on it (not five years' span and the level
            # of their last year, 过去五年，…从2020年的…提升到2025年的…: the next sentences keep the span)
            last = next((p for _, _, p, kind in reversed(found) if not kind and p), None)
            if last and last.isdigit() and lead.endswith("/..") and lead[:4] < last:
                lead = last
        if lead is None and c.issued:
            # in a news story, the last few years opening a sentence (４年间，驻军先后投入…。…先后为驻军
            # 办了７００多件实事): the period of its paragraph's sentences after it, not of the next
            # paragraphs (a report's next sentences go back to the year it reviews)
            span = next((p for at, _, p, kind in found if kind == "recent" and p and "/" in p
                         and at - sent.start <= VAGUE_LEAD and p[-4:].isdigit() and int(p[-4:]) < c.issued.year), None)
            # (years past only: 争取用３年时间，… is a plan of its own sentence)
            if span:
                c.current[art], c.spanned[art] = span, True
        if lead is None and c.one_text and opens_paragraph:
            # 近两年，…。实施两年新增4万亿元的投资计划。…占43.7%: the two years, to the next heading
            span = next((p for at, _, p, kind in found if kind == "recent" and inside_span(p, c.current.get(art))
                         and at - sent.start <= VAGUE_LEAD), None)
            if span:
                c.sectioned.setdefault(art, c.current.get(art))
                c.current[art] = span
        # (a report's earlier year when something was proposed, 2004年我们提出用三年时间…: its sentence's only,
        # nor the year a later 全年 is of)
        proposed = bool(lead) and c.one_text and proposed_then(page.text, lead, lead_end, sent.end, issue_year(page.dated))
        if lead and lead.isdigit():
            c.year_led.add(art)
        carry_lead(c, page, sent, art, found, lead, lead_at, lead_end, opens_paragraph, proposed)
        day = opening_day(page.text, times, sent, found) if lead is None else None
        if page.layout.paragraphs[sent.paragraph].kind == "body" and art not in c.firsts and \
                page.text[sent.start:sent.end].rstrip()[-1:] in SENTENCE_ENDS:  # (not a site's 发布时间：… line)
            c.firsts.add(art)
            if c.issued is None and not c.one_text and lead and A_DAY.fullmatch(lead) and \
                    not OPENING_CLAUSE.search(page.text, sent.start, lead_at):
                c.opened_on[art] = lead
        if lead and opening_event_day(page.text, times, sent, lead_at, lead):
            c.held[art] = lead  # １月８日上午，…启动仪式在这里举行 opening a dispatch: its event, in its next paragraph
        if day and (kept is None or id(sent) in kept) and c.current.get(art) is None:
            # (and of its own sentence's figures before it: 某国４个新团体…今天宣告成立, the event's)
            out[id(sent)] = (day, fill, -1, None, art in c.stated)
        if day:  # 今天在京受到表彰 inside a dispatch's first sentence: its event, in the paragraphs after it
            c.held[art] = day  # (据介绍，我国尚有７２００万无电人口 later in its own paragraph: as of the month)
            c.current[art] = day  # and in the sentences after it in its paragraph (…等２０位嘉宾…演讲)
        goal = goal_span(page.text, found, sent.start, year)
        if goal:
            c.current[art] = goal  # the plan the story goes on to describe, until it states another time
        decided = decided_span(page.text, found, lead_end) if lead else None
        if decided:
            # 通过一项决议，确定了1998年至2000年…: the span, not when it was decided, for the rest of
            # its paragraph (the next ones go back to what stood before it); 其主要目标是：确保2003年…:
            # the plan's years from the writing (goal_span)
            c.current[art], c.spanned[art] = decided, True
        for at, _, period, kind in found if not proposed else ():
            # (a base clause's year, 上年同期为…, is its own number's: the next sentences' months keep the year stated)
            # (nor a span over years, "十四五"期间 2021/2025 or 2021年末至2025年末, after a year stated: its first year is
            # no year the text speaks of, and a 全年, 今年 or 本年 after it keeps the year stated before it)
            m = PERIOD_YEAR.search(period or "") if not kind and not ahead_of(period, c.issued) \
                and not opens_base_clause(page.text, at, found) and not (over_years(period) and art in c.stated) \
                and not (spoken and NOW.match(period or "")) else None
            if m:
                c.stated[art] = int(m.group(1))
        if lead is None and (year_end := past_as_of_month(page.text, sent.start, sent.end, c.current.get(art))):
            c.current[art] = year_end  # (截至去年１１月底，…。…，年末全县…: the year, for what follows)
        if stood_before is not None:
            c.current[art] = stood_before[0]
        if clock and clock.title(sent.start, sent.end):
            # (2026年1-3季度…经济运行情况: the span its title names, which no rule of its sentence reads whole)
            c.clocked.add(art)
            c.current[art], c.stated[art] = clock.document.period, clock.document.year
    return out
