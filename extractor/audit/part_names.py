"""part_of by name: a number named by a kind of a whole (data/part_names.toml) is part of the
number named by that whole beside it; both names are the listed words themselves, with a total
word or an addition word at most (a modifier names another whole or kind).

    全省经营主体 1163.7 万户，企业 410.1 万户             企业 is a kind of 经营主体
    进出口总额 8200 亿元、增长 6.1%，出口 5100 亿元        出口 of 进出口 (`总额`, `总值` after a name
                                                       name its total)
The kind's number stands in the whole's sentence or one of the next three of its paragraph, after it,
in the same unit, place and period; a breakdown after `其中` is sum.py's. A kind over its
whole is inconsistent in one sentence, unverifiable across two.
"""
from __future__ import annotations

from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .heads import head, same_scope, unscoped
from .model import Draft, Num, PageView
from .findings import part_of_draft

_TOTAL_WORDS = ("总容量", "总规模", "总额", "总值", "总量", "总数", "总", "容量", "数量")
_TOTAL = "总"
_SENTENCES = 3  # sentences after the whole's in which its kinds may be said  # `电力总装机`, `总装机` name the whole of `电力装机`, `装机`


@lru_cache(maxsize=1)
def _wholes() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((w["name"], tuple(sorted(w["kinds"], key=len, reverse=True)))
                 for w in cues.table("part_names.toml")["whole"])


def _named(name: str, word: str) -> bool:
    """The name is the word itself, with a total word after it (`进出口总额`, `装机容量`) or in
    it (`电力总装机`), or an addition before it (`净增经营主体`): a modifier
    (`限上批零住餐业经营主体`) names another whole."""
    for lead in cues.words("part_of", "increment"):
        if name.startswith(lead):
            name = name[len(lead):]
            break
    total = next((t for t in _TOTAL_WORDS if name.endswith(t) and len(name) > len(t)), "")
    return name[:len(name) - len(total)].replace(_TOTAL, "") == word


def kind_of(whole: str, part: str) -> str | None:
    """The kind a part's name names, where the whole's name names a whole of it in the table."""
    found = next((k for w, k in _wholes() if _named(whole, w)), None)
    return next((k for k in found if _named(part, k)), None) if found else None


def check(view: PageView) -> list[Draft]:
    drafts = []
    for whole in view.nums:
        if whole.type not in SUMMABLE_TYPES or whole.qualifier == "range":
            continue
        wname = unscoped(head(view, whole))
        found = next(((w, k) for w, k in _wholes() if _named(wname, w)), None)
        if found is None:
            continue
        wword, kinds = found
        for part in [n for k in range(_SENTENCES + 1) for n in view.in_sentence(whole.sentence + k)]:
            if part.start <= whole.end or part.paragraph != whole.paragraph or not part.same_measure(whole) \
                    or part.qualifier == "range" or not same_scope(whole, part):
                continue
            pname = unscoped(head(view, part))
            kind = next((k for k in kinds if _named(pname, k)), None)
            if kind is None or _named(pname, wword) \
                    or cues.contains_any(view.text[whole.end:part.start], "sum", "partial") \
                    or _is_change(view, part):
                continue
            weak = None if part.sentence == whole.sentence else "两个数不在同一句，未必同一口径"
            drafts.append(part_of_draft(whole, part, f"“{kind}”是“{wname}”的一类，其", weak))
    return drafts


def _is_change(view: PageView, n: Num) -> bool:
    label = view.label_before(n)
    return any(cues.contains_any(label, "growth", key) for key in ("up", "down", "base_before"))
