"""part_of by rank: what is counted at a step of a ladder `以上` holds what is counted at a higher
step of the same ladder.

    给党纪政纪处分的 63 万多人，其中县处级以上的 2 万余人，地厅级以上的 1600 余人
        1600 ≤ 2 万: a 地厅级 cadre is above 县处级 too (data/ranks.toml: 干部职级)
    本科及以上学历 420 人，硕士以上 95 人
The lower step is said with `以上` (the higher with or without it), each right before its number
(a few characters: `的`, the noun counted), in one sentence, numbers of one measure. What is
counted after each step must be the same (the words between step and number alike) and the higher
step the next item after the lower's number, else a part over its whole is unverifiable, not
inconsistent (`处分县处级以上干部…，立案调查地厅级以上干部…` may count other things).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .findings import part_of_draft
from .model import Draft, Num, PageView

_NOUN = 8  # characters between a step's `以上` and its number (`的`, `干部`, `学历的`)
_SEPARATORS = ("，", "、", "；", ",", "")


@lru_cache(maxsize=1)
def _ladders() -> tuple[dict[str, int], ...]:
    return tuple(dict(l["steps"]) for l in cues.table("ranks.toml")["ladder"])


@lru_cache(maxsize=1)
def _step() -> re.Pattern:
    # longest first, then by text: a set's order changes with the hash seed, and the pattern's text
    # must not (the regex store keys patterns by their text)
    words = sorted({w for l in _ladders() for w in l}, key=lambda w: (-len(w), w))
    over = "|".join(re.escape(w) for w in cues.table("ranks.toml")["rank_parts"]["over"])
    return re.compile(f"(?P<step>{'|'.join(map(re.escape, words))})(?P<over>{over})?(?P<noun>[^，；。、\\d]{{0,{_NOUN}}})$")


def check(view: PageView) -> list[Draft]:
    by_sentence: dict[int, list[tuple[str, bool, str, Num, int]]] = {}  # step, 以上, noun, number, where the step starts
    for n in view.nums:
        if n.type not in SUMMABLE_TYPES or n.sentence < 0:
            continue
        m = _step().search(view.text[max(0, n.start - 16):n.start])
        if m:
            at = n.start - len(m.group(0))
            by_sentence.setdefault(n.sentence, []).append((m.group("step"), bool(m.group("over")),
                                                           m.group("noun").lstrip("的"), n, at))
    drafts = []
    for steps in by_sentence.values():
        for i, (low, over, noun, whole, _) in enumerate(steps):
            if not over:
                continue
            for high, _, pnoun, part, at in steps[i + 1:]:
                if part.same_measure(whole) and _above(high, low):
                    # inconsistent only where the higher step follows the lower's number as the next
                    # item of one list (`，地厅级以上的`) and counts the same noun
                    listed = view.text[whole.end:at].strip() in _SEPARATORS
                    weak = None if pnoun == noun and listed else "两个数所计的对象或所说的事未必相同"
                    drafts.append(part_of_draft(whole, part, f"{high}也在{low}以上，其", weak))
    return drafts


def _above(high: str, low: str) -> bool:
    """`high` is a higher step than `low` on a ladder holding both."""
    return any(high in l and low in l and l[high] > l[low] for l in _ladders())
