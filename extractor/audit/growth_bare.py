"""growth_bare: a rate of change said right after its level, with no base named or given.

    全市政府性基金预算收入 186.42 亿元，下降 12.6%        the level, a comma, the change word
    城镇、农村居民人均可支配收入分别达到 48620 元和 24380 元，分别增长 5.1%、6.7%
A reader checks X = A ÷ B − 1; the text gives A but no B and no word for it (`同比`, `比上年`
are read in growth.py), so the finding is unverifiable, naming the rate and its level, as the
gold conventions ask of a growth whose base is not in the text. Only a level that the change
plainly belongs to: nothing but a comma or `、` and change words between them (a clause of its
own subject, `其中出口增长`, is about something else), and no target (`力争…增长 6%`: a plan,
nothing reached to check yet).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import cues
from .model import Draft, Num, PageView
from .wording import Change, is_increment, own_subject

_TARGET_REACH = 60  # characters before a rate searched for target words in its sentence
_JOINS = re.compile("[，,、]")


@dataclass(frozen=True)
class BareDraft:
    """A bare rate's draft, reported by growth.bare_check after the checks that may find its base."""

    draft: Draft


def bare_growth(view: PageView, ch: Change, local: list[Num], listed: bool) -> BareDraft | None:
    """The unverifiable growth of the level said right before ch (see above), or None. `listed`:
    local is already the level a `分别` list pairs with ch."""
    if ch.kind != "%" or not local:
        return None
    level = local[-1]
    if is_increment(view, level) or level.value <= 0:
        return None
    between = view.text[level.end:ch.start]
    if not listed and (len(_JOINS.findall(between)) != 1 or own_subject(view, _JOINS.sub("", between))):
        return None
    sent = view.sentences[view.sentence_index(ch.start)]
    if cues.contains_any(view.text[max(sent.start, ch.start - _TARGET_REACH):ch.start], "growth", "target"):
        return None
    return BareDraft(Draft("growth", "unverifiable", [ch.ref, level.ref()], None, ch.shown,
                           f"{ch.written} 的比较基数（上年或同期的值）未在文中给出，无法核对。"))
