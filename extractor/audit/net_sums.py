"""sum: a net change against the rises and falls it sets off.

    农村购买力将增加 22 亿元左右，城市居民的购买力将增加 5 亿元左右；…购买力将减少 3 亿元以上。
    三项增减相抵，净增 24 亿元。                       22 + 5 − 3 = 24
The net change is the first amount after a net word (`净增`, `净减`: data/net_sums.toml) in a
clause that says the changes are set off (`相抵`). The changes are the amounts of its measure said
as changes (`增加 D`, `减少 D`, amounts.is_change) before it, in its sentence and the `_BACK`
sentences before in its paragraph, the last ones before it: as many as the clause counts
(`三项`), else the run back to the first amount of the measure that is no change. A fall's words
say so (`减少`), the rest are rises. The rises less the falls, within the digits written (and
±10% for `左右`, no upper end for `以上`), must meet the net change: where the clause counts the
changes and as many are found, a miss is an error; counted by nothing, the run may hold a change
of another thing, so a miss is unverifiable.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from ..numerals import parse_number
from . import cues
from .amounts import is_change
from .model import Draft, Num, PageView
from .tolerance import Interval, fmt_interval, fmt_like

_BACK = 2  # sentences before the net change's where the changes it sets off may stand
_NUMS = 24  # numbers before the net change looked at (keeps a page linear)
_WEAK = "文中未说明相抵的是哪几项变化，所取各项未必都在其中"


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("net_sums.toml")["net_sums"]


@lru_cache(maxsize=1)
def _cue() -> re.Pattern:
    d = _data()
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
    count = rf"(?:(?P<n>[{''.join(d['numerals'])}])(?:{alt(d['counted'])}))?"
    return re.compile(rf"{count}[^，。；]{{0,4}}(?:{alt(d['set_off'])})[，,]?[^。；]{{0,8}}?"
                      rf"(?:(?P<up>{alt(d['net_up'])})|(?P<down>{alt(d['net_down'])}))")


def check(view: PageView) -> list[Draft]:
    drafts = []
    for m in _cue().finditer(view.text):
        after = [n for n in view.between(m.end(), view.clause_end(m.end()))
                 if n.type in SUMMABLE_TYPES and n.type != "percent"]
        if not after:
            continue
        claim = after[0]
        said = parse_number(m.group("n")) if m.group("n") else None
        count = int(said) if said else None
        changes = _changes(view, claim, m.start(), count)
        if changes is None:
            continue
        drafts.append(_draft(view, claim, changes, bool(m.group("down")), None if count else _WEAK))
    return drafts


def _changes(view: PageView, claim: Num, at: int, count: int | None) -> list[Num] | None:
    sent = claim.sentence
    if sent < 0:
        return None
    para = view.sentences[sent].paragraph
    near = [n for n in view.before(at, _NUMS) if n.paragraph == para and sent - _BACK <= n.sentence <= sent
            and n.same_measure(claim)]
    run: list[Num] = []
    for n in reversed(near):
        if not is_change(view, n) or (count is not None and len(run) == count):
            break
        run.insert(0, n)
    if len(run) < 2 or (count is not None and len(run) != count):
        return None
    return run


def _falls(view: PageView, n: Num) -> bool:
    label = view.label_before(n)
    return any(w in label[-6:] for w in _data()["down"])


def _draft(view: PageView, claim: Num, changes: list[Num], net_down: bool, weak: str | None) -> Draft:
    got = Interval(0.0, 0.0)
    terms = []
    for n in changes:
        fall = _falls(view, n)
        got = got - n.interval if fall else got + n.interval
        terms.append(("−" if fall else "+", n.written))
    shown = ("−" if terms[0][0] == "−" else "") + terms[0][1] + "".join(f" {s} {w}" for s, w in terms[1:])
    point = sum(-n.value if _falls(view, n) else n.value for n in changes)
    stated = claim.interval.scale(-1.0) if net_down else claim.interval
    said = f"净{'减' if net_down else '增'} {claim.written}"
    facts = [claim.ref()] + [n.ref() for n in changes]
    ok = got.meets(stated)
    text = (f"{len(changes)} 项增减相抵：{shown} = {fmt_like(point, claim.text, claim.value)}"
            f"（按各数所写精度：{_range(got, claim)}）")
    if ok:
        return Draft("sum", "consistent", facts, point, claim.shown, text + f"，与所述{said} 一致。",
                     {"breakdown": "net"})
    text += f"，与所述{said} 不符"
    if weak:
        return Draft("sum", "unverifiable", facts, point, claim.shown, text + f"；但{weak}，无法据此判定有误。",
                     {"breakdown": "net"})
    return Draft("sum", "inconsistent", facts, point, claim.shown, text + "。", {"breakdown": "net"})


def _range(iv: Interval, like: Num) -> str:
    """The values the changes allow, an open end said as such (`以上` has no upper end)."""
    if math.isinf(iv.lo) and math.isinf(iv.hi):
        return "可为任意值"
    if math.isinf(iv.lo):
        return "至多 " + fmt_like(iv.hi, like.text, like.value)
    if math.isinf(iv.hi):
        return "至少 " + fmt_like(iv.lo, like.text, like.value)
    if iv.hi - iv.lo <= 1e-9 * max(1.0, abs(iv.lo)):
        return "恰为 " + fmt_like(iv.lo, like.text, like.value)
    return "在 " + fmt_interval(iv, like.text, like.value) + " 之间"

