"""sum: a whole followed by one part for each member of a category set that divides it, said
without `其中` (sum.py reads the breakdowns after it).

    年末常住人口 4012 万人，城镇常住人口 2530 万人，乡村常住人口 1482 万人
    地区生产总值 6540 亿元，增长 5.2%。第一产业增加值 520 亿元，…第二产业…，第三产业…
    年末总人口 4012 万人，男性 2046 万人，女性 1966 万人
The parts are the numbers of the whole's measure that follow it, in its sentence and the next
of its paragraph (changes left out), in a row, each named by one member of one set
(data/complementary.toml) and the same rest (常住人口, 增加值, 性); each member once. The whole is
the number of that measure right before the first part, named by that rest, or by a name
data/category_sum.toml gives the whole of that rest (生产总值 for 增加值), of the same place and
period. The members divide the whole, so the parts must add up to it. A number named by a member
of a set that holds the parts' members too (`省级示范村 8 个、市级…14 个、县级…20 个`) is their
sibling, not their whole; so is one that ends another set's run right before it (`城镇人口 a，乡村人口 b；
男性人口 c，女性人口 d`: the total before them is broken down twice); a run cut by a member named with another rest in the same sentence
(`中央资金 a，省级资金 b，县级配套 c`) may hold more members than those read, and is not read.
"""
from __future__ import annotations

from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .amounts import is_change
from .breakdown_cues import sentence_heads
from .findings import sum_draft
from .heads import head, same_scope, unscoped
from .model import Draft, Num, PageView

_SENTENCES = 1  # the parts may follow in the next sentence
_MOST = 8  # numbers looked at after a whole


@lru_cache(maxsize=1)
def _whole_names() -> dict[str, tuple[str, ...]]:
    return {w["rest"]: tuple(w["names"]) for w in cues.table("category_sum.toml")["whole"]}


def _member(name: str) -> tuple[str, str] | None:
    """The longest member of a category set that opens the name, and the rest of the name."""
    found = [m for members in cues.complementary_sets() for m in members if name.startswith(m)]
    if not found:
        return None
    m = max(found, key=len)
    return m, name[len(m):]


def check(view: PageView) -> list[Draft]:
    drafts = []
    for whole in view.nums:
        if whole.type not in SUMMABLE_TYPES or whole.qualifier not in ("exact", "about"):
            continue
        later = [n for k in range(_SENTENCES + 1) for n in view.in_sentence(whole.sentence + k)
                 if n.start > whole.end and n.paragraph == whole.paragraph]
        parts, rest = _run(view, whole, later[:_MOST])
        if len(parts) < 2 or cues.contains_any(view.text[whole.end:parts[0].start], "sum", "partial"):
            continue
        if parts[0].sentence != whole.sentence and whole not in sentence_heads(view, whole.sentence, [whole]):
            continue  # a part after `其中` is no whole of a breakdown said in a later sentence
        wname = unscoped(head(view, whole))
        named = (len(rest) >= 2 and wname.endswith(rest)) or any(wname.endswith(w) for w in _whole_names().get(rest, ()))
        members = [_member(unscoped(head(view, p)))[0] for p in parts]
        if named and _complete(members) and all(same_scope(whole, p) for p in parts) \
                and not _sibling(wname, members) and not _item_of_set(view, whole, wname):
            drafts.append(sum_draft(whole, parts, True, f"{'、'.join(members)}合为全部"))
    return drafts


def _run(view: PageView, whole: Num, later: list[Num]) -> tuple[list[Num], str]:
    """The numbers of the whole's measure in a row after it, each named by a member of a set and
    one common rest."""
    parts: list[Num] = []
    rest = None
    for n in later:
        if not n.same_measure(whole) or is_change(view, n):
            continue
        found = _member(unscoped(head(view, n)))
        if found is None or n.qualifier == "range" or (rest is not None and found[1] != rest):
            if found is not None and parts and n.sentence == parts[-1].sentence:
                return [], ""  # `中央资金 a，省级资金 b，县级配套 c`: a member named otherwise goes on with the set
            break
        rest = found[1]
        parts.append(n)
    return parts, rest or ""


def _sibling(wname: str, members: list[str]) -> bool:
    """The whole's own name opens with a member of a set that holds the parts' members too: it is
    one of the categories, listed before the others."""
    found = _member(wname)
    return found is not None and any(found[0] in s and set(members) <= set(s) for s in cues.complementary_sets())


def _item_of_set(view: PageView, whole: Num, wname: str) -> bool:
    """The whole is itself the last item of another set's run right before it (`城镇人口 a，乡村人口 b；男性 c，女性 d`:
    乡村人口 ends the 城乡 breakdown; 男性 and 女性 break the total before it down again, not 乡村人口)."""
    own = _member(wname)
    if own is None:
        return False
    prior = [n for n in view.in_sentence(whole.sentence) if n.end <= whole.start and n.same_measure(whole)]
    found = _member(unscoped(head(view, prior[-1]))) if prior else None
    return found is not None and found[0] != own[0] and found[1] == own[1] \
        and any(own[0] in s and found[0] in s for s in cues.complementary_sets())


def _complete(members: list[str]) -> bool:
    """The members are one set, each once."""
    return len(set(members)) == len(members) and any(
        sorted(s) == sorted(members) for s in cues.complementary_sets())
