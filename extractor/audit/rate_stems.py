"""rate: a rate named by what it is taken of (`X率`), said with that amount but not with its whole
(unverifiable, with the amount).

    今年全社会固定资产投资调控目标为 25300 亿元，投资率为 32%。   the amount right before the rate
    城镇登记失业人员 860 万人，失业率 4.1%。
    财政赤字率按 3% 左右安排，赤字规模 5.66 万亿元。               the amount after it, in its sentence
A rate's name less `率` (its stem: `投资` of `投资率`, `赤字` of `赤字率`; a rate noun at its end
a rate of a price, `利率`, `税率`, `汇率`, `费率`, is taken of no amount) names what it is taken of. An amount whose name holds the stem,
in the rate's sentence (before or after it) or the sentence before, is the rate's numerator; the
whole it is taken over (for 赤字率 and 投资率 the gross product) the text does not state: an
auditor names both numbers and calls the rate unverifiable, a target's as an aim. The nearest such
amount is taken; an addition (`新增`) or a change (`比上年增加`) is no level a rate is taken of, and
an amount with another of its measure before it in its sentence may have its whole there
(rate_after_part.py's). The words between the rate's name and its number are a copula or a word of
arranging (`按`, `拟按`), a few characters and no comparison or change (data/rate_stems.toml).
Only where no other check took the rate (CLAIM_ONLY in __init__.py): rate.py and rate_after_part.py
read it where its whole is given; rate_unbased.py names a rate no amount is found for.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .amounts import is_change
from .model import CLAUSE_BREAKS, Draft, Num, PageView
from ..clauses import LIST_MARKS, with_halfwidth

_LABEL = 40  # characters of an amount's label read for the stem
# a rate's name runs back to a clause break, a list mark, a bracket or a quote (`“十四五”规划的投资率`)
_BREAK = re.compile("[" + re.escape(with_halfwidth(CLAUSE_BREAKS + LIST_MARKS + "（(") + "“”") + "]")


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("rate_stems.toml")["rate_stems"]


def rate_name(view: PageView, p: Num) -> str | None:
    """The rate's name before a percent (`赤字率` of `赤字率拟按 3%`), or None where the words
    before the number name no rate, or say more than a copula (a comparison, a change)."""
    if p.type != "percent" or p.unit != "%" or p.sentence < 0 or p.qualifier not in _cues()["qualifiers"]:
        return None
    label = view.label_before(p)
    d = _cues()
    for suffix in cues.words("rate", "rate_suffix"):
        at = label.rfind(suffix)
        if at < 0:
            continue
        gap = label[at + len(suffix):]
        if len(gap) > int(d["gap"]) or _BREAK.search(gap) \
                or any(w in gap for w in d["comparisons"]) \
                or any(w in gap for w in d["changes"]) and not gap.endswith(tuple(d["level_ends"])):
            return None  # `失业率比上年下降`, `汇率升值了约`: a change of the rate; `提高到` a level
        if gap and not any(w in gap for w in d["copulas"]):
            return None
        name = _BREAK.split(label[: at + len(suffix)])[-1]
        return name if len(name) > len(suffix) else None
    return None


def stem_of(name: str) -> str | None:
    """What a rate is taken of: its name less `率`, the last four characters; None where that is too
    short, names a change (`增长率`), or the rate is a price's (`利率`, `税率`: no share of an amount)."""
    d = _cues()
    suffix = next((s for s in cues.words("rate", "rate_suffix") if name.endswith(s)), None)
    if suffix is None or name.endswith(tuple(d["price_rates"])):
        return None
    stem = name[: -len(suffix)].split("的")[-1]  # `人口的自然增长`: the rate's own words
    stem = stem[-4:] if len(stem) > 4 else stem
    if len(stem) < int(d["shortest"]) or any(stem.endswith(w) for w in d["not_stems"]):
        return None
    return stem


def _amount(view: PageView, p: Num, stem: str) -> Num | None:
    """The nearest amount whose name holds the stem: in the rate's sentence, before or after it, or
    in the sentence before (its paragraph's); the stem's last two characters at least (`赤字` of
    `财政赤字`) in its name; none that is an addition, a change or a share."""
    s = view.sentences[p.sentence]
    near = list(view.in_sentence(p.sentence))
    if p.sentence > 0 and view.sentences[p.sentence - 1].paragraph == s.paragraph:
        near = list(view.in_sentence(p.sentence - 1)) + near
    found = None
    for n in near:
        if n is p or n.type not in SUMMABLE_TYPES or n.value <= 0:
            continue
        label = view.label_before(n, _LABEL)
        if not _names(label, stem) or any(w in label for w in _cues()["additions"]) or is_change(view, n) \
                or _whole_before(view, n):
            continue
        if found is None or abs(n.start - p.start) < abs(found.start - p.start):
            found = n
    return found


def _names(label: str, stem: str) -> bool:
    """The amount's name holds the stem's words or its head (`赤字` of `财政赤字`: the words before
    the head name a scope), never a verb alone (`发生` of `贫困发生`, `利用` of `有效利用`), and
    they end the name or a head noun of a measure ends it after them (`赤字规模`, `失业人员`, a
    target's `投资预期目标为`): no other thing the words only modify (`失业人员再就业`, `利用外资`)."""
    d = _cues()
    for k in range(len(stem), int(d["shortest"]) - 1, -1):
        tail = stem[-k:]
        if k < len(stem) and tail in d["verb_tails"]:
            return False
        at = label.rfind(tail)
        if at >= 0:
            rest = label[at + k:]
            return len(rest) <= int(d["name_after"]) and not any(w in rest for w in d["list_marks"]) \
                and _ends_name(rest)
    return False


@lru_cache(maxsize=1)
def _name_ends() -> tuple[str, ...]:
    return tuple(sorted([*_cues()["name_ends"], *_cues()["copulas"], *cues.words("rate", "plan_sentence")],
                        key=len, reverse=True))


def _ends_name(rest: str) -> bool:
    """The words after the stem in an amount's label are a measure's head, a target's words and a
    copula, or nothing (data/rate_stems.toml name_ends)."""
    ends = _name_ends()
    while rest:
        cut = next((w for w in ends if rest.endswith(w)), None)
        if cut is None:
            return False
        rest = rest[: -len(cut)]
    return True


def check(view: PageView) -> list[Draft]:
    drafts = []
    for p in view.nums:
        name = rate_name(view, p)
        stem = stem_of(name) if name else None
        amount = _amount(view, p, stem) if stem else None
        if amount is None:
            continue
        s = view.sentences[p.sentence]
        aim = any(w in view.text[s.start:p.start] for w in cues.words("rate", "plan_sentence"))
        said = "所定目标" if aim else "所述"
        text = (f"{said}{name} {p.written} 是 {amount.written} 占另一整体的比例，该整体未在文中给出，"
                f"无法核对。")
        drafts.append(Draft("rate", "unverifiable", [p.ref(), amount.ref()], None, p.shown, text))
    return drafts


def _whole_before(view: PageView, amount: Num) -> bool:
    """Another amount of the same measure earlier in the sentence: it may be the rate's whole."""
    s = view.sentences[amount.sentence]
    return any(n.same_measure(amount) for n in view.between(s.start, amount.start))
