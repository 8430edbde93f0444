"""What a number measures, and whether two numbers measure the same thing or one a kind of the other.

A number's measure is read from its fact record, not from the distance between two numbers:
    type and unit        count with count, 名 with 人 (data/cues.toml [units])
    place and period     neither differs where both are known (heads.same_scope)
    name                 the record's metric (`拥有的邮路总长`, `国家级贫困县`), cut into phrases at the
                         words that join them (`的`, `和`, data/measures.toml joins) and without the
                         words that mark a total (`总长`, `共计`)
Two names share a noun when a phrase of one and a phrase of the other end alike over two characters
at least (`新增邮路` / `邮路`; `骨干企业的贷款` / `累计发放贷款`).

    alike(a, b)              type, unit, place and period agree
    shared_noun(a, b)        the noun both names end a phrase with, or ''
    whole_noun(whole, part)  the whole's own noun where the part's name ends a phrase with it, or ''
    kind_of(part, whole)     the names, where the part's is a kind of the whole's (data [[kinds]])
    is_named_total(name)     `外债总额`: the total of its noun; said_as_total(view, n): `累计`, `共` in its clause
    is_per_head(view, n)     `人均…`, `年平均…`: a figure per unit or an average, no sum of its groups'
    neighbours(view, n, k)   alike numbers of n's paragraph within k sentences of it, sharing a noun
    added_noun(view, a, s)   the noun an addition (`全年新增`) and a stock share, words of flow and time left out
    stock_after(flow, stock) the stock's time is the flow's or follows its end (`去年新增` … `目前拥有`)
The checks that pair parts with wholes by measure (measure_parts.py) read these; any other check
can ask the same questions of two numbers it has paired by its own cue words.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from .heads import period_months, head, record_field, same_scope
from .model import Num, PageView
from .wording import clause_before

_HAN = re.compile(r"[\u4e00-\u9fff]+")


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("measures.toml")["measures"]


@lru_cache(maxsize=1)
def _splitter() -> re.Pattern:
    totals = sorted(_data()["totals"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, totals + list(_data()["joins"]))))


def scope_words() -> tuple[str, ...]:
    """Words of owner, place and time that open a name (`该国`, `全省`, `年末`: data [measures] scopes)."""
    return tuple(_data()["scopes"])


def name_of(view: PageView, n: Num) -> str:
    """The name of what the number measures: its record's metric, else the words before it."""
    metric = n.rec.get("metric") if hasattr(n.rec, "get") else None
    return "".join(_HAN.findall(metric or head(view, n)))


def phrases(name: str) -> list[str]:
    """The phrases of a name, without joining words and total words (`拥有的邮路总长` → 邮路)."""
    return [p for p in _splitter().split(name) if len(p) >= _data()["shortest_noun"]]


def is_total(name: str) -> bool:
    return any(w in name for w in _data()["totals"])


def is_named_total(name: str) -> bool:
    """A name that makes its number the total of its noun (`外债总额`, `审批项目总数`), not one whose
    total word sits in a clause describing another head noun (`利润总额同比增长的企业`: a count of
    firms picked out by their profit, no total)."""
    ends = [name.rfind(w) + len(w) for w in _data()["named_totals"] if w in name]
    return bool(ends) and "的" not in name[max(ends):]


def said_as_total(view: PageView, n: Num) -> bool:
    """A number whose own clause says it is a total or a sum over time (`累计`, `共`)."""
    return any(w in clause_before(view, n.start) for w in _data()["own_totals"])


def is_per_head(view: PageView, n: Num) -> bool:
    """A figure per head or per unit, or an average (`人均可支配收入`, `年平均常住人口`, `每千人口床位`):
    what one unit has, read from the name of what the number measures (data [measures] per_head),
    so that a `人均` in a list of names before the number (`…人均预期寿命等 18 个指标`) is not its own."""
    return any(w in name_of(view, n) for w in _data()["per_head"])


def is_stock(name: str) -> bool:
    """A name of a level at the period's end (`年末…`): the stock a year's addition is part of."""
    return any(w in name for w in _data()["stocks"])


def is_flow(name: str) -> bool:
    return any(w in name for w in _data()["flows"])


def alike(a: Num, b: Num) -> bool:
    """Measured alike: one type and unit, and no place or period of theirs differs."""
    return a is not b and a.same_measure(b) and same_scope(a, b)


def _common_end(x: str, y: str) -> str:
    k = 0
    while k < min(len(x), len(y)) and x[-1 - k] == y[-1 - k]:
        k += 1
    return x[len(x) - k:]


def shared_noun(view: PageView, a: Num, b: Num) -> str:
    """The longest noun that ends a phrase of both names (two characters at least), or ''."""
    best = ""  # the last phrases first: a name ends with the noun it measures (`骨干企业的贷款`)
    for p in reversed(phrases(name_of(view, a))):
        for q in reversed(phrases(name_of(view, b))):
            end = _common_end(p, q)
            if len(end) > len(best):
                best = end
    return best if len(best) >= _data()["shortest_noun"] else ""


@lru_cache(maxsize=1)
def _kind_sets() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((k["whole"], tuple(sorted(k["kinds"], key=len, reverse=True)))
                 for k in cues.table("measures.toml").get("kinds", []))


def kind_of(view: PageView, part: Num, whole: Num) -> tuple[str, str] | None:
    """(whole's name, part's name) where the part's name holds a kind's modifier before the noun
    that the whole's name holds after the whole's modifier (`特困人口` of `贫困人口`), else None."""
    pname, wname = name_of(view, part), name_of(view, whole)
    for modifier, kinds in _kind_sets():
        at = wname.find(modifier)
        if at < 0:
            continue
        for kind in kinds:
            k = pname.find(kind)
            if k < 0 or kind in wname:
                continue
            noun = _noun_after(wname[at + len(modifier):])
            if noun and pname[k + len(kind):].startswith(noun):
                return modifier + noun, kind + noun
    return None


def _noun_after(text: str) -> str:
    """The noun a modifier qualifies: the name up to its next joining word (`人口`, `企业中` → 企业)."""
    return next(iter(_splitter().split(text)), "")


def whole_noun(view: PageView, whole: Num, part: Num) -> str:
    """The whole's own noun (the last phrase of its name, `外债` of `外债总额`) where a phrase of the
    part's name ends with it (`短期外债`), or '': `规模以上食品企业总数` holds no `食品加工企业`."""
    names = phrases(name_of(view, whole))
    if not names:
        return ""
    noun = names[-1]
    for scope in sorted(_data()["scopes"], key=len, reverse=True):
        if noun.startswith(scope) and len(noun) - len(scope) >= _data()["shortest_noun"]:
            noun = noun[len(scope):]  # `该国外债`: the country's debt, the noun is 外债
            break
    return noun if any(p.endswith(noun) for p in phrases(name_of(view, part))) else ""


def added_noun(view: PageView, flow: Num, stock: Num) -> str:
    """The noun an addition and a stock share, once the words that say it was added and when are
    dropped from both names (`移动电话用户全年新增` / `移动电话用户`), or ''."""
    best = ""
    for p in phrases(name_of(view, flow)):
        for part in flow_pieces(p):
            for q in phrases(name_of(view, stock)):
                end = _common_end(part, q)
                if len(end) > len(best):
                    best = end
    return best if len(best) >= _data()["shortest_noun"] else ""


def flow_pieces(phrase: str) -> list[str]:
    """A phrase of an addition's name without its words of adding and of time (`去年新增移动电话用户`
    → 移动电话用户): the pieces added_noun compares with a stock's name."""
    return _flow_cutter().split(phrase)


@lru_cache(maxsize=1)
def _flow_cutter() -> re.Pattern:
    words = sorted(_data()["flows"] + _data()["times"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def stock_after(flow: Num, stock: Num) -> bool:
    """One place, and the stock's time is the flow's or the end of it or a few months after:
    what was added in 1997 is part of the stock `目前` (1998-01) holds, not of a plan for 2000
    nor of the stock a year before."""
    x, y = record_field(flow, "place"), record_field(stock, "place")
    if x and y and x != y:
        return False
    p, q = record_field(flow, "period"), record_field(stock, "period")
    if not p or not q or p == q:
        return True
    (_, flow_end), (stock_start, stock_end) = period_months(p), period_months(q)
    return stock_end >= flow_end and _month_number(stock_start) <= _month_number(flow_end) + _data()["stock_lag"]


def _month_number(month: str) -> int:
    """`1998-01` as a count of months, for comparing months a few apart."""
    year, _, mm = month.partition("-")
    return int(year) * 12 + int(mm) if year.isdigit() and mm.isdigit() else 0


def neighbours(view: PageView, n: Num, sentences: int) -> list[Num]:
    """Numbers of n's paragraph within `sentences` sentences of it, measured alike, sharing a noun."""
    out = []
    for k in range(n.sentence - sentences, n.sentence + sentences + 1):
        out += [m for m in view.in_sentence(k) if m.paragraph == n.paragraph and alike(n, m)
                and shared_noun(view, n, m)]
    return out
