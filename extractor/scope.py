"""The place and period each numeric fact is about.

place: the governing place of the fact's sentence (the last run of places written before the
fact, its most specific unit: 武陵区 in `截至 11 月，武陵区举办招聘会 30 场`), else the first
place after it in the sentence, else the article's main place (the county-or-higher place it
names most often), else the page's.

period, as a string:
  `2023`, `2023-11`, `XXXX-11`      a year or a month (XXXX: the year is not known)
  `2023/2024`                       a span (2023 至 2024 年)
  `../2023-11`                      as of (截至 11 月, with the article's year where known)
  `2021/..`                         since (2021 年以来)
The nearest time expression before the fact in its sentence sets it; a sentence without one
takes the period of the article's sentence before it. Relative words (今年以来, 去年) count
from the article's year: the latest year the article writes outside 比/以来 phrases, else the
page's.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache
from typing import Callable, Optional

from .lexicon import table
from .page import Page

_ADMIN = ("province", "city", "county")
_YEAR = re.compile(r"^(\d{4})")


def _words() -> dict:
    return table("names/scope.toml")


def assign_scope(page: Page, facts: list[dict], names: list[dict]) -> None:
    """Set `place` and `period` on each numeric fact record (dicts, in place)."""
    if not facts:
        return
    try:
        places = sorted((n for n in names if n.get("type") == "place"), key=lambda n: n["norm_start"])
        dates = sorted((f for f in facts if f.get("type") == "date"), key=lambda f: f["norm_start"]) \
            or _page_dates(page)
        years = _article_years(page, dates)
        page_year = max(years.values(), default=None)
        periods = _sentence_periods(page, dates, years, page_year)
        place_in = _sentence_places(page, places)
        main = lru_cache(maxsize=None)(lambda article: _main_place(article, places))
    except (KeyError, TypeError, ValueError):
        return  # records without offsets get no scope rather than a traceback
    for f in facts:
        try:
            year = years.get(f.get("article", 0), page_year)
            sent = page.layout.sentence_at(f["norm_start"])
            f["place"] = _place_of(page, f, places, place_in.get(id(sent)), main)
            f["period"] = _period_of(page, f, dates, year, periods.get(id(sent)))
        except (KeyError, TypeError, ValueError):
            continue


def _page_dates(page: Page) -> list[dict]:
    """The page's dates when they were not asked for (--types money): periods still need them."""
    from . import rules  # the rules import this module's siblings; import late
    out = []
    for c in rules.find(page.text, ["date"]):
        sent = page.layout.sentence_at(c.start)
        out.append({"type": "date", "value": c.value, "value_max": c.value_max, "norm_start": c.start,
                    "norm_end": c.end, "article": sent.article if sent else 0})
    return out


def _sentence_periods(page: Page, dates: list[dict], years: dict[int, int],
                      page_year: Optional[int]) -> dict[int, Optional[str]]:
    """For each sentence: its leading period, or the one carried from the article's sentences
    before it (a list of figures after `截至 11 月` keeps that period)."""
    out: dict[int, Optional[str]] = {}
    current: dict[int, Optional[str]] = {}
    for sent in page.layout.sentences:
        year = years.get(sent.article, page_year)
        lead = next((period for _, period, comparison in _time_exprs(page, sent.start, sent.end, dates, year)
                     if not comparison and period), None)
        if lead is not None:
            current[sent.article] = lead
        out[id(sent)] = current.get(sent.article)
    return out


def _sentence_places(page: Page, places: list[dict]) -> dict[int, Optional[str]]:
    """For each sentence without places: the place of the paragraph's sentence before it."""
    out: dict[int, Optional[str]] = {}
    last: dict[int, Optional[str]] = {}
    for sent in page.layout.sentences:
        inside = _inside(places, sent.start, sent.end)
        if inside and not _enumeration(page, inside):
            last[sent.paragraph] = _value(_last_run(inside)[-1])
        out[id(sent)] = last.get(sent.paragraph)
    return out


def _sentence(page: Page, pos: int) -> tuple[int, int]:
    s = page.layout.sentence_at(pos)
    return (s.start, s.end) if s else (pos, pos)


def _value(p: dict) -> str:
    """A place's name; a short form of a division is given by its full name (江永 → 江永县)."""
    if p.get("rule") == "place:short" and p.get("aliases"):
        return p["aliases"][0]
    return p.get("value") or p.get("text") or ""


def _inside(items: list[dict], start: int, end: int) -> list[dict]:
    """The records of items (sorted by norm_start) within [start, end): found by bisection, not by
    a scan of the page's records for every fact, so that time stays linear in the page's length."""
    lo = bisect.bisect_left(items, start, key=lambda r: r["norm_start"])
    hi = bisect.bisect_left(items, end, key=lambda r: r["norm_start"])
    return [r for r in items[lo:hi] if r["norm_end"] <= end]


def _place_of(page: Page, fact: dict, places: list[dict], carried: Optional[str],
              main: Optional[Callable[[int], Optional[str]]] = None) -> Optional[str]:
    main = main or (lambda article: _main_place(article, places))
    start, end = _sentence(page, fact["norm_start"])
    inside = _inside(places, start, end)
    before = [p for p in inside if p["norm_end"] <= fact["norm_start"]]
    if _enumeration(page, before):
        # 在芷兰街道、府坪街道、南坪街道…开展 15 场: a list of places is not the fact's place
        return main(fact.get("article", 0))
    if before:
        # the last run of places written one after another: its most specific unit
        return _value(_last_run(before)[-1])
    after = [p for p in inside if p["norm_start"] >= fact["norm_end"]]
    if after:
        return _value(after[0])
    return carried or main(fact.get("article", 0))


def _last_run(places: list[dict]) -> list[dict]:
    """The last run of places written one after another (常德市鼎城区十美堂镇)."""
    run = [places[-1]]
    for p in reversed(places[:-1]):
        if p["norm_end"] != run[0]["norm_start"]:
            break
        run.insert(0, p)
    return run


def _enumeration(page: Page, before: list[dict]) -> bool:
    gaps = [page.text[a["norm_end"]:b["norm_start"]] for a, b in zip(before, before[1:])]
    return sum(g == "、" for g in gaps) >= 2


def _main_place(article: int, places: list[dict]) -> Optional[str]:
    counts: Counter = Counter()
    first: dict[str, int] = {}
    for scope in ([p for p in places if p.get("article") == article], places):
        for p in scope:
            if p.get("level") in _ADMIN:
                key = p.get("code") or _value(p)
                counts[key] += 1
                first.setdefault(key, p["norm_start"])
        if counts:
            break
    if not counts:
        return None
    key = max(counts, key=lambda k: (counts[k], -first[k]))
    # the full name where the page writes one (武陵区 rather than 武陵)
    named = [p for p in places if (p.get("code") or _value(p)) == key]
    full = [p for p in named if p.get("rule") != "place:short"]
    return _value((full or named)[0])


def _article_years(page: Page, dates: list[dict]) -> dict[int, int]:
    w = _words()["not_article_year"]
    text = page.text
    out: dict[int, int] = {}
    for d in dates:
        m = _YEAR.match(str(d.get("value") or ""))
        if not m:
            continue
        s, e = d["norm_start"], d["norm_end"]
        after = any(text[e:e + len(x)] == x for x in w["after"])
        if after or any(text[max(0, s - len(x)):s] == x for x in w["before"]):
            continue
        year = int(m.group(1))
        art = d.get("article", 0)
        out[art] = max(out.get(art, 0), year)
    return out


def _fill(value: str, year: Optional[int]) -> str:
    return value.replace("XXXX", str(year)) if year and value.startswith("XXXX") else value


def _period_of(page: Page, fact: dict, dates: list[dict], year: Optional[int],
               carried: Optional[str]) -> Optional[str]:
    if fact.get("type") == "date":
        return _date_period(page, fact, year)
    start, end = _sentence(page, fact["norm_start"])
    exprs = _time_exprs(page, start, end, dates, year)
    before = [period for pos, period, _ in exprs if pos < fact["norm_start"] and period]
    if before:
        return before[-1]
    return carried


def _time_exprs(page: Page, start: int, end: int, dates: list[dict],
                year: Optional[int]) -> list[tuple[int, Optional[str], bool]]:
    """(position, period, is a comparison) of each time expression between start and end."""
    w = _words()
    text = page.text
    compare = w["not_article_year"]["before"]
    out = []
    taken: set[int] = set()
    for d in _inside(dates, start, end):
        s = d["norm_start"]
        is_cmp = any(text[max(0, s - len(x)):s] == x for x in compare)
        out.append((s, _date_period(page, d, year), is_cmp))
        taken.update(range(s, d["norm_end"]))
    now = [(x, f"../{year}" if year else None) for x in w["as_of_now"]["words"]]
    relative = [(x, str(year + delta) if year else None) for x, delta in w["relative"].items()]
    for word, period in sorted(now + relative, key=lambda t: -len(t[0])):
        # str.find, not a regex per word and sentence: the same non-overlapping matches, cheaper
        at = text.find(word, start, end) if word else -1
        while at >= 0:
            if at not in taken:
                taken.update(range(at, at + len(word)))
                out.append((at, period, False))
            at = text.find(word, at + len(word), end)
    return sorted(out, key=lambda t: t[0])


def _date_period(page: Page, d: dict, year: Optional[int]) -> str:
    w = _words()
    value = _fill(str(d.get("value")), year)
    if d.get("value_max") is not None:
        return f"{value}/{_fill(str(d['value_max']), year)}"
    s, e = d["norm_start"], d["norm_end"]
    text = page.text
    if any(text[max(0, s - len(x)):s] == x for x in w["as_of"]):
        return f"../{value}"
    if any(text[e:e + len(x)] == x for x in w["since_after"]):
        return f"{value}/.."
    if any(text[max(0, s - len(x)):s] == x for x in w["since_before"]) and _closes_since(text, e, w["since_close"]):
        return f"{value}/.."
    return value


_SINCE_REACH = 16


def _closes_since(text: str, at: int, words: list[str]) -> bool:
    """以来 (or 起) closes the phrase the date opened, within its clause."""
    clause = re.split(r"[，。；！？\n]", text[at:at + _SINCE_REACH], maxsplit=1)[0]
    return any(w in clause for w in words)
