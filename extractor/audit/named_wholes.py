"""part_of by the name of the whole, said with the part:

    国有企业进出口 1636.6 亿美元，占外贸总值的 50.4%   a share of a named whole: part of the
                                                     number of that name before it in the
                                                     article (or later in its sentence)
    工业投资 1100 亿元，工业投资中制造业投资 860 亿元   `X中` opening a clause names a part of X
"""
from __future__ import annotations

import re

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .cues import direction
from .findings import part_of_draft
from .heads import head, same_scope, unscoped
from .model import Draft, Num, PageView

_SHARED_TAIL = 2  # a whole and its part end in the same noun of this many characters
_NAME_CHARS = 3  # the shortest name of a whole a share is said of
_SHARE_REACH = 80  # numbers before a share among which its whole is named
_NAME_EXTRA = 3  # characters the whole's name may add inside it (`外贸进出口总值` for `外贸总值`)


def check(view: PageView) -> list[Draft]:
    return _share_of_named(view) + _named_among(view)


def _changed(label: str) -> bool:
    """`比上年增加超过 20 万吨`: a change or a comparison, no whole."""
    return any(cues.contains_any(label, "growth", key) for key in ("up", "down", "base_before"))


_AMONG_NAMED = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,8})中[，,]?(?!国|心|央|部|间|期|旬|型|等|小)")


def _named_among(view: PageView) -> list[Draft]:
    """`工业投资 1100 亿元，工业投资中制造业投资 860 亿元`, `企业 929.8 万户，企业中民营企业
    850.2 万户`: a clause opening with the name of an earlier number and 中 names a part of it."""
    drafts = []
    for part in view.nums:
        if part.type not in SUMMABLE_TYPES:
            continue
        start = view.clause_start(part.start)
        m = _AMONG_NAMED.match(view.text, start)
        if m is None or m.end() > part.start or any(c in view.text[m.end():part.start] for c in "，；："):
            continue
        name = m.group("name")
        wholes = [n for n in view.in_sentence(part.sentence) if n.end <= start and n.same_measure(part)
                  and _one_ends_other(unscoped(head(view, n)), name)]
        if wholes:
            drafts.append(part_of_draft(wholes[-1], part, f"“{name}中”的部分"))
    return drafts


# a name may hold Latin letters (`R&D经费`) and a line break of a hard-wrapped page (`R&\nD`)
_SHARE_NAME = r"占(?P<name>[\u4e00-\u9fffA-Za-z&\s]{2,16}?)(?:的比重|的比例|的份额|比重|比例|的)"
# `，占外贸总值的` after a part's number; SHARE_BEFORE: the same words ending right before a share's
# number (`占全省基础研究经费的比重为 63.2%`)
SHARE_OF = re.compile(r"[，,]?\s*(?:约|仅|已)?" + _SHARE_NAME)
SHARE_BEFORE = re.compile(_SHARE_NAME + r"(?:为|达)?\s*$")
_SPACE = re.compile(r"\s+")


def squeeze(text: str) -> str:
    """The text without the white space a hard-wrapped page puts inside words."""
    return _SPACE.sub("", text)


def _share_of_named(view: PageView) -> list[Draft]:
    """`国有企业进出口 1636.6 亿美元，占外贸总值的 50.4%`: a number said as a share of a named
    whole is part of the number of that name (`外贸进出口总值达 3250.6 亿美元`), earlier in the
    article or later in its sentence."""
    drafts = []
    for i, part in enumerate(view.nums):
        if part.type not in SUMMABLE_TYPES:
            continue
        m = SHARE_OF.match(view.text, part.end)
        growth = view.nums[i + 1] if i + 1 < len(view.nums) else None
        if m is None and growth is not None and growth.type == "percent" \
                and direction(view.text[part.end:growth.start].lstrip("，"), "growth"):
            m = SHARE_OF.match(view.text, growth.end)  # `1636.6 亿美元，增长 12.7%，占外贸总值的`
        if m is None:
            continue
        found = share_whole(view, part, squeeze(m.group("name")))
        if found is not None:
            drafts.append(part_of_draft(found[0], part, f"占“{squeeze(m.group('name'))}”的部分", found[1]))
    return drafts


def share_whole(view: PageView, part: Num, said: str) -> tuple[Num, str | None] | None:
    """The whole a share of the part names (`占外贸总值的`: said = 外贸总值): the amount of the
    part's measure of that name, earlier in the article or later in its sentence, nearest; with
    why it may not be the one meant (None where said in the sentence by that very name)."""
    name = unscoped(said)
    near = view.before(part.start, _SHARE_REACH) + view.in_sentence(part.sentence)
    wholes = [n for n in near if n is not part and n.same_measure(part) and n.article == part.article
              and (n.end <= part.start or n.sentence == part.sentence) and n.qualifier in ("exact", "about")
              and names_whole(name, squeeze(unscoped(head(view, n)))) and not _changed(head(view, n)) and same_scope(n, part)
              and not cues.contains_any(head(view, n), "part_of", "not_whole")]
    if not wholes:
        return None
    whole = min(wholes, key=lambda n: (n.sentence != part.sentence, abs(n.start - part.start)))
    tied = whole.sentence == part.sentence and squeeze(unscoped(head(view, whole))) == name
    return whole, None if tied else "整体是按名称在文中找到的，未必是同一口径"


def _one_ends_other(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return len(short) >= _SHARED_TAIL and long_.endswith(short)


def names_whole(name: str, whole: str) -> bool:
    """`外贸总值` names `外贸进出口总值`: its characters in order, ending alike."""
    if len(name) < _NAME_CHARS or not whole or name[-1] != whole[-1]:
        return False
    if whole.endswith(name):
        return True
    it = iter(whole)
    return len(whole) <= len(name) + _NAME_EXTRA and all(c in it for c in name)
