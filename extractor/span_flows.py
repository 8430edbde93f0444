"""Facts inside a five-year span that flowed over it though their own clause says no such word
(extractor/five_years.py span_point reads the clause first): a clause that goes on a list of the
clause before it, a part of a total (其中…), the clauses of a sentence from one opened by a five
years' total, and the starting level of a span written by its own years (从1960年到1964年，…由320所增加到…);
and what of a clause is not read for a flow word: the next item's verb after a figure's 、, a level's name
(研发投入强度). Words: data/period.toml span_total_openers, span_part_openers, span_level_nouns."""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import BREAKS, HALFWIDTH_BREAKS, SENTENCE_ENDS
from .lexicon import table

_CLAUSE_BREAK = re.compile(f"[{re.escape(BREAKS + HALFWIDTH_BREAKS)}]")
_SENTENCE_BREAK = re.compile(f"[{re.escape(SENTENCE_ENDS)}\n]")
_DIGIT = "0-9０-９.．·零〇○一二三四五六七八九十百千万亿两"
# a number and the unit right after it (二十六人, 九千人, 二十多万人, 1200万人)
_NUMBER_UNIT = re.compile(rf"[{_DIGIT}]+(?:[多余][万亿]?)?(?P<unit>[^{_DIGIT}多余，。；：、\s])")
_SENTENCE_REACH = 300  # the sentence is searched back this far at most (linear in the page)
_LIST_DEPTH = 4  # clauses before the fact's a list is followed back through
_CHINESE_DIGITS = "〇一二三四五六七八九"


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    t = table("period.toml")
    # the openers also with the five in figures, as news pages write it (边防部门５年来共查获…)
    openers = [w.replace("五", five) for w in t.get("span_total_openers", []) for five in ("五", "5", "５")]
    return tuple(dict.fromkeys(openers)), tuple(t.get("span_part_openers", [])), \
        tuple(t.get("span_level_marks", []))


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - _SENTENCE_REACH)
    last = None
    for last in _SENTENCE_BREAK.finditer(text, lo, pos):
        pass
    return last.end() if last else lo


def opened_by_total(text: str, pos: int) -> bool:
    """A clause of the fact's sentence, its own or one before it, opens with a five years' total
    (…加强服务，五年累计投入…，实现…就业1200万人): the clauses from it on are totals too."""
    start = _sentence_start(text, pos)
    clauses = _CLAUSE_BREAK.split(text[start:pos])
    return any(c.startswith(_words()[0]) for c in clauses)


def listed_after_flow(text: str, pos: int, flow: re.Pattern, ends: tuple[str, ...]) -> bool:
    """The fact's clause goes on from a clause before it in its sentence that flowed over the span:
    a part of its total (…科研成果八千多项，其中…三百二十项), or a list of the same unit with no
    verb of its own (授予学位二十六人，证书九千人，奖章二十多万人). ends: the words of a
    level reached (达, 增加到), which make a clause a level of its own."""
    unit_at = _NUMBER_UNIT.match(text, pos)
    unit = unit_at.group("unit") if unit_at else None
    clauses = _CLAUSE_BREAK.split(text[_sentence_start(text, pos):pos])
    own, earlier = clauses[-1], clauses[:-1]
    for prev in reversed(earlier[-_LIST_DEPTH:]):
        part = own.startswith(_words()[1])
        listed = unit is not None and not any(w in own for w in (*ends, *_words()[2])) and any(
            m.group("unit") == unit for m in _NUMBER_UNIT.finditer(prev))
        if not (part or listed):
            return False
        if flow.search(prev):
            return True
        own = prev
    return False


# a list item before a fact: a number in figures, its unit or qualifier (元, %左右, 个百分点), a list's joiner
# (88%左右、91%以上; 38000元和14200元); the joiners a list of figures takes, and how far back it is read
_LIST_JOINERS = "、和及与"
_LIST_ITEM = rf"(?<![0-9０-９.．·])[0-9０-９][0-9０-９.．·]*[^0-9０-９.．·{re.escape(BREAKS + HALFWIDTH_BREAKS)}{_LIST_JOINERS}\s]{{0,5}}[{_LIST_JOINERS}]"
_LIST_BEFORE = re.compile(f"(?:{_LIST_ITEM})+$")
_LIST_REACH = 60


def list_head(text: str, pos: int) -> int:
    """Where the list of figures the number at pos goes on starts (…分别提升至88%左右、91%以上: at 88%;
    从2020年的38000元和14200元: at 38000元), so the words before the list are read as the number's own; pos
    itself where no figure and joiner stand right before it."""
    m = _LIST_BEFORE.search(text, max(0, pos - _LIST_REACH), pos)
    return m.start() if m else pos


def written_from(text: str, pos: int, first: int, last: int) -> bool:
    """The span is written by its own years in the fact's sentence (从一九六〇年到一九六四年, 1960年至1964年):
    a level it starts from (由三百二十所增加到…) is the first year's, not the year before it (as for a
    plan's span, whose base year is the year before it begins)."""
    sentence = text[_sentence_start(text, pos):pos]
    return any(re.search(f"{a}年?[到至—－-]{b}年", sentence)
               for a, b in zip(_year_forms(first), _year_forms(last)))


def _year_forms(year: int) -> list[str]:
    s = str(year)
    chinese = "".join(_CHINESE_DIGITS[int(c)] for c in s)
    return [s, s.translate(str.maketrans("0123456789", "０１２３４５６７８９")), chinese,
            chinese.replace("〇", "○"), chinese.replace("〇", "零")]



# a figure and its unit closed by a list's 、 (850万户、增长45%)
_ITEM_END = re.compile(r"[0-9０-９.．·]+[多余]?[万亿千百]*[^0-9０-９、\s]{0,3}(?=、)")


def own_item(after: str) -> str:
    """The words after a figure that are its own: up to a list's 、 right after the figure and its unit
    (跨过3万亿元、年均增长5%: the next item's verb is not the level's), else all of them."""
    item = _ITEM_END.match(after)
    return item.group() if item else after


@lru_cache(maxsize=1)
def _level_names() -> re.Pattern:
    words = table("period.toml").get("span_level_nouns", [])
    return re.compile("|".join(map(re.escape, words))) if words else re.compile("(?!)")


def without_level_names(clause: str) -> str:
    """The clause without the names of a level that hold a flow word (研发投入强度2.6%: data/period.toml
    span_level_nouns), so that the word does not read it as a flow."""
    return _level_names().sub("", clause)
