"""What a figure per unit, the count of its units and a total share: data/per_unit_totals.toml, and
the reasons the total need not be count × figure.

    学校为 80 名学生每人每学期减免学费 400 元，全年共减免 6.4 万元      the figure is per span of time
    全厂 300 名职工每人捐款 50 元，全厂干部群众共计捐款 3 万元          the total's clause has its own subject
    为 50 名教师每人发放津贴 200 元，加上奖金，共计发放 2.5 万元        something else is added to the total
    每头纯收入 200 元，养猪业收入共计 600 万元                         a net figure against a gross total

standard_totals.py, each_totals.py and bounds.py (the `rate` product) read the same words: a figure
with one of these doubts is not an error where the total does not match, it is unverifiable.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..clauses import BREAKS, HALFWIDTH_BREAKS, LIST_MARKS
from ..lexicon import alternation, word_list
from . import cues
from .model import Num, PageView

# a character that can stand in a word: no digit, space, clause break or list mark
WORD_CHAR = rf"[^\d０-９\s{re.escape(BREAKS + HALFWIDTH_BREAKS + LIST_MARKS)}]"


@lru_cache(maxsize=1)
def data() -> dict:
    return cues.table("per_unit_totals.toml")


@lru_cache(maxsize=1)
def _classifiers() -> re.Pattern:
    """The longest classifier at a point (`人次` over `人`), else the one word character there."""
    return re.compile(rf"{alternation(word_list('classifiers.txt'))}|{WORD_CHAR}")


def classifier_at(text: str, at: int) -> str:
    """The classifier written at `at` (`每人次` gives 人次, `每生` 生): the unit a figure is per."""
    m = _classifiers().match(text, at)
    return m.group() if m else ""


@lru_cache(maxsize=1)
def _span_re() -> re.Pattern:
    spans = alternation(data()["span_units"])
    return re.compile(rf"每(?:{alternation(word_list('classifiers.txt'))}|{WORD_CHAR})?(?:{spans})|每(?:{spans})")


def span_word(view: PageView, per: Num, total: Num) -> str | None:
    """A span of time the figure per unit is said per (`每学期`, `每人月`), or a length of time said between
    it and its total (`连续发放三个月`): the total may cover several spans. A time said before both (`五年来`)
    holds for both."""
    lo = min(view.clause_start(per.start), view.clause_start(total.start))
    hi = max(per.start, total.start)
    m = _span_re().search(view.text, lo, hi)
    if m:
        return m.group()
    length = next((n for n in view.between(lo, hi) if n.type == "duration"), None)
    return length.text if length else None


def loose_word(view: PageView, per: Num) -> str | None:
    """A cap or a round figure in the sentence (`最多`, `约`)."""
    sent = view.sentences[per.sentence]
    return next((w for w in data()["loose"] if w in view.text[sent.start:sent.end]), None)


@lru_cache(maxsize=1)
def _lead_re() -> re.Pattern:
    d = data()
    return re.compile(rf"(?:{alternation(d['chain_leads'])}|{re.escape(d['scope_prefix'])}{WORD_CHAR})*")


def _sum_word_at(view: PageView, total: Num) -> int:
    """Where the last sum word (`共计`) stands in the total's clause before it, -1 where none does."""
    start = view.clause_start(total.start)
    return max(view.text.rfind(w, start, total.start) for w in data()["total_words"])


def own_subject(view: PageView, per: Num, total: Num, count: Num) -> str | None:
    """The words that open a total's clause after the figure per unit, before its sum word, where they name
    who or what the total is of (`全县干部群众共计`, `对 6 个集体共`): the units' chain of clauses has ended,
    so the total may be of more. The place's whole and a time (`全镇`, `全年`), the count with its noun, and
    words the figure was said with (`每人发放过节费…，发放过节费共计`) go on the chain."""
    at = _sum_word_at(view, total)
    if at < 0 or total.start < per.start:
        return None
    start = max(view.clause_start(total.start), per.end)
    if start <= count.start < at:
        lead = view.text[start:count.start]  # `全镇 1500 户共`: the count and its noun name the units
    else:
        lead = view.text[start:at]
    lead = "".join(lead.split())
    said = view.label_before(per)
    rest = _lead_re().match(lead)
    return None if rest is None or all(c in said for c in lead[rest.end():]) else lead


def doubt(view: PageView, per: Num, total: Num, count: Num) -> str | None:
    """Why the total need not be count × the figure per unit (None where the words tie the three)."""
    lo, hi = sorted((per, total), key=lambda n: n.start)
    between = view.text[lo.end:hi.start]
    joined = next((w for w in data()["joined"] if w in between), None)
    if joined:
        return f"两数之间有“{joined}”"
    other = next((n for n in view.between(lo.end, hi.start) if n.type == "count" and n is not count), None)
    if other is not None:
        return f"两数之间另有个数 {other.written}"
    net = next((w for w in data()["net"] if w in view.label_before(per) and w not in view.label_before(total)), None)
    if net:
        return f"各单位之数是“{net}”数而总额不是"
    lead = own_subject(view, per, total, count)
    if lead:
        return f"总额所在分句另有主语“{lead}”"
    return None
