"""rate: a rate stated by its name (`X率 N%`) whose numerator and denominator the text does not give.

    小学学龄儿童入学率 100%。…初中三年巩固率 98.7%，九年义务教育巩固率 97.8%
    上一年度审计查出问题整改率为 91.6%
An auditor lists every rate a page claims; one whose terms are not in the text cannot be
checked, and says so (unverifiable), naming the rate, so that a reader sees what is missing. The
rate is a percent, exact or `左右`, whose words end with a rate's name (data/cues.toml [rate]
rate_suffix, `率`) and a copula or a word of arranging at most (`按`: rate_stems.rate_name); a rate of a target sentence (`力争…达到 90% 以上`)
is an aim, read by the bounds. Only where no other check took the rate or used it as a fact
(CLAIM_ONLY and FACT_ONLY in __init__.py): rate.py and arith read the terms where they are given.
"""
from __future__ import annotations

from functools import lru_cache

from . import cues
from .model import Draft, PageView
from .rate_stems import rate_name


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("rate_unbased.toml")["rate_unbased"]


def check(view: PageView) -> list[Draft]:
    drafts = []
    for p in view.nums:
        name = rate_name(view, p)  # `X率` and a copula or a word of arranging (`按`), rate_stems.py
        if not name or len(name) < 3:
            continue
        s = view.sentences[p.sentence]
        if any(w in view.text[s.start:p.start] for w in cues.words("rate", "plan_sentence")):
            continue
        drafts.append(Draft("rate", "unverifiable", [p.ref()], None, p.shown,
                            f"{name.strip('，,、；')} {p.written} 的分子与分母未在文中给出，无法核对。"))
    return drafts
