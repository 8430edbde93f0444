"""day_shares: a share of the year's days (`优良天数比例 85.5%`) against the days stated (`优良天数 312 天`).

    全年空气质量优良天数为 312 天，优良天数比例为 85.5%。        312 ÷ 365 = 85.48%
The share is taken over the days monitored, which are the year's days (365, or 366 in a leap year) or, where a
station lost some days' data, fewer. So the share is never below the days over the year's days: a share that
meets the quotient over 365 or 366 is consistent; one below the quotient over 366 beyond rounding is
inconsistent (no number of days monitored gives it); one above is unverifiable (the days monitored are not
stated). The days are a count in 天 whose name ends with `天数`, in the share's sentence or the one before; the
share is named by the days' name and a share word (`优良天数比例`), or by a share word alone in the clause right
after the days (`312天，占比85.5%`). The year is the share's period where it names one, else 365 or 366 both.
Words: data/day_shares.toml.
"""
from __future__ import annotations

import calendar
from functools import lru_cache

from . import cues
from .model import Draft, Num, PageView
from .tolerance import Interval, fmt, rounded
from .wording import without_end

_LABEL = 16  # characters of a label read for a name
_BACK = 6  # numbers before a share among which its days are looked for


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("day_shares.toml")["day_shares"]


def check(view: PageView) -> list[Draft]:
    drafts = []
    for n in view.nums:
        if n.type != "percent" or n.unit not in ("%", "％") or n.sentence < 0:
            continue
        days = _days(view, n)
        if days is not None:
            drafts.append(_draft(n, days))
    return drafts


def _bare(label: str) -> str:
    """A label without the verbs that lead to its number (`达到`, `为`) at its end."""
    return without_end(label, _data()["verbs"])


def _days(view: PageView, n: Num) -> Num | None:
    """The count of days the share n is of, or None."""
    label = _bare(view.label_before(n, _LABEL)).lstrip("，,；;")
    share = next((w for w in sorted(_data()["share_words"], key=len, reverse=True) if label.endswith(w)), None)
    if share is None:
        return None
    name = label[:-len(share)]
    for d in reversed(view.before(n.start, _BACK)):
        if d.sentence < n.sentence - 1 or d.article != n.article:
            break
        if d.type != "count" or d.unit != "天":
            continue
        days_name = _bare(view.label_before(d, _LABEL))
        if not days_name.endswith(_data()["days_name"]):
            continue
        if name and name.endswith(_data()["days_name"]) and days_name.endswith(name):
            return d  # 优良天数…312天，优良天数比例85.5%
        if not name and view.clause_start(n.start) > d.end and view.between(d.end, n.start) == []:
            return d  # 优良天数312天，占比85.5%: the share word alone, right after the days
        return None
    return None


def _year_days(n: Num) -> tuple[int, ...]:
    period = str(n.rec.get("period") or "")
    if len(period) == 4 and period.isdigit():
        return (366,) if calendar.isleap(int(period)) else (365,)
    return (365, 366)


def _draft(n: Num, days: Num) -> Draft:
    lengths = _year_days(n)
    quotients = [days.interval / Interval(y, y) for y in lengths]
    point = days.value / lengths[0] * 100
    facts = [n.ref(), days.ref()]
    over = " 或 ".join(str(y) for y in lengths)
    text = f"{days.written} ÷ {over} 天 = {fmt(point, 2)}%，与所述 {n.written} "
    stated = Interval(n.interval.lo / 100, n.interval.hi / 100)
    if any(q.meets(stated) for q in quotients):
        return Draft("rate", "consistent", facts, round(point, 4), n.value,
                     text + "一致" + rounded(round(point, 6), n.value) + "。")
    if stated.hi < min(q.lo for q in quotients):
        return Draft("rate", "inconsistent", facts, round(point, 4), n.value,
                     text + f"不符：比例以监测天数为分母，监测天数不超过全年 {max(lengths)} 天，比例不会低于此值。")
    return Draft("rate", "unverifiable", facts, round(point, 4), n.value,
                 text + "不符；比例以有效监测天数为分母，文中未给出监测天数（可能少于全年天数），无法据此判定有误。")
