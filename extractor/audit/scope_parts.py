"""part_of / sum: parts said `在 X 中，` or `在 X 内，` of a whole named X in a sentence before.

    …科技事业支出为 W 元…。在科技事业费内，基础研究支出为 P 元
    …工资总额…，比上年增加 W 元。在增加的工资总额中，用于新招职工的约有 P1 元，用于…的有 P2 元

`在 X 中，` opening a sentence takes up a whole said before by its name, as `其中` does
(subsets.py) and `这些 X` does for counted things (these_parts.py); among.py reads the scope
when it holds a number (`在 46 种产品中`). The whole is the nearest amount of the parts' measure in
the sentences before (same paragraph) whose sentence names X (a total word such as 总额 dropped,
费 read as 支出: data/scope_parts.toml); `增加的 X` names the increase of X said before, a change.
One part is held against the whole; two or more are summed, a partial list unless they add up
or name every member of a category set (`新增`/`原有`: data/complementary.toml), then all of it.
Shares said in the scope's sentence (`在全县工业总产值中，A 的产值将上升到 a%，B 的将下降为 b%`)
are the whole's parts too: where they make up 100% within their rounding they are all of it
(consistent; shares that miss 100% may name only some parts, and nothing is said).
A name may point at another amount of that name: a part over a whole with another amount of the
measure said between them is only unverifiable. A claim another check reads is left to it (CLAIM_ONLY in __init__.py:
frames.py reads `在 X 中` after a breakdown whose parts it names).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from ..fact_types import SUMMABLE_TYPES
from .amounts import is_amount, is_change
from .findings import part_of_draft, sum_draft
from .heads import same_scope
from .model import Draft, Num, PageView
from .share_lists import rounded_share
from .declared_sets import complementary
from .tolerance import Interval, fmt

_NAME = (2, 14)  # characters of X
_SENTENCES = 3  # sentences back where the whole may stand
_NUMERALS = "0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万亿两"


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("scope_parts.toml")["scope_parts"]


@lru_cache(maxsize=1)
def _scope_re() -> re.Pattern:
    closers = "|".join(map(re.escape, sorted(_cues()["closers"], key=len, reverse=True)))
    return re.compile(f"(?:^|(?<=[。；！？\n]))在([^，。；！？、\n]{{{_NAME[0]},{_NAME[1]}}}?)(?:{closers})")


def check(view: PageView) -> list[Draft]:
    drafts = []
    for m in _scope_re().finditer(view.text):
        name = m.group(1)
        if name.startswith(tuple(_cues()["not_open"])) or any(ch in _NUMERALS for ch in name):
            continue
        d = _scoped(view, m.end(), name)
        if d is not None:
            drafts.append(d)
    return drafts


def _scoped(view: PageView, after: int, name: str) -> Draft | None:
    """The finding of a scope named `name` whose sentence goes on at `after`: its shares making up
    100%, or its parts against the whole said by that name in the sentences before
    (scope_open_parts.py reads `X中，` without `在`, a measure at a time)."""
    made = _shares(view, after, name)
    if made is not None:
        return made
    found = _parts_and_whole(view, after, name)
    if found is None:
        return None
    whole, parts, sure = found
    why = f"“在{name}”中所说的部分"
    if len(parts) == 1:
        return part_of_draft(whole, parts[0], why, None if sure else f"“{name}”也可能指前文的另一个数")
    # parts naming every member of a category set (新增/原有) are the whole breakdown
    members = complementary([view.text[view.clause_start(p.start):p.start] for p in parts]) if sure else None
    return sum_draft(whole, parts, bool(members), f"各部分（{'/'.join(members)}）构成全部类别" if members
                     else f"“在{name}”中只列出其中几项", disjoint=sure)


def _parts_and_whole(view: PageView, after: int, name: str) -> tuple[Num, list[Num], bool] | None:
    """The whole named by `name` and the parts said in the scope's sentence; whether the whole
    is the nearest amount of their measure before the scope (the sentences between, a remark
    such as `如果把…加入计算，则…增长 26.39%`, hold none): the name then takes up that amount."""
    sent = view.sentence_index(after)
    if sent < 0:
        return None
    # a part's own breakdown (`…资金 2140 万元，其中用于产业的 1520 万元`) is nested, not a sibling
    parts = [n for n in view.in_sentence(sent) if n.start >= after and n.type in SUMMABLE_TYPES
             and n.type != "percent" and is_amount(view, n) and not is_change(view, n)
             and not cues.contains_any(view.text[after:n.start], "sum", "partial")]
    if not parts:
        return None
    names, increase = named_whole(name)
    para = view.sentences[sent].paragraph
    for back in range(sent - 1, max(-1, sent - 1 - _SENTENCES), -1):
        if view.sentences[back].paragraph < para - 1:  # a scope opening a paragraph takes up the one before
            return None
        start = view.sentences[back].start
        for n in reversed(view.in_sentence(back)):
            if not n.same_measure(parts[0]) or bool(increase) != is_change(view, n) or not is_amount(view, n):
                continue
            # a level is named in its own clause; an increase after the clause naming what grew
            said = view.text[start if increase else max(start, view.clause_start(n.start)):n.start]
            if any(w in said for w in names):
                alike = [p for p in parts if p.same_measure(n)]
                # the name alone does not make last year's whole this year's (`2024年…支出为 W。
                # …在…支出中，2025年…为 P`): a part of another period or place is no part of it
                if not all(same_scope(n, p) for p in alike):
                    return None
                return n, alike, not any(m.same_measure(parts[0]) and is_amount(view, m)
                                         for k in range(back + 1, sent) for m in view.in_sentence(k))
    return None


def named_whole(name: str) -> tuple[list[str], bool]:
    """The names the whole said as `name` may go by, and whether `name` says the increase of that
    whole (`增加的工资总额`: the amount the total grew by, a change said before)."""
    increase = next((w for w in _cues()["increase"] if name.startswith(w)), None)
    return _names(name[len(increase):] if increase else name), bool(increase)


def _names(core: str) -> list[str]:
    """The name and the names that mean the same: without a total word, with 费 as 支出."""
    out = [core]
    for end in _cues()["total_ends"]:
        if core.endswith(end) and len(core) - len(end) >= 2:
            out.append(core[:-len(end)])
    for group in _cues()["same_words"]:
        for w in group:
            for n in list(out):
                if n.endswith(w):
                    out += [n[:-len(w)] + other for other in group if other != w]
    return [n for n in out if len(n) >= 2]


def _shares(view: PageView, after: int, name: str) -> Draft | None:
    """The scope sentence's shares of the whole named, where two or more make up 100%."""
    sent = view.sentence_index(after)
    nums = [n for n in view.in_sentence(sent) if n.start >= after] if sent >= 0 else []
    if len(nums) < 2 or any(n.type != "percent" or n.unit != "%" or n.qualifier != "exact" or is_change(view, n)
                            for n in nums):
        return None
    got = sum((rounded_share(n) for n in nums), Interval(0.0, 0.0))
    if not got.meets(Interval.point(100.0)):
        return None
    point = sum(n.value for n in nums)
    said = " + ".join(n.written for n in nums)
    return Draft("sum", "consistent", [n.ref() for n in nums], round(point, 4), 100,
                 f"“在{name}”中所列各部分比重 {said} = {fmt(point, 2)}%，合为整体 100%（在所写精度之内）。",
                 {"breakdown": "exhaustive"})
