"""Five-year periods written as words (这五年, 今后五年, “十四五”时期, 第六个五年计划): the span of
years they name, found in a stretch of text (data/period.toml)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, NamedTuple, Optional

from .clauses import BREAKS, HALFWIDTH_BREAKS, last_mark, sentence_start
from .lexicon import alternation, table
from .year_counts import CLAUSE_BREAK, CLAUSE_REACH, DIGITS, count_years, small_number

_FIGURE_START = re.compile("[0-9０-９一二三四五六七八九十两几数]")


class _FiveYears(NamedTuple):
    words: re.Pattern                  # 这五年 / 今后五年, the group `ahead` set for the latter
    plans: re.Pattern                  # a plan named by its number, the group `n`
    starts: dict[int, int]
    right_before: tuple[str, ...]      # a bare plan right after these is a point aimed at (到“九五”末)
    clause_verbs: re.Pattern           # its clause names the plan's making or aims (完成国家“十四五”…)
    clause_aims: re.Pattern
    not_after: tuple[str, ...]         # a point in the plan (“九五”末, “八五”以来)
    followed_by: tuple[str, ...]       # what may follow a plan read as a time, besides a figure
    ends: tuple[str, ...]              # the end of the plan, its last year (“十三五”末: 2020)


@lru_cache(maxsize=1)
def five_year_patterns() -> _FiveYears:
    t = table("period.toml")
    # each plan form names the number in its own group (a pattern may not repeat a group's name)
    forms = [re.escape(p).replace(re.escape("{n}"), "{n}") for p in t["plan_names"]]
    plan = "|".join(f.replace("{n}", f"(?P<n{i}>十?[{DIGITS}]|十)") for i, f in enumerate(forms))
    figures = set(t["five_years_in_figures"])
    ahead = _digit_forms(t["five_years_ahead"], figures)
    back = _digit_forms(t["five_years_back"], figures)
    words = f"(?P<ahead>{alternation(ahead)})|{alternation(back)}"
    # each led by a test of its first character: the alternatives were tried at every
    # character of every sentence, a third of the cost of reading a sentence's times
    plan_firsts = {"十" + DIGITS if p.startswith("{n}") else p[0] for p in t["plan_names"] if p}
    word_firsts = {w[0] for w in [*ahead, *back] if w}
    return _FiveYears(_led(words, word_firsts), _led(plan, plan_firsts),
                      {int(k): int(v) for k, v in t["plan_starts"].items()},
                      tuple(t["bare_plan_not_right_before"]), re.compile(alternation(t["bare_plan_clause_verbs"])),
                      re.compile(alternation(t["bare_plan_clause_aims"])), tuple(t["bare_plan_not_after"]),
                      tuple(t["bare_plan_followed_by"]), tuple(sorted(t["bare_plan_end"], key=len, reverse=True)))


def _led(pattern: str, firsts: set[str]) -> re.Pattern:
    if not firsts:  # no words: the pattern as it is
        return re.compile(pattern)
    return re.compile(f"(?=[{''.join(sorted(map(re.escape, ''.join(firsts))))}])(?:{pattern})")


def _digit_forms(words: list[str], figures: set[str]) -> list[str]:
    """The words as written, and those of `figures` with the five in figures too (近5年来, as news
    pages write it; a bare 5年来 is more often someone's own five years)."""
    return [*words, *(w.replace("五", d) for w in words if w in figures for d in "5５")]


def plan_number(s: str) -> int:
    """The number a five-year plan is named by (十一 of “十一五”: 11)."""
    return small_number(s)


def plan_span(n: int, starts: Optional[dict[int, int]] = None) -> tuple[int, int]:
    """The years of the n-th five-year plan."""
    starts = starts or five_year_patterns().starts
    if n in starts:
        first = starts[n]
    else:
        top = max(starts)
        first = starts[top] + 5 * (n - top)
    return first, first + 4


def five_year_periods(text: str, start: int, end: int,
                      year: Optional[int]) -> Iterator[tuple[int, int, str]]:
    """(start, end, period) of each five-year expression between start and end; year: the year the
    article was written (这五年 and 今后五年 count from it; without it they give nothing)."""
    fy = five_year_patterns()
    for m in fy.plans.finditer(text, start, end):
        n = next(v for k, v in m.groupdict().items() if v)
        a, b = plan_span(small_number(n), fy.starts)
        first = _first_years(text, m.end(), end)
        if first:  # “八五”期间的头两年: the plan's first years
            yield m.start(), first[0], f"{a}/{a + first[1] - 1}"
        else:
            yield m.start(), m.end(), f"{a}/{b}"
    for m in BARE_PLAN.finditer(text, start, end):
        first = _first_years(text, m.end(), end)
        if first:  # 进入“九五”两年来, “八五”头两年: a plan named bare, its first years
            a, _ = plan_span(small_number(m.group("n")), fy.starts)
            yield m.start(), first[0], f"{a}/{a + first[1] - 1}"
        elif (end_word := next((w for w in fy.ends if text.startswith(w, m.end())), None)):
            # “十三五”末全省生产总值…, 到“十四五”末: a point, the plan's last year (a target's year after 到)
            yield m.start(), m.end() + len(end_word), str(plan_span(small_number(m.group("n")), fy.starts)[1])
        elif _bare_plan_is_time(text, m.start(), m.end(), fy):
            # 据对“八五”５１个技术改造项目统计, 我们“八五”以年均２６％的速度增长: the plan's years
            yield m.start(), m.end(), "{}/{}".format(*plan_span(small_number(m.group("n")), fy.starts))
    if year is None:
        return
    for m in fy.words.finditer(text, start, end):
        a = year if m.group("ahead") else year - 5
        yield m.start(), m.end(), f"{a}/{a + 4}"


def opening_five_periods(text: str, start: int, end: int, year: Optional[int]) -> Iterator[tuple[int, int, str]]:
    """(start, end, period) of each bare 五年 opening a sentence or a clause after ； that runs into its figure (五年实际利用外资1680亿美元
    in a 1996 report: 1991/1995; after “九五”期间… in its paragraph: 1996/2000); year: the year of the writing."""
    if year is None:
        return
    fy = five_year_patterns()
    for m in opening_five().finditer(text, start, end):
        if text[m.start() - 1:m.start()] in _COMMAS and (_names_a_year(text, m.start() - 1) or _plans(text, m.start())):
            continue  # 2030年，五年城镇新增就业…: the five years to the year just named; …目标，…，五年…: a plan's
        yield m.start(), m.end(), _paragraph_plan(text, m.start(), fy) or f"{year - 5}/{year - 1}"


_COMMAS = "，,"


def _plans(text: str, at: int) -> bool:
    """Whether the sentence before `at` states a plan (坚持把增加就业作为…的优先目标，…，五年城镇新增就业4500万人: the plan's
    five years, which the sentences before carry): data/period.toml [year_end_stocks] target_words."""
    since = sentence_start(text, at)
    return any(w in text[since:at] for w in table("period.toml")["year_end_stocks"]["target_words"])


def _names_a_year(text: str, comma: int) -> bool:
    """Whether the clause before the comma at `comma` names a year (2030年，; 一九八五年…，; 今年，), which a 五年 after it
    counts to; a clause with none (全国普通高等学校达到一千零一十六所，五年新建三百四十一所; 按可比价格计算，五年平均每年
    增长…) leaves it the five years reviewed."""
    since = last_mark(text, BREAKS + HALFWIDTH_BREAKS, 0, comma) + 1
    return bool(_A_YEAR.search(text, since, comma))


# a year a clause names: written (2030年, 一九八五年) or said (今年, 上年)
_A_YEAR = re.compile(r"(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4}|[今去明本当上前])年")
_PLAN_LOOK_BACK = 400  # characters of its paragraph a bare 五年 looks back over for the plan it counts


def _paragraph_plan(text: str, at: int, fy: _FiveYears) -> Optional[str]:
    """The span of the plan named last before `at` in its paragraph (“九五”期间…：…；五年…, “十一五”期间，…；五年淘汰…
    in a 2007 report: the plan's years, not the five before the writing)."""
    since = max(text.rfind("\n", 0, at) + 1, at - _PLAN_LOOK_BACK)
    found = None
    for m in fy.plans.finditer(text, since, at):
        found = plan_span(small_number(next(v for v in m.groupdict().values() if v)), fy.starts)
    return f"{found[0]}/{found[1]}" if found else None


@lru_cache(maxsize=1)
def opening_five() -> re.Pattern:
    """五年 opening a sentence or a clause, with a figure in its clause (data/period.toml five_years_opening_*; after
    a comma only where the clause before names no year: 2030年，五年城镇新增就业… counts the five years to the year just
    named, opening_five_periods)."""
    t = table("period.toml")
    stop = re.escape("".join(t["five_years_opening_not_before"]))
    figure = "0-9０-９一二三四五六七八九十两百千万"
    return re.compile(rf"(?:(?<=[。；！？\n，,])|^)五年(?![{stop}])(?=[^，。；：！？\n{figure}]{{1,{int(t['five_years_opening_reach'])}}}[{figure}])",
                      re.M)


def _bare_plan_is_time(text: str, at: int, end: int, fy: _FiveYears) -> bool:
    """Whether a plan named bare in quotes is when its clause's figures fall, not the plan's aims,
    its making or a point at its end (为实现“九五”目标, 制定“十五”规划, 到“九五”末)."""
    if text.endswith(fy.right_before, 0, at) or text.startswith(fy.not_after, end):
        return False
    if not (_FIGURE_START.match(text, end) or text.startswith(fy.followed_by, end)):
        return False  # “五五”普法: a campaign of its own, not the plan
    before = CLAUSE_BREAK.split(text[max(0, at - CLAUSE_REACH):at])[-1]
    after = CLAUSE_BREAK.split(text[end:end + CLAUSE_REACH], maxsplit=1)[0]
    return not fy.clause_verbs.search(before) and not fy.clause_aims.search(after)


# (not a plan named with 时期, 期间, 计划, 规划 or 以来, which plan_names reads; 以 otherwise is a manner, “八五”以年均…)
BARE_PLAN = re.compile(rf"“(?P<n>十?[{DIGITS}]|十)五”(?![时期计规]|以[来后前])")
# the first few years of a plan: 头两年, 前三年, 两年来 (a count of years alone says its first ones
# only with 来/中/里/间 after it)
_FIRST = re.compile(r"的?(?:(?P<head>头|前|最初)(?P<k>[两二三四2-4２-４])年|(?P<k2>[两二三四2-4２-４])年(?:来|中|里|间))")


def _first_years(text: str, at: int, end: int) -> Optional[tuple[int, int]]:
    """(where it ends, how many) of a plan's first years written right after the plan's name."""
    m = _FIRST.match(text, at, end)
    if not m:
        return None
    return m.end(), count_years(m.group("k") or m.group("k2"))
