"""The records extractor writes: facts and audit findings (pydantic v2), as docs/records.md fixes them."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Literal, Optional, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .fact_types import ALL_TYPES, NAME_TYPES, NUMERIC_TYPES
from .textio import InputError

TypeName = Literal[ALL_TYPES]  # type: ignore[valid-type]  # the names in fact_types.TYPES
Qualifier = Literal["exact", "about", "over", "under", "range"]
Number = Union[int, float]


class Fact(BaseModel):
    """One fact: a typed value found at [start, end) of the original page text."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(description="stable id: doc, type and raw offsets")
    doc: str
    type: TypeName
    start: int = Field(ge=0, description="offset into the original decoded text")
    end: int = Field(ge=0, description="end offset (exclusive) into the original decoded text")
    text: str = Field(description="the original text of the span, layout whitespace included")
    value: Union[int, float, str]
    unit: Optional[str] = None
    qualifier: Optional[Qualifier] = None
    value_max: Union[int, float, str, None] = None
    metric: Optional[str] = None
    place: Optional[str] = Field(None, description="the place the fact is about")
    period: Optional[str] = Field(None, description="the time the fact is about (date string or range)")
    article: int = Field(0, ge=0, description="index of the article on the page")
    paragraph: int = Field(0, ge=0, description="index of the paragraph on the page")
    sentence: str = Field("", description="the normalized sentence the fact stands in")
    rule: str = Field("", description="the rule that produced it")
    # names only
    level: Optional[str] = None
    code: Optional[str] = None
    parent: Optional[list[str]] = None
    role: Optional[str] = None
    aliases: Optional[list[str]] = None

    @model_validator(mode="after")
    def _check(self) -> "Fact":
        if self.end < self.start:
            raise ValueError("end before start")
        if self.type in NUMERIC_TYPES and self.qualifier is None:
            raise ValueError("numeric facts need a qualifier")
        if self.qualifier == "range" and self.value_max is None:
            raise ValueError("a range needs value_max")
        return self


class FactRef(BaseModel):
    model_config = ConfigDict(extra="allow")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: Optional[str] = None
    id: Optional[str] = None


Verdict = Literal["consistent", "inconsistent", "unverifiable"]


class Finding(BaseModel):
    """One audit finding: a claim on the page checked against the facts it depends on."""

    model_config = ConfigDict(extra="allow")

    id: str = ""
    doc: str
    check: str
    verdict: Verdict
    facts: list[FactRef] = Field(description="the claim first, then the facts it is checked against")
    expected: object = None
    observed: object = None
    explanation: str


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


# built once: json.dumps with these options builds an encoder for every row
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))


def to_json(record: BaseModel) -> str:
    """One JSON Lines row: UTF-8, Chinese unescaped, keys in model order, stable across runs."""
    if type(record) is Fact:
        # a validated Fact holds JSON's own types only (str, int, float, None, lists of str; no
        # extra fields), in field order: its __dict__ is the dict model_dump would copy it into
        # (a third of the time of a row, 0.06 s of a run over 800 articles)
        return _ENCODER.encode(record.__dict__)
    return _ENCODER.encode(record.model_dump(mode="json"))


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


def _lower_bound(info: Any) -> Optional[int]:
    return next((getattr(m, "ge") for m in info.metadata if hasattr(m, "ge")), None)


# one (name, exact types, Literal values, list of str, lower bound) a field, in Fact's order
_CHECKS = tuple((name, *_accepted(info.annotation), _lower_bound(info))
                for name, info in Fact.model_fields.items())


def fact_row(record: Any) -> str:
    """The JSON Lines row of a record (record.Record), as to_json writes the Fact that
    Fact.model_validate makes of it, without making the model (a model a fact was 0.24 s of
    19,000 facts, more than writing them). Every field is checked as Fact checks it (type,
    Literal, lower bound, and Fact's own invariants, Fact._check, run on the record), only
    stricter (exact types: a value pydantic would convert is refused, so what passes is written
    as the Fact would be); raises ValueError naming the fact and field otherwise."""
    row = record.public()
    for (name, types, allowed, listed, ge), value in zip(_CHECKS, row.values()):
        if (type(value) not in types or allowed is not None and value is not None and value not in allowed
                or listed and value is not None and any(type(v) is not str for v in value)
                or ge is not None and value < ge):
            raise ValueError(f"fact {row.get('id')}: {name} cannot be {value!r}")
    Fact._check(record)
    return _ENCODER.encode(row)
