"""A number whose phrase is only a place name (`法国家庭的电脑拥有率为15%，美国为45%`; a list
`伙伴及贸易额分别是：日本，608亿美元；香港，507亿美元`) is one item of a parallel run: the place is
its scope, and what is measured is what the nearest number before it measures (or the nearest
clause before that names more than a place). The tags used live in data/metric.toml, [places]."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .clauses import sentence_start
from .lexicon import alternation, table
from .metric_after import segmenter
from .metric_cut import head_words
from .metric_words import clean
from .names.divisions import gazetteer

# an earlier number in the run and the clause breaks it is read back across (not a sentence end)
_NUMBER = re.compile(r"\d[\d.．·,，]*\d|\d")
_UNIT_AFTER = re.compile(r"[多余]?[万亿]*(?:%|％|个百分点|美元|元)?")
_BREAK = re.compile("[，；：、]")
_REACH = 300
_ELLIPSIS_REACH = 150
_CJK = re.compile("[\u4e00-\u9fff]")
_ITEM_BREAKS = "，；：。、\n"
_ITEM_CLOSE = "，；。、！？\n"  # what ends an item of a run right after its figure
_GAP_REACH = 40  # the longest gap: 从现在的2.87%逐年下调至2000年的


@lru_cache(maxsize=1)
def _gap() -> re.Pattern:
    t = table("metric.toml")["places"]
    # (俄罗斯从现在的2.87%逐年下调至2000年的1.07%: a change's starting level, its base, its way to the
    # level reached are a gap too)
    to_level = r"[^，。；：！？\n]{0,24}?[至到](?:\d{4}年[底末]?)?"
    base = f"[从由](?:{to_level})?(?:{alternation(table('metric.toml')['from_to']['bases'])})?的?"
    return re.compile(f"(?:{alternation(t['gap_words'])})*{base}|(?:{alternation(t['gap_words'])})+[{t['gap_marks']}]?|[{t['gap_marks']}]")


@lru_cache(maxsize=1)
def _place_tags() -> frozenset:
    return frozenset(table("metric.toml")["places"]["tags"])


def place_only(phrase: str, text: str, start: int, end: int | None = None) -> bool:
    """美国, 日本, 香港: a phrase of one word that jieba tags as a place, written just before the
    number with only 为/是 or a comma between (美国为45%, 日本，608亿美元); not a counted noun after
    the number (35个大中城市), nor a place that has something (日本有…的个人金融资产), nor one
    the number follows at once (瑞安市17所新建学校: the noun after the number is counted) unless
    the number, ending at `end`, ends its clause there (分别为：广陵区0.7%，邗江区0.6%; 其中衡山镇9个、
    佛子岭镇7个: a place and its figure, one item of a run)."""
    at = text.rfind(phrase, max(0, start - len(phrase) - _GAP_REACH), start)
    if len(phrase) < 2 or at < 0:
        return False
    closes = end is not None and at + len(phrase) == start and (end == len(text) or text[end] in _ITEM_CLOSE)
    if not closes and not _gap().fullmatch(text, at + len(phrase), start):
        return False
    place = without_superlative(phrase)
    return _named_place(place) if closes else (one_place(place) or place != phrase and _named_place(place))


def without_superlative(phrase: str) -> str:
    """最高的五峰土家族自治县 → 五峰土家族自治县: the superlative picking a place out of a run names no measure."""
    lead = _superlative().match(phrase)
    return phrase[lead.end():] if lead and len(phrase) > lead.end() + 1 else phrase


@lru_cache(maxsize=1)
def _superlative() -> re.Pattern:
    """最高的, 最低的为, 最多的是: data/metric.toml [places] superlative_degrees, superlative_links."""
    t = table("metric.toml")["places"]
    return re.compile(f"最[{re.escape(t['superlative_degrees'])}]的(?:{alternation(t['superlative_links'])})?")


def placed_item(phrase: str, text: str, start: int) -> bool:
    """`；香港，507亿美元`: the number's own clause is only a place and a gap, after a break (the
    phrase read for it may then be an earlier item's place, 日本): one item of a parallel run."""
    # the text's own conditions first, jieba's tags last: most numbers have no gap and no break
    # before it, and a run that asks jieba nothing never loads its dictionary (0.12 s)
    items = [(lo, gap_start) for gap_start in range(start - 1, max(0, start - 4), -1)
             if _gap().fullmatch(text, gap_start, start)
             for lo in range(gap_start - 2, gap_start - 7, -1)
             if lo >= 0 and (lo == 0 or text[lo - 1] in _ITEM_BREAKS)]
    if not items or not one_place(phrase):
        return False
    return any(one_place(text[lo:gap_start]) for lo, gap_start in items)


def place_group(phrase: str | None) -> bool:
    """三省, 四市, 上述4个市: the places of a run counted as one group (合计, 占全国的), scope as each place is."""
    return bool(phrase) and bool(_group().fullmatch(phrase))


@lru_cache(maxsize=1)
def _group() -> re.Pattern:
    t = table("metric.toml")["places"]
    return re.compile(f"(?:{alternation(t['group_openings'])})?[{t['group_numerals']}]{{1,2}}"
                      f"(?:{alternation(t['group_divisions'])})")


def scope_only(phrase: str) -> bool:
    """越城区, 三省, 美国, 市本级, 分地区看: a phrase that is only a place, a group of places, a level or a frame
    of a breakdown names no measure (scope)."""
    opening, frame_ends, level_ends = _scope_words()
    frame = phrase.startswith(opening) and phrase.endswith(frame_ends) and len(phrase) <= 6
    return frame or place_item(phrase) or place_group(phrase) or one_place(phrase) \
        or (phrase.endswith(level_ends) and len(phrase) <= 4)


@lru_cache(maxsize=1)
def _scope_words() -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The breakdown frame's opening and ends, and a level's ends (data/metric.toml [scope_phrase])."""
    t = table("metric.toml")["scope_phrase"]
    return t["frame_opening"], tuple(t["frame_ends"]), tuple(t["level_ends"])


def one_place(phrase: str) -> bool:
    if phrase in table("metric.toml")["places"]["groupings"]:
        return True  # (欧盟，430亿美元: a grouping of countries is scope as a country is)
    words = segmenter().pos(phrase)
    return len(words) == 1 and words[0][1] in _place_tags()


def place_items_measure(items: list[str], last_written: str) -> str | None:
    """大塘埠镇、古陂镇、…、安西镇5个中心镇在校学生分别为…; 赣州经开区、南康区、赣县区到位资金分别为…: a list
    whose items before the last are places, the last a place (`last_written`, cut off as scope)
    followed by a measure (`items[-1]`), is a list of places that share the measure: each number
    of it measures that (the place is its scope), None where the items are not so."""
    if len(items) < 2 or len(items[-1]) < 2 or last_written == items[-1] or not last_written.endswith(items[-1]):
        return None
    if not all(place_item(x) for x in items[:-1]) or place_item(items[-1]):
        return None
    return items[-1]


def places_named(phrase: str) -> bool:
    """莆田市, 远安县、兴山县, 最小的安阳市: places only, each a division's name or a place as jieba tags it whole;
    not a body named after a place (智利圣地亚哥股市, 嘉兴港区), which place_item takes for a place's zone."""
    items = without_superlative(phrase).split("、")
    return all(len(x) >= 2 and (_named_place(x) or one_place(x)) for x in items)


def place_item(word: str) -> bool:
    """广陵区, 赣州经开区: a place, or a place's zone (a place followed by a division's last character)."""
    if _named_place(word):
        return True
    return word[-1:] in _DIVISION_FINALS and any(_named_place(word[:n]) for n in range(2, len(word) - 1))


_DIVISION_FINALS = "省区县市镇乡旗州盟"  # (河南省, 湘西州: a province's and a prefecture's full names too)


def _named_place(word: str) -> bool:
    """广陵区, 衡山镇, 大塘埠镇, 广东, 美国: a division's full name of three characters or more that ends in
    a division's last character, a town's one that jieba does not take for a common word (开发区, 盐场 are
    the names of some towns too), or a province's, city's or country's short name. Stricter than
    jieba's tag alone (城镇, 天桥 and 惠及 are tagged as places): for a place told by its position only."""
    g = gazetteer()
    if g.world_level.get(word) == "country" or any(d.level in _SHORT_LEVELS for d in g.short(word)):
        return True
    if len(word) == 2 and word[-1] == "县":
        return any(d.level == "county" for d in g.full(word))  # (攸县, 嵩县: a county's whole name in two)
    if len(word) < 3 or word[-1] not in _DIVISION_FINALS or not g.full(word):
        return False
    if any(d.level != "town" for d in g.full(word)):
        return True  # (a county's or city's full name: 仪征市, that jieba tags as a noun)
    words = segmenter().pos(word)
    return not (len(words) == 1 and words[0][1] in _COMMON_TAGS)


_COMMON_TAGS = ("n", "s", "v", "vn")
_SHORT_LEVELS = ("province", "city")  # (a county's short name is often a word: 通道, 和平, 安全)


def ends_in_place(words: str) -> bool:
    """吉林（二期）: the last word of `words` is a place name (its bracket tells which part of the place)."""
    tagged = segmenter().pos(words[-8:]) if words else []
    return bool(tagged) and tagged[-1][1] in _place_tags()


def parallel_metric(text: str, start: int, measure: Callable[[int, int], str | None],
                    unit: str | None = None) -> str | None:
    """What the run that the number at `start` belongs to measures: `measure(s, e)` of the
    nearest earlier number of its sentence whose phrase is more than a place, or the nearest
    earlier clause with no number that names more than a place; None where none does. Where
    an earlier number of the sentence has the same `unit`, only such numbers are read (其中衡山镇
    9个 after 完成项目43个，成交金额2860.4万元: the run counts what the count before counts)."""
    floor = sentence_start(text, start, max(0, start - _REACH))
    numbers = [m for m in _NUMBER.finditer(text, floor, start)]
    alike = [m for m in numbers if same_unit(text, m.end(), unit)] if unit else []
    clauses = [m.end() for m in _BREAK.finditer(text, floor, start)]
    cuts = [floor] + clauses + [start]
    for lo, hi in reversed(list(zip(cuts, cuts[1:]))[:-1]):  # from the clause before the number's own
        inside = [m for m in numbers if lo <= m.start() < hi]
        if alike and inside:
            inside = [m for m in inside if m in alike]
            if not inside:
                continue  # (a clause of figures in another unit: not what the run measures)
        if inside:
            n = inside[-1]
            after = _UNIT_AFTER.match(text, n.end()).end()
            if alike:
                after = _SCALE.match(text, n.end()).end() + len(unit or "")  # (万平方米: the unit whole)
            # (涨幅在0.4%-0.7%之间，分别为：广陵区0.7%: the range's last number is read as the range)
            opens = _RANGE_OPEN.search(text, lo, n.start())
            phrase = measure(opens.start() if opens else n.start(), after)
        else:
            phrase = clean(text[lo:hi].rstrip("，；：、"))
        place = without_superlative(phrase) if phrase else phrase
        if phrase and len(phrase) >= 2 and not one_place(place) and not _named_place(place) \
                and not place_group(phrase):
            return _placeless(phrase)
    return _lead_in(text, floor)


def _lead_in(text: str, floor: int) -> str | None:
    """各县(市、区)常住人口如下:⏎武陵区728514人,…: the run opens a line after a line that ends with a colon;
    that line's last clause, without the words that point at the run (如下), names what it measures.
    None where the line before does not end so, or its clause is only a place."""
    t = table("metric.toml")["places"]
    at = floor
    while at > 0 and text[at - 1].isspace():
        at -= 1  # (the line's break and the blanks before the run)
    if at == floor or at == 0 or text[at - 1] not in t["lead_in_marks"]:
        return None
    lo = sentence_start(text, at - 1, max(0, at - 1 - _GAP_REACH))
    lo = max([lo] + [m.end() for m in _LEAD_IN_BREAK.finditer(text, lo, at - 1)])
    clause = text[lo:at - 1]
    for end in t["lead_in_ends"]:
        if clause.endswith(end):
            clause = clause[:-len(end)]
            break
    phrase = clean(clause)
    if not phrase or len(phrase) < 2 or one_place(phrase) or _named_place(phrase) or place_group(phrase) \
            or _NUMBER.search(phrase) or all(tag in _place_tags() for _, tag in segmenter().pos(phrase)):
        return None  # (湖南省常德市: a lead-in of places only names where, not what)
    return phrase


# (a 、 inside the lead-in's gloss, 各县（市、区）常住人口, ends no clause)
_LEAD_IN_BREAK = re.compile("[，；：,;]")


# the first number of a range and its mark, right before the range's last number (0.4%-, 3至)
_RANGE_OPEN = re.compile("\\d[\\d.]*[%％]?[-—－~～至到]$")


def same_unit(text: str, at: int, unit: str) -> bool:
    """The number ending at `at` is written with `unit` (a multiplier such as 万 or 亿 between)."""
    scale = _SCALE.match(text, at)
    return text.startswith(unit, scale.end())


_SCALE = re.compile("[多余]?[十百千万亿]*")


def _placeless(phrase: str) -> str:
    """中国的比例 → 比例: the earlier item's own place is not the run's measure."""
    words = segmenter().pos(phrase)
    if len(words) >= 3 and words[0][1] in _place_tags() and words[1][0] == "的":
        return phrase[len(words[0][0]) + 1:]
    return phrase


def elliptic_count(text: str, start: int, end: int, unit: str, verb: str,
                   measure: Callable[[int, int], str | None]) -> str | None:
    """`获得1081个世界冠军。…1993年共夺得103个；`: a count whose clause is only a verb, with
    nothing after its unit, counts the noun of the nearest earlier count in the same unit (one
    with its noun after the unit); the verb stays in front (夺得世界冠军, 合格产品) since either
    may be what is meant. None where the verb is not a bare verb or no such count comes before."""
    if not verb or len(verb) > 4:
        return None  # (before the tags: no jieba for what its length rules out)
    words = segmenter().pos(verb)
    if not words or any(t not in _verb_tags() for _, t in words) or words[-1][1] != "v":
        return None
    floor = max(0, start - _ELLIPSIS_REACH)
    for m in reversed(list(_NUMBER.finditer(text, floor, start))):
        if text.startswith(unit, m.end()) and _CJK.match(text, m.end() + len(unit)):
            noun = measure(m.start(), m.end() + len(unit))
            return head_words(verb + noun) if noun and len(noun) >= 2 and noun != verb else None
    return None


@lru_cache(maxsize=1)
def _verb_tags() -> frozenset:
    return frozenset(table("metric.toml")["places"]["verb_tags"])
