"""balance: a difference stated with the two amounts it is the difference of.

Structures read (cue words in data/cues.toml [balance]):
    其中出口 A，进口 B。贸易顺差达 D          顺差 = 出口 − 进口 (逆差 = 进口 − 出口)
    全年收入总数 A。本年支出合计 B。收支相抵，年终结余 D      结余 = 收入 − 支出, read only where
                                                            the text says the two are set off
    基金收入 A，支出 B，当年结余 D                           or the balance is the period's own
The two amounts are the nearest ones before the difference, in its sentence or the two before
it in its paragraph, labelled with their word (not a change, `出口增长 20%`, nor another
amount holding the word, `进出口总值`), of the difference's type and unit. The difference is the
first amount of its clause run after its word (a bound said first, `突破 400 亿美元，达 403.4
亿美元`, gives way to the value). Within two sentences the three make one statement, so a
difference that does not match is inconsistent, unless a side's label says it is only part of its side: added to
another (`地方财政收入加上中央补助收入 A`) or the sum of items listed before it (`以上六项支出合计 B`): unverifiable.
"""
from __future__ import annotations

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .model import Draft, Num, PageView
from .amounts import is_amount as _amount, is_change as _changed
from .tolerance import fmt_like, rounded
from .wording import after_word

_BACK = 2  # sentences before the difference's where its two amounts may stand


def check(view: PageView) -> list[Draft]:
    drafts = []
    for word, plus, minus in cues.word_groups("balance", "differences"):
        at = view.text.find(word)
        while at >= 0:
            d = _one(view, at, word, plus, minus)
            if d is not None:
                drafts.append(d)
            at = view.text.find(word, at + len(word))
    return drafts


def _claim(view: PageView, at: int, word: str) -> Num | None:
    sent = view.sentence_index(at)
    if sent < 0:
        return None
    end = view.sentences[sent].end
    semi = view.text.find("；", at, end)
    # `赤字四十亿元，比预算的赤字五十亿元有所减少`: the difference compared with (after `比…的`) is the
    # plan's or last year's, not the one the amounts said give
    nums = [n for n in view.between(at + len(word), semi if semi >= 0 else end)
            if n.type in SUMMABLE_TYPES and not _changed(view, n) and _amount(view, n)
            and not after_word(view, n, "growth", "base_before")]
    # `突破 400 亿美元，达 403.4 亿美元`: the bound said first gives way to the value
    said = [n for n in nums if n.qualifier not in ("over", "under")
            and not cues.ends_with_any(view.label_before(n), "stated_bound", "over")
            and not cues.ends_with_any(view.label_before(n), "stated_bound", "under")]
    if not said:
        return None
    # `增值收益分配：提取…准备金 A`: a value said clauses after the word with nothing of its own
    # said there (no bound given first) is another amount, not the difference
    stop = view.clause_end(at)
    if said[0].start >= stop and not view.between(at, stop):
        return None
    return said[0]


def _a_part(view: PageView, n: Num) -> bool:
    """Said after `其中` in its clause run (up to `；`): one part of an amount said before, not a side of
    the balance (`收入 A，其中财政补助 a，占 r；支出 B`: B is a side again)."""
    run = view.text[view.sentences[n.sentence].start:n.start].split("；")[-1]
    return cues.contains_any(run, "sum", "partial")


def _labelled(view: PageView, n: Num, word: str) -> bool:
    label = view.label_before(n)
    return word in label and not cues.contains_any(label, "balance", "not_labels")


def _one(view: PageView, at: int, word: str, plus: str, minus: str) -> Draft | None:
    claim = _claim(view, at, word)
    if claim is None:
        return None
    sent = claim.sentence
    s = view.sentences[sent]
    if word in cues.words("balance", "needs_said") and not cues.contains_any(view.text[s.start:at], "balance", "said") \
            and cues.ends_with_any(view.text[s.start:at], "balance", "said_before_word") is None:
        return None
    first = sent
    while first > 0 and sent - first < _BACK and view.sentences[first - 1].paragraph == s.paragraph:
        first -= 1
    # a fund's balance sets off its whole income, not a part said after `其中` (`基金收入 A，其中征缴收入
    # a`); a trade surplus's sides are the parts of 进出口 (`其中出口 A，进口 B`)
    whole_only = word in cues.words("balance", "needs_said")
    pool = [n for n in view.between(view.sentences[first].start, at)
            if n.same_measure(claim) and not _changed(view, n) and _amount(view, n)
            and not (whole_only and _a_part(view, n))]
    a = next((n for n in reversed(pool) if _labelled(view, n, plus)), None)
    b = next((n for n in reversed(pool) if _labelled(view, n, minus)), None)
    if a is None or b is None:
        return None
    got = a.interval - b.interval
    point = a.value - b.value
    shown = f"{a.written} − {b.written} = {fmt_like(point, claim.text, claim.value)}"
    facts = [claim.ref(), a.ref(), b.ref()]
    if got.meets(claim.interval):
        return Draft("sum", "consistent", facts, point, claim.shown,
                     f"{word}是{plus}减{minus}：{shown}，与所述 {claim.written} 一致"
                     f"{rounded(point, claim.value)}。",
                     {"breakdown": "difference"})
    d = Draft("sum", "inconsistent", facts, point, claim.shown,
              f"{word}是{plus}减{minus}：{shown}，而所述{word}为 {claim.written}。",
              {"breakdown": "difference"})
    partial = next((n for n in (a, b) if _partial_side(view, n)), None)
    return d.doubted(f"{partial.written} 只是一方的一部分（与另一数相加，或是前列几项之和）") if partial else d


def _partial_side(view: PageView, n: Num) -> bool:
    """Whether a side's label says it is one of two added (`收入加上中央补助收入 A`) or a subtotal of the items
    listed before it (`以上六项支出合计 B`): then it is not the whole of its side."""
    label = view.text[view.sentences[n.sentence].start:n.start].split("，")[-1]
    if cues.contains_any(label, "balance", "added_sides"):
        return True
    return any(label.startswith(w) and "项" in label for w in cues.words("balance", "listed_sides"))
