"""The records extractor writes: facts and audit findings (pydantic v2, in records_models.py,
named here as records.Fact, records.Finding), as docs/records.md fixes them."""
from __future__ import annotations

import hashlib
import json
from operator import call
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Optional, Union, get_args, get_origin

from .fact_types import ALL_TYPES, NAME_TYPES, NUMERIC_TYPES
from .textio import InputError

if TYPE_CHECKING:
    from pydantic import BaseModel

    from .records_models import Fact, FactRef, Finding  # noqa: F401

_MODELS = ("Fact", "FactRef", "Finding", "Verdict", "TypeName", "Qualifier", "Number")


def __getattr__(name: str) -> Any:
    # the pydantic models, imported when first asked for: extract and batch write facts without
    # them (fact_row), and the import of pydantic is 0.1 s of every process
    if name in _MODELS:
        from . import records_models
        return getattr(records_models, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


REQUIRED = object()  # a field without a default


class FieldSpec(NamedTuple):
    name: str
    annotation: Any
    default: Any = REQUIRED
    ge: Optional[int] = None  # the lowest value allowed


# Fact's fields in Fact's order (records_models.Fact declares them with their descriptions; a test
# holds the two equal): what record.Record holds and fact_row checks, without pydantic
FACT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("id", str),
    FieldSpec("doc", str),
    FieldSpec("type", Literal[ALL_TYPES]),  # type: ignore[valid-type]
    FieldSpec("start", int, ge=0),
    FieldSpec("end", int, ge=0),
    FieldSpec("text", str),
    FieldSpec("value", Union[int, float, str]),
    FieldSpec("unit", Optional[str], None),
    FieldSpec("qualifier", Optional[Literal["exact", "about", "over", "under", "range"]], None),
    FieldSpec("value_max", Union[int, float, str, None], None),
    FieldSpec("metric", Optional[str], None),
    FieldSpec("place", Optional[str], None),
    FieldSpec("period", Optional[str], None),
    FieldSpec("article", int, 0, ge=0),
    FieldSpec("paragraph", int, 0, ge=0),
    FieldSpec("sentence", str, ""),
    FieldSpec("rule", str, ""),
    FieldSpec("level", Optional[str], None),
    FieldSpec("code", Optional[str], None),
    FieldSpec("parent", Optional[list[str]], None),
    FieldSpec("role", Optional[str], None),
    FieldSpec("aliases", Optional[list[str]], None),
)


def check_fact(fact: Any) -> None:
    """What a fact must hold beyond its fields' types (Fact's model validator, and fact_row)."""
    if fact.end < fact.start:
        raise ValueError("end before start")
    if fact.type in NUMERIC_TYPES and fact.qualifier is None:
        raise ValueError("numeric facts need a qualifier")
    if fact.qualifier == "range" and fact.value_max is None:
        raise ValueError("a range needs value_max")


def read_rows_by_doc(path: str | Path, what: str, needs: tuple[str, ...] = ()) -> dict[str, list[dict]]:
    """The rows of a JSON Lines file (facts or findings, as extractor writes them) by their doc.
    Raises InputError naming the line that is not JSON, or not `what` (an object with `needs`)."""
    by_doc: dict[str, list[dict]] = {}
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as e:
                    raise InputError(f"{path}:{n}: not JSON ({e.msg})") from None
                if not isinstance(row, dict) or any(k not in row for k in needs):
                    raise InputError(f"{path}:{n}: not {what}")
                by_doc.setdefault(str(row.get("doc", "")), []).append(row)
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read {path}: {getattr(e, 'strerror', None) or e}") from None
    return by_doc


def fact_id(doc: str, type_: str, start: int, end: int) -> str:
    return hashlib.sha1(f"{doc}\x1f{type_}\x1f{start}\x1f{end}".encode()).hexdigest()[:16]


class _RowEncoder(json.JSONEncoder):
    """The rows' encoder. JSONEncoder.encode builds a new C encoder (and its closures) for every
    call, a third of the cost of a fact's row: built here once. Without the check for circular
    references, which a row of plain values and lists of strings never has."""

    def __init__(self) -> None:
        super().__init__(ensure_ascii=False, separators=(", ", ": "))
        make = getattr(json.encoder, "c_make_encoder", None)
        self._c = None if make is None else make(
            None, self.default, json.encoder.encode_basestring, self.indent, self.key_separator,
            self.item_separator, self.sort_keys, self.skipkeys, self.allow_nan)

    def encode(self, o: Any) -> str:
        if self._c is None or not isinstance(o, dict):
            return super().encode(o)
        return "".join(self._c(o, 0))


# built once: json.dumps with these options builds an encoder for every row
ROW_ENCODER = _RowEncoder()


def to_json(record: BaseModel) -> str:
    """One JSON Lines row: UTF-8, Chinese unescaped, keys in model order, stable across runs."""
    from .records_models import Fact  # loaded by whoever made the model
    if type(record) is Fact:
        # a validated Fact holds JSON's own types only (str, int, float, None, lists of str; no
        # extra fields), in field order: its __dict__ is the dict model_dump would copy it into
        # (a third of the time of a row, 0.06 s of a run over 800 articles)
        return ROW_ENCODER.encode(record.__dict__)
    return ROW_ENCODER.encode(record.model_dump(mode="json"))


# -- a fact's row straight from its record: Fact's checks without a model -----------------------

def _accepted(annotation: Any) -> tuple[frozenset, Optional[frozenset], bool]:
    """(the exact types a value of the annotation may have, the values a Literal allows or None,
    whether it is a list of str). Exact types, not isinstance: a bool is no int here (pydantic
    would write True as 1), nor a str subclass a str; stricter than a Fact, never looser."""
    origin = get_origin(annotation)
    if origin is Literal:
        return frozenset(type(a) for a in get_args(annotation)), frozenset(get_args(annotation)), False
    if origin is Union:
        types, allowed, listed = set(), None, False
        for arg in get_args(annotation):
            t, a, l = _accepted(arg)
            types |= t
            allowed = a if a is not None else allowed
            listed = listed or l
        return frozenset(types), allowed, listed
    if origin is list:
        (item,) = get_args(annotation)
        if item is not str:
            raise TypeError(f"no row check for {annotation}")  # a new field type needs one here
        return frozenset({list}), None, True
    if annotation is None or annotation is type(None):
        return frozenset({type(None)}), None, False
    if annotation in (str, int, float):
        return frozenset({annotation}), None, False
    raise TypeError(f"no row check for {annotation}")  # a new field type needs one here


# one (name, exact types, Literal values, list of str, lower bound) a field, in Fact's order
_CHECKS = tuple((f.name, *_accepted(f.annotation), f.ge) for f in FACT_FIELDS)
# the type test of every field, run at C speed (operator.call over the fields); the few fields
# with more to check (a Literal, a list, a bound) are checked one by one after it
_TYPE_TESTS = tuple(types.__contains__ for _, types, _, _, _ in _CHECKS)
_MORE = tuple(c for c in _CHECKS if c[2] is not None or c[3] or c[4] is not None)


def fact_row(record: Any) -> str:
    """The JSON Lines row of a record (record.Record), as to_json writes the Fact that
    Fact.model_validate makes of it, without making the model (a model a fact was 0.24 s of
    19,000 facts, more than writing them). Every field is checked as Fact checks it (type,
    Literal, lower bound, and Fact's own invariants, check_fact, run on the record), only
    stricter (exact types: a value pydantic would convert is refused, so what passes is written
    as the Fact would be); raises ValueError naming the fact and field otherwise."""
    row = record.public()
    if not all(map(call, _TYPE_TESTS, map(type, row.values()))):
        _refuse(row, _CHECKS)
    for name, _, allowed, listed, ge in _MORE:
        value = row[name]
        if value is not None and (allowed is not None and value not in allowed
                                  or listed and any(type(v) is not str for v in value)
                                  or ge is not None and value < ge):
            _refuse(row, _MORE)
    check_fact(record)
    return ROW_ENCODER.encode(row)


def _refuse(row: dict, checks: tuple) -> None:
    """Raise the ValueError that names the first field of the row that fails its check."""
    for name, types, allowed, listed, ge in checks:
        value = row[name]
        if (type(value) not in types or allowed is not None and value is not None and value not in allowed
                or listed and value is not None and any(type(v) is not str for v in value)
                or ge is not None and value < ge):
            raise ValueError(f"fact {row.get('id')}: {name} cannot be {value!r}")
    raise AssertionError("_refuse: no field fails")  # pragma: no cover
