"""Hamlets and small places the division data does not hold, named by an ending news uses for them
(栾老寨, 许家坝, 马家屯), read only where the context marks a place: a word of going or living
before the name (在/到/家住), a word of its people after it (村民, 乡亲, 栾老寨人), or a county or
town written right before it (思南县许家坝). Its other mentions in the page then stand too (the
title's 栾老寨). The endings close many common words (山寨, 军营, 大坝), which never stand."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from ..lexicon import table
from .place_mention import Mention
from .spans import positions
from .words import Words

_CJK = re.compile(r"[\u4e00-\u9fff]")
_KIND = "small"


@lru_cache(maxsize=1)
def _data() -> dict:
    t = table("names/small_places.toml")
    t["_ending_re"] = re.compile(f"[{''.join(t['endings'])}]")
    t["_before"] = sorted(t["before"], key=len, reverse=True)
    t["_after"] = tuple(sorted(t["after"], key=len, reverse=True))
    t["_not_after"] = tuple(t["not_after"])
    t["_not_first"] = set(t["name_not_first"]) | set(table("names/places.toml")["boundary"]["chars"])
    return t


def find_small_places(text: str, words: Words, taken: list[Mention]) -> list[Mention]:
    """The hamlets of a page that its context marks as places, and their other mentions; none
    inside a place already found (taken)."""
    data = _data()
    covered = positions(taken)
    parents = {m.end: m for m in taken if _level(m) in data["parent_levels"]}
    names: dict[str, Optional[Mention]] = {}
    for m in data["_ending_re"].finditer(text):
        end = m.end()
        if m.start() in covered or not words.is_boundary(end):
            continue  # 营业, 坝子: the ending begins a longer word
        found = _marked(text, words, m.start(), end, parents, data["_before"], data["_after"])
        if found is not None:
            start, parent = found
            names.setdefault(text[start:end], parent)
    return _mentions(text, words, names, covered, _only_county(taken))


def _level(m: Mention) -> Optional[str]:
    """A mention's level before the page's names are resolved: its own, or its units' where they agree."""
    levels = {d.level for d in m.options}
    return m.level or (levels.pop() if len(levels) == 1 else None)


def _marked(text: str, words: Words, at: int, end: int, parents: dict[int, Mention], before: Sequence[str],
            after: tuple[str, ...]) -> Optional[tuple[int, Optional[Mention]]]:
    """The start of the name ending at `end` and the place written before it, where the context
    marks it a place (parents: the places that may hold it, by where they end; before, after: the
    words that mark it); else None."""
    data = _data()
    if text.startswith(tuple(data["level_after"]), end) and not text.startswith(after, end):
        return None
    least, most = data["name_least_after"].get(text[at], data["name_least"]), data["name_most"]
    for start in range(at - least, max(at - most, 0) - 1, -1):
        if start < 0 or not _CJK.match(text[start]) or not words.is_boundary(start) or text[start] in data["_not_first"]:
            continue
        if start in parents and _standing(text, words, start, end, data["after_parent"]["first"]):
            return start, parents[start]  # (柳林县前元庄: a direction opens a name written after its county)
        if any(text.startswith(b, start - len(b)) and words.is_boundary(start - len(b)) for b in before) \
                and _standing(text, words, start, end):
            return start, None
    # a word of its people after it: the name must open a clause (，栾老寨人) to be bounded
    if text.startswith(after, end) and not text.startswith(data["_not_after"], end):
        for start in range(max(at - most, 0), at - least + 1):
            if words.is_boundary(start) and (start == 0 or not _CJK.match(text[start - 1])) and text[start] not in data["_not_first"] \
                    and all(_CJK.match(c) for c in text[start:at]) and _standing(text, words, start, end):
                return start, None
    return None


def _standing(text: str, words: Words, start: int, end: int, first_ok: str = "") -> bool:
    """A name that is no common word: not one of jieba's common words as a whole (山寨, 军营), nor
    made of verbs, pronouns or numbers (这个营), nor listed (data stop). first_ok: the characters that
    may open it as a word of their own whatever their tag (前 of 前元庄, after its county)."""
    data = _data()
    full = text[start:end]
    if full in data["stop"] or not all(_CJK.match(c) for c in full):
        return False
    tag = words.tags.get(full)
    if tag is not None and tag in data["common_tags"]:
        return False
    inner = [t for t in words.between(start, end - 1) if t[1] <= end - 1
             and not (t[0] == start and t[1] == start + 1 and t[2] in first_ok)]
    if any((t[3][:1] if len(t[2]) > 1 else t[3][:1] if t[3][:1] in data["not_name_char_tags"] else "") in data["not_name_tags"]
           for t in inner):
        return False
    # the ending must end the word that holds the name, or stand alone (not 山/寨子, not 这/个/营),
    # and that word be no common one (资产/经营, 辖区/村庄: the ending closes a verb or a noun)
    last = words.token_at(end - 1)
    return last is not None and last[1] == end and last[0] >= start \
        and (last[1] - last[0] == 1 or words.tags.get(last[2]) not in data["common_tags"])


def _only_county(taken: list[Mention]) -> list[str]:
    """The one county a page names in full, with its units above (松桃苗族自治县, 铜仁市, 贵州省): where a
    hamlet is named with no area before it (栾老寨 of a story about a county's hamlet), it lies in
    that county; none where the page names several counties or none."""
    counties = {m.options[0] for m in taken if m.kind == "full" and len(m.options) == 1 and m.options[0].level == "county"}
    if len(counties) != 1:
        return []
    county = counties.pop()
    return [county.name] + [a.name for a in county.chain()]


def _mentions(text: str, words: Words, names: dict[str, Optional[Mention]], covered: set[int],
              county: list[str]) -> list[Mention]:
    """Every mention of the names that stood once, as words of their own and outside places found;
    county: the area of a hamlet named with none before it."""
    out = []
    for name, parent in names.items():
        at = text.find(name)
        while at != -1:
            end = at + len(name)
            if at not in covered and words.is_boundary(at) and words.is_boundary(end):
                # (its parent, where a place is written right before it, is set as the names are resolved)
                out.append(Mention(at, end, name, _KIND, level="village", parent=list(county)))
            at = text.find(name, end)
    return out
