"""A share's whole picked by what it measures when it is no larger than the part.

The finders of a share's whole (wholes.py, frames.py, stated_wholes.py) looked only at numbers
larger than the part: a part stated above its whole (a misprint, or the benchmark's mutation)
lost its whole, and the mismatch went unseen. Size now only breaks a tie (a larger number so
named first); where none is larger, a smaller one is taken when what the numbers measure ties
them (type and unit, place and period: measures.alike) and the words make it the whole:

    全省农村劳动力为 800 万人。…；其中，务农的 900 万人，占 60%
        the one number of the measure in the sentence before `其中`, said as a total or named
        with the part's head noun (`劳动力`)
    在 75 名出席代表中，妇女代表 80 人，占 22%
        the frame `在 N X 中，` of the share's own sentence, counting people, or counting the noun
        the part repeats
    全县共有教师 1200 人。…女教师 1300 人，占 52%
        a total said with a total word (`共`, `合计`) in the paragraph, counting the part's head noun

Only that wording makes a part above its whole `inconsistent`; a smaller number tied by less is
no whole (the share stays as it was, with no whole or with the reason it has).
"""
from __future__ import annotations

from functools import lru_cache

from . import cues, measures
from .model import Num, PageView

_HEAD = 2  # characters of a head noun two names must end with alike
_LABEL = 30  # characters before a number in which its name is read
_TOTAL_LABEL = 12  # characters before a number in which a total word makes it a total
_VERBS = "为是达有：:约近共计"


def name(view: PageView, n: Num) -> str:
    """The words naming a number, without the verb before it."""
    return view.label_before(n, _LABEL).rstrip(_VERBS)


def said_as_total(view: PageView, n: Num) -> bool:
    """A total word just before the number (`共有`, `合计`, `总数为`)."""
    return cues.contains_any(view.label_before(n, _TOTAL_LABEL), "rate", "total_words") is not None


def shares_head(view: PageView, whole: Num, part: Num) -> bool:
    """The two names end with the same head noun (`农村劳动力为` and `务农的劳动力`), or the part's
    words repeat the whole's last two characters (`教师` in `女教师`)."""
    w, p = name(view, whole), name(view, part) + view.noun_after(part)
    return len(w) >= _HEAD and w[-_HEAD:] in p


_BOUNDS = ("over", "under", "range")  # a number said as a bound (`100 亿元以上`) is no total


def alike(whole: Num, part: Num) -> bool:
    """measures.alike, and the whole a value, not a bound: a part above `100 亿元以上` says nothing."""
    return whole.qualifier not in _BOUNDS and measures.alike(whole, part)


def named_total_of(view: PageView, whole: Num, part: Num) -> bool:
    """A number no larger than the part that is still its whole by what both measure: place and
    period agree, and it is said as a total or named with the part's head noun."""
    return alike(whole, part) and not share_said(view, whole) \
        and (said_as_total(view, whole) or shares_head(view, whole, part))


def stated_total_of(view: PageView, whole: Num, part: Num) -> bool:
    """Stronger: said as a total AND named with the part's head noun, in the part's paragraph."""
    return alike(whole, part) and whole.paragraph == part.paragraph and not share_said(view, whole) \
        and said_as_total(view, whole) and shares_head(view, whole, part)


def share_said(view: PageView, n: Num) -> bool:
    """The number's own clause states its share of something (`共有 257 人，占总数的 11.71%`): it is
    itself a part, a sibling of the next share's part, not their whole."""
    end = view.clause_end(n.end)
    after = view.clause_end(end + 1) if view.text[end:end + 1] in "，,；;" else end
    return any(m.type == "percent" and "占" in view.text[n.end:m.start]
               for m in view.between(n.end, after))



_CONTEXT = 300  # characters of the part's paragraph before it in which a modifier may be said


@lru_cache(maxsize=1)
def _scope_words() -> tuple[str, ...]:
    words = set(cues.words("stated_bound", "head_scopes")) | set(measures.scope_words())
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _verbs() -> tuple[str, ...]:
    return tuple(sorted(cues.table("modifier_kinds.toml")["verbs"], key=len, reverse=True))


def modifier_said(view: PageView, whole_name: str, tail: str, part: Num) -> bool:
    """The whole's own modifier (its name before the noun both end with, without scope, time
    and verb words) is empty or said in the part's paragraph before it: a smaller number of the
    same name is its whole only then (`千户企业实现销售收入` … `千户企业…其销售收入` yes;
    `小微企业实现销售收入` … `大型企业…销售收入` no: a sibling kind)."""
    mod = whole_name[:len(whole_name) - len(tail)] if tail and whole_name.endswith(tail) else whole_name
    stripped = True
    while mod and stripped:
        stripped = False
        for w in _scope_words():
            if mod.startswith(w):
                mod, stripped = mod[len(w):], True
                break
        for w in _verbs():
            if mod.endswith(w):
                mod, stripped = mod[:-len(w)], True
                break
    if not mod:
        return True
    start = max(0, part.start - _CONTEXT)
    start = view.text.rfind("\n", start, part.start) + 1 or start
    return mod in view.text[start:part.start]
