"""headline_carry: a headline figure that restates a body figure carries the body figure's checks.

    丙县新建项目 12 个 总投资 80 亿元⏎…全县新建项目 12 个，总投资 80 亿元。其中，A 52 亿元，B 26 亿元。

The headline's 80 亿元 is the body's 80 亿元 (headlines.py paired them, equal values), so what the
body's parts say of it they say of the headline's too: the sum 52 + 26 is checked against the
headline's figure as well, with the body finding's verdict (a wrong total in both places is two
errors a reader sees). Only a pairing on equal values; a headline that rounds its figure carries
nothing (its own check, headlines.py, says how it rounds).
"""
from __future__ import annotations

from .model import Draft, Num, PageView

_CARRIED = ("sum", "rate", "part_of", "average")  # checks whose claim is the figure itself


def carried(view: PageView, drafts: list[Draft]) -> list[Draft]:
    heads: dict[tuple[int, int], Num] = {}  # body figure -> the headline figure restating it
    for d in drafts:
        if d.check == "headline" and d.verdict == "consistent" and len(d.facts) == 2:
            head, body = (view.num_of(f) for f in d.facts)
            if head is not None and body is not None and head.value == body.value:
                heads[(body.rec["start"], body.rec["end"])] = head
    summed = {(d.facts[0]["start"], d.facts[0]["end"]) for d in drafts if d.check == "sum"}
    out = []
    for d in drafts:
        claim = (d.facts[0]["start"], d.facts[0]["end"])
        head = heads.get(claim) if d.check in _CARRIED else None
        if d.check == "part_of" and claim in summed:
            continue  # each part of a sum the headline carries already
        if head is None or any(f["start"] == head.rec["start"] for f in d.facts):
            continue
        text = f"标题中的 {head.written} 即正文的 {view.num_of(d.facts[0]).written}：{d.explanation}"
        out.append(Draft(d.check, d.verdict, [head.ref()] + d.facts[1:], d.expected, d.observed, text, dict(d.extra)))
    return out
