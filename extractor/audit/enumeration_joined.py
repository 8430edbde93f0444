"""enumeration: a short list whose last item a join word adds, counted in words right after it.

    芬兰和挪威两国外长                  two names joined by `和`, then `两国`
    李明和工会的王刚两位同志            the first item is the name the words before it end with
    关税和印花税两税                    a one-character noun that counts (data/enumeration_joined.toml)
    中、俄、蒙三国                      names of one character each, listed with `、`

The list rules (lists.py) read lists of `、` only and counts whose noun is a classifier; a pair
joined by `和`, or names of one character, and a count by a noun like `国`, `局`, `税` are read
here. Every item must end with a noun or a name and hold no verb (`对推进两国合作` ends with a
verb: the count is of another thing). The count said equals the items: consistent. Names of one
character each name one thing each, so fewer counted than listed is an error of the text, and
so is a count of one in digits (`甲和乙 1 个`: two names are never one thing); any other mismatch is unverifiable: an item may hold several of the things counted (`沪宁` is two
cities), the list may have begun earlier, the count may be the last item's own
(`城乡低保、残疾人两项补贴`) or the join word inside a name (`文化和旅游`). Two items of several
characters and another count than two are left alone, as pairs.py leaves them. A claim another
check reads is left to it (a CLAIM_ONLY check, after them).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..numerals import parse_number
from . import cues
from .enumeration import enumeration_draft
from .lists import ItemList, compound_count, pos_tags
from .model import CLAUSE_BREAKS, Draft, Num, PageView

HOW = "连词连接的列举之后紧接的数目"
_MORE = "但某一项也可能包含几个所数的事物，或列举更早开始，无法据此判定有误。"
_FEWER = "但数目也可能只数最后一项之内的事物，或连词连在一项名称之内，无法据此判定有误。"


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("enumeration_joined.toml")["joined"]


@lru_cache(maxsize=1)
def _count() -> re.Pattern:
    """A count in words (two to ten, or a digit) and the noun or classifier that names the group."""
    d = _data()
    numerals = "".join(cues.words("enumeration", "count_numerals"))
    loose = cues.words("enumeration", "loose_classifiers")  # `三级`, `两方`: one may hold several items
    classifiers = "".join(c for c in cues.words("enumeration", "count_classifiers") if len(c) == 1 and c not in loose)
    places = [w for w in cues.table("place_groups.toml")["nouns"] if "（" not in w]
    nouns = "|".join(re.escape(w) for w in sorted(set(d["group_nouns"] + places), key=lambda w: (-len(w), w)))
    not_after = "".join(d["not_after"])
    return re.compile(f"(?<=[\u4e00-\u9fff])(?<![{numerals}第每之])(?P<n>[{numerals}]{{1,2}}|[1-9])"
                      f"(?:(?P<cls>[{classifiers}])(?=[\u4e00-\u9fff“])|(?P<noun>{nouns})(?![{not_after}]))")


def check(view: PageView) -> list[Draft]:
    out = []
    for m in _count().finditer(view.text):
        value = parse_number(m.group("n"))
        one = m.group("n") == "1"  # `甲和乙 1 个`: two names are never one thing (`一个` may be the article)
        if value is None or (value < 2 and not one) or value > _data()["max_items"]:
            continue
        if _count().match(view.text, m.end()):
            continue  # `三省两市`: a count in parts, place_groups.py's
        lst = list_before(view, m.start("n"), bool(m.group("noun")))
        if lst is None or compound_count(view.text, m.start("n"), m.end()) and value != len(lst.items):
            continue  # `A、B两部一行`: a compound count, the count alone is not the items' number
        if m.group("n").isdigit() and not lst.joined and any(
                n.type == "count" and n.start == m.start("n") for n in view.between(m.start("n"), m.end() + 1)):
            continue  # `甲、乙 5 个项目`: a count record in digits after `、` only, the list rules'
        s, e = m.start("n"), m.end()
        count = Num(view.raw_ref(s, e), s, e, "count", float(value), m.group("cls") or m.group("noun"), "exact", None,
                    view.text[s:e])
        k = len(lst.items)
        single = all(len(item) == 1 for item in lst.items)
        if value != k and k == 2 and not single and not one:
            continue  # `沪宁和浙江三地`: a name may hold two places; pairs.py reads `这三个` after a pair
        joined, lst.joined = lst.joined, ""  # read here: the join word is the list's
        draft = enumeration_draft(view, count, lst, True, HOW)
        if not (single and value < k) and not one:
            draft.doubted(_FEWER if value < k else _MORE)
        draft.extra["joined"] = joined
        out.append(draft)
    return out


def list_before(view: PageView, at: int, one_char: bool) -> ItemList | None:
    """The list that ends right before `at` in its clause."""
    d = _data()
    start = view.clause_start(at)
    end = at
    for w in d["apposition"]:
        if view.text.endswith(w, start, end):
            end -= len(w)
    earlier = list(_count().finditer(view.text, start, end))
    if earlier:
        start = earlier[-1].end()  # `甲、乙三国组成的联盟联合丙和丁两国`: an earlier count ends an earlier list
    stretch = view.text[start:end]
    if not stretch or any(ch.isdigit() or ch in "（()）“”《》" for ch in stretch):
        return None
    join, cut = _last_join(stretch)
    if join is None:
        return None
    last = stretch[cut + len(join):]
    pieces = stretch[:cut].split("、")
    middle = pieces[1:]
    if any(_last_join(p)[0] for p in middle) or len(middle) + 2 > d["max_items"]:
        return None  # two join words: which items each joins is not sure
    single = len(last) == 1
    if single:
        # `中、日两国`: names of one character, listed with `、`, counted by a noun of places or bodies
        if join != "、" or not one_char or any(len(p) != 1 for p in middle) or not pieces[0]:
            return None
        first = pieces[0][-1]
        if _count_noun(first + "".join(middle) + last):
            return None  # `八路军、新四军`: a group noun ends a longer name, it is no name of its own
    else:
        if not all(_name(p) for p in middle + [last]):
            return None
        lengths = [len(x) for x in middle + [last]]
        if max(lengths) > 2 * min(lengths) + 1:
            return None  # items of unlike length: a phrase, not a list of names
        first = _trailing_name(pieces[0], 2 * min(lengths) + 1)
        if not first:
            return None
    items = [first] + middle + [last]
    if any(_count().search(item) for item in items):
        return None  # `美洲四国和东南亚三国`: items counted themselves are groups, not names
    before = len(pieces[0]) - len(first)
    return ItemList(start + before, end, items, False, False, start, view.clause_end(at),
                    joined=join if join != "、" else "")


def _count_noun(chars: str) -> bool:
    """Whether any of the characters is a noun or classifier that counts a group (`军`, `国`)."""
    d = _data()
    return any(ch in d["group_nouns"] or ch in cues.words("enumeration", "count_classifiers") for ch in chars)


def _last_join(text: str) -> tuple[str | None, int]:
    """The last join word of a text (`、` or one of data joins) and where it stands."""
    word, at = max(((w, text.rfind(w)) for w in list(_data()["joins"]) + ["、"]), key=lambda x: x[1])
    if at < 0:
        return None, -1
    if word == "及" and text[at - 1:at] == "以":
        return "以及", at - 1
    return word, at


def _name(item: str) -> bool:
    """An item of two characters or more, no longer than a name, ending with a noun or a name and
    holding no verb or preposition (`对发展` opens a phrase of its own)."""
    if not 2 <= len(item) <= _data()["item_chars"] or any(ch in CLAUSE_BREAKS for ch in item):
        return False
    words = pos_tags(item)
    if not words or words[-1][1] not in _data()["noun_tags"]:
        return False
    inner = set(_data()["noun_tags"] + _data()["inner_tags"])
    if words[0][1] in _data()["noun_tags"] and words[-1][1] in _data()["name_tags"]:
        inner.add("v")  # `日本选手田岛`: the tagger reads 选手 as a verb between a place and a name
    return all(tag in inner for _, tag in words)


def _trailing_name(piece: str, longest: int) -> str:
    """The first item: the nouns and names the words before the join end with (`…处的李明` gives
    `李明`; `继续把好土地审批` gives `土地审批`), no longer than `longest` (the items after it are of
    like length: a noun the tagger joins to a verb before it is left out)."""
    words = pos_tags(piece)
    took = ""
    for word, tag in reversed(words):
        if tag not in _data()["noun_tags"] or len(took) + len(word) > min(longest, _data()["item_chars"]):
            break
        took = word + took
    return took if len(took) >= 2 else ""
