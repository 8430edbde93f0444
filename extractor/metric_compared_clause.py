"""A clause that only compares with a base (`去年全省共发生了12次较大洪水，比前年的15次要少`; `造成860人住院，
比前年多120人`; `实现营业收入1520.6亿元，比上年同期的1433.2亿元增长6.1%`) names nothing measured itself:
its base level (15次) and its difference (120人) measure what the figure before it in the same unit measures
(较大洪水, 住院), and a change of it after a base level (6.1%) does too, with the change word. The base
(前年, 上年同期) is only what the figure is compared with (bench/gold/README.md, session 10).
Words: data/metric.toml [compared_clause]."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .clauses import last_mark
from .lexicon import alternation, table
from .metric_change_words import change_only, change_bases, change_word
from .metric_words import clean, unit_words
from .metric_cut import trim

_REACH = 80  # back to the compared figure, within the sentence
_CLAUSE_LONGEST = 30
_CLAUSE_MARKS = "，,；;：:"
_SENTENCE_MARKS = "。！？!?\n"
_PERCENT = re.compile("[%％‰]|百分点")
# (a year in Chinese numerals as old reports write it, 比一九八○年的三百八十一亿美元增长, is a base too)
_YEAR = re.compile(r"(?:\d{2,4}|[〇○零一二三四五六七八九]{4})年(?:底|末|初)?")
_ORDINAL = re.compile("第[\\d零〇一二三四五六七八九十百千两]+")


@lru_cache(maxsize=1)
def _shapes() -> tuple[re.Pattern, str, re.Pattern]:
    t = table("metric.toml")["compared_clause"]
    # 比1996年…, 较上年…, 同上年相比…, 与去年同期相比…
    # (与2010年第六次全国人口普查的5458210人相比: the base level said inside 与…相比, its clause closing with 相比)
    opening = re.compile(f"(?:{alternation(t['leads'])})?(?:{alternation(t['words'])}|[同与和跟][^，。；：！？\\d]{{1,8}}?相比"
                         f"|[同与和跟](?=[^，。；：！？\\n]{{2,{_CLAUSE_LONGEST}}}?的[^，。；：！？\\n]{{1,16}}?相比[，,；;]))")
    number = f"(?:\\d[\\d.,]*|[{t['numerals']}][{t['numerals']}点万亿]*)[多余]?(?:万|亿)*"
    return opening, number, re.compile(f"{alternation(t['level_tails'])}")


def compared_clause(text: str, start: int, end: int, unit: str | None,
                    measure: Callable[[int, int], str | None]) -> str | None:
    """What the figure before a compare-only clause measures (`measure` reads a span), for the number at
    [start, end) with `unit`; None where the clause names a subject of its own, holds more than one base
    level, or no figure in that unit comes before it in the sentence."""
    if not unit:
        return None
    opening, number, level_tails = _shapes()
    cut = last_mark(text, _CLAUSE_MARKS + _SENTENCE_MARKS, max(0, start - _CLAUSE_LONGEST), start)
    if cut < 0:
        return None
    lo = cut + 1
    opened = opening.match(text, lo)  # (not bounded at the number: 与…相比 looks past it for 相比)
    if not opened or opened.end() > start:
        return _after_compared(text, lo, start, measure)
    # (the base said by a year or a word of time, 比1996年, 比前年, is no part of the change)
    # (第六次全国人口普查: an ordinal is no level either)
    clause = _bases().sub("", _ORDINAL.sub("", _YEAR.sub("", text[opened.end():start])), count=1)
    levels = list(re.finditer(number, clause))
    if len(levels) > 1:
        return None
    ref_unit, tail, act = unit, clause, ""
    if levels:
        # 比上年同期的1433.2亿元增长: the base level's unit is the compared figure's; what follows it is the change
        level = levels[0]
        after = clause[level.end():]
        ref_unit = next((u for u in _units(after)), None)
        if not ref_unit or not clause[:level.start()].endswith("的"):
            return None
        tail = after[len(ref_unit):]
        change = clean(tail)
        if not change or not change_only().match(change):
            return None
    elif tail.endswith("的"):
        # 比前年的15次(要少): the base level itself, its clause closing after it or saying how it compares
        change = ""
        if not level_tails.match(text, end) and end < len(text) and text[end] not in _CLAUSE_MARKS + _SENTENCE_MARKS \
                and not text.startswith(_change_words(), end):  # (比上年同期的1433.2亿元增长6.1%)
            return None  # (比去年的50人规模: a noun after the level names it)
        named = _named_after(text, lo, end, unit, measure)
        if named:
            return named
    else:
        # 比前年多120人: the difference (not a percent: 完成计划的102%，比1954年增长9% is the subject's growth,
        # no change of the share before it)
        change = clean(tail)
        if not change or _PERCENT.search(unit):
            return None
        if not change_only().match(change):
            # 比上年多开工24个, 比上年少发827亿元: more or less of the act the figure before measured (its verb
            # said again, 开工改造老旧小区152个); kept only where that verb is in the figure's measure
            acted = _more_of_act().fullmatch(_bases().sub("", change, count=1))  # (上年同期: 同期 left)
            if not acted:
                return None
            act = acted.group(1)
    # (the base level said, 的N: its unit tells the figure compared, past figures in others, 城镇化率为65.2%)
    ref = _figure_before(text, lo, ref_unit, number, alike=bool(levels) or not change, in_unit=bool(act))
    if ref is None:
        return None
    subject = measure(*ref)
    if not subject or len(subject) < 2 or (act and act[0] not in subject):
        return None
    change = change_bases().sub("", change)
    return trim(subject) if not change or subject.endswith(change) else trim(subject) + change


def _after_compared(text: str, lo: int, start: int, measure: Callable[[int, int], str | None]) -> str | None:
    """与…的5458210人相比，减少294363人，下降5.39%: a clause of only a change after a clause of only the base
    compared with (a change clause between) is a change of what the base's level is compared with: that figure's
    measure with the change word; None where the clauses are not so."""
    change = clean(text[lo:start])
    if not change or not change_only().match(change):
        return None
    _, number, _ = _shapes()
    hi = lo - 1
    for _ in range(_CHANGES_BETWEEN + 1):
        cut = last_mark(text, _CLAUSE_MARKS + _SENTENCE_MARKS, max(0, hi - _CLAUSE_LONGEST * 2), hi)
        if hi < 1 or text[hi] not in _CLAUSE_MARKS or cut < 0:
            return None
        clause = text[cut + 1:hi]
        if compares_only(clause):
            levels = [m for m in re.finditer(number, clause) if _units(clause[m.end():])]
            if not levels:
                return None
            level = levels[-1]
            unit = _units(clause[level.end():])[0]
            at = cut + 1 + level.start()
            subject = compared_clause(text, at, cut + 1 + level.end() + len(unit), unit, measure)
            change = change_bases().sub("", change)
            return trim(subject) + change if subject and not subject.endswith(change) else subject
        figure = next(re.finditer(number, clause), None)
        if not figure or not _units(clause[figure.end():]) or not change_only().match(clean(clause[:figure.start()])):
            return None  # (减少294363人: only a change and its figure)
        hi = cut
    return None


@lru_cache(maxsize=1)
def _more_of_act() -> re.Pattern:
    """多开工, 少投放: a word of more or less and the verb after it (group 1)."""
    t = table("metric.toml")["compared_clause"]
    return re.compile(f"(?:{alternation(t['more_less'])})([\u4e00-\u9fff]{{1,{_ACT_LONGEST}}})")


_ACT_LONGEST = 3  # 开工, 收回, 投放 (a longer phrase names a thing of its own)

_CHANGES_BETWEEN = 2  # change clauses between the base's clause and the change read (减少294363人，下降5.39%)


def compares_only(clause: str) -> bool:
    """与2010年第六次全国人口普查的5458210人相比, 同上年相比: a clause that only names what the figures after it are
    compared with (its words, the base, are no subject of theirs)."""
    return bool(_COMPARES_ONLY.fullmatch(clause))


_COMPARES_ONLY = re.compile("[同与和跟][^，。；：！？\n]{1,40}?相比")


@lru_cache(maxsize=1)
def _change_words() -> tuple[str, ...]:
    return tuple(sorted(table("metric.toml")["change"]["words"], key=len, reverse=True))


@lru_cache(maxsize=1)
def _bases() -> re.Pattern:
    words = sorted(table("metric.toml")["comparison"]["bases"], key=len, reverse=True)
    return re.compile(f"^(?:{alternation(words)})")


def _named_after(text: str, lo: int, end: int, unit: str, measure: Callable[[int, int], str | None]) -> str | None:
    """与上年的3.3万人相比，出生人口减少0.2万人: a clause of only the base (lo to its level's end) followed by a change
    that names its own subject, in the base's unit: that subject (出生人口, not the figure before, 死亡人口2.8万人).
    None where the clause after is a bare change (增长9.1%: of the figure before, _after_compared) or not so."""
    comma = _COMMA.search(text, end, end + _CLAUSE_LONGEST)
    close = comma.start() if comma else -1
    if close < 0 or not compares_only(text[lo:close]):
        return None
    _, number, _ = _shapes()
    nxt = re.compile(number).search(text, close + 1, close + 1 + _CLAUSE_LONGEST)
    words = clean(text[close + 1:nxt.start()]) if nxt else ""
    if not words or re.search(f"[{_CLAUSE_MARKS}{_SENTENCE_MARKS}]", text[close + 1:nxt.start()]) \
            or change_only().match(words) or _shapes()[0].match(text, close + 1):
        return None  # (a bare change or another comparison: read as before, without this clause read again)
    own = unit.lstrip("万亿")  # (the number's own 万 or 亿 is read with it)
    if not text.startswith(own, nxt.end()):
        return None
    subject = measure(nxt.start(), nxt.end() + len(own))
    tail = change_word().search(subject or "")
    subject = clean(subject[:tail.start()]) if subject and tail else None
    return trim(subject) if subject and len(subject) >= 2 else None


_COMMA = re.compile("[，,]")


def _figure_before(text: str, lo: int, unit: str, number: str, alike: bool = False,
                   in_unit: bool = False) -> tuple[int, int] | None:
    """The span of the number nearest before `lo` within its sentence, where it is in `unit` (the
    figure compared is the one said right before: 收入为N元，比上年增长Y%; compares N元, not an earlier %).
    alike: the nearest in `unit` where the clause opens its sentence (a base level said in its unit names the figure of
    the sentence before it is compared with: …的498万人相比 compares 常住人口516万人, not 城镇化率65.2% said after it;
    within a sentence the figure right before, as above: 完成调整预算27.96亿元的101.8%，比上年的27.05亿元 is none).
    in_unit: the nearest in `unit` anywhere in the sentence (多开工24个 after 开工…152个，完成…81.7%: the act named
    again ties the difference to its own figure past a share between)."""
    floor = max(0, lo - _REACH)
    base = max(last_mark(text, _SENTENCE_MARKS, floor, lo) + 1, floor)
    opens = base == lo and text[lo - 1:lo] in "。"
    if opens:
        # 全市常住人口为5163847人。与…的5458210人相比: a sentence that opens comparing compares the figure that
        # ends the sentence before
        base = max(last_mark(text, _SENTENCE_MARKS, floor, lo - 1) + 1, floor)
    # (…的百分之一百一十二点三（预算数为三百四十五亿二千万元），比一九五七年的…: a figure in a bracket is an aside
    # on the one before it, never the figure compared)
    asides = [(m.start(), m.end()) for m in _BRACKET.finditer(text, base, lo)]
    found = [m for m in re.finditer(number, text[base:lo]) if not text.startswith(_TIMES, base + m.end())
             and not any(a <= base + m.start() < b for a, b in asides)]
    own = unit.lstrip("万亿")
    if (alike and opens) or in_unit:
        found = [m for m in found if text.startswith(own, base + m.end())]
    if not found:
        return None
    last = found[-1]
    if not text.startswith(own, base + last.end()):
        return None
    return base + last.start(), base + last.end() + len(own)


_TIMES = ("年", "月", "日", "时", "季度")
_BRACKET = re.compile("[（(][^（）()]{0,40}[）)]")




def _units(after: str) -> list[str]:
    """The unit opening `after` (亿元, 万人次, 次, %): the longest of the currency, classifier and
    percent words that it starts with."""
    return [w for w in unit_words() if after.startswith(w)][:1]
