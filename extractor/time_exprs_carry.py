"""Which of a sentence's times the sentences after it keep (extractor/scope.py reads a page's
sentences in turn and carries a period on): the words and shapes it asks about."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .clauses import BREAK_CLASS
from .datelines import closes_with_dateline, has_dateline, opens_dispatch
from .lexicon import table
from .page import Page
from .layout import Sentence
from .record import Record
from .period_shapes import in_brackets, period_words as _period_words
from .time_exprs_words import period_list
from .time_words import scope_words

_FIGURE = re.compile(r"[0-9０-９]")
_FIVE_YEARS = re.compile(r"^(\d{4})/(\d{4})$")
TOPIC_MARK = ("，", ",")


def year_of_span(lead: str, carried: Optional[str], given: Optional[int]) -> bool:
    """Whether lead is one year of the five years carried that a report given in `given` reviews
    (2010 of 2006/2010 in the 2011 report; not 2026 of the plan 2026/2030: 今年要… goes on)."""
    m = _FIVE_YEARS.match(carried or "")
    return bool(m) and lead.isdigit() and given is not None and int(m.group(2)) - int(m.group(1)) == 4 \
        and int(m.group(1)) <= int(lead) <= int(m.group(2)) < given


def year_of_plan(lead: str, carried: Optional[str], given: Optional[int]) -> bool:
    """Whether lead is a later year of the five a report given in `given` plans (2030 of 2026/2030 in the 2026
    report: 非常规天然气产量2030年达到…, a target its sentence sets); not the year given (今年要… goes on)."""
    m = _FIVE_YEARS.match(carried or "")
    return bool(m) and lead.isdigit() and given is not None and int(m.group(2)) - int(m.group(1)) == 4 \
        and given == int(m.group(1)) < int(lead) <= int(m.group(2))


def plan_named_inside(lead: str, carried: Optional[str], given: Optional[int]) -> bool:
    """Whether lead is the span of the five years a report given in `given` plans (2026/2030 in the 2026 report),
    named inside a sentence of a year's work (…，“十五五”时期某市新增常住人口50万…, under 三、2026年工作安排,
    carried 2026): a goal of its own sentence; the sentences and paragraphs after it go on with the year's
    work (农村生活污水治理率达62%: 2026), not the plan's five years. Not a plan carried already (under
    二、“十五五”时期主要目标 what stands is the span, not a year)."""
    m = _FIVE_YEARS.match(lead)
    return bool(m) and given is not None and carried == str(given) and int(m.group(1)) == given \
        and int(m.group(2)) - int(m.group(1)) == 4


def plan_after_given(lead: str, given: Optional[int]) -> bool:
    """Whether lead is a span of years all after the year a report was given in (“七五”期间还将兴建一批重大项目 in the
    1983 report, 1986/1990): a plan beyond the one it sets out, which its own paragraph speaks of; the paragraphs after
    it go back to the years the report is about (财政收入的大部分来自城市: 1983, not 1990)."""
    m = _FIVE_YEARS.match(lead)
    return bool(m) and given is not None and int(m.group(1)) > given


def in_reason_clause(text: str, start: int, at: int) -> bool:
    """Whether the time at `at` stands in a clause of its sentence (from start) that gives a cause (…，由于上一年的
    收成较好，…: data/period.toml reason_marks): the cause's, not a time the next sentences go on with."""
    clause = BREAK_CLASS.split(text[start:at])[-1]
    return clause.startswith(_reason_marks())


@lru_cache(maxsize=1)
def _reason_marks() -> tuple[str, ...]:
    return tuple(table("period.toml").get("reason_marks", []))


def starting_level(text: str, at: int, end: int, period: str) -> bool:
    """A year that dates the level a change starts from (补贴从2007年的639亿元增加到…, 由1978年底的…): a
    base of its sentence's change, not a time the sentences after it go on about; not a span so
    written (从1979年到1982年的四年内: the years the sentences go on about)."""
    return "/" not in period.removeprefix("../") and text.endswith(_period_words().from_before, 0, at) \
        and bool(_OF_LEVEL.match(text, end))


_OF_LEVEL = re.compile("[末底初]?的")  # 从2007年末的…: the year's end read apart from its year


@lru_cache(maxsize=1)
def caption_leads() -> tuple[str, ...]:
    return tuple(table("period.toml").get("caption_leads", []))


@lru_cache(maxsize=1)
def standing_now() -> frozenset[str]:
    """目前, 现在 opening a sentence: what stands at the writing (data/period.toml standing_now)."""
    return frozenset(table("period.toml").get("standing_now", []))


@lru_cache(maxsize=1)
def whole_year() -> frozenset[str]:
    """全年: data/period.toml whole_year."""
    return frozenset(table("period.toml").get("whole_year", []))


def names_a_report(text: str, found: list, lead: str, end: int) -> bool:
    """发布了1997年第四季度产品质量抽查结果。: a part of a year that names a report (data/period.toml
    part_reported) and no figure after it in its sentence: the next sentences report from it."""
    at = next((b for _, b, p, k in found if not k and p == lead), end)
    return not _FIGURE.search(text, at, end) and bool(_period_words().part_reported.search(text, at, end))


def part_months(period: str, written: Optional[str] = None) -> bool:
    """Whether a span of months is a part of a year named by a word (二季度, 上半年), not a run
    of months that a report goes on about (1—11月). With the words that stated it (written), the
    word must be among them: 1-9月 covers 前三季度's months but is a run, which a notice's next
    sentences go on with (1-9月全县发放…。其中城市低保资金…: the nine months, not the year)."""
    months = (int(period[5:7]), int(period[13:15]))
    return any(months == m[:2] and (written is None or w in written)
               for w, m in scope_words().parts if m != (1, 12))


def glossed(text: str, at: int, end: int) -> bool:
    """Whether the time between at and end stands in brackets right after a word it glosses (汛期（6—9月）降水量…,
    春防期间(1-5月)发生…): a season the sentence names, its own only; the sentences after it go on with what stood
    before (全省地表水资源量… is the year's, own-blind21 water-bulletin)."""
    opened = text[:at].rstrip("\n").endswith(("（", "("))
    word = text[:at].rstrip("\n").rstrip("（(").rstrip("\n")[-1:]
    return opened and bool(re.match(r"[\u4e00-\u9fff]", word)) and text[end:end + 1] in ("）", ")")


def dated(page: Page, start: int, end: int, signed: bool = False) -> bool:
    """Whether the story between start and end is a dispatch: it opens with a dateline (本报北京1月4日讯),
    or one of its paragraphs does after a note set before it (编辑点评：… then 本报银川1月2日电…); signed:
    or it closes with one in brackets (signed_only)."""
    if has_dateline(page.text, start, end) or (signed and closes_with_dateline(page.text, start, end)):
        return True
    return any(opens_dispatch(page.text, p.start, p.end) for p in page.layout.paragraphs if start <= p.start < end)


def signed_only(page: Page, article: int) -> bool:
    """Whether a story has no dateline but the one closing it in brackets (…家园。（新华社某地１月１２日电）):
    told paragraph by paragraph as a feature, but filed that day: a figure of a paragraph that the story's
    opening does not date stands then (the month of issue), though a day or a year was stated before it."""
    a = next((a for a in page.layout.articles if a.index == article), None)
    return a is not None and not dated(page, a.start, a.end) and closes_with_dateline(page.text, a.start, a.end)


@lru_cache(maxsize=1)
def _proposed_words() -> tuple[str, ...]:
    return tuple(table("period.toml").get("proposed_after", []))


def proposed_then(text: str, lead: str, lead_end: int, end: int, given: Optional[int]) -> bool:
    """Whether a report given in `given` names an earlier year, before the one it reviews, as when
    something was proposed (2004年我们提出用五年时间逐步完成…, in the 2007 report: data/period.toml
    proposed_after before the sentence's end): the next sentences go back to the year reviewed."""
    if not given or not lead.isdigit() or int(lead) >= given - 1:
        return False
    return any(text.find(w, lead_end, end) >= 0 for w in _proposed_words())


def dispatch_month(page: Page, fact: Record, said: bool, months: dict[int, str]) -> Optional[str]:
    """The month of issue for a dispatch's figure that nothing before it dates (months: the dispatches'
    articles; signed_only: a feature's paragraph), not a headline's (its body's: period_shapes.headline_periods)."""
    if fact.article not in months or (said and not signed_only(page, fact.article)) or fact.type == "duration" \
            or in_brackets(page.text, fact.norm_start):
        return None  # a length of time (不到20年) and a note on the page (附图片1张) are of no month
    sent = page.layout.sentence_at(fact.norm_start)
    if sent is None or page.layout.paragraphs[sent.paragraph].kind in ("title", "subtitle"):
        return None
    if background_deed(page, fact, sent):
        return None  # 他们还从县财政拨款４０万元, 先后送去…３万册: a deed told as background, of no month
    return months[fact.article]


def background_deed(page: Page, fact: Record, sent: Optional[Sentence]) -> bool:
    """Whether the fact's clause, up to it, marks it as a deed told as background (先后, 还从: data/period.toml
    background_deeds)."""
    if sent is None:
        return False
    before = page.text[sent.start:fact.norm_start]
    clause = BREAK_CLASS.split(before)[-1]
    if clause.startswith("还") and "除" in before[:len(before) - len(clause)]:
        return False  # 除收录…外，还从…选出５００家: what the news itself holds, besides the rest
    return any(w in clause for w in period_list("background_deeds"))



def now_marked(text: str, start: int, pos: int) -> bool:
    """Whether the clause before the number at pos (from start, its sentence's, at most) marks it as
    standing now (已有, 尚有: data/period.toml now_marked), after no run of years to now (数年来)."""
    clause = BREAK_CLASS.split(text[start:pos])[-1]
    marks, since = _now_words()
    return any(w in clause for w in marks) and not any(text.find(w, start, pos) >= 0 for w in since)


_STATEMENT_BREAK = re.compile("[；;]")


def marked_now_after(text: str, end: int, pos: int, period: Optional[str], issue_year: int) -> bool:
    """Whether the number at pos stands in a statement of its own after the sentence's last time (ending at
    end), set off by a semicolon, whose clause marks it as standing now (…全年生产…；全行业…已累计安置…４．９万人):
    the writing's, also in a story reviewing the year before (bench/gold/README.md "What exists now"); not
    after a time of an earlier year, nor of a plan (a year from the writing's on)."""
    if not (period and period.isdigit() and int(period) == issue_year - 1):
        return False
    last = None
    for last in _STATEMENT_BREAK.finditer(text, end, pos):
        pass
    return last is not None and now_marked(text, last.end(), pos)


@lru_cache(maxsize=1)
def _now_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    t = table("period.toml")
    return tuple(t.get("now_marked", [])), tuple(t.get("now_marked_not_after", []))
