"""rate: a rate said right after the amount its name is taken of, whose whole the text does not
give (unverifiable, with the amount).

    今年全社会固定资产投资调控目标为 25300 亿元，投资率为 32%。
    城镇登记失业人员 860 万人，失业率 4.1%。
A rate's name less `率` (its stem: `投资` of `投资率`, `失业` of `失业率`) names what it is taken
of; said right after an amount whose name holds the stem, in its sentence with no number between
and no amount of its measure before it (a whole: rate_after_part.py's), no addition (`新增`),
the rate is that amount over a whole (for 投资率 the gross product) the text does not state: an
auditor names both numbers and calls the rate unverifiable, a target's as an aim. Only where no
other check took the rate (CLAIM_ONLY in __init__.py): rate.py and rate_after_part.py read it
where its whole is given. Cue words: data/rate_stems.toml.
"""
from __future__ import annotations

from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .model import Draft, PageView



@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("rate_stems.toml")["rate_stems"]


def check(view: PageView) -> list[Draft]:
    drafts = []
    suffixes = tuple(cues.words("rate", "rate_suffix"))
    for i, p in enumerate(view.nums):
        if p.type != "percent" or p.unit != "%" or p.qualifier != "exact" or i == 0:
            continue
        name = view.label_before(p)
        cop = next((w for w in sorted(_cues()["copulas"], key=len, reverse=True) if name.endswith(w)), "")
        name = name[: len(name) - len(cop)]
        suffix = next((s for s in suffixes if name.endswith(s)), None)
        amount = view.nums[i - 1]
        if suffix is None or amount.type not in SUMMABLE_TYPES or amount.sentence != p.sentence \
                or view.text[amount.end:p.start].strip("，, ") != view.text[p.start - len(name) - len(cop):p.start]:
            continue  # the rate's name must follow the amount, a comma apart, nothing else between
        if _whole_before(view, amount) or any(w in view.label_before(amount, 40) for w in _cues()["additions"]):
            continue  # a whole may be said before (rate_after_part.py's), or the amount is an addition
        stem = name[: -len(suffix)]
        stem = stem[-4:] if len(stem) > 4 else stem
        if len(stem) < _cues()["shortest"] or any(stem.endswith(w) for w in _cues()["not_stems"]) \
                or stem not in view.label_before(amount, 40):
            continue
        s = view.sentences[p.sentence]
        aim = any(w in view.text[s.start:p.start] for w in _cues()["targets"])
        said = "所定目标" if aim else "所述"
        text = (f"{said}{name} {p.written} 是 {amount.written} 占另一整体的比例，该整体未在文中给出，"
                f"无法核对。")
        drafts.append(Draft("rate", "unverifiable", [p.ref(), amount.ref()], None, p.shown, text))
    return drafts


def _whole_before(view: PageView, amount) -> bool:
    """Another amount of the same measure earlier in the sentence: it may be the rate's whole."""
    s = view.sentences[amount.sentence]
    return any(n.same_measure(amount) for n in view.between(s.start, amount.start))
