"""A run of named items, each a name and its figure, opened by a clause that names the measure and a colon
(`营业收入居前5位的企业分别为:江淮精工集团1520.3亿元、皖江新材料集团1186.7亿元`; `全市缴存额分中心(含市本级)情况为:
市本级52.34亿元;桐城分中心9.86亿元`; `接待游客居前5位的依次为:洛龙区268.4万人次、老城区196.2万人次`): every figure
measures what the opening clause names (营业收入, 缴存额, 接待游客), not the item's name, which only says whose it
is. A place item is the fact's place, so the measure alone is given; another name (a company, a branch) is
kept before the measure, the record having no other field for it. The measure may end the clause before the
colon with no 为 (`交通补助发放标准：每月普通职工三百元`), or stand in the clause before one of only a reckoning
(`各乡夜校的报名人数，大致估算为：识字班三千人`); a time of each row (每月) is no part of an item's name.
Words: data/metric.toml [named_rows]."""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import INNER_BREAKS, LIST_MARKS, sentence_start, with_halfwidth
from .lexicon import alternation, table
from .metric_places import place_item
from .metric_change_words import change_word
from .metric_words import clean

_COLONS = with_halfwidth("：")
_CLAUSE_BREAKS = with_halfwidth(INNER_BREAKS.replace("：", ""))  # (a colon opens the run: it parts no items)
_ITEM_BREAKS = LIST_MARKS + _CLAUSE_BREAKS
_ITEM_SPLIT = re.compile(f"[{re.escape(_ITEM_BREAKS)}]")
_REACH = 240
_BRACKET = re.compile(r"[（(][^（）()]{0,12}[）)]")
_DIGIT = re.compile(r"\d")
# a measure right before the colon with no 为 is a noun phrase (交通补助发放标准：), not a clause that ends in one
# (店里的货架上都标出了新旧两种价格：)
_BARE_INTRO_LONGEST = 10
# a figure in digits or in two Chinese numerals or more (高等学校十万九千人; not 第一步)
_FIGURE = re.compile("\\d|[〇零一二三四五六七八九十两][〇零一二三四五六七八九十百千万亿两]")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern, re.Pattern, int]:
    t = table("metric.toml")["named_rows"]
    ends = re.compile(f"(?:{alternation(t['intro_ends'])})$")
    return ends, re.compile(t["ranking"]), re.compile(f"^(?:{alternation(t['scope_openings'])})"), t["item_longest"]


@lru_cache(maxsize=1)
def _bare() -> tuple[frozenset, tuple, tuple]:
    t = table("metric.toml")["named_rows"]
    return frozenset(t["bare_ends"]), tuple(t["list_heads"]), tuple(t["reckoning"])


def named_row(text: str, start: int, phrase: str | None) -> str | None:
    """The measure of the run's opening clause for the number at `start` whose `phrase` is only the
    item's name written right before it; None where the number is no such item."""
    ends, ranking, scope, longest = _words()
    if not phrase or _DIGIT.search(phrase):
        return None
    # (车间主任每月二百六十元; 每月普通职工三百元: a time of each figure, no part of the name)
    times = _row_scopes()
    after = next((w for w in times if text.endswith(w, 0, start) and text.endswith(phrase, 0, start - len(w))), "")
    at = start - len(after) - len(phrase)
    phrase = phrase.removeprefix(next((w for w in times if phrase.startswith(w)), ""))
    if not 2 <= len(phrase) <= longest or at < 1 or text[at:start - len(after)].removesuffix(phrase) not in ("", *times) \
            or text[at - 1] not in _ITEM_BREAKS + _COLONS:
        return None
    floor = sentence_start(text, at, max(0, at - _REACH))
    colon = max(text.rfind(c, floor, at) for c in _COLONS)
    if colon < 0 or any(c in text[colon + 1:at] for c in _COLONS):
        return None
    # every item between the colon and this one has its figure (a run of items, not a clause)
    items = [x for x in _ITEM_SPLIT.split(text[colon + 1:at - 1]) if x]
    if text[at - 1] not in _COLONS and (not items or not all(_FIGURE.search(x) for x in items)):
        return None
    opening = max(text.rfind(c, floor, colon) for c in _CLAUSE_BREAKS) + 1
    intro = _BRACKET.sub("", text[max(opening, floor):colon])
    if _reckoning_only().fullmatch(intro) and opening - 1 > floor:
        # 各乡夜校的报名人数，大致估算为：识字班三千人: the measure is the clause before the reckoning's
        before = max(text.rfind(c, floor, opening - 1) for c in _CLAUSE_BREAKS) + 1
        measure = clean(_BRACKET.sub("", text[max(before, floor):opening - 1]).rsplit("的", 1)[-1])
        if len(measure) < 2 or not _ends_in_measure(measure):
            return None
        return measure if place_item(phrase) else phrase + measure
    end_word = ends.search(intro)
    # (交通补助发放标准：每月普通职工三百元: a measure right before the colon, with no 为, ends the clause itself)
    bare_measure = not end_word and len(intro) <= _BARE_INTRO_LONGEST and _ends_in_measure(intro)
    if not end_word and not bare_measure:
        return None
    named_end, end_text = (end_word.start(), end_word.group()) if end_word else (len(intro), "")
    bare, heads, reckoning = _bare()
    if change_word().search(phrase) or end_text in bare and intro[:named_end].endswith(heads):
        return None  # (预期目标是：产值增长6%: the items are measures, the clause names a list)
    if any(w in intro for w in reckoning):
        return None  # (按年产量计算如下: how the figures were reckoned, not what they measure)
    measure = ranking.sub("", scope.sub("", intro[:named_end]))
    head = _shared_head(measure, phrase)
    measure = clean(measure[: len(measure) - len(head)] if head else measure)
    if len(measure) < 2 or _DIGIT.search(measure) or not _whose(measure, phrase):
        return None
    return measure if place_item(phrase) else phrase + measure


@lru_cache(maxsize=1)
def _row_scopes() -> tuple[str, ...]:
    return tuple(table("metric.toml")["named_rows"]["row_scopes"])


@lru_cache(maxsize=1)
def _reckoning_only() -> re.Pattern:
    return re.compile(table("metric.toml")["named_rows"]["reckoning_only"])


def _whose(measure: str, item: str) -> bool:
    """Whether the opening clause's `measure` is what the item's figure measures: where the clause ends in a
    measure (营业收入…分别为, 缴存额…情况为) or the item is only a name (甲钢集团, 一线职工, a place) saying whose the
    figure is. A clause naming no thing (具体为：) opens no run, and one naming no measure (补助资金来源为：,
    主要成效是：, 受灾情况为：) leaves an item that names a measure of its own (省级资金260万元, 人均纯收入9600元,
    损毁房屋58间, 合作社分红28万元) to measure it."""
    from .metric_after import segmenter  # (late: the tagger loads on first use)
    if not any(tag[:1] in "nvl" for _, tag in segmenter().pos(measure)):  # (招生人数: l)
        return False
    return _ends_in_measure(measure) or place_item(item) or not (
        _ends_in_measure(item) or any(tag[:1] in _ACT_TAGS for _, tag in segmenter().pos(item)))


_ACT_TAGS = "v"  # a verb in an item (损毁房屋, 合作社分红): a measure, no name


def _ends_in_measure(words: str) -> bool:
    """营业收入, 缴存额, 省级资金, 津贴标准: words ending in a noun of measure or of money, or a character naming one."""
    ends, finals = _measure_ends()
    return words.endswith(ends) or words[-1:] in finals


@lru_cache(maxsize=1)
def _measure_ends() -> tuple[tuple[str, ...], frozenset]:
    """The nouns of measure or money a measure ends in, and the single characters that name one."""
    t = table("metric.toml")
    ends = (*t["lists"]["measures"], *t["money_nouns"]["heads"], *t["generic"]["nouns"], *t["named_rows"]["measures"])
    return tuple(ends), frozenset(t["lists"]["measure_finals"])


def _shared_head(measure: str, item: str) -> str:
    """分中心 of `缴存额分中心` and `桐城分中心`: the class of the items, written after the measure."""
    n = 0
    while n < min(len(measure), len(item) - 1) and measure[-1 - n] == item[-1 - n]:
        n += 1
    return measure[len(measure) - n:] if n >= 2 else ""
