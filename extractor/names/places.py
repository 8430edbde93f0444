"""Places: division names from the national data (full names, short forms, renamed units,
countries: data_places.py), places below the county found by a suffix with a name before it (芷兰街道, 荷花社区,
恒大华府小区, 株洲经开区: suffix_places.py; where a town's or village's name begins: settlements.py), and
jieba's place tags where words are known (here, with the whole scan and its resolution)."""
from __future__ import annotations

import re
from typing import Sequence

from ..documents import by_document
from ..lexicon import table
from .areas import with_areas
from .block_words import BlockWords
from .data_places import names_facility, scan_gazetteer
from .divisions import gazetteer
from .place_mention import CJK_CHAR, DIVISION_END, LAND_LEVELS, Mention, stop_lists
from .place_resolution import resolve_all
from .suffix_places import scan_suffixes
from .zone_places import zone_parents
from .place_words import FEATURE_END as _FEATURE_END, joins_levels
from .small_places import find_small_places
from .spans import Spans, positions
from .words import Words

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
# jieba's place tags are taken only for names that end like a place (长江, 莫斯科 comes from the data)
# (not 港: jieba's X港 words are mostly ports, facilities; port cities, 连云港, come from the data)
_PLACE_END = set("省市县区州洲岛湾江河湖山峡岭原")


def _tagged(text: str, words: Words, taken: list[Mention]) -> list[Mention]:
    """jieba's place tags for names the data does not hold (foreign cities, rivers)."""
    place_stop, short_stop, name_stop = stop_lists()
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
        if names_facility(text, e):
            continue  # 滨江/商厦: a word jieba calls a place that names a store or a park
        if len(w) == 2 and w[-1] in DIVISION_END and words.tags.get(w) != "ns":
            continue
        if _generic_area(w, words.tags):
            continue  # 沿海地区, 各县市, 自治州, 大都市: a kind of area, not a place named
        if len(w) == 2 and i and len(words.texts[i - 1]) == 1 and CJK_CHAR.match(words.texts[i - 1]) \
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


def find_places(text: str, words: Words | BlockWords, documents: Sequence[int] = ()) -> list[Mention]:
    """Place mentions of a normalized text, resolved to divisions where the data knows them;
    documents: the starts of a joined page's documents, each resolved by its own places alone.
    words: the page's words, or for the data's names alone (scope's run) the blocks around them."""
    mentions = scan_gazetteer(text, words)
    if isinstance(words, Words):
        suffixed = scan_suffixes(text, words, mentions)
        if suffixed:
            # (中原 of 中原村: the land's name begins the village's and is no mention of its own)
            inside = Spans((m.start, m.end) for m in suffixed)
            mentions = [m for m in mentions if not (m.kind == "country" and m.level in LAND_LEVELS
                                                    and inside.contains(m.start, m.end, strictly=True))]
        mentions += suffixed
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
    place_stop, short_stop, name_stop = stop_lists()
    if name in place_stop or name in short_stop or name in name_stop or not _CJK_RUN.fullmatch(name):
        return False
    return name in gazetteer().keys or (len(name) >= 2 and name[-1] in _FEATURE_END)
