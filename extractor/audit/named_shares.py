"""rate over a list of names whose shares follow `分别为`: each name's amount said before.

    第一产业增加值 a 亿元，第二产业增加值 b 亿元，第三产业增加值 c 亿元。
    第一、二、三产业增加值占地区生产总值的比重分别为 x%、y% 和 z%。
The clause names its parts as a list before `占` (its items may be cut short, `第一、二、三产业`:
each is found in its part's name) and its whole between `占` and `的比重` (or `比重`, `的`); the
shares follow `分别为`. Each part is the nearest amount of one measure, in the sentences before
(at most `_BACK` of them, in the paragraph), whose name holds the item and no other item; the
whole the nearest amount of that measure before whose name holds the whole's name. All items
must be found, each a different amount, the shares as many as the items.
"""
from __future__ import annotations

import re

from ..fact_types import SUMMABLE_TYPES
from .model import Draft, Num, PageView
from .rate_drafts import rate_draft
from .respective import share_list

_CLAUSE = re.compile(r"(?P<items>[^，。；：！？\n]{2,40}?)占(?P<whole>[^，。；、]{2,20}?)(?:的)?比重分别为")
_SEP = re.compile("[、和及与]")
_BACK = 3  # sentences before the shares where the parts and the whole are said
_NUMS = 60  # numbers before the shares looked at (a table written as one sentence stays linear)
_NAME = 30  # characters of a part's name read before it


def check(view: PageView) -> list[Draft]:
    drafts = []
    for m in _CLAUSE.finditer(view.text):
        items = [i for i in _SEP.split(m.group("items")) if i]
        shares = share_list(view, m.end(), view.clause_end(m.end()))
        sent = view.sentence_index(m.start())
        if len(items) < 2 or len(shares) != len(items) or sent < 0:
            continue
        before = [n for n in view.before(m.start(), _NUMS) if n.type in SUMMABLE_TYPES
                  and sent - _BACK <= n.sentence <= sent and n.paragraph == view.sentences[sent].paragraph]
        parts = [_named(view, before, item, items) for item in items]
        if any(p is None for p in parts) or len({id(p) for p in parts}) != len(parts):
            continue
        whole = _named(view, [n for n in before if n.same_measure(parts[0])], m.group("whole"), [])
        if whole is None or any(not p.same_measure(whole) or p is whole for p in parts):
            continue
        drafts += [rate_draft(s, p, whole) for s, p in zip(shares, parts)]
    return drafts


def _named(view: PageView, nums: list[Num], item: str, others: list[str]) -> Num | None:
    """The nearest number whose name holds the item and none of the other items."""
    for n in reversed(nums):
        name = view.label_before(n, _NAME)
        if item in name and not any(o != item and o in name for o in others if len(o) > len(item)):
            return n
    return None

