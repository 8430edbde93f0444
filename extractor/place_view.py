"""What place_scope reads of a sentence's places that is the same for every fact in it, read once
for the sentence (most numbers stand several to a sentence, and each fact read all of it again,
after sentence_places had read it for the topic): which of its places are where something comes
from, which stand for themselves (not examples, sources, the whole of a rank or of a share),
which open the sentence or a clause of it, and where the sentence's own words begin."""
from __future__ import annotations

import re
from bisect import bisect_left

from .clauses import BREAKS
from .place_issuer import beyond, issuer_seat
from .place_lists import names_whole, without_examples
from .place_mentions import in_book_title, is_rank_whole, is_source, lead_end
from .place_words import opens_at
from .record import Record

_BREAK = re.compile(f"[{re.escape(BREAKS)}]")


class SentenceView:
    """A sentence's places as sentence_places and place_of read them."""

    __slots__ = ("text", "inside", "start", "sources", "unexampled", "_lead", "_standing", "opens", "opens_clause",
                 "_breaks", "_scanned")

    def __init__(self, text: str, inside: list[Record], start: int) -> None:
        self.text = text
        # the sentence's places, examples too; not those naming a document in book-title marks (《某省…办法》)
        self.inside = inside = [p for p in inside if not in_book_title(text, p)]
        self.start = start
        self.sources = {id(p) for p in inside if is_source(text, p)}
        # not examples of a set (北京、上海等30个城市), sources, nor the whole a rank is taken in
        self.unexampled = [p for p in without_examples(text, inside)
                           if id(p) not in self.sources and not is_rank_whole(text, p)]
        self._lead: int | None = None
        self._standing: list[Record] | None = None
        self.opens: set[int] = set()
        self.opens_clause: set[int] = set()
        self._breaks: list[int] = []  # the sentence's clause breaks, read as far as asked
        self._scanned = start

    @property
    def lead(self) -> int:
        """Where the sentence's own words begin (place_words.lead_end), read when first asked: a
        sentence read only for what it carries on, and naming no place, never asks."""
        if self._lead is None:
            self._lead = lead_end(self.text, self.start)
        return self._lead

    def clause_start(self, pos: int) -> int:
        """Where the clause holding `pos` begins (place_words.clause_start from the sentence's
        start): the sentence's breaks are found once, as far as any fact or place asks, not looked
        back for again by each of them (a long sentence's facts each read it all, a mark at a time)."""
        if pos > self._scanned:
            self._breaks.extend(m.start() for m in _BREAK.finditer(self.text, self._scanned, pos))
            self._scanned = pos
        i = bisect_left(self._breaks, pos)
        return self._breaks[i - 1] + 1 if i else self.start

    def standing(self) -> list[Record]:
        """The places a figure's place may be, but for the examples of the fact's own list: the
        unexampled ones less those after a share word of their clause (the whole a share is of);
        read when a fact first asks, with which of them open the sentence and which a clause."""
        if self._standing is None:
            text, start = self.text, self.start
            self._standing = [p for p in self.unexampled
                              if not names_whole(text, self.clause_start(p.norm_start), p)]
            # (据南宁海关统计，…广西…: the measuring body's seat opens no sentence that names an area beyond it;
            # it still opens one naming none, the fallback: place_issuer.py)
            seats = {id(p) for p in self._standing if issuer_seat(text, p)
                     and any(beyond(p, q) for q in self._standing if q is not p)}
            self.opens = {id(p) for p in self._standing if opens_at(text, start, p.norm_start) and id(p) not in seats}
            self.opens_clause = {id(p) for p in self._standing
                                 if opens_at(text, self.clause_start(p.norm_start), p.norm_start)}
        return self._standing

