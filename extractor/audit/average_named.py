"""average (named): a figure per unit whose count and total stand before it, tied by the words
that name them, a sentence or more off.

    全年全省共使用农机购置与应用补贴资金 23.6 亿元，其中中央财政资金 21.8 亿元…。补贴机具 8.96 万台(套)，
    受益农户 7.42 万户，户均获得补贴 3.46 万元。                     23.6 亿元 ÷ 7.42 万户 = 3.18 万元
    全省共投入各类扶贫资金 8.4 亿元，其中…。全年有 120 万贫困人口解决了温饱问题，平均每人投入扶贫资金 760 元。
    年末全省农机合作社 9865 个，…。农机合作社入社成员 36.4 万人，社均 37 人。
    专项债券 56000 万元…。专项债券支持项目 14 个，平均每个项目 4000 万元。

The per-unit word opens the figure's label (data/average_named.toml): `X均` (`户均`, `社均`, `案均`,
`次均`) or `(平均)每` + a classifier and a noun (`平均每个项目`, `平均每人`). It names the count:
the nearest count before the figure in its paragraph whose unit is X or the classifier (`户`, `个`),
or whose name holds X or the noun (`农机合作社` for 社均, `支持项目 14 个` for 每个项目), not said
as a part or a change (`其中示范社`, `比上年增加`). Only the count's own noun may stand before
the per-unit word (`412 名员额法官人均结案`); another subject (`农民人均`) is per_subject.py's.
The rest of the label is the figure's measure (`获得补贴`); its head noun, the last two characters,
names the total: an earlier amount of the figure's kind in the paragraph whose label holds it,
the nearest in the figure's sentence run, else the nearest said as a whole (`共`, `总`), else
(an amount only named so sentences off may be another group's) one whose quotient gives the
figure (`其中…扶贫资金` is a part). A figure
that names no measure (`社均 37 人`) takes the nearest amount of its kind before it in its
sentence, else one in the sentence before whose label shares a word with the count's. A figure
per person of a statistic (`人均纯收入`, `人均住房面积`) or per unit of time is none.
A quotient that meets the figure is consistent; a mismatch is inconsistent only where the
measure is named, the total said as a whole, and the count is the only one of its unit in the
figure's own sentence run (no `；`) and no part; otherwise unverifiable with the reason. Only
where no other check took the figure (CLAIM_ONLY).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .average import average_draft
from .model import Draft, Num, PageView, same_unit

_HEAD = 2  # characters of the figure's measure that name its total (`补贴`)
_NOUN = 2  # characters of the noun after a classifier that name the count (`项目`)
_LABEL = 30  # characters of a label read for a name
_CJK = re.compile("[\u4e00-\u9fff]")


class _Per(NamedTuple):
    units: list[str]  # units of the count (`户`, `个`)
    names: str  # a name the count's label or noun must hold where its unit differs (`社`, `项目`)
    what: str  # the figure's measure (`获得补贴`), empty where it names none
    prefix: str  # what stands before the per-unit word (the count's noun, or nothing)


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("average_named.toml")["average_named"]


def check(view: PageView) -> list[Draft]:
    out: list[Draft] = []
    for per in view.nums:
        if per.type not in SUMMABLE_TYPES or per.qualifier not in ("exact", "about") or per.paragraph < 0:
            continue
        p = _per_word(view.label_before(per, _LABEL))
        if p is None or _statistic(p):
            continue
        count = _count(view, per, p)
        if count is None:
            continue
        total = _total(view, per, count, p.what[-_HEAD:]) if p.what else _unnamed_total(view, per, count)
        if total is None or total is count:
            continue
        out.append(average_draft(per, total, count, 1.0, _weak(view, per, p, total, count)))
    return out


def _per_word(label: str) -> _Per | None:
    """The per-unit word that opens a label (after at most the count's noun) and what follows."""
    c = _cues()
    label = label.rstrip("为是达到了约近")
    if any(w in label for w in c["per_period"]):
        return None
    for each in c["each"]:
        at = label.find(each)
        if at >= 0:
            rest = label[at + len(each):]
            if rest[:1] in c["per"]:  # `每人`, `每户`
                return _Per(c["per"][rest[0]], "", _measure(rest[1:]), label[:at])
            if len(rest) < 1 + _NOUN or not _CJK.match(rest[0]):
                return None
            return _Per([rest[0]], rest[1:1 + _NOUN], _measure(rest[1 + _NOUN:]), label[:at])
    at = label.find(c["mean"])
    if at < 1 or label[at - 1] in c["not_unit"] or not _CJK.match(label[at - 1]):
        return None
    x = label[at - 1]
    return _Per(c["per"].get(x, [x]), "" if x in c["per"] else x, _measure(label[at + 1:]), label[:at - 1])


def _measure(text: str) -> str:
    return text.lstrip("的").rstrip("数")


def _statistic(p: _Per) -> bool:
    """A figure per person or household of a statistic over a population (`人均纯收入`)."""
    people = any(u in _cues()["per"] for u in p.units)
    return people and any(w in p.what for w in _cues()["statistic"])


def _part(view: PageView, n: Num) -> bool:
    return any(w in view.label_before(n, _LABEL) for w in _cues()["part"])


def _counts(view: PageView, per: Num, p: _Per) -> list[Num]:
    """Counts of the figure's unit, or named by it, before it in its paragraph (nearest last)."""
    out = []
    for n in view.in_paragraph(per.paragraph):
        if n.end > per.start or n.type != "count" or n.qualifier != "exact" or n.value <= 1 or _part(view, n) \
                or n.same_measure(per):  # `入社成员 36.4 万人，社均 37 人`: the total, not the count
            continue
        unit = any(same_unit(n.unit, u) or (n.unit or "").endswith(u) for u in p.units) \
            or view.noun_after(n).startswith(tuple(p.units))
        named = bool(p.names) and p.names in view.label_before(n, _LABEL) + view.noun_after(n)
        # `社均` (names == unit): either names the count; `每个项目`: the classifier and the noun
        if (unit or named) if p.names in p.units else (unit and (named or not p.names)):
            out.append(n)
    return out


def _count(view: PageView, per: Num, p: _Per) -> Num | None:
    """The nearest count the per-unit word names; only the count's own noun before the word."""
    counts = _counts(view, per, p)
    if not counts:
        return None
    count = counts[-1]
    between = view.text[count.end:per.start]
    if p.prefix and not (between.startswith(p.prefix) and not any(c in between for c in "，；。：")):
        return None
    return count


def _total(view: PageView, per: Num, count: Num, head: str) -> Num | None:
    """The amount the figure's head noun names before it in its paragraph: the nearest in the
    figure's sentence run, else the nearest said as a whole (`共`, `总`), else one whose quotient
    gives the figure."""
    named = [n for n in view.in_paragraph(per.paragraph)
             if n.end <= per.start and n.same_measure(per) and n.qualifier == "exact" and n.value > per.value
             and head in view.label_before(n, _LABEL) and not _part(view, n)
             and not _per_word(view.label_before(n, _LABEL))]
    own = [n for n in named if _same_run(view, n, per)]
    whole = [n for n in named if _said_whole(view, n)]
    if own or whole:
        return (own or whole)[-1]
    # an amount only named so, sentences off, may be another group's: only where it gives the figure
    return next((n for n in sorted(named, key=lambda n: -n.value)
                 if (n.interval / count.interval).meets(per.quotient)), None)


def _same_run(view: PageView, n: Num, per: Num) -> bool:
    return n.sentence == per.sentence and "；" not in view.text[n.end:per.start]


def _unnamed_total(view: PageView, per: Num, count: Num) -> Num | None:
    """For a figure that names no measure: the nearest amount of its kind before it in its
    sentence (not past `；`), else the one in the sentence before whose label shares the most words
    with the count's (`专项债券 56000 万元`, not `再融资债券`, for `专项债券支持项目 14 个`)."""
    def fits(n: Num) -> bool:
        return n.end <= per.start and n.same_measure(per) and n.qualifier == "exact" and n.value > per.value \
            and not _part(view, n) and not _per_word(view.label_before(n, _LABEL))
    own = [n for n in view.in_sentence(per.sentence) if fits(n) and _same_run(view, n, per)]
    if own:
        return own[-1]
    words = cjk_pairs(view.label_before(count, _LABEL))
    shared = [(len(words & cjk_pairs(view.label_before(n, _LABEL))), k, n)
              for k, n in enumerate(view.in_sentence(per.sentence - 1)) if n.paragraph == per.paragraph and fits(n)]
    best = max((x for x in shared if x[0]), default=None, key=lambda x: x[:2])
    return best[2] if best else None


def cjk_pairs(text: str) -> set[str]:
    """The two-character runs of a name's Chinese characters: what two names share when they name one thing."""
    text = "".join(c for c in text if _CJK.match(c))
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _said_whole(view: PageView, n: Num) -> bool:
    label = view.label_before(n, _LABEL)
    return any(w in label for w in _cues()["total"]) and not _part(view, n)


def _weak(view: PageView, per: Num, p: _Per, total: Num, count: Num) -> str | None:
    """Why a mismatch says nothing: no measure named, the total not said as a whole, the count
    off the figure's sentence run, or another count of its unit there."""
    if not p.what:
        return f"{per.written} 未说明所指的量"
    if not _said_whole(view, total) and not _same_run(view, total, per):
        return f"{total.written} 未说明是总数"
    run = [n for n in _counts(view, per, p) if _same_run(view, n, per)]
    if count not in run:
        return f"{count.written} 不在同一句中"
    if len(run) > 1:
        return f"句中同一单位的数有 {len(run)} 个"
    return None
