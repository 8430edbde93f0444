"""Places: division names from the national data (full names, short forms, renamed units,
countries), places below the county found by a suffix with a name before it (芷兰街道, 荷花社区,
恒大华府小区, 株洲经开区; where a town's or village's name begins: settlements.py), and jieba's place tags
where words are known."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional, Sequence

from ..documents import by_document
from ..lexicon import alternation, table, word_list
from .divisions import Division, Gazetteer, gazetteer, key_heads
from .pairs import Pairs
from .place_resolution import resolve_all
from .settlements import after_verb, chained_town, closes_phrase, glossed, numeral_head, one_character_name
from .zone_places import zone_parents
from .place_words import FEATURE_END as _FEATURE_END, CITY as _CITY, city_word_after, compound_head as _compound_head, \
    compound_tail as _compound_tail, cut_across as _cut_across, cut_at_start, ends_in_common_noun, former_misread, joins_levels, on_bank
from .spans import Spans, positions
from .words import Words

_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_TOWN_SUFFIX = ("镇", "乡", "街道", "苏木")
_NAME_TAGS = ("ns", "nr", "nz", "nt", "n", "x", "ng", "nrt", "nrfg", "j")
_NOT_PLACE_WORD = ("v", "a", "b", "d")  # first letters of the tags of words that are no short place name
_NOT_NAME_TAGS = ("v", "a", "d", "p", "c", "u", "r", "m", "q", "t", "f", "l", "i", "b")
_CHAINED_NOT_NAME_TAGS = ("v", "p", "c", "u", "r")  # (a run of levels marks a name: settlements.chained_town)
# jieba's place tags are taken only for names that end like a place (长江, 莫斯科 comes from the data)
# (not 港: jieba's X港 words are mostly ports, facilities; port cities, 连云港, come from the data)
_PLACE_END = set("省市县区州洲岛湾江河湖山峡岭原")
# a division's level word: the data (and jieba's dictionary, for former ones: 万县) holds every such
# name with a one-character stem (沛县), so one they lack is a phrase jieba misread (工业/立县)
_DIVISION_END = set("省市县区州旗")
# levels whose names may begin with places and hold any words (株洲经开区, 盐城滩涂自然保护区)
_OPEN_LEVELS = ("zone", "park")
_LAND_LEVELS = ("feature", "region")  # a sea's, river's, mountain's or land's name (geography.tsv)


@dataclass(slots=True)  # made by the thousand per page: slots make that cheaper
class Mention:
    start: int
    end: int
    name: str
    kind: str  # full, short, renamed, country, suffix, tagged
    level: Optional[str] = None
    options: list[Division] = field(default_factory=list)
    division: Optional[Division] = None
    parent: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset, frozenset, frozenset]:
    return (frozenset(word_list("names/place_stop.txt")), frozenset(word_list("names/short_stop.txt")),
            frozenset(word_list("names/name_stop.txt")))


@lru_cache(maxsize=1)
def _suffix_re() -> tuple[re.Pattern, dict[str, str]]:
    level_of = {s: level for level, words in table("names/places.toml")["suffix"].items() for s in words}
    return re.compile(alternation(level_of)), level_of


def _full_ok(d: Division) -> bool:
    # towns without a town suffix (园艺场, 工业区) are farms and parks, not found by name alone
    return d.level != "town" or any(d.name.endswith(x) and len(d.name) > len(x) for x in _TOWN_SUFFIX)


@lru_cache(maxsize=None)
def _full(key: str) -> list[Division]:
    """The units of a full name found by name alone; once per name, as names recur (城关镇 is 99)."""
    return [d for d in gazetteer().full(key) if _full_ok(d)]


def _lookup(g: Gazetteer, text: str, key: str, words: Optional[Words], at: int) -> Optional[Mention]:
    place_stop, short_stop, _ = _lists()
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
    if key in g.countries and g.world_level.get(key) == "region" and _names_facility(text, at + len(key)):
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
    if shorts and all(d.level not in ("province", "city") for d in shorts) and _names_facility(text, at + len(key)):
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


def _names_facility(text: str, at: int) -> bool:
    """A facility's or a store's word begins at `at` (公园, 商厦, 宾馆)."""
    return text.startswith(tuple(table("names/places.toml")["facility_words"]), at)


def _read_as_other(words: Words, at: int, key: str) -> bool:
    tok = words.token_at(at)
    return tok is not None and tok[0] == at and tok[2] == key and tok[3][:1] in _NOT_PLACE_WORD


def _wrong_level(text: str, after: int, shorts: list[Division]) -> bool:
    """会同市教育局: a county's short form (会同县) followed by another level word is no such county;
    the full name, were there one, was matched first (the longest key wins)."""
    return text[after:after + 1] in _DIVISION_END and all(d.level not in ("province", "city") for d in shorts)


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


def _scan_gazetteer(text: str, words: Optional[Words]) -> list[Mention]:
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


def _name_start(text: str, suffix_at: int, floor: int, level: str, words: Optional[Words]) -> int:
    """Where the name before a suffix begins: after a boundary char, a non-CJK char or floor."""
    boundary = table("names/places.toml")["boundary"]["chars"]
    limit = table("names/places.toml")["max_name"][level]
    start = suffix_at
    while start > floor and _CJK.match(text[start - 1]) and text[start - 1] not in boundary:
        start -= 1
    if suffix_at - start > limit:
        start = suffix_at - limit
    if words is not None:
        # a name starts at a word's start, after any word of office (现任/赢洲街道)
        while start < suffix_at and start not in words.start_set:
            start += 1
        offices = table("names/places.toml")["boundary"]["words"]
        start = max([start] + [t[1] for t in words.between(start, suffix_at) if t[2] in offices])
    return start


def _scan_suffixes(text: str, words: Words, taken: list[Mention]) -> list[Mention]:
    pattern, level_of = _suffix_re()
    follow = table("names/places.toml")["not_followed_by"]
    _, _, name_stop = _lists()
    # short forms, and names of lands and waters, do not bound a name: 东湖 in 东湖巷社区, 中原 in 中原村
    ends = {m.end: m for m in taken if not _may_begin_name(m)}
    any_end = {m.end: m for m in taken}
    covered = positions(m for m in taken if not _may_begin_name(m))
    end_list = sorted(ends)
    out = []
    prev_end = 0
    for m in pattern.finditer(text):
        s, e, suffix = m.start(), m.end(), m.group()
        level = level_of[suffix]
        if s in covered or text[e:e + 1] in follow.get(suffix, ()) and not glossed(text, e, level) \
                or closes_phrase(text, s, e):
            continue  # (回家|乡, 会同|驻村: a phrase's word ends there, no name; 芳村（…所在地）: a gloss: settlements.py)
        # the suffix must stand as its own word or end the word that holds the name (返乡 is not)
        tok = words.token_at(s)
        if tok is not None and tok[0] < s and (tok[1] > e or tok[3] not in _NAME_TAGS or tok[2] in name_stop
                                               or text[tok[0]:s] in name_stop):
            continue  # 返乡, 乡村, 新农村, 贫困/村: the suffix belongs to a word, or a kind's word holds it
        glued = words.token_at(e - 1) is not None and words.token_at(e - 1)[1] > e
        if glued and level != "town":
            continue
        at = bisect.bisect_right(end_list, s)
        floor = max(prev_end, end_list[at - 1] if at else 0)
        if level in _OPEN_LEVELS and s in any_end:
            floor = min(floor, any_end[s].start)  # 株洲经开区: a zone's name may begin with a place
        start = _name_start(text, s, floor, level, words)
        if tok is not None and tok[0] < s:
            start = min(start, tok[0])
        if level in _OPEN_LEVELS:
            # 陆续飞抵盐城自然保护区: a verb before ends what went before the name
            start = max([start] + [t[1] for t in words.between(start, s) if t[3] == "v" and len(t[2]) > 1])
        inner = table("names/places.toml")["inner_levels"]
        if level in inner["levels"]:  # (下三交镇|坪上村: a level's character ends the area before the name)
            start = max([start] + [i + 1 for i in range(start, s)  # (not inside a word: 乡村|样板村)
                                   if text[i] in inner["chars"] and i + 1 in words.start_set])
            cut = after_verb(words, text, start, s)  # (家住|芳村: a verb or preposition ends what went before)
            if cut is None:
                continue
            start = cut
        if (glued and not _after_its_county(ends.get(start), start, words)) \
                or (start in covered and level not in _OPEN_LEVELS):
            continue  # (长沙县洞井镇易某: a town's ending glued to the next word stands only after its county;
            # and no name runs back into a place already read: 桃溪镇|泽村, not 镇泽村)
        name = text[start:s]
        parent = ends.get(start)
        if not all(_CJK.match(c) for c in name) or len(name) < 2 and not (
                level in ("town", "village") and not (e in any_end and any_end[e].start == start)
                and one_character_name(text, words, start, s, e, _level_of(parent) in ("county", "town"),
                                       _listed_after(ends.get(start - 1), text[start - 1]))):
            continue  # (从芳村赶来, 柳林县杨村: a one-character name where the text marks a place; 在湘乡: the county's)
        parts = [t[2] for t in words.between(start, s)]
        # (十八|洞村: a numeral jieba cut off opens the name; it is no count of the name's)
        named_from = numeral_head(words, start, s) or start
        if name in name_stop or any(p in name_stop for p in parts) \
                or _verbish(words, named_from, s, level, parent, chained_town(text, parent is not None, level, e)):
            continue
        mention = Mention(start, e, text[start:e], "suffix", level=level)
        if parent is not None:
            mention.parent = [parent.name]
        out.append(mention)
        ends[e] = mention
        covered.update(range(start, e))
        prev_end = e
    return out


def _listed_after(prior: Optional[Mention], join: str) -> bool:
    """A settlement of three characters or more read right before a join (金龙村、): the next name is an item
    of the same list (a data town of two, 联乡、帮村, may be a verb's object among others)."""
    return prior is not None and join in "、和及与" and _level_of(prior) in ("town", "village") and len(prior.name) > 2


def _level_of(m: Optional[Mention]) -> Optional[str]:
    """A mention's level before the names are resolved: its own, or its units' where they agree."""
    if m is None:
        return None
    levels = {d.level for d in m.options}
    return m.level or (levels.pop() if len(levels) == 1 else None)


def _after_its_county(before: Optional[Mention], start: int, words: Words) -> bool:
    """Whether a name begins right after a county or city written before it, at a word's start."""
    levels = {d.level for d in before.options} if before is not None else set()
    return before is not None and start in words.start_set and (before.level or (levels.pop() if len(levels) == 1 else None)) \
        in ("county", "city")


def _may_begin_name(m: Mention) -> bool:
    return m.kind == "short" or m.kind == "country" and m.level in _LAND_LEVELS


def _verbish(words: Words, start: int, end: int, level: str, parent: Optional[Mention] = None,
             chained: bool = False) -> bool:
    """A name part made of verbs or adverbs (充分就业社区, 打造社区) is not a name. Right after the
    place that holds it (白沙镇繁荣村) an adjective is a name: villages are named so; and between that
    place and a village of its own (柳林县下三交镇坪上村: chained) only a verb or a function word is none."""
    if level in _OPEN_LEVELS:
        return False
    tags = _CHAINED_NOT_NAME_TAGS if chained else \
        tuple(t for t in _NOT_NAME_TAGS if t != "a") if parent is not None else _NOT_NAME_TAGS
    return any(t[3].startswith(tags) and len(t[2]) > 1 for t in words.between(start, end))


def _tagged(text: str, words: Words, taken: list[Mention]) -> list[Mention]:
    """jieba's place tags for names the data does not hold (foreign cities, rivers)."""
    place_stop, short_stop, name_stop = _lists()
    covered = positions(taken)
    out = []
    for i in words.indices_tagged("ns"):
        s, e, w, _ = words.tokens[i]
        if len(w) < 2 or s in covered or (e - 1) in covered:
            continue
        if w in place_stop or w in short_stop or w in name_stop or w[-1] not in _PLACE_END:
            continue
        if joins_levels(text, words, s, w):
            continue  # 市和县: jieba's word that joins two level words
        if _names_facility(text, e):
            continue  # 滨江/商厦: a word jieba calls a place that names a store or a park
        if len(w) == 2 and w[-1] in _DIVISION_END and words.tags.get(w) != "ns":
            continue
        if _generic_area(w, words.tags):
            continue  # 沿海地区, 各县市, 自治州, 大都市: a kind of area, not a place named
        if len(w) == 2 and i and len(words.texts[i - 1]) == 1 and _CJK.match(words.texts[i - 1]) \
                and words.tokens[i - 1][3] not in ("p", "c", "u", "uj", "f"):
            continue  # 唐/山港: a piece of a longer name jieba cut apart
        out.append(Mention(s, e, w, "tagged"))
    return out


def _generic_area(word: str, tags) -> bool:
    """A word ending in a word of area (地区, 城市, 县市, 洲) after a common word of the dictionary,
    an adjective, adverb, verb, pronoun, numeral or direction (落后地区, 各县市, 五大洲, 沿海地区):
    a kind of area. A place's name before it (东北地区, 巴勒斯坦自治区) keeps it a place."""
    area = table("names/places.toml")["generic_area"]
    for ends, head_tags in ((area["ends"], area["head_tags"]), (area["level_ends"], area["level_head_tags"])):
        for end in ends:
            if word.endswith(end) and len(word) > len(end):
                return tags.get(word[:-len(end)]) in head_tags
    return False


def find_places(text: str, words: Optional[Words], documents: Sequence[int] = ()) -> list[Mention]:
    """Place mentions of a normalized text, resolved to divisions where the data knows them;
    documents: the starts of a joined page's documents, each resolved by its own places alone."""
    mentions = _scan_gazetteer(text, words)
    if words is not None:
        from .areas import with_areas  # (areas.py reads this module's Mention)
        suffixed = _scan_suffixes(text, words, mentions)
        if suffixed:
            # (中原 of 中原村: the land's name begins the village's and is no mention of its own)
            inside = Spans((m.start, m.end) for m in suffixed)
            mentions = [m for m in mentions if not (m.kind == "country" and m.level in _LAND_LEVELS
                                                    and inside.contains(m.start, m.end, strictly=True))]
        mentions += suffixed
        from .small_places import find_small_places  # (small_places.py reads this module's Mention)
        mentions += find_small_places(text, words, mentions)
        mentions += _tagged(text, words, mentions)
        mentions.sort(key=lambda m: m.start)
        mentions = with_areas(text, words, mentions)
    for group in by_document(mentions, documents, lambda m: m.start):
        resolve_all(group)
    return zone_parents(mentions)


def place_like(name: str) -> bool:
    """A word another tagger calls a place that reads as one: a name the data holds, or a name
    of two or more characters ending like a place (长江, 筷子巷), no stop word."""
    place_stop, short_stop, name_stop = _lists()
    if name in place_stop or name in short_stop or name in name_stop or not _CJK_RUN.fullmatch(name):
        return False
    return name in gazetteer().keys or (len(name) >= 2 and name[-1] in _FEATURE_END)

