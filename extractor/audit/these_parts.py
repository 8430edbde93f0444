"""part_of for a part said of `这些 X`: the things a count said before them, taken up again.

    …市县有 13 个技改项目，共计 37 个。重点的有……等。这些技改项目，年内可以投产的有 15 个
    其中交通项目是 30 个，……。这些交通项目，年内能够完工的有 12 个

`这些 X` opening a sentence points back at things counted before it, as `其中` opening a sentence
does (subsets.py reads that); the sentence then says how many of them hold something, with a
`有` word (`…的有 M 个`, data/subsets.toml has_open / has_after). The whole is the count of those
things in the sentences before, in the same paragraph: the nearest number whose own words name
X (`交通项目是 30 个` for `这些交通项目`), else the nearest one said as a total (`共计`,
`共有`: data/these_parts.toml) in a sentence that names the end of X (`项目`). `这些年来，` is a time
and is not read. What ties the two is what they count (among.counts_alike), not
their distance. `这些` may take up another group than the one read here (a breakdown's part, a
count said later): a part over the whole it is read against is only unverifiable, unless the
whole is the total said last right before, or a total that every count of the things said
between it and `这些` stays within, none of them said as more on top (`另有`): whichever group
`这些` takes up, it is one of the total's, and a part over the total is over it too. So too a
part over every group `这些 X` could take up: each count before it whose own words name all of X
(`工业建设项目是 716 个` for `这些工业建设项目`; a total of `建设项目` holds other things too, so
it is none) and each count said after the whole (`属于地方的是 149 个`) — whichever it is, the
part is over it.
"""
from __future__ import annotations

from functools import lru_cache

from . import cues
from ..fact_types import SUMMABLE_TYPES
from .among import counts_alike
from .amounts import is_amount, is_change
from .findings import part_of_draft
from .model import CLAUSE_BREAKS, Draft, Num, PageView
from .subsets import past_condition

_NOUN = 8  # `重点交通项目`: the words between `这些` and the comma
_LEAD = 24  # `年内可以建成投产的有`: the words between the comma and the part
_SENTENCES = 4  # sentences back where the whole may stand (a sentence of names may come between)
_OPENERS = "。；！？\n"  # `这些` opens a sentence
_HEAD = 2  # the end of the noun (`项目` of `技改项目`) the total's sentence must name


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("these_parts.toml")["these_parts"]


@lru_cache(maxsize=1)
def _has() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    c = cues.table("subsets.toml")["subsets"]
    return tuple(c["has_open"]), tuple(c["has_after"]), tuple(c["not_has"])


def check(view: PageView) -> list[Draft]:
    drafts = []
    text = view.text
    for word in _cues()["pointers"]:
        at = text.find(word)
        while at >= 0:
            if at == 0 or text[at - 1] in _OPENERS:
                found = _pair(view, at + len(word))
                if found is not None:
                    whole, part, noun, sure = found
                    sure = sure or part.interval.lo > whole.interval.hi and _total_bounds(view, whole, at)
                    drafts.append(part_of_draft(whole, part, f"“{word}{noun}”所指的前文之数中有的",
                                                None if sure else f"“{word}{noun}”也可能指前文的另一个数"))
            at = text.find(word, at + len(word))
    return drafts


def _pair(view: PageView, start: int) -> tuple[Num, Num, str, bool] | None:
    """The whole and the part of `这些 X，…的有 M` from just after `这些`, and whether the whole is
    the total said last before it; None when the words do not read so."""
    text = view.text
    comma = text.find("，", start, start + _NOUN + 3)
    if comma < 0:
        return None
    noun = text[start:comma]
    for ending in _cues()["among_endings"]:  # `这些项目中，`: the noun without its `中`
        if noun.endswith(ending):
            noun = noun[:-len(ending)]
            break
    if len(noun) < 2 or len(noun) > _NOUN or any(ch.isdigit() or ch in CLAUSE_BREAKS + "、" for ch in noun) \
            or noun.startswith(tuple(_cues()["times"])):
        return None  # `这些年来，`: a time, not things counted before
    sent = view.sentence_index(start)
    end = view.sentences[sent].end if 0 <= sent < len(view.sentences) else len(text)
    after = past_condition(view, [n for n in view.between(comma + 1, min(end, comma + 1 + _LEAD + _NOUN))
                                  if n.type in SUMMABLE_TYPES], comma + 1)
    if not after:
        return None
    part = after[0]
    lead = text[comma + 1:part.start]
    has_open, has_after, not_has = _has()
    if part.start - comma - 1 > _LEAD or any(ch in CLAUSE_BREAKS for ch in lead) \
            or not (lead in has_open or lead.endswith(has_after)) or any(w in lead for w in not_has) \
            or is_change(view, part):
        return None
    return _whole(view, sent, noun, part)


def _total_bounds(view: PageView, whole: Num, at: int) -> bool:
    """Whether `whole` is said as a total and every count of its measure after it, up to `这些` at
    `at`, is within it and not said as more things on top (`另有 30 个`)."""
    if not any(w in view.label_before(whole) for w in _cues()["total_words"]):
        return False
    for n in view.between(whole.end, at):
        said = view.text[max(whole.end, view.sentence_span(n.start)[0]):n.start]
        if n.same_measure(whole) and (n.interval.hi > whole.interval.lo or any(w in said for w in _cues()["added"])):
            return False
    return True


def _whole(view: PageView, sent: int, noun: str, part: Num) -> tuple[Num, Num, str, bool] | None:
    """The count of `noun` before sentence `sent` in its paragraph, the nearest first: one whose own
    words name the noun, or one said as a total; with whether nothing of the measure stands between."""
    para = view.sentences[sent].paragraph
    between = False  # a number of the measure stands between the whole and `这些`
    for back in range(sent - 1, max(-1, sent - 1 - _SENTENCES), -1):
        if view.sentences[back].paragraph != para:
            return None
        said = view.text[view.sentences[back].start:view.sentences[back].end]
        for n in reversed(view.in_sentence(back)):
            if n.type not in SUMMABLE_TYPES or n.qualifier not in ("exact", "about", "over") \
                    or is_change(view, n) or not is_amount(view, n) \
                    or not counts_alike(view, n, view.text[n.end:view.clause_end(n.end)], part):
                continue
            label = view.label_before(n)
            if noun in label:
                return n, part, noun, _over_every(view, sent, noun, part, n)
            # a total of things of another name (`贫困县` for `这些省份`) is not taken up
            if any(w in label for w in _cues()["total_words"]) and noun[-_HEAD:] in said:
                return n, part, noun, not between
            between = True
    return None


def _over_every(view: PageView, sent: int, noun: str, part: Num, whole: Num) -> bool:
    """Whether `part` is over every count `这些 noun` in sentence `sent` could take up, in the
    sentences `_whole` reads: the whole and each count of the part's measure before `这些` whose
    words (before or after it in its clause) name all of `noun`, and each one said after the whole."""
    para = view.sentences[sent].paragraph
    first = max(0, sent - _SENTENCES)
    while view.sentences[first].paragraph != para:
        first += 1
    for n in view.between(view.sentences[first].start, view.sentences[sent].start):
        if n.type not in SUMMABLE_TYPES or is_change(view, n) or not is_amount(view, n):
            continue
        words = view.text[n.end:view.clause_end(n.end)]
        if not counts_alike(view, n, words, part):
            continue
        if (n.start >= whole.start or noun in view.label_before(n) or noun in words) \
                and part.interval.lo <= n.interval.hi:
            return False
    return True
