"""part_of by what the numbers measure: a kind of the noun a whole measures, measured alike.

    我国铁路营业里程已达 6.6 万公里；电气化铁路达到 11999 公里
        the whole's name is a noun and a word of measure (`铁路` + `营业里程`, data/head_parts.toml
        measures); the part's name is that noun with a modifier of two characters at least
        (`电气化` + `铁路`), with or without a word of measure: a kind of it
    全市地区生产总值 5600 亿元，第三产业增加值 3100 亿元
        kinds that share no word with their whole, listed ([[category]]); two or more of them
        after one whole are a breakdown, left to the sum checks
    取得 800 多项成果、获得部省级以上奖励的 200 多项成果
        a count's noun said after it (`成果`) and said again after a later count of its sentence
        that a clause ending in `的` restricts: some of those things (may be of other years:
        never more than unverifiable)
The part follows the whole in its sentence or the next two of its paragraph (or precedes it in its
sentence), not after `其中` (sum.py's), of one type and
unit, with no place or period the other's contradicts, neither a change nor an average. The
names say the relation: a kind over its whole in one sentence is an error of the text; across
sentences nothing says both count alike (a whole of one year's statistics, a kind of another
source), so there it is unverifiable.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .amounts import is_amount, is_change
from .findings import part_of_draft
from .heads import head, record_field, same_scope, unscoped
from .model import Draft, Num, PageView

_SENTENCES = 2  # sentences after the whole's in which a kind of it may follow
_NOUN = 2  # the shortest noun a whole measures (`铁路`)
_CLAUSE = 12  # characters of a restrictive clause shown in a finding's explanation
_MODIFIER = 2  # the shortest modifier that makes a kind (`高速`; `手工业` is no kind of `工业`)
_WEAK = "两个数不在同一句，名称所示的从属关系未必同一统计口径"


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("head_parts.toml")


@lru_cache(maxsize=1)
def _measures() -> tuple[str, ...]:
    return tuple(sorted(_data()["head_parts"]["measures"], key=len, reverse=True))


def check(view: PageView) -> list[Draft]:
    drafts = []
    for whole in view.nums:
        if not _amount(view, whole):
            continue
        wname = unscoped(head(view, whole))
        noun = _measured_noun(wname)
        kinds = _category(wname)
        counted = _counted_noun(view, whole) if noun is None and not kinds else None
        if counted:
            wname = counted  # `800 多项成果`: the noun after a count is what it counts
        elif noun is None and not kinds:
            continue
        found = []
        for part in _after(view, whole):
            pname = unscoped(head(view, part))
            if pname == wname or not part.same_measure(whole) or not same_scope(whole, part) \
                    or not _amount(view, part):
                continue
            if counted:
                if part.sentence == whole.sentence and part.start > whole.end and part.value < whole.value \
                        and _counted_noun(view, part) == counted and _restricted(view, part):
                    said = view.text[view.clause_start(part.start):part.start].split("的")[-2]
                    pname = re.split("[、，,；]", said)[-1][-_CLAUSE:] + "的" + counted
                    found.append((part, pname, False, False))  # `获得部省级以上奖励的 200 多项成果`: some of them
            elif pname in kinds or (noun and _kind_of(pname, noun)):
                found.append((part, pname, pname in kinds, True))
        listed = sum(1 for _, _, of_category, _ in found if of_category)
        for part, pname, of_category, sure in found:
            if of_category and listed > 1:
                continue  # `第一产业增加值…第二产业增加值…`: a breakdown, the sum checks' (category_sum)
            # a count's noun said again after a restrictive clause (`获得…奖励的 M 项成果`) may pick
            # things beyond the N first counted (other years, other makers): never an error
            weak = None if part.sentence == whole.sentence and sure else _WEAK
            drafts.append(part_of_draft(whole, part, f"“{pname}”是“{wname}”所计的一类，其", weak))
    return drafts


def _amount(view: PageView, n: Num) -> bool:
    return n.type in SUMMABLE_TYPES and n.qualifier not in ("range", "under") \
        and is_amount(view, n) and not is_change(view, n)


def _after(view: PageView, whole: Num) -> list[Num]:
    """The numbers after the whole in its sentence and the next two of its paragraph, and those
    before it in its sentence (`高速公路通车里程 8000 公里，公路通车里程 21 万公里`); none after
    `其中` (a breakdown, the sum checks')."""
    out = [n for n in view.in_sentence(whole.sentence) if n.end < whole.start
           and not cues.contains_any(view.text[n.end:whole.start], "sum", "partial")]
    for k in range(_SENTENCES + 1):
        out += [n for n in view.in_sentence(whole.sentence + k)
                if n.start > whole.end and n.paragraph == whole.paragraph
                and not cues.contains_any(view.text[whole.end:n.start], "sum", "partial")]
    return out


def _counted_noun(view: PageView, n: Num) -> str | None:
    """The noun said right after a count (`12 亿人口`, `800 多项成果`) where the record names it as
    what is counted: a noun of some length, without `中` after it (`成果中`: the count is a scope)."""
    if n.type != "count":
        return None
    metric = (record_field(n, "metric") or "").rstrip("中")
    if len(metric) < _NOUN or not (view.text.startswith(metric, n.end) or n.text.endswith(metric)):
        return None
    return metric if not any(w in metric for w in _data()["head_parts"]["not_kind"]) else None


def _restricted(view: PageView, part: Num) -> bool:
    """A count right after `的` in its clause, with a clause of its own before (`获得部省级以上奖励的
    200 多项成果`): the words before 的 pick some of the things the noun counts."""
    before = view.text[view.clause_start(part.start):part.start]
    return before.endswith("的") and len(before.split("的")[-2]) >= _MODIFIER


def _measured_noun(name: str) -> str | None:
    """`铁路营业里程` gives 铁路: the noun before the longest word of measure that ends the name."""
    for m in _measures():
        if name.endswith(m) and len(name) - len(m) >= _NOUN:
            return name[:-len(m)]
    return None


def _kind_of(pname: str, noun: str) -> bool:
    """`电气化铁路`, `高速铁路营业里程`: a modifier, then the noun, then a word of measure or nothing."""
    core = next((pname[:-len(m)] for m in _measures() if pname.endswith(m)), pname)
    if not core.endswith(noun):
        return False
    modifier = core[:-len(noun)]
    return len(modifier) >= _MODIFIER and not any(w in modifier for w in _data()["head_parts"]["not_kind"])


def _category(wname: str) -> tuple[str, ...]:
    return next((tuple(c["kinds"]) for c in _data()["category"] if wname in c["wholes"]), ())
