"""A page read for extraction: the original text, its normalization and its layout."""
from __future__ import annotations

from array import array
from dataclasses import dataclass
from functools import cached_property

from .heap import fix_mmap_threshold
from .layout import Layout, analyse
from .normalize import Normalized, normalize

_heap_set = False  # (heap.py: glibc's threshold for mapped blocks, fixed before the first page)


@dataclass
class Page:
    doc: str
    norm: Normalized
    layout: Layout

    @property
    def original(self) -> str:
        return self.norm.original

    # kept on the page once read (a page's normalized text never changes): the finders read
    # page.text hundreds of times a page, and a property's call each time was 1% of a run
    @cached_property
    def text(self) -> str:
        return self.norm.text

    @classmethod
    def read(cls, text: str, doc: str = "stdin") -> "Page":
        global _heap_set
        if not _heap_set:
            _heap_set = True
            fix_mmap_threshold()
        norm = normalize(text)
        if not isinstance(norm.raw, array):
            # the offset map as machine integers: a list holds an int object a character (36
            # bytes where this holds 4), for as long as the page is read
            norm.raw = array("i", norm.raw)
        layout = analyse(norm)
        if len(layout.documents) > 1:
            # a page joined from many documents: read again with each document's lines set in
            # paragraphs by its own conventions (normalize.document_breaks), as it is read alone
            norm = normalize(text, [norm.raw[s] for s, _ in layout.documents[1:]])
            layout = analyse(norm)
        return cls(doc, norm, layout)
