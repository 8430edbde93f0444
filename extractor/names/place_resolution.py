"""Which unit a place mention names: a name several units bear (朝阳区, 黑河) resolved by the page's
sure places and the place written just before it, and a short form ending like a river or
mountain read as the feature where its unit lies outside the page's province (places.py
finds the mentions, then resolves them here)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .divisions import Division, closeness, resolve

if TYPE_CHECKING:  # (places.py imports this module: a run-time import would be circular)
    from .place_mention import Mention

# a short form ending so may name a river, lake or mountain rather than the unit (黑河, 黄山)
_FEATURE_NAME_END = set("河江湖山岭海")


def resolve_all(mentions: list[Mention]) -> None:
    """Resolves each mention of a name several units bear to one by the page's sure places and
    the place written just before it; sets its level and parents, and a parent for an unknown
    name written right after a place."""
    sure = closeness(m.options[0] for m in mentions if len(m.options) == 1 and m.kind in ("full", "renamed"))
    for i, m in enumerate(mentions):
        if not m.options:
            continue
        m.division = resolve(m.options, near=_near(mentions, i, sure)) if len(m.options) > 1 else m.options[0]
        if m.division is not None:
            m.level = m.division.level
            m.parent = [a.name for a in m.division.chain()]
    _features(mentions)
    _written_parents(mentions)
    for i, m in enumerate(mentions):
        if m.division is None and i and mentions[i - 1].end == m.start and mentions[i - 1].kind != "tagged":
            p = mentions[i - 1]
            m.parent = [p.division.name if p.division else p.name] + p.parent


# the levels a town or village is written right after (玉环县城关镇), and the levels it may be written under
_SUB_LEVELS = ("town", "village")
_AREA_LEVELS = ("province", "city", "county")


def _written_parents(mentions: list[Mention]) -> None:
    """A town written right after its county (玉环县城关镇, 东平县大安山乡) that the data knows only
    under another county (a 城关镇 of Inner Mongolia; towns of the 1990s since merged or renamed) is the
    county's as written: its parents are the county's, and the other unit is none of it."""
    for i, m in enumerate(mentions):
        p = mentions[i - 1] if i else None
        if p is None or m.division is None or p.division is None or p.end != m.start \
                or m.level not in _SUB_LEVELS or p.division.level not in _AREA_LEVELS:
            continue
        if all(a is not p.division for a in m.division.chain()):
            m.division, m.parent = None, [p.division.name] + [a.name for a in p.division.chain()]


def _province(d: Division) -> Division:
    return (d.chain() or [d])[-1]


def _features(mentions: list[Mention]) -> None:
    """黑河 on a page about 张掖 is the river, not the city of 黑河 in another province: a short form
    ending like a river, lake or mountain whose unit lies in a province other than the one province
    all the page's sure places lie in names the feature (kept as a place, with no unit)."""
    sure = [m for m in mentions if m.division is not None and len(m.options) == 1
            and (m.kind in ("full", "renamed") or m.kind == "short" and m.level in ("province", "city")
                 and m.name[-1] not in _FEATURE_NAME_END)]
    provinces = {id(_province(m.division)) for m in sure}
    if len(provinces) != 1:
        return
    for m in mentions:
        if m.kind == "short" and m.division is not None and m.name[-1] in _FEATURE_NAME_END \
                and m.division.level in ("city", "county") and id(_province(m.division)) not in provinces:
            m.division, m.options, m.level = None, [], "feature"


def _near(mentions: list[Mention], i: int, sure: dict[int, int]) -> dict[int, int]:
    """The context that resolves mention i: the page's sure places and, the strongest, the place
    written just before it (苏仙区良田镇). Made only for a name of several units: a page may
    have hundreds of places, and a copy of the context for each was quadratic."""
    m = mentions[i]
    before = [x.division for x in mentions[max(0, i - 2):i] if x.division is not None and x.end == m.start]
    near = dict(sure)
    for k, v in closeness(before, 5).items():
        near[k] = near.get(k, 0) + v
    return near
