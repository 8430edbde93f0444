"""What a sentence's own leading time gives the sentences after it (sentence_periods.py): a part of a year its
sentence's only, a time to come held aside, a look back or a few years to the next heading, a since said late its
paragraph's, a month and its run paired; apart since it runs once a lead is known."""
from __future__ import annotations

import re
from typing import Optional

from .issue_date import issue_year
from .layout import Sentence
from .lead_times import (PART, SINCE_SPAN, VAGUE_LEAD, YEAR_END_STOCK, ahead_of, earlier_year, holding_run, later_month,
                         plans_ahead)
from .page import Page
from .period_breakdown import part_of_stood
from .period_carry import Carry
from .period_from_day import from_day
from .period_look_back import looks_back, sub_section_span, whole_year_aside
from .period_month_run import counterpart, month_or_run
from .period_release import after_part, release_span
from .time_exprs_carry import (TOPIC_MARK, glossed, in_reason_clause, names_a_report, part_months, plan_after_given,
                               plan_named_inside, starting_level, year_of_plan, year_of_span)
from .time_words import scope_words


_A_MONTH = re.compile(r"^\d{4}-\d{2}$")
_CLAUSE_OPENS = "，,；;：:。\n"


def month_inside(text: str, start: int, at: int, lead: str) -> bool:
    """A month said inside a report's sentence, not opening it or one of its clauses (`城镇调查失业率4月份一度升至
    6.1%`, `涨幅由7月份的5.3%回落到…`): a moment of its own clause, not the time the next sentences report (they go
    back to the year reviewed); a month opening a sentence or a clause (`10月份，全省…`) goes on as before."""
    return bool(_A_MONTH.match(lead)) and at - start > VAGUE_LEAD and text[at - 1:at] not in _CLAUSE_OPENS


def carry_lead(c: Carry, page: Page, sent: Sentence, art: int, found: list, lead: Optional[str], lead_at: int,
               lead_end: int, opens_paragraph: bool, proposed: bool) -> None:
    """Update what the article carries (c.current and what waits aside) from the sentence's lead."""
    if lead:
        c.spanned.pop(art, None)
        # a part of a year (二季度) is its sentence's: the sentences after it keep its year
        part = PART.match(lead)
        # (in a release, notice or report, a run of months written out, 1-9月, is no part named by a word though
        # it covers 前三季度's months: its next sentences go on with it, 其中城市低保资金…; a news story's
        # 1至9月 is its sentence's, as before)
        written = page.text[lead_at:lead_end] if c.issued is None else None
        # (nor a run in brackets glossing a season the sentence names, 汛期（6—9月）降水量…: its sentence's only)
        reported = bool(part) and names_a_report(page.text, found, lead, sent.end)
        own = part and (part_months(lead, written) or glossed(page.text, lead_at, lead_end)) and not reported
        if reported and c.issued is not None:
            # (一季度，全区经济运行…。 in a news story: the part its story reports, as a release's title names it; its
            # later sentences stating the part again, 一季度新增…, go back to it, not to the bare year)
            c.released.setdefault(art, lead)
        # a report's year's end opening a sentence (2012年底，…人均住房面积…) is its sentence's: a
        # report states its standing figures sentence by sentence, and the next ones go back to
        # the span or year it reviews (…年均增长13.4%: the five years); not an explicit as-of
        # (到1955年底，…。其中…: the date of the count the next sentences go on with)
        if not (c.one_text and YEAR_END_STOCK.match(lead) and lead_at - sent.start <= VAGUE_LEAD
                and not page.text.endswith(scope_words().as_of, 0, lead_at)) \
                and not (c.one_text and lead_at - sent.start > VAGUE_LEAD and (
                    year_of_span(lead, c.current.get(art), issue_year(page.dated))
                    or year_of_plan(lead, c.current.get(art), issue_year(page.dated))
                    or plan_named_inside(lead, c.current.get(art), issue_year(page.dated)))
                         and not page.text.startswith(TOPIC_MARK, lead_end)) \
                and not proposed and not (c.one_text and starting_level(page.text, lead_at, lead_end, lead)) \
                and not (in_reason_clause(page.text, sent.start, lead_at) and (
                    not c.one_text or earlier_year(lead, c.current.get(art)))) \
                and not (c.issued is None and from_day(page.text, sent.start, lead)) \
                and not (c.one_text and month_inside(page.text, sent.start, lead_at, lead)):
            # (nor, in a report, an earlier year when something was proposed: 2004年我们提出用三年时间…,
            # its sentence's; nor, in a report's five-year review, one year of the five named inside a sentence
            # (粮食产量…，去年达到1.09万亿斤): that sentence's; the next go on with the five years; not
            # one set off as the topic (刚刚过去的2025年，我们…): what follows is that year's; nor the year of
            # a report's starting level, 从2007年的639亿元增加到…: the next sentences keep the years reviewed;
            # nor a day a yearly text's level takes effect from, 7月1日起,…: extractor/period_from_day.py)
            if ahead_of(lead, c.issued):
                c.aside.setdefault(art, c.current.get(art))
            elif later_month(lead, c.issued):
                c.aside[art] = str(c.issued.year)  # 预定于今年３月１日投放市场。…长宽均为16厘米: the year
            else:
                c.aside.pop(art, None)
            kind = page.layout.paragraphs[sent.paragraph].kind
            # (a title block opening after a body, a release's title after notices in one print: a new text)
            after_body = sent.paragraph > 0 and page.layout.paragraphs[sent.paragraph - 1].kind == "body"
            span = release_span(kind, c.body.get(art, False) and not after_body, lead,
                                bool(part and part_months(lead, written) and not own))
            if span:
                c.released.setdefault(art, span)
            if looks_back(lead, c.current.get(art)) and not plans_ahead(page.text, sent.start, sent.end) and \
                    not lead[-4:] >= str(issue_year(page.dated) or 9999):  # (a plan's years ahead look forward)
                c.looked_back.setdefault(art, (c.current.get(art), c.stated.get(art)))  # ("十四五"时期(2021-2025年)…: to the next section)
            if c.one_text and sub_section_span(page.text, page.layout.paragraphs[sent.paragraph].start, lead,
                                             c.current.get(art)):
                c.sectioned.setdefault(art, c.current.get(art))  # ((四)…2024—2025雪季…: to the next heading)
            if whole_year_aside(page.text[lead_at:lead_end], lead, c.current.get(art)):
                c.looked_back.setdefault(art, (c.current.get(art), c.stated.get(art)))  # (全年共资助…: to the next section)
            if not part_of_stood(page.text, sent.start, lead, c.current.get(art)):
                # (其中，前三季度…，10月当月… under 1-10月: parts of the months that stood, which go on)
                # (or the run of months stated before it that holds the part: 1-10月，…。其中，前三季度到位…，10月当月…。
                # 省外资金…: the ten months again, not the bare year)
                c.current[art] = after_part(lead, c.released.get(art) or holding_run(c.current.get(art), lead)) if own else lead
                if own:
                    c.part_said[art] = lead
                # (months stated after the paragraph opened: see whole_years_before)
                c.inside[art] = c.current[art] if not opens_paragraph and art in c.year_led else None
                if c.one_text and plan_after_given(lead, issue_year(page.dated)):
                    c.spanned[art] = True  # (“七五”期间还将…: its paragraph's; the next go back to the report's years)
                if c.issued and lead_at - sent.start > VAGUE_LEAD and SINCE_SPAN.match(lead) and \
                        int(lead[:4]) < c.issued.year and \
                        any(w in page.text[lead_at:lead_end + 2] for w in scope_words().since_close):
                    # a news story's since, said after its sentence opens (…情谊,１９９６年以来天津市累计…): its
                    # paragraph's; the next paragraph goes back to the year it opened on (…五项扶贫工程: 1997); not a
                    # start from the issue's year on (从１９９８年起，国家将实施…: the plan the story goes on with)
                    c.spanned[art] = True
            # (not a part named by a word, 上半年: a report's half year and a month in it are read as before)
            if month_or_run(lead) and not (part and part_months(lead)) and \
                    counterpart(lead, c.reviewed.setdefault(art, lead)):
                c.paired.add(art)  # 10月份，… then 1-10月平均，…: the run is its paragraph's, the month goes on
