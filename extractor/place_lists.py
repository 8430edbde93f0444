"""Places written in lists and runs (新疆吐鲁番…, 罗马和米兰, 甘肃、宁夏, 北京、上海等30个城市): which of
them a figure is about, if any. Split from place_scope.py."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from .clauses import BREAK_CLASS
from .lexicon import alternation, table
from .page import Page
from .place_words import whole_words
from .record import Record

if TYPE_CHECKING:
    from .place_scope import Sorted

_FIGURE = re.compile(r"\d")


# a place right after another (吐鲁番 in 新疆吐鲁番乌鲁木齐公路) is one of a run that the first
# names the area of; places joined by a word (罗马和米兰) are a pair, neither of them the area
_JOINED = ("", "和", "、", "与", "及")


def stands_alone(before: list[Record], i: int, text: str) -> bool:
    """Whether a place is named for itself: not one of a pair (罗马和米兰), nor a later place of a
    run that its first names the area of (新疆|吐鲁番乌鲁木齐公路); the smaller units of a run
    that narrows (沾化县河贵乡河西村) are each named for themselves."""
    p = before[i]
    prev = before[i - 1] if i else None
    nxt = before[i + 1] if i + 1 < len(before) else None
    if nxt is not None and text[p.norm_end:nxt.norm_start] in _JOINED[1:]:
        return False
    if prev is None or text[prev.norm_end:p.norm_start] not in _JOINED:
        return True
    return _narrows(prev, p) and not (nxt is not None and p.norm_end == nxt.norm_start and not _narrows(p, nxt))


def _narrows(a: Record, b: Record) -> bool:
    """Whether b, written right after a, is a smaller unit inside it (河贵乡|河西村)."""
    ranks = whole_words().narrowing_levels
    return a.norm_end == b.norm_start and a.level in ranks and b.level in ranks \
        and ranks.index(b.level) > ranks.index(a.level)


def states_figure(text: str, start: int, pos: int) -> bool:
    """Whether the rest of the clause after a place (up to the fact) holds a figure."""
    brk = BREAK_CLASS.search(text, start, pos)
    return bool(_FIGURE.search(text, start, brk.start() if brk else pos))


def without_examples(text: str, places: list[Record]) -> list[Record]:
    """The places less those of a list closed by 等 (北京、上海等30个城市, 尼玛县、安多县等11个县) or by 在内
    (包括渥太华在内的…２７个城市), or opening the name of a set's head (以美国为首的): examples of a set,
    not the area a figure is about."""
    w = whole_words()
    out: list[Record] = []
    run: list[Record] = []
    for p in [*places, None]:
        if p is not None and run and text[run[-1].norm_end:p.norm_start] in _JOINED[1:]:
            run.append(p)
            continue
        if not (run and (text.startswith((*w.examples_end, *_included_end()), run[-1].norm_end)
                         or _headed().match(text, run[-1].norm_end)
                         or w.example_named.match(text, run[-1].norm_end))):
            out.extend(run)
        run = [p] if p is not None else []
    return out


@lru_cache(maxsize=1)
def _included_end() -> tuple[str, ...]:
    return tuple(table("place_scope.toml")["included_end"])


@lru_cache(maxsize=1)
def _headed() -> re.Pattern:
    t = table("place_scope.toml")
    return re.compile(rf"[^\W\d_]{{0,{int(t['example_name_longest'])}}}?(?:{alternation(t['headed_after'])})")


def listed(text: str, p: Record, places: list[Record]) -> bool:
    """Whether a place is one of a list of places joined by 、 (甘肃、宁夏; 顺德、中山、佛山: a name the
    gazetteer does not read is an item too), or of a pair of one level joined by a word (罗马和米兰的１２０个
    家庭: neither city's); not one after another kind of item (何光、江苏省政府领导, 高于日本６．８％、
    韩国１２．７％: each its own)."""
    return text.startswith("、", p.norm_end) or (
        text.endswith("、", 0, p.norm_start) and any(q.norm_end == p.norm_start - 1 for q in places)) \
        or any(q.level == p.level and text[min(q.norm_end, p.norm_end):max(q.norm_start, p.norm_start)] in _JOINED[1:]
               for q in places if q is not p)


def enumeration(page: Page, before: list[Record]) -> bool:
    # (a gap of one character, read in place: asked for each fact, no slice of each gap made)
    text = page.text
    return sum(b.norm_start - a.norm_end == 1 and text[a.norm_end] == "、" for a, b in zip(before, before[1:])) >= 2


def list_area(text: str, before: list[Record], pos: int, name_of: Callable[[Record], str]) -> Record | None:
    """The area a list of places lies in, where the text names it right before the list (河北省的石家庄、保定、邯郸
    三个城市, 广东深圳、珠海、汕头): the place before the list's first item, joined to it directly or by a link word
    (的, 中部的), that every item lies in (name_of: a place's full name, as the items' parents name it). The figure
    the list states is that area's (bench/gold/README.md: a place before the list is the area the list is in); None
    where no such place stands there (北京、上海等30个城市), and where the list is not the last thing the figure's
    clause names (甲省的…，乙省的…等十一个县: lists of several areas, each its own)."""
    last = len(before) - 1
    if last < 2 or not (before[last].norm_start - before[last - 1].norm_end == 1 and text[before[last - 1].norm_end] == "、"):
        return None
    first = last
    while first > 0 and before[first].norm_start - before[first - 1].norm_end == 1 \
            and text[before[first - 1].norm_end] == "、":
        first -= 1
    if first == last or first == 0 or any(text.startswith("、", p.norm_end) for p in before[:first - 1]):
        return None  # (an earlier list in the sentence: lists of several areas, 甲省的…，乙省的…等十一个县)
    area, items = before[first - 1], before[first:last + 1]
    gap = text[area.norm_end:items[0].norm_start]
    if gap != "" and gap not in whole_words().run_links or BREAK_CLASS.search(text, area.norm_end, pos):
        return None
    name = name_of(area)
    return area if name and all(name in (p.parent or ()) for p in items) else None


def narrows_by_link(text: str, a: Record, b: Record) -> bool:
    """Whether b is a smaller unit that a link word places inside a (河西走廊中部的临泽县, 太行山南麓的泽州):
    the run of places goes on to it, as to one written right after it."""
    w = whole_words()
    return text[a.norm_end:b.norm_start] in w.run_links and b.level in w.linked_levels \
        and a.level not in w.linked_levels[w.linked_levels.index(b.level):]


def in_example_list(text: str, p: Record, clause: int, pos: int, places: list[Record]) -> bool:
    """Whether a place opens an item of a list of examples closed by 等 right before the figure
    (中国评剧院演员甲、河北农大副教授乙等一百位同志): the figure counts the whole set, not the people or
    bodies of that place; so is one after places opening the item (番禺市|沙湾镇…公司). Not a single example (临沂市农民甲等３人 keeps its place), nor a place
    before the list (在中卫县进行了粮食、水果等８类产品的试点: the items are products)."""
    w = whole_words()
    closer = next((e for e in w.examples_end if text.endswith(e, clause, pos)), None)
    if closer is None or not clause <= p.norm_start < pos:
        return False
    end = pos - len(closer)
    if BREAK_CLASS.search(text, p.norm_end, end) or "、" not in text[clause:end]:
        return False
    item_start = max(clause, text.rfind("、", clause, p.norm_start) + 1)
    item_end = text.find("、", p.norm_end, end)
    item_end = end if item_end < 0 else item_end
    at = item_start
    for q in places:  # the places opening the item, one after another
        if q.norm_start <= at < q.norm_end or q.norm_start == at:
            at = max(at, q.norm_end)
    return p.norm_start - at <= 1 and item_end - p.norm_end <= int(table("place_scope.toml")["example_name_longest"])


def article_places(places: "Sorted") -> Callable[[int, int], list[Record]]:
    """For an article and a position: the article's places before it (at most the last ten)."""
    def before(article: int, pos: int) -> list[Record]:
        i = bisect_left(places.starts, pos)
        out: list[Record] = []
        while i > 0 and len(out) < 10:
            i -= 1
            p = places.items[i]
            if p.article != article:
                break
            out.append(p)
        return out[::-1]
    return before


_SPREAD_LEVELS = ("province", "city")


def spread_list(text: str, before: list[Record], pos: int) -> bool:
    """Whether the places right before a figure close a list of Chinese areas of two or more provinces
    that is the figure's scene (在江西、山西、吉林、贵州等５省、市进行，被抽查的３１家) or that the figure counts
    (黑龙江、吉林、辽宁和内蒙古４省区): the figure is of all of them, the whole country's. Not a list of
    countries (they have no division code), nor one of a single province's cities (its province or the
    article's place is the area)."""
    if len(before) < 2:
        return False
    t, w = table("place_scope.toml"), whole_words()
    run = [before[-1]]
    for p in reversed(before[:-1]):
        if text[p.norm_end:run[0].norm_start] not in _JOINED[1:]:
            break
        run.insert(0, p)
    # provinces and cities only: a county's short name is often another's too (大埔 of 香港 and of 广东)
    if len(run) < 2 or not all(p.code and p.level in _SPREAD_LEVELS for p in run) \
            or len({(p.code or "")[:2] for p in run}) < 2:
        return False
    many = len(run) >= int(t["spread_scene_least"]) or text.startswith(tuple(w.examples_end), run[-1].norm_end)
    return many and text.endswith(tuple(t["spread_scene"]), 0, run[0].norm_start) \
        or text[run[-1].norm_end:pos] in t["spread_count_gaps"]


def opens_example_item(text: str, p: Record) -> bool:
    """Whether a place opens the first item of a list of examples closed by 等 in its clause (浙江１１号台风、
    新疆地震、南航空难等灾害，都及时作了保险补偿): one event's or body's area among many, not the topic of the
    sentences after it."""
    brk = BREAK_CLASS.search(text, p.norm_end)
    end = brk.start() if brk else len(text)
    last = text.rfind("、", p.norm_end, end)
    return last >= 0 and text.find("等", last, end) >= 0 and "、" not in text[max(0, p.norm_start - 1):p.norm_start]


def names_whole(text: str, clause: int, p: Record) -> bool:
    """Whether a place stands after a share word of its clause (占中国大陆市场总流通市值的５２％): it names the
    whole a share is of, not the area of the part whose share it is."""
    return any(text.find(word, clause, p.norm_start) >= 0 for word in whole_words().share_before)


def opens_one_example(text: str, p: Record, clause: int, pos: int) -> bool:
    """Whether a place opens the one example of a set counted later in its clause (石嘴山某平台等3个平台,
    推动贵阳某工程等14条高速公路项目): one member's area, not the set's (a province's report reads it so; a
    story's single example keeps its place, 临沂市农民甲等３人). Not a place that is itself the example (洛阳等
    10个: without_examples), nor 等 of a word (高等, 等级)."""
    if not clause <= p.norm_start < pos or BREAK_CLASS.search(text, p.norm_end, pos):
        return False
    t = table("place_scope.toml")
    for closer in whole_words().examples_end:
        at = text.find(closer, p.norm_end + 1, pos)
        while at >= 0 and any(text.startswith(word, at - word.find(closer)) for word in t["not_example_words"]):
            at = text.find(closer, at + 1, pos)
        if at >= 0:
            return True
    return False
