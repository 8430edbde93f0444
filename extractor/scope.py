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
sentence), then the article (the period of the article's last sentence before it that states
one), then the article's year, then the page's. Relative words (今年以来, 去年) count from the
article's year: the latest year the article writes outside 比/以来 phrases and targets, else the
page's. Not periods of the facts around them (data/period.toml): a comparison's base (比上年,
同比, 较2022年) gives its period only to its own number (比上年的64860元 → the year before; the
compared 68520元 and 增长5.6% keep the sentence's); a target (力争到2030年, 预计2027年, 到2027年)
gives its period to the facts of its own sentence and is never carried on nor the article's year;
a dateline (本报北京1月8日电) is when the news was filed. Five-year words and plans (这五年,
“十四五”时期) give their span, a level in it its last year (extractor/five_years.py); a page whose
id names a day (19980110-03-012) fills dates without a year and dates 目前 to its month
(extractor/issue_date.py); year-end stocks, changes since a base year, dates written as one span:
extractor/period_shapes.py.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple, Optional

from .clauses import BREAK_CLASS
from .facts import to_record
from .five_years import five_year_periods, span_point
from .issue_date import Issued, fill_period, issue_date, now_period
from .layout import Sentence
from .lexicon import alternation, table
from .page import Page
from .period_shapes import carried_on, change_over_year, joined_ranges, period_words as _period_words, since_base
from .record import Record
from .place_scope import MainPlaces, Sorted, article_places, place_of, sentence_places, usable

_YEAR = re.compile(r"^(\d{4})")
_CLAUSE_END = BREAK_CLASS


class _Words(NamedTuple):
    """data/names/scope.toml, as tuples: str.startswith/endswith test a tuple in one call."""

    as_of: tuple[str, ...]
    since_after: tuple[str, ...]
    since_before: tuple[str, ...]
    since_close: tuple[str, ...]
    not_year_after: tuple[str, ...]
    not_year_before: tuple[str, ...]   # also what marks a year as a comparison's base
    now: tuple[str, ...]
    relative: tuple[tuple[str, int], ...]
    parts: tuple[tuple[str, tuple[int, int]], ...]  # parts of a year and their months
    time_word_at: re.Pattern           # where any relative, as-of-now or year-part word starts


@lru_cache(maxsize=1)
def _words() -> _Words:
    t = table("names/scope.toml")
    # period.toml adds words that look back on the year before the writing (一年来, 过去一年), and
    # words of the present
    extra = table("period.toml")
    now = [*t["as_of_now"]["words"], *extra.get("as_of_now", [])]
    relative = {**t["relative"], **extra.get("relative", {})}
    parts = {w: (int(a), int(b)) for w, (a, b) in t.get("year_parts", {}).items()}
    parts.update({w: (1, 12) for w in table("period.toml").get("whole_year", [])})
    every = [w for w in [*now, *relative, *parts] if w]
    return _Words(
        as_of=tuple(t["as_of"]), since_after=tuple(t["since_after"]), since_before=tuple(t["since_before"]),
        since_close=tuple(t["since_close"]), not_year_after=tuple(t["not_article_year"]["after"]),
        not_year_before=tuple(t["not_article_year"]["before"]), now=tuple(now), relative=tuple(relative.items()),
        parts=tuple(parts.items()),
        # a lookahead: every start, overlapping ones included, so that no sentence is skipped wrongly
        # (the first characters tested alone first: a third of the words' cost at every character)
        time_word_at=re.compile(f"(?=[{''.join(sorted({re.escape(w[0]) for w in every}))}])(?=(?:{alternation(every)}))")
        if every else re.compile(r"(?!)"))


@lru_cache(maxsize=None)
def _time_words(year: Optional[int]) -> tuple[tuple[str, object], ...]:
    """The relative and as-of-now words with the period each gives in that year, and the parts
    of a year with their months (the year is read where they stand), longest first."""
    w = _words()
    now = [(x, f"../{year}" if year else None) for x in w.now]
    relative = [(x, str(year + delta) if year else None) for x, delta in w.relative]
    return tuple(sorted(now + relative + list(w.parts), key=lambda t: -len(t[0])))


_YEAR_BEFORE = re.compile(r"(\d{4})年$")


def _part_period(text: str, at: int, months: tuple[int, int], year: Optional[int],
                 fill: Optional[int] = None) -> Optional[str]:
    """The months of a part of a year in the year written (2023 年上半年) or named (去年四季度)
    right before it, else in the year the text last stated (fill: a review's 一季度 is of the
    year reviewed), else the article's year (XXXX where that is not known)."""
    written = _YEAR_BEFORE.search(text, max(0, at - 5), at)
    if written:
        y: object = written.group(1)
    else:
        named = next((delta for word, delta in _words().relative if text.endswith(word, 0, at)), None)
        if named and not year:
            return None  # 去年 of an unknown year
        y = year + named if named is not None else fill or year or "XXXX"
    if months == (1, 12):
        return str(y) if y != "XXXX" else None  # 全年: the year itself
    return f"{y}-{months[0]:02d}/{y}-{months[1]:02d}"


class _Times:
    """The time expressions of each sentence, found once: every sentence's are read for the period
    it carries, and a fact's sentence's again for the fact."""

    def __init__(self, page: Page, dates: Sorted) -> None:
        self.page = page
        self.dates = dates
        self.word_starts = [m.start() for m in _words().time_word_at.finditer(page.text)]
        self.found: dict[tuple, list[tuple[int, int, Optional[str], str]]] = {}

    def of(self, sent: Optional[Sentence], year: Optional[int],
           fill: Optional[int] = None) -> list[tuple[int, int, Optional[str], str]]:
        """year: the year relative words count from; fill: the year of a date written without one
        (9月份后: the year the text speaks of there), by default the same."""
        if sent is None:
            return []
        key = (sent.start, sent.end, year, fill)
        if key not in self.found:
            i = bisect_left(self.word_starts, sent.start)
            has_words = i < len(self.word_starts) and self.word_starts[i] < sent.end
            self.found[key] = _time_exprs(self.page, sent.start, sent.end, self.dates, year, has_words, fill)
        return self.found[key]


def assign_scope(page: Page, facts: list[Record], names: list[Record],
                 page_dates: Optional[list] = None) -> None:
    """Set `place` and `period` on each numeric fact record (in place). page_dates: the
    page's date candidates where the caller found them already (dates not asked for)."""
    if not facts:
        return
    try:
        places = Sorted(n for n in names if n.type == "place" and usable(page.text, n))
        dates = Sorted(f for f in facts if f.type == "date")
        if not dates.items:
            dates = Sorted(_page_dates(page, page_dates))
        years = _article_years(page, dates.items)
        page_year = max(years.values(), default=None)
        issued = issue_date(page.doc)
        # an article that writes no year was written in the year its page was issued
        writing = _writing_years(page, years, dates.items)
        if issued:  # a page issued on a named day was written then, whatever years it states
            writing = {a.index: issued.year for a in page.layout.articles}
        times = _Times(page, dates)
        periods = _sentence_periods(page, times, writing, years, page_year)
        place_in = sentence_places(page, places)
        orgs = [n for n in names if n.type == "org"]
        main = MainPlaces(places.items, page, orgs).of
        nearby = article_places(places)
    except (KeyError, TypeError, ValueError):
        return  # a page the scope cannot read gets no scope rather than a traceback
    for f in facts:
        try:
            year = writing.get(f.article, page_year)
            sent = page.layout.sentence_at(f.norm_start)
            inside, carried = place_in.get(id(sent), ([], None))
            f.place = place_of(page, f, inside, carried, main, sent.start if sent else f.norm_start, nearby)
            carried, fill = periods.get(id(sent), (None, None))
            f.period = now_period(_period_of(page, f, times, sent, year, carried, fill,
                                             years.get(f.article, page_year)), issued)
        except (KeyError, TypeError, ValueError):
            continue


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


_PERIOD_YEAR = re.compile(r"(\d{4})")
_PART = re.compile(r"^(\d{4})-\d{2}/\1-\d{2}$")


def _sentence_periods(page: Page, times: _Times, writing: dict[int, int], years: dict[int, int],
                      page_year: Optional[int]) -> dict[int, tuple[Optional[str], Optional[int]]]:
    """For each sentence: its leading period, or the one carried from the article's sentences
    before it (a list of figures after `截至 11 月` keeps that period); and the year that a date
    written without one takes there (the last year the article stated before it, else its year)."""
    out: dict[int, tuple[Optional[str], Optional[int]]] = {}
    current: dict[int, Optional[str]] = {}
    stated: dict[int, int] = {}
    paragraph = -1
    issued = issue_date(page.doc)
    for sent in page.layout.sentences:
        if sent.paragraph != paragraph:
            paragraph = sent.paragraph
            # a month or a day (9月份后) is the period of its own paragraph: the next ones keep its year
            current[sent.article] = carried_on(current.get(sent.article), issued)
        year = writing.get(sent.article, page_year)
        fill = stated.get(sent.article, years.get(sent.article, page_year))
        found = times.of(sent, year, fill)
        # a base (比上年) or a target (力争到2030年) is no period of the sentence's other facts
        lead = next((period for _, _, period, kind in found if not kind and period), None)
        out[id(sent)] = (lead or current.get(sent.article), fill)
        if lead is not None:
            # a part of a year (二季度) is its sentence's: the sentences after it keep its year
            part = _PART.match(lead)
            current[sent.article] = part.group(1) if part and _part_months(lead) else lead
        for _, _, period, kind in found:
            m = _PERIOD_YEAR.search(period or "") if not kind else None
            if m:
                stated[sent.article] = int(m.group(1))
    return out


def _part_months(period: str) -> bool:
    """Whether a span of months is a part of a year named by a word (二季度, 上半年), not a run
    of months that a report goes on about (1—11月)."""
    months = (int(period[5:7]), int(period[13:15]))
    return any(months == m for _, m in _words().parts if m != (1, 12))


def _writing_years(page: Page, years: dict[int, int], dates: list[Record]) -> dict[int, int]:
    """The year each article was written, that its relative words count from: its latest year,
    or the year after it where the article looks back on that year: it says 去年 outside a
    comparison and never 今年 (1997年…去年“两税”… written in 1998), or it states its latest year
    only as of that year's end (到1997年底: the year is over)."""
    out = dict(years)
    text = page.text
    w = _words()
    ended: dict[int, bool] = {}
    for d in dates:
        art = d.article
        if str(d.value or "") != str(years.get(art)):
            continue
        s, e = d.norm_start, d.norm_end
        at_end = text.startswith(_period_words().year_end, e) and text.endswith(w.as_of, 0, s)
        ended[art] = ended.get(art, True) and at_end
    for art, is_ended in ended.items():
        if is_ended:
            out[art] = years[art] + 1
    back, now = _period_words().looking_back, _period_words().this_year
    base = _period_words().base_before
    for a in page.layout.articles:
        if a.index not in years or out[a.index] != years[a.index]:
            continue
        says_back = any(not text.endswith(base, 0, m.start()) for m in back.finditer(text, a.start, a.end))
        if says_back and not now.search(text, a.start, a.end):
            out[a.index] = years[a.index] + 1
    return out


def _article_years(page: Page, dates: list[Record]) -> dict[int, int]:
    w = _words()
    text = page.text
    out: dict[int, int] = {}
    reached: dict[int, int] = {}
    for d in dates:
        m = _YEAR.match(str(d.value or ""))
        if not m:
            continue
        s, e = d.norm_start, d.norm_end
        if text.startswith(w.not_year_after, e) or text.endswith(w.not_year_before, 0, s) or _target(text, s, False):
            continue  # 2021年以来, 比2022年, 力争到2030年: not the year the article reports
        if _period_words().event_after.match(text, e):
            continue  # 2010年上海世界博览会: an event's name
        year = int(m.group(1))
        art = d.article
        if _target(text, s, True):
            reached[art] = max(reached.get(art, 0), year)  # 到2027年: a target, or 到1997年底: as of
            continue
        out[art] = max(out.get(art, 0), year)
    for art, year in reached.items():
        if art not in out:
            out[art] = year  # an article that only says 到1997年底 reports that year
    return out


def _fill(value: str, year: Optional[int]) -> str:
    if not (year and value.startswith("XXXX")):
        return value
    # 1日 of an unnamed month in a known year: the period is the year
    return str(year) if value.startswith("XXXX-XX") else value.replace("XXXX", str(year))


def _period_of(page: Page, fact: Record, times: _Times, sent: Optional[Sentence], year: Optional[int],
               carried: Optional[str], fill: Optional[int] = None,
               reported: Optional[int] = None) -> Optional[str]:
    if fact.type == "date":
        return _date_period(page, fact, fill or year, year)
    pos = fact.norm_start
    text = page.text
    reach = _period_words().base_reach
    before = []
    base: Optional[tuple[int, str]] = None
    for at, end, period, kind in times.of(sent, year, fill):
        if at >= pos or not period:
            continue
        if kind == "base":
            base = (end, period)
            # 比上年的64860元: the base's own number takes the year before; the compared one does not
            gap = text[end:pos]
            if len(gap) <= reach and not BREAK_CLASS.search(gap) and not _period_words().compared_by.search(gap):
                before.append(period)
            continue
        if base and at >= base[0]:
            base = None  # 从2020年的…增长到2025年的4.93万亿元: the number's own year comes after the base
        before.append(period)
    if before:
        return since_base(text, pos, base, change_over_year(text, pos, span_point(text, pos, before[-1])))
    if carried is None and reported is not None:
        return str(reported)  # no time in the article before the fact: the year the article reports
    return change_over_year(text, pos, span_point(text, pos, carried))


def _kind(text: str, s: int, bare_year: Optional[int] = None, year: Optional[int] = None) -> str:
    """What the time expression at s is: a comparison's base, a target, or ("") a period.
    bare_year: its year where it is a year alone; 到<year> is a target only after the article's year."""
    pw = _period_words()
    if text.endswith(pw.base_before, 0, s):
        return "base"
    if _target(text, s, False):
        return "target"
    if bare_year is not None and _target(text, s, True) and (year is None or bare_year > year):
        return "target"
    return ""


def _target(text: str, s: int, bare_year: bool) -> bool:
    """力争到2030年, 预计2027年, 到2027年 (not 截至2023年): a year the text aims at."""
    pw = _period_words()
    if text.endswith(pw.target_before, 0, s):
        return True
    return bare_year and text.endswith(pw.target_year_before, 0, s) and not text.endswith(pw.not_target_before, 0, s)


def _time_exprs(page: Page, start: int, end: int, dates: Sorted, year: Optional[int],
                has_words: bool, fill: Optional[int] = None) -> list[tuple[int, int, Optional[str], str]]:
    """(start, end, period, kind) of each time expression between start and end (kind: see _kind);
    has_words: whether a relative or as-of-now word starts there (most sentences have none)."""
    text = page.text
    dateline = _period_words().dateline_after
    out = []
    taken: set[int] = set()
    for d in dates.inside(start, end):
        s = d.norm_start
        taken.update(range(s, d.norm_end))
        if text.startswith(dateline, d.norm_end) and not _YEAR.match(str(d.value or "")):
            continue  # 本报北京1月8日电: when the news was filed, not what it reports
        value = str(d.value or "")
        bare = int(value) if re.fullmatch(r"\d{4}", value) and d.value_max is None else None
        # 从2020年的3.68万亿元, 由1954年的11%: the year of a starting level only, like a base
        from_level = d.value_max is None and text.endswith(_period_words().from_before, 0, s) and \
            text.startswith(_period_words().not_as_of_after, d.norm_end)
        out.append((s, d.norm_end, _date_period(page, d, fill or year, year),
                    "base" if from_level else _kind(text, s, bare, fill or year)))
    out = joined_ranges(text, out)
    for at, stop, period in five_year_periods(text, start, end, year):
        if at not in taken:  # 这五年, “十四五”时期: a span like a year's
            taken.update(range(at, stop))
            out.append((at, stop, period, _kind(text, at)))
            out.sort(key=lambda t: t[0])
    if not has_words:
        return out  # in text order
    for word, period in _time_words(year):
        # str.find, not a regex per word and sentence: the same non-overlapping matches, cheaper
        at = text.find(word, start, end) if word else -1
        while at >= 0:
            if at not in taken:
                taken.update(range(at, at + len(word)))
                if isinstance(period, tuple):
                    out.append((at, at + len(word), _part_period(text, at, period, year, fill), ""))
                else:
                    if period and period.isdigit() and text.startswith(_period_words().year_end, at + len(word)):
                        period = f"../{period}-12"  # 截至去年末: the stock at that year's end
                    out.append((at, at + len(word), period, _kind(text, at)))
            at = text.find(word, at + len(word), end)
    return sorted(out, key=lambda t: t[0])


def _date_period(page: Page, d: Record, year: Optional[int], writing: Optional[int] = None) -> str:
    """year: the year of a date written without one; writing: the year relative words count from
    (去年5月12日, 截至去年11月末)."""
    w = _words()
    s, e = d.norm_start, d.norm_end
    text = page.text
    named = next(((word, delta) for word, delta in w.relative if word and text.endswith(word, 0, s)), None)
    if named and (writing or year):
        year = (writing or year) + named[1]
    issued = issue_date(page.doc)  # a page issued on a named day: its month and year first
    written = _YEAR_BEFORE.search(text, max(0, s - 5), s)
    if written and str(d.value).startswith("XXXX"):
        year, issued = int(written.group(1)), None  # 1996年1月 read as two dates: the year written
    if d.value_max is not None:
        last = fill_period(str(d.value_max), issued)
        # 1—11月 in a January page: both ends in the year of the last (1997-01/1997-11)
        anchor = Issued(int(last[:4]), int(last[5:7]) if last[5:7].isdigit() else 12, 31) \
            if issued and last[:4].isdigit() else issued
        return f"{_fill(fill_period(str(d.value), anchor), year)}/{_fill(last, year)}"
    value = _fill(fill_period(str(d.value), issued), year)
    head = s - len(named[0]) if named else s
    if re.fullmatch(r"\d{4}", value) and text.startswith(_period_words().year_end, e):
        return f"../{value}-12"  # 1996年末, 到1997年底: the stock at the year's end
    if text.startswith(_period_words().not_as_of_after, e):
        return value  # 从2020年的…到2025年的4.93万亿元: the level's own year
    if text.endswith(w.as_of, 0, s) or (named and text.endswith(w.as_of, 0, head)):
        return f"../{value}"
    if text.startswith(w.since_after, e):
        return f"{value}/.."
    if text.endswith(w.since_before, 0, s) and _closes_since(text, e, w.since_close):
        return f"{value}/.."
    return value


_SINCE_REACH = 16


def _closes_since(text: str, at: int, words: tuple[str, ...]) -> bool:
    """以来 (or 起) closes the phrase the date opened, within its clause."""
    clause = _CLAUSE_END.split(text[at:at + _SINCE_REACH], maxsplit=1)[0]
    return any(w in clause for w in words)
