"""The period of one written date (1996年末, 去年5月12日, 1—11月, 从2月起, 截至1997年底): the date
itself, a since, an as-of, or a span, from the words around it. extractor/time_exprs.py reads
every date of a sentence through it, extractor/scope.py a fact's own date."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .clauses import BREAK_CLASS
from .issue_date import Issued, fill_period, issue_date, issue_year
from .lexicon import table
from .page import Page
from .period_shapes import period_words as _period_words
from .record import Record
from .time_exprs_named import same_year_before
from .time_exprs_words import (YEAR_BEFORE as _YEAR_BEFORE, calendar_name, closes_since, closes_since_alone,
                               month_after_words, month_ahead, period_list,
                               starts_act, takes_effect, year_start_words)
from .time_words import scope_words

YEAR_ONLY, _MONTH_ONLY = re.compile(r"\d{4}"), re.compile(r"\d{4}-\d{2}")  # (fullmatch)
_DAY_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")
_NEAR_DAY = "前后"


@lru_cache(maxsize=1)
def _day_deadline() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """前, 以前 after a day, and the words of a deadline met in its clause (data/period.toml [day_deadlines])."""
    t = table("period.toml").get("day_deadlines", {})
    return tuple(t.get("words", [])), tuple(t.get("met_words", []))


def deadline_day(text: str, e: int) -> bool:
    """Whether the day ending at e is a deadline: 前 after it and a word of a target met in its clause (…前支出进度达到
    100%), not a condition (一九九三年十二月三十一日前参加工作的…, 1月1日以前成立的政党) nor 前后."""
    words, met = _day_deadline()
    if not text.startswith(words, e) or text.startswith(_NEAR_DAY, e):
        return False
    clause = BREAK_CLASS.split(text[e:e + 40], maxsplit=1)[0]
    return any(w in clause for w in met)
_OTHER_MONTH = re.compile(r"XXXX-\d{2}")  # a month written without its year (7月20日, 9月)
_FROM_LEVEL = re.compile(r"[^。；]*?[从由][^。；，]*?(?:到|至)")  # …从17.9%提升到35.5%
_FROM_REACH = 80


_WRITTEN_YEAR = re.compile(r"(\d{4})年")
# a year written in figures or in characters (一九九六年), for the story's earlier year below
_ANY_YEAR = re.compile(r"((?:19|20)\d\d|[一二][〇○零一二三四五六七八九]{3})年")
_YEAR_CHARACTERS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
_SENTENCE_REACH = 120
_STORY_BACK = 20000  # characters of its article read back for the story's earlier year
_DONE_REACH = 30  # (the act told after its date: 今年３月已建成…, 今年７月，背着妈妈，我…去了…)
_SENTENCE_END = re.compile("[。！？\n]")


def _sentence_year(text: str, at: int, since: int = 0) -> Optional[int]:
    """The last year written (1997年) in the sentence before `at`, looking back a bounded stretch, not before
    `since` (a page's masthead, run into its first sentence by the layout, is no year of it)."""
    head = text[max(0, since, at - _SENTENCE_REACH):at].rsplit("。", 1)[-1]
    years = _WRITTEN_YEAR.findall(head)
    return int(years[-1]) if years else None


def _earlier_year_before(page: Page, d: Record, year: int) -> bool:
    """Whether the article states its earlier year (`year`, the latest it names) before the date: a month after
    it is of that story (１９８７年…。…从５月２０日开始), but a dispatch's dateline and the dates of its first sentences,
    written before the story names the year (本报某地１２月３１日电 １２月２８日，…。…１９９６年４月，…决定…), are
    read from the issue (a December dateline on a January page: the year before the issue's)."""
    arts = page.layout.articles
    start = arts[d.article].start if 0 <= d.article < len(arts) and arts[d.article].index == d.article else 0
    start = max(start, d.norm_start - _STORY_BACK)  # (bounded per date: linear in page length)
    return any(int(y.translate(_YEAR_CHARACTERS)) == year for y in _ANY_YEAR.findall(page.text, start, d.norm_start))


def _told_done(text: str, start: int, end: int) -> bool:
    """Whether the sentence after a date tells its act as done (…３月已建成投产, …我第一次去了西藏):
    data/period.toml month_done_after, not inside month_done_not; not where its clause plans it before the
    date (欧盟将于今年５月份…确定…，尽管英国已经表示…: plan_words)."""
    before = BREAK_CLASS.split(text[max(0, start - _DONE_REACH):start])[-1]
    if any(w in before for w in period_list("plan_words")):
        return False
    rest = _SENTENCE_END.split(text[end:end + _DONE_REACH], 1)[0]
    for word in period_list("month_done_not"):
        rest = rest.replace(word, "")
    return any(w in rest for w in period_list("month_done_after"))


def _before_issue(value: str, page: Page) -> bool:
    """Whether a date (1994, 1997-11) is before the month a news page was issued, or before the year a report
    was given in (none known: False). A bare year is compared by year: the issue's own year holds its month, and
    is not before it (as strings "1998" sorts before "1998-01")."""
    if not value[:4].isdigit():
        return False
    issued = issue_date(page.dated)
    if issued:
        if YEAR_ONLY.fullmatch(value):
            return int(value) < issued.year
        return value[:7] < f"{issued.year:04d}-{issued.month:02d}"
    given = issue_year(page.dated)
    return given is not None and int(value[:4]) < given


@lru_cache(maxsize=1)
def _relative_words() -> tuple[str, ...]:
    return tuple(word for word, _ in scope_words().relative if word)


def _fill(value: str, year: Optional[int]) -> str:
    if not (year and value.startswith("XXXX")):
        return value
    # 1日 of an unnamed month in a known year: the period is the year
    return str(year) if value.startswith("XXXX-XX") else value.replace("XXXX", str(year))


def date_period(page: Page, d: Record, year: Optional[int], writing: Optional[int] = None) -> str:
    """year: the year of a date written without one; writing: the year relative words count from
    (去年5月12日, 截至去年11月末)."""
    w = scope_words()
    s, e = d.norm_start, d.norm_end
    text = page.text
    named = next(((word, delta) for word, delta in w.relative if word and text.endswith(word, 0, s)), None) \
        if text.endswith(_relative_words(), 0, s) else None  # (one test first: most dates follow none)
    if named and (writing or year):
        year = (writing or year) + named[1]
    issued = issue_date(page.dated)  # a page issued on a named day: its month and year first
    written = _YEAR_BEFORE.search(text, max(0, s - 5), s)
    if written and str(d.value).startswith("XXXX"):
        year, issued = int(written.group(1)), None  # 1996年1月 read as two dates: the year written
    if issued and not named and _OTHER_MONTH.match(str(d.value)) and int(str(d.value)[5:7]) != issued.month:
        # a month without its year after a year written earlier in its sentence (１９９７年，…由３月份增长…)
        # is that year's; after an earlier year stated before the sentence (徐柏玉在１９８７年…。…从５月２０日
        # 开始…到７月２０日) too, not one of the last twelve months of the issue (a day of the issue's month,
        # １２日下午, 1月8日, stays the issue's: the news of the days it was printed)
        in_sentence = _sentence_year(text, s, page.masthead_end)
        if in_sentence is not None:
            year, issued = in_sentence, None
        elif year is not None and year < issued.year - 1 and _earlier_year_before(page, d, year):
            issued = None
    if str(d.value).startswith("XXXX") and (same := same_year_before(text, s)):
        (year, s), issued = same, None  # 截至同年１２月５日 after １９９６年秋: the year written last
    # a month after its year word (今年３月, 前年５月 on a January page) is of the year the word names, not
    # one of the twelve months before the issue (as a month after a year written, 1996年1月, is); but a
    # month of 今年 after the issue's told as done (今年３月已建成) was written in the year before
    filled = None if named and year and not (named[1] == 0 and _told_done(text, s - len(named[0]), e)) else issued
    if d.value_max is not None:
        last = fill_period(str(d.value_max), filled)
        # 1—11月 in a January page: both ends in the year of the last (1997-01/1997-11)
        anchor = Issued(int(last[:4]), int(last[5:7]) if last[5:7].isdigit() else 12, 31) \
            if filled and last[:4].isdigit() else filled
        first = _fill(fill_period(str(d.value), anchor), year)
        if first.isdigit() and last.isdigit() and int(last) - int(first) == 5 and \
                _FROM_LEVEL.match(text, e, min(len(text), e + _FROM_REACH)):
            # 2020年到2025年，…比重从17.9%提升到35.5%: a five-year plan's years after their base year
            first = str(int(first) + 1)
        return f"{first}/{_fill(last, year)}"
    value = _fill(fill_period(str(d.value), filled), year)
    part, width = calendar_name(text, e) if YEAR_ONLY.fullmatch(value) else ("", 0)
    value, e = (f"{value}-{part}", e + width) if part else (value, e)  # １９９８年元月: 1998-01
    head = s - len(named[0]) if named else s
    if YEAR_ONLY.fullmatch(value) and text.startswith(_period_words().year_end, e):
        return f"../{value}-12"  # 1996年末, 到1997年底: the stock at the year's end
    if YEAR_ONLY.fullmatch(value) and text.startswith(year_start_words(), e) and text.endswith(w.as_of, 0, head):
        return f"../{value}-01"  # 到1995年初, 截至1995年初: the stock as the year began (1995年初 alone: when)
    if text.startswith(_period_words().not_as_of_after, e):
        return value  # 从2020年的…到2025年的4.93万亿元: the level's own year
    if text.endswith(w.as_of, 0, s) or (named and text.endswith(w.as_of, 0, head)):
        if YEAR_ONLY.fullmatch(value) and text.endswith(_period_words().reached_by, 0, head) \
                and not text.endswith(_period_words().as_of_by, 0, head):
            return value  # 到1980年，小型水利设施发展到3000多处: the level of that year
        return f"../{value}"
    if _MONTH_ONLY.fullmatch(value) and text.startswith(period_list("month_end_by"), e):
        return f"../{value}"  # 于１９９７年３月底前全部结束: as of that month's end
    if _DAY_ONLY.fullmatch(value) and deadline_day(text, e):
        return f"../{value}"  # 2026年12月31日前开工率达到90%: as of that day, a deadline (not 1月5日前后: around it)
    if _MONTH_ONLY.fullmatch(value) and text.startswith(month_after_words(), e):
        e += len(next(m for m in month_after_words() if text.startswith(m, e)))
    if text.startswith(w.since_after, e):
        return f"{value}/.."
    # 自2022年5月投入使用以来, 从去年４月本报推出专栏至今 (the opener before a past year's word; 从今年1月1日起 is
    # when a rule starts, read as before), and 以来 alone closing the clause a year opens (１９９６年开展活动以来: as
    # １９９６年以来; 起 and 开始 alone date the start of an act)
    opened = text.endswith(w.since_before, 0, s) or (named and named[1] < 0 and text.endswith(w.since_before, 0, head))
    if (opened and closes_since(text, e, w.since_close)) or \
            (not opened and closes_since_alone(text, e)):
        ahead = month_ahead(str(d.value), issued)
        if ahead and takes_effect(text, e):
            return ahead  # 从2月起实施 in a January page: from a month to come, a plan (not since last February)
        if opened and _before_issue(value, page) and starts_act(text, e) and not takes_effect(text, e):
            # 从１９９４年起，某市兴建…: when the act began (not 从…起，共建成…: a total since; nor 从２月起实施 in a later
            # month: a rule in force since, whose figures run on)
            return value
        return f"{value}/.."
    return value
