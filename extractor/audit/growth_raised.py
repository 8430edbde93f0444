"""growth: a level raised (or cut) to a new one, the change said against the old one by its name.

    原定的煤炭产量的指标是 285 万吨，……，提高到 305 万吨，比原定指标又增加百分之十以上
    全年计划投资 40 亿元，后调整为 46 亿元，比原计划增加 15%
A plan, target or level is stated, then moved to another (`提高到`, `调整为`: words that make the
number after them the level reached, not an amount of change), and the next clause gives the
change `比<name>…增加 X%` with no number of its own. The name after 比 calls the old level by its
own word (`原定指标`, `原计划`: 原定/原 … then a head the label of the first level holds, `…的指标是`;
a name of another level, `去年实际产量`, `上年计划`, ties nothing), so the words tie both levels to the claim in one
sentence, nothing else of that measure between: the old level is the base, the new one the level
reached, and the arithmetic (new − base) ÷ base against the stated share, within the precision it
is written with (`以上` is a floor), is the verdict, a miss `inconsistent`. Where the old level is a
plan or target (`原计划`, `原定指标`: data set_heads) both levels are figures set, exact as written
(`10 万亩` is 100000, not 95000–105000), as a fulfilment's target is (rate_drafts.py), where the
words revise the plan (`调整为`: data plan_moves), the new level's clause names a plan word, or it
names no subject of its own (`后来提高到`: the plan's carries on); a
level reached by a measured outcome (`产量上升到 9 万吨`) keeps its rounding, the plan alone exact. Words in
data/growth_raised.toml; looks stay within the change's sentence (linear in the page).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..clauses import BREAKS, HALFWIDTH_BREAKS, INNER_BREAKS
from ..fact_types import SUMMABLE_TYPES
from . import cues
from .growth_calc import growth_draft
from .lists import pos_tags
from .model import Draft, Num, PageView
from .wording import Change


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("growth_raised.toml")["growth_raised"]


@lru_cache(maxsize=1)
def _name_pattern() -> re.Pattern:
    """`比原定指标又增加`: the name between 比 and the word of change, fillers allowed after it."""
    d = _data()
    fill = "|".join(map(re.escape, d["fillers"]))
    return re.compile(rf"\s*(?:{'|'.join(map(re.escape, d['than_words']))})(?P<name>[^\d{re.escape(BREAKS + HALFWIDTH_BREAKS)}]{{2,{int(d['name_chars'])}}}?)"
                      rf"(?:{fill})*$")


def raised_level(view: PageView, ch: Change, direction: str, sent: int, clause: str) -> Draft | None:
    """The finding of a change `比<name> X%` against a level moved to a new one just before; None
    where the words do not tie two levels to it."""
    if ch.kind != "%":
        return None
    m = _name_pattern().match(view.text, view.clause_start(ch.start), _word_start(view, ch))
    if m is None:
        return None
    head = _old_head(m.group("name"))
    if head is None:
        return None
    levels = [n for n in view.in_sentence(sent) if n.end <= ch.start and n.type in SUMMABLE_TYPES
              and n.type != "percent"]
    if len(levels) < 2:
        return None
    new = levels[-1]
    # the new level ends the clause just before the change's, reached by a word of moving
    if view.clause_start(ch.start) != _next_clause(view, new) or not _moved_to(view, new):
        return None
    same = [n for n in levels[:-1] if n.same_measure(new)]
    if not same:
        return None
    base = same[-1]
    label = view.text[view.clause_start(base.start):base.start]
    if head not in label or any(n.same_measure(new) for n in levels if base.end <= n.start < new.start):
        return None
    # a plan is a figure set, exact as written; the level it moved to is one too only where the words
    # revise the plan (`调整为`, or the clause names the plan again), else it is a measured outcome
    # (`产量上升到 9 万吨`) that keeps the rounding of its last digit
    plan = head in _data()["set_heads"]
    found = growth_draft(ch, direction, new, base, set_levels=plan and _plan_revised(view, new),
                         set_base=plan)
    found.explanation = (found.explanation.rstrip("。")
                         + f"（{base.written} 是“{m.group('name')}”所指的原值，{new.written} 是调整后的值）。")
    found.extra["found_by"] = "growth_raised"
    return found


def _old_head(name: str) -> str | None:
    """The head noun of a name that calls the old level by its own word (`原定指标` → `指标`,
    `原计划` → `计划`); None where the name points at another level (`去年实际产量`, `上年计划`:
    a level of another year, which the text does not give) or holds no word of the old one."""
    d = _data()
    if any(w in name for w in d["other_levels"]):
        return None
    for w in sorted(d["old_words"], key=len, reverse=True):
        if name.startswith(w):
            rest = name[len(w):].lstrip("的")
            return rest[-int(d["head_chars"]):] or None
    return None


def _word_start(view: PageView, ch: Change) -> int:
    """Where the word of change before the claim begins (`增加` of `增加百分之十`)."""
    before = view.text[view.clause_start(ch.start):ch.start]
    for w in sorted(_data()["change_words"], key=len, reverse=True):
        if before.endswith(w):
            return ch.start - len(w)
    return ch.start


def _next_clause(view: PageView, n: Num) -> int:
    """The start of the clause after n's, where n ends its clause, only spaces before the break
    and the break one inside the sentence (else -1)."""
    end = view.clause_end(n.end)
    if end >= len(view.text) or view.text[end] not in INNER_BREAKS or view.text[n.end:end].strip():
        return -1
    return end + 1


def _moved_to(view: PageView, n: Num) -> bool:
    before = view.text[view.clause_start(n.start):n.start].rstrip()
    return any(before.endswith(w) for w in _data()["moved_words"])


def _plan_revised(view: PageView, n: Num) -> bool:
    """Whether the level n was moved to is a plan too: the word of moving revises a plan
    (`调整为`, `修改为`), n's clause names a plan word (`将目标提高到`), or it names no subject of
    its own, so the plan's carries on (`指标是 6 万吨，后来提高到 7 万吨`: only words of time and
    adverbs before the moving word; `产量上升到` names what was measured)."""
    d = _data()
    before = view.text[view.clause_start(n.start):n.start].rstrip()
    if any(before.endswith(w) for w in d["plan_moves"]) or any(w in before for w in d["set_heads"]):
        return True
    move = next((w for w in d["moved_words"] if before.endswith(w)), "")
    return all(tag in d["subjectless_tags"] for _, tag in pos_tags(before[:len(before) - len(move)]))
