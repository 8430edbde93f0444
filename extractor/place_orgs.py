"""The area named in an organization's name, as a place mention where the name stands (山西 in
山西西山矿务局): a company is no place, the area named with it is (place_scope.py reads it)."""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Optional

from .lexicon import table
from .old_short_names import former_full_name
from .place_scene import is_venue
from .place_words import whole_words
from .record import Record

ADMIN = ("province", "city", "county")

ORG_RULE = "place:org"
_ORG_PLACE_LEVELS = ("province", "city")  # a short name opening a body's name (山西西山矿务局)
_UNIT_ENDS = ("市", "县", "区", "旗")  # a unit's name written whole, a former one too: no short name


def org_places(text: str, orgs: Iterable[Record], shorts: Iterable[Record] = ()) -> list[Record]:
    """The area named in an organization's name (山西 in 山西西山矿务局, 中国 in 中国工商银行, 北京市
    in 中国工商银行北京市分行: the last), as a place mention where the name stands: a company is no
    place, the area named with it is. Only a country, a full division name or the short name of a
    province or city, so that a word like 东方 (东方报业集团) is not read as a county; a county's short
    name opening the body's name stands too where the page names that county by it alone (shorts: the
    page's short-form place mentions, kept by their context: 下设桐城、潜山…7个分中心。…桐城分中心9.86亿元)."""
    from .names.divisions import gazetteer  # the gazetteer loads once, on first use
    g = gazetteer()
    keys = g.keys  # every name _division_named can know: most strings tried are none
    standing = _standing_shorts(shorts)
    out = []
    for o in orgs:
        name = text[o.norm_start:o.norm_end]
        last, i = None, 0
        while i < len(name) - 2:
            found = next(((n, named) for n in range(min(len(name) - i - 1, g.max_len), 1, -1)
                          if name[i:i + n] in keys and (named := _division_named(g, name[i:i + n]))), None)
            if found is None and i == 0:
                found = next(((len(w), area) for w, area in standing.items()
                              if name.startswith(w) and not name.startswith(_UNIT_ENDS, len(w))), None)
            if found is None and last is not None and i == last[0] + last[1]:
                found = _county_after(g, name, i, last[2][0])  # 上海市虹口检察院: 虹口区 of 上海市
            if found and not name.startswith(whole_words().street_endings, i + found[0]) \
                    and (last is None or _narrows(last[2], found[1], name, i + found[0])):
                last = (i, *found)  # not a street's (南京 of 上海市公安局南京东路警察署)
            i += found[0] if found else 1
        if last and (last[2][1] == "city" or last[2][0].endswith("市")) \
                and any(region in name for region in whole_words().region_bodies):
            last = None  # 北京军区 commands several provinces: the city of its seat is not its area
        if last and last[2][0] == whole_words().country_name and is_venue(text, o):
            last = None  # 中国美术馆 is a building in one city: its visitors are not the country's
        if last:
            i, n, (value, level, code, parent) = last
            # the division's code, as its own mentions have it: 湖州 of 湖州练市针织制衣厂 and a later
            # 湖州市 are one place when an article's places are counted
            out.append(replace(o, type="place", text=name[i:i + n], value=value, level=level, code=code,
                               parent=parent, aliases=None, rule=ORG_RULE))  # where the name stands
    return out


def _standing_shorts(shorts: Iterable[Record]) -> dict[str, tuple[str, str, Optional[str], Optional[list[str]]]]:
    """The county short forms the page names as places alone (桐城 of 桐城市, kept where the page names its
    city), each with its division's value, level, code and enclosing areas: a body's name opening with one
    (桐城分中心) is that county's body."""
    # (the name as its own mentions give it: a renamed unit's former name where the page writes it, 顺德 of 顺德市)
    return {p.text: (former_full_name(p.text, p.aliases[0]) or p.aliases[0], "county", p.code, p.parent)
            for p in shorts if p.rule == "place:short" and p.level == "county" and p.text and p.aliases}


def _division_named(g, word: str) -> Optional[tuple[str, str, Optional[str], Optional[list[str]]]]:
    """The value, level, code and enclosing areas of a division or country the word names alone."""
    if g.world_level.get(word) == "country":
        return g.countries.get(word, word), "country", None, None
    full = [d for d in g.full(word) if d.level in ADMIN]
    short = [d for d in g.short(word) if d.level in _ORG_PLACE_LEVELS]
    for found in (full, short):
        if len(found) == 1:
            # its enclosing areas, as a place mention has them: 滨州 (of 滨州妇联) is in 山东省; a renamed
            # unit's former short form keeps its former name (襄樊 of 襄樊铁路分局: 襄樊市, old_short_names.py)
            name = (former_full_name(word, found[0].name) if found is short else None) or found[0].name
            return name, found[0].level, found[0].code, [a.name for a in found[0].chain()] or None
    return None


def _county_after(g, name: str, i: int, area: str) -> Optional[tuple[int, tuple[str, str, Optional[str], list[str]]]]:
    """The county-level unit whose short name stands at i of a body's name right after the area it is a unit of
    (虹口 of 上海市虹口检察院: 虹口区 of 上海市), with its length; else None. A county's short name alone is too often a
    word (东方, 长安) to be read in a body's name; written right after the area it lies in, it is the body's area."""
    for n in range(min(len(name) - i - 1, g.max_len), 1, -1):
        units = [d for d in g.short(name[i:i + n]) if d.level == "county" and d.parent is not None
                 and d.parent.name == area]  # (its own city: 公安 of 湖北省公安厅 is no 公安县 of 荆州市)
        if len(units) == 1 and not name.startswith(_UNIT_ENDS, i + n):  # (偃师市公安局: the name written whole)
            return n, (units[0].name, "county", units[0].code, [a.name for a in units[0].chain()])
    return None


def _narrows(before: tuple, after: tuple, name: str, end: int) -> bool:
    """Whether an area named after another in a body's name is the body's (北京市 of 中国工商银行北京市分行,
    廊坊市 of 河北省廊坊市工商局: inside the first; 深圳 of 某大学深圳研究院: a branch's seat), not the
    origin of its members or its field (福建 of 香港福建社团联会: an association in 香港)."""
    if before[1] not in ADMIN or after[1] not in ADMIN:
        return True  # a country's: the later name, as before (中国驻俄罗斯大使馆, 中国银行北京分行)
    if ADMIN.index(after[1]) > ADMIN.index(before[1]) or before[0] in (after[3] or ()) or before[0] == after[0]:
        return True  # a unit of a lower level after a higher one is read as inside it (names change)
    return name.startswith(tuple(table("place_scope.toml")["org_branch_words"]), end)


def seat_before(text: str, prev: Record, p: Record) -> bool:
    """Whether a division written right after another (香港福建社团联会, read as places where the body's
    name is not read) is no narrowing of it: of no lower level and not inside it, and no branch's word
    follows the second; the first is then the area (香港), as in a body's name (_narrows)."""
    if prev.norm_end != p.norm_start or prev.level not in ADMIN or p.level not in ADMIN \
            or ADMIN.index(p.level) > ADMIN.index(prev.level):
        return False  # 那曲地区安多县: a lower level after a higher one narrows it, whatever it is called now
    first = prev.aliases[0] if prev.rule == "place:short" and prev.aliases else (prev.value or prev.text)
    second = p.aliases[0] if p.rule == "place:short" and p.aliases else (p.value or p.text)
    if first in (p.parent or ()) or second in (prev.parent or ()) or first == second:
        return False
    return not text.startswith(tuple(table("place_scope.toml")["org_branch_words"]), p.norm_end)
