"""rate: the whole of a share named by a scope, read where the nearest number would mislead.

    查出问题金额 8.64 亿元，其中违规金额 1.27 亿元，管理不规范金额 7.37 亿元；违规金额中，损失浪费
    3180 万元，占 25.0%
        `违规金额中，` opens the share's clause: the whole is the number named 违规金额 (1.27 亿元),
        not the nearest amount before (7.37 亿元)
    5 个中心镇在校学生分别为 6820 人、…，合计 28460 人，占全县在校学生的 24.0%
        `全县在校学生` names the county's total of pupils (全县…在校学生 118460 人); a pupil
        count of the sentence smaller than the part (6820 人) is one of the part's own items
    全县常住人口为 X 人。…家庭户人口为 Y 人。…全县常住人口中，男性人口为 A 人，占 N%；女性…
        `X中，` opening the sentence scopes each of its shares: the whole is the latest amount
        named X, however far back (X, not the nearer household count Y); where no amount is
        named X, the whole found otherwise is not sure (a mismatch is unverifiable)

rate.py finds a share's whole by its words; this review corrects the whole where a scope says
which whole is meant (data/scope_wholes.toml). A whole found otherwise stays as it was.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from ..names.divisions import gazetteer
from .bases import usable_amount
from .model import Num, PageView
from .heads import unscoped
from .named_wholes import SHARE_BEFORE, names_whole, squeeze
from .wholes import article_before, own_name

_NAME = (2, 10)  # characters of a scope's name
_TAIL = 2  # characters of a named whole's head noun that the whole's name must end with
_HEADING = 20  # characters of a heading line a sentence may run on from
_SENTENCES = 1  # sentences back where a scope's whole may stand (a PDF line break may end one)


@lru_cache(maxsize=1)
def scope_cues() -> dict:
    """data/scope_wholes.toml: closers, not_open, area_scopes (scope_open_parts.py keeps its own, `各` opening a name there)."""
    return cues.table("scope_wholes.toml")["scope_wholes"]


def _scope_body() -> str:
    """`X中，`: group 1 is X."""
    closers = "|".join(map(re.escape, sorted(scope_cues()["closers"], key=len, reverse=True)))
    return f"([^，。；;！？、\\n0-9：:（(]{{{_NAME[0]},{_NAME[1]}}}?)(?:{closers})"


@lru_cache(maxsize=1)
def scope_re() -> re.Pattern:
    """`X中，` opening a sentence or following `；`: group 1 is X (a PDF line break opens nothing)."""
    return re.compile("(?:^|(?<=[。；;！？]))" + _scope_body())


@lru_cache(maxsize=1)
def opening_re() -> re.Pattern:
    """`X中，` matched where a sentence's own words start (re.match at that position)."""
    return re.compile(_scope_body())


def review(view: PageView, p: Num, found: tuple) -> tuple:
    """The share p's (numerator, whole[, weak]) with the whole a scope names, where it names one;
    not sure where the share names an area wider than the place its whole is said of."""
    found = _scoped(view, p, found)
    whole = found[1]
    if whole is None or len(found) == 3 and found[2]:
        return found
    area, place = _area_of_share(view, p), _place_said(view, whole)
    if area and place and place[-1] in scope_cues()["area_levels"] and place[-1] != area[-1]:
        # `厦门市进出口总额 3000 亿元，其中出口 1800 亿元，占全省出口的 36.0%`: the province's
        # exports, which the sentence does not give, not the city's own total
        return found[0], whole, f"“{area}”的整体不是{place}的 {whole.written}"
    return found


def _area_of_share(view: PageView, p: Num) -> str | None:
    """The area word a share names its whole by (`占全省出口的`: 全省), or None."""
    before = view.text[view.clause_start(p.start):p.start]
    return next((w for w in scope_cues()["area_scopes"] if f"占{w}" in before), None)


def _place_said(view: PageView, whole: Num) -> str | None:
    """The place a number is said of in its own sentence before it (`厦门市进出口总额`), where the
    record's place is written there, in full or by its short form (`厦门进出口总额`: 厦门 of
    厦门市, from the gazetteer)."""
    place = whole.rec.get("place") if hasattr(whole.rec, "get") else None
    if not isinstance(place, str) or not place:
        return None
    start, _ = view.sentence_span(whole.start)
    said = view.text[start:whole.start]
    forms = [place] + [d.short for d in gazetteer().full(place) if d.short]
    return place if any(f in said for f in forms) else None


def _scoped(view: PageView, p: Num, found: tuple) -> tuple:
    """The share p's (numerator, whole[, weak]) with the whole a scope names, where it names one."""
    num, whole = found[0], found[1]
    scoped = _clause_scope(view, num)
    if isinstance(scoped, str):  # the scope names a whole no amount before is named by: not guessed
        if whole is None or len(found) == 3 and found[2]:
            return found
        return num, whole, f"{whole.written} 未被称作“{scoped}”，未必是其所占的整体"
    if scoped is not None and scoped is not whole:
        said = _share_names(view, p)
        if said and not names_whole(said, squeeze(unscoped(own_name(view, scoped)))):
            return found  # `X中，…占全省基础研究经费的 63.2%`: the share names a whole of its own
        return num, scoped
    if whole is not None and whole.value < num.value and p.value <= 100:
        named = _area_named(view, p, num)
        if named is not None:
            return num, named
    return found


def _share_names(view: PageView, p: Num) -> str | None:
    """The whole a share names right before it (`占全省基础研究经费的 63.2%`: 全省基础研究经费
    less its scope), None for a bare share or one of a scope only (`占全省的`)."""
    m = SHARE_BEFORE.search(view.text, view.clause_start(p.start), p.start)
    name = unscoped(squeeze(m.group("name"))) if m else ""
    return name if len(name) >= _NAME[0] else None


def _clause_scope(view: PageView, num: Num) -> Num | str | None:
    """`违规金额中，损失浪费 X，占 N%`: the number named by the scope opening the clause before the
    part's, in the part's sentence, or opening the part's sentence (`全县常住人口中，男性…；女性…`),
    of its measure and not smaller: the nearest within a sentence back, else the latest earlier in the
    article; the scope's name where no amount before is named by it."""
    c_start = view.clause_start(num.start)
    if c_start < 2:
        return None
    s_start = view.sentences[num.sentence].start if num.sentence >= 0 else 0
    m = None
    for m_ in scope_re().finditer(view.text, max(s_start, c_start - _NAME[1] - 4), c_start):
        if m_.end() == c_start:
            m = m_
    if m is None:
        m = opening_re().match(view.text, _opening(view, s_start, c_start))  # `X中，` opening the sentence
        if m is None or m.end() > c_start or "其中" in view.text[m.end():num.start]:
            return None
    name = m.group(1)
    if name.startswith("在"):
        name = name[1:]  # `在全县常住人口中，`: the same scope
    if name.startswith(tuple(scope_cues()["not_open"])) or len(name) < _NAME[0]:
        return None
    fits = [n for n in article_before(view, num) if n.end <= m.start() and n.same_measure(num)
            and n.value >= num.value and names_itself(own_name(view, n), name)]
    near = [n for n in fits if 0 <= num.sentence - n.sentence <= _SENTENCES]
    if near:
        return near[-1]
    return fits[-1] if fits else name


def names_itself(label: str, name: str) -> bool:
    """The label names X itself somewhere (`全市出口`, `2025年出口`, `出口为`), not a longer name that
    ends with X (`其中对美出口` is no 出口; data/scope_wholes.toml: before_name)."""
    at = label.find(name)
    while at >= 0:
        before = label[:at]
        if not before or not "\u4e00" <= before[-1] <= "\u9fff" or before.endswith(tuple(scope_cues()["area_scopes"])) \
                or before.endswith(tuple(scope_cues()["before_name"])):
            return True
        at = label.find(name, at + 1)
    return False


def _opening(view: PageView, s_start: int, c_start: int) -> int:
    """Where the sentence's own words start: after a heading line it runs on from (`三、性别构成`)."""
    line = view.text.rfind("\n", s_start, c_start)
    if line < 0:
        return s_start
    head = view.text[s_start:line].strip()
    return line + 1 if len(head) <= _HEADING and not any(c in head for c in "，,；;") else s_start


def _area_named(view: PageView, p: Num, num: Num) -> Num | None:
    """`占全县在校学生的 24.0%`: the number before the part, larger than it, whose name holds the
    area word and ends with the named whole's head noun."""
    before = view.text[view.clause_start(p.start):p.start]
    scope = next((w for w in scope_cues()["area_scopes"] if w in before), None)
    if scope is None:
        return None
    named = before[before.index(scope) + len(scope):].rstrip("的为达约近")
    if named.endswith("的"):
        named = named[:-1]
    head = named[-_TAIL:]
    if len(head) < _TAIL:
        return None
    fits = [n for n in article_before(view, num) if n.same_measure(num) and n.value > num.value and usable_amount(view, n)
            and scope in view.label_before(n, 30) and head in view.label_before(n, 30)]
    return fits[-1] if fits else None
