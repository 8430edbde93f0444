"""rate: a share said right after its part, of a whole named in the share and said before.

    全省共投入 R&D 经费 1386.42 亿元，…。（paragraphs on）上述 5 个市 R&D 经费合计 996.92 亿元，占全省的 71.9%
    各类企业 R&D 经费 1098.46 亿元…。规模以上工业企业 R&D 经费 986.35 亿元，占各类企业 R&D 经费的 89.8%
    高等学校 R&D 经费 152.70 亿元…。基础研究经费 61.34 亿元，占高等学校 R&D 经费的 40.2%
A statistics bulletin gives a part and at once its share of a whole it named a paragraph or more
before (`X N，占 Y 的 P%`): the part is the amount the share follows, the whole the amount of
the same measure named Y (named_wholes.share_whole), or, where Y is only a scope (`全省`, `全国`,
data/share_of_named.toml), the nearest earlier amount of that measure whose name the part's ends
with (`R&D 经费` of `上述 5 个市 R&D 经费合计`), larger than the part. Only a whole said in
the share's own sentence by the very name Y ties the share strongly enough for an error; a whole
found by name before it makes a mismatch unverifiable (another amount of that name may be meant).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .amounts import is_change
from .heads import head, unscoped
from .model import Draft, Num, PageView
from .named_wholes import SHARE_OF, names_whole, squeeze
from .rate_drafts import rate_draft
from .rate_terms import shares_time

_REACH = 80  # numbers before the share among which a whole named only by its scope is looked for
_TAIL = 3  # characters of the whole's name the part's name must end with (`R&D经费`, `当量`)
_WEAK = "整体是按名称在前文找到的，未必是同一口径"


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("share_of_named.toml")["share_of_named"]


def check(view: PageView) -> list[Draft]:
    drafts = []
    parts: dict[int, Num] = {}  # a share's start: its part, for a share said right after it
    for i, n in enumerate(view.nums):
        part = parts.get(n.start, n)  # `61.34 亿元，占 A 的 40.2%，占 B 的 63.2%`: one part, two wholes
        if part.type not in SUMMABLE_TYPES or is_change(view, part):
            continue
        m = SHARE_OF.match(view.text, n.end)
        if m is None:
            continue
        share = _share_after(view, i, m.end())
        if share is None:
            continue
        parts[share.start] = part
        name = squeeze(m.group("name"))
        if name in _data()["scopes"]:
            whole, weak = _scope_whole(view, part), _WEAK
        else:
            whole, weak = _named_whole(view, part, unscoped(name))
        if whole is not None and whole.value > 0:
            drafts.append(rate_draft(share, part, whole, weak))
    return drafts


def _share_after(view: PageView, i: int, at: int) -> Num | None:
    """The percentage the share's clause states (`的 89.8%`, `的比重为 4.92%`), the next number."""
    share = view.nums[i + 1] if i + 1 < len(view.nums) else None
    if share is None or share.type != "percent" or share.unit != "%":
        return None
    between = squeeze(view.text[at:share.start])
    return share if len(between) <= _data()["lead"] and not any(c in between for c in "，；：。") else None


def subject_names(view: PageView, n: Num) -> tuple[str, ...]:
    """What a number is named: its head and its record's metric, which keeps Latin letters
    (`各类企业R&D经费`), without words of scope or time."""
    return tuple(squeeze(unscoped(x)) for x in (head(view, n), str(n.rec.get("metric") or "")) if x)


def earlier_wholes(view: PageView, part: Num, least: float) -> list[tuple[Num, tuple[str, ...]]]:
    """The amounts of the part's measure before it that may be a whole above `least`, nearest
    first, each with its names (joint_shares.py ties them by a word)."""
    return [(n, subject_names(view, n)) for n in _earlier(view, part) if n.value > least]


def _earlier(view: PageView, part: Num) -> list[Num]:
    """Amounts of the part's measure said before it, nearest first, that may be a whole."""
    return [n for n in reversed(view.before(part.start, _REACH))
            if n is not part and n.same_measure(part) and n.qualifier in ("exact", "about")
            and not is_change(view, n) and not cues.contains_any(head(view, n), "part_of", "not_whole")
            and shares_time(n, part)]  # another year's amount is no whole of this year's part


def _named_whole(view: PageView, part: Num, name: str) -> tuple[Num | None, str | None]:
    """`占各类企业R&D经费的 89.8%`: the nearest earlier amount named so (named_wholes.names_whole),
    and why it may not be the whole meant (None where said in the share's sentence by that name)."""
    found = named_whole_of(view, part, name, 0.0)
    return found[0] if found else (None, None)


def named_whole_of(view: PageView, part: Num, name: str, least: float) -> list[tuple[Num, str | None]]:
    """Every such whole above `least`, nearest first, each with why it may not be the one meant:
    the wholes a share of parts summing to `least` may be of (joint_shares.py)."""
    out: list[tuple[Num, str | None]] = []
    for n in _earlier(view, part):
        if least and n.value <= least:
            continue
        names = subject_names(view, n)
        if any(names_whole(name, x) for x in names):
            tied = n.sentence == part.sentence and name in names
            out.append((n, None if tied else _WEAK))
    return out


def _scope_whole(view: PageView, part: Num) -> Num | None:
    """`占全省的 P%`: the nearest earlier amount of the part's measure, larger, whose name the
    part's name ends with."""
    found = scope_whole_of(view, part, part.value)
    return found[0] if found else None


def scope_whole_of(view: PageView, part: Num, least: float) -> list[Num]:
    """Every such whole above `least`, nearest first: the wholes a share of parts summing to
    `least` may be of (joint_shares.py)."""
    mine = [_bare(x) for x in subject_names(view, part)]
    return [n for n in _earlier(view, part)
            if n.value > least and any(len(name) >= _TAIL and x.endswith(name)
                                       for name in map(_bare, subject_names(view, n)) for x in mine)]


def _bare(name: str) -> str:
    """A name without the verbs and total words between it and its number (`经费合计`, `当量为`)."""
    verbs = sorted(_data()["verbs"], key=len, reverse=True)
    cut = True
    while cut:
        cut = next((w for w in verbs if name.endswith(w) and len(name) > len(w)), None)
        name = name[:-len(cut)] if cut else name
    return name
