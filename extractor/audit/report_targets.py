"""bound: a result said to fall short of, or to pass, a target that the text sets for it.

Structures read (cue words in data/report_targets.toml):
    物价涨幅要从 14.8% 降到 10% 左右，…，实际回落到 6.1%，明显低于预定的调控目标
                                                the target set earlier in the sentence (a clause
                                                with `要`, `预期`), the result after `实际`, the
                                                phrase `低于…目标` naming no number of its own
    单位地区生产总值用水量…转为下降 0.8%。…没有实现年初确定的单位地区生产总值用水量降低 3% 左右的目标
                                                the target inside the phrase, the result in an
                                                earlier sentence of the paragraph that names the
                                                target's measure (four characters at least) and
                                                moves the same way (a cut, a fall)
Work reports review last year's targets this way. The claim is the target: the result must lie
below it (`没有实现`, `低于`) or above it (`超过`). A result within the target's own margin
(`4% 左右`) is unverifiable; a result on the wrong side is inconsistent, the phrase tying the two.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from ..fact_types import SUMMABLE_TYPES
from .model import Draft, Num, PageView

_PHRASE = 40  # most characters between the comparison word and 目标
_NAME = 4  # the shortest measure name that ties a result sentences before the target
_SENTENCES_BACK = 3  # how far back in the paragraph a result is looked for
_TYPES = SUMMABLE_TYPES + ("percent",)


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("report_targets.toml")["report_targets"]


@lru_cache(maxsize=1)
def _phrase() -> re.Pattern:
    ways = sorted(_cues()["short"] + _cues()["over"], key=len, reverse=True)
    target = "|".join(_cues()["target"])
    return re.compile(f"(?P<way>{'|'.join(ways)})(?P<mid>[^。；！？]{{0,{_PHRASE}}}?)(?:{target})")


def _any(text: str, key: str) -> str | None:
    return next((w for w in sorted(_cues()[key], key=len, reverse=True) if w in text), None)


def check(view: PageView) -> list[Draft]:
    drafts = []
    for m in _phrase().finditer(view.text):
        way = "under" if m.group("way") in _cues()["short"] else "over"
        inside = [n for n in view.between(m.start("mid"), m.end("mid")) if n.type in _TYPES]
        if inside:
            if m.group("way") not in _cues()["missed"]:
                continue  # `低于…6%的目标` with its number: stated_bound.py
            target = inside[0]
            result, tied = _result_before(view, target, m.start("mid"))
        else:
            if not _any(m.group("mid"), "set_before"):
                continue
            target, result = _set_in_sentence(view, m.start())
            tied = True
        if target is None or result is None or not result.same_measure(target):
            continue
        drafts.append(_draft(target, result, way, tied, m.group("way")))
    return drafts


def _set_in_sentence(view: PageView, at: int) -> tuple[Num | None, Num | None]:
    """The target set in a clause of the sentence before the phrase, and the result said after
    it with `实际`: the last number of each such clause."""
    start, _ = view.sentence_span(at)
    target = result = None
    for n in view.between(start, at):
        if n.type not in _TYPES:
            continue
        clause = view.text[view.clause_start(n.start):n.start]
        if _any(clause, "actual") and target is not None:
            result = n
        elif _any(clause, "set_words") and result is None:
            target = n
    return target, result


def _measure(view: PageView, target: Num, mid_start: int) -> tuple[str, str | None]:
    """The target's measure (`单位国内生产总值能耗`) and its direction word, from the phrase."""
    text = view.text[max(mid_start, view.clause_start(target.start)):target.start]
    text = text.rsplit("的", 1)[-1]
    for key in ("fall", "rise"):
        for w in sorted(_cues()[key], key=len, reverse=True):
            if text.endswith(w):
                return text[: -len(w)], key
    return text, None


def _result_before(view: PageView, target: Num, mid_start: int) -> tuple[Num | None, bool]:
    """A result in an earlier sentence of the paragraph that names the target's measure and
    moves its way: the last number of that sentence whose clause ends with such a verb."""
    name, direction = _measure(view, target, mid_start)
    if len(name) < _NAME or direction is None or target.sentence < 0:
        return None, False
    for sent in range(target.sentence - 1, max(-1, target.sentence - 1 - _SENTENCES_BACK), -1):
        s = view.sentences[sent]
        at = view.text.find(name, s.start, s.end)
        if at < 0:
            continue
        moving = [n for n in view.between(at, s.end) if n.same_measure(target)
                  and any(view.text[view.clause_start(n.start):n.start].endswith(w)
                          for w in _cues()[direction])]
        if moving and moving[0].paragraph == target.paragraph:
            return moving[0], True
        return None, False
    return None, False


def _draft(target: Num, result: Num, way: str, tied: bool, said: str) -> Draft:
    t, r = target.interval, result.interval
    below = way == "under"
    if (r.hi < t.lo) if below else (r.lo > t.hi):
        verdict, how = "consistent", "一致"
    elif (r.lo > t.hi) if below else (r.hi < t.lo):
        verdict, how = ("inconsistent", "不符") if tied else ("unverifiable", "不符，但两数未能确定为同一指标")
    else:
        verdict, how = "unverifiable", "在目标的约数幅度之内，无法判定"
    expected = [None, target.shown] if below else [target.shown, None]
    text = (f"文中说“{said}”目标 {target.written}，结果应{'低于' if below else '高于'}它："
            f"所述结果 {result.written}，{how}。")
    return Draft("bound", verdict, [target.ref(), result.ref()], expected, result.shown, text)
