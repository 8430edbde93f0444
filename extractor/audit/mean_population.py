"""A rate per mille of a population (`出生率 9.80‰`) over the year's mean population, where the text gives the
year-end population and its change over the year right after it:

    年末常住人口 572.63 万人，比上年末减少 1.48 万人。…全年出生人口 5.62 万人，出生率 9.80‰。
                                     mean = (572.63 + 574.11) ÷ 2 = 573.37 万人;  5.62 ÷ 573.37 = 9.80‰
Statistics take birth, death and natural-increase rates over the year's mean population, which a bulletin rarely
states but gives the means of: the year's end and its change. A rate that meets the quotient over that mean is
consistent; one that does not is left to rate.py's reading over the year-end figure (unverifiable: the mean is
still an estimate of the year's average). Words: data/cues.toml [mean_population].
"""
from __future__ import annotations

from . import cues
from .model import Draft, Num, PageView
from .tolerance import Interval, fmt, fmt_like, rounded

_AFTER = 3  # numbers after the year-end population among which its change is looked for


def mean_draft(view: PageView, p: Num, num: Num, den: Num) -> Draft | None:
    """A consistent draft of p as num over the mean of den and the population a year before, where the change
    said right after den gives that population and the quotient meets p; else None."""
    change = next((n for n in view.after(den.end, _AFTER) if n.sentence == den.sentence and n.same_measure(den)), None)
    if change is None:
        return None
    label = view.text[den.end:change.start]
    words = cues.table("cues.toml")["mean_population"]
    if not any(w in label for w in words["since"]):
        return None
    fell = any(w in label for w in words["fell"])
    rose = any(w in label for w in words["rose"])
    if fell == rose:
        return None
    start = den.interval + change.interval if fell else den.interval - change.interval
    mean = Interval((den.interval.lo + start.lo) / 2, (den.interval.hi + start.hi) / 2)
    got = (num.interval / mean).scale(100.0)
    if not got.meets(p.interval):
        return None
    before = den.value + change.value if fell else den.value - change.value
    middle = (den.value + before) / 2
    point = num.value / middle * 100
    k, sign = (10.0, "‰") if "‰" in p.text else (1.0, "%")
    shown_before, shown_mean = fmt_like(before, den.text, den.value), fmt_like(middle, den.text, den.value)
    text = (f"按年平均人口计算：({den.written} + 上年末 {shown_before}) ÷ 2 = {shown_mean}，"
            f"{num.written} ÷ {shown_mean} = {fmt(point * k, 2)}{sign}，与所述 {p.written} 一致"
            f"{rounded(round(point, 6), p.value)}。")
    return Draft("rate", "consistent", [p.ref(), num.ref(), den.ref(), change.ref()], round(point, 4), p.shown, text)
