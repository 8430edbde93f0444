"""Why a count that differs from its list may still be right: items of uneven length, a loose noun, a count of the last item.

Apart from enumeration.py because these rules never find a count: they only turn a mismatch
found by another rule unverifiable, where the words leave room for another reading.
"""
from __future__ import annotations

from functools import lru_cache

from . import cues
from .enumeration_counts import APPOSITION
from .lists import ItemList
from .model import Num, PageView

_EVEN = 2  # how many times the shortest item the longest after the first may be


def even_items(lst: ItemList, least: int = 1) -> bool:
    """Items after the first of like length (none over twice the shortest and one), the second
    neither opening with a verb nor holding a verb and its object: a list started too early holds an item where an earlier phrase
    ends (`镇党委、镇政府看准茶园、温泉、民宿三大优势`, `部署、指挥辽沈、淮海、平津三大战役`); the
    first item may carry the words before it."""
    rest = [len(item) for item in lst.items[1:]]
    if len(rest) < least or max(rest) > _EVEN * min(rest) + 1:
        return False
    words = _segmenter().pos(lst.items[1])
    opens_with_verb = bool(words) and words[0][1] in ("v", "vn") and any(w[1].startswith("n") for w in words[1:])
    return not opens_with_verb and not any(a[1] == "v" and b[1].startswith("n") for a, b in zip(words, words[1:]))


def late_start(lst: ItemList, value: int) -> ItemList | None:
    """`乡党委、乡政府盯住竹林、温泉、古村三大优势`: a list found too early (two lists joined by a verb
    inside an item) whose names after that verb number exactly `value`, all of like length; the
    list of those names, or None. Only a count met is read so: the verb is the evidence the list
    starts late, and its names are the ones a group count right after them counts."""
    i = len(lst.items) - value
    if i < 1 or lst.joined or lst.open:
        return None
    return _from_verb(lst, i)


def verb_start(lst: ItemList) -> ItemList | None:
    """`镇党委、镇政府看准茶园、温泉、民宿两大优势`: the names after the last verb inside an item after
    the first, all of like length: the list as it reads at its latest start, whatever the count.
    The name right after the verb is its object, so it carries no words from before and no later
    start is left: a count below these names is below every reading of the list."""
    if lst.joined or lst.open:
        return None
    for i in range(len(lst.items) - 2, 0, -1):
        if _object_of_verb(lst.items[i]) is not None:
            return _from_verb(lst, i)
    return None


def _object_of_verb(item: str) -> str | None:
    """The nouns closing an item after its last verb (`指挥辽沈` -> `辽沈`), or None."""
    words = _segmenter().pos(item)
    verb = max((j for j, w in enumerate(words) if w[1] == "v"), default=-1)
    if verb < 0 or verb == len(words) - 1 or not all(w[1].startswith(("n", "j")) for w in words[verb + 1:]):
        return None
    return "".join(w[0] for w in words[verb + 1:])


def _from_verb(lst: ItemList, i: int) -> ItemList | None:
    """The list from the object of the verb inside item i on, its names of like length; or None."""
    head = _object_of_verb(lst.items[i])
    if head is None:
        return None
    items = [head] + lst.items[i + 1:]
    start = lst.end - len("、".join(items))
    late = ItemList(start, lst.end, items, False, False, lst.clause_start, lst.clause_end)
    lengths = [len(item) for item in items]
    return late if max(lengths) <= _EVEN * min(lengths) + 1 and even_items(late, 1) else None


def sure_items(view: PageView, count: Num, lst: ItemList) -> bool:
    """More items than a group count in words (`三大工程`) names break it where the list cannot
    have started early nor merge items: the items after the first of like length with no verb
    phrase among them (`even_items`: `部署、指挥辽沈、淮海、平津三大战役` started one item early), and a
    noun that names single things, not classes or levels that may hold several items
    (`珠宝、玉石制品、丝绸、服装、食品4大类`, data/cues.toml [enumeration] class_nouns; `loose`)."""
    noun = view.text[count.end:count.end + 2].lstrip("个")
    classes = count.written.endswith(tuple(cues.words("enumeration", "class_nouns"))) \
        or noun.startswith(tuple(cues.words("enumeration", "class_nouns")))
    return even_items(lst, 1) and not classes and not loose(view, count, lst)


def ends_with_verb(item: str) -> bool:
    """`新筹建`: an item that is a verb phrase takes the count after it as its object; a verb after
    a noun closes a name (`生物制造`, `智能制造`), which the count after the list counts."""
    words = _segmenter().pos(item)
    return bool(words) and words[-1][1] == "v" and not any(w[1].startswith("n") for w in words[:-1])


def each_names(view: PageView, count: Num, lst: ItemList) -> bool:
    """`这五位大使是：…驻华大使甲、…驻华大使乙…`: every item, however long, holds the noun the count
    counts (two characters at least), so each is one of the things counted, not a clause."""
    noun = view.noun_after(count)
    return any(all(noun[:k] in item for item in lst.items) for k in range(len(noun), 1, -1))


def counted_again(view: PageView, count: Num, lst: ItemList) -> bool:
    """`滑冰、滑雪、冰球、冬季两项共 4 个大项`: another count right after it (`共`) counts the list,
    the first one belongs to the last item's name; a count further on counts something else
    (`A、B 五个剧团组成的艺术团一行 90 人`)."""
    return any(n.type == "count" and all(c in APPOSITION for c in view.text[count.end:n.start])
               for n in view.between(count.end, view.clause_end(count.end)))


@lru_cache(maxsize=1)
def _segmenter():
    from ..segment import Segmenter
    return Segmenter()


def loose(view: PageView, count: Num, lst: ItemList) -> bool:
    """A count whose noun may take several items as one (`两级`, `三方`) or names aspects of one
    thing (`五位一体`), unless the words say each item is one of the things counted: the
    classifier reads on into a noun of single things (`四方面`, data/cues.toml [enumeration]
    loose_compounds), or every item carries the classifier itself (`算力、算法、算据、算网四算一体`:
    each item is one 算; `省、市、自治区两级` and `五位一体` of items without 位 stay loose)."""
    loose = count.written.endswith(tuple(cues.words("enumeration", "loose_classifiers"))) \
        or view.text.startswith(tuple(cues.words("enumeration", "loose_after")), count.end)
    if not loose:
        return False
    noun = count.written[-1]
    if any((noun + view.text[count.end:count.end + len(w)]).startswith(w)
           for w in cues.words("enumeration", "loose_compounds")):
        return False
    return not ("\u4e00" <= noun <= "\u9fff" and all(noun in item for item in lst.items))
