"""Names in a list of names (席义方、沈国俊、王景荣): once one item of a 、 list is a person, its
neighbours of the same shape are persons too, though jieba tags them nothing or reads their given
name as a word (蔡竹林: 竹林). Only items a separator closes on both sides are taken, so a list
that runs on into a sentence (王景荣等人) gives no more than its names."""
from __future__ import annotations

from typing import Optional

from ..lexicon import word_list
from .person_base import Person, lists, plausible, surname_len
from .spans import Spans
from .words import Words

_SEP = "、"
_JOINERS = frozenset("和与向于同及")  # surnames that are also conjunctions or prepositions
# what closes the last item of a list (姜信真为副主席, 王景荣等, 李平和赵刚) or opens the first
_CLOSERS = frozenset("、，。；：）)\n")
_OPENERS = frozenset("、，。；：（(\n")
# the dictionary's tags that make an item a thing, not a name: nouns, verbs, adjectives, places
_THING_TAGS = ("n", "v", "a", "ns", "nt", "nz", "t", "m", "d", "f", "s")


def _after_words() -> frozenset:
    return frozenset(word_list("names/list_closers.txt"))


def _name_item(item: str, words: Optional[Words], places: set[str], inner_guess: bool = False) -> bool:
    """A Chinese name of a list: a surname, two or three characters, no word of another kind.
    inner_guess: the item stands between two separators of the list and only jieba's tag calls
    it a place (许地山/ns, 沙汀/ns among writers): the list makes it a name."""
    if not plausible(item) or len(item) > surname_len(item) + 2 or item in places and not inner_guess:
        return False
    if inner_guess:
        return item[-1] not in lists()["not_end"] and item[1:] not in lists()["titles"]
    if item[-1] in lists()["not_end"] or item[1:] in lists()["titles"]:
        return False
    if words is None:
        return False
    tail = item[surname_len(item):]
    tail_tag = words.tags.get(tail) or ""
    if tail in places or tail_tag.startswith("ns") or item[0] in _JOINERS and tail_tag and not tail_tag.startswith("nr"):
        return False  # 向江淮、黄淮: a preposition before a place or a word
    tag = words.tags.get(item) or ""
    return not tag or tag.startswith("nr") or not tag.startswith(_THING_TAGS)


def _closed_right(text: str, end: int) -> bool:
    if end >= len(text) or text[end] in _CLOSERS:
        return True
    return any(text.startswith(w, end) for w in _after_words())


def _right_item(text: str, at: int) -> list[tuple[int, int]]:
    """The readings of the item after the 、 at `at`: as long as the next separator allows."""
    start = at + 1
    out = []
    for size in (3, 2, 4):
        end = start + size
        if end <= len(text) and _closed_right(text, end):
            out.append((start, end))
    return out


def _left_item(text: str, at: int, words: Optional[Words]) -> list[tuple[int, int]]:
    """The readings of the item before the 、 at `at`: opened by a separator, or by a word
    boundary for the list's first item (还有席义方、沈国俊)."""
    out = []
    for size in (3, 2, 4):
        start = at - size
        if start < 0:
            continue
        opened = start == 0 or text[start - 1] in _OPENERS
        if opened or (size == 3 and words is not None and words.is_boundary(start)):
            out.append((start, at))
    return out


def _whole_item(text: str, p: Person) -> None:
    """孙魁/文 between two separators of a list: jieba cut the name's last character off, and the
    item, closed on both sides, is the whole name."""
    s, e = p.start, p.end
    if len(p.name) != 2 or surname_len(p.name) != 1 or e + 1 >= len(text) or text[e] in lists()["end"]:
        return
    before = text[s - 1] if s else "\n"
    if (text[e + 1] == _SEP or before == _SEP) and before in _OPENERS and _closed_right(text, e + 1) \
            and plausible(text[s:e + 1]):
        p.end, p.name = e + 1, text[s:e + 1]


def listed_persons(text: str, words: Optional[Words], found: list[Person], places: set[str],
                   place_spans: Spans, guessed: frozenset[str] = frozenset()) -> list[Person]:
    """The persons of the lists the found names stand in, besides those already found; guessed:
    the place names read from jieba's tags alone, persons where a list holds them between two
    separators (_name_item)."""
    if words is None:
        return []
    covered = {i for p in found for i in range(p.start, p.end)}
    for p in found:
        _whole_item(text, p)
    todo = [p for p in found if plausible(p.name)]
    out: list[Person] = []
    while todo:  # each new name may open the next item of its list
        p = todo.pop()
        sides = []
        if p.end < len(text) and text[p.end] == _SEP:
            sides.append(_right_item(text, p.end))
        if p.start > 0 and text[p.start - 1] == _SEP:
            sides.append(_left_item(text, p.start - 1, words))
        for readings in sides:
            for s, e in readings:
                item = text[s:e]
                # (a word jieba does not know, or tags a place, that no gazetteer holds: 沙汀)
                inner = (item in guessed or item not in places and (words.tags.get(item) or "ns").startswith("ns")) \
                    and s > 0 and text[s - 1] == _SEP and text[e:e + 1] == _SEP
                if any(i in covered for i in range(s, e)) or place_spans.overlaps(s, e) and not inner \
                        or not _name_item(item, words, places, inner):
                    continue
                q = Person(s, e, item, "person:listed")
                out.append(q)
                todo.append(q)
                covered.update(range(s, e))
                break
    return out
