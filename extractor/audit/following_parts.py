"""following parts: a total stated with `共`/`总`/`合计`, then its parts, one clause each, in the
one to three sentences after it.

    全省共建成站点 542 个。其中城区站点 413 个，乡镇站点 129 个。
    全市共投资 80 亿元，…。据统计，城区项目共完成投资 50 亿元，…。郊县项目共完成投资 30 亿元，…。

The total is an amount (not a change) whose words before it in its clause hold a total word
(data/cues.toml [following] total), or an amount of another measure after it in its sentence
(`共投资 a 亿元，竣工面积 b 万平方米`). A part is an amount of the same measure in the sentences
that follow, in a row (a sentence without one ends them), whose clause shares at least
`_SHARED_WEAK` characters in a row with the total's clause (the measure's words: `投资`, `面积`).
A part equal to or over the total restates or contains it: no breakdown then.

Verdicts: the fewest leading parts (two or more) that add up to the total are its breakdown,
consistent. Parts opening with every member of a category set (data/complementary.toml:
`城市…a 个，农村…b 个`) are said to be the whole: they must add up. Otherwise only a next sentence opening with `其中`/`分别` says its amounts (of the
total's measure, the total the last of that measure before it) are parts: they may be only some,
so short of the total is consistent as a `其中` breakdown is (findings.sum_draft), over it
inconsistent. Without the cue nothing is said: parallel sentences (`东部地区共有 a 人。中部地区
b 人。`) name peers of the total, not its parts.
"""
from __future__ import annotations

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .amounts import is_amount, is_change, marked_total
from .findings import sum_draft
from .model import Draft, Num, PageView
from .nested_parts import split_nested
from .sentence_parts import longest_shared

_AFTER = 3  # sentences after the total where its parts may stand
_SHARED_WEAK = 2  # characters in a row a part's clause shares with the total's (the measure word)
_MAX_PARTS = 12  # candidate parts read after one total (a table as one sentence stays linear)
_CLAUSE_TAIL = 30  # the words of a clause compared are at most this many before its number
_CUE_GAP = 8  # the total word stands at most this many characters before the total


def _clause(view: PageView, n: Num) -> str:
    return view.text[max(view.clause_start(n.start), view.prev_end(n.start), n.start - _CLAUSE_TAIL):n.start]


def _usable(view: PageView, n: Num) -> bool:
    return n.type in SUMMABLE_TYPES and not is_change(view, n) and is_amount(view, n)


def _is_total(view: PageView, n: Num) -> bool:
    words = view.text[max(view.clause_start(n.start), n.start - _CUE_GAP):n.start]
    return _usable(view, n) and cues.contains_any(words, "following", "total") is not None


def check(view: PageView) -> list[Draft]:
    drafts: list[Draft] = []
    used: set[int] = set()  # the parts found: a part said with 共 is no total of the parts after it
    for i in range(len(view.sentences) - 1):
        said_total = None  # `共投资 a 亿元，竣工面积 b 万平方米`: the 共 carries to the amounts after it
        carried: list[Num] = []
        for total in view.in_sentence(i):
            cued = _is_total(view, total)
            if said_total is None and cued:
                said_total = total
            if not cued and (said_total is None or not _usable(view, total)
                             or any(total.same_measure(m) for m in carried)):
                continue
            carried.append(total)  # one carried total per measure: the work stays linear
            if total.rec["start"] not in used:
                d = _breakdown(view, i, total)
                if d is not None:
                    drafts.append(d)
                    used.update(f["start"] for f in d.facts[1:])
    return drafts


def _candidates(view: PageView, i: int, total: Num, said: str) -> list[tuple[Num, int]]:
    """The parts after the total: (number, characters its clause shares with the total's)."""
    out = []
    for j in range(i + 1, min(len(view.sentences), i + 1 + _AFTER)):
        if view.sentences[j].article != view.sentences[i].article:
            break
        found = []
        for n in view.in_sentence(j):
            if not n.same_measure(total) or not _usable(view, n):
                continue
            score = longest_shared(said, _clause(view, n))
            if score >= _SHARED_WEAK:
                found.append((n, score))
                if len(out) + len(found) >= _MAX_PARTS:
                    break
        if not found:
            break
        out += found
        if len(out) >= _MAX_PARTS:
            return out[:_MAX_PARTS]
    return out


def _breakdown(view: PageView, i: int, total: Num) -> Draft | None:
    said = _clause(view, total)
    found = _candidates(view, i, total, said)
    if any(n.interval.lo >= total.interval.lo for n, _ in found[:2]):
        return None  # a restatement of the total, or a larger whole: no breakdown
    below = [n for n, _ in found if n.interval.hi < total.interval.lo]
    for k in range(2, len(below) + 1):
        parts = below[:k]
        d = sum_draft(total, parts, True, "各部分加总即为总数")
        if d.verdict == "consistent":
            d.explanation = d.explanation.rstrip("。") + "（总数之后各句分列其组成部分）。"
            return d
    complete = _complete_set(view, below)
    if complete is not None:
        parts, members = complete
        return sum_draft(total, parts, True, f"其后各句（{'/'.join(members)}）构成全部类别")
    nxt = view.sentences[i + 1]
    if cues.contains_any(view.text[nxt.start:nxt.start + 4], "following", "partial") is None:
        return None  # parallel sentences (`东部地区共有…。中部地区…`) are peers, not parts, unless said
    # `其中` points back to the last amount of its measure before it: the total must be that one
    if any(n.same_measure(total) and n.start > total.start for n in view.in_sentence(i)):
        return None
    # a second 其中 breaks down a part: its amounts are no parts of the total
    inner = view.text.find(view.text[nxt.start:nxt.start + 2], nxt.start + 2, nxt.end)
    stop = nxt.end if inner < 0 else inner
    parts = [n for n in view.in_sentence(i + 1) if n.same_measure(total) and _usable(view, n) and n.end <= stop
             and not marked_total(view, n)]
    parts = split_nested(view, parts)[0]  # `在民生支出中，…`: parts of a part are no siblings (nested_parts.py)
    # one part alone over the total counts another thing (`共 4 个大项。其中小项 40 个`)
    if len(parts) < 2 or any(n.interval.lo > total.interval.hi for n in parts):
        return None
    return sum_draft(total, parts, False, "“其中”之后只列出部分")


def _complete_set(view: PageView, found: list[Num]) -> tuple[list[Num], tuple[str, ...]] | None:
    """The leading parts whose clauses open with the members of one category set, one each and
    all of them (`城市卫生院 a 个，农村卫生院 b 个`): said to be the whole."""
    words = [view.text[view.clause_start(n.start):n.start] for n in found]
    for members in cues.complementary_sets():
        k = len(members)
        named = [next((m for m in members if w.startswith(m)), None) for w in words[:k]]
        if len(words) >= k and set(named) == set(members):
            return found[:k], members
    return None
