"""A clause of only the size of a change compared with a time or another subject (`增速比上半年加快0.4个
百分点`, `降幅比上半年收窄1.2个百分点`, `增速快于城镇居民2.3个百分点`): it tells how the change of the subject
before moved, so it measures that subject's size (地区生产总值增速), not the bare comparison. A clause
naming its own subject before the size (`民营工业增加值增速高于全部工业`) is read as written. Words:
data/metric.toml [size_compared] and [change] sizes."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .metric_context import named_subject_before
from .metric_cut import trim


@lru_cache(maxsize=1)
def _shape() -> re.Pattern:
    t = table("metric.toml")["size_compared"]
    sizes = alternation(table("metric.toml")["change"]["sizes"])
    base = f"[^，。；：！？\\n\\d]{{1,{t['longest_base']}}}?"
    return re.compile(f"^(?P<size>{sizes})(?:(?:{alternation(t['bases'])}){base}(?:{alternation(t['moves'])})"
                      f"|(?:{alternation(t['than'])}){base})$")


def size_compared(text: str, start: int, phrase: str | None) -> str | None:
    """增速比上半年加快 → <the subject before>增速; None where the phrase is no such clause or nothing
    before names a subject."""
    m = _shape().match(phrase or "")
    if not m:
        return None
    subject = named_subject_before(text, start)
    subject = trim(subject) if subject else ""
    if len(subject) < 2:
        return None
    return subject if subject.endswith(m.group("size")) else subject + m.group("size")
