"""The fact types are listed once, in extractor/fact_types.py; everything else derives from it."""
from __future__ import annotations

import re
from pathlib import Path

from extractor import fact_types
from extractor.records import ALL_TYPES, Fact
from extractor.report.assets import TYPE_COLOURS
from extractor.report.html import TYPE_LABELS
from extractor.rules import MODULES

PACKAGE = Path(fact_types.__file__).parent


def test_derived_lists_follow_the_registry():
    assert ALL_TYPES == tuple(t.name for t in fact_types.TYPES)
    assert set(fact_types.NUMERIC_TYPES) | set(fact_types.NAME_TYPES) == set(ALL_TYPES)
    assert tuple(MODULES) == fact_types.NUMERIC_TYPES
    assert [t for t in TYPE_COLOURS if t != "ref"] == list(ALL_TYPES)
    assert all(TYPE_LABELS[t].startswith(t + " ") for t in ALL_TYPES)
    assert set(Fact.model_json_schema()["properties"]["type"]["enum"]) == set(ALL_TYPES)


def test_each_type_names_a_module_that_exists():
    for t in fact_types.TYPES:
        assert (PACKAGE / (t.rules.replace(".", "/") + ".py")).is_file(), t


def test_no_other_module_spells_out_a_type_list():
    # a tuple or set of three or more type names written out in code is a second copy of a list
    # (two, such as `("percent", "date")` in a check, is that check's own choice)
    names = "|".join(ALL_TYPES)
    listed = re.compile(rf'[(\[{{]\s*"(?:{names})"(?:\s*,\s*"(?:{names})"){{2}}')
    offenders = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                 if p.name != "fact_types.py" and listed.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_by_name():
    assert fact_types.by_name("money") is fact_types.MONEY
    assert fact_types.by_name("nothing") is None
