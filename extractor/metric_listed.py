"""A count whose noun after the classifier is the first item of a list (`９个高水平、高等级机场`,
`３个性状稳定、超长穗型小麦新品系`, `２０多个中外著名歌剧、舞剧团向观众演出`): the count is of
the list's items together, so the list up to its last noun is what is counted, as for nouns listed
together before a number (`星级宾馆、饭店２５个`). The last item ends where its predicate starts
(a verb or a preposition after its noun); a list that runs into the next count
(`…高等级机场和舟山、延吉４个支线机场`) ends at its last joining word. None where the list's
last item opens with a verb (`建成３个示范区、推广新技术`: two acts, not one list of things) or
the items are long. Words: data/metric.toml [listed_after]."""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import BREAKS
from .lexicon import table

# the list's stretch after the count: up to a break, a 的, a bracket or a number
# (a dash or a quote mark ends it: 卡通——大象、熊猫 names the items of what is counted, “两山”… a name)
_STRETCH = re.compile("[^，。；：！？的（(\\d０-９\n—“”《]{2,40}")
# an item that opens with a number of its own in Chinese numerals (一桶油, 七百多万亩棉田)
_COUNTED = re.compile("[一二两三四五六七八九十百千万几数]+[多余]?[^一二两三四五六七八九十百千万]")


@lru_cache(maxsize=1)
def _data() -> dict:
    return table("metric.toml")["listed_after"]


def listed_after(text: str, end: int, noun: str) -> str | None:
    """The list a count's noun `noun` opens at `end` (the classifier's end), up to its last noun;
    None where no such list follows."""
    m = _STRETCH.match(text, end)
    if not m or not noun or not m.group().startswith(noun + "、"):
        return None
    d = _data()
    words = m.group()
    follows = text[m.end():m.end() + 1]
    if follows and follows not in BREAKS:
        if not re.match("[\\d０-９]", follows):
            return None  # (…、…的: a description, other rules read it)
        # (…和舟山、延吉４个支线机场: the list ends before the joining word of the next count)
        cut = max(words.rfind(w) for w in d["joining"])
        if cut <= len(noun):
            return None
        words = words[:cut]
    items = words.split("、")
    if len(items) > d["most_items"] or any(not 1 <= len(x) <= d["longest_item"] for x in items[:-1]):
        return None
    if noun_of(noun, d) != noun or any(noun_of(x, d) != x for x in items[1:-1]) or counted_apart(items):
        return None  # (少数民族互为依存、发展: a predicate, not a noun, before the list mark)
    last = noun_of(items[-1], d)
    if last != items[-1] and "等" in items[-1][len(last):]:
        return None  # (补贴、孤儿保障等…: a verb the tagger reads inside a compound before 等)
    return "、".join(items[:-1] + [last]) if last else None


def counted_apart(items: list[str]) -> bool:
    """Whether an item after the first of a list after a count has a number of its own
    (两袋面、一桶油; 两个市场、两种资源): each item is then counted apart."""
    return any(_COUNTED.match(x) for x in items[1:])


def noun_of(item: str, d: dict | None = None, longest: int | None = None) -> str:
    """The words of `item` up to where a predicate opens ('' where they open with a verb or run
    past `longest` characters, by default a list item's longest)."""
    from .metric_after import segmenter  # (the tagger loads on first use only)
    d = d or _data()
    longest = longest or d["longest_item"]
    out = ""
    for word, tag in segmenter().pos(item):
        if tag in d["predicate_tags"]:
            if not out or len(out) > longest:
                return ""
            break
        out += word
    return out if len(out) <= longest else ""
