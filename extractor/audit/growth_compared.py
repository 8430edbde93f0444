"""A growth rate compared in points with the economy's growth named, not given, beside it.

    地区生产总值…增长 5.4%，…其中农村居民消费增长 7.1%、快于经济增速 1.7 个百分点
        the base is the headline measure's growth (data/cues.toml [growth] comparable_headline)
        said earlier in the paragraph; the new level the rate said right before the comparison

The economy's growth is named by a word of its own (`经济增速`: [growth] economy_growth), which
stands for the headline measure's growth of the same paragraph: a link by meaning, sure where
both stand in one sentence (the year's headline figures); from an earlier sentence a rate the
two levels do not give is unverifiable. Looks are bounded by the
paragraph and _BACK numbers (the audit stays linear in page length).
"""
from __future__ import annotations

import re

from . import cues
from .growth_calc import growth_draft
from .model import Draft, Num, PageView
from .wording import Change

_BACK = 40  # numbers before the comparison among which the headline growth is looked for


def against_economy(view: PageView, ch: Change, direction: str, clause: str, new: Num) -> Draft | None:
    """`增长 7.1%、快于经济增速 1.7 个百分点`: new − the headline growth said before; None where
    the clause compares with no economy word or no headline growth stands before in the paragraph."""
    words = cues.words("growth", "over_named") + cues.words("growth", "under_named")
    named = "|".join(re.escape(w) for w in cues.words("growth", "economy_growth"))
    if not re.search(f"(?:{'|'.join(map(re.escape, words))})(?:{named})$", clause):
        return None
    base = _headline_growth(view, new)
    if base is None:
        return None
    found = growth_draft(ch, direction, new, base)
    if found.verdict == "inconsistent" and base.sentence != new.sentence:
        return Draft("growth", "unverifiable", found.facts, None, ch.shown,
                     found.explanation.rstrip("。") + f"；但 {base.written} 只凭“经济增速”之名对应，不据此判定有误。")
    return found


def _headline_growth(view: PageView, new: Num) -> Num | None:
    """The first growth rate after a headline measure's name (`地区生产总值…增长 4.8%`) in new's
    paragraph before it, with no other rate between the name and it."""
    heads = cues.words("growth", "comparable_headline")
    for n in reversed(view.before(new.start, _BACK)):
        if n.paragraph != new.paragraph:
            return None
        if n is new or n.type != "percent" or n.unit != "%":
            continue
        start = view.sentences[n.sentence].start
        text = view.text[start:n.start]
        at = max(text.rfind(h) for h in heads)
        if at < 0 or any(m.type == "percent" for m in view.between(start + at, n.start)):
            continue
        if cues.contains_any(view.text[start + at:n.start], "growth", "up"):
            return n
    return None
