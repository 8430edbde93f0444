"""The one record of a fact while a page is read: built from a candidate (facts.to_record), given
its place and period by scope.py, read by the audit and the report, and validated into a `Fact`
(facts.validate). Its fields are `Fact`'s, taken from records.FACT_FIELDS (the list Fact is held
equal to, read without importing pydantic), plus the fact's offsets into the normalized text,
`norm_start`/`norm_end`, which stay internal: no `Fact`, JSON row or dict ever carries them.

A record reads as a read-only mapping of its public fields (`r["value"]`, `r.get("place")`,
`dict(r)`), as the JSON rows of `extractor audit --facts` do, so that code reading both takes
either; the pipeline itself sets fields by attribute (`r.place = ...`).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field, make_dataclass
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Iterator

from .records import FACT_FIELDS, REQUIRED

PUBLIC: tuple[str, ...] = tuple(f.name for f in FACT_FIELDS)  # the fields a Fact and a JSON row have, in order
_PUBLIC = frozenset(PUBLIC)
_VALUES = attrgetter(*PUBLIC)  # all of them in one call: a dict comprehension of getattr was twice the time


class _PublicView(Mapping):
    """A record's public fields as a read-only mapping (the norm_ offsets are no keys)."""

    __slots__ = ()

    def __getitem__(self, key: str) -> Any:
        if key in _PUBLIC:
            return getattr(self, key)
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(PUBLIC)

    def __len__(self) -> int:
        return len(PUBLIC)

    def __contains__(self, key: object) -> bool:
        return key in _PUBLIC

    def get(self, key: str, default: Any = None) -> Any:
        # Mapping.get goes through __getitem__ and an exception: readers call this often
        return getattr(self, key) if key in _PUBLIC else default

    def public(self) -> dict[str, Any]:
        """The public fields as a plain dict, in Fact's order (what a JSON row has)."""
        return dict(zip(PUBLIC, _VALUES(self)))


def _fields() -> list[tuple[str, Any, Any]]:
    out = [(f.name, f.annotation, field() if f.default is REQUIRED else field(default=f.default))
           for f in FACT_FIELDS]
    # offsets into the normalized text, where the rules, scope and the audit work
    out += [("norm_start", int, field()), ("norm_end", int, field())]
    return out


# keyword-only: Fact's required fields and the offsets need no place in a positional order
if TYPE_CHECKING:  # a class made at run time: to a type checker (and mypyc) any object
    Record = Any
else:
    Record = make_dataclass("Record", _fields(), bases=(_PublicView,), slots=True, kw_only=True)
    Record.__module__ = __name__  # for pickling (a batch hands results between processes)
    Record.__doc__ = "One fact on its way from the rules to a Fact: Fact's fields, plus norm_start/norm_end."
