"""rate: a share several parts listed before it take together, of a whole said earlier.

    章贡区、南康区、赣县区贷款余额分别为 1823.6 亿元、642.8 亿元和 486.3 亿元，三区合计占全市的 40.4%
    去年厦门市出口 45.2 亿美元，福州市出口 30.6 亿美元，泉州市出口 18.9 亿美元，三市出口合计占全省的 78.1%
    国有控股企业实现利润 98.7 亿元，私营企业实现利润 112.5 亿元，两者合计占全市规上工业利润总额的 73.7%
A bulletin that lists the largest places, branches or kinds of a measure sums them in one share
(`合计占`, `共占`): the numerator is the sum of the amounts listed, the denominator the whole the
share names, said earlier: an earlier amount of the parts' measure above their sum that shares a
word of its name with the share's name or the parts' (`利润` of `利润总额` and `实现利润`), the
nearest such whose quotient gives the share (the arithmetic chooses among the names' candidates;
a share of three digits over a sum of several parts matches few wholes by chance). The parts are the amounts of one measure before the join word in the share's sentence,
back to the last `；` or the sentence's start; a count said with the join word (`三区合计`, `5个县
(市、区)合计`, `两者合计`) takes that many such amounts instead, across `；` (`合肥市 1.61 万件，占…；
芜湖市 4286 件，占…；合肥、芜湖两市合计占全省的 59.6%`), and no fewer may be found. A whole found
by name may not be the one meant, so a mismatch is never an error (`unverifiable`): a share of
several parts that holds is `consistent`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..fact_types import SUMMABLE_TYPES
from ..lexicon import alternation
from . import cues
from .amounts import is_change
from .bases import is_base
from .model import Draft, Num, PageView
from .named_wholes import SHARE_BEFORE, squeeze
from .share_of_named import subject_names, earlier_wholes, named_whole_of, scope_whole_of
from .tolerance import fmt, rounded

_REACH = 40  # numbers before the share among which its parts are taken (bounded: linear time)
_WEAK = "整体是按名称在前文找到的，未必是同一口径"


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("joint_shares.toml")["joint_shares"]


@lru_cache(maxsize=1)
def _join() -> re.Pattern:
    """The join word right before `占`, with the count of the parts said before it: `三区合计`,
    `5个县(市、区)合计`, `两者合计`, `合肥、芜湖两市合计`."""
    d = _data()
    numeral, pair, joins = alternation(d["numerals"]), alternation(d["pair_words"]), alternation(d["joins"])
    count = rf"(?:(?P<pair>{pair})|(?P<count>{numeral}|\d{{1,2}})个?[^\d，,；;。：:]{{0,{int(d['count_noun'])}}}?)"
    return re.compile(rf"(?:{count})?(?:{joins})$")


def check(view: PageView) -> list[Draft]:
    out: list[Draft] = []
    for p in view.nums:
        if p.type != "percent" or p.unit != "%" or p.sentence < 0 or p.value <= 0:
            continue
        start = view.clause_start(p.start)
        m = SHARE_BEFORE.search(view.text, start, p.start)
        if m is None:
            continue
        j = _join().search(view.text, start, m.start())
        if j is None:
            continue
        d = _draft(view, p, j, squeeze(m.group("name")))
        if d is not None:
            out.append(d)
    return out


def _count(j: re.Match) -> Optional[int]:
    """The number of parts the join says (`三区`: 3, `两者`: 2), else None."""
    if j.group("pair"):
        return 2
    c = j.group("count")
    if not c:
        return None
    return int(c) if c.isdigit() else int(_data()["numerals"][c])


def _parts(view: PageView, p: Num, at: int, count: Optional[int]) -> list[Num]:
    """The amounts of one measure before the join word at `at`, in the share's sentence: `count`
    of them where the join says how many (else [] when fewer are found), else those back to the
    last `；` or the sentence's start."""
    parts: list[Num] = []
    for n in reversed(view.before(at, _REACH)):
        if n.sentence != p.sentence:
            break
        if count is None and any(c in view.text[n.end:at] for c in "；;"):
            break
        if n.type not in SUMMABLE_TYPES or n.qualifier not in ("exact", "about") or is_change(view, n) \
                or is_base(view, n) or (parts and not n.same_measure(parts[0])):
            continue
        parts.append(n)
        if count is not None and len(parts) == count:
            break
    if count is not None:
        return parts[::-1] if len(parts) == count else []
    return parts[::-1] if len(parts) >= _data()["least_parts"] else []


def _draft(view: PageView, p: Num, j: re.Match, name: str) -> Optional[Draft]:
    parts = _parts(view, p, j.start(), _count(j))
    if not parts:
        return None
    total = sum(n.value for n in parts)
    if name in cues.table("share_of_named.toml")["share_of_named"]["scopes"]:
        named = [(n, _WEAK) for n in scope_whole_of(view, parts[-1], total)]
    else:
        named = named_whole_of(view, parts[0], name, total)
    summed = parts[0].interval
    for n in parts[1:]:
        summed = summed + n.interval
    mine = _words(name + "".join(x for n in parts for x in subject_names(view, n)))
    tied = [w for w, names in earlier_wholes(view, parts[0], total) if mine & _words("".join(names))]
    held = [w for w in tied if (summed / w.interval).scale(100.0).meets(p.interval)]
    if held:
        whole, weak = held[0], None
    elif named or tied:
        whole, weak = named[0] if named else (tied[0], _WEAK)
    else:
        return None
    point = total / whole.value * 100
    terms = " + ".join(n.written for n in parts)
    text = f"（{terms}）÷ {whole.written} = {fmt(point, 2)}%"
    facts = [p.ref()] + [n.ref() for n in parts] + [whole.ref()]
    if held:
        return Draft("rate", "consistent", facts, round(point, 3), p.shown,
                     f"几项合计所占比重：{text}，与所述 {p.written} 一致{rounded(point, p.value)}。",
                     {"found_by": "joint_shares"})
    return Draft("rate", "unverifiable", facts, round(point, 3), p.shown,
                 f"几项合计所占比重：{text}，与所述 {p.written} 不符；但{weak or _WEAK}，"
                 "无法据此判定有误。", {"found_by": "joint_shares"})


def _words(text: str) -> set[str]:
    """The two-character words of names, those every number of a bulletin bears left out: a
    whole shares one with the share's name or its parts' (`利润` of `利润总额` and `实现利润`)."""
    for w in _data()["common"]:
        text = text.replace(w, "|")
    return {text[i:i + 2] for i in range(len(text) - 1)
            if all("\u4e00" <= c <= "\u9fff" for c in text[i:i + 2])}
