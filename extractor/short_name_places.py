"""A body named once with its area (广州珠江钢琴企业集团) and then by its own words alone (珠江钢琴产量
达到５．３万台): the area named with the body is the place of the figures told of it there too, as it is
where the full name stands (a company is no place, the area named with it is). Split from
place_scope.py; the words live in data/place_scope.toml [short_names]."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterable

from .lexicon import table
from .page import Page
from .record import Record

SHORT_RULE = "place:org_short"
# a Chinese body's area only: a foreign firm's own words (西门子公司在华已建立３７家合资企业) tell mostly of
# what it does abroad, in China here
_LEVELS = ("province", "city", "county")


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], int, int, frozenset[str], int, re.Pattern]:
    t = table("place_scope.toml")["short_names"]
    return (tuple(sorted(t["endings"], key=len, reverse=True)), int(t["shortest"]), int(t["longest"]),
            frozenset(t["not_names"]), int(t["reach"]), re.compile(rf"[^\W\d_{t['numerals']}]+"))


def _short_name(rest: str) -> str:
    """The body's own words: its name after the area, less the words of its kind at the end
    (珠江钢琴企业集团 → 珠江钢琴, 东方通信股份有限公司 → 东方通信); empty where that leaves too little or too much."""
    endings, shortest, longest, not_names, _, word = _words()
    head = rest
    while True:
        cut = next((e for e in endings if head.endswith(e) and len(head) > len(e)), None)
        if cut is None:
            break
        head = head[:-len(cut)]
    # three characters at least: a body's two-character words are mostly a trade's (电梯 of 广州电梯企业
    # 集团公司, 造船 of 广州造船厂), written all over a story about it
    if head == rest or not shortest <= len(head) <= longest or head in not_names \
            or not word.fullmatch(head):
        return ""
    return head


def short_name_places(page: Page, bodies: Iterable[Record]) -> list[Record]:
    """A place mention of a body's area (as place_scope.org_places reads it from the name) where the
    body's own words are written alone further on in its article, within so many characters: not
    where the full name is written again (the area is read there already)."""
    text = page.text
    reach = _words()[4]
    out: list[Record] = []
    for b in bodies:
        if b.level not in _LEVELS:
            continue
        area_end = text.find(b.text, b.norm_start, b.norm_end)
        if area_end < 0 or not b.text:
            continue
        area_end += len(b.text)
        head = _short_name(text[area_end:b.norm_end])
        if not head:
            continue
        at = b.norm_end
        hi = min(len(text), b.norm_end + reach)
        while (at := text.find(head, at, hi)) >= 0:
            sent = page.layout.sentence_at(at)
            if sent is None or sent.article != b.article:
                break  # the body's article ends: another story's words are not its name
            if not text.endswith(b.text, 0, at):  # not the full name again
                out.append(replace(b, norm_start=at, norm_end=at + len(head), paragraph=sent.paragraph,
                                   rule=SHORT_RULE))
            at += len(head)
    return out


def narrower(carried: str | None, area: str) -> bool:
    """Whether the place carried on from the sentences before lies inside the area of a body named by
    its own words (在顺德，广东科龙公司与广东华宝公司… then 在华宝厂…耗资４．５亿元: 顺德, not 广东)."""
    if not carried or carried == area:
        return False
    from .names.divisions import gazetteer
    g = gazetteer()
    return any(area in (a.name for a in d.chain()) or any(a.name.startswith(area) for a in d.chain())
               for d in [*g.full(carried), *g.short(carried)])
