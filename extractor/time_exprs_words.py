"""Word lists and small tests of extractor/time_exprs.py (data/period.toml): what closes a since
phrase (以来, 起), a month to come (从２月起实施), a century's end aimed at (到本世纪末), a year a thing
is named for (面向2030年的), a year's start or a month's 份 after a date, a month or day named by a
word after a year (１９９８年元月, １９９８年元旦), the months of a part of a year (2023年上半年), the
issue's months (上个月), a word of the present that dates a source's speaking (日前报道) and a target
counted from now (从现在起到本世纪末)."""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from .clauses import BREAK_CLASS, PARAGRAPH_BREAK, SENTENCE_BREAK_CLASS
from .issue_date import Issued
from .lexicon import alternation, table
from .period_shapes import period_words as _period_words
from .time_words import scope_words
from .year_counts import YEAR_WRITTEN, YEARS_COUNT

_CLAUSE_END = BREAK_CLASS
_SINCE_REACH = 16


@lru_cache(maxsize=1)
def _ahead_words() -> re.Pattern:
    """起 closing 从２月起 and a word of taking effect right after it (实施): data/period.toml
    month_ahead_close, month_ahead_after."""
    t = table("period.toml")
    return re.compile(f"(?:{alternation(t.get('month_ahead_close', []))})(?:{alternation(t.get('month_ahead_after', []))})")


@lru_cache(maxsize=1)
def _condition_view() -> re.Pattern:
    t = table("period.toml")
    return re.compile(f"(?:{alternation(t.get('condition_view_opens', []))})[^，。；：,;:！？\n]{{1,30}}?"
                      f"(?:{alternation(t.get('condition_view_closes', []))})(?=[，,])")


def condition_view(text: str, at: int, word: str) -> bool:
    """Whether the condition word at `at` only says how figures are looked at (如果从四种指标来检查，…): no
    supposition, so no time that blanks the figures after it (data/period.toml condition_view_opens)."""
    return word in table("period.toml").get("conditional", ()) and bool(_condition_view().match(text, at + len(word)))


def takes_effect(text: str, at: int) -> bool:
    """从２月起实施: 起 and a word of taking effect within the clause after the month at `at`."""
    clause = _CLAUSE_END.split(text[at:at + _SINCE_REACH], maxsplit=1)[0]
    return bool(_ahead_words().search(clause))


def month_ahead(value: str, issued: Optional[Issued]) -> Optional[str]:
    """A month written without its year after the month a page was issued: that month of the
    issue year (从２月起 in a January 1998 page: 1998-02)."""
    m = re.fullmatch(r"XXXX-(\d{2})", value)
    if not m or not issued or int(m.group(1)) <= issued.month:
        return None
    return f"{issued.year}-{m.group(1)}"


@lru_cache(maxsize=None)
def period_list(key: str) -> tuple[str, ...]:
    """A word list of data/period.toml (empty where the file has none), read once."""
    return tuple(table("period.toml").get(key, []))


@lru_cache(maxsize=1)
def level_of_words() -> tuple[str, ...]:
    """的 (and 预计的) after a time word that opens a starting level: data/period.toml level_of,
    longest first."""
    words = [*_period_words().not_as_of_after, *table("period.toml").get("level_of", [])]
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))  # one order whatever the hash seed


def aimed_at(text: str, at: int, word: str) -> bool:
    """到本世纪末: a century's end after 到 (data/period.toml target_year_before) is aimed at."""
    return any(w == word and part == "end" for w, _, part in scope_words().centuries) and \
        text.endswith(_period_words().target_year_before, 0, at) and \
        not text.endswith(_period_words().not_target_before, 0, at)


def label_before() -> tuple[str, ...]:
    """面向 before a year (面向2030年的…项目): data/period.toml label_before."""
    return period_list("label_before")


def year_start_words() -> tuple[str, ...]:
    """初 after a year (到1995年初): data/period.toml year_start."""
    return period_list("year_start")


def month_after_words() -> tuple[str, ...]:
    """份 after a month (４月份以来): data/period.toml month_after."""
    return period_list("month_after")


def closes_since(text: str, at: int, words: tuple[str, ...]) -> bool:
    """以来 (or 起) closes the phrase the date opened, within its clause."""
    clause = _CLAUSE_END.split(text[at:at + _SINCE_REACH], maxsplit=1)[0]
    return any(w in clause for w in words)


def closes_since_alone(text: str, at: int) -> bool:
    """以来 with no 自/从 before the date closes the clause it opens (１９９６年开展活动以来) where no other time
    or dateline stands between them (１月８日电 某国股市本周以来: the week's since, not the dateline's), nor where a
    copula right after the date makes it the clause's subject (１９９７年是建国以来…最高的一年: the year itself)."""
    if text.startswith(tuple(period_list("since_alone_not_after")), at):
        return False
    clause = _CLAUSE_END.split(text[at:at + _SINCE_REACH], maxsplit=1)[0]
    for w in period_list("since_close_alone"):
        i = clause.find(w)
        if i >= 0 and not any(c in clause[:i] for c in period_list("since_alone_not_between")):
            return True
    return False


def starts_act(text: str, at: int) -> bool:
    """从１９９４年起，某市兴建…: the date a 从/自 opened, ending at `at`, is closed by 起 or 开始 alone (data/period.toml
    start_act_close; no 以来/至今/迄今 in its clause, no 到/至 right after it: 从１９９５年起到去年底 is a range), its
    sentence tells no run up to now (共, 已, 一直, 每年: start_act_run_words; a yearly average, a change over the years
    or a level reached since: _run_words) and its paragraph next (start_act_reach characters) no years spent on it
    (苦战３年): the start of an act, dated at the start, not a since."""
    clause = _CLAUSE_END.split(text[at:at + _SINCE_REACH], maxsplit=1)[0]
    close = next((w for w in period_list("start_act_close") if w in clause), None)
    if close is None or any(w in clause for w in period_list("start_act_not_close")) \
            or clause[clause.index(close) + len(close):].startswith(tuple(period_list("start_act_range_after"))):
        return False
    reach = int(table("period.toml").get("start_act_reach", 80))
    told = text[at:at + reach].split(PARAGRAPH_BREAK, 1)[0]  # (the sentences after it in its paragraph: 苦战３年…)
    # (up to a later year it names: 从2000年起，在某地开展试点，2002年试点扩大到…: the later act's own)
    sentence = _LATER_YEAR.split(SENTENCE_BREAK_CLASS.split(told, maxsplit=1)[0], maxsplit=1)[0]
    return not any(w in sentence for w in _run_words()) and not _years_spent().search(told)


_LATER_YEAR = re.compile(YEAR_WRITTEN)


@lru_cache(maxsize=1)
def _run_words() -> tuple[str, ...]:
    """The words that make a start's sentence a run up to now (data/period.toml): start_act_run_words (共, 已, 增长,
    翻番), a yearly average over the years (span_average: 年均增长１８％) and an increment or a level reached since
    (span_increment: 新增; span_end_before: a change with its end, 增加到, 提高至, 发展到, but not a word of two
    characters, 达到, 突破, 降至, which also says a level one act reached: 达到历史最低水平, 以…为突破口). Not a verb
    that may be the act itself (提高了收购价格, 增加了３个班组)."""
    t = table("period.toml")
    return tuple(sorted({*t["start_act_run_words"], *t["span_average"], *t["span_increment"],
                         *(w for w in t["span_end_before"] if len(w) > 2)}))


@lru_cache(maxsize=1)
def _years_spent() -> re.Pattern:
    """A count of years spent after a start (从１９９５年起，…苦战３年，…; 一干就是５年): the years of a course, not one
    act; not the last numeral of a year written (一九九六年: year_counts.YEARS_COUNT), nor a point after or before,
    a decade, a grade or a year's accounts (一年后, ３年前, ８０年代, 三年级, 年度: start_act_years_not_after)."""
    return re.compile(rf"{YEARS_COUNT}年(?!{alternation(period_list('start_act_years_not_after'))})")


_YEAR_OR_MONTH = re.compile(r"^\d{4}(?:-\d{2})?$")


def since_to_now(text: str, start: int, end: int, period: Optional[str]) -> Optional[str]:
    """至今 (data/period.toml since_to_now) right after the date between start and end that 从 opens
    (从1970年至今): the word, where the date reads as a since (1970/..); else None."""
    if not period or not _YEAR_OR_MONTH.match(period) or not text.endswith(scope_words().since_before, 0, start):
        return None
    return next((w for w in period_list("since_to_now") if text.startswith(w, end)), None)


def since_closed_now(text: str, end: int, period: Optional[str]) -> Optional[tuple[int, int]]:
    """Where 至今 closes the clause of a since the date before `end` opened (从去年４月本报推出专栏至今: period
    1997-04/..): the word is that since's end, no time of its own (the month of issue) for the facts after it."""
    if not period or not period.endswith("/.."):
        return None
    clause = _CLAUSE_END.split(text[end:end + _SINCE_REACH], maxsplit=1)[0]
    for w in period_list("since_to_now"):
        at = clause.find(w)
        if at >= 0:
            return end + at, end + at + len(w)
    return None


@lru_cache(maxsize=1)
def week_words() -> tuple[tuple[str, tuple[str, int]], ...]:
    """本周以来, 本周, 上周 (data/period.toml dateline_weeks), the longest first: weeks from a dateline's."""
    words = table("period.toml").get("dateline_weeks", {})
    return tuple(sorted(((w, ("week", int(d))) for w, d in words.items()), key=lambda kv: -len(kv[0])))


def week_span(filed: date, weeks: int) -> str:
    """The days of the week `weeks` from the one of the day filed: this week's Monday to that day
    (1997-12-29/1998-01-02 for Friday 2 January), or the whole of an earlier week."""
    monday = filed - timedelta(days=filed.weekday()) + timedelta(weeks=weeks)
    last = filed if weeks == 0 else monday + timedelta(days=6)
    return monday.isoformat() if monday == last else f"{monday.isoformat()}/{last.isoformat()}"


def opinion_before() -> tuple[str, ...]:
    """认为 before a word of the present (data/period.toml opinion_before): what an opinion is about."""
    return period_list("opinion_before")


def news_now_not_before() -> tuple[str, ...]:
    """或 after 已经 (data/period.toml news_now_not_before): 已经或正在, a coordination, no time."""
    return period_list("news_now_not_before")


@lru_cache(maxsize=1)
def _calendar_names() -> tuple[tuple[str, str], ...]:
    """data/period.toml [calendar_names], the longest words first (元旦期间 before 元旦)."""
    names = table("period.toml").get("calendar_names", {})
    return tuple(sorted(names.items(), key=lambda kv: -len(kv[0])))


def calendar_name(text: str, at: int) -> tuple[str, int]:
    """The month or day (\"01\", \"01-01\") a word right after a written year names (１９９８年元月,
    １９９８年元旦之际), and the word's length; (\"\", 0) where none does (元旦前: not the day itself)."""
    for word, part in _calendar_names():
        if text.startswith(word, at):
            return (part, len(word)) if part else ("", 0)
    return "", 0


YEAR_BEFORE = re.compile(r"(\d{4})年$")
_BARE_YEAR_BEFORE = re.compile(r"(?<!\d)((?:19|20)\d{2})$")  # 到１９９７上半年: a year written without 年
_WRITTEN_YEAR_BEFORE = re.compile(r"((?:一九|二〇|二○|二零)[〇○零一二三四五六七八九]{2})年$")  # 一九九七年下半年
_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def part_period(text: str, at: int, months: tuple[int, int], year: Optional[int],
                fill: Optional[int] = None) -> Optional[str]:
    """The months of a part of a year in the year written (2023 年上半年) or named (去年四季度)
    right before it, else in the year the text last stated (fill: a review's 一季度 is of the
    year reviewed), else the article's year (XXXX where that is not known)."""
    written = YEAR_BEFORE.search(text, max(0, at - 5), at) or _BARE_YEAR_BEFORE.search(text, max(0, at - 5), at) \
        or _WRITTEN_YEAR_BEFORE.search(text, max(0, at - 5), at)
    if written:
        # (一九九七年下半年: the year in characters, digit by digit)
        y: object = written.group(1).translate(_YEAR_DIGITS)
    else:
        named = next((delta for word, delta in scope_words().relative if text.endswith(word, 0, at)), None)
        if named and not year:
            return None  # 去年 of an unknown year
        # (今年, named 0, of an unknown year: the year as unknown as with no word, XXXX)
        y = year + named if named is not None and year else fill or year or "XXXX"
    if months == (1, 12):
        return str(y) if y != "XXXX" else None  # 全年: the year itself
    return f"{y}-{months[0]:02d}/{y}-{months[1]:02d}"


def year_before_words() -> tuple[str, ...]:
    """上年, 上一年: the year before the one under discussion (data/period.toml year_before_discussed)."""
    return period_list("year_before_discussed")


_SUM_REACH = 40


@lru_cache(maxsize=1)
def _sum_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    t = table("period.toml")
    return tuple(t.get("sum_base_before", [])), tuple(t.get("sum_base_after", []))


def sums_a_base(text: str, start: int, end: int) -> bool:
    """A time inside `相当于1950年到1997年…的总和` or `是1950年到1997年…总和的1.7倍`: the years a figure
    is measured against, in its own clause, not a period of the facts around it."""
    before, after = _sum_words()
    if not before or not after:
        return False
    head = _CLAUSE_END.split(text[max(0, start - _SUM_REACH):start])[-1]
    tail = _CLAUSE_END.split(text[end:end + _SUM_REACH], maxsplit=1)[0]
    return any(w in head for w in before) and any(w in tail for w in after)


# a multiple (的2.3倍) or a share of the base (为一九五五年的98.88%: the compared figure's ratio to it)
_TIMES_OVER = re.compile(r"的?(?:[0-9０-９一二三四五六七八九十百零〇○点點．.·]+倍|[0-9０-９][0-9０-９.．·]*[%％]|百分之)")


def multiplies_a_base(text: str, start: int, end: int) -> bool:
    """A time inside `是1997年的2.3倍`, `等於一九四九年的二點五倍`: the year a figure is a multiple of
    (data/period.toml multiple_base_before right before it, a multiple right after it), a base like
    比's, not the period of the list items and clauses after it (…某産品二百萬噸，等於一九五〇年的九點一倍；
    另一産品一萬二千台: the estimate's year, not 1950)."""
    return text.endswith(period_list("multiple_base_before"), 0, start) and bool(_TIMES_OVER.match(text, end))


@lru_cache(maxsize=1)
def issue_holidays() -> tuple[str, ...]:
    """元旦 alone on a news page (data/period.toml issue_holidays): a day of the issue's year."""
    return period_list("issue_holidays")


def holiday_period(text: str, at: int, issued: Issued) -> Optional[tuple[str, int]]:
    """(period, length) of the holiday word at `at` (元旦: 1998-01-01, 元旦期间: 1998-01 on a January
    page; data/period.toml calendar_names); None where a year is written before it (１９９８年元旦, 今年元旦:
    read with that year) or the words after it name no day (元旦前夕, 元旦、春节)."""
    if text.endswith("年", 0, at):
        return None
    part, width = calendar_name(text, at)
    if not part:
        return None
    year = issued.year if issued.month <= 6 else issued.year + 1
    return f"{year}-{part}", width


def issue_month_words() -> tuple[tuple[str, int], ...]:
    """上个月, 本月 (data/period.toml issue_months) with the months each counts from the issue's."""
    words = table("period.toml").get("issue_months", {})
    return tuple(sorted(((w, int(d)) for w, d in words.items()), key=lambda t: -len(t[0])))


_SPEAK_REACH = 30
_NUMBER = re.compile(r"[0-9０-９]")


def spoken(text: str, at: int, end: int) -> bool:
    """A word of the present that dates a source's speaking (日前报道, 日前在全市经济工作会议上
    就此分析时认为): a report verb follows it in its clause before any number."""
    verbs = scope_words().report_verbs
    if text.startswith(verbs, at):
        return True
    clause = _CLAUSE_END.split(text[at:min(end, at + _SPEAK_REACH)], maxsplit=1)[0]
    digit = _NUMBER.search(clause)
    clause = clause[:digit.start()] if digit else clause
    return any(v in clause for v in verbs if len(v) > 1)


_CLAUSE_MARKS = "，,；;：:"


def _of_this_event(text: str, start: int, at: int) -> bool:
    """Whether the clause before `at` names the event the story reports as this one (本次招聘会共有…, data/period.toml
    news_now_event_marks): its count is the event's, not a level standing at the writing."""
    clause = max(start, *(text.rfind(c, start, at) + 1 for c in _CLAUSE_MARKS))
    return any(text.find(w, clause, at) >= 0 for w in period_list("news_now_event_marks"))


def news_now(text: str, start: int, end: int, year: int,
              found: list[tuple[int, int, Optional[str], str]]) -> list[tuple[int, int, Optional[str], str]]:
    """In a news story, a level that stands already (已达80家, 已有三资企业6.8万家, 至此) in a
    sentence that states no time before it is as of the day the story was written; not a count of the event the
    story reports (本次招聘会共有326家企业参会)."""
    first = next((at for at, _, period, kind in found if not kind and period is not None), end)
    for word in scope_words().news_now:
        at = text.find(word, start, first)
        while at >= 0 and text.startswith(news_now_not_before(), at + len(word)):
            at = text.find(word, at + len(word), first)  # 已经或正在经历的事: a coordination, no time
        if at >= 0 and not _of_this_event(text, start, at):
            found.append((at, at + len(word), f"../{year}", "now"))  # not the sentence's lead
            first = at
    return sorted(found, key=lambda t: t[0])


def from_now_spans(text: str, found: list[tuple[int, int, Optional[str], str]],
                   year: Optional[int]) -> list[tuple[int, int, Optional[str], str]]:
    """A year aimed at from now (从现在起到本世纪末 in a 1994 report; 从今年到2000年): the
    years from the writing's to it (1994/2000), a target still (data/period.toml from_now_to); its end
    alone would date a plan's whole run to its last year."""
    words = period_list("from_now_to")
    if not year or not words:
        return found
    out = []
    for at, stop, period, kind in found:
        if kind == "target" and (period or "").isdigit() and int(period) > year and text.endswith(words, 0, at):
            period = f"{year}/{period}"
        out.append((at, stop, period, kind))
    return out
