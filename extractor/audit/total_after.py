"""part_of for a part said right before the total of its noun, in one sentence.

    一期工程已完成投资 8.5 亿元，整个项目总投资 26 亿元     the total named with 总 after its part
    女职工 320 人，全厂职工共有 860 人                      the total said with 共有 after a kind of it

The part is the one number of the whole's measure before it in the sentence (several are a sum,
sum.py's), in an earlier clause; its name ends with the noun the total counts and adds words of
its own before it (a kind or a phase: `女职工`, `一期工程…投资`). The total's own words before
`总` (its topic) must end in a general word (`园区项目`) or be said in the part's name too: `一期工程总投资` holds no
`二期` figure. Place and period agree. Both in one sentence, a part over its total is an error of
the text (data/total_after.toml).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from ..fact_types import SUMMABLE_TYPES
from .amounts import is_amount, is_change
from .findings import part_of_draft
from .heads import same_scope
from .model import Draft, Num, PageView

_QUALIFIERS = ("exact", "about", "over")
_NOUN = 2  # the shortest noun a total counts (`投资`, `职工`)
_PHASE = re.compile(r"[一二三四五六首末][期批]")  # a phase or batch names a part, never the whole


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("total_after.toml")["total_after"]


def check(view: PageView) -> list[Draft]:
    drafts = []
    for whole in view.nums:
        if not _counted(view, whole):
            continue
        named = _total_name(view.label_before(whole))
        if named is None:
            continue
        noun, topic, scoped = named
        before = [n for n in view.in_sentence(whole.sentence) if n.end <= whole.start and n.same_measure(whole)]
        if len(before) != 1:
            continue
        part = before[0]
        if part.end > view.clause_start(whole.start) or "；" in view.text[part.end:whole.start] \
                or not _counted(view, part) or not same_scope(whole, part):
            continue
        name = _bare(view.label_before(part))
        if not name.endswith(noun) or len(name) <= len(noun) or any(w in name for w in _cues()["not_part"]):
            continue
        if topic and not (scoped and topic.endswith(tuple(_cues()["general_topics"]))) \
                and topic not in _cues()["general_topics"] and topic not in name:
            continue  # `高速公路总里程` after `铁路里程`, `续建项目总投资` after `新开工项目…投资`: another thing's
            # (`整个园区项目总投资`: a scope word makes the named project the whole its phases lie in)
        drafts.append(part_of_draft(whole, part, f"其后所说“{noun}”的总数 {whole.written} 之中的一部分", None))
    return drafts


def _counted(view: PageView, n: Num) -> bool:
    return n.type in SUMMABLE_TYPES and n.qualifier in _QUALIFIERS and is_amount(view, n) and not is_change(view, n)


def _total_name(label: str) -> tuple[str, str, bool] | None:
    """The noun a total counts, the topic said before its `总` and whether a scope word opened it (`整个项目总投资` → 投资, 项目, True;
    `全厂职工共有` → 职工, ''), or None where the label names no total."""
    c = _cues()
    label = label.lstrip("，、")
    for w in c["said_totals"]:
        if label.endswith(w) or label.startswith(w) or _unscoped(label).startswith(w):
            rest = _unscoped(label.replace(w, "", 1))
            if len(rest) >= _NOUN and not _PHASE.search(rest) and c["named_total"] not in rest:
                return rest, "", False
            return None
    at = label.rfind(c["named_total"])
    if at < 0:
        return None
    noun, topic = _bare(label[at + 1:]), _unscoped(label[:at])
    scoped = topic != label[:at]
    if len(noun) < _NOUN or _PHASE.search(topic):
        return None
    return noun, topic, scoped


def _unscoped(name: str) -> str:
    """A name without the scope words opening it (`整个项目` → 项目, `全厂职工` → 职工)."""
    c = _cues()
    for w in c["scopes"]:
        if name.startswith(w):
            return name[len(w):]
    if name.startswith(c["scope_lead"]) and len(name) > 1 + _NOUN:
        return name[2:]
    return name


@lru_cache(maxsize=1)
def _verbs() -> tuple[str, ...]:
    """The verbs a name may hold before its number, the longest first."""
    return tuple(sorted(_cues()["verbs"], key=len, reverse=True))


def _bare(name: str) -> str:
    """A name without the verbs between it and its number (`一期工程已完成投资` → 一期工程投资)."""
    verbs = _verbs()
    for w in verbs:
        if name.endswith(w):
            return name[:-len(w)]
    for w in verbs:
        at = name.rfind(w)
        if at > 0 and len(name) - at - len(w) >= _NOUN:
            return name[:at] + name[at + len(w):]
    return name
