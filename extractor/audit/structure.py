"""structure: shares written as a ratio `a:b:c` that make up one whole.

Structure read (cue words in data/cues.toml):
    三次产业结构调整为 8.3∶41.4∶50.3        a ratio after `结构`/`构成`/`比例`, its terms written
                                            with decimals (shares in percent): they add up to 100
    结构由上年的 a∶b∶c 调整为 d∶e∶f          a ratio right after such a ratio in its clause: the
                                            same structure at another time
Each share is rounded to its last digit, so the sum may miss 100 by half a unit of that digit
per share (8.3 + 41.4 + 50.3 may be 99.85–100.15); beyond that the structure does not add up.
Ratios of whole numbers (`1∶2∶3`) or far from 100 are proportions, not shares, and are not read,
unless the words make them shares: a structure word (`结构`, `构成`) and three terms or more, each
written with decimals (`三次产业结构为 8.3∶12.45∶50.3` is inconsistent, not a proportion).
"""
from __future__ import annotations

import re

from . import cues
from .model import Draft, PageView
from .tolerance import Interval, fmt

_NUMBER = r"\d+(?:\.\d+)?"
_SEP = "[:：∶]"
_RATIO = re.compile(rf"{_NUMBER}(?:{_SEP}{_NUMBER}){{1,5}}")
_LEAD = 12  # characters between the cue word and the ratio (`结构进一步优化，调整为`)
_NEAR_100 = 5.0  # a sum this close to 100 is a set of shares
_OTHER_WHOLES = (10.0, 1.0)  # `1.2∶4.5∶4.3`: a structure in tenths (or parts of 1), not percent shares
_MANY = 3  # terms of a structure its words alone make shares (two may be a proportion, `2.56∶1.00`)


def check(view: PageView) -> list[Draft]:
    return [_draft(view, start, written, terms, point) for start, written, terms, point, _ in share_ratios(view)]


def share_ratios(view: PageView) -> list[tuple[int, str, list[str], float, bool]]:
    """The ratios read as shares: (start, as written, terms, their sum, whether a later ratio of the
    same structure follows in its clause, `由 a∶b∶c 调整为 d∶e∶f`: the first is another time's)."""
    out: list[tuple[int, str, list[str], float, bool]] = []
    cued_end = -1  # the end of the last ratio a cue word named
    for m in _RATIO.finditer(view.text):
        before = view.text[max(0, m.start() - _LEAD):m.start()]
        # `结构由上年的 a∶b∶c 调整为 d∶e∶f`: the second ratio is the same structure's, one clause on
        carried = 0 <= m.start() - cued_end <= _LEAD and view.clause_start(m.start()) <= cued_end
        if not cues.contains_any(before, "structure", "before") and not carried:
            continue
        if carried and out and out[-1][0] + len(out[-1][1]) == cued_end:
            out[-1] = out[-1][:4] + (True,)
        cued_end = m.end()
        terms = re.split(_SEP, m.group())
        if len(terms) < 2 or not any("." in t for t in terms):
            continue
        point = sum(float(t) for t in terms)
        if abs(point - 100) > _NEAR_100 and not _shares_by_words(before, terms):
            continue
        out.append((m.start(), m.group(), terms, point, False))
    return out


def _shares_by_words(before: str, terms: list[str]) -> bool:
    """Shares whatever their sum, on the words and the writing alone (issue 12: an `inconsistent`
    verdict needs the words, not the arithmetic, to say the terms make one whole): a structure word
    (`产业结构`, `构成`: data/cues.toml [structure] shares; not `比例`/`之比`, which name proportions
    too) and _MANY terms or more, each written with decimals (`8.3∶41.4∶50.3`: percent, rounded;
    a misprinted term may carry a digit more). `城乡收入之比 2.56∶1`, `1∶2∶3` stay proportions,
    read only near 100. Terms adding up to about 10 or 1 (`1.2∶4.5∶4.3`) are a structure written in
    tenths or parts of one, not percent shares that miss 100: not read."""
    in_tenths = any(abs(sum(float(t) for t in terms) - whole) <= _NEAR_100 * whole / 100 for whole in _OTHER_WHOLES)
    return (len(terms) >= _MANY and all("." in t for t in terms) and not in_tenths
            and bool(cues.contains_any(before, "structure", "shares")))


def _draft(view: PageView, start: int, written: str, terms: list[str], point: float) -> Draft:
    got = Interval(0.0, 0.0)
    refs, pos = [view.raw_ref(start, start + len(written))], start
    for t in terms:
        at = view.text.find(t, pos)
        refs.append(view.raw_ref(at, at + len(t)))
        pos = at + len(t)
        half = 0.5 * 10.0 ** -(len(t.split(".")[1]) if "." in t else 0)
        got = got + Interval(float(t) - half, float(t) + half)
    ok = got.meets(Interval.point(100.0))
    shown = " + ".join(terms)
    if ok:
        text = f"{shown} = {fmt(point, 2)}，各部分构成一个整体，合计应为 100（各项四舍五入，可差 {fmt(got.hi - point, 2)} 以内），一致。"
    else:
        text = (f"{shown} = {fmt(point, 2)}，各部分构成一个整体，合计应为 100；"
                f"即使各项按所写精度四舍五入，合计也只能在 {fmt(got.lo, 2)}–{fmt(got.hi, 2)} 之间。")
    return Draft("sum", "consistent" if ok else "inconsistent", refs, round(point, 4), 100, text)
