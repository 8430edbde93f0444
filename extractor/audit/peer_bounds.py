"""bound: figures said lower or higher than a named peer whose figure of the same measure came before.

    甲省去年引进项目 620 个，合同金额 45 亿美元。
    乙省虽居第二位，但全年仅引进项目 210 个，合同金额也只有 13 亿美元，远低于甲省。
A clause of a comparison word and a name (`，远低于甲省。`, data/peer_bounds.toml) compares the
last figure of each measure said before it in the sentence with the peer's figure of the same measure: the one
number of that type and unit, in the sentence or the two before it (within its paragraph or the one
before), whose
sentence names the peer before it, not a change, and of a period that overlaps the value's. The
bound is the peer's figure (the claim, first fact). A time, an average or a target is no peer
(`高于上年`, `超过全国平均水平`: other readers speak of those). Where the peer's figure is in the
comparing sentence itself the name ties the two and a value on the wrong side is inconsistent;
across sentences it is unverifiable (the name may have meant another measure of the peer).
Where more than one figure of the peer fits, nothing is said.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..clauses import CLAUSE_ENDS, INNER_BREAKS_RAW, with_halfwidth
from . import cues
from .amounts import is_change
from .heads import AMOUNT_TYPES, periods_overlap, record_field
from .model import Draft, Num, PageView
from .tolerance import fmt


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("peer_bounds.toml")["peer_bounds"]


@lru_cache(maxsize=1)
def _phrase() -> re.Pattern:
    """`，远低于甲省。`: a clause of its own, ending the sentence: degree, comparison word, name."""
    d = _data()
    alt = lambda ws: "|".join(map(re.escape, sorted(ws, key=len, reverse=True)))  # noqa: E731
    comma = re.escape(with_halfwidth("，"))
    ends = re.escape(with_halfwidth(CLAUSE_ENDS))
    not_name = re.escape(INNER_BREAKS_RAW + CLAUSE_ENDS)
    return re.compile(rf"[{comma}](?:{alt(d['degree'])})?(?P<way>{alt(d['over'] + d['under'])})了?"
                      rf"(?P<name>[^\d０-９{not_name}]{{{int(d['name_min'])},{int(d['name_chars'])}}})"
                      rf"(?=[{ends}]|$)")


def _peer_figure(view: PageView, value: Num, name: str, sent_start: int) -> Num | None:
    """The one earlier figure of the peer with the value's measure, None where none or several."""
    # walk the sentences of the window, not whole paragraphs: a page whose lines are not split into paragraphs
    # would make each comparison read the whole page (quadratic)
    first_para = value.paragraph - int(_data()["window_paragraphs"])
    found = []
    for sentence in range(max(value.sentence - int(_data()["window_sentences"]), 0), value.sentence + 1):
        for n in view.in_sentence(sentence):
            if n.end > value.start or n is value or n.paragraph < first_para or not n.same_measure(value) \
                    or is_change(view, n):
                continue
            if n.start >= sent_start and name not in view.text[sent_start:n.start]:
                continue
            if n.start < sent_start and name not in view.text[view.sentence_span(n.start)[0]:n.start]:
                continue
            if not periods_overlap(record_field(n, "period"), record_field(value, "period")):
                continue
            found.append(n)
    return found[0] if len(found) == 1 else None


def _compared_values(view: PageView, sentence: int, before: int) -> list[Num]:
    """The last figure of each measure before the comparison word: `乙…210 个，…13 亿美元，远低于甲`
    compares both; in `乙 91 分，丙 79 分，低于甲` only 丙's figure, the one nearest the word."""
    last: dict[tuple, Num] = {}
    for n in view.in_sentence(sentence):
        if n.end <= before and n.type in AMOUNT_TYPES and n.qualifier == "exact" and not is_change(view, n):
            last = {k: v for k, v in last.items() if not v.same_measure(n)}
            last[(n.start, n.end)] = n
    return list(last.values())


def check(view: PageView) -> list[Draft]:
    drafts = []
    seen: set[int] = set()
    for p in view.nums:
        if p.sentence < 0 or p.sentence in seen:
            continue
        seen.add(p.sentence)  # one search a sentence, from its first figure: linear in the sentence's length
        start, end = view.sentence_span(p.start)
        m = _phrase().search(view.text, p.end, end + 1)
        if not m or any(w in m.group("name") for w in _data()["not_names"]):
            continue
        name = m.group("name")
        lower = m.group("way") in _data()["under"]
        for value in _compared_values(view, p.sentence, m.start()):
            peer = _peer_figure(view, value, name, start)
            if peer is None:
                continue
            ok = value.value <= peer.value if lower else value.value >= peer.value
            tied = peer.sentence == value.sentence
            rel = "低于" if lower else "高于"
            text = (f"所述 {value.written}（{m.group(0)[1:]}）应{rel}前文{name}的 {peer.written}，"
                    f"{fmt(value.value, 4)} {'≤' if lower else '≥'} {fmt(peer.value, 4)} ")
            if ok:
                verdict, text = "consistent", text + "成立，一致。"
            elif tied:
                verdict, text = "inconsistent", text + "不成立，不符。"
            else:
                verdict, text = "unverifiable", text + "不成立；但二者不在一句，所比的未必是同一量。"
            drafts.append(Draft("bound", verdict, [peer.ref(), value.ref()], peer.value, value.value, text))
    return drafts
