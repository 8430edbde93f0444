"""per_people: a figure per hundred, thousand or ten thousand people against its total and the
population the page states.

    年末常住人口 52.40 万人。…实有床位 3144 张，每千人口床位 6.00 张。     3144 ÷ 524000 × 1000
    移动电话用户 55.02 万户，每百人拥有移动电话 105.0 部。                  the total may count 户

The figure's noun (`床位`, words in data/per_people.toml) names its total: a number of the same
kind before it in its paragraph whose label holds that noun's last two characters
(`移动电话用户` for `移动电话`). The
population is the largest number of people before it in the article labelled with a population
word (`常住人口`; `城镇常住人口` is a part of it). A bulletin's per-head figures are taken on the year's average population, which it
rarely gives: a match is consistent, a mismatch only unverifiable (never inconsistent).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from .model import Draft, Num, PageView
from .tolerance import fmt, rounded

_TOTAL_BACK = 12  # numbers of the paragraph before the figure that may be its total
_POPULATION_BACK = 400  # numbers of the article before the figure that may be its population
_HEAD = 2  # characters of the noun a total's label must end in


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("per_people.toml")["per_people"]


@lru_cache(maxsize=1)
def _per() -> re.Pattern:
    d = _data()
    scale = "|".join(d["scales"])
    people = "|".join(d["people"])
    verbs = "|".join(d["verbs"])
    # `每千人口床位`, `每万人拥有卫生技术人员`, `每百人拥有移动电话`: the noun after the people word
    return re.compile(rf"每({scale})(?:{people})(?:{verbs})?([^\d，。；、]{{2,12}}?)(?:数)?(?:为|达|达到|有)?$")


def check(view: PageView) -> list[Draft]:
    drafts = []
    for n in view.nums:
        if n.type not in ("count", "quantity") or n.sentence < 0:
            continue
        m = _per().search(view.text[view.clause_start(n.start):n.start])
        if not m:
            continue
        scale, noun = _data()["scales"][m.group(1)], m.group(2)
        total = _total(view, n, noun)
        population = _population(view, n) if total is not None else None
        if population is not None:
            drafts.append(_draft(n, total, population, scale))
    return drafts


def _total(view: PageView, n: Num, noun: str) -> Num | None:
    head = noun[-_HEAD:]
    for t in reversed(view.paragraph_before(n, _TOTAL_BACK)):
        label = view.label_before(t, 20).rstrip("为达是有共计")
        if t.type == n.type and head in label and "每" not in label:
            return t
    return None


def _population(view: PageView, n: Num) -> Num | None:
    """The largest population stated before the figure: a town's or village's share of it
    (`城镇常住人口`) is smaller than the place's whole."""
    found = [p for p in view.before(n.start, _POPULATION_BACK)
             if p.article == n.article and p.type == "count" and p.unit == "人" and p.value >= _data()["least_people"]
             and "每" not in view.label_before(p, 20)
             and any(w in view.label_before(p, 20) for w in _data()["population_words"])]
    return max(found, key=lambda p: p.value) if found else None


def _draft(n: Num, total: Num, population: Num, scale: int) -> Draft:
    got = (total.interval / population.interval).scale(float(scale))
    point = total.value / population.value * scale
    facts = [n.ref(), total.ref(), population.ref()]
    text = f"{total.written} ÷ {population.written} × {scale} = {fmt(point, 3)}，与所述 {n.written} "
    if got.meets(n.interval):
        return Draft("average", "consistent", facts, round(point, 3), n.shown,
                     text + "一致" + rounded(round(point, 6), n.value) + "。")
    return Draft("average", "unverifiable", facts, round(point, 3), n.shown,
                 text + "不符；但此类指标按年平均人口计算，文中只给年末人口，无法据此判定有误。")
