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
from .wording import times_number, times_value

_TIMES = re.compile("^" + times_number() + "倍$")
_VERB_SPAN = 8  # characters before the number that may hold the verb and its qualifiers


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    t = cues.table("multiples.toml")["times"]
    return {k: tuple(sorted(t[k], key=lambda w: (-len(w), w))) for k in ("strict", "loose", "qualifiers", "to_level")}


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
    for d in drafts:
        if d.check != "growth" or len(d.facts) != 3 or "÷ (" in d.explanation:
            continue  # `÷ (`: a change read from its increment
        claim = "".join((d.facts[0].get("text") or "").split())
        m = _TIMES.match(claim)
        if not m or "÷" not in d.explanation or "−" not in d.explanation:
            continue  # a ratio (`是…的 N 倍`) or a finding without the two levels
        start, _ = view.norm_span(d.facts[0]["start"], d.facts[0]["end"])
        kind = verb_of(view.text[max(0, start - _VERB_SPAN):start])
        new, base = view.num_of(d.facts[1]), view.num_of(d.facts[2])
        value = times_value(m.group(1))
        if kind is None or new is None or base is None or value is None or base.value <= 0:
            continue
        if kind == "strict":
            d.explanation += f"（增长{fmt(value)}倍按新值=基数×(1+{fmt(value)})读）"
        elif d.verdict == "inconsistent":
            _loose(d, new, base, claim, value, fmt(value))
    return drafts + from_levels(view, drafts)


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


_CLAIM = re.compile(times_number() + "倍(?P<more>多|以上)?")
_LEVEL_GAP = 8  # characters from the multiple to the level it reached (`，变成了`)


def from_levels(view: PageView, drafts: list[Draft]) -> list[Draft]:
    """The multiples no growth check found levels for, where the text writes both:
        把原本只需要 250 万元的费用，提高了整整一倍，变成了 502 万元    base before, level after
        平均每年增加 253 亿元，比过去平均每年增加 49 亿元，高出四倍多     A 比 B 高出 N 倍
    Either reading that holds is consistent; a mismatch is unverifiable (the two levels are read
    from their places, not from words naming them)."""
    claimed = {view.norm_span(d.facts[0]["start"], d.facts[0]["end"]) for d in drafts}
    out = []
    for m in _CLAIM.finditer(view.text):
        span = (m.start(), m.start() + len(m.group(1)) + 1)
        if span in claimed or any(s <= m.start() < e for s, e in claimed):
            continue
        kind = verb_of(view.text[max(0, m.start() - _VERB_SPAN):m.start()])
        value = times_value(m.group(1))
        if kind is None or value is None:
            continue
        pair = _compared(view, m) or _base_and_level(view, m)
        if pair is None:
            continue
        out.append(_draft(view, m, span, value, kind, *pair))
    return out


def levels_found(view: PageView, at: int) -> bool:
    """Whether from_levels reads the multiple written at `at` against levels around it (a check
    that would take the multiple otherwise leaves it to from_levels)."""
    m = _CLAIM.match(view.text, at)
    return m is not None and (_compared(view, m) or _base_and_level(view, m)) is not None


def _compared(view: PageView, m: re.Match) -> tuple[Num, Num] | None:
    """`A，比 B 高出 N 倍`: B between 比 and the multiple, A before 比 in the sentence."""
    clause_start = view.clause_start(m.start())
    if clause_start > 0 and not view.between(clause_start, m.start()):
        clause_start = view.clause_start(clause_start - 1)  # `…，比 B，高出 N 倍`: 比 a clause before
    at = view.text.rfind("比", clause_start, m.start())
    if at < 0:
        return None
    sent = view.sentence_index(m.start())
    bases = [n for n in view.between(at, m.start()) if n.sentence == sent]
    news = [n for n in view.between(max(view.sentence_span(m.start())[0], at - 80), at) if n.sentence == sent]
    if not bases or not news or not news[-1].same_measure(bases[-1]):
        return None
    return bases[-1], news[-1]


def _base_and_level(view: PageView, m: re.Match) -> tuple[Num, Num] | None:
    """The level reached after the multiple (`，变成了 502 万元`), the base the last number of its
    measure before it in the sentence."""
    sent = view.sentence_index(m.start())
    after = [n for n in view.between(m.end(), m.end() + _LEVEL_GAP + 12) if n.sentence == sent]
    if not after or after[0].start - m.end() > _LEVEL_GAP:
        return None
    level = after[0]
    if level.type == "percent" or not any(w in view.text[m.end():level.start] for w in _words()["to_level"]):
        return None  # `化纤增长三点三倍，棉纱增长 85%`: the next item's change, not a level reached
    bases = [n for n in view.between(max(view.sentence_span(m.start())[0], m.start() - 120), m.start())
             if n.sentence == sent and n.same_measure(level)]
    return (bases[-1], level) if bases else None


def _draft(view: PageView, m: re.Match, span: tuple[int, int], value: float, kind: str, base: Num, new: Num) -> Draft:
    claim = view.raw_ref(*span)
    written = view.text[span[0]:span[1]]
    stated = interval_of(written, value, "over" if m.group("more") else "exact", None, "percent")
    if m.group("more"):
        stated = type(stated)(stated.lo, stated.lo + 1.0)  # `四倍多`: four and a fraction
    grew, times = (new.interval - base.interval) / base.interval, new.interval / base.interval
    g, t = (new.value - base.value) / base.value, new.value / base.value
    n = fmt(value)
    facts = [claim, new.ref(), base.ref()]
    head = (f"({new.written} − {base.written}) ÷ {base.written} = {fmt(g, 3)} 倍，"
            f"{new.written} ÷ {base.written} = {fmt(t, 3)} 倍，所称{written}")
    if grew.meets(stated):
        return Draft("growth", "consistent", facts, round(g, 3), value,
                     head + f"：按新值=基数×(1+{n})读一致。")
    if kind == "loose" and times.meets(stated):
        return Draft("growth", "consistent", facts, round(t, 3), value,
                     head + f"：按“增加{n}倍”即为原来的{n}倍的读法一致（两种用法都有）。")
    return Draft("growth", "unverifiable", facts, round(g, 3), value,
                 head + "：不合，但两个数是按位置读出的，文中没有说明它们是这一倍数的基数和新值，不判为不一致。")
