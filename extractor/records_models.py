"""The pydantic models of the records extractor writes, Fact and Finding (docs/records.md), named
as records.Fact and records.Finding. Apart from records.py so that a run that writes facts' rows
from their records (records.fact_row) never imports pydantic (0.1 s of every process); Fact's
fields are records.FACT_FIELDS (tests/test_iter_facts.py holds them equal)."""
from __future__ import annotations

from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .fact_types import ALL_TYPES
from .records import check_fact

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
        check_fact(self)
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
