"""allocation_after: the list's total divided again, by another dimension, in the sentence after it.

    现将…资金 3 000 万元下达给你们，具体安排如下：一、… 二、…
    上述资金按使用主体分，拨付到各乡镇 2 600 万元，县级统筹使用 400 万元。
A sentence right after a notice's numbered list (allocation.py) that opens by referring back to its
money (`上述资金`, `以上资金`, `本批资金`) and names a dimension (`按…分`) splits the same total again:
its amounts of the total's measure add up to it. Referring words and the dimension cue: data/cues.toml
[allocation] back_refs, by_dimension.
"""
from __future__ import annotations

from . import allocation, cues
from .findings import sum_draft
from .model import Draft, PageView

_OPEN = 12  # characters of the sentence's opening read for the dimension cue


def check(view: PageView) -> list[Draft]:
    drafts = []
    for total, _block, end in allocation.numbered_lists(view):
        if total is None:
            continue
        sent = view.sentence_index(end - 1)  # the list's last sentence
        nxt = sent + 1 if sent >= 0 else -1
        if nxt <= 0 or nxt >= len(view.sentences):
            continue
        s, e = view.sentences[nxt].start, view.sentences[nxt].end
        opening = view.text[s:s + _OPEN]
        if not opening.startswith(cues.words("allocation", "back_refs")) \
                or not all(w in opening for w in cues.words("allocation", "by_dimension")):
            continue
        parts = [n for n in view.between(s, e) if n.same_measure(total)]
        if len(parts) >= 2:
            drafts.append(sum_draft(total, parts, True, f"“{opening.split('，')[0]}”把同一笔资金按另一维度再分"))
    return drafts
