"""rate over a `分别` list: shares matched to their parts in order.

    出口、进口分别为 2800 亿元、2200 亿元，分别占进出口总额的 56%、44%
    …分别为 14.6 亿元、132.8 亿元和 9.7 亿元，其他…29.3 亿元；四者占快递业务收入的比重分别为 7.8%、…
        the k shares after `分别占` belong, in order, to the last k numbers of one measure
        before it in the sentence; the whole is named in the phrase (`进出口总额`) and found
        the way rate.py finds a named whole, or, not named, is the number of that measure
        before the parts (sure where `其中` stands between), or the total of the sentence
        before that a `其中` opening the parts' sentence breaks down, or the frame (`在 N 名
        委员中，`) or stated total of people such a sentence carries on (frames.py)
rate.py leaves such shares to this module (covers()).
"""
from __future__ import annotations

import re

from . import cues, frames, total_wholes, wholes
from .model import Draft, Num, PageView

_LIST_GAP = re.compile(r"^[、，,和及与]{1,2}$")  # between the items of a list
_CUE = "分别"
_REACH = 40  # characters after `分别占` in which its shares stand
_COPULAS = ("为", "是", "达")  # `占 X 的比重分别为 a%、b%`
# `四者占快递业务收入的比重`, `两项占全省的比例`: the whole named before `分别`, the clause ending there
_SHARE_BEFORE = re.compile(r"占(?P<name>[^，,；;。：:\d]{2,16}?)的?(?:比重|比例)$")


def cue_before(view: PageView, p: Num) -> int:
    """Where `分别占` (or `占 X 的比重分别为`, `所占比重分别为`) opens the list p belongs to, or -1."""
    return _cue_before(view, p)


def share_list_after(view: PageView, at: int) -> list[Num]:
    """The percentages of the list `分别` at `at` opens, in order."""
    return _shares(view, at)


def _cue_before(view: PageView, p: Num) -> int:
    """Where `分别占` (or `占 X 的比重分别为`) opens the list p belongs to, or -1."""
    start = view.sentences[p.sentence].start
    at = view.text.rfind(_CUE, start, p.start)
    if at < 0 or p.start - at > _REACH:
        return -1
    verb = view.text[at + len(_CUE):at + len(_CUE) + 3]
    if verb.startswith(cues.words("rate", "of_verbs")):
        return at
    return at if _share_said(view, at) is not None and verb.startswith(_COPULAS) else -1


def _share_said(view: PageView, at: int) -> str | None:
    """`四者占快递业务收入的比重分别为`: the whole named in the clause before `分别`, the shares said
    after it with a copula (`为`), else None."""
    m = _SHARE_BEFORE.search(view.text, view.clause_start(at), at)
    return m.group("name") if m else None


def _shares(view: PageView, at: int) -> list[Num]:
    """The percentages of a `分别占 … a%、b%` list, in order."""
    return share_list(view, at, at + _REACH + 40)


def share_list(view: PageView, start: int, end: int) -> list[Num]:
    """The percentages listed one after another from the first number in [start, end) on."""
    out: list[Num] = []
    for n in view.between(start, end):
        if n.type != "percent" or n.unit != "%":
            break
        if out and not _LIST_GAP.match(view.text[out[-1].end:n.start]):
            break
        out.append(n)
    return out


def covers(view: PageView, p: Num) -> bool:
    """Whether p is one of two or more shares of a `分别占` list (read here, not by rate.py)."""
    at = _cue_before(view, p)
    return at >= 0 and len(_shares(view, at)) >= 2 and p in _shares(view, at)


def check(view: PageView) -> list[Draft]:
    from .rate import rate_draft  # rate.py asks covers() of this module
    drafts = []
    done: set[int] = set()
    for p in view.nums:
        if p.type != "percent" or p.sentence < 0:
            continue
        at = _cue_before(view, p)
        if at < 0 or at in done:
            continue
        done.add(at)
        shares = _shares(view, at)
        if len(shares) < 2:
            continue
        before = [n for n in view.before(at, len(shares) + 20) if n.sentence == p.sentence and n.type != "percent"]
        parts = before[-len(shares):]
        if len(parts) < len(shares) or not all(n.same_measure(parts[0]) for n in parts):
            continue
        found = _whole(view, at, shares[0], parts)
        if found is None:
            continue
        whole, weak = found
        drafts += [rate_draft(s, part, whole, weak) for s, part in zip(shares, parts)]
    return drafts


def _whole(view: PageView, at: int, first: Num, parts: list[Num]) -> tuple[Num, str | None] | None:
    from .earlier_wholes import named_whole_earlier
    named = view.text[at + len(_CUE):first.start]
    named = next((named[len(v):] for v in cues.words("rate", "of_verbs") if named.startswith(v)), named)
    named = next((named[: -len(t)] for t in cues.words("rate", "of_tails") if named.endswith(t)), named)
    if not view.text.startswith(cues.words("rate", "of_verbs"), at + len(_CUE)):
        named = _share_said(view, at) or named  # `占 X 的比重分别为`: X before the cue
    largest = max(n.value for n in parts)
    inside = [n for n in view.between(at, first.start) if n.same_measure(parts[0])]
    if inside:
        return inside[-1], None
    candidates = [n for n in wholes.article_before(view, parts[0]) if n.same_measure(parts[0]) and n.value > largest]
    if len(named) >= 2:
        found = named_whole_earlier(view, named, parts[0], candidates)
        if found is not None:
            return found
    same = [n for n in candidates if n.sentence == parts[0].sentence]
    if same:
        between = view.text[same[-1].end:parts[0].start]
        # `在 2979 名代表中，A a 名，B b 名，分别占…`: the frame of the sentence is the parts' whole
        sure = cues.words("sum", "partial")[0] in between or frames.frame_noun(view, same[-1]) is not None
        return same[-1], None if sure else f"{same[-1].written} 未被明说是这些部分所占的整体"
    # `总产值 X 元。其中 A a 元，B b 元，分别占 …`: the total the sentence's `其中` breaks down
    cue = view.text.rfind(cues.words("sum", "partial")[0], view.sentences[parts[0].sentence].start, parts[0].start)
    total = total_wholes.total_of_sentence_before(view, cue, parts[0]) if cue >= 0 else None
    if total is not None and total.value > largest:
        return total, None
    # `在 N 名委员中，…`: the frame of the sentence, or the frame or total a `其中` carries on
    framed = frames.sentence_frame(view, first, parts[0])
    found = (framed, None) if framed is not None else frames.carried_whole(view, first, parts[0])
    return found if found is not None and found[0].value > largest else None
