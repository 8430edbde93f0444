"""part_of: a total gathered or handed out, and what one giver gave of it, told after it.

    救灾中心共收到…毛毯 6.2 万条。⏎甲市支援…毛毯 1.5 万条；乙县捐赠毛毯 8000 条。
    两级文化馆共送 12 万多册图书下乡。…市文化馆将 3000 多册图书送到山区。

measure_parts.py reads the sources told before a pooled total (`多方筹集了 N`); here the total comes
first, said with a total word and a verb of gathering or handing out in its sentence
(data/given_parts.toml), and the sources after it, each in a clause with a verb of giving. A part
is a number of the same type and unit naming the same thing: a noun both names end with
(measures.shared_noun), or the same noun right after both counts (`册图书`). The place and period
of a gift are the giver's, not the total's, so they are not compared. The pairing rests on the
nouns across sentences: a gift over the total is unverifiable (it may be another delivery), unless
the giver is named as one of those the total's sentence says gave it all (`两级文化馆共送` …
`市文化馆将`), nothing said on top (`又`): then its gift is in the total and over it an error. The
search stops at the next total of the same noun.
"""
from __future__ import annotations

from functools import lru_cache

from . import cues
from .amounts import countable_amount
from .findings import part_of_draft
from .measures import name_of, said_as_total, shared_noun
from .model import Draft, Num, PageView

_WEAK = "总数与各方给出的数额不在同一句，给出的未必都已计入总数"
_CLAUSE_ENDS = "，；。：！？\n"
_SHORTEST = 2  # characters of a noun right after a count that name the same thing


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("given_parts.toml")["given"]


def check(view: PageView) -> list[Draft]:
    out = []
    for whole in view.nums:
        if not _gathered(view, whole):
            continue
        for part in _gifts(view, whole):
            noun = _noun(view, whole, part)
            weak = None if _member(view, whole, part) else _WEAK
            out.append(part_of_draft(whole, part, f"各方给出的“{noun}”是总数 {whole.written} 中的一部分，", weak))
    return out


def _gathered(view: PageView, n: Num) -> bool:
    """`共收到…N`: a total word, then a verb of gathering or handing out, before n in its sentence."""
    if n.sentence < 0 or not countable_amount(view, n):
        return False
    said = view.text[view.sentences[n.sentence].start:n.start]
    data = _data()
    for w in data["totals"]:
        at = said.find(w)
        while at >= 0:
            near = said[at + len(w):at + len(w) + data["reach_verb"]]
            if any(near.startswith(v) or v in near for v in data["verbs"]):
                return True
            at = said.find(w, at + 1)
    return False


def _gifts(view: PageView, whole: Num) -> list[Num]:
    """The numbers after the total's sentence, in its paragraph and the next, each in a clause with a
    verb of giving, measured and named like it; up to the next total of the same noun."""
    data = _data()
    out = []
    for k in range(whole.sentence + 1, whole.sentence + data["reach"] + 1):
        for part in view.in_sentence(k):
            if part.article != whole.article or part.paragraph > whole.paragraph + data["paragraphs"] \
                    or not part.same_measure(whole) or not countable_amount(view, part) or not _noun(view, whole, part):
                continue
            if said_as_total(view, part) or _gathered(view, part):
                return out  # another total of the noun: what follows is its own
            if _given(view, part):
                out.append(part)
    return out


def _member(view: PageView, whole: Num, part: Num) -> bool:
    """The giver is named as one of those the total's sentence says gave it all (`两级图书馆共送
    N 册` … `市图书馆将 M 册…送到`: the giver's name ends with a noun, two characters at least, that
    the words before the total hold), and its clause says no more on top (`又`, `再`): its gift is in
    the total, so more than the total is an error of the text."""
    data = _data()
    start = max(view.text.rfind(c, 0, part.start) for c in _CLAUSE_ENDS) + 1
    clause = view.text[start:part.start]
    if any(w in clause for w in data["more"]):
        return False
    ends = [clause.find(v) for v in data["giving"] + data["giver_ends"] if v in clause]
    giver = clause[:min(ends)] if ends else ""
    subject = view.text[view.sentences[whole.sentence].start:whole.start]
    return any(giver[-k:] in subject for k in range(_SHORTEST, len(giver) + 1)
               if giver[-k:] not in data["not_members"])


def _given(view: PageView, n: Num) -> bool:
    """A verb of giving in n's clause before it, or right after it (`将 M 册图书送到`)."""
    after = view.text[n.end:min(view.clause_end(n.end), n.end + _data()["after"])]
    start = max(view.text.rfind(c, 0, n.start) for c in _CLAUSE_ENDS) + 1
    before = view.text[start:n.start]  # `甲市支援帐篷 400 顶、棉被 M 条`: the verb before a `、`
    return any(v in before or v in after for v in _data()["giving"])


def _noun(view: PageView, whole: Num, part: Num) -> str:
    """What both count: a noun their names end with, or the same noun right after both."""
    noun = name_ending(view, whole, part)
    if noun:
        return noun
    a, b = view.noun_after(whole), view.noun_after(part)
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return a[:k] if k >= _SHORTEST else ""


def name_ending(view: PageView, a: Num, b: Num) -> str:
    """A noun both names end with: measures.shared_noun, else the names' common end of two
    characters or more (`棉被`, a name the phrase split cuts at `被`)."""
    noun = shared_noun(view, a, b)
    if noun:
        return noun
    x, y = name_of(view, a), name_of(view, b)
    k = 0
    while k < min(len(x), len(y)) and x[-1 - k] == y[-1 - k]:
        k += 1
    return x[len(x) - k:] if k >= _SHORTEST else ""
