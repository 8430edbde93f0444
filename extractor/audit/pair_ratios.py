"""ratio: a ratio named by a pair (`城乡居民收入比为 2.39∶1`) against its two members' amounts
said before it, in its sentence or the `_BACK` sentences before it in its paragraph.

    城镇居民人均可支配收入 38912 元…农村居民人均可支配收入…16275 元。城乡居民收入比为 2.39∶1。
    城镇…41582 元…；农村…19874 元…。城乡居民人均收入比为 2.09（over 1）；…收入比缩小到 1.99∶1
The ratio is one ratios.py reads (a cue word, two terms); its name, the words before the cue in its
clause, holds a pair's name (`城乡`, data/pair_ratios.toml). Each member is the nearest amount
before the ratio, of one measure, no change, whose name holds that member's word and not the
other's (`城镇…`, `农村…`). The members' own names tie them to the ratio, so the quotient within
the digits written (half a unit of the terms' last digits) is consistent and beyond it an error.
ratios.py reads the ratios whose two numbers stand in the ratio's sentence; this check leaves a
ratio it has reported on alone (CLAIM_ONLY).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .amounts import is_change
from .model import Draft, Num, PageView
from .ratios import ratio_pattern, ratio_term
from .tolerance import as_number, fmt

_BACK = 2  # sentences before the ratio's where its members may stand
_NUMS = 30  # numbers before the ratio looked at (keeps a page linear)


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("pair_ratios.toml")["pair_ratios"]


@lru_cache(maxsize=1)
def _reached() -> re.Pattern:
    """`城乡居民收入比缩小到 1.99∶1`, `收入比为 1.83`, `收入比由 2.9∶1 缩小至 2.5`: a pair's ratio said
    as the level it reached, or as one number (over 1), which ratios.py's cue words do not read."""
    verbs = "|".join(map(re.escape, sorted(_data()["reached"], key=len, reverse=True)))
    return re.compile(rf"(?P<cue>比)(?:由[^，,；;。]{{0,12}}?)?(?:{verbs})"
                      rf"(?P<terms>\d+(?:\.\d+)?(?:[∶:]1)?)(?![\d.∶:%％倍年月日])")


def check(view: PageView) -> list[Draft]:
    out = []
    seen: set[int] = set()  # the starts of the terms read, each once
    for m in list(ratio_pattern().finditer(view.text)) + list(_reached().finditer(view.text)):
        terms = m.group("terms").replace(":", "∶").split("∶")
        terms = terms + ["1"] if len(terms) == 1 else terms
        if len(terms) != 2 or m.start("terms") in seen:
            continue
        seen.add(m.start("terms"))
        start = m.start("cue")
        name = view.text[max(view.clause_start(start), start - int(_data()["name_chars"])):start]
        for pair, first, second in _data()["pairs"]:
            if pair not in name:
                continue
            a, b = _member(view, start, first, second), _member(view, start, second, first)
            if a is not None and b is not None and a.same_measure(b) and a is not b and b.value > 0:
                out.append(_draft(view, m, terms, a, b))
            break
    return out


def _member(view: PageView, at: int, words: list[str], others: list[str]) -> Num | None:
    sent = view.sentence_index(at)
    if sent < 0:
        return None
    para = view.sentences[sent].paragraph
    for n in reversed(view.before(at, _NUMS)):
        if n.paragraph != para or n.sentence < sent - _BACK:
            break
        if n.type not in SUMMABLE_TYPES or n.type == "percent" or is_change(view, n):
            continue
        label = view.text[view.clause_start(n.start):n.start]
        if any(w in label for w in words) and not any(w in label for w in others):
            return n
    return None


def _draft(view: PageView, m, terms: list[str], a: Num, b: Num) -> Draft:
    stated = ratio_term(terms[0]) / ratio_term(terms[1])
    got = a.interval / b.interval
    point = a.value / b.value
    said = float(terms[0]) / float(terms[1])
    shown = f"{terms[0]}∶{terms[1]}"
    facts = [view.raw_ref(m.start("terms"), m.end("terms")), a.ref(), b.ref()]
    text = f"{a.written} ÷ {b.written} = {fmt(point, 3)}，所称{shown}即 {fmt(said, 3)}"
    if got.meets(stated):
        return Draft("ratio", "consistent", facts, as_number(round(point, 4)), as_number(round(said, 4)),
                     text + "，在所写数字的舍入精度内一致。")
    return Draft("ratio", "inconsistent", facts, as_number(round(point, 4)), as_number(round(said, 4)),
                 text + "，超出所写数字的舍入精度。")
