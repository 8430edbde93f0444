"""bound: a bound said first and the value said right after it.

Structure read (cue words in data/cues.toml [stated_bound]):
    贸易顺差突破 400 亿美元，达 403.4 亿美元     over: the value must reach the bound
    降幅不到 3%，为 2.8%                        under: the value must not pass it
The value opens the very next clause (after `达`, `为`) and measures the same as the bound.
"""
from __future__ import annotations

from . import cues
from .model import CLAUSE_BREAKS, Draft, Num, PageView

_NOUN = 6  # `大关` and the like between the bound and the end of its clause


def check(view: PageView) -> list[Draft]:
    drafts = []
    for i, bound in enumerate(view.nums):
        label = view.label_before(bound)
        way = "over" if cues.ends_with_any(label, "stated_bound", "over") else \
            "under" if cues.ends_with_any(label, "stated_bound", "under") else None
        if way is None or i + 1 >= len(view.nums):
            continue
        value = view.nums[i + 1]
        end = view.clause_end(bound.end)
        if end - bound.end > _NOUN or view.text[end:end + 1] != "，" or not value.same_measure(bound) \
                or value.qualifier != "exact" or value.sentence != bound.sentence:
            continue
        lead = view.text[end + 1:value.start]
        if lead not in cues.words("stated_bound", "value_lead") or any(c in CLAUSE_BREAKS for c in lead):
            continue
        iv, b = value.interval, bound.interval
        ok = iv.hi >= b.lo if way == "over" else iv.lo <= b.hi
        relation = ("不低于" if way == "over" else "不高于") if ok else ("低于" if way == "over" else "高于")
        text = f"所述 {value.written} {relation}前面说的界限 {bound.written}，{'一致' if ok else '不符'}。"
        expected = [bound.shown, None] if way == "over" else [None, bound.shown]
        drafts.append(Draft("bound", "consistent" if ok else "inconsistent", [bound.ref(), value.ref()],
                            expected, value.shown, text))
    return drafts
