"""extractor as a spaCy pipeline: `spacy.blank("zh")` with the pipeline's own jieba tokenizer
and the `gov_facts` component, configured like spaCy's own rule components.

    nlp = extractor.load()                 # or: nlp = spacy.blank("zh"); nlp.add_pipe("gov_facts")
    doc = nlp(text)
    doc.spans["facts"]                     # one span per fact, its record (a dict) on span._.fact
    doc._.facts                            # the component's records (extractor.record.Record)
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Iterable, Iterator, Optional

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch, registry

from .engine import batch_records, page_records  # the component's records (tests and benches import it from here too)
from .page import Page
from .record import Record
from .records import ALL_TYPES, NAME_TYPES
from .segment import Segmenter

if not Span.has_extension("fact"):
    Span.set_extension("fact", default=None)
if not Doc.has_extension("facts"):
    Doc.set_extension("facts", default=None)


class JiebaTokenizer:
    """spaCy tokenizer over the pipeline's own jieba Segmenter."""

    def __init__(self, vocab, segmenter: Optional[Segmenter] = None) -> None:
        self.vocab = vocab
        self.segmenter = segmenter or Segmenter()

    def __call__(self, text: str) -> Doc:
        words = [w for w in self.segmenter.cut(text) if w]
        return Doc(self.vocab, words=words, spaces=[False] * len(words))

    # spaCy serializes tokenizers; ours has no state beyond the jieba dictionary
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "JiebaTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> "JiebaTokenizer":
        return self


_COARSE = re.compile(r"\d+(?:[.,]\d+)*|[A-Za-z]+|[\u4e00-\u9fff]+|\s+|.", re.S)


class CoarseTokenizer(JiebaTokenizer):
    """Runs of digits, letters and CJK characters: enough to carry numeric spans, no segmentation."""

    def __call__(self, text: str) -> Doc:
        words = _COARSE.findall(text)
        return Doc(self.vocab, words=words, spaces=[False] * len(words))


@registry.tokenizers("extractor.jieba_tokenizer.v1")
def create_jieba_tokenizer():
    def make(nlp: Language) -> JiebaTokenizer:
        return JiebaTokenizer(nlp.vocab)
    return make


@registry.tokenizers("extractor.coarse_tokenizer.v1")
def create_coarse_tokenizer():
    def make(nlp: Language) -> CoarseTokenizer:
        return CoarseTokenizer(nlp.vocab)
    return make


class GovFacts:
    """The rules as one spaCy component: numeric facts, names, metric and scope."""

    def __init__(self, nlp: Language, name: str, types: list[str], scope: bool) -> None:
        unknown = set(types) - set(ALL_TYPES)
        if unknown:
            raise ValueError(f"unknown fact types: {', '.join(sorted(unknown))}")
        self.name = name
        self.types = [t for t in ALL_TYPES if t in types]
        self.scope = scope
        tok = getattr(nlp, "tokenizer", None)
        self.segmenter = tok.segmenter if isinstance(tok, JiebaTokenizer) and not isinstance(tok, CoarseTokenizer) \
            else None

    def __call__(self, doc: Doc) -> Doc:
        page = self._page(doc)
        return self._set(doc, page, page_records(page, self.types, self.segmenter, self.scope))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """What nlp.pipe calls: the docs' records made a batch at a time, stage by stage
        (engine.batch_records: the same records as one doc at a time, in less time)."""
        for batch in minibatch(docs, size=batch_size):
            pages = [self._page(doc) for doc in batch]
            for doc, page, records in zip(batch, pages, batch_records(pages, self.types, self.segmenter, self.scope)):
                yield self._set(doc, page, records)

    @staticmethod
    def _page(doc: Doc) -> Page:
        page: Optional[Page] = doc.user_data.get("extractor_page")
        # (a Doc holds the page's words as printed; a page in traditional characters is read in
        # its simplified view, page.py, at the same offsets)
        if page is None or page.printed != doc.text:
            page = Page.read(doc.text, doc.user_data.get("extractor_doc", "stdin"), doc.user_data.get("extractor_date"))
        return page

    @staticmethod
    def _set(doc: Doc, page: Page, records: list[Record]) -> Doc:
        """The records on the doc: a span each (split_tokens_at), and the records themselves."""
        on_normalized = doc.text == page.printed and doc.text != page.original
        offsets = [(r.norm_start, r.norm_end) if on_normalized else (r.start, r.end) for r in records]
        split_tokens_at(doc, {i for pair in offsets for i in pair})
        spans = []
        for r, (s, e) in zip(records, offsets):
            span = doc.char_span(s, e, label=r.type, alignment_mode="expand")
            if span is not None:
                span._.fact = r.public()  # a plain dict of the public fields, as a JSON row has them
                spans.append(span)
        doc.spans["facts"] = spans
        doc._.facts = records
        return doc


def split_tokens_at(doc: Doc, cuts: set[int]) -> None:
    """Split tokens that a fact boundary falls inside (jieba joins `个村` across the end of `335 个`),
    so that each fact span holds exactly the fact's text."""
    ordered = sorted(cuts)
    splits = []
    for tok in doc:
        lo, hi = tok.idx, tok.idx + len(tok.text)
        inner = ordered[bisect_right(ordered, lo):bisect_left(ordered, hi)]
        if inner:
            bounds = [0, *(c - lo for c in inner), len(tok.text)]
            splits.append((tok, [tok.text[a:b] for a, b in zip(bounds, bounds[1:])]))
    if splits:
        with doc.retokenize() as retokenizer:
            for tok, orths in splits:
                retokenizer.split(tok, orths, heads=[(tok, 0)] * len(orths))


@Language.factory("gov_facts", default_config={"types": list(ALL_TYPES), "scope": True})
def make_gov_facts(nlp: Language, name: str, types: list[str], scope: bool) -> GovFacts:
    return GovFacts(nlp, name, types, scope)


@lru_cache(maxsize=8)
def load(types: tuple[str, ...] = ALL_TYPES) -> Language:
    """The extractor pipeline. Only numeric types asked for: no segmentation (a coarse tokenizer)."""
    needs_words = any(t in NAME_TYPES for t in types)
    tokenizer = "extractor.jieba_tokenizer.v1" if needs_words else "extractor.coarse_tokenizer.v1"
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": tokenizer}}})
    nlp.add_pipe("gov_facts", config={"types": list(types)})
    return nlp


def run(nlp: Language, page: Page) -> list[Record]:
    """Run the pipeline over a page's normalized text; the component's records."""
    doc = nlp.make_doc(page.printed)
    doc.user_data["extractor_page"] = page
    doc.user_data["extractor_doc"] = page.doc
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc._.facts or []
