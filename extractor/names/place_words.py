"""How a division's name stands among jieba's words: cut across by a word (沿海城市, 上海市场), or
heading one of the dictionary's compounds (英国首相, 台湾同胞); and the words that may follow a name
and stay outside it or join it (安曼/市, 黄浦江/畔, 延庆县 as a word of its own)."""
from __future__ import annotations

from ..lexicon import table
from .divisions import Gazetteer
from .words import WordBounds, Words

# the endings of places besides divisions (rivers, lakes, mountains, streets), for another tagger's
# words (places.py); a compound ending so is a longer place
FEATURE_END = frozenset("省市县区州洲岛湾江河湖山港峡岭原海巷路街坪淀")
# the last characters of bodies' names (美术馆, 大学, 银行, 公司)
_BODY_END = set("馆院校学行司局部委会社厂店所团队报台")
CITY = "市"


def cut_across(words: WordBounds, start: int, end: int) -> bool:
    """A word of the text runs across the name's first character from before it (沿海/城市 for
    海城市, 适应/城市 for 应城市), or its level word begins a longer word after it that is none
    of the place's own (上海/市场, 厦门/市民; not 贵州/省委)."""
    if cut_at_start(words, start, end):
        return True
    last = words.token_at(end - 1)
    if last is None or last[1] <= end:
        return False
    # the word from the level character on (市场; 市民 of 北京市民, one token of jieba's)
    level_word = last[2][end - 1 - last[0]:]
    return (last[0] == end - 1 or level_word in words.tags) and not _kept_level_word(level_word)


def _kept_level_word(level_word: str) -> bool:
    """A word a unit's level character begins that is the unit's own (市委, 县长, 镇政府, 县域), not a
    common word (市场, 区域)."""
    level_words = table("names/places.toml")["level_words"]
    return level_word[1:].startswith(tuple(level_words["kept_after"])) \
        and not level_word.startswith(tuple(level_words["common_words"]))


def level_opens_own_word(words: WordBounds, at: int, key: str) -> bool:
    """双龙镇政府, 红旗乡长: a town's name that begins a word of the cut and whose level character
    begins a word of the unit's own (镇政府 after 双龙): written whole, as 淮阴市 before 市委."""
    end = at + len(key)
    last = words.token_at(end - 1)
    return words.is_boundary(at) and last is not None and last[0] == end - 1 and last[1] > end \
        and _kept_level_word(last[2])


def cut_at_start(words: WordBounds, start: int, end: int) -> bool:
    """A word jieba knows runs from before the name into it and ends inside it (其中/非 for 中非,
    沿海/城市 for 海城市): the name's first character belongs to the word before."""
    first = words.token_at(start)
    return first is not None and first[0] < start and first[1] < end and first[2] in words.tags


def compound_head(words: WordBounds, at: int, key: str) -> bool:
    """英国首相, 中国国情, 台湾同胞, 香港回归: jieba's dictionary holds the name and a word after it
    as one word; the name heads it and is named (the rest, 首相, is a word of two characters or
    more; 中国式, 美国人 are adjectives, not names)."""
    tok = words.token_at(at)
    if tok is None or tok[0] != at or tok[1] <= at + len(key):
        return False
    rest = tok[2][len(key):]
    own = words.tags.get(key) or "ns"
    # 万象更新, 安居乐业, 解放思想: an idiom or a verb phrase, and a name that is a word, name none
    # 中东地区, 朝鲜半岛, 香港特区: a word that ends like a place is a longer place, not a compound
    # 中国人民银行, 华东师范大学: the whole is a body, and a place inside a body's name is none
    return len(rest) >= 2 and rest in words.tags and tok[3] not in ("i", "l", "v", "vn", "nt") \
        and own.startswith("ns") and rest[-1] not in _BODY_END \
        and (rest[-1] not in FEATURE_END or rest in table("names/places.toml")["market_words"]) \
        and rest not in ("流域", "盆地", "地带")


def compound_tail(words: WordBounds, at: int, key: str) -> bool:
    """首都北京, 宝岛台湾: jieba's dictionary holds a noun in apposition and the name after it as
    one word; the name ends the word and is named. Only the nouns listed (places.toml
    apposition_heads) stand so: most such words are idioms (学步邯郸, 水泊梁山)."""
    tok = words.token_at(at)
    if tok is None or tok[0] >= at or tok[1] != at + len(key):
        return False
    return tok[2][:at - tok[0]] in table("names/places.toml")["apposition_heads"]


def ends_in_common_noun(words: WordBounds, at: int, key: str) -> bool:
    """中城镇 in 四年中城镇: the level character ends a common noun begun inside the name."""
    data = table("names/places.toml")
    last = words.token_at(at + len(key) - 1)
    head = words.token_at(at)
    # (魏城镇, 骆驼城镇 are towns: only a function word before the noun, 中 of 四年中, is no name)
    return last is not None and head is not None and head[0] == at and head[1] == last[0] > at \
        and last[1] == at + len(key) and last[2] in data["generic_level_words"] \
        and head[3][:1] in data["function_tags"]


def joins_levels(text: str, words: WordBounds, at: int, key: str) -> bool:
    """市和县, 集体和县、乡: a name opening with a conjunction next to a level word that stands alone."""
    data = table("names/places.toml")
    if not key.startswith(tuple(data["conjunction_heads"])) or at == 0:
        return False
    before = words.token_at(at - 1)
    end = at + len(key)
    after = words.token_at(end + 1) if text[end:end + 1] in data["level_list_joins"] else None
    return any(t is not None and t[2] in data["lone_levels"] for t in (before, after))


def city_word_after(words: WordBounds, at: int, key: str) -> bool:
    """安曼市, 科威特市: a foreign city's (or a country's) name and 市 standing as a word of its own
    name the city, written so (not 中国/市长, 美国/市场: there 市 begins another word)."""
    end = at + len(key)
    tok = words.token_at(end)
    return tok is not None and tok[2][end - tok[0]:end - tok[0] + 1] == CITY \
        and (tok[0] == end and tok[1] == end + 1 or tok[0] <= at and tok[1] == end + 1)


def former_misread(words: WordBounds, at: int, key: str) -> bool:
    """老城市 is no 老城区 named 老城市, 鼓楼市场 no 鼓楼市, 义乌县域 no 义乌县: a former level's name
    must begin a word and end one, and its level character must not begin a word inside it (老/城市)."""
    last = words.token_at(at + len(key) - 1)
    return not words.is_boundary(at) or cut_across(words, at, at + len(key)) \
        or (last is not None and (at < last[0] < at + len(key) - 1 or last[1] > at + len(key)))


def on_bank(g: Gazetteer, text: str, at: int, key: str) -> bool:
    """黄浦江畔, 长江边: a water's name and the word for its bank, one word of jieba's."""
    return g.world_level.get(key) == "feature" \
        and text[at + len(key):at + len(key) + 1] in table("names/places.toml")["feature_sides"]["chars"]
