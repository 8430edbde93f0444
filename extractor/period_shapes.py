"""Period shapes of one time expression, read from text and positions alone (data/period.toml): what
makes a time expression a target or a base (datelines: extractor/datelines.py); a change over a year-end
stock; a change since a base year years back; what a month or a day carries to the next paragraphs; a
headline's period from its body; the first n months of a year; time words inside other words (项目前期).
What a sentence's times say together (spans written as one, 上年同期, background phrases): period_spans.py.
extractor/scope.py applies them to the facts."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple, Optional

from .clauses import BREAK_CLASS, last_mark
from .span_points import span_point
from .issue_date import Issued
from .lexicon import alternation, table
from .word_starts import led_by_first_chars

if TYPE_CHECKING:
    from .page import Page
    from .record import Record


class Period(NamedTuple):
    """data/period.toml: what makes a time expression a target, a base or a dateline."""

    target_before: tuple[str, ...]
    target_year_before: tuple[str, ...]
    not_target_before: tuple[str, ...]
    base_before: tuple[str, ...]
    base_reach: int
    compared_by: re.Pattern
    dateline_after: tuple[str, ...]
    looking_back: re.Pattern
    this_year: re.Pattern
    year_end: tuple[str, ...]
    event_after: re.Pattern
    not_as_of_after: tuple[str, ...]
    same_time: tuple[str, ...]
    from_before: tuple[str, ...]
    part_reported: re.Pattern
    reached_by: tuple[str, ...]
    as_of_by: tuple[str, ...]
    level_after: tuple[str, ...]
    base_after: tuple[str, ...]
    began_before: tuple[str, ...]
    began_after: tuple[str, ...]
    price_after: tuple[str, ...]
    compared_before: tuple[str, ...] = ()
    compared_own_after: tuple[str, ...] = ()


def compared_words() -> list[str]:
    """Words of change after a base (比上年增长, 比上半年加快): data/period.toml compared_by and [compared_pace]."""
    t = table("period.toml")
    return [*t["compared_by"], *t.get("compared_pace", {}).get("words", [])]


@lru_cache(maxsize=1)
def period_words() -> Period:
    t = table("period.toml")
    return Period(tuple(t["target_before"]), tuple(t["target_year_before"]), tuple(t["not_target_before"]),
                   tuple([*t["base_before"], *t.get("compared_before", [])]),
                   int(t["base_reach"]), re.compile(alternation(compared_words())), tuple(t["dateline_after"]),
                   re.compile(alternation(t["looking_back"])), re.compile(alternation(t["this_year"])),
                   tuple(t["year_end"]),
                   # the event's name runs from the year to its word, within its clause
                   re.compile(rf"[^，。；、,;\s]{{0,{int(t['event_reach'])}}}?(?:{alternation(t['event_after'])})"),
                   tuple(t["not_as_of_after"]), tuple(t["same_time"]),
                   tuple(t["from_before"]),
                   re.compile(alternation(t["part_reported"])),
                   tuple(t.get("reached_by", [])), tuple(t.get("as_of_by", [])),
                  tuple([*t.get("level_after", []), *t.get("price_base_after", []), *t.get("base_after", [])]),
                  tuple(t.get("base_after", [])), tuple(t.get("began_before", [])), tuple(t.get("began_after", [])),
                  tuple(t.get("price_base_after", [])), tuple(t.get("compared_before", [])),
                  tuple(t.get("compared_own_after", [])))


@lru_cache(maxsize=1)
def _change_end() -> re.Pattern:
    """A clause's change from a figure to the one at its end: 从/由, a figure, then 到/至 right before the end."""
    t = table("period.toml")
    # (the figure in digits or in characters: 从百分之四十一点五降低到)
    return re.compile(f"(?:{alternation(t['from_before'])})[^，。；,;]*?[\\d{_NUMERAL_CHARS}][^，。；,;]*?"
                      f"(?:{alternation(t['change_to'])})$")


_NUMERAL_CHARS = "〇零一二三四五六七八九十百千万亿"


def change_end(text: str, start: int, pos: int) -> bool:
    """Whether the number at pos ends a change its clause states from a figure (其中某费从４１．５％降低到２１．１％):
    the end of the change, of the end year where its sentence named the change's two years before."""
    return bool(_change_end().search(text[max(start, pos - _CHANGE_REACH):pos]))


_CHANGE_REACH = 60  # characters a clause's change may run before its end figure


def began(text: str, start: int, end: int) -> bool:
    """Whether the date between start and end says when someone was born or something began
    (建于１９７０年, １９２１年９月２６日生于北京): data/period.toml began_before, began_after."""
    pw = period_words()
    return text.endswith(pw.began_before, 0, start) or text.startswith(pw.began_after, end)


_AS_OF_DAY = re.compile(r"^\.\./\d{4}-\d{2}-\d{2}$")
_POINT = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")


def carried_on(period: Optional[str], issued: Optional[Issued]) -> Optional[str]:
    """A month or a day (9月份后, 截至13日) is the period of its own paragraph: the next ones keep
    its year, or its month where that is the month the page was issued (news of the day)."""
    m = _AS_OF_DAY.match(period or "") or _POINT.match(period or "")
    if not m:
        return period
    value = period.removeprefix("../")
    month = f"{issued.year}-{issued.month:02d}" if issued else None
    if month and value.startswith(month):
        return month
    if issued and not period.startswith("../") and int(value[:4]) < issued.year - 1:
        # a month of an earlier year than the one a January page reviews (一九九六年四月，…决定共建…
        # on the page of 1998-01-01): when a story's events began; the next paragraph tells what
        # stands now, not of that year
        return None
    return value[:7] if period.startswith("../") else value[:4]


_MONTHS_OF_A_YEAR = re.compile(r"^(\d{4})-\d{2}/\1-\d{2}$")


def opening_period(period: Optional[str], issued: Optional[Issued]) -> Optional[str]:
    """The period a feature's opening gives its later paragraphs: a year, a part of one or a
    span it reviews (１９９７年，…; the year of its months: １９９７年１至１０月), or news of the days the page was issued in (１月２日下午…);
    not an earlier day or month (１９９７年１２月２９日是…逝世１０周年纪念日, １９９７年９月，某医生被评为…标兵:
    an occasion, not what the paragraphs after it report)."""
    if (period or "").endswith("/.."):
        return None  # 从１９９７年初开始，投资者…: when the story's events began, not what it reviews
    months = _MONTHS_OF_A_YEAR.match(period or "")
    if months:
        return months.group(1)  # １９９７年１至１０月 opening a review of the year: the year
    m = _AS_OF_DAY.match(period or "") or _POINT.match(period or "")
    if not m:
        return period
    month = f"{issued.year}-{issued.month:02d}" if issued else None
    return period if month and period.removeprefix("../").startswith(month) else None


_CENSUS_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def since_base(text: str, pos: int, base: Optional[tuple[int, str]], period: Optional[str]) -> Optional[str]:
    """A change against a base year more than a year back (1982年…比1978年增长32.6%) is the
    change over the years after the base: 1979/1982; so is one at a census's standard day (2020-11-01, 与2010年…相比，
    减少294363人: 2011/2020)."""
    if not base or not period or not base[1].isdigit() or not (period.isdigit() or (_CENSUS_DAY.match(period) and any(
            w in text[base[0]:pos] for w in table("period.toml")["standard_time"]["surveys"]))):
        # (a day's change against an earlier census; not 1998-01-11's election against 1993's: the day's own)
        return period
    first, last = int(base[1]) + 1, int(period[:4])
    if last - first < 1:
        return period
    span = f"{first}/{last}"
    point = span_point(text, pos, span)
    if point != span:  # 由1559亿元增加到2570亿元 after it: the base's level and the new one (the new at the day)
        return period if point == str(last) else point
    # the comparison must reach the number: not a part told in a clause after it (…由2018年的186种增加到228种，
    # 其中一级保护鸟类17种: a level of the year the 228 is of)
    clause = BREAK_CLASS.split(text[base[0]:pos])[-1]
    return span if period_words().compared_by.search(clause) else period


_YEAR_END = re.compile(r"^\.\./(\d{4})-12$")
_CHANGE_REACH = 24


def change_over_year(text: str, pos: int, period: Optional[str]) -> Optional[str]:
    """A change against a base (比上年末增加372亿元, 分别比去年增长66%) after a year-end stock is
    the change over that year, not a stock as of its end."""
    m = _YEAR_END.match(period or "")
    if not m:
        return period
    clause = BREAK_CLASS.split(text[max(0, pos - _CHANGE_REACH):pos])[-1]
    pw = period_words()
    if any(b in clause for b in pw.same_time):
        return period  # 比上年同期增长20%: against the same day, still as of it
    if any(b in clause for b in pw.base_before) and pw.compared_by.search(clause):
        return _since_years_end(clause, int(m.group(1))) or m.group(1)
    if _change_right_before().search(clause):
        if _framed_base(text, pos):
            return period  # 与解放前相比，在1953年底，…增长了40%: from that base to the year's end
        return m.group(1)  # …比上年末增加372亿元，增长了15.6%: the change over the year
    return period


_SENTENCE_REACH = 240  # (how far back a sentence's framing base is looked for: a bounded scan a number)


@lru_cache(maxsize=1)
def _frame() -> tuple[re.Pattern, tuple[str, ...]]:
    t = table("period.toml")
    frame = re.compile(f"(?:{alternation(t['frame_open'])})([^，。；！？,;]{{1,{int(t['frame_reach'])}}}?)"
                       f"(?:{alternation(t['frame_close'])})[，,]")
    return frame, tuple(t["frame_year_before"])


def _framed_base(text: str, pos: int) -> bool:
    """Whether the sentence before `pos` opens with a base of its own (与解放前相比，) that is not
    the year before."""
    lo = max(0, pos - _SENTENCE_REACH)
    start = last_mark(text, "。！？\n", lo, pos) + 1 or lo
    frame, year_before = _frame()
    bases = [m.group(1) for m in frame.finditer(text, max(start, lo), pos)]
    return bool(bases) and not any(w in bases[-1] for w in year_before)


_BASE_YEARS_END = re.compile(r"([0-9０-９]{4})年(?:底|末)")


def _since_years_end(clause: str, year: int) -> Optional[str]:
    """A change against a year's end years back (外汇储备2010年底达800亿美元，比2005年底增加300亿美元) is
    the change over the years after it (2006/2010), as against a base year (since_base); None for
    the year before's end (比上年末, 比2009年底: the year's change)."""
    ends = _BASE_YEARS_END.findall(clause)
    if not ends:
        return None
    base = int(ends[-1].translate(_FIGURES))
    return f"{base + 1}/{year}" if base < year - 1 else None


@lru_cache(maxsize=1)
def _change_right_before() -> re.Pattern:
    """A word of change ending the text right before a number (增长了15.6%, 增加372亿元)."""
    return re.compile(f"(?:{alternation(compared_words())})了?$")


_TITLE_KINDS = ("title", "subtitle")


def headline_periods(page: "Page", facts: list["Record"]) -> None:
    """A headline's number sums up its article's body: it takes the period of the same number in
    the body (全国65%人口地区实现“两基” under a 1997 headline: 到1997年底…65%), else, with no time of
    its own (河北贫困人口脱贫率达到80%), that of the body's first fact that has one. Each
    article's facts are gone through once."""
    layout = page.layout
    titled: dict[int, list] = {}
    body: dict[int, list] = {}
    for f in facts:
        sent = layout.sentence_at(f.norm_start)
        if sent is None:
            continue
        kind = layout.paragraphs[sent.paragraph].kind
        (titled if kind in _TITLE_KINDS else body).setdefault(f.article, []).append(f)
    for art, heads in titled.items():
        rest = [f for f in body.get(art, []) if f.type != "date" and f.period]
        if not rest:
            continue
        same: dict[object, Optional[str]] = {}  # by text, and by (type, value, unit)
        for f in reversed(rest):
            same["".join(f.text.split())] = f.period
            # (and the same value written otherwise: 四十八件 in the headline, 48件 or 近48件 in the body)
            same[(f.type, f.value, f.unit)] = f.period
        for h in heads:
            if h.type == "date" or in_brackets(page.text, h.norm_start):
                continue
            # the same number in the body is dated there, more closely than a headline dates it
            h.period = same.get("".join(h.text.split())) or (
                same.get((h.type, h.value, h.unit)) if h.value is not None else None) or h.period or rest[0].period


def in_brackets(text: str, pos: int) -> bool:
    """（附图片1张）: a note on the page, not a headline's figure nor a dispatch's."""
    line = text.rfind("\n", 0, pos) + 1
    return any(text.rfind(o, line, pos) > text.rfind(c, line, pos) for o, c in _BRACKETS)


_BRACKETS = (("（", "）"), ("(", ")"))


_FIGURES = str.maketrans("０１２３４５６７８９", "0123456789")
_MONTH_WORDS = "一二三四五六七八九十"


@lru_cache(maxsize=1)
def first_months_pattern() -> re.Pattern:
    t = table("period.toml")["first_months"]
    n = r"(?P<n>1[01]|[2-9]|１[０１]|[２-９]|十[一]?|[二两三四五六七八九])"
    # 提前5个月, 之前3个月: months before a day, not the first months of a year
    not_after = "".join(re.escape(c) for c in t["not_after"])
    return led_by_first_chars(re.compile(f"(?<![{not_after}])(?:{alternation(t['before'])}){n}(?:{alternation(t['after'])})"))


def first_months(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(start, end, n) of each `the first n months` (前10个月, 头11个月) between start and end: the
    months 1 to n of a year, summed (data/period.toml first_months)."""
    out = []
    for m in first_months_pattern().finditer(text, start, end):
        raw = m.group("n").translate(_FIGURES).replace("两", "二")
        n = int(raw) if raw.isdigit() else (10 + (_MONTH_WORDS.index(raw[1]) + 1 if len(raw) > 1 else 0)
                                           if raw.startswith("十") else _MONTH_WORDS.index(raw) + 1)
        out.append((m.start(), m.end(), n))
    return out


@lru_cache(maxsize=1)
def words_not_after() -> dict[str, frozenset[str]]:
    """data/period.toml word_not_after: 项目前期 holds no 目前."""
    return {w: frozenset(c) for w, c in table("period.toml").get("word_not_after", {}).items()}


@lru_cache(maxsize=1)
def words_not_before() -> dict[str, frozenset[str]]:
    """data/period.toml word_not_before: 每天只要３元钱 is a price, no condition."""
    return {w: frozenset(c) for w, c in table("period.toml").get("word_not_before", {}).items()}


@lru_cache(maxsize=1)
def _ranking_now() -> tuple[frozenset[str], re.Pattern]:
    t = table("period.toml")["ranking_now"]
    return frozenset(t["words"]), re.compile(f"(?:{alternation(t['areas'])})?(?:{alternation(t['ranks'])})")


def ranks_now(text: str, word: str, end: int) -> bool:
    """Whether the now word ending at `end` ranks what follows it (目前全国最大的…: data/period.toml ranking_now)."""
    words, after = _ranking_now()
    return word in words and bool(after.match(text, end))
