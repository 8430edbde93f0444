"""A count of the things a threshold on a measure picks out (`营业收入超过1亿元的企业642家`, `利润总额超过50亿
元的企业有4户`, `单体投资10亿元以上的项目有6个`, `5个总投资10亿元以上项目`): the count measures that set, named
with its threshold, not the bare noun after the threshold's number (企业, 项目) nor the measure before it
(总投资): a user asking for 企业 must not take the 642 firms above the line for all the city's firms.
The set is read in the count's own clause, before the count (…的企业[有]642家) or right after it
(5个总投资10亿元以上项目), and needs a word of a threshold (超过, 以上) beside its number.
Words: data/metric.toml [threshold_set]."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .metric_words import clean

_NUMBER = r"[\d０-９〇零一二三四五六七八九十百千][\d０-９.．〇零一二三四五六七八九十百千]*[万亿]?"
_HAN = "\u4e00-\u9fff"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """(a set ending right before the count; a set starting right after it)."""
    t = table("metric.toml")["threshold_set"]
    above, bounds = alternation(t["above"]), alternation(t["bounds"])
    unit = f"(?![{t['not_units']}])[{_HAN}%％]{{0,{t['unit_longest']}}}?"
    measure = f"(?!{bounds})[{_HAN}“”]{{2,{t['measure_longest']}}}?"
    measured = f"(?!{bounds})[{_HAN}“”]{{0,{t['measure_longest']}}}?"  # (4个过五百亿的县市)
    noun = f"(?P<noun>(?![的、])[{_HAN}（）()、]{{1,{t['noun_longest']}}}?)(?<!、)"
    joining = alternation(t["joining"])
    # (超过1亿元的企业 / 20亿元以上项目 / 3亿元以上的项目: 的 or a bound before the noun, as after the count)
    picked = f"(?:{above}){_NUMBER}{unit}(?:{bounds})?的|{_NUMBER}{unit}(?:{bounds})的?"
    before = re.compile(f"(?P<set>{measure}(?:{picked})(?!(?:{joining})$){noun})(?:{joining})?$")
    # (the noun after ends the clause: 5个总投资10亿元以上项目，…; 20个以上: the count's own bound first; a
    # bound or 的 before the noun: 有4个超过1.8万元 is a predicate of the count, no set)
    ends = alternation(t["after_ends"])
    # (信报箱80%以上有了用户: a share after the count is its predicate, no set)
    after_picked = f"(?:{above}){_NUMBER}(?![%％]){unit}(?:{bounds})?的|{_NUMBER}(?![%％]){unit}(?:{bounds})的?"
    after = re.compile(f"(?:{bounds})?(?P<set>{measured}(?:{after_picked}){noun})(?=[，。；：,;:]|{ends}|$)")
    return before, after


_CLAUSE = re.compile(r"[，。；：,;:！？\n]|其中|[^，。；\n]中，")
_REACH = 40  # a clause's length back from the count


def threshold_set(text: str, start: int, end: int, unit: str) -> str | None:
    """The set a threshold picks out that the count at [start, end) counts (营业收入超过1亿元的企业),
    read within the count's clause; None where no word of a threshold stands beside a number there, or
    that number is in the count's own unit (企业400家以上、服务业企业300家: a list of counts, each with its bound)."""
    before, after = _patterns()
    lo = max(0, start - _REACH)
    cut = [m.end() for m in _CLAUSE.finditer(text, lo, start)]
    clause_start = cut[-1] if cut else lo
    m = before.search(text, clause_start, start)
    if not (m and m.end() == start):
        m = after.match(text, end, min(len(text), end + _REACH))
    if not m or re.search(_NUMBER + re.escape(unit), m.group("set")):
        return None
    if _own_kind(m.group("noun")):
        return m.group("noun")  # 3000万以上服务业项目: a noun of its own kind keeps it alone ([threshold_count])
    return clean(m.group("set")) or None  # (全市单个投资…: the scope words off, as for any phrase)


def _own_kind(noun: str) -> bool:
    """服务业项目, 优势企业和企业集团: a head noun (项目, 企业) with a kind of two characters or more before it."""
    heads = table("metric.toml")["threshold_count"]["heads"]
    return any(head in noun and noun.index(head) >= 2 for head in heads)
