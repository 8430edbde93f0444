"""A number that is the level a subject is compared with: `狭义货币M1增长7.6%，低于9%左右的预期目标`,
`远低于1997年3.8%的水平`, `远远超过了…平均每年增长3.2%的速度`. The clause opens with a comparing
word (低于, 高于, 超过) and the number is followed by 的 and a word of a reference level (目标, 水平,
速度): the level is of the same measure as the subject compared with it, so the number measures
that subject, not the reference word. The words used live in data/metric.toml, section [reference]."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .metric_after import words_after
from .metric_context import named_subject_before
from .metric_subject import clause_start
from .metric_change_words import change_word
from .metric_cut import trim


@lru_cache(maxsize=1)
def _reference() -> tuple[re.Pattern, re.Pattern]:
    t = table("metric.toml")["reference"]
    comparing = re.compile(f"(?:{alternation(t['leading'])})*(?:{alternation(t['degrees'])})?"
                           f"(?:{alternation(t['comparing'])})了?")
    level = re.compile(f"^(?:{alternation(t['modifiers'])})?(?:{alternation(t['levels'])})")
    return comparing, level


@lru_cache(maxsize=1)
def _time_words() -> re.Pattern:
    """Times and yearly-rate words between the comparing word and a change (1953年到1978年的二十六年间
    平均每年增长): what is left once they are gone is a subject of the clause's own."""
    t = table("metric.toml")
    numerals = t["leading"]["span_numerals"]
    digits = t["comparison"]["year_digits"]
    spans = alternation(t["leading"]["span_ends"])
    yearly = alternation(t["reference"]["yearly"])
    return re.compile(f"\\d{{4}}年|[{digits}]{{4}}年|[{numerals}]+(?:{spans})|{yearly}|[到至—－\\-的]")


def compared_level(text: str, start: int, end: int) -> str:
    """The subject a reference level after a comparing word is compared with ('' where the number
    is no such level or no subject names a thing before its clause)."""
    after = words_after(text, end)
    comparing, level = _reference()
    if after is None or not level.match(after.words):
        return ""
    lo = clause_start(text, start)
    compare = comparing.match(text, lo, start) if lo >= 2 else None
    if compare is None:
        return ""
    middle = text[compare.end():start]
    change = change_word().search(middle)
    if change and len(_time_words().sub("", middle[: change.start()])) >= 2:
        return ""  # 超过重工业每年平均增长3.4%的速度: the level names its own subject
    subject = named_subject_before(text, lo)
    subject = subject.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")  # 广义货币M(2): its digits were cut
    return trim(subject) if len(subject) >= 2 else ""
