"""per_capita: a figure per head named by its measure (`人均地区生产总值 63420 元`) against that
measure's total and the population the article states.

    全年全市地区生产总值 1250.6 亿元，…全市人均地区生产总值 63420 元。 …（the population section）…
    年末全市常住人口 197.5 万人。                          1250.6 亿元 ÷ 197.5 万人 = 63322 元
The figure's name (data/per_capita.toml figures) names its total: the nearest amount of the same
unit before it in its article whose label ends with the measure (`地区生产总值`), not itself a per-head
figure, an amount of change, a mark passed (`突破 5000 亿元`) or a starting level (`从`, `由`). The
population is the largest number of people the article states, before or after the figure, under a
population word (`年末常住人口`; `城镇常住人口` is a part and smaller), a resident one (`常住人口`) before
a registered one (`户籍总人口`). Statistics take a per-head
figure over the year's average population, which a page rarely gives: the quotient over the stated
population meets the figure within the population's drift (data/per_capita.toml drift) for a
consistent verdict. A figure far off (more than `far`) is inconsistent only where the words tie the
terms closely: the total in the figure's sentence or the one before, named by the measure alone (scope words
aside), the population a resident one (`常住人口`: a registered one, `户籍人口`, may differ by a third
in a city); elsewhere a mismatch is unverifiable, with the reason. A figure stated as a starting level
(`从 5.6 万元增至 7.8 万元`), in another currency than the total, or with no total or population
stated, is left alone.
"""
from __future__ import annotations

from functools import lru_cache

from . import cues
from .growth_open import is_threshold
from .model import Draft, Num, PageView
from .tolerance import Interval, fmt, rounded
from .wording import is_increment, without_end

_LABEL = 24  # characters of a label read for a measure's name
_NEAR_SENTENCES = 1  # sentences between a total and its figure for a mismatch to be an error
_BACK = 400  # numbers before a figure among which its total is looked for


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("per_capita.toml")["per_capita"]


def check(view: PageView) -> list[Draft]:
    drafts = []
    populations: dict[int, Num | None] = {}  # one search per article, however many figures it holds
    for n in view.nums:
        if n.type != "money" or n.sentence < 0:
            continue
        measure = _figure_measure(view, n)
        if measure is None:
            continue
        total = _total(view, n, measure)
        if total is None:
            continue
        if n.article not in populations:
            populations[n.article] = _population(view, n.article)
        population = populations[n.article]
        if population is not None:
            drafts.append(_draft(view, n, total, population, measure))
    return drafts


def _bare(label: str) -> str:
    """A label without the verbs that lead to its number (`达到`, `为`) at its end."""
    return without_end(label, _data()["verbs"])


def _figure_measure(view: PageView, n: Num) -> str | None:
    """The measure a per-head figure is of (`地区生产总值` for `人均地区生产总值`), or None."""
    label = _bare(view.label_before(n, _LABEL))
    for figure, measure in _data()["figures"].items():
        if label.endswith(figure):
            return measure
    return None


def _total(view: PageView, n: Num, measure: str) -> Num | None:
    for t in reversed(view.before(n.start, _BACK)):  # (bounded: linear in page length)
        if t.article != n.article or t.type != n.type or t.unit != n.unit or t.sentence < 0:
            continue
        label = view.label_before(t, _LABEL)
        if "人均" in label or label.endswith(("从", "由")) or is_increment(view, t) or is_threshold(view, t):
            continue
        if _bare(label).endswith(measure):
            return t
    return None


def _population(view: PageView, article: int) -> Num | None:
    # (a place's population named as per_people.py names it: one list of population words)
    people = cues.table("per_people.toml")["per_people"]
    words = people["population_words"]
    found = [p for p in view.in_article(article)
             if p.type == "count" and p.unit == "人" and p.value >= people["least_people"]
             and not is_increment(view, p) and _bare(view.label_before(p, _LABEL)).endswith(tuple(words))]
    # a resident population first: statistics divide a place's output by it, not by the registered one
    resident = [p for p in found if _bare(view.label_before(p, _LABEL)).endswith(tuple(_data()["resident_words"]))]
    return max(resident or found, key=lambda p: p.value) if found else None


def _close(view: PageView, n: Num, total: Num, population: Num, measure: str) -> bool:
    """The words tie the terms closely enough for a mismatch to be an error (see above)."""
    name = _bare(view.label_before(total, _LABEL))
    scope = name[:-len(measure)]
    for w in sorted(_data()["scope_words"], key=len, reverse=True):
        scope = scope.replace(w, "")
    resident = _bare(view.label_before(population, _LABEL)).endswith(tuple(_data()["resident_words"]))
    return total.article == n.article and n.sentence - total.sentence <= _NEAR_SENTENCES and not scope and resident


def _draft(view: PageView, n: Num, total: Num, population: Num, measure: str) -> Draft:
    point = total.value / population.value
    drift = _data()["drift"]
    exact = total.interval / population.interval
    got = Interval(exact.lo * (1 - drift), exact.hi * (1 + drift))
    facts = [n.ref(), total.ref(), population.ref()]
    text = f"{total.written} ÷ {population.written} = {fmt(point, 3)}，与所述 {n.written} "
    if exact.meets(n.interval):
        return Draft("average", "consistent", facts, round(point, 3), n.shown,
                     text + "一致" + rounded(round(point, 6), n.value) + "。")
    if got.meets(n.interval):
        return Draft("average", "consistent", facts, round(point, 3), n.shown,
                     text + f"相差 {abs(point - n.value) / n.value:.1%}；人均值按年平均人口计算，"
                     f"与文中的人口相差在 {drift:.0%} 以内，视为一致。")
    if abs(point - n.value) > _data()["far"] * n.value and _close(view, n, total, population, measure):
        return Draft("average", "inconsistent", facts, round(point, 3), n.shown,
                     text + f"相差超过 {_data()['far']:.0%}，远超年平均人口与年末常住人口之差。")
    return Draft("average", "unverifiable", facts, round(point, 3), n.shown,
                 text + "不符；但人均值按年平均人口计算，所用人口或总量的口径未必与文中所给的相同，无法据此判定有误。")
