"""A figure named only by a resource word (`资金`, `投资`) in an item of a list: the line of a numbered item
(`1.十八洞村猕猴桃产业基地提质改造项目:新建…,资金186万元,受益户238户`) or the clause right after an item's count
(`基础设施类项目3个、资金334万元`). The word is what every item has; the item tells the figures apart, so the
metric is the item's name with the word (`…提质改造项目资金`): a user asking for the project's money must find
it, and twelve facts all measuring `资金` would be one figure twelve times over. Words: data/metric.toml
[item_lines]."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table

_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern, frozenset, tuple]:
    t = table("metric.toml")["item_lines"]
    longest = int(t["item_longest"])
    # 1.NAME: / (一)NAME: / 1、NAME： at a line's start: a numbered item and its name
    line = re.compile(rf"(?:\d{{1,2}}[.．、]|[（(][一二三四五六七八九十\d]{{1,3}}[）)])(?P<name>[^\d:：，,。；;\n]{{2,{longest}}})[:：]")
    # 基础设施类项目3个、: an item's count joined by 、 (not a clause of its own: 实施湿地保护项目12个，总投资…)
    count = re.compile(rf"(?:其中)?(?P<name>[^\d:：，,。；;、\n]{{2,{longest}}}?)\d+个、$")
    return line, count, frozenset(t["resources"]), tuple(t["title_ends"])


def item_resource(text: str, start: int, phrase: str | None) -> str | None:
    """The item's name + `phrase` for the number at `start` whose phrase is only a resource word written
    right before it; None where the number stands in no numbered line or after no item's count."""
    line, count, resources, titles = _words()
    if not phrase or phrase not in resources or text[start - len(phrase):start] != phrase:
        return None
    at = start - len(phrase)
    opening = text.rfind("\n", 0, at) + 1
    numbered = line.match(text, opening, at)
    if numbered and "。" not in text[numbered.end():at] and not numbered.group("name").endswith(titles):
        return numbered.group("name") + phrase  # (开发公益性岗位64个,资金64万元: the line's project, not the jobs')
    counted = count.search(text, max(0, at - 40), at)
    return counted.group("name") + phrase if counted else None
