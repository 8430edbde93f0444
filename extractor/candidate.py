"""A candidate fact: what the numeric rules (rules/) and the name finders (names/) both give,
before engine.py adds offsets into the original text, the metric and the scope."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Candidate:
    """A fact found in the normalized text, before metric, scope and offsets are added."""

    start: int
    end: int
    type: str
    value: object
    unit: Optional[str] = None
    qualifier: str = "exact"
    value_max: object = None
    rule: str = ""
    metric: Optional[str] = None
    extra: dict = field(default_factory=dict)


def pair_candidate(m: re.Match, dimension: str, unit: str, rule_name: str) -> Optional[Candidate]:
    """三四百人, 四五千块钱: two neighbouring digits before a scale are a range. The match has the
    groups low, high, scale and unit (rules.fragments.pair_range)."""
    # imported here: the rules import this module, and amount_value lives among them
    from .rules.base import amount_value
    low, high = amount_value(m.group("low")), amount_value(m.group("high"))
    if low is None or high is None or high != low + 1 or not m.group("scale"):
        return None
    scale = amount_value("一" + m.group("scale"))
    return Candidate(m.start(), m.end("unit"), dimension, low * scale, unit, "range", high * scale, rule_name)
