"""Items of a 分别 list that are times or places (`一季度、二季度、三季度分别实现利润总额52.6亿元、61.3亿元、
58.9亿元`; `长丰县、肥东县、庐江县，油菜籽产量分别增长6.1%、3.7%、2.2%`): each item is its number's scope — the
fact's period or place — not what it measures; the measure is the one noun the list names, after 分别 or as the
subject of the list's own clause. A user asking for 利润总额 must find all three quarters under it, not three
facts measuring `一季度`. Words: data/metric.toml [scope_items] (and the periods of [period_item])."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .metric_places import place_item
from .metric_change_words import change_only
from .metric_words import clean


@lru_cache(maxsize=1)
def _period() -> re.Pattern:
    p, t = table("metric.toml")["period_item"], table("metric.toml")["scope_items"]
    numerals = t["numerals"]
    periods = alternation([*p["periods"], *t["periods"]])
    # 2024年, 一九九七年, 1—9月, 9月份, 一至四季度 written item by item
    years = f"[{numerals}]{{2,4}}年(?:度|底|末)?"
    return re.compile(f"(?:{periods}|{p['months']}|{years}|[{numerals}]{{1,2}}月份?)")


def time_item(item: str) -> bool:
    """一季度, 上半年, 2024年, 9月份: an item that is only a time."""
    return bool(_period().fullmatch(item))


def _single_scope(item: str) -> bool:
    return time_item(item) or place_item(item) or item in _wholes()


@lru_cache(maxsize=1)
def _wholes() -> frozenset[str]:
    return frozenset(table("metric.toml")["scope_items"]["wholes"])


def scope_item(item: str) -> bool:
    """A time or a place (广陵区, 郸城县, 美国, 全省), or a time and a place written together (四季度全省, 全市2024年):
    the scope of a figure, never its measure."""
    return bool(item) and (_single_scope(item) or any(
        (time_item(item[:n]) and _single_scope(item[n:])) or (_single_scope(item[:n]) and time_item(item[n:]))
        for n in range(2, len(item) - 1)))  # (澧县地区: two places are one place's name, not a time and a place)


def scope_run_measure(items: list[str]) -> str | None:
    """规模以上工业企业一季度、上半年、前三季度和全年研发费用: a run of times (three or more) whose first
    item opens with the words before the run and whose last closes with the words after it; those words, the
    owner before and the measure after (规模以上工业企业研发费用), are what every item measures. None where an
    inner item is not a time, or no measure follows the last item's time (a place after it, 全年全市, is scope too)."""
    if len(items) < 3 or not all(time_item(x) for x in items[1:-1]):
        return None  # (a run of places before a measure is place_items_measure's: 武陵区、鼎城区、澧县地区生产总值)
    first, last = items[0], items[-1]
    owner = next((first[:n] for n in range(len(first) - 1) if time_item(first[n:])), None)
    # the last item opens with a time (全年), a place may follow it (全年全市): the measure is what follows both
    opens = any(time_item(last[:k]) for k in range(2, len(last)))
    cut = next((n for n in range(len(last) - 1, 1, -1) if scope_item(last[:n])), None) if opens else None
    if owner is None or cut is None:
        return None
    measure = clean(last[cut:])
    if len(measure) < 2 or scope_item(measure) or change_only().match(measure):
        return None
    return clean(owner) + measure


def all_scope(items: list[str]) -> bool:
    """Two items or more, each a time or a place."""
    return len(items) >= 2 and all(scope_item(x) for x in items)


def place_headed(item: str) -> bool:
    """炎陵县人民法院, 潭头镇3个旅游重镇: a place (three characters or more) followed by the head the list's items
    share, written once after the last, or by a count of them; not a place alone (广东省)."""
    return any(place_item(item[:n]) and len(item) - n >= 2 for n in range(3, len(item) - 1))


def scope_items_measure(items: list[str], named: str, last_written: str = "") -> str | None:
    """The measure `named` (the words between 分别 and the list's first number, or the list clause's
    own subject), cleaned of its verb (实现利润总额 → 利润总额), where every item of the list is a time or
    a place (the last, as written, may be a place with the items' shared head after it: 醴陵市、攸县、茶陵县人民法院
    分别受理案件…, 重庄镇、陶湾镇、潭头镇3个旅游重镇分别接待游客…: the courts and towns are scope); None where an item names something else, or `named` is only a change (分别增长: the change
    of what the items measure) or too short to name a measure."""
    headed = len(items) >= 3 and all(scope_item(x) for x in items[:-1]) and place_headed(last_written)
    if not all_scope(items) and not headed:
        return None
    measure = clean(named)
    if len(measure) < 2 or change_only().match(measure):
        return None
    return measure
