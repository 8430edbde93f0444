"""Lists that pair times with figures (data/period.toml paired_*): `由1993、1994年的56.8%、30.4%`,
`1995、1996、1997年…分别回落6.9、8.7和5.3个百分点`, `10、11、12月份…涨幅为—0.4%、—0.8%和—1.2%`, quarters
listed or run (`一至四季度分别完成4个、6个、5个和9个`), days run (`1日至8日…分别接待142.6、218.5…万人次`). The sentence's time reading gives every figure the list's
last time (the one written with 年/月/季度); each figure is the time of its own place in the list. And consecutive years closed by their count
(`１９９５、１９９６两年就…５００余人`): the figures after them are of the years together. extractor/scope.py
applies these after the periods."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from .clauses import BREAK_CLASS
from .lexicon import alternation, table
from .period_runs import QUARTER
from .time_words import scope_words

if TYPE_CHECKING:
    from .page import Page
    from .record import Record

_DIGIT = "[0-9０-９]"
_NOT_AFTER_DIGIT = "(?<![0-9０-９.．])"
# the figures of a list come right after the times (a subject and a verb between, 价格总水平分别比上年回落), not
# a clause later
_GAP_REACH = 20
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-(\d{2})/\1-(\d{2})$")
_YEAR = re.compile(r"\d{4}")
_QUARTER_ITEM = QUARTER
_QUARTER_NUMBER = str.maketrans("一二三四１２３４", "12341234")
_NO_PERIOD_TYPES = frozenset({"date", "duration"})
_DAY_SPAN = re.compile(r"^([0-9X]{4}-[0-9X]{2})-(\d{2})/\1-(\d{2})$")  # (XXXX: a year the page never gives)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The year list, the month list (each item's number captured by the item pattern) and
    what may join two figures."""
    t = table("period.toml")
    join = f"(?:{alternation(t['paired_time_joins'])})"
    year_close = f"(?:{alternation(t['paired_year_close'])})"
    month_close = f"(?:{alternation(t['paired_month_close'])})"
    year = f"{_NOT_AFTER_DIGIT}{_DIGIT}{{4}}"
    month = f"{_NOT_AFTER_DIGIT}{_DIGIT}{{1,2}}"
    years = re.compile(f"(?:{year}{year_close}?{join})+{year}{year_close}")
    months = re.compile(f"(?:{month}{month_close}?{join})+{month}{month_close}")
    figure_join = re.compile(f"(?:{alternation(t['paired_figure_joins'])}|\\s)+")
    return years, months, figure_join


@lru_cache(maxsize=1)
def _quarter_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A run of quarters (一至四季度, 第一至第三季度) and a list of them (一、二、三季度), line breaks of a PDF's
    text allowed between their characters."""
    t = table("period.toml")
    ordinal = f"(?:{re.escape(t['paired_quarter_ordinal'])})?"
    close = f"(?:{alternation(t['paired_quarter_close'])})"
    item = rf"{ordinal}\s*{_QUARTER_ITEM}\s*"
    run = re.compile(rf"{item}{close}?\s*(?:{alternation(t['paired_quarter_run'])})\s*{item}{close}")
    listed = re.compile(rf"(?:{item}{close}?\s*(?:{alternation(t['paired_time_joins'])})\s*)+{item}{close}")
    return run, listed


@lru_cache(maxsize=1)
def _part_patterns() -> tuple[re.Pattern, re.Pattern, dict[str, tuple[int, int]]]:
    """A list of parts of a year named by words (一季度、上半年、前三季度和全年), the quarters taken each (各季度) and
    the months each part word covers; line breaks of a PDF's text allowed between items."""
    t = table("period.toml")
    months = {w: m[:2] for w, m in scope_words().parts if len(m) == 2}
    item = alternation(sorted(months, key=len, reverse=True))
    join = rf"\s*(?:{alternation(t['paired_time_joins'])})\s*"
    listed = re.compile(rf"(?:(?:{item}){join})+(?:{item})")
    return listed, re.compile(alternation(t["paired_each_quarter"])), months


def _paired_part(period: Optional[str], part: tuple[int, int]) -> Optional[str]:
    """The figure's own part of the year its period names (the year itself, or a part of it, as the sentence read)."""
    m = _QUARTER.match(period or "")
    year = m.group(1) if m else period if _YEAR.fullmatch(period or "") else None
    if year is None:
        return None
    return year if part == (1, 12) else f"{year}-{part[0]:02d}/{year}-{part[1]:02d}"


@lru_cache(maxsize=1)
def _day_run() -> re.Pattern:
    """A run of days of one month (1日至8日, 1至8日), line breaks of a PDF's text allowed."""
    t = table("period.toml")
    day, close = f"{_NOT_AFTER_DIGIT}{_DIGIT}{{1,2}}", f"(?:{alternation(t['paired_day_close'])})"
    return re.compile(rf"{day}\s*{close}?\s*(?:{alternation(t['paired_quarter_run'])})\s*{day}\s*{close}")


def _paired_day(period: Optional[str], days: list[int], mine: int) -> Optional[str]:
    """The figure's own day, where its period is the span from the run's first day to its last."""
    m = _DAY_SPAN.match(period or "")
    if not m or int(m.group(2)) != days[0] or int(m.group(3)) != days[-1]:
        return None
    return f"{m.group(1)}-{mine:02d}"


def _quarters(span: str, run: bool) -> list[int]:
    """The quarters a run (一至四: 1, 2, 3, 4) or a list (一、三: 1, 3) names; none where a run goes backwards."""
    named = [int(q) for q in re.findall(_QUARTER_ITEM, span.translate(_QUARTER_NUMBER))]
    if run:
        return list(range(named[0], named[-1] + 1)) if len(named) == 2 and named[0] < named[-1] else []
    return named


def _paired_quarter(period: Optional[str], quarters: list[int], mine: int) -> Optional[str]:
    """The figure's own quarter, where its period is the list's last quarter (2025-10/2025-12 for 一、二、三、四季度) or
    the whole run's span (2025-01/2025-09 for 一至三季度; 2025 for 一至四季度, the whole year: extractor/period_runs.py
    reads a run of quarters as one part of a year)."""
    first, last = quarters[0], quarters[-1]
    m = _QUARTER.match(period or "")
    if m and (int(m.group(2)), int(m.group(3))) in ((3 * last - 2, 3 * last), (3 * first - 2, 3 * last)):
        year = m.group(1)
    elif (first, last) == (1, 4) and _YEAR.fullmatch(period or ""):
        year = period or ""
    else:
        return None
    return f"{year}-{3 * mine - 2:02d}/{year}-{3 * mine:02d}"


def _numbers(span: str) -> list[int]:
    return [int(n) for n in re.findall(f"{_DIGIT}+", span)]


def _chain(text: str, figures: list["Record"], first: int, size: int, joins: re.Pattern) -> list["Record"]:
    """The figures from `first` joined by list words only, up to one past `size` (to tell a longer list)."""
    chain = [figures[first]]
    while len(chain) <= size and first + len(chain) < len(figures):
        nxt = figures[first + len(chain)]
        if not joins.fullmatch(text, chain[-1].norm_end, nxt.norm_start):
            break
        chain.append(nxt)
    return chain


def _paired(period: Optional[str], times: list[int], mine: int, months: bool) -> Optional[str]:
    """The figure's own time, where its period is the list's last (the reading this corrects)."""
    if period is None:
        return None
    if not months:
        return str(mine) if period == str(times[-1]) else None
    m = _MONTH.match(period)
    if m and int(m.group(2)) == times[-1] and 1 <= mine <= 12:
        return f"{m.group(1)}-{mine:02d}"
    return None


_CN_DIGITS = str.maketrans("〇○零一二三四五六七八九０１２３４５６７８９", "000123456789" "0123456789")
_YEAR_ITEM = f"{_NOT_AFTER_DIGIT}[0-9０-９〇○零一二三四五六七八九]{{4}}"
_SENTENCE_END = re.compile("[。！？\n]")
# another time after the list (…，１９９７年…, ８月…): the figures after it are that time's
_OTHER_TIME = re.compile("[0-9０-９〇○零一二三四五六七八九十]年|[0-9０-９一二三四五六七八九十]月|去年|今年|上年|当年")


@lru_cache(maxsize=1)
def _joint_years() -> tuple[re.Pattern, dict[str, int]]:
    t = table("period.toml")
    counts = dict(t["joint_years_count"])
    join = f"(?:{alternation(t['paired_time_joins'])})"
    close = f"(?:{alternation(t['paired_year_close'])})"
    return re.compile(f"(?:{_YEAR_ITEM}{close}?{join})+{_YEAR_ITEM}{close}?(?P<count>{alternation(counts)})"), counts


@lru_cache(maxsize=1)
def _uncounted_years() -> re.Pattern:
    """Consecutive years listed with no count after them (１９９６、１９９７年…也都占８０％以上, １９９２年和
    １９９３年，…每年扶持３０万人): the last closed by 年 and followed by no month, season or part of a year
    (１９９６、１９９７年１２月 names a month; 1996、1997年底 the years' ends)."""
    t = table("period.toml")
    join = f"(?:{alternation(t['paired_time_joins'])})"
    close = f"(?:{alternation(t['paired_year_close'])})"
    after = alternation(t["joint_years_not_before"])
    return re.compile(f"(?:{_YEAR_ITEM}{close}?{join})+{_YEAR_ITEM}{close}(?![0-9０-９一二三四五六七八九十]|{after})")


def _stretch(text: str, at: int) -> int:
    """Where the figures after a list of years stop being its: their sentence's end or another time."""
    end = _SENTENCE_END.search(text, at)
    stop = end.start() if end else len(text)
    other = _OTHER_TIME.search(text, at, stop)
    return other.start() if other else stop


def _comparison_base(text: str, m: re.Match) -> bool:
    """The list of years is a comparison's base (与１９９６年和１９９７年相比, 比１９９５、１９９６两年): the figures after
    it are of the compared time, not of the years listed (period.toml base_before, base_after)."""
    t = table("period.toml")
    return text.endswith(tuple(t["base_before"]), 0, m.start()) or text.startswith(tuple(t["base_after"]), m.end())


def joint_year_periods(page: "Page", facts: list["Record"]) -> None:
    """Give the figures after consecutive years closed by their count (１９９５、１９９６两年) those years
    together, up to their sentence's end or another time (in place). The same for consecutive years listed
    without a count (１９９６、１９９７年…也都占８０％以上) whose figures the list did not pair one by one: the
    sentence's reading gave them all the last year, of which the list says no more than of the others."""
    text = page.text
    pattern, counts = _joint_years()
    figures = sorted((f for f in facts if f.type not in _NO_PERIOD_TYPES), key=lambda f: f.norm_start)
    starts = [f.norm_start for f in figures]
    for m in pattern.finditer(text):
        years = [int(y.translate(_CN_DIGITS)) for y in re.findall(_YEAR_ITEM, m.group()[:m.start("count") - m.start()])]
        if len(years) != counts[m.group("count")] or years != list(range(years[0], years[0] + len(years))) \
                or _comparison_base(text, m):
            continue  # (一九五八年和一九六〇年两年: not a run of years; a list longer than its count; 比…两年: a base)
        for f in figures[bisect_left(starts, m.end()):bisect_left(starts, _stretch(text, m.end()))]:
            f.period = f"{years[0]}/{years[-1]}"
    each = table("period.toml")["joint_years_each"]
    joins = _patterns()[2]
    for m in _uncounted_years().finditer(text):
        years = [int(y.translate(_CN_DIGITS)) for y in re.findall(_YEAR_ITEM, m.group())]
        if years != list(range(years[0], years[0] + len(years))) or _comparison_base(text, m):
            continue  # (１９９３年和１９９７年: two years apart, no run between them; 与…相比: a base)
        stop = _stretch(text, m.end())
        first, last = bisect_left(starts, m.end()), bisect_left(starts, stop)
        mine = figures[first:last]
        # figures the list paired (由1993、1994年的56.8%、30.4%), another time dated, or the sentence gives one a year
        # (分别为…) keep their periods; as many figures listed as years (遭受旱灾，减产12%、9%) may be one a year
        if mine and all(f.period == str(years[-1]) for f in mine) and not any(
                text.find(w, m.end(), stop) >= 0 for w in each) and not any(
                len(_chain(text, figures, i, len(years), joins)) == len(years) for i in range(first, last)):
            for f in mine:
                f.period = f"{years[0]}/{years[-1]}"


def paired_list_periods(page: "Page", facts: list["Record"]) -> None:
    """Give each figure of a list paired with a list of as many years (months) its own (in place).
    One pass over the page's time lists; each list looks at the figures right after it."""
    text = page.text
    figures = sorted((f for f in facts if f.type not in _NO_PERIOD_TYPES), key=lambda f: f.norm_start)
    starts = [f.norm_start for f in figures]
    years, months, joins = _patterns()
    run, listed = _quarter_patterns()
    parts, each_quarter, part_months = _part_patterns()
    part_item = alternation(sorted(part_months, key=len, reverse=True))
    for pattern, kind in ((years, "year"), (months, "month"), (run, "run"), (listed, "quarters"), (_day_run(), "days"),
                          (parts, "parts"), (each_quarter, "each")):
        for m in pattern.finditer(text):
            times = _quarters(m.group(), kind == "run") if kind in ("run", "quarters") else _numbers(m.group())
            if kind == "each":
                kind, times = "quarters", [1, 2, 3, 4]
            elif kind == "parts":
                times = [part_months[w] for w in re.findall(part_item, m.group())]
            if kind == "days":
                times = list(range(times[0], times[-1] + 1)) if len(times) == 2 and 1 <= times[0] < times[-1] <= 31 else []
            if not times:
                continue
            first = bisect_left(starts, m.end())
            if first >= len(figures):
                continue
            gap = text[m.end():figures[first].norm_start]
            # another number or a clause between: the figures are not the list's
            if len(gap) > _GAP_REACH or BREAK_CLASS.search(gap) or re.search(_DIGIT, gap):
                continue
            chain = _chain(text, figures, first, len(times), joins)
            if len(chain) != len(times):
                continue  # one total of the years (1993、1994年共…), or a longer list: not paired
            for f, mine in zip(chain, times):
                own = _paired_part(f.period, mine) if kind == "parts" else \
                    _paired_quarter(f.period, times, mine) if kind in ("run", "quarters") else \
                    _paired_day(f.period, times, mine) if kind == "days" else _paired(f.period, times, mine, kind == "month")
                f.period = own or f.period
