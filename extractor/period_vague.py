"""A figure after a time that names no period (近年来, 多年来; a condition's 如果, 只要: data/period.toml vague,
conditional), read by extractor/fact_period.py: what the clause or sentence after such a time says of the figure.

- After 近年来, a clause that marks the figure as standing now (…，全县已有农民技术员４８００多名; 已建成…２６座:
  data/period.toml exists_now) makes it a figure of the writing, the month of issue, as 目前 and 现有 after 近年来 do
  (bench/gold/README.md P1); 已达, 已引进 (a total since a start left open) are not such words.
- After a condition (只要…，按１９９７年的产量计算，就可以…节约６０万元), what it would bring is supposed: a time its
  sentence names after the condition inside a frame of reckoning (按…计算, 按照…测算: data/period.toml reckoning_opens,
  reckoning_closes, in the time's clause) is the scale the reckoning rests on, no period of the figure (README "A
  supposed figure"). Not any other time after it: a way of reckoning a real figure (如果把…抽出来看，那末，1955年…共收入…;
  如果从…扣除…，则1956年…实际增长…) dates it as written. A condition that only says how figures are looked at (如果从…看)
  is no time at all (condition_view), and 如果说 (if one says: a contrast drawn) supposes nothing."""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import BREAK_CLASS
from .lexicon import alternation
from .time_exprs_words import period_list


def standing_after_vague(text: str, vague_end: int, pos: int) -> bool:
    """Whether the figure at pos, after a time naming no period that ends at vague_end, is marked in its own clause as
    standing now (data/period.toml exists_now)."""
    clause = BREAK_CLASS.split(text[vague_end:pos])[-1]
    return any(w in clause for w in period_list("exists_now"))


def supposes(text: str, at: int) -> bool:
    """Whether the time at `at` is a condition's word (data/period.toml conditional) that supposes what follows it,
    not one that only draws a contrast (data/period.toml conditional_not_supposing: 如果说)."""
    word = next((w for w in period_list("conditional") if text.startswith(w, at)), None)
    return word is not None and not text.startswith(period_list("conditional_not_supposing"), at)


@lru_cache(maxsize=1)
def _reckoning() -> tuple[re.Pattern, re.Pattern]:
    return (re.compile(f"(?:{alternation(period_list('reckoning_opens'))})[^，,；;。：:]*$"),
            re.compile(f"[^，,；;。：:]*?(?:{alternation(period_list('reckoning_closes'))})"))


def reckoned_on(text: str, start: int, at: int, end: int) -> bool:
    """Whether the time at..end lies inside a frame of reckoning in its clause (按１９９７年的产量计算: opened after start,
    its sentence's, and closed after it), the scale a supposed figure is reckoned on."""
    opens, closes = _reckoning()
    return opens.search(text, start, at) is not None and closes.match(text, end) is not None
