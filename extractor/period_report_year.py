"""The year a report was given in, read from its opening where its head names no day (a user's own file whose
name says no year): the latest year its `关于…的报告` names (我代表国务院提出关于某年度国民经济计划的报告: that year;
关于上一年决算和某年预算的报告: the later one, the year whose budget it proposes; 关于某年预算执行情况的报告 alone: the year
after, an account of a year closed). Words: data/period.toml
[report_titles]. Used by extractor/documents.py head_years."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional

from .lexicon import alternation, table
from .numerals import parse_number

_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"○": "0", "零": "0"}
_YEAR = re.compile(r"(?<![0-9〇○零一二三四五六七八九])((?:19|20)\d\d|[一][九][〇○零一二三四五六七八九]{2}|二[〇○零][〇○零一二三四五六七八九]{2})年")


@lru_cache(maxsize=1)
def _title() -> re.Pattern:
    t = table("period.toml")["report_titles"]
    return re.compile(rf"(?:{alternation(t['before'])})(?P<what>[^。；\n]{{2,{int(t['reach'])}}}?)"
                      rf"(?:{alternation(t['after'])})")


def reported_year(text: str, start: int, end: int) -> Optional[int]:
    """The latest year named inside the first `关于…的报告` between start and end, or None."""
    m = _title().search(text, start, end)
    if not m:
        return None
    what = unicodedata.normalize("NFKC", m["what"])
    # (only a year whose plan, budget or accounts the report is on: 某年度国民经济计划, 某年国家预算; not the span of a
    # programme it names, 某年到某年全国农业发展纲要)
    kinds = tuple(table("period.toml")["report_titles"]["year_kinds"])
    years = [int("".join(_DIGITS.get(c, c) for c in y[1])) for y in _YEAR.finditer(what)
             if what.startswith(kinds, y.end())]
    if not years:
        return None
    # (关于某年预算执行情况的报告, 关于某年决算的报告, naming no later year: an account of a year closed, given the next)
    closed = len(set(years)) == 1 and any(w in what for w in table("period.toml")["report_titles"]["closed_words"])
    return max(years) + closed


@lru_cache(maxsize=1)
def _yearly_title() -> re.Pattern:
    t = table("period.toml")["yearly_report_titles"]
    reach = int(t["reach"])
    # (a title opening its paragraph: who reports, the year, what on, the yearly report's words, then the title's
    # end: a line's, the paragraph's, or a heading the layout ran into it, 一、总体情况; not a report named inside a
    # sentence, 2025年，全县编制…年度报告并按时发布)
    return re.compile(rf"[^。，；：:\n\d]{{0,{reach}}}?{_YEAR.pattern}度?[^。，；：:\n]{{0,{reach}}}?"
                      rf"(?:{alternation(t['ends'])})(?=\s|$|[{''.join(t['heading_numbers'])}]、)")


def yearly_report_year(text: str, start: int, end: int) -> Optional[int]:
    """The year a yearly report's title opening text[start:end] says it reports on (某县2025年政府信息公开工作年度报告:
    2025), or None: the year its untimed figures, 全年 and 上年 count from, not the year after it is signed in
    (2026年1月20日) nor the year of its plans (2026年，力争…)."""
    m = _yearly_title().match(text, start, end)
    if not m:
        return None
    return int("".join(_DIGITS.get(c, c) for c in m.group(1)))


_ORDINAL = r"第(?P<{0}>[一二三四五六七八九十]{{1,3}}|\d{{1,2}})"


@lru_cache(maxsize=1)
def _session() -> re.Pattern:
    """A session of the congress related to the opening's own time (data/period.toml [congress_sessions]): the words
    before it that address it or count back a year, its term, its session (absent: the term's first), what follows."""
    t = table("period.toml")["congress_sessions"]
    reach = int(t["reach"])
    return re.compile(
        rf"(?:(?:(?P<addressed>{alternation(t['addressed'])})|(?P<last>{alternation(t['last_year'])}))"
        rf"[^。，；：:\n第]{{0,{reach}}})?{_ORDINAL.format('term')}届(?:{alternation(t['congress'])})"
        rf"(?:{_ORDINAL.format('session')}次会议)?(?P<since>{t['years_since']})?")


def _held(term: int, session: int) -> Optional[int]:
    """The year a session of a term met in, or None for one the data does not hold."""
    t = table("period.toml")["congress_sessions"]
    early = t["early"].get(str(term))
    if early is not None:
        return early[session - 1] if session <= len(early) else None
    if term < int(t["regular_from"]) or session > int(t["term_years"]):
        return None
    return int(t["regular_first"]) + (term - int(t["regular_from"])) * int(t["term_years"]) + session - 1


def session_year(text: str, start: int, end: int) -> Optional[int]:
    """The year a report to the congress was given in, from the first session its opening between start and end
    relates to its own time: the session it addresses (向第6届…第1次会议汇报: 1983), the year
    after one held last year (去年五月第5届…第2次会议结束以后: 1980), or the years on
    from one it counts from (第11届…第1次会议以来的5年: 2013); else None. A session named with none
    of these (第五届…大会期间) says nothing of when the report is given."""
    for m in _session().finditer(text, start, min(end, start + int(table("period.toml")["congress_sessions"]["opening"]))):
        if m["addressed"] and not m["session"] and m["since"] is None:
            session = 1  # (向第四届…大会汇报: its first session)
        else:
            session = int(parse_number(m["session"] or "一") or 0)
        held = _held(int(parse_number(m["term"]) or 0), session)
        if held is None:
            continue
        if m["since"]:
            return held + int(parse_number(m["years"]) or 0)
        if m["last"]:
            return held + 1
        if m["addressed"] and _gives_report(text, m):
            return held
    return None


def _gives_report(text: str, m: re.Match) -> bool:
    """The session `m` is the one the opening addresses: 向 with a verb of giving the report right after the
    session's name (向…第三次会议汇报/作报告), not a mention of an earlier report (向…第一次会议所作报告以来)."""
    t = table("period.toml")["congress_sessions"]
    if m["addressed"] not in t["verb_addressed"]:
        return True
    return text[m.end():m.end() + 2].startswith(tuple(t["addressing_verbs"]))


@lru_cache(maxsize=1)
def _past_year() -> re.Pattern:
    """A year past in a report's opening (group `past`): the year opening the paragraph under an untimed review
    heading (lookahead: the heading is matched, the year right after it read), or the year after a just-past word."""
    t = table("period.toml")["review_heads"]
    return re.compile(rf"(?:(?:{alternation(t['numbers'])})\s*(?:{alternation(t['untimed_words'])})\s*(?={_YEAR.pattern}[，,])"
                      rf"|(?:{alternation(t['just_past'])}))(?P<past>{_YEAR.pattern})")


def past_year(text: str, start: int, end: int) -> Optional[int]:
    """The year a report was given in, from the year its opening between start and end reviews as the one just past:
    a heading reviewing the year past over a paragraph opening with that year (一、过去一年工作回顾 / 2004年，…: 2005),
    or a year called just past (刚刚过去的1984年: 1985); else None."""
    m = _past_year().search(text, start, end)
    return _year_value(m["past"]) + 1 if m else None


def _year_value(written: str) -> int:
    """A year as _YEAR matches it (1984年, 一九八四年, １９８４年) as a number."""
    return int("".join(_DIGITS.get(c, c) for c in unicodedata.normalize("NFKC", written.rstrip("年"))))
