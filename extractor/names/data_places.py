"""Places whose names the data holds, read where a gazetteer key begins: full names, short forms, renamed and
former units, countries, regions and waters (淮河流域), less the readings that make a key no place (建成县域,
长治久安, 滨江商厦, 其中/非). Apart from places.py: one scan over the data's keys; names the data lacks come from
suffixes (suffix_places.py) and jieba's tags."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..lexicon import table
from .divisions import Division, Gazetteer, gazetteer, key_heads
from .pairs import Pairs
from .place_mention import DIVISION_END, Mention, stop_lists
from .place_words import CITY as _CITY, city_word_after, compound_head as _compound_head, \
    compound_tail as _compound_tail, cut_across as _cut_across, cut_at_start, ends_in_common_noun, former_misread, joins_levels, on_bank
from .words import Words

_TOWN_SUFFIX = ("镇", "乡", "街道", "苏木")
_NOT_PLACE_WORD = ("v", "a", "b", "d")  # first letters of the tags of words that are no short place name


def _full_ok(d: Division) -> bool:
    # towns without a town suffix (园艺场, 工业区) are farms and parks, not found by name alone
    return d.level != "town" or any(d.name.endswith(x) and len(d.name) > len(x) for x in _TOWN_SUFFIX)


@lru_cache(maxsize=None)
def _full(key: str) -> list[Division]:
    """The units of a full name found by name alone; once per name, as names recur (城关镇 is 99)."""
    return [d for d in gazetteer().full(key) if _full_ok(d)]


def _lookup(g: Gazetteer, text: str, key: str, words: Optional[Words], at: int) -> Optional[Mention]:
    place_stop, short_stop, _ = stop_lists()
    if key in place_stop:
        return None
    full = _full(key)
    if full and words is not None and (len(key) == 2 or all(d.level == "town" for d in full)) \
            and not (words.is_boundary(at) and words.is_boundary(at + len(key))) and not _compound_head(words, at, key):
        return None  # 建成县域 is no 成县, 促进乡村 no 促进乡: a short full name must be words of its own
    if full and words is not None and ends_in_common_noun(words, at, key):
        return None
    if full and words is not None and joins_levels(text, words, at, key):
        return None
    if full and words is not None and _cut_across(words, at, at + len(key)):
        return None  # 沿海城市 is no 海城市, 上海市场 no 上海市 (the shorter key is tried next)
    if full:
        return Mention(at, at + len(key), key, "full", options=full)
    if key in g.renamed and not (words is not None and (len(key) == 2 and not (
            words.is_boundary(at) and words.is_boundary(at + len(key)))
            or key in g.customary and not words.is_boundary(at)
            or key in g.former and former_misread(words, at, key))):
        # (发达/县, 扎达县: a former unit's short name must be a word of its own, as a full one's;
        # a customary name begins a word: no 民和县 in 村民/和/县长; a former level's name is a
        # word of its own: no 鼓楼市 in 鼓楼/市场)
        return Mention(at, at + len(key), key, "renamed", options=[g.renamed[key]])
    if key in g.countries and g.world_level.get(key) == "region" and names_facility(text, at + len(key)):
        return None  # 江南公园: a region's name that names a park or a store, not the region
    if key in g.countries and key in short_stop and words is not None \
            and not (words.is_boundary(at) and words.is_boundary(at + len(key))):
        return None  # 大黄山: a feature named like a division's short form must be a word of its own
    if key in g.countries and g.world_level.get(key) == "feature" \
            and text.startswith(tuple(table("names/places.toml")["feature_region_after"]), at + len(key)) \
            and text[at - 1:at] not in table("names/places.toml")["basin_list_joins"]:
        return _basin(text, key, at)
    if key in g.countries and len(key) == 2 and words is not None and _glued_to_word_before(words, at):
        return None  # 其中/非奥运会 is no 中非, 千里/海岸线 no 里海: its first character ends a word
    if key in g.countries and len(key) >= 2 and (not _adjectival(text, words, at, key) or on_bank(g, text, at, key)):
        if words is not None and city_word_after(words, at, key):
            return Mention(at, at + len(key) + 1, key + _CITY, "country", level="foreign_city")
        return Mention(at, at + len(key), key, "country", level=g.world_level.get(key, "country"))
    shorts = g.short(key)
    if shorts and _wrong_level(text, at + len(key), shorts):
        return None
    if shorts and words is not None and _read_as_other(words, at, key) \
            and all(d.level not in ("province", "city") for d in shorts):
        return None  # 合作 (合作市), 大兴 (大兴区): jieba reads a county's short form as a verb or an
        # attribute here (a province's or city's short form stands: jieba reads 保定 as a verb too)
    if shorts and all(d.level not in ("province", "city") for d in shorts) and names_facility(text, at + len(key)):
        return None  # 滨江商厦: a county's short form that names a store or a park (太原火车站: a city locates it)
    if shorts and key not in short_stop:
        # a short form must be a word of its own: 长治 is not a place in 长治久安
        if words is not None and not (words.is_boundary(at) and words.is_boundary(at + len(key))) \
                and not _heads_a_name(words, at, shorts) and not _compound_head(words, at, key) \
                and not _compound_tail(words, at, key):
            return None
        return Mention(at, at + len(key), key, "short", options=shorts)
    return None


def _glued_to_word_before(words: Words, at: int) -> bool:
    """A two-character country or region whose first character ends a word jieba knows (其中/非 for
    中非, 机关/中 for 关中), unless jieba reads a place on either side of the cut (美/欧拉/美 for 拉美,
    访华/南 for 华南: it took the name apart, not a word)."""
    if not cut_at_start(words, at, at + 2):
        return False
    first, rest = words.token_at(at), words.token_at(at + 1)
    return not any(tok is not None and tok[3].startswith("ns") for tok in (first, rest))


def _basin(text: str, key: str, at: int) -> Mention:
    """淮河流域: a river's name with the word for the land it drains, one region."""
    after = next(w for w in table("names/places.toml")["feature_region_after"] if text.startswith(w, at + len(key)))
    return Mention(at, at + len(key) + len(after), key + after, "country", level="region")


def names_facility(text: str, at: int) -> bool:
    """A facility's or a store's word begins at `at` (公园, 商厦, 宾馆)."""
    return text.startswith(tuple(table("names/places.toml")["facility_words"]), at)


def _read_as_other(words: Words, at: int, key: str) -> bool:
    tok = words.token_at(at)
    return tok is not None and tok[0] == at and tok[2] == key and tok[3][:1] in _NOT_PLACE_WORD


def _wrong_level(text: str, after: int, shorts: list[Division]) -> bool:
    """会同市教育局: a county's short form (会同县) followed by another level word is no such county;
    the full name, were there one, was matched first (the longest key wins)."""
    return text[after:after + 1] in DIVISION_END and all(d.level not in ("province", "city") for d in shorts)


def _heads_a_name(words: Words, at: int, shorts: list[Division]) -> bool:
    """北京 in 北京人民大会堂: a province's or city's short form that begins a proper name."""
    tok = words.token_at(at)
    return (tok is not None and tok[0] == at and tok[3] in ("ns", "nt", "nz")
            and any(d.level in ("province", "city") for d in shorts))


def _adjectival(text: str, words: Optional[Words], at: int, key: str) -> bool:
    """中国式现代化: the country name is part of a word."""
    after = at + len(key)
    return text[after:after + 1] == "式" or (words is not None and not words.is_boundary(after)
                                             and not _compound_head(words, at, key))


def _key_sizes() -> dict[str, tuple[int, ...]]:
    """The lengths of the gazetteer's keys by their first two characters, longest first."""
    return key_heads(gazetteer())


@lru_cache(maxsize=1)
def _key_heads() -> Pairs:
    return Pairs(_key_sizes())


def scan_gazetteer(text: str, words: Optional[Words]) -> list[Mention]:
    g = gazetteer()
    sizes = _key_sizes()
    out, end = [], 0
    # the positions whose two characters begin a key: one in fifteen or so
    for i in _key_heads().starts(text):
        if i < end:
            continue  # inside the last name found
        for size in sizes[text[i:i + 2]]:
            key = text[i:i + size]
            if len(key) == size and key in g.keys:
                hit = _lookup(g, text, key, words, i)
                if hit:
                    out.append(hit)
                    end = hit.end
                    break
    return out
