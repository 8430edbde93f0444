"""Places whose names the data holds, read where a gazetteer key begins: full names, short forms, renamed and
former units, countries, regions and waters (淮河流域), less the readings that make a key no place (建成县域,
长治久安, 滨江商厦, 其中/非). Apart from places.py: one scan over the data's keys; names the data lacks come from
suffixes (suffix_places.py) and jieba's tags."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..lexicon import table
from .divisions import Division, Gazetteer, gazetteer, key_heads
from .block_words import BlockWords
from .pairs import Pairs
from .place_mention import DIVISION_END, Mention, stop_lists
from .place_words import CITY as _CITY, city_word_after, compound_head as _compound_head, \
    compound_tail as _compound_tail, cut_across as _cut_across, cut_at_start, ends_in_common_noun, former_misread, joins_levels, \
    level_opens_own_word, on_bank
from .words import WordBounds

_TOWN_SUFFIX = ("镇", "乡", "街道", "苏木")
_NOT_PLACE_WORD = ("v", "a", "b", "d")  # first letters of the tags of words that are no short place name
# the levels whose short form names a body's area when it opens the body's name (place_orgs.py)
_BODY_AREA_LEVELS = ("province", "city")


def _full_ok(d: Division) -> bool:
    # towns without a town suffix (园艺场, 工业区) are farms and parks, not found by name alone
    return d.level != "town" or any(d.name.endswith(x) and len(d.name) > len(x) for x in _TOWN_SUFFIX)


@lru_cache(maxsize=None)
def _full(key: str) -> list[Division]:
    """The units of a full name found by name alone; once per name, as names recur (城关镇 is 99)."""
    return [d for d in gazetteer().full(key) if _full_ok(d)]


def _lookup(g: Gazetteer, text: str, key: str, words: Optional[WordBounds], at: int,
            before: Optional[Mention] = None) -> Optional[Mention]:
    """The mention a key of the data makes at `at`, or None where it names nothing there;
    before: the name found ending at `at`, if one was."""
    place_stop, short_stop, _ = stop_lists()
    if key in place_stop:
        return None
    full = _full(key)
    if full and words is not None and (len(key) == 2 or all(d.level == "town" for d in full)) \
            and not (words.is_boundary(at) and words.is_boundary(at + len(key))) and not _compound_head(words, at, key) \
            and not _compound_tail(words, at, key) and not (len(key) > 2 and level_opens_own_word(words, at, key)):
        # 建成县域 is no 成县, 促进乡村 no 促进乡: a short full name must be words of its own (but 中国香港:
        # a region after its country; a town's level character may begin a word of its own: 双龙/镇政府)
        return None
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
                and not _heads_a_name(words, at, key, shorts) and not _compound_head(words, at, key) \
                and not _compound_tail(words, at, key) and not (before is not None and _continues_run(words, at, key, before, shorts)):
            return None
        return Mention(at, at + len(key), key, "short", options=shorts)
    return None


def _continues_run(words: WordBounds, at: int, key: str, before: Mention, shorts: list[Division]) -> bool:
    """广西南宁, 山西省运城地区, 上海浦东: a short form written right after the name of a division it lies in,
    inside the one word jieba makes of the run and tags a place: the run names both (not a street's name,
    上海南京路; not 共和 of 斐济共和国, 太平 of 亚洲太平洋, no division lying in the name before)."""
    tok = words.token_at(at)
    return tok is not None and tok[0] < at and tok[1] >= at + len(key) and tok[3].startswith("ns") \
        and not tok[2].startswith(tuple(table("place_scope.toml")["street_endings"]), at + len(key) - tok[0]) \
        and any(o in d.chain() for o in before.options for d in shorts)


def _glued_to_word_before(words: WordBounds, at: int) -> bool:
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


def _read_as_other(words: WordBounds, at: int, key: str) -> bool:
    tok = words.token_at(at)
    return tok is not None and tok[0] == at and tok[2] == key and tok[3][:1] in _NOT_PLACE_WORD


def _wrong_level(text: str, after: int, shorts: list[Division]) -> bool:
    """会同市教育局: a county's short form (会同县) followed by another level word is no such county;
    the full name, were there one, was matched first (the longest key wins)."""
    return text[after:after + 1] in DIVISION_END and all(d.level not in ("province", "city") for d in shorts)


def _heads_a_name(words: WordBounds, at: int, key: str, shorts: list[Division]) -> bool:
    """北京 in 北京人民大会堂: a province's or city's short form that begins a proper name (a word that
    holds the whole short form: 湘 of 湘/西北 begins no 湘西)."""
    tok = words.token_at(at)
    return (tok is not None and tok[0] == at and tok[1] >= at + len(key) and tok[3] in ("ns", "nt", "nz")
            and any(d.level in ("province", "city") for d in shorts))


def _adjectival(text: str, words: Optional[WordBounds], at: int, key: str) -> bool:
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


def scan_gazetteer(text: str, words: Optional[WordBounds]) -> list[Mention]:
    g = gazetteer()
    sizes = _key_sizes()
    keys = g.keys
    # the positions whose two characters begin a key (one in fifteen or so), and the keys there,
    # longest first
    found = []
    for i in _key_heads().starts(text):
        here = [key for size in sizes[text[i:i + 2]] if (key := text[i:i + size]) in keys and len(key) == size]
        if here:
            found.append((i, here))
    blocks = words if isinstance(words, BlockWords) else None
    if blocks is not None:
        blocks.prepare(i for i, _ in found)  # the blocks that hold a key, cut together
    out, end = [], 0
    for i, here in found:
        if i < end:
            continue  # inside the last name found
        for key in here:
            hit = _lookup(g, text, key, None if blocks is not None and _heads_word(g, blocks, i, key) else words, i,
                          before=out[-1] if out and out[-1].end == i else None)
            if hit:
                out.append(hit)
                end = hit.end
                break
    return out


def _heads_word(g: Gazetteer, words: BlockWords, at: int, key: str) -> bool:
    """A name that begins a longer word of the cut (中国 of 中国工商银行, 日本 of 日本首相, 北京市 of
    北京市教委): read as a place without the words where the page's bodies are not found (scope alone).
    With the page's words, such a name is mostly a body's or a compound's head, and its area is read
    through the body's name (place_orgs.py: a country's, a full name or a province's or city's short
    form); without them, the name itself stands for it, as it always did. Any other name that opens a
    word (解放 of 解放思想, 合作 of 合作社), and names read across words (租金/平均, 新建/县域), are judged
    by the words."""
    tok = words.token_at(at)
    return tok is not None and tok[0] == at and tok[1] > at + len(key) \
        and (key in g.countries or bool(_full(key)) or key in g.renamed
             or any(d.level in _BODY_AREA_LEVELS for d in g.short(key)))
