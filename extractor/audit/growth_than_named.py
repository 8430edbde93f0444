"""bound: a rate of change said lower or higher than another rate of its sentence, named, not restated.

    财政收入比上年同期增长 23.2%，财政支出比上年同期增长 16.4%，低于收入增幅
    出口增长 8%，进口增长 12%，快于出口的增长速度
The second rate is compared by words (`低于…增幅`, `快于…增速`) with the first, which the words
name (`收入`) and which is said, with its change word, earlier in the same sentence. The claim
is the rate compared with (the bound), the value the one said before the comparison. The words
tie the two in one sentence by name, so a rate on the wrong side is inconsistent; where the name
is found before more than one rate, or none, nothing is said (data/growth_than_named.toml). Each
rate is signed by its word of change (`下降 5%` is −5), so a rise is faster than a fall
(`出口下降 5%，进口增长 2%，快于出口的增长速度`: +2 ≥ −5). The words of comparison and of a rate are
the ones every reader of a rate compared with a named rate uses (data/cues.toml [growth]
over_named, under_named, rate_names).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..clauses import CLAUSE_ENDS, INNER_BREAKS_RAW, with_halfwidth
from . import cues
from .model import Draft, Num, PageView
from .tolerance import fmt


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("growth_than_named.toml")["growth_than_named"]


@lru_cache(maxsize=1)
def _phrase() -> re.Pattern:
    """`，低于收入增幅` right after a rate: the comparison word, the name, the word of a rate."""
    ways = "|".join(map(re.escape, cues.words("growth", "under_named") + cues.words("growth", "over_named")))
    rates = "|".join(map(re.escape, cues.words("growth", "rate_names")))
    comma = re.escape(with_halfwidth("，"))
    ends = re.escape(with_halfwidth(CLAUSE_ENDS))
    not_name = re.escape(INNER_BREAKS_RAW + CLAUSE_ENDS)
    return re.compile(rf"[{comma}](?P<way>{ways})(?P<name>[^\d{not_name}]{{1,{int(_data()['name_chars'])}}}?)的?"
                      rf"(?:{rates})(?=[{ends}]|$)")


def _signed(view: PageView, n: Num) -> float | None:
    """The rate with the sign of its word of change (`下降 5%`: −5), None where no such word."""
    way = cues.direction(view.label_before(n).rstrip("了"), "growth")
    if way is None:
        return None
    return n.value if way == "up" else -n.value


def check(view: PageView) -> list[Draft]:
    drafts = []
    for p in view.nums:
        if p.type != "percent" or p.sentence < 0:
            continue
        m = _phrase().match(view.text, p.end)
        value = _signed(view, p) if m else None
        if value is None:
            continue
        name = m.group("name")
        for w in _data()["scope_words"]:
            name = name.replace(w, "")
        if not name or any(w in name for w in _data()["not_names"]):
            continue
        earlier = [n for n in view.in_sentence(p.sentence) if n.end <= p.start and n.type == "percent"
                   and n.unit == p.unit and _signed(view, n) is not None
                   and name in view.text[view.clause_start(n.start):n.start]]
        if len(earlier) != 1:
            continue
        other = earlier[0]
        bound = _signed(view, other)
        lower = m.group("way") in cues.words("growth", "under_named")
        ok = value <= bound if lower else value >= bound
        rel = "低于" if lower else "高于"
        text = (f"所述 {p.written}（{m.group(0)[1:]}）应{rel}前文{name}的 {other.written}，"
                f"{fmt(value, 3)} {'≤' if lower else '≥'} {fmt(bound, 3)} "
                + ("成立，一致。" if ok else "不成立，不符。"))
        drafts.append(Draft("bound", "consistent" if ok else "inconsistent", [other.ref(), p.ref()],
                            other.value, p.value, text))
    return drafts
