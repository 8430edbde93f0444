"""A share's whole stated as a total before it: the sentence before `其中`, with `共`/`合计`, by the same name.

Apart from wholes.py (how numbers are named) because each rule here picks one total among the
earlier numbers of a measure, by where it is said and what it is said as:

    全省农村劳动力为 X 万人。按农户计算，户均 3.2 人；其中，务农的 Y 万人，占 60%
        `其中` that opens its sentence (or follows only smaller numbers): the total of the
        sentence before, when it is that sentence's only larger number of the measure
    目录总共 329 条，可享受优惠的条目共 270 条，占总条目的 83%
        a whole named only as the total: the total said earlier in the sentence
"""
from __future__ import annotations

import re

from . import amounts, below_wholes, cues
from .bases import is_base
from .model import Num, PageView
from .wholes import BACK, article_before, bare_name, common_tail, opener, own_name, share_part, total_said, words_of
from .wording import after_word

_TOTAL_PREFIX = ("总", "總")  # `占总条目的`, `占总数的`: a whole named only as the total
_SURE = 4  # characters two names must end with alike for one to name the other surely
_SHORT = 2  # a head noun: the fewest characters a name is matched on


def total_of_sentence_before(view: PageView, cue: int, part: Num) -> Num | None:
    """`总量为 X。…；其中，A 为 Y，占 N%`: the total a `其中` breaks down, closing the sentence
    before. Only where the `其中` sentence offers no candidate of its own (nothing of the
    measure larger than the part before the cue) and the sentence before holds exactly one
    number of the measure larger than the part, besides the parts of its own shares; with none
    larger, its one number of the measure where a total word or the part's head noun names it
    (below_wholes.named_total_of): a part stated above its whole keeps it."""
    sent = view.sentence_index(cue)
    if sent <= 0:
        return None
    # bounded looks (a sentence may hold a page's numbers): the audit stays linear
    own = [n for n in view.before(cue, BACK) if n.sentence == sent and n.same_measure(part) and n.value >= part.value]
    if own:
        return None
    prev = view.sentences[sent - 1]
    if prev.article != view.sentences[sent].article:
        return None
    # the parts of the shares of that sentence (`A 948 人，占 50.97%`) are not its total
    # nor is last year's level it is compared with (`投资 215 亿元，比上年的 181.9 亿元增长`) or a change
    alike = [n for n in view.before(view.sentences[sent].start, BACK) if n.sentence == sent - 1
             and n.same_measure(part) and not share_part(view, n) and not is_base(view, n)
             and not after_word(view, n, "growth", "base_before") and not amounts.is_change(view, n)]
    larger = [n for n in alike if n.value > part.value]
    if len(larger) == 1:
        return larger[0]
    # no larger one: the sentence's one number of the measure, where its name makes it the total
    # (size only broke the tie; a part pushed above its whole keeps its whole)
    return alike[0] if not larger and len(alike) == 1 and below_wholes.named_total_of(view, alike[0], part) else None


def stated_total(view: PageView, part: Num) -> Num | None:
    """`委员共 1860 人。…中共党员 912 人，占 49.03%`: the nearest earlier number of the part's
    measure stated as a total (`共`, `合计`), larger than the part, with nothing between that
    could be the whole instead (a larger number of the measure that is not itself a share's
    part, `A 948 人，占 50.97%`). With none larger, a smaller total said so in the part's paragraph
    and named with its head noun (below_wholes.stated_total_of): size only breaks the tie."""
    smaller = None  # no larger total: a smaller one said so of the part's noun (below_wholes)
    for n in reversed(article_before(view, part)):
        if not n.same_measure(part):
            continue
        if n.value <= part.value:
            if smaller is None and bare_name(view, n) != own_name(view, n) \
                    and below_wholes.stated_total_of(view, n, part):
                smaller = n
            continue
        if bare_name(view, n) != own_name(view, n):
            return n
        if not share_part(view, n):
            break
    return smaller


def breakdown_total(view: PageView, num: Num, named: str) -> tuple[Num, str | None] | None:
    """`理事 1386 名，其中企业界理事 734 人，占理事总数的 52.96%`: the total a `其中` before the
    part breaks down (in its sentence, or closing the sentence before), sure where its words
    hold the name of the whole (`理事`, without `总数`, `全体`). The larger number before `其中`
    first, else the nearest: the name decides, not the size."""
    s_start = view.sentences[num.sentence].start
    cue = view.text.rfind(cues.words("sum", "partial")[0], s_start, num.start)
    if cue < 0:
        return None
    before = [n for n in view.before(cue, BACK) if n.sentence == num.sentence and n.same_measure(num)]
    # the larger number before `其中` first; with none, the nearest: the name decides below
    larger = [n for n in before if n.value > num.value]
    nearest = [n for n in before if below_wholes.alike(n, num) and not below_wholes.share_said(view, n)]
    total = (larger or nearest)[-1] if larger or nearest else total_of_sentence_before(view, cue, num)
    if total is None:
        return None
    stem = named
    for w in cues.words("rate", "whole_suffixes"):
        stem = stem[: -len(w)] if stem.endswith(w) else stem
    scopes = sorted(cues.words("rate", "whole_scopes") + cues.words("rate", "whole_wholes"), key=len, reverse=True)
    stem = next((stem[len(w):] for w in scopes if stem.startswith(w)), stem)
    if len(stem) >= _SHORT and stem in words_of(view, total):
        return total, None
    # `贷款额` and `投放扶贫贷款`: the name without its measure word (额, 数) names the total
    short = stem.rstrip("".join(cues.words("rate", "measure_ends")))
    if len(short) >= _SHORT and short != stem and short in words_of(view, total):
        return total, None
    if not stem and total.sentence == num.sentence and total_said(view, total):
        # `共夺得 92 个…，其中…17 个，占总数的 18.5%`: a whole named by its total word alone is
        # the total its own sentence states and breaks down
        return total, None
    return total, f"“{named}”未必就是“其中”之前的 {total.written}"


def same_name_whole(view: PageView, num: Num) -> Num | None:
    """`实现销售收入 15230.8 亿元。…其销售收入为 4797 亿元，占 31.5%`: the nearest earlier
    number of the article, larger than the part, whose name ends with the same four characters
    at least as the part's (`龙头企业营业收入` and `规上企业实现营业收入`), or as the scope the
    sentence opens with (`全体委员中，` and `本届委员共`). The name picks the whole: where none so
    named is larger, the nearest smaller one of the same place and period (a part stated above it)."""
    name = re.split(r"[，、的”“]", own_name(view, num))[-1]
    scope = opener(view, num)  # `全体委员中，`: the whole's own name
    if len(name) < _SURE and len(scope) < _SHORT:
        return None
    smaller = None  # size breaks the tie: a smaller one of the name only where none is larger
    for n in reversed(article_before(view, num)):
        if not n.same_measure(num):
            continue
        whole = bare_name(view, n)
        if len(common_tail(name, whole)) >= _SURE or (len(scope) >= _SHORT and len(common_tail(scope, whole)) >= _SHORT):
            if n.value > num.value:
                return n
            if smaller is None and below_wholes.alike(n, num) and not below_wholes.share_said(view, n) \
                    and below_wholes.modifier_said(view, whole, common_tail(name, whole) or scope, num):
                smaller = n  # the same name, place and period alike, its modifier said of the part
    return smaller


def sentence_total(view: PageView, p: Num, num: Num, named: str, outside: list[Num]) -> tuple[Num, None] | None:
    """`目录总共 329 条，可享受优惠的条目共 270 条，占总条目的 83%`: a whole named only as the
    total (`总条目`, `总数`) is the larger number of the part's measure said as a total (`总共`,
    `共计`) earlier in the rate's sentence, the nearest such; the nearest larger first, else one
    of the same place and period that the part is stated above."""
    if not named.startswith(_TOTAL_PREFIX):
        return None
    found = [n for n in outside if n is not num and n.same_measure(num) and n.sentence == p.sentence
             and n.end <= num.start
             and (cues.ends_with_any(view.label_before(n).rstrip("为达是有"), "rate", "total_words")
                  or _among_frame(view, n))]
    # size breaks the tie only: a total so said that the part is stated above is still its whole
    larger = [n for n in found if n.value > num.value]
    smaller = [n for n in found if below_wholes.alike(n, num) and not below_wholes.share_said(view, n)]
    return (larger[-1], None) if larger else (smaller[-1], None) if smaller else None


_FRAME_NOUN = 12  # `种经常性消费品` between a count and the 中 of its frame


def _among_frame(view: PageView, n: Num) -> bool:
    """`在本次调查的 35 种经常性消费品中，…有 27 种，占总数的 77%`: a count that opens an `在…中`
    frame, its noun and `中` closing the clause, is the set the rest of the sentence counts in."""
    after = view.text[n.end:n.end + _FRAME_NOUN + 2]
    at = after.find("中")
    return 0 < at <= _FRAME_NOUN and not any(c in after[:at] for c in "，。；：、（）") \
        and after[at + 1:at + 2] == "，"
