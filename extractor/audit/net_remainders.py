"""sum: a gross amount against the amounts set off against it and the net left, on the words alone.

    账面亏损 6000 万欧元，动用 400 万欧元准备和 600 万欧元红利抵补一部分后，净亏损仍有 5000 万欧元。
    全年出口 800 亿元，进口 537 亿元，净出口 263 亿元。        800 = 537 + 263
    全年迁入 5000 人，迁出 3000 人，净迁入 2000 人。

A net is by its name what is left of its gross once what the sentence sets against it is taken
off: the name after the net word (`净`, data/net_remainders.toml), its first NOUN characters,
names the gross amount before it in its sentence (`净亏损` / `账面亏损`). The amounts of the
measure between them are what is set off, and gross = set-offs + net exactly (issue 12: the
words, not the arithmetic, say the relation is there, so a miss is `inconsistent`). Read only
where the words leave no doubt: one sentence; every number between them exact, plain
(discover.plain: no change, rate, target) and not itself named by the gross noun (`其中主营业务
利润 420 万元` is a kind of the gross, not a set-off), no `其中` opening parts between (`其中的一部分` points back), and a gross
itself after `其中` (`其中省外迁入 3000 人` is a part) is read as none; a base of comparison between
them (`上年为 700 亿元`, bases.is_base) is no set-off and is left out; a net change (`净增`,
net_sums.py) is no net of a gross amount. Each net number looks back at most WINDOW numbers:
linear in page length.
"""
from __future__ import annotations

import re
from typing import Optional

from . import cues
from .bases import is_base
from .discover import plain
from .findings import sum_draft
from .heads import head
from .model import Draft, Num, PageView

_OPENED = re.compile("其中(?!的)")  # `其中 X N`: parts of the gross follow; `抵补其中的一部分` only points back
NOUN = 2  # characters after the net word that must name the gross amount
WINDOW = 6  # numbers before a net amount tried as its gross


def _net_words() -> tuple[str, ...]:
    return tuple(cues.table("net_remainders.toml")["net_remainders"]["net"])


def _changes() -> tuple[str, ...]:
    t = cues.table("net_sums.toml")["net_sums"]
    return tuple(t["net_up"]) + tuple(t["net_down"])


def check(view: PageView) -> list[Draft]:
    out: list[Draft] = []
    nums = view.nums
    for k, net in enumerate(nums):
        noun = _netted(view, net)
        if noun is None:
            continue
        d = _gross(view, net, noun, nums[max(0, k - WINDOW):k])
        if d is not None:
            out.append(d)
    return out


def _netted(view: PageView, n: Num) -> Optional[str]:
    """The noun a net amount nets (`净亏损仍有 5000 万欧元`: 亏损), None for any other number."""
    name = head(view, n)
    at = max(name.rfind(w) for w in _net_words())
    noun = name[at + 1:at + 1 + NOUN] if at >= 0 else ""
    if len(noun) < NOUN or any(w in name[at:] for w in _changes()) or not plain(view, n):
        return None
    return noun


def _gross(view: PageView, net: Num, noun: str, before: list[Num]) -> Optional[Draft]:
    for i in range(len(before) - 1, -1, -1):
        gross = before[i]
        if gross.sentence != net.sentence:
            return None
        if not gross.same_measure(net) or noun not in head(view, gross) or not plain(view, gross):
            continue
        if _OPENED.search(view.text[view.clause_start(gross.start):gross.start]):
            return None  # `其中省外迁入 3000 人`: the nearest amount of the noun is a part, not the gross
        # `上年为 700 亿元`: a base of comparison between them is no set-off
        between = [m for m in before[i + 1:] if m.same_measure(net) and not is_base(view, m)]
        span = view.text[gross.end:net.start]
        if not between or _OPENED.search(span) or any(not plain(view, m) or noun in head(view, m) for m in between):
            return None
        d = sum_draft(gross, between + [net], True, f"净{noun}是{noun}减去句中冲抵的各项后所余")
        d.extra["found_by"] = "words"
        return d
    return None
