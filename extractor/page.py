"""A page read for extraction: the original text, its normalization and its layout."""
from __future__ import annotations

from dataclasses import dataclass

from .layout import Layout, analyse
from .normalize import Normalized, normalize


@dataclass
class Page:
    doc: str
    norm: Normalized
    layout: Layout

    @property
    def original(self) -> str:
        return self.norm.original

    @property
    def text(self) -> str:
        return self.norm.text

    @classmethod
    def read(cls, text: str, doc: str = "stdin") -> "Page":
        norm = normalize(text)
        return cls(doc, norm, analyse(norm))
