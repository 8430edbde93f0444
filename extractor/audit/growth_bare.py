"""growth_bare: a rate of change said right after its level, with no base named or given.

    全市政府性基金预算收入 186.42 亿元，下降 12.6%        the level, a comma, the change word
    城镇、农村居民人均可支配收入分别达到 48620 元和 24380 元，分别增长 5.1%、6.7%
A reader checks X = A ÷ B − 1; the text gives A but no B and no word for it (`同比`, `比上年`
are read in growth.py), so the finding is unverifiable, naming the rate and its level, as the
gold conventions ask of a growth whose base is not in the text. Only a level that the change
plainly belongs to: nothing but a comma or `、` and change words between them (a clause of its
own subject, `其中出口增长`, is about something else), and no target (`力争…增长 6%`: a plan,
nothing reached to check yet).

    全年一般公共预算收入 3860 万元…（the year's review）…一般公共预算收入达到 4050 万元，增长 4.9%
a target's rate is planned over the closing year's level of its measure, said earlier in the
report: a level of the same name (the one ends with the other, four characters or more, the
plan's words taken off) before it, whose arithmetic gives the planned rate within its written
precision, makes it a checked claim (consistent); a miss is no evidence (another scope or year),
and the target is left alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import cues
from .arith import sharp
from .growth_calc import growth_draft
from .growth_open import aim_in
from .levels import name_of
from .model import Draft, Num, PageView
from .wording import Change, is_increment, own_subject

_TARGET_REACH = 60  # characters before a rate searched for target words in its sentence
_JOINS = re.compile("[，,、]")
_BACK = 400  # numbers before a target's level among which the closing year's level is looked for
_NAME = 4  # characters of a name that tie a target to a level said paragraphs before
_PLAN_WORDS = ("力争达到", "预期达到", "计划达到", "达到", "力争", "预期", "预计", "计划", "将")


@dataclass(frozen=True)
class BareDraft:
    """A bare rate's draft, reported by growth.bare_check after the checks that may find its base."""

    draft: Draft


def bare_growth(view: PageView, ch: Change, direction: str, local: list[Num], listed: bool) -> BareDraft | None:
    """The unverifiable growth of the level said right before ch (see above), or None. `listed`:
    local is already the level a `分别` list pairs with ch."""
    if ch.kind != "%" or not local:
        return None
    level = local[-1]
    if is_increment(view, level) or level.value <= 0:
        return None
    between = view.text[level.end:ch.start]
    for w in cues.words("stated_bound", "about_after"):  # `13.5 亿元左右，增长 5%`: the level's own word
        between = between.replace(w, "")
    if not listed and (len(_JOINS.findall(between)) != 1 or own_subject(view, _JOINS.sub("", between))):
        return None
    sent = view.sentences[view.sentence_index(ch.start)]
    if aim_in(view, max(sent.start, ch.start - _TARGET_REACH), ch.start):
        found = _over_closing_level(view, ch, direction, level)
        return BareDraft(found) if found is not None else None
    return BareDraft(Draft("growth", "unverifiable", [ch.ref, level.ref()], None, ch.shown,
                           f"{ch.written} 的比较基数（上年或同期的值）未在文中给出，无法核对。"))


def _over_closing_level(view: PageView, ch: Change, direction: str, level: Num) -> Draft | None:
    """A target's growth over the closing year's level of its measure said earlier (see above)."""
    name = _core(view.label_before(level)) if name_of(view, level) else ""  # the label whole: 预计 is no total
    if len(name) < _NAME:  # a target said `左右` is as sharp as targets are; the base must be sharp
        return None
    for n in reversed(view.before(level.start, _BACK)):
        if n.article != level.article or n.sentence == level.sentence or not n.same_measure(level) \
                or is_increment(view, n) or not sharp(n):
            continue
        other = _core(name_of(view, n) or "")
        if len(other) < _NAME or not (other.endswith(name) or name.endswith(other)):
            continue
        found = growth_draft(ch, direction, level, n)
        if found.verdict == "consistent":
            return found
    return None


def _core(name: str) -> str:
    """A level's name without the plan's words after it (`规模以上工业总产值力争` is 规模以上工业总产值)."""
    for w in _PLAN_WORDS:
        if name.endswith(w):
            return name[: -len(w)]
    return name
