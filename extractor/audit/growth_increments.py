"""growth_increments: a rate stated with the amount of change and the level it brought
(`增加 D，达到 A，增长 X%`, `上扬 598.94 点，以 8720 点收盘，上升 7.4%`), the base being A − D."""
from __future__ import annotations

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .growth_calc import growth_draft
from .growth_prices import real_measure
from .yearly import label_year, relative_year, this_year_words, year_of
from .levels import index_points, named_alike, named_level, subject_of
from .model import Draft, Num, PageView
from .wording import Change, after_word, clause_before, compared_with, is_increment, own_subject, word_direction

_AFTER = 2  # clauses after a rate that may hold its increment and level


def increment_only(view: PageView, ch: Change, direction: str, local: list[Num], clause: str) -> Draft | None:
    """`上扬 598.94 点，以 8720 点收盘，上升 7.4%` or `本年收入增长 D 元，即增长 3.68%`: an amount
    of change with no `比`/`由` base; the level it brought is said beside it, or (with the
    change restating it, no subject of its own) a few sentences before under the same name."""
    incs = [n for n in local if is_increment(view, n)]
    if not incs or word_direction(view.label_before(incs[-1]).rstrip("了"), clause_before(view, incs[-1].start)) != direction:
        return None
    inc = incs[-1]
    beside = [n for n in local if n is not inc and n.same_measure(inc) and not is_increment(view, n)
              and not after_word(view, n, "growth", "base_before") and not compared_with(view, n)]
    if beside:
        new, apart = min(beside, key=lambda n: abs(n.start - inc.start)), False
    elif not own_subject(view, clause):
        new, apart = named_level(view, inc), True
    else:
        return None
    if new is None:
        return None
    found = growth_draft(ch, direction, new, inc, increment=True)
    real = real_measure(view, new, ch)
    if found.verdict == "consistent" or not ((apart and not named_alike(view, inc, new)) or real):
        return found
    why = (f"{real}，{inc.written} 与 {new.written} 不一定是同一价格口径" if real else
           f"{new.written} 与 {inc.written} 不在同一句中，只凭名称“{subject_of(view, inc)}”相连")
    return Draft("growth", "unverifiable", found.facts, None, ch.shown,
                 f"{found.explanation.rstrip('。')}；但{why}，不据此判定有误。")


def increment_after(view: PageView, ch: Change, direction: str, sent: int, before: list[Num]) -> Draft | None:
    """`上升了 7.4%，恒生指数上扬 598.94 点，以 8720 点收盘`, `增长 12%，增加 15 亿元，达到 140 亿元`:
    the amount of change and the level it brought said in the clauses right after the rate (the
    amount may stand before it: `比上年增加 15 亿元，增长 12%，达到 140 亿元`)."""
    hi = view.clause_end(ch.end)
    for _ in range(_AFTER):
        if hi >= len(view.text) or view.text[hi] not in "，：":
            break
        hi = view.clause_end(hi + 1)
    s = view.sentences[sent]
    hi = min(hi, s.end)
    after = [n for n in sorted(view.in_sentence(sent) + index_points(view, sent), key=lambda n: n.start)
             if ch.end <= n.start and n.end <= hi and n.type in SUMMABLE_TYPES]
    incs = [n for n in after if is_increment(view, n)]
    earlier = [n for n in before[-1:] if is_increment(view, n)]  # the amount the rate restates
    inc = incs[0] if incs else earlier[0] if earlier else None
    if inc is None or word_direction(view.label_before(inc).rstrip("了"), clause_before(view, inc.start)) != direction:
        return None
    index = inc.unit == "点" and cues.contains_any(clause_before(view, ch.start), "levels", "index_words")
    if incs:
        inc_clause = clause_before(view, inc.start)
        if cues.contains_any(inc_clause, "growth", "base_before"):
            return None  # `比上月增加 0.55 点`: a change against a base of its own
        if not index and own_subject(view, inc_clause):
            return None  # `…增长 12%，其中税收增加 15 亿元`: another measure's change (an index is
            # its market's: `香港股市上升了 7.4%，恒生指数上扬 598.94 点`)
    levels = [n for n in after if n is not inc and n.same_measure(inc) and not is_increment(view, n)
              and not after_word(view, n, "growth", "base_before")]
    if not levels and incs:
        # `达到 120 亿元，比上年增长 20%，增加 20 亿元`: the level said before the rate
        levels = [n for n in before[-1:] if n.same_measure(inc) and not is_increment(view, n)
                  and not after_word(view, n, "growth", "base_before")]
    if len(levels) != 1 or not (index or incs or not own_subject(view, clause_before(view, levels[0].start))):
        return None  # none, several to choose from, or one of a subject of its own (`其中税收达到 A`)
    if levels[0].end <= ch.start and (_of_base_year(view, levels[0], ch) or _base_of_pair(view, levels[0], before)):
        return growth_draft(ch, direction, levels[0], inc, increment=True, of_base=True)
    found = growth_draft(ch, direction, levels[0], inc, increment=True)
    real = real_measure(view, levels[0], ch)
    if found.verdict == "consistent" or not real:
        return found
    return Draft("growth", "unverifiable", found.facts, None, ch.shown,
                 f"{found.explanation.rstrip('。')}；但{real}，不据此判定有误。")


def _of_base_year(view: PageView, level: Num, ch: Change) -> bool:
    """`去年粮食产量 A，今年比上年增加三分之一，即增加 D`: a level said of the year before and a
    change of this year (今年, 本年) against that year (data/cues.toml [growth] year_before,
    relative_years): the level is the base the change counts from, not the level it brought. In a
    dispatch's `去年 A，比上年增长 X%，增收 D` the change has no year of its own: it is A's."""
    clause = clause_before(view, ch.start)
    return relative_year(view, level) == -1 and cues.contains_any(clause, "growth", "year_before") is not None \
        and any(w in clause for w in this_year_words())  # `去年 A，比上年增长 X%`: A is the year's own


def _base_of_pair(view: PageView, level: Num, before: list[Num]) -> bool:
    """`今年完成 A，去年完成 B，增长 X%，增加了 D`: the level said last before the rate is dated before
    the level of its measure said ahead of it (both by years written, or both by years named
    relative to the report's: 今年, 去年), so it is the base the change counts from, not the
    level it brought."""
    ahead = [n for n in before if n.end <= level.start and n.same_measure(level) and not is_increment(view, n)]
    if not ahead:
        return False
    for dated in (lambda n: year_of(view, n) or label_year(view, n), lambda n: relative_year(view, n)):
        new, old = dated(ahead[-1]), dated(level)
        if new is not None and old is not None:
            return old < new
    return False
