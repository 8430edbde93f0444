"""What the checks see: a page's numeric facts with their sentences, clauses and labels.

A `Num` is one numeric fact record seen on the normalized text (`norm_start`/`norm_end`),
with the interval of values it allows (see tolerance.py). `PageView` answers the structural
questions every check asks: which sentence and clause a position is in, the label before a
number, the noun after it, the facts of a sentence or paragraph.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterable, Optional

from ..fact_types import NUMERIC_TYPES
from ..clauses import BREAKS, SENTENCE_ENDS
from ..page import Page
from . import cues
from .tolerance import Interval, interval_of, quotient_interval, said_near

CLAUSE_BREAKS = BREAKS
SENTENCE_BREAKS = SENTENCE_ENDS + "\n"
_DIGITS = re.compile(r"\d")
_NEAR_REACH = 3  # characters before a number that may hold `将近`
_THOUSANDS = re.compile(r"(?<=\d)，(?=\d{3}(?!\d))")
_BREAK = re.compile("[" + re.escape(CLAUSE_BREAKS) + "]")
# ASCII punctuation written in Chinese text (`2025年,全省…`, `占65.8%;支出`, `合肥市(3.86%)`):
# a clause break or bracket as the full-width one is, where a Chinese character (or `%`, a
# closing bracket) stands on either side, never between digits (`1,234`)
_CJK = "\u4e00-\u9fff"
_HALF_BREAK = re.compile(f"(?<=[{_CJK}%）)])\\s*[,;:](?=\\s*\\S)|[,;:](?=\\s*[{_CJK}])")
_HALF_BRACKETS = re.compile(f"(?<=[{_CJK}])\\(([^()]{{0,60}})\\)|\\(([^()]{{0,60}}[{_CJK}][^()]{{0,60}})\\)")
_FULL = {",": "，", ";": "；", ":": "："}


def full_width_punctuation(text: str) -> str:
    """The text with ASCII clause breaks and brackets of Chinese text made full-width, each one
    character for one (offsets hold)."""
    chars = list(text)
    for m in _HALF_BREAK.finditer(text):
        at = m.end() - 1
        chars[at] = _FULL[chars[at]]
    for m in _HALF_BRACKETS.finditer(text):
        chars[m.start()], chars[m.end() - 1] = "（", "）"
    return "".join(chars)


@dataclass
class Num:
    """A numeric fact on the normalized page text."""

    rec: dict
    start: int  # normalized offsets
    end: int
    type: str
    value: float
    unit: Optional[str]
    qualifier: str
    value_max: Optional[float]
    text: str  # the normalized text of the span
    sentence: int = -1
    paragraph: int = -1
    article: int = -1
    near: bool = False  # said `近`/`将近`: about, but not above the number (tolerance.py)

    @cached_property
    def interval(self) -> Interval:
        return interval_of(self.text, self.value, self.qualifier, self.value_max, self.type, self.near)

    @cached_property
    def quotient(self) -> Interval:
        """The values this number stands for as a figure found by division (a mean, a per-unit
        figure said after its total): rounded, even where a whole payment would be exact."""
        return quotient_interval(self.text, self.value, self.qualifier, self.value_max, self.type, self.near)

    @property
    def written(self) -> str:
        """The span as the normalized text writes it, for an explanation: `3943万`, `84笔`."""
        return self.text

    def ref(self) -> dict:
        r = {"start": self.rec["start"], "end": self.rec["end"], "text": self.rec.get("text", self.text)}
        if self.rec.get("id"):
            r["id"] = self.rec["id"]
        return r

    def same_measure(self, other: "Num") -> bool:
        """Same type and unit: money with money, 笔 with 笔 (名 with 人: data/cues.toml [units])."""
        return self.type == other.type and same_unit(self.unit, other.unit)

    @property
    def shown(self) -> float | int:
        """The value as the record has it, for `observed`/`expected` (47, not 47.0)."""
        v = self.rec.get("value")
        return v if isinstance(v, (int, float)) and not isinstance(v, bool) else self.value


def norm_offsets(r: object) -> tuple[Optional[int], Optional[int]]:
    """The audit's one look past a record's public fields: a pipeline record (record.Record, read
    as a mapping like a JSON row) carries its normalized offsets; a row of `audit --facts` does not."""
    return getattr(r, "norm_start", None), getattr(r, "norm_end", None)


def same_unit(a: Optional[str], b: Optional[str]) -> bool:
    if a == b:
        return True
    return any(a in group and b in group for group in cues.unit_groups())


def as_number(v: object) -> Optional[float]:
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    try:
        return float(str(v))
    except (TypeError, ValueError):
        return None


class PageView:
    """The normalized text of a page with its numeric facts, indexed by sentence."""

    def __init__(self, page: Page, records: Iterable[dict]) -> None:
        self.page = page
        # a full-width comma between digits (`２，８４９，４０５`) groups thousands: it breaks no
        # clause (same length, so offsets hold)
        self.text = full_width_punctuation(_THOUSANDS.sub(",", page.text))
        self.sentences = page.layout.sentences
        self._sent_starts = [s.start for s in self.sentences]
        self.nums: list[Num] = []
        self.dates: list[Num] = []
        for r in records:
            n = self._num(r)
            if n is None:
                continue
            (self.dates if n.type == "date" else self.nums).append(n)
        self.nums.sort(key=lambda n: (n.start, n.end))
        self.dates.sort(key=lambda n: (n.start, n.end))
        # indexes, so that every question below costs a lookup, not a pass over the page
        self._starts = [n.start for n in self.nums]
        self._ends = sorted(n.end for n in self.nums + self.dates)
        self._num_ends = sorted(n.end for n in self.nums)
        self._breaks = [m.start() for m in _BREAK.finditer(self.text)]
        self._by_sentence: dict[int, list[Num]] = {}
        self._by_paragraph: dict[int, list[Num]] = {}
        self._by_article: dict[int, list[Num]] = {}
        for n in self.nums:
            self._by_sentence.setdefault(n.sentence, []).append(n)
            self._by_paragraph.setdefault(n.paragraph, []).append(n)
            self._by_article.setdefault(n.article, []).append(n)
        self._para_starts = {k: [n.start for n in v] for k, v in self._by_paragraph.items()}
        self._by_span = {(n.rec["start"], n.rec["end"]): n for n in self.nums}
        self.dated_sentences = {d.sentence for d in self.dates}

    def _num(self, r: dict) -> Optional[Num]:
        if r.get("type") not in NUMERIC_TYPES:
            return None
        s, e = norm_offsets(r)
        if s is None or e is None:
            try:
                s, e = self.norm_span(int(r["start"]), int(r["end"]))
            except (KeyError, TypeError, ValueError):
                return None  # a record without usable offsets says nothing checkable
        if not (0 <= s < e <= len(self.text)):
            return None
        if any(w in self.text[s:e] for w in cues.words("units", "not_counts")):
            return None  # `15岁人口` is an age bound of a group, not a number of people
        value = as_number(r.get("value")) if r["type"] != "date" else 0.0
        if value is None:
            return None
        vmax = as_number(r.get("value_max")) if r["type"] != "date" else None
        n = Num(r, s, e, r["type"], value, r.get("unit"), r.get("qualifier") or "exact", vmax, self.text[s:e])
        n.near = n.qualifier == "about" and said_near(self.text[max(0, s - _NEAR_REACH):s])
        sent = self.sentence_index(s)
        if sent >= 0:
            n.sentence = sent
            n.paragraph = self.sentences[sent].paragraph
            n.article = self.sentences[sent].article
        return n

    def num_of(self, fact: dict) -> Optional[Num]:
        """The number a finding's fact names (by its raw start and end), or None."""
        return self._by_span.get((fact["start"], fact["end"]))

    def norm_span(self, raw_start: int, raw_end: int) -> tuple[int, int]:
        """Normalized offsets of a raw span (records extracted earlier carry raw offsets only)."""
        norm = self.page.norm
        s = norm.from_raw(raw_start)
        e = norm.from_raw(max(raw_start, raw_end - 1)) + 1
        return s, e

    def raw_ref(self, start: int, end: int) -> dict:
        """A fact reference for a normalized span that is not a fact record (a list, a `倍`)."""
        rs, re_ = self.page.norm.to_raw(start, end)
        return {"start": rs, "end": re_, "text": self.page.original[rs:re_]}

    # --- positions -------------------------------------------------------------------------
    def sentence_index(self, pos: int) -> int:
        i = bisect.bisect_right(self._sent_starts, pos) - 1
        if 0 <= i < len(self.sentences) and pos < self.sentences[i].end:
            return i
        return -1

    def sentence_span(self, pos: int) -> tuple[int, int]:
        i = self.sentence_index(pos)
        if i < 0:
            return pos, pos
        return self.sentences[i].start, self.sentences[i].end

    def clause_start(self, pos: int) -> int:
        i = bisect.bisect_left(self._breaks, pos) - 1
        return self._breaks[i] + 1 if i >= 0 else 0

    def clause_end(self, pos: int) -> int:
        i = bisect.bisect_left(self._breaks, pos)
        return self._breaks[i] if i < len(self._breaks) else len(self.text)

    def prev_end(self, pos: int, dates: bool = True) -> int:
        """The end of the last number (or date) ending at or before pos (0 when none)."""
        ends = self._ends if dates else self._num_ends
        i = bisect.bisect_right(ends, pos) - 1
        return ends[i] if i >= 0 else 0

    def label_before(self, n: Num, limit: int = 20) -> str:
        """The clause text before a number, back to the previous number or clause break."""
        lo = max(self.clause_start(n.start), self.prev_end(n.start))
        return self.text[max(lo, n.start - limit):n.start]

    def noun_after(self, n: Num, limit: int = 8) -> str:
        """The words after a number up to a break or the next number: `335 个村` gives `村`."""
        hi = n.end
        while hi < len(self.text) and hi - n.end < limit and self.text[hi] not in CLAUSE_BREAKS + "、（(“\"" \
                and not _DIGITS.match(self.text[hi]):
            hi += 1
        return self.text[n.end:hi]

    # --- facts by place ------------------------------------------------------------------------
    def in_sentence(self, sent: int) -> list[Num]:
        return self._by_sentence.get(sent, []) if sent >= 0 else []

    def same_part(self, a: Num, b: Num) -> bool:
        """Not separated by `；`: the parts of a long sentence speak of different things."""
        lo, hi = sorted((a, b), key=lambda n: n.start)
        return "；" not in self.text[lo.end:hi.start]

    def in_paragraph(self, para: int) -> list[Num]:
        return self._by_paragraph.get(para, []) if para >= 0 else []

    def in_article(self, article: int) -> list[Num]:
        return self._by_article.get(article, [])

    def between(self, start: int, end: int) -> list[Num]:
        """The numbers that lie within [start, end)."""
        out = []
        for i in range(bisect.bisect_left(self._starts, start), len(self.nums)):
            n = self.nums[i]
            if n.start >= end:
                break
            if n.end <= end:
                out.append(n)
        return out

    def paragraph_before(self, n: Num, count: int) -> list[Num]:
        """Up to `count` numbers of n's paragraph that end before it, nearest last."""
        para = self.in_paragraph(n.paragraph)
        i = bisect.bisect_left(self._para_starts[n.paragraph], n.start) if n.paragraph >= 0 else 0
        return [m for m in para[max(0, i - count - 2):i] if m.end <= n.start][-count:]

    def before(self, pos: int, count: int) -> list[Num]:
        """Up to `count` numbers ending at or before pos, nearest last."""
        i = bisect.bisect_right(self._starts, pos)
        return [n for n in self.nums[max(0, i - count - 2):i] if n.end <= pos][-count:]

    def after(self, pos: int, count: int) -> list[Num]:
        """Up to `count` numbers starting at or after pos, nearest first (a bisect: no scan of the page)."""
        i = bisect.bisect_left(self._starts, pos)
        return self.nums[i:i + count]


@dataclass
class Draft:
    """A finding before it is validated: the claim first in `facts`."""

    check: str
    verdict: str
    facts: list[dict]
    expected: object
    observed: object
    explanation: str
    extra: dict = field(default_factory=dict)

    def doubted(self, why: str) -> "Draft":
        """An `inconsistent` the evidence cannot bear becomes `unverifiable`, its reason said
        (a list read without ordinals may merge or split items); other verdicts stand."""
        if self.verdict == "inconsistent":
            self.verdict = "unverifiable"
            self.explanation += why
        return self

    def key(self) -> tuple:
        return (self.facts[0]["start"], self.facts[0]["end"],
                tuple(sorted((f["start"], f["end"]) for f in self.facts[1:])))
