"""Development zones and parks named after their city or county (宝鸡高新区, 西安经济技术开发区,
株洲经开区, 岐山县产业园区): the area's own name opens the zone's, so the zone is a place of its own,
below that area and with it as parent. A zone word with no area's name before it (开发区建设,
全市开发区) is found by no suffix and has no parent; a zone whose name opens with a word the data does not
know as an area (金桥出口加工区) keeps no parent either (bench/gold/README.md: zones named as the area
count)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import table

if TYPE_CHECKING:  # (places.py imports this module: a run-time import would be circular)
    from .place_mention import Mention


def zone_parents(mentions: list[Mention]) -> list[Mention]:
    """Gives each zone or park whose name opens with a resolved area of the levels in places.toml
    [zone_heads] that area as parent (its name first, then the area's own parents); returns the mentions
    less the parks of industry that open with no area (一批现代农业产业园, 落地沪明临港产业园: a kind of
    park or a phrase read back from the word, where 宝鸡高新区 names one zone)."""
    heads = table("names/places.toml")["zone_heads"]
    at_start = {m.start: m for m in mentions if m.division is not None and m.division.level in heads["levels"]}
    out = []
    for m in mentions:
        if m.kind == "suffix" and m.level in heads["zone_levels"] and not m.parent:
            head = at_start.get(m.start)
            if head is not None and head.end < m.end:
                m.parent = [head.division.name] + [a.name for a in head.division.chain()]
            elif m.name.endswith(tuple(heads["area_only"])):
                continue
        out.append(m)
    return out
