"""part_of: what was added in a period within the stock of the same things the report says
elsewhere for the period's end.

    2025年 … 新增上市公司2家 …（五年回顾）上市公司增至88家
    新增省级重点实验室9家 …（五年回顾）41家省级重点实验室、15家新型研发机构集聚发力
A report says the year's additions in its review of the year and the stock they raise in its
review of the five years, paragraphs apart: the things added (`新增`, `新建`: data/stock_additions.toml)
are some of the things the stock counts when the stock's name, less its words of reaching
(`增至`, `达`) and having (`累计`, `建成`), is the additions' name less its word of addition, of
four characters at least (or the stock is a total of the additions' head noun, `电力总装机` of
`新增可再生能源装机`: capacity, length, area only, as money and counts said with 总 are often one
project's, `总投资`), with the same type, unit, place and article, and the stock's period ends
with the addition's year (a year's level, or a span's count of things built). Additions of
several years are held in nothing: things that closed meanwhile leave the stock below them. One stock per addition,
the nearest; a stock said as planned (`预计`, `目标`) holds nothing. Pairs of one sentence are
part_of.py's (`新增 62 家，总数 186 家`). Over the stock the finding is unverifiable: the two numbers
may count things of another scope under one name, unless the stock has the additions' very name
and is said as the level reached or the sum so far (`上市公司增至88家`, `累计出台326项两岸共通标准`:
data/stock_additions.toml settled); then an addition over it is inconsistent.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from .amounts import is_change
from .findings import part_of_draft
from .heads import measured_name
from .model import Draft, Num, PageView

_YEARS = re.compile(r"(\d{4})")
_YEAR = re.compile(r"\d{4}")
_WHY = "新增的部分计入其所增加的总数，其"
_WEAK = "两处所说的未必是同一口径的总数"
_CANDIDATES = 16
_TOTAL = "总"
_HEAD = 2  # `装机`, `里程`: the head noun a total and its kinds end with
_LONGEST_HEAD = 4  # stocks of one name looked at per addition (keeps a page linear)


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("stock_additions.toml")["stock_additions"]


def _added(name: str) -> str | None:
    """The things an addition's name counts (`上市公司` of `新增上市公司`), None for no addition."""
    word = next((w for w in _cues()["increment"] if name.startswith(w)), None)
    return name[len(word):] if word else None


def _stock(name: str) -> str:
    """A stock's name less its words of reaching at the end and of having at the start."""
    for _ in range(2):
        end = next((w for w in _cues()["reaching"] if name.endswith(w)), None)
        name = name[: -len(end)] if end else name
    start = next((w for w in _cues()["having"] if name.startswith(w)), None)
    return name[len(start):] if start else name


def _last_year(n: Num) -> int | None:
    period = n.rec.get("period")
    years = _YEARS.findall(period) if isinstance(period, str) else []
    return int(years[-1]) if years else None


def _settled(view: PageView, whole: Num) -> bool:
    """Whether a stock is said as the level its things reached (`上市公司增至88家`, `累计出台326项`:
    data/stock_additions.toml settled), so that the additions of its name are all in it; a stock
    found through a total's head noun (`电力总装机` for `新增可再生能源装机`) is never so sure."""
    before = view.text[view.clause_start(whole.start):whole.start].strip()  # `累计出台326项…`
    names = (measured_name(view, whole), whole.rec.get("metric") or "", before)
    words = tuple(_cues()["settled"])
    return any(name.endswith(words) or name.startswith(words) for name in names)


def check(view: PageView) -> list[Draft]:
    additions, stocks, kinds = [], {}, {}
    for n in view.nums:
        if n.qualifier == "range" or _last_year(n) is None or is_change(view, n):
            continue
        # the name said before the number or the counted noun after it (`新增全国重点实验室12家`:
        # 重点实验室 after, the whole name in the record's metric)
        names = {measured_name(view, n), n.rec.get("metric") or ""}
        things = {t for t in map(_added, names) if t is not None}
        if things:
            # gross additions over several years may pass the stock at their end (things close): a year's only
            if _YEAR.fullmatch(str(n.rec.get("period"))):
                    additions += [(n, t) for t in things if len(t) >= _cues()["shortest"]]
            continue
        if n.qualifier == "under" or any(w in name for name in names for w in _cues()["increment"]):
            continue
        clause = view.text[view.clause_start(n.start):view.clause_end(n.end)]
        if not any(w in clause for w in _cues()["planned"]):
            for key in {_stock(name) for name in names}:
                stocks.setdefault(key, []).append(n)
                total = key.rfind(_TOTAL)
                if n.type in _cues()["kind_types"] and total >= 0 and len(key) - total - 1 >= _HEAD:
                    kinds.setdefault(key[total + 1:], []).append(n)  # `电力总装机`: every kind of 装机
    drafts, held = [], set()
    for part, things in additions:
        if part.start in held:
            continue
        year = _last_year(part)
        # the stock of the same things, or a total of their head noun (`新增可再生能源装机` in
        # `电力总装机`): any kind of the head is in the total
        held_in = stocks.get(things, [])[:_CANDIDATES] + [w for k in range(_HEAD, _LONGEST_HEAD + 1)
                                                           for w in kinds.get(things[-k:], [])[:_CANDIDATES]]
        fits = [w for w in held_in
                if w.article == part.article and w.sentence != part.sentence and w.same_measure(part)
                and _last_year(w) == year and w.rec.get("place") == part.rec.get("place")]
        if fits:
            whole = min(fits, key=lambda w: abs(w.start - part.start))
            sure = whole in stocks.get(things, ()) and _settled(view, whole)
            drafts.append(part_of_draft(whole, part, _WHY, None if sure else _WEAK))
            held.add(part.start)
    return drafts
