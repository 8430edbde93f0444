"""multiples: how a growth said in 倍 is read, after the growth checks have found its two levels.

    由 2.0 亿元增长到 8.0 亿元，增长 3 倍         8.0 = 2.0 × (1 + 3): 增长 N 倍 is (1 + N) times
    由 2.0 亿元增加到 6.0 亿元，增加了 3 倍       6.0 = 2.0 × 3: many writers read 增加 N 倍 as N
                                                times; either reading that holds is consistent
A 增长 N 倍 finding keeps its verdict and says which reading it used. A loose verb (增加, 提高, 扩大,
data/multiples.toml) with neither reading holding is unverifiable with the reason, never
inconsistent: which reading the writer meant is not in the text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from .model import Draft, Num, PageView
from .tolerance import fmt, interval_of
from .wording import times_value

_TIMES = re.compile(r"^(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)倍$")
_VERB_SPAN = 8  # characters before the number that may hold the verb and its qualifiers


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    t = cues.table("multiples.toml")["times"]
    return {k: tuple(sorted(t[k], key=lambda w: (-len(w), w))) for k in ("strict", "loose", "qualifiers")}


def verb_of(before: str) -> str | None:
    """'strict' for 增长 N 倍, 'loose' for 增加/提高 N 倍, None for any other wording."""
    w = _words()
    text = before
    stripped = True
    while stripped:  # `增加了近`: the qualifiers, in any order
        stripped = False
        for q in w["qualifiers"]:
            if text.endswith(q):
                text, stripped = text[: -len(q)], True
    for kind in ("strict", "loose"):
        if any(text.endswith(v) for v in w[kind]):
            return kind
    return None


def reread(view: PageView, drafts: list[Draft]) -> list[Draft]:
    """The growth findings of a 倍 claim, read as 增长 N 倍 says or as a loose verb allows."""
    by_span = {(n.rec["start"], n.rec["end"]): n for n in view.nums}
    for d in drafts:
        if d.check != "growth" or len(d.facts) != 3 or "÷ (" in d.explanation:
            continue  # `÷ (`: a change read from its increment
        claim = "".join((d.facts[0].get("text") or "").split())
        m = _TIMES.match(claim)
        if not m or "÷" not in d.explanation or "−" not in d.explanation:
            continue  # a ratio (`是…的 N 倍`) or a finding without the two levels
        start, _ = view.norm_span(d.facts[0]["start"], d.facts[0]["end"])
        kind = verb_of(view.text[max(0, start - _VERB_SPAN):start])
        new, base = by_span.get((d.facts[1]["start"], d.facts[1]["end"])), by_span.get((d.facts[2]["start"], d.facts[2]["end"]))
        value = times_value(m.group(1))
        if kind is None or new is None or base is None or value is None or base.value <= 0:
            continue
        if kind == "strict":
            d.explanation += f"（增长{fmt(value)}倍按新值=基数×(1+{fmt(value)})读）"
        elif d.verdict == "inconsistent":
            _loose(d, new, base, claim, value, fmt(value))
    return drafts


def _loose(d: Draft, new: Num, base: Num, claim: str, value: float, n: str) -> None:
    stated = interval_of(claim, value, "exact", None, "percent")
    times = new.interval / base.interval
    if times.meets(stated):
        d.verdict = "consistent"
        d.expected = round(new.value / base.value, 3)
        d.explanation = (f"{new.written} ÷ {base.written} = {fmt(new.value / base.value, 3)}：按“增加{n}倍”即为"
                         f"原来的{n}倍的读法一致（按新值=基数×(1+{n})读则不合；两种用法都有）。")
    else:
        d.verdict = "unverifiable"
        grew = (new.value - base.value) / base.value
        d.explanation = (f"({new.written} − {base.written}) ÷ {base.written} = {fmt(grew, 3)} 倍，{new.written} ÷ "
                         f"{base.written} = {fmt(new.value / base.value, 3)} 倍，所称{n}倍：“增加/提高{n}倍”有两种用法"
                         f"（基数×(1+{n})或基数×{n}），两种读法都不合，但文中没有说明按哪种，不判为不一致。")
