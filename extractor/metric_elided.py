"""Clauses that name no subject of their own, where the number measures the subject of a clause
before: a year and an adverb before a comparison with another year (`二〇一〇年又比二〇〇九年增长`),
a share naming only its whole inside 在…中 (`在地区生产总值中占比提高`), a span of recent years
and a change (`近两年提升`), a word restating the change before (`即百分之十一`), a change to a level from one its clause or
the one before opens with 由/从 (`…的比重，将由二〇一〇年的40%上升到45%`), and a comparing word
before a reference level or any short base (`超过全省平均水平0.5个百分点`, `快于城镇居民1.5个百分点`). The words used live in data/metric.toml,
section [elided]."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .metric_context import named_subject_before
from .metric_subject import clause_start
from .metric_change_words import change_word, plan_only
from .metric_cut import trim

_YEAR = "(?:\\d{4}|[〇○零一二三四五六七八九]{4})年"
_BASE_LONGEST = 10  # a base compared with, after a comparing word (城镇居民, 市价, 全村总人口的)
# the number after any such base: a percent or percentage points, the gap or share of the subject before
_GAP = re.compile("[\\d.．·０-９]+(?:[%％]|个百分点)|百分之")


@lru_cache(maxsize=1)
def _shapes() -> re.Pattern:
    t = table("metric.toml")["elided"]
    dated = (f"{_YEAR}(?:{alternation(t['year_adverbs'])})*(?:{alternation(t['year_bases'])}){_YEAR}"
             f"(?:同期)?(?:{alternation(t['year_adverbs'])})*")
    whole = (f"(?:{alternation(t['whole_opens'])})[^，。；：！？\\n\\d]{{2,16}}?"
             f"(?:{alternation(t['whole_closes'])})(?:{alternation(t['share_nouns'])})")
    # (近 optional: a bare span, 五年平均每年, is read only before a percent, see elided_subject)
    recent = (f"(?P<span>(?P<near>{alternation(t['recent'])})?(?:\\d{{1,2}}|[{t['span_numerals']}]{{1,3}})"
              f"(?:{alternation(t['span_ends'])})(?:{alternation(t['year_adverbs'])})?(?:{alternation(t['averages'])})?)")
    # (and any short base with no number: 快于2024年1.8个百分点, 快于城镇居民1.5个百分点, 低于市价10%)
    reference = table("metric.toml")["reference"]
    level = (f"(?:{alternation(reference['leading'])})*(?:{alternation(reference['degrees'])})?"
             f"(?:{alternation(t['comparing'])})了?(?:(?:{alternation(t['scopes'])})(?:{alternation(t['levels'])})?"
             f"|{_YEAR}(?:同期)?|(?P<base>[^，。；：！？\\n\\d]{{1,{_BASE_LONGEST}}}))")
    changes = alternation(table("metric.toml")["change"]["words"])
    tos = alternation(t["ranged_tos"])
    # (a number, in digits or Chinese numerals, between the 由 and the change)
    ranged = (f"(?:{alternation(t['ranged_leads'])})*(?:{alternation(t['ranged_froms'])})[^，。；：！？\\n]{{0,20}}?"
              f"(?:\\d|百分之|千分之|[一二三四五六七八九十]成)[^，。；：！？\\n]{{0,12}}?(?:{changes})(?:{tos})|(?:{changes})(?:{tos})")
    restating = alternation(t["restating"])
    to_level = _to_level(changes, tos)
    compared = (f"(?:{alternation(t['year_bases'])})(?:{_YEAR}|[^，。；：！？\\n\\d]{{1,{_BASE_LONGEST}}}?)"
                f"(?:{alternation(t['comparatives'])})了?")
    return re.compile(f"(?:{dated}|{whole}|{recent})(?P<change>[\u4e00-\u9fff]{{0,4}})|{level}|{restating}|{ranged}"
                      f"|{to_level}|(?P<compared>{compared})")


def _to_level(changes: str, tos: str) -> str:
    """增长到1996年的, 一跃达到了1997年的: a clause of only a change to a new level and its time."""
    t = table("metric.toml")["elided_to"]
    adverbs = alternation(t["adverbs"])
    # (a verb of reaching only after an adverb of a sudden or steady change: a bare 达到 is read as written)
    went = f"(?:{adverbs})*(?:{changes})了?(?:{tos})|(?:{adverbs})+(?:{alternation(t['reaching'])})"
    return f"(?:{went})了?(?:(?:{_YEAR}|{alternation(t['times'])})的)?"


@lru_cache(maxsize=1)
def _from_level() -> tuple[re.Pattern, re.Pattern]:
    """将由二〇一〇年的百分之四十左右，提高到百分之六十: the level a change starts from, its clause only
    由 and a time, the change to the next level after it."""
    t = table("metric.toml")["elided"]
    froms = alternation(t["ranged_froms"])
    before = re.compile(f"(?:{alternation(t['ranged_leads'])})*(?:{froms})[^，。；：！？\\n\\d]{{0,12}}")
    changes = alternation(table("metric.toml")["change"]["words"])
    after = re.compile(f"(?:左右|以上|以下)?[，,]?(?:{changes})(?:{alternation(t['ranged_tos'])})")
    return before, after


def elided_subject(text: str, start: int) -> str:
    """The subject before that a subjectless clause's number measures ('' where the clause before
    the number has none of the shapes, or no subject names a thing)."""
    lo = clause_start(text, start)
    if lo < 2:
        return ""
    m = _shapes().fullmatch(text, lo, start)
    if not m:
        return ""
    if m.group("compared") and change_word().search(text[lo:start].rstrip("了")):
        return ""  # (比上年提高3个百分点, 比上年多: a change word of its own, read as a change)
    if m.group("span") and not m.group("near") and not _GAP.match(text, start):
        return ""  # (一年增加一万台钢琴: a count after a bare span of years names its own thing)
    base = m.group("base")
    if base and (not _GAP.match(text, start) or change_word().search(base) or plan_only().match(base)):
        # (远远超过其他9国: a count is its own; 超过重工业每年平均增长3.4%的速度: the base names its own
        # change; 超过年度计划4%: a plan exceeded, read with its plan)
        return ""
    text, lo = past_aside(text, lo)
    return _named_before(text, lo, m.groupdict().get("change") or "")


_ASIDE_LONGEST = 24  # a bracket closing the clause before: （人均5.2元）, （合3.1亿美元）
_WINDOW = 160


def past_aside(text: str, lo: int) -> tuple[str, int]:
    """由1990年的80万元（人均5.2元），增加到…: a bracket that closes the clause before is an aside on its
    level, no subject; read the clause before without it (a bounded window of the text)."""
    if lo < 3 or text[lo - 2] not in "）)":
        return text, lo
    opened = max(text.rfind("（", max(0, lo - _ASIDE_LONGEST), lo - 2), text.rfind("(", max(0, lo - _ASIDE_LONGEST), lo - 2))
    if opened < 0:
        return text, lo
    window = text[max(0, opened - _WINDOW):opened] + text[lo - 1]
    return window, len(window)


def from_level_subject(text: str, start: int, end: int) -> str:
    """将由二〇一〇年的百分之四十左右，提高到百分之六十: the level a change starts from, where its clause
    names nothing else, measures the subject before ('' where it is no such level)."""
    lo = clause_start(text, start)
    before, after = _from_level()
    if lo < 2 or not before.fullmatch(text, lo, start) or not after.match(text, end):
        return ""
    return _named_before(text, lo, "")


def _named_before(text: str, lo: int, change: str) -> str:
    """The subject before the clause at `lo`, past clauses of the shapes themselves."""
    reaching = table("metric.toml")["elided"]["reaching"]
    if change and change not in reaching and not change_word().fullmatch(change.rstrip("到至为了")):
        return ""  # (在工业中的比重问题: what follows the share is no change)
    at = lo
    for _ in range(3):
        subject = named_subject_before(text, at)
        t = table("metric.toml")
        # (由过去的…，降低到…: a subject of only 由 and a base is the from-level's clause; 由国内制造的部分 is one)
        base = subject[1:] in (*t["elided"]["ranged_bases"], *t["comparison"]["bases"])
        if not _shapes().fullmatch(subject) and not (subject.startswith(tuple(t["elided"]["ranged_froms"])) and base):
            break
        # (…，近两年提升12个百分点，超过全省平均水平0.5个百分点: the clause before is subjectless too)
        at, subject = clause_start(text, max(0, at - 1)), ""
    manner = next((w for w in table("metric.toml")["elided"]["manners"] if subject.endswith(w)), "")
    if manner and len(subject) - len(manner) >= 2:
        subject = subject[: -len(manner)]
    return trim(subject) if len(subject) >= 2 else ""
