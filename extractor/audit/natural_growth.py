"""natural_growth: a population's rate of natural increase is its birth rate less its death rate.

    全年出生人口 5.62 万人，出生率 9.80‰；死亡人口 4.71 万人，死亡率 8.21‰；人口自然增长率 1.59‰。
                                                                      9.80‰ − 8.21‰ = 1.59‰
The three rates are per mille (or per cent) of one population over one year, so the difference holds by
definition, within the rounding of the three numbers said. The birth and death rates are the nearest rates so
named before the increase, in its sentence or the one before it, in the increase's unit; a rate of another
group (`城镇人口自然增长率` with the whole population's birth rate) is not read: the names must have the same words
before them. Words: data/natural_growth.toml.
"""
from __future__ import annotations

from functools import lru_cache

from . import cues
from .model import Draft, Num, PageView
from .tolerance import fmt, rounded

_LABEL = 12  # characters of a label read for a rate's name
_BACK = 8  # numbers before the increase among which the two rates are looked for


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("natural_growth.toml")["natural_growth"]


def _named(view: PageView, n: Num, names: list[str]) -> str | None:
    """The words before the rate's name in its label (`人口` in `人口自然增长率`), where the label ends with a name."""
    label = view.label_before(n, _LABEL).rstrip("为达是：:")
    name = next((w for w in names if label.endswith(w)), None)
    return None if name is None else label[:-len(name)]  # (label_before stops at the clause's break)


def check(view: PageView) -> list[Draft]:
    drafts = []
    for p in view.nums:
        if p.type != "percent" or p.sentence < 0:
            continue
        owner = _named(view, p, _data()["increase"])
        if owner is None:
            continue
        births = deaths = None
        for n in reversed(view.before(p.start, _BACK)):
            if n.sentence < p.sentence - 1 or n.unit != p.unit or n.type != "percent":
                continue
            if deaths is None and (w := _named(view, n, _data()["deaths"])) is not None and _same(w, owner):
                deaths = n
            elif births is None and (w := _named(view, n, _data()["births"])) is not None and _same(w, owner):
                births = n
        if births is not None and deaths is not None:
            drafts.append(_draft(p, births, deaths))
    return drafts


def _same(words: str, owner: str) -> bool:
    """The same population: the words before the two names are alike, or one is empty (`人口` before 自然增长率 only)."""
    owner = owner.removesuffix("人口")
    words = words.removesuffix("人口")
    return not words or not owner or words == owner


def _draft(p: Num, births: Num, deaths: Num) -> Draft:
    got = births.interval - deaths.interval
    point = births.value - deaths.value
    facts = [p.ref(), births.ref(), deaths.ref()]
    mille = "‰" in p.text  # (a per-mille rate's value is kept in per cent: shown as written)
    shown = f"{fmt(point * 10, 3)}‰" if mille else f"{fmt(point, 3)}%"
    text = f"自然增长率是出生率减死亡率：{births.written} − {deaths.written} = {shown}，与所述 {p.written} "
    if got.meets(p.interval):
        return Draft("sum", "consistent", facts, round(point, 4), p.value,
                     text + "一致" + rounded(round(point, 6), p.value) + "。", {"breakdown": "difference"})
    return Draft("sum", "inconsistent", facts, round(point, 4), p.value, text + "不符。", {"breakdown": "difference"})
