"""A town or village named once in full (王家坝村, 黄粱梦镇) and then by its name alone (王家坝是行蓄洪区，
…三个大胜仗; 黄粱梦派出所辖区内总人口８万余人): the same place where the stem is written again in its
article, so the figures told there are the town's or village's (bench/gold/README.md: the most specific
area named for the number), as they are where the full name stands. A stem of two characters (威舍 of 威舍镇,
顶效 of 顶效镇: most towns' names) is read only where it is no common word (果园 of 果园乡 is an orchard; jieba's
dictionary: rare, or tagged a place), nor where a division's ending follows it (唐海县 is no 唐海镇). The words live in
data/place_scope.toml [stem_names]; scope.py adds these mentions to the places it reads, as it does a
body's short name (short_name_places.py)."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Iterable

from .lexicon import table
from .page import Page
from .record import Record

STEM_RULE = "place:stem"


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], frozenset[str], int, int]:
    t = table("place_scope.toml")["stem_names"]
    return (tuple(sorted(t["endings"], key=len, reverse=True)), frozenset(t["levels"]),
            int(t["shortest"]), int(t["reach"]))


@lru_cache(maxsize=1)
def _short() -> tuple[int, int, frozenset[str], tuple[str, ...]]:
    t = table("place_scope.toml")["stem_names"]
    return (int(t["shortest_any"]), int(t["short_most_frequent"]), frozenset(t["short_place_tags"]),
            tuple(t["other_endings"]))


def _readable(stem: str) -> bool:
    """Whether a stem may stand for its town alone: any of shortest_any characters or more; a shorter one
    only where jieba's dictionary knows it as a place or as a rare word (威舍 4, 顶效 6), not as a common
    word (果园 343, 前进, 和平): a common word written alone is that word, not the town."""
    shortest_any, most, tags, _ = _short()
    if len(stem) >= shortest_any:
        return True
    from .dictionary import default_dictionary
    words = default_dictionary()
    return words.tags.get(stem) in tags or words.freq(stem) <= most


def stem_places(page: Page, places: Iterable[Record]) -> list[Record]:
    """A place mention for each later mention of a town's or village's name without its ending, in
    its article within so many characters: not where the full name is written again (read already),
    nor inside another place's mention."""
    endings, levels, shortest, reach = _words()
    text = page.text
    places = list(places)
    taken = [(p.norm_start, p.norm_end) for p in places]
    out: list[Record] = []
    seen: set[tuple[int, str]] = set()
    for p in places:
        ending = next((e for e in endings if p.text.endswith(e)), None) if p.level in levels and p.text else None
        stem = p.text[:-len(ending)] if ending else ""
        if len(stem) < shortest or (p.article, stem) in seen or not _readable(stem):
            continue
        seen.add((p.article, stem))
        at, hi = p.norm_end, min(len(text), p.norm_end + reach)
        while (at := text.find(stem, at, hi)) >= 0:
            sent = page.layout.sentence_at(at)
            if sent is None or sent.article != p.article:
                break  # the article ends: another story's words are not its name
            end = at + len(stem)
            # (not the full name again, nor another division's name that opens with the stem: 唐海县 of 唐海镇's)
            if not text.startswith((ending, *_short()[3]), end) \
                    and not any(s <= at < e or s < end <= e for s, e in taken):
                out.append(replace(p, norm_start=at, norm_end=end, paragraph=sent.paragraph, rule=STEM_RULE))
            at = end
    return out
