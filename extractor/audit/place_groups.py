"""enumeration: a list of places counted by a place noun right after it.

    位于云南、贵州、广西三省区交界处         three names, 三省区
    巴西、墨西哥和阿根廷3国所获的资金         3国 (the extractor reads no count without a classifier)
    由上海、重庆、江苏、浙江、安徽三省两市    a count in parts: 三省 + 两市 = 5
    那曲、阿里…山南以及昌都等6地市           after 等: at least the places listed

The nouns are in data/place_groups.toml. The list module ends a list at a number record only, so
a count in words runs on inside the last item (`广西三省区交界处…`): it is read there, right after
a short name. The items must be names (short after the first): a list started too early holds a
phrase (`镇党委、镇政府看准茶园、温泉、民宿三大优势`), so more items than counted is unverifiable
unless every item after the first is a name. Counts the other enumeration rules read (a count
record right after the list) are left to them.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..names.divisions import gazetteer
from ..numerals import parse_number
from . import cues
from .lists import ItemList, counts_items, find_lists, same_tail
from .model import Draft, Num, PageView

HOW = "列举的地名之后紧接的地名数目"


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("place_groups.toml")


@lru_cache(maxsize=1)
def _group() -> re.Pattern:
    """One or more `numeral + place noun` parts (`三省两市`), right at the position matched."""
    nouns = "|".join(re.escape(w) for w in sorted(_data()["nouns"], key=lambda w: (-len(w), w)))
    numerals = "".join(cues.words("enumeration", "count_numerals"))
    part = f"(?:[{numerals}]{{1,3}}|[1-9]\\d?)(?:{nouns})"
    # a noun that runs on into a longer word is not a place noun: `3国` but not `3国道`, `两市场`
    after = re.escape("".join(_data()["not_after"]))
    return re.compile(f"(?P<n>(?:{part})+)(?![{after}])")


_PART = re.compile(r"([一二两三四五六七八九十]{1,3}|\d{1,2})")


def _value(written: str) -> int | None:
    """`三省两市` → 5, `3国` → 3."""
    total = 0
    for m in _PART.finditer(written):
        v = parse_number(m.group(1))
        if v is None:
            return None
        total += int(v)
    return total or None


def check(view: PageView, draft: Callable[[PageView, Num, ItemList, bool, str], Draft],
          taken: set[int]) -> list[Draft]:
    """`draft` makes the finding (enumeration.enumeration_draft); `taken` holds the raw starts
    of the counts other rules already read."""
    out = []
    for lst in find_lists(view.text, [(n.start, n.end) for n in view.nums]):
        found = _count_after(view, lst)
        if found is None:
            continue
        count, items = found
        if count.rec["start"] in taken or view.sentence_index(lst.start) < 0:
            continue
        if any(_verb(x) for x in items[1:]):
            continue  # `增进两国交往、发展两国友谊`: a list of actions, not of places
        split = [y for x in items for y in _split(x)]
        if len(split) == count.value:
            items = split  # `临汾、襄曲与长子、高平 4 县`: a join word parts two places
        # names of one kind (`…斯坦、…斯坦和…斯坦`), however long: the join word lists them, it is
        # inside no name, and the list did not start early
        one_kind = same_tail(items)
        lst = ItemList(lst.start, lst.start + len(_joined(view, lst, items)), items, lst.open, lst.respective,
                       lst.clause_start, lst.clause_end, "" if one_kind else lst.joined)
        d = draft(view, count, lst, not lst.open, HOW)
        if d.verdict == "inconsistent" and len(items) > count.value and not (_names(items) or one_kind):
            d.verdict = "unverifiable"
            d.explanation += "但列举的项不都是地名（可能连着前面的词语），无法据此判定有误。"
        elif d.verdict == "inconsistent" and len(items) < count.value <= len(split):
            d.verdict = "unverifiable"
            d.explanation += "但项内的连词可能连着两个地名，无法据此判定有误。"
        elif d.verdict == "inconsistent" and len(items) < count.value and not (_names(items) or one_kind):
            # fewer items than counted needs names as much as more items does: phrases before the
            # count (`展品、动画演示和三国`) are no list of the places counted
            d.verdict = "unverifiable"
            d.explanation += "但列举的项不都是地名，无法据此判定有误。"
        elif d.verdict == "inconsistent" and len(items) < count.value and _region(items):
            d.verdict = "unverifiable"
            d.explanation += "但列举中有地区名（含多个地方），无法据此判定有误。"
        out.append(d)
    return out


def _joined(view: PageView, lst: ItemList, items: list[str]) -> str:
    """The list's text up to the end of its last name (the count stands right after it)."""
    text = view.text[lst.start:lst.end]
    last = items[-1]
    at = text.rfind(last)
    return text[:at + len(last)] if at >= 0 else text


def _count_after(view: PageView, lst: ItemList) -> tuple[Num, list[str]] | None:
    """The place count right after the list (after `等` in an open one) or inside its last item
    right after a short name, with the items (the last one cut to its name)."""
    data = _data()
    items = list(lst.items)
    at = lst.end + (1 if lst.open and view.text.startswith("等", lst.end) else 0)
    m = _group().match(view.text, at)
    if m is None and not lst.open:
        last = items[-1]
        where = view.text.rfind(last, lst.start, lst.end + 1)
        for k in range(1, min(len(last), data["name_chars"] + 1) + 1):
            m = _group().match(last, k) if where >= 0 else None
            if m is not None:
                items[-1] = last[:k]
                m = _group().match(view.text, where + k)
                break
    if m is None or view.text[m.start() - 1:m.start()] == "第":
        return None
    value = _value(m.group("n"))
    if not counts_items(value, m.group("n")) or value > data["max_count"]:
        return None
    items = items[:-1] + _split(items[-1], last=True)
    s, e = m.start("n"), m.end("n")
    return Num(view.raw_ref(s, e), s, e, "count", float(value), None, "exact", None, view.text[s:e]), items


def _split(item: str, last: bool = False) -> list[str]:
    """`山南以及昌都` → 山南, 昌都: the list module splits a last `和` only. A last item is split
    where what follows the join is a name (short); another one wherever a join stands."""
    for w in sorted(_data()["joins"], key=len, reverse=True):
        a, sep, b = item.partition(w)
        if sep and a and b and (len(b) <= _data()["name_chars"] or not last):
            return [a, b]
    return [item]


def _region(items: list[str]) -> str | None:
    """The first item that names a region of several places (`北欧`, `东南亚`, `沿海地区`)."""
    data = _data()
    for x in items:
        if _country_end(x):
            continue  # `印度尼西亚` ends with the region `西亚` but is one country
        if any(x.endswith(r) for r in data["regions"]) or any(x.endswith(e) for e in data["region_ends"]):
            return x
    return None


def _country_end(item: str) -> bool:
    """The item ends with a country's name (the gazetteer's world data), however far its start ran back."""
    levels = gazetteer().world_level
    return any(levels.get(item[k:]) == "country" for k in range(len(item) - 1))


def _verb(item: str) -> bool:
    """An item whose last word is a verb (`发展`): what the list names are actions. One
    character is a place's short name (`巴`, `乌`), whatever the tagger makes of it."""
    if len(item) < 2:
        return False
    words = _segmenter().pos(item)
    return bool(words) and words[-1][1] in ("v", "vn", "vd")


@lru_cache(maxsize=1)
def _segmenter():
    from ..segment import Segmenter
    return Segmenter()


def _names(items: list[str]) -> bool:
    """Every item after the first short enough for a place's name, none holding `的`."""
    return all(len(x) <= _data()["name_chars"] and "的" not in x for x in items[1:])
