"""The words of time that extractor/time_exprs.py looks for (data/names/scope.toml and
data/period.toml), as tuples and one pattern: relative words (去年, 一年来), words of the present
(目前, 现有), parts of a year (上半年, 年底), times that name no period (近几年), news words (已达),
days from a dateline (今天) and report verbs (日前报道)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, NamedTuple, Optional

from .lexicon import alternation, table


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
    parts: tuple[tuple[str, tuple], ...]  # parts of a year and their months (年底: as of its month)
    vague: tuple[str, ...]             # times that name no period (近几年): "" where they stand
    news_now: tuple[str, ...]          # what stands already (已达), in a news story: as of its writing
    days: tuple[tuple[str, int], ...]  # 今天, 昨天: days from the dispatch's dateline
    report_verbs: tuple[str, ...]      # 日前报道: a time of speaking, no period
    as_of_writing: frozenset[str]      # 截至目前, 建国以来: as of the writing, said so (../1998-01)
    whole_history: frozenset[str]      # 建国以来: of its own sentence's facts after it only
    centuries: tuple[tuple[str, int, str], ...]  # 本世纪末: centuries from the writing's, and which part
    time_word_at: re.Pattern           # where any relative, as-of-now or year-part word starts


@lru_cache(maxsize=1)
def scope_words() -> _Words:
    t = table("names/scope.toml")
    # period.toml adds words that look back on the year before the writing (一年来, 过去一年), and
    # words of the present
    extra = table("period.toml")
    now = [*t["as_of_now"]["words"], *extra.get("as_of_now", [])]
    relative = {**t["relative"], **extra.get("relative", {})}
    parts = {w: (int(a), int(b)) for w, (a, b) in t.get("year_parts", {}).items()}
    parts.update({w: (1, 12) for w in table("period.toml").get("whole_year", [])})
    # a point of a year (年底: its last month, as of then), told apart by a third item
    parts.update({w: (12, 12, "end") for w in extra.get("year_end_alone", [])})
    parts.update({w: (1, 1, "start") for w in extra.get("year_start_level", [])})
    vague = [*extra.get("vague", []), *extra.get("conditional", [])]
    news_now = extra.get("news_now", [])
    days = extra.get("dateline_days", {})
    history = extra.get("whole_history", [])
    writing = [*extra.get("as_of_writing", []), *history]
    now = [*now, *(w for w in writing if w not in now)]
    centuries = tuple((w, int(delta), part) for w, (delta, part) in extra.get("centuries", {}).items())
    weeks = extra.get("dateline_weeks", {})  # 本周, 上周: weeks counted from a dateline, as days are
    every = [w for w in [*now, *relative, *parts, *vague, *news_now, *days, *weeks, *(c for c, _, _ in centuries)] if w]
    return _Words(
        as_of=tuple(t["as_of"]), since_after=tuple(t["since_after"]), since_before=tuple(t["since_before"]),
        since_close=tuple(t["since_close"]), not_year_after=tuple(t["not_article_year"]["after"]),
        not_year_before=tuple(t["not_article_year"]["before"]), now=tuple(now), relative=tuple(relative.items()),
        parts=tuple(parts.items()), vague=tuple(vague), news_now=tuple(news_now),
        days=tuple(days.items()), report_verbs=tuple(extra.get("report_verbs", [])),
        as_of_writing=frozenset(writing), whole_history=frozenset(history), centuries=centuries,
        # a lookahead: every start, overlapping ones included, so that no sentence is skipped wrongly
        time_word_at=re.compile(f"(?=(?:{alternation(every)}))") if every else re.compile(r"(?!)"))


@lru_cache(maxsize=None)
def time_words_in(year: Optional[int]) -> tuple[tuple[str, object], ...]:
    """The relative and as-of-now words with the period each gives in that year, and the parts
    of a year with their months (the year is read where they stand), longest first."""
    w = scope_words()
    now = [(x, f"../{year}" if year else None) for x in w.now]
    relative = [(x, str(year + delta) if year else None) for x, delta in w.relative]
    vague = [(x, "") for x in w.vague]
    centuries = [(x, _century(year, delta, part)) for x, delta, part in w.centuries]
    return tuple(sorted(now + relative + list(w.parts) + vague + centuries, key=lambda t: -len(t[0])))


@lru_cache(maxsize=None)
def _by_first(year: Optional[int]) -> dict[str, tuple[int, ...]]:
    """The places in time_words_in(year) of the words beginning with each character."""
    out: dict[str, list[int]] = {}
    for i, (word, _) in enumerate(time_words_in(year)):
        if word:
            out.setdefault(word[0], []).append(i)
    return {c: tuple(v) for c, v in out.items()}


def time_words_starting(year: Optional[int], firsts: Iterable[str]) -> list[tuple[str, object]]:
    """time_words_in(year), in its order, less the words that begin with none of the characters
    (those that begin a time word in a sentence: the others cannot be found there)."""
    words, by_first = time_words_in(year), _by_first(year)
    return [words[i] for i in sorted(i for c in set(firsts) for i in by_first.get(c, ()))]


def _century(year: Optional[int], delta: int, part: str) -> Optional[str]:
    """本世纪 in 1998: 1901/2000; 本世纪末: 2000; 下世纪: 2001/2100 (data/period.toml centuries)."""
    if not year:
        return None
    first = (year - 1) // 100 * 100 + 1 + 100 * delta
    return {"end": str(first + 99), "start": str(first)}.get(part, f"{first}/{first + 99}")
