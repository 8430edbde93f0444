"""sum of shares: `A 占 B 的 T%，其中，男性占 a%，女性占 b%`.

The shares after `其中` are read as shares of the same whole as the share before it, so they
add up to it when they name every category (男/女, data/complementary.toml). They may instead
be shares within the part (`男性占 60%` of that part), which add up to 100%: shares that fit
neither reading are inconsistent.
"""
from __future__ import annotations

from . import cues
from .model import Draft, Num, PageView
from .sum import complementary
from .tolerance import Interval, fmt

_SHARE = "占"


def _is_share(view: PageView, n: Num) -> bool:
    return n.type == "percent" and n.unit == "%" and _SHARE in view.text[view.clause_start(n.start):n.start]


def check(view: PageView) -> list[Draft]:
    drafts = []
    for cue in cues.words("sum", "partial"):
        at = view.text.find(cue)
        while at >= 0:
            draft = _breakdown(view, at, at + len(cue))
            if draft is not None:
                drafts.append(draft)
            at = view.text.find(cue, at + len(cue))
    return drafts


def _breakdown(view: PageView, cue: int, after: int) -> Draft | None:
    sent = view.sentence_index(cue)
    if sent < 0:
        return None
    s_start, s_end = view.sentences[sent].start, view.sentences[sent].end
    semi = view.text.find("；", after, s_end)
    end = semi if semi >= 0 else s_end
    parts = [n for n in view.between(after, end) if _is_share(view, n)]
    totals = [n for n in view.between(s_start, cue) if _is_share(view, n)]
    if len(parts) < 2 or not totals:
        return None
    labels = [view.text[view.clause_start(n.start):n.start] for n in parts]
    members = complementary(labels)
    if not members:
        return None
    total = totals[-1]
    got = parts[0].interval
    for p in parts[1:]:
        got = got + p.interval
    point = sum(p.value for p in parts)
    ok = got.meets(total.interval)
    said = " + ".join(p.written for p in parts)
    facts = [total.ref()] + [p.ref() for p in parts]
    if ok:
        return Draft("sum", "consistent", facts, round(point, 3), total.shown,
                     f"“其中”各部分（{'/'.join(members)}）的比重 {said} = {fmt(point, 2)}%，与所述 {total.written} 一致。")
    if got.meets(Interval(100.0, 100.0)):
        return Draft("sum", "consistent", facts, round(point, 3), total.shown,
                     f"“其中”各部分的比重 {said} = 100%：是 {total.written} 这部分之内的比重，自成一体。")
    return Draft("sum", "inconsistent", facts, round(point, 3), total.shown,
                 f"“其中”各部分（{'/'.join(members)}）的比重 {said} = {fmt(point, 2)}%，既不等于所述 "
                 f"{total.written}，也不是部分之内的 100%。")
