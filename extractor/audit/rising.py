"""bound: levels said to rise (or fall) one after another, each against the one before.

    1995、1996、1997 年粮棉产量连年递增，粮食亩产分别为 452 公斤、477 公斤、525 公斤；
    棉花亩产分别为 43 公斤、61.5 公斤、73.7 公斤
        each list after `分别为` in the sentence of the cue: 477 ≥ 452, 525 ≥ 477, 61.5 ≥ 43 …
The cue says the change repeats (`连年`, `逐年`, `连续三年` + `递增`, `下降`: data/rising.toml) and
stands before the list in its sentence, which names the list's years, one a level, in order; the list's levels are of one measure (type and unit) and
follow one another with only a separator between them; or each level follows its own year, the
years rising (`1995 年为 452 公斤、1996 年为 477 公斤`). The claim is the earlier level, as a
bound the later must pass (a rise) or stay under (a fall). A level that goes the other way is
inconsistent: the cue, the list and the order are all said in one sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from .heads import AMOUNT_TYPES
from .model import Draft, Num, PageView
from .stated_bound import bound_draft

_GAP = 24  # characters between the cue and the list's lead (`，粮食亩产`)
_LIST_GAP = 2  # characters between two levels of a list besides the separator
_YEAR = r"(?:19|20)\d\d"
_YEARS = re.compile(f"{_YEAR}(?:[、，和及]{_YEAR})+年")  # `1985、1986、1987年`
_DATED = re.compile(f"(?P<year>{_YEAR})年(?:为|是|达到|达|有)?$")  # `、1996年为` right before a level
_SPAN = re.compile(f"({_YEAR})年?(?:至|到|—|-)({_YEAR})年")  # `2019年至2021年`: every year of it


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("rising.toml")["rising"]


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _cue() -> re.Pattern:
    c = _cues()
    repeated = f"(?:{_alt(c['repeated'])})(?:{c['count_after']})?"
    return re.compile(f"{repeated}(?P<up>{_alt(c['up'])})|{repeated}(?P<down>{_alt(c['down'])})")


@lru_cache(maxsize=1)
def _lead() -> re.Pattern:
    return re.compile(_alt(_cues()["list_lead"]))


def check(view: PageView) -> list[Draft]:
    drafts = []
    for m in _cue().finditer(view.text):
        way = "over" if m.group("up") else "under"
        sent = view.sentence_index(m.start())
        _, end = view.sentence_span(m.start())
        dated = _dated_list(view, m.end(), sent)  # `1995年为452公斤、1996年为477公斤`
        for a, b in zip(dated, dated[1:]):
            drafts.append(bound_draft(a, b, way, None, f"“{m.group(0)}”：后一年的数"))
        for lead in _lead().finditer(view.text, m.end(), end):
            if lead.start() - m.end() > _GAP and not _after_list(view, lead.start(), m.end()):
                break
            levels = _list_after(view, lead.end(), sent)
            if not _one_per_year(view.text[view.sentence_span(m.start())[0]:lead.start()], len(levels)):
                continue
            for a, b in zip(levels, levels[1:]):
                drafts.append(bound_draft(a, b, way, None, f"“{m.group(0)}”：后一个数"))
    return drafts


def _one_per_year(before: str, count: int) -> bool:
    """The sentence names the years of the levels, one a level, in order (`1985、1986、1987年`):
    a list after `持续增长，…分别为` may be of places or kinds, not of years."""
    for m in _YEARS.finditer(before):
        years = [int(y) for y in re.findall(_YEAR, m.group(0))]
        if len(years) == count and years == sorted(years):
            return True
    return any(int(m.group(2)) - int(m.group(1)) + 1 == count for m in _SPAN.finditer(before))


def _after_list(view: PageView, at: int, since: int) -> bool:
    """A second list of the cue's sentence (`；棉花亩产分别为`): a list already read stands between."""
    return any(n.type in AMOUNT_TYPES for n in view.between(since, at))


def _list_after(view: PageView, start: int, sent: int) -> list[Num]:
    """The levels right after the lead, of one measure, joined by separators only."""
    out: list[Num] = []
    pos = start
    for n in view.between(start, view.sentence_span(start)[1]):
        gap = view.text[pos:n.start]
        if n.sentence != sent or n.type not in AMOUNT_TYPES or len(gap.strip()) > _LIST_GAP \
                or (out and (not n.same_measure(out[0]) or not _separated(gap))):
            break
        out.append(n)
        pos = n.end
    return out if len(out) >= 2 else []


def _dated_list(view: PageView, start: int, sent: int) -> list[Num]:
    """Levels each right after its year, the years rising (`1995年为452公斤、1996年为477公斤`):
    the first within a few characters of the cue."""
    out: list[Num] = []
    pos, last = start, 0
    for n in view.between(start, view.sentence_span(start)[1]):
        m = _DATED.search(view.text[pos:n.start])
        if n.sentence != sent or n.type not in AMOUNT_TYPES or not m or int(m.group("year")) <= last \
                or (out and (not n.same_measure(out[0]) or m.start() > 1)) or (not out and m.start() > _GAP):
            break
        out.append(n)
        pos, last = n.end, int(m.group("year"))
    return out if len(out) >= 2 else []


def _separated(gap: str) -> bool:
    return any(s in gap for s in _cues()["separators"])
