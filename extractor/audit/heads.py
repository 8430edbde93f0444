"""The name a number is given in its clause, and whether two names name the same thing.

    商品房销售价格突破 2000 元       the name is 商品房销售价格 (bound words and verbs stripped)
    去年进出口总值 / 我国外贸进出口总值
                                    alike: one is the other less words before it, after the
                                    last word of time or scope (data/cues.toml [stated_bound])
    全年新增装机 1260 万千瓦，其中新能源装机累计 2210 万千瓦
                                    a flow (新增) and a stock (累计): the stock is no part of the
                                    flow (data/flows.toml); said only with 达, likely a level
"""
from __future__ import annotations

import bisect
import dataclasses
import re

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .model import Num, PageView

_NAME_LEAD = re.compile(r"[^\d零〇一二两三四五六七八九十百千万亿]*(?=\d)")

AMOUNT_TYPES = SUMMABLE_TYPES + ("percent",)
_SHORT_TAIL = 2  # the shortest name that ties two numbers in one sentence
_COUNT_WORDS = ("数量", "总数", "个数")
_LONG_NAME = 4  # across sentences (`商品房销售价格`; `产值` may be of another industry)


def head(view: PageView, n: Num) -> str:
    """The name a number is given in its clause, without numbers, dates and the verbs and
    bound words between the name and the number (`商品房价格突破` gives 商品房价格)."""
    cache = view.__dict__.setdefault("_heads", {})  # several checks ask for the same names
    if n.start not in cache:
        cache[n.start] = _head(view, n)
    return cache[n.start]


def _head(view: PageView, n: Num) -> str:
    start = view.clause_start(n.start)
    # `里程达到 6200 公里、城际铁路里程达到 1350 公里`: a name starts after the amount before it
    start = max([start] + [m.end for m in view.between(start, n.start) if m.type in AMOUNT_TYPES])
    text = view.text[start:n.start]
    starts = _date_starts(view)
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, n.start)
    dates = [d for d in view.dates[lo:hi] if d.end <= n.start]
    for m in view.between(start, n.start) + dates:
        text = text.replace(m.text, "")
    text = "".join(c for c in text if "\u4e00" <= c <= "\u9fff")
    strip = cues.words("stated_bound", "head_verbs") + cues.words("stated_bound", "over") \
        + cues.words("stated_bound", "under")
    changed = True
    while changed and text:
        changed = False
        for w in strip:
            if text.endswith(w):
                text, changed = text[: -len(w)], True
                break
    return text


def measured_name(view: PageView, n: Num) -> str:
    """What a number measures: the counted noun right after a count where its record names it
    (`85 个口袋公园`: 口袋公园; the words before are another phrase's, `设计公园和`), else the
    name before it (head)."""
    metric = record_field(n, "metric") or ""
    if n.type == "count" and len(metric) >= _SHORT_TAIL and view.text.startswith(metric, n.end):
        return metric
    return unscoped(head(view, n))


def _date_starts(view: PageView) -> list[int]:
    starts = view.__dict__.get("_date_starts")
    if starts is None:
        starts = view.__dict__["_date_starts"] = [d.start for d in view.dates]
    return starts


def named_alike(a: str, b: str, same_sentence: bool) -> bool:
    """One name is the other less words before it (`进出口总值`, `外贸进出口总值`); across
    sentences only a name of some length (`产值` names the output of anything)."""
    short, long_ = sorted((_uncounted(unscoped(a)), _uncounted(unscoped(b))), key=len)
    least = _SHORT_TAIL if same_sentence else _LONG_NAME
    return len(short) >= least and long_.endswith(short)


def _uncounted(name: str) -> str:
    """A name less a word that only says it is counted (`高新技术企业数量` names 高新技术企业)."""
    for w in _COUNT_WORDS:
        if name.endswith(w) and len(name) > len(w) + _SHORT_TAIL:
            return name[: -len(w)]
    return name


def unscoped(head: str) -> str:
    """A name after the last word of time or scope in it (`持续增长去年进出口总值` gives
    进出口总值): what comes before belongs to another phrase."""
    cut = 0
    for w in cues.words("stated_bound", "head_scopes"):
        at = head.rfind(w)
        if at >= 0 and at + len(w) < len(head):
            cut = max(cut, at + len(w))
    return head[cut:]




def trimmed(view: PageView, n: Num) -> Num:
    """A number whose span opens with the last character of its name (`总数 186 家` read as
    `数186家`), without it: its value's precision is read from the digits."""
    m = _NAME_LEAD.match(n.text)
    lead = m.group() if m else ""
    if not lead:
        return n
    # `总数` read as `数` (several) made the number a lower bound
    qualifier = "exact" if lead.endswith("数") and n.qualifier == "over" else n.qualifier
    start = n.start + len(lead)
    rec = dict(view.raw_ref(start, n.end))
    if n.rec.get("id"):
        rec["id"] = n.rec["id"]
    return dataclasses.replace(n, rec=rec, start=start, text=n.text[len(lead):], qualifier=qualifier)


def same_scope(a: Num, b: Num) -> bool:
    """Neither place nor period of the two numbers' records differ (where both are known):
    Shanghai's figure is not the world's, last year's not the plan's."""
    for key in ("place", "period"):
        x, y = record_field(a, key), record_field(b, key)
        if x and y and x != y:
            return False
    return True


def overlapping_scope(a: Num, b: Num) -> bool:
    """The same place (where both are known) and periods that share some time: `1997-04` (since
    April) and `1997-01/1997-11` (the first eleven months) may speak of one price."""
    x, y = record_field(a, "place"), record_field(b, "place")
    if x and y and x != y:
        return False
    return periods_overlap(record_field(a, "period"), record_field(b, "period"))


def periods_overlap(p: str | None, q: str | None) -> bool:
    """Two periods share some month; an unknown period shares time with any."""
    if not p or not q:
        return True
    (lo1, hi1), (lo2, hi2) = period_months(p), period_months(q)
    return lo1 <= hi2 and lo2 <= hi1


def period_months(period: str) -> tuple[str, str]:
    """A period as its first and last month, comparable as text: `2025` → 2025-01..2025-12,
    `2021/2025` → 2021-01..2025-12, `../2025-11` → ..2025-11."""
    first, _, last = period.partition("/")
    last = last or first

    def month(p: str, end: bool) -> str:
        if p == "..":
            return "9999-99" if end else "0000-00"
        return p[:7] if len(p) >= 7 else p[:4] + ("-12" if end else "-01")
    return month(first, False), month(last, True)


def months(period: str) -> tuple[str, str]:
    """A period as its first and last month (`2021/2025` → 2021-01, 2025-12), comparable as text."""
    return period_months(period)


def record_field(n: Num, key: str) -> str | None:
    """A text field of the fact behind a number (metric, place, period), None where it has none."""
    try:
        value = n.rec.get(key)
    except AttributeError:
        return None
    return value if isinstance(value, str) else None


def _flows() -> dict:
    return cues.table("flows.toml")["flows"]


def kind_of(view: PageView, n: Num) -> str | None:
    """'flow' where the number's own clause says it was added in the period (`新增`), 'stock'
    where it says a level held (`累计`, `保有量`), 'level' where only a verb of reaching stands
    before it (`装机达`); None where the words say neither. An addition wins: `累计新增` sums
    additions, a flow still."""
    label = view.label_before(n)
    if any(w in label for w in _flows()["flow"]):
        return "flow"
    if any(w in label for w in _flows()["stock"]):
        return "stock"
    if any(label.rstrip("了约近").endswith(w) for w in _flows()["level_verbs"]):
        return "level"
    return None


def stock_in_flow(view: PageView, whole: Num, part: Num) -> bool:
    """The whole is an addition of the period and the part a stock: a level is no part of what
    was added (`新增装机 1260 万千瓦，其中新能源装机累计 2210 万千瓦`)."""
    return kind_of(view, whole) == "flow" and kind_of(view, part) == "stock"


def level_in_flow(view: PageView, whole: Num, part: Num) -> str | None:
    """Why a part said only with a verb of reaching (`其中新能源装机达 2210 万千瓦`) may not be
    a part of the addition it follows: it likely names the level reached; None otherwise."""
    if kind_of(view, whole) == "flow" and kind_of(view, part) == "level":
        return f"{part.written} 以“达”表述，可能是达到的总量而非{whole.written}所指的新增量"
    return None
