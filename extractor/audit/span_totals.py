"""part_of by periods: a period's amount within the total said for a span of time that holds it,
with no word tying the two (no `其中`, no `占`).

    1-9月累计，全县完成交易项目 512 个 …… 第三季度（7-9月）……共完成各类交易项目 186 个
    前三季度各项贷款增加 612.3 亿元 …… 9月当月增加 58.6 亿元
    五年累计受理案件 45.2 万件 …… 2025 年受理案件 98642 件
The relation is read from what the numbers measure, as their records say it: one type and unit, one
place, one article, the part's period (`2026-07/2026-09`) inside the whole's (`2026-01/2026-09`) and
not the same, and one name once the words of time, accumulation and doing are dropped (one name
ends with the other: `交易项目` of `各类交易项目`; `交易总额` names `交易额`). Both must be flows over
their periods: no level at a moment (`余额`, `末`), no average, rate or share, no comparison with
another period (`同比增长`): data/span_totals.toml. A year's number is a total of its months only
where its clause says so (`全年`, `累计`). A part within the whole is consistent. A part over it is
inconsistent only on strong evidence: the same name in both (equal, or a long one ending the other),
the same place named, the whole said to add up (`累计`, `共`: a span only written out, `1-9月`, may
hold a count at a moment, `在建项目`) and of a flow (`完成`, `受理`), neither a change (a net increase of one month may exceed that of the months around
it); else unverifiable. A whole said as planned or forecast (`预计`, `目标`) holds no part. period_parts.py reads a year within a span of years by its own rules; a
pair both find is reported once.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from ..fact_types import SUMMABLE_TYPES
from .amounts import is_change
from .findings import part_of_draft
from .heads import measured_name
from .model import Draft, Num, PageView

_YEAR = r"(\d{4})"
_MONTH = r"(\d\d)"
_DAY = r"(?:-\d\d)?"
_PERIODS = (  # a record's period as the months it runs from and to
    re.compile(rf"{_YEAR}$"),
    re.compile(rf"{_YEAR}-{_MONTH}{_DAY}$"),
    re.compile(rf"{_YEAR}-{_MONTH}/{_YEAR}-{_MONTH}$"),
    re.compile(rf"{_YEAR}/{_YEAR}$"),
)
_PER_WHOLE = 8  # parts held against one total
_CANDIDATES = 64  # numbers of one measure looked at per total (keeps a page linear)
_SHORT = 2  # the shortest name that ties two numbers at all, where they are equal
_REORDERED = 4  # the shortest name whose words said in another order still name it
_TAIL = 3  # the shortest whole's name a part's may end with, adding words before it
_WEAK = "两数名称不尽相同，或整体未明言为各期合计，或两数是增减额"


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("span_totals.toml")["span_totals"]


def check(view: PageView) -> list[Draft]:
    groups: dict[tuple, list[tuple[Num, str, int, int, bool]]] = {}
    for n in view.nums:
        months = _months(n.rec.get("period"))
        if months is None or n.type not in SUMMABLE_TYPES or n.qualifier not in ("exact", "about", "over"):
            continue
        seen = _clause_before(view, n)
        name = n.rec.get("metric") or measured_name(view, n)
        if not isinstance(name, str) or _any(name + seen, "not_flow"):
            continue
        change = is_change(view, n)
        if change and _any(seen, "compared"):
            continue  # `比上年增加`: a change against another period, no flow of this one
        groups.setdefault((n.article, n.type, _place(n)), []).append((n, bare_name(name), *months, change))
    drafts = []
    for members in groups.values():
        members = _alone(members)
        wholes = [w for w in members if w[0].qualifier != "over" and len(w[1]) >= _SHORT and w[1] not in _cues()["bare_measures"]
                  and _total(view, w[0], w[2], w[3]) and not _planned(view, w[0])]
        taken: dict[int, int] = {}
        for part, pname, plo, phi, pchange in members:
            fits = [w for w in wholes[:_CANDIDATES] if w[0] is not part and w[2] <= plo and phi <= w[3]
                    and (plo, phi) != (w[2], w[3]) and w[4] == pchange and part.same_measure(w[0]) and _tied(w[1], pname)]
            if not fits:
                continue
            # the least span that holds the part: a month is read against its quarter, the quarter
            # against the months to date (`9月` in `第三季度`, `第三季度` in `1-9月`)
            least = min(w[3] - w[2] for w in fits)
            for whole, wname, lo, hi, wchange in fits:
                if hi - lo != least or taken.get(whole.start, 0) >= _PER_WHOLE:
                    continue
                taken[whole.start] = taken.get(whole.start, 0) + 1
                strong = not wchange and _same_name(wname, pname) and _place(whole) is not None \
                    and _summed(view, whole)
                drafts.append(part_of_draft(whole, part, f"“{wname}”的{_said(lo, hi)}合计包含{_said(plo, phi)}的部分，其",
                                            None if strong else _WEAK))
    return drafts


def _alone(members: list) -> list:
    """The numbers that are the one amount of their measure for their period: where two different
    amounts share a name and a period (`成交金额` of the works and of the purchases, each tender's
    amount of September), the name is a breakdown's, and no period's total."""
    by_period: dict[tuple[int, int], list] = {}
    for m in members:
        by_period.setdefault((m[2], m[3]), []).append(m)
    out = []
    for m in members:
        rivals = by_period[(m[2], m[3])][:_CANDIDATES]
        if not any(r[0].value != m[0].value and r[0].same_measure(m[0]) and (_tied(r[1], m[1]) or _tied(m[1], r[1])) for r in rivals):
            out.append(m)
    return out


def _months(period: object) -> tuple[int, int] | None:
    """The months (year * 12 + month) a period runs from and to: a year, a month (or a day of it),
    months, years; a period left unsaid (`XXXX`) is none."""
    if not isinstance(period, str):
        return None
    for i, rx in enumerate(_PERIODS):
        m = rx.match(period)
        if not m:
            continue
        g = [int(x) for x in m.groups()]
        if i == 0:
            return g[0] * 12 + 1, g[0] * 12 + 12
        if i == 1:
            return (g[0] * 12 + g[1],) * 2 if period.count("-") == 1 else None  # a day: no flow of a period
        if i == 2:
            lo, hi = g[0] * 12 + g[1], g[2] * 12 + g[3]
        else:
            lo, hi = g[0] * 12 + 1, g[1] * 12 + 12
        return (lo, hi) if lo <= hi else None
    return None


def _total(view: PageView, whole: Num, lo: int, hi: int) -> bool:
    """A number that can hold parts: over months or years; a single year's only where its clause
    says it is the year's total (`全年`, `累计`), since a year's bare number may be its level at the end."""
    if hi == lo:
        return False
    if hi - lo == 11 and lo % 12 == 1:
        return _any(_clause_before(view, whole) + (whole.rec.get("metric") or ""), "year_total")
    return True


def _summed(view: PageView, whole: Num) -> bool:
    """The total is said to add its periods up, a word of summing before it or in its name (`1-9月
    累计`, `全年共`), and is of a flow, a word of doing or of an event there (`完成`, `受理`, `出栏`):
    a span only written out (`1-9月，在建项目`) may hold a count at a moment."""
    start, _ = view.sentence_span(whole.start)
    said = view.text[start:whole.start] + (whole.rec.get("metric") or "")
    return _any(said, "summed") and _any(said, "flows")


def _planned(view: PageView, whole: Num) -> bool:
    """A whole said as planned, forecast or aimed at (`全年预计新建`, `目标任务`): no amount that happened."""
    start, _ = view.sentence_span(whole.start)
    return _any(view.text[max(start, view.clause_start(whole.start)):view.clause_end(whole.end)] + (whole.rec.get("metric") or ""), "planned")


def _tied(whole: str, part: str) -> bool:
    """The part's name is the whole's, or ends with it (`县公共资源交易中心交易项目` of `交易项目`): the
    part may be named more narrowly, never the whole (`县域内企业中标成交项目` is not all `成交项目`)."""
    return whole == part and len(whole) >= _SHORT or len(whole) >= _TAIL and part.endswith(whole) \
        or len(whole) >= _REORDERED and sorted(whole) == sorted(part)  # `新增城镇就业`, `城镇新增就业`


def _same_name(whole: str, part: str) -> bool:
    """The same measure written in both: equal names (`镇卫生院` built is not `乡镇卫生院` counted)."""
    return whole == part


def bare_name(name: str) -> str:
    """A name less the words of time, accumulation and doing (`县公共资源交易中心共完成各类交易项目`:
    县公共资源交易中心交易项目); a word that only holds one of them (`公共`) stays whole."""
    for w in _cues()["total_heads"]:
        name = name.replace(w, w[1:])
    kept = _cues()["kept"]
    parts = re.split("(" + "|".join(map(re.escape, kept)) + ")", name)
    for w in sorted(_cues()["dropped"], key=len, reverse=True):
        parts = [x if x in kept else x.replace(w, "") for x in parts]
    return "".join(c for c in "".join(parts) if "\u4e00" <= c <= "\u9fff" or c.isalpha())


def _clause_before(view: PageView, n: Num) -> str:
    return view.text[view.clause_start(n.start):n.start]


def _any(text: str, key: str) -> bool:
    kept = _cues()["kept"]
    for w in kept:
        text = text.replace(w, "")
    return any(w in text for w in _cues()[key])


def _place(n: Num) -> str | None:
    p = n.rec.get("place")
    return p if isinstance(p, str) and p else None


def _said(lo: int, hi: int) -> str:
    """Months as the text would say them: `2026年`, `2026年7—9月`, `2021—2025年`."""
    (y1, m1), (y2, m2) = divmod(lo - 1, 12), divmod(hi - 1, 12)
    m1, m2 = m1 + 1, m2 + 1
    if m1 == 1 and m2 == 12:
        return f"{y1}年" if y1 == y2 else f"{y1}—{y2}年"
    if y1 == y2:
        return f"{y1}年{m1}月" if m1 == m2 else f"{y1}年{m1}—{m2}月"
    return f"{y1}年{m1}月—{y2}年{m2}月"
