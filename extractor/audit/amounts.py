"""Which numbers can be parts or totals: not changes or comparisons, not rates or extremes,
not numbers named as totals of something else (cue words in data/cues.toml [sum])."""
from __future__ import annotations

import re

from . import cues
from ..fact_types import SUMMABLE_TYPES
from .model import Num, PageView

_COMPARED = 4  # `比`/`较` this close before a number makes it a comparison
_BOUND_GAP = 6  # `以上项目` between a bound and the count it qualifies
_BOUND_WORDS = re.compile(r"^(?:以上|以下|及以上)?[^，。；、：\d]*$")
# `比一九八○年的 7159 亿元` (a base), `比预算少支 4.7 亿元` (a difference)
_COMPARED_RE = re.compile(r"[比较][^，；。增减提降]{0,12}的$|[比较][^，；。]{0,12}[多少增减超节][^，；。]{0,3}$")


def _nouns_of_ratio(label: str) -> str:
    """The label with the words holding 比 blanked (`优良水体比例等 8 个`, `参加评比的 40 个`: they compare nothing)."""
    for w in cues.words("growth", "not_base") + cues.words("growth", "not_compared"):
        label = label.replace(w, "＿" * len(w))
    return label


def is_change(view: PageView, n: Num) -> bool:
    """A number that is a change or comparison (`比上年增加 5 亿元`, `比一九八○年的 7159 亿元`), or
    the value a change starts from (`由 40 元提高到 80 元`), not an amount; a number reached
    (`增加到 228 种`) is an amount."""
    label = _nouns_of_ratio(view.label_before(n)).rstrip("了")
    if label.endswith(("到", "至")):
        return False
    if cues.ends_with_any(label, "sum", "change_before") or cues.ends_with_any(label, "growth", "from_words"):
        return True
    # the label back to the previous number, across dates (`比 1980 年的`)
    undated = _nouns_of_ratio(view.text[max(view.clause_start(n.start), view.prev_end(n.start, dates=False)):n.start])
    return _COMPARED_RE.search(undated) is not None or any(
        w in label[-_COMPARED:] for w in cues.words("growth", "base_before"))


def is_difference(view: PageView, n: Num) -> bool:
    """`比上年同期的 B 多增 D`: a number said right after a base of comparison with a word of
    difference between them is how far one amount passes another, not an amount done."""
    before = view.before(n.start, 1)
    if not before or before[-1].end < view.clause_start(n.start):
        return False
    between = view.text[before[-1].end:n.start].strip()
    return between in cues.words("sum", "difference_words") and is_change(view, before[-1])


def is_amount(view: PageView, n: Num) -> bool:
    """A number that can add up: not a rate or an extreme (`每平方公里 600 人`, `最高 140 公里/小时`),
    nor the size of each of several units (`两台 33 万千瓦机组`)."""
    label = view.label_before(n)
    # `居民人均可支配收入增长等 16 个指标`: a count after a list closed by 等 counts the items;
    # the words of the items say nothing of the count
    listed = cues.ends_with_any(label, "enumeration", "open_end") is not None
    if not listed and any(w in label for w in cues.words("sum", "not_amount")) or view.text[n.end:n.end + 1] == "/":
        return False
    if n.qualifier in ("over", "under") and any(
            m.type == "count" and 0 <= m.start - n.end <= _BOUND_GAP and _BOUND_WORDS.match(view.text[n.end:m.start])
            for m in view.between(n.end, n.end + _BOUND_GAP + 8)):
        return False  # `10 亿元以上项目 9 个`: a bound on each project, not an amount
    return not any(m.end == n.start and m.type == "count" for m in view.before(n.start, 2))


def marked_total(view: PageView, n: Num) -> bool:
    """A number named as a total (`累计`, `总`, `小项共 40 个`) or compared (`占 68 个的`): not a part."""
    label = _nouns_of_ratio(view.label_before(n))
    return (cues.contains_any(label, "sum", "total_markers") is not None
            or cues.ends_with_any(label, "sum", "total_after") is not None
            or cues.contains_any(label, "part_of", "not_part") is not None)



def countable_amount(view: PageView, n: Num) -> bool:
    """An amount a gift, a total or an `only` part can be: summable, a value or a floor (not a range or
    a ceiling), not a change (given_parts.py, only_parts.py)."""
    return n.type in SUMMABLE_TYPES and n.qualifier not in ("range", "under") and is_amount(view, n) \
        and not is_change(view, n)
