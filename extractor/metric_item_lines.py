"""A figure named only by a resource word (`资金`, `投资`) in an item of a list: the line of a numbered item
(`1.十八洞村猕猴桃产业基地提质改造项目:新建…,资金186万元,受益户238户`) or the clause right after an item's count
(`基础设施类项目3个、资金334万元`), an item said inline (`二是改造城镇老旧小区1526个,投入36.2亿元`), or, for money put
into an act (`投入`), the clause of that act right before (`改造老旧小区126个,投入4.52亿元`). The word is what every item has; the item tells the figures apart, so the
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


@lru_cache(maxsize=1)
def _clauses() -> tuple[re.Pattern, re.Pattern, frozenset]:
    t = table("metric.toml")["item_lines"]
    longest = int(t["item_longest"])
    # (its figure, 1526个 or 1.2万户 or 52.6万人次, then the comma before the resource's clause)
    figure = r"(?:[\d.．]+[万亿]?[^\d，,。；;：:、\n]{0,3})?[，,]$"
    # 一是NAME(figure), at a sentence's or a clause's start: an inline item
    inline = re.compile(rf"(?:^|[。；;：:\n，,])[{t['inline_ordinals']}]{{1,2}}是(?P<name>[^\d，,。；;：:\n]{{2,{longest}}}?){figure}")
    # NAME N个, at a sentence's or a clause's start: the act whose money the next clause puts in
    act = re.compile(rf"(?:^|[。；;：:\n，,])(?P<name>[^\d，,。；;：:、\n]{{2,{longest}}}?)[\d.．]+[万亿]?[^\d，,。；;：:、\n]{{1,3}}[，,]$")
    return inline, act, frozenset(t["act_resources"])


def item_resource(text: str, start: int, phrase: str | None) -> str | None:
    """The item's name + `phrase` for the number at `start` whose phrase is only a resource word written
    right before it; None where the number stands in no numbered line or after no item's count."""
    line, count, resources, titles = _words()
    if not phrase or phrase not in resources:
        return None
    # (the word as written: 投入 read as 资金 after an earlier 投入资金 in the text is still 投入)
    phrase = next((w for w in sorted(resources, key=len, reverse=True) if text.endswith(w, 0, start)), None)
    if not phrase:
        return None
    at = start - len(phrase)
    opening = text.rfind("\n", 0, at) + 1
    numbered = line.match(text, opening, at)
    if numbered and "。" not in text[numbered.end():at] and not numbered.group("name").endswith(titles):
        return numbered.group("name") + phrase  # (开发公益性岗位64个,资金64万元: the line's project, not the jobs')
    counted = count.search(text, max(0, at - 40), at)
    if counted:
        return counted.group("name") + phrase
    inline, act, acts = _clauses()
    floor = max(0, at - int(table("metric.toml")["item_lines"]["item_longest"]) - 12)
    item = inline.search(text, floor, at)
    if item:
        return item.group("name") + phrase  # 六是困难群众救助,投入38.6亿元: the item's
    acted = act.search(text, floor, at) if phrase in acts else None
    return acted.group("name") + phrase if acted else None  # 改造老旧小区126个,投入4.52亿元: the act's
