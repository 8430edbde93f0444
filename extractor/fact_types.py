"""The fact types, listed once (like Duckling's list of dimensions): every other list of types,
every help string that names them and every colour the report gives them is derived from here.

    from extractor.fact_types import MONEY, NUMERIC_TYPES, by_name
    by_name("money").summable        # True
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class FactType:
    """One type of fact and what the rest of the code needs to know about it."""

    name: str                  # the record's `type`, as docs/records.md fixes it
    numeric: bool              # a value read by the numeric rules (else a name: place, person, org)
    label: str                 # the reader's word for it (report legend)
    colour: tuple[str, str]    # report: background tint, and a stronger underline of the same hue
    rules: str                 # the module that finds it, under extractor/
    summable: bool = False     # parts of it add up to a total (audit: sum, part_of, bounds, cumulative)
    number_value: bool = False  # its value is a number (a date's value is a string such as 2024-03)
    whole_is_exact: bool = False  # a whole number written without a scale word is exact, not rounded


MONEY = FactType("money", True, "金额", ("#fde68a", "#b45309"), "rules.money",
                 summable=True, number_value=True, whole_is_exact=True)
COUNT = FactType("count", True, "数量", ("#bfdbfe", "#1d4ed8"), "rules.count",
                 summable=True, number_value=True, whole_is_exact=True)
PERCENT = FactType("percent", True, "比例", ("#fbcfe8", "#be185d"), "rules.percent", number_value=True)
QUANTITY = FactType("quantity", True, "计量", ("#bbf7d0", "#15803d"), "rules.quantity",
                    summable=True, number_value=True)
DURATION = FactType("duration", True, "时长", ("#ddd6fe", "#6d28d9"), "rules.duration",
                    number_value=True, whole_is_exact=True)
DATE = FactType("date", True, "日期", ("#e5e7eb", "#4b5563"), "rules.date")
PLACE = FactType("place", False, "地名", ("#a5f3fc", "#0e7490"), "names.places")
PERSON = FactType("person", False, "人名", ("#fed7aa", "#c2410c"), "names.persons")
ORG = FactType("org", False, "机构", ("#d9f99d", "#4d7c0f"), "names.orgs")

# in the order records of the same span are listed and the order of every list derived below
TYPES: tuple[FactType, ...] = (MONEY, COUNT, PERCENT, QUANTITY, DURATION, DATE, PLACE, PERSON, ORG)

ALL_TYPES: tuple[str, ...] = tuple(t.name for t in TYPES)
NUMERIC_TYPES: tuple[str, ...] = tuple(t.name for t in TYPES if t.numeric)
NAME_TYPES: tuple[str, ...] = tuple(t.name for t in TYPES if not t.numeric)
SUMMABLE_TYPES: tuple[str, ...] = tuple(t.name for t in TYPES if t.summable)
NUMBER_VALUE_TYPES: tuple[str, ...] = tuple(t.name for t in TYPES if t.number_value)
WHOLE_IS_EXACT_TYPES: tuple[str, ...] = tuple(t.name for t in TYPES if t.whole_is_exact)

_BY_NAME = {t.name: t for t in TYPES}


def by_name(name: str) -> Optional[FactType]:
    """The type called `name`, or None for a name that is not a fact type."""
    return _BY_NAME.get(name)


def names_list() -> str:
    """The types as a help string writes them: money,count,percent,..."""
    return ",".join(ALL_TYPES)
