"""Which whole a `其中` breaks down after a part said in brackets right after a whole.

    全市常住人口 1000 万人（含外来人口 300 万人），其中城镇人口 620 万人      the whole outside: the
                                                   part is more than the bracket's number
    全市城镇人口 600 万人（含外来人口 300 万人），其中农村外来人口 80 万人  the bracket's: the part
                                                   names the bracket's part (外来人口) as its own
    就业人员 500 万人（含城镇就业 300 万人），其中农村就业 200 万人   the whole outside: 农村 and
                                                   城镇 are siblings of one dimension (modifier_kinds)
    财政总收入 20 亿元（含上级补助收入 8 亿元），其中一般性转移支付 5 亿元   both: the words allow
                                                   the bracket's part (a kind of 上级补助) and the whole
    接待游客 5000 万人次（含入境游客 200 万人次），其中外国游客 150 万人次   both
The bracket opens with a part word (data/among.toml bracket_open) and closes before the `其中`.
Where both readings hold, a checker that needs the exact whole (a share, an exhaustive sum) may not
call the arithmetic wrong on either one; a bound (a part no larger than the whole outside) holds
under both.
"""
from __future__ import annotations

from functools import lru_cache

from . import cues, frames, modifier_kinds
from .heads import head, unscoped
from .model import Num, PageView

OUTSIDE, BRACKET, BOTH = "outside", "bracket", "both"
_NAME = 2  # characters a name must have to tie a part to it
_PART_MARKS = "，,：:、；为是有"


@lru_cache(maxsize=1)
def _opens() -> tuple[str, ...]:
    return tuple(cues.table("among.toml")["among"]["bracket_open"])


def bracket_part(view: PageView, n: Num, before: int) -> str:
    """The name of the part n says in brackets (`含外来人口` gives 外来人口) where n stands in
    brackets opened by a part word that close before the position `before`; "" otherwise."""
    start, _ = view.sentence_span(n.start)
    at = view.text.rfind("（", start, n.start)
    if at < 0 or "）" in view.text[at:n.start]:
        return ""
    close = view.text.find("）", n.end, before)
    said = view.text[at + 1:n.start]
    word = next((w for w in _opens() if said.startswith(w)), "")
    return (said[len(word):].strip() or word) if close >= 0 and word else ""


def reading(view: PageView, n: Num, part: Num | None, before: int) -> str | None:
    """For a number n said as a bracketed part before `before`: OUTSIDE where the `其中` part after
    the brackets cannot be of n (larger than it, or named as a sibling of its kind), BRACKET where
    its name names n's part, BOTH where the words allow either; None where n is no bracketed part."""
    name = bracket_part(view, n, before)
    if not name:
        return None
    if part is None:
        return BOTH
    if part.same_measure(n) and part.value > n.value:
        return OUTSIDE  # the bracket's part cannot hold it
    own = unscoped(head(view, part)).split("其中")[-1].strip(_PART_MARKS)
    if len(name) >= _NAME and name in own and own != name:
        return BRACKET  # `（含外来人口…），其中农村外来人口`
    tail = _shared_tail(own, name)
    if tail >= _NAME and modifier_kinds.siblings(own[:-tail], name[:-tail]):
        return OUTSIDE  # `（含城镇就业…），其中农村就业`: a sibling of the bracket's part
    return BOTH


def _shared_tail(a: str, b: str) -> int:
    k = 0
    while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
        k += 1
    return k


def share_whole(view: PageView, p: Num, part: Num, totals: list[Num], cue: int) -> tuple | None:
    """The whole of a share p of `part` said after `其中` (`cue`), among the levels `totals` said
    before it in the sentence (the last nearest): a bracketed part where the words name it, the
    whole outside where they rule the bracket's part out; where both hold, the one the stated
    share fits, else the whole outside with the reason a mismatch is unverifiable. None for no
    whole but bracketed parts."""
    said = [(n, r) for n in totals if (r := reading(view, n, part, cue)) != OUTSIDE]
    if not said:
        return None
    last, how = said[-1]
    outside = [n for n, r in said if r is None]
    if how is None or how == BRACKET:
        return part, last
    if not outside:
        return None
    whole = outside[-1]
    if frames.fits(p, part, whole) or not frames.fits(p, part, last):
        return (part, whole) if frames.fits(p, part, whole) else \
            (part, whole, f"“其中”也可能是括号内的 {last.written} 的细分，所指的整体不确定")
    return part, last
