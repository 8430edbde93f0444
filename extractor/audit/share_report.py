"""rate: a share of a work report said by the names of its part and whole, both amounts given
far before it (another section), found by name and confirmed by the arithmetic.

    本年支出合计 14,826,500,000 元。……其中，农业水利费支出 3,717,100,000 元……（paragraphs on）
    本年全省决算用于农业水利方面的支出，共占本年支出的 25.07%。
    全省预算规定……支出总数为 14,826,500,000 元……水利费支出为 1,254,300,000 元……
    水利费在全省支出预算中所占的比重为 8.46%
A budget report reviews its accounts line by line and then states shares of them, the amounts
sections away. The share's clause holds no amount (`X 占 Y 的`, `X 在 Y 中所占的比重为`, or `共占
Y 的` after a clause naming X); the share is written with three significant digits or more. A
part is an earlier amount of the article whose name shares two pairs of characters with X
(`水利费支出` of `用于水利的支出`: 水利, 支出), a whole one
of the same measure, larger, whose name shares a pair with Y; the pair is kept only where it gives
the share within the precision of every number and it is the only such pair (a chance match of
a share of three digits or more is rare, and the names narrow it). So every finding here is
consistent, as report_bases.py's are: a share no pair gives may be of amounts defined otherwise,
and nothing is said of it. share_back.py reads the nearer shares by name alone (it runs first).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .amounts import is_amount, is_change
from .model import Draft, Num, PageView
from .rate_drafts import rate_draft

_NAME = (2, 20)  # characters of X and of Y
_LABEL = 30  # characters of an amount's name read before it
_NUMS = 400  # numbers before the share looked at (a report's budget section: a few hundred)
_EACH = 60  # candidates kept for the part and for the whole, nearest first (bounded pairs)
_NEAR = 1.0  # percentage points within which a pair is worth the exact check
_DIGITS = 3  # significant digits a share needs to be matched by arithmetic
_PART_PAIRS, _WHOLE_PAIRS = 2, 1  # pairs of characters a part's and a whole's names share with X and Y


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("share_back.toml")["share_back"]


@lru_cache(maxsize=1)
def _clauses() -> tuple[re.Pattern, re.Pattern]:
    c = _cues()
    share = "|".join(map(re.escape, c["share_words"]))
    verbs = "|".join(map(re.escape, sorted(c["verbs"], key=len, reverse=True)))
    name = f"[^，。；：！？、\\s\\d]{{{_NAME[0]},{_NAME[1]}}}?"
    named = re.compile(f"(?P<x>{name})(?:占(?P<y1>{name})的?(?:{share})?|在(?P<y2>{name})中所?占的?(?:{share}))(?:{verbs})?$")
    bare = re.compile(f"^共?占(?P<y1>{name})的?(?:{share})?(?:{verbs})?$")
    return named, bare


def check(view: PageView) -> list[Draft]:
    drafts = []
    for p in view.nums:
        if p.type != "percent" or p.unit != "%" or p.qualifier != "exact" or _digits(p.text) < _DIGITS:
            continue
        names = _names(view, p)
        if names is None:
            continue
        x, y = names
        before = [n for n in view.before(view.clause_start(p.start), _NUMS)
                  if n.article == p.article and n.type in SUMMABLE_TYPES and n.type != "percent"
                  and is_amount(view, n) and not is_change(view, n)]
        parts = [n for n in reversed(before) if _shares(view.label_before(n, _LABEL), x) >= _PART_PAIRS][:_EACH]
        wholes = [n for n in reversed(before) if _shares(view.label_before(n, _LABEL), y) >= _WHOLE_PAIRS][:_EACH]
        found = {}
        for part in parts:
            for whole in wholes:
                if whole is part or not whole.same_measure(part) or whole.value <= part.value \
                        or abs(part.value / whole.value * 100 - p.value) > _NEAR:
                    continue
                d = rate_draft(p, part, whole)
                if d.verdict == "consistent":
                    found.setdefault((part.value, whole.value), d)
        if len(found) == 1:
            d = next(iter(found.values()))
            d.explanation = d.explanation.rstrip("。") + "（部分与整体按名称在前文找到，由算术确认）。"
            drafts.append(d)
    return drafts


def _names(view: PageView, p: Num) -> tuple[str, str] | None:
    """X and Y of the share's clause, X from the clause before where the clause opens with `占`."""
    start = view.clause_start(p.start)
    if view.between(start, p.start):
        return None  # an amount in the clause: rate.py's
    named, bare = _clauses()
    said = view.text[max(start, view.prev_end(p.start)):p.start]
    m = named.search(said)
    if m is not None:
        return m.group("x"), m.group("y1") or m.group("y2")
    m = bare.search(view.text[start:p.start])
    if m is None or start < 2:
        return None
    before = view.clause_start(start - 1)
    if view.between(before, start - 1) or view.sentence_index(before) != view.sentence_index(p.start):
        return None
    x = view.text[max(before, view.prev_end(start - 1)):start - 1]
    return (x, m.group("y1")) if len(x) >= _NAME[0] else None


def _shares(label: str, name: str) -> int:
    """How many different pairs of characters in a row of the name the label holds (`国防费支出`
    holds 国防 and 支出 of `用于国防的支出`)."""
    return len({name[i:i + 2] for i in range(len(name) - 1) if name[i:i + 2] in label})


def _digits(text: str) -> int:
    digits = re.sub(r"\D", "", text.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    return len(digits.lstrip("0"))
