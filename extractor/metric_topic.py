"""A bare measure (产值, 总产值, 利润) named for a topic the sentence opens with: `重工业生产，由于正在
调整中，今年的产值预计比去年下降5%` measures the 重工业生产's 产值; `在手工业方面，1956年的全国总产值
将…增长16.2%` the 手工业's. The topic is the sentence's first clause where it is a noun phrase with
no number (a predicate after it cut off: 工业生产增长较快 → 工业生产), or the X of a frame 在X方面. A topic before a colon (`外贸出口：全年完成1200亿元，增长8.5%`) is the subject of a
number whose clause names none, where the clause right after the colon holds only scope and a verb.
The words used live in data/metric.toml, section [topic]."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .metric_change_words import change_only
from .metric_words import clean, DIGIT

_SENTENCE_START = re.compile("[。！？\n：]")
_LONGEST = 14


@lru_cache(maxsize=1)
def _words() -> dict:
    return table("metric.toml")["topic"]


@lru_cache(maxsize=1)
def _change_at() -> re.Pattern:
    return re.compile(alternation(table("metric.toml")["change"]["words"]))


def topic_measure(text: str, start: int, phrase: str) -> str | None:
    """The topic + the bare measure `phrase` of the number at `start`, or None where the phrase is
    no bare measure or the sentence opens with no topic."""
    t = _words()
    if phrase not in t["measures"]:
        return None
    opening = max((m.end() for m in _SENTENCE_START.finditer(text, max(0, start - 160), start)), default=0)
    comma = text.find("，", opening, start)
    if comma < 0:
        return None  # (the number's clause opens the sentence: its subject is its own)
    first = text[opening:comma].strip()
    frame = re.fullmatch(f"(?:{alternation(t['frame_opens'])})(.{{2,12}})(?:{alternation(t['frame_ends'])})", first)
    if frame:
        topic = frame.group(1)
    elif first.startswith(tuple(t["not_openings"])) or DIGIT.search(first):
        return None
    else:
        change = _change_at().search(first, 2)
        topic = first[: change.start()] if change else first  # 工业生产增长较快 → 工业生产
    topic = clean(topic)
    if not 2 <= len(topic) <= _LONGEST or phrase in topic or DIGIT.search(topic):
        return None
    if not _noun_ending(topic):
        return None
    return topic + phrase


def _noun_ending(words: str) -> bool:
    from .metric_after import segmenter  # late: jieba's tags only for a bare measure after a topic
    tagged = segmenter().pos(words)
    return bool(tagged) and tagged[-1][1] in _words()["noun_tags"]



_COLON = "："
_CLAUSE_BREAK = re.compile("[，；,;]")


@lru_cache(maxsize=1)
def _bare_clause() -> re.Pattern:
    t = table("metric.toml")
    words = [*t["topic"]["colon_scopes"], *t["predicate_only"]["words"], *t["reaching"]["verbs"], *t["reaching"]["adverbs"]]
    return re.compile(f"(?:{alternation([w for w in words if w])})*")


def colon_topic(text: str, start: int, phrase: str | None) -> str | None:
    """The topic before a colon + the change `phrase` (or the topic alone where `phrase` is empty) for
    the number at `start`, or None where the sentence has no such topic, the number's phrase names
    something, or the clause after the colon names a subject of its own."""
    if phrase and not change_only().fullmatch(phrase):
        return None
    t = _words()
    opening = max((m.end() for m in _SENTENCE_START.finditer(text, max(0, start - 160), start)
                   if m.group() != _COLON), default=0)
    colon = text.find(_COLON, opening, start)
    if colon < 0 or text.find(_COLON, colon + 1, start) >= 0:
        return None
    topic = clean(text[opening:colon].strip())
    if not 2 <= len(topic) <= t["colon_longest"] or DIGIT.search(topic) \
            or topic.endswith(tuple(t["colon_not_ends"])) or topic.startswith(tuple(t["not_openings"])):
        return None
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, colon, start)]
    if len(breaks) > 1:
        return None  # (only the clause after the colon and the one after it)
    digit = DIGIT.search(text, colon + 1, start + 1)
    if not digit or not _bare_clause().fullmatch(text[colon + 1:digit.start()].strip()):
        return None  # (外贸：出口增长: the clause after the colon names its own subject)
    return topic + (phrase or "")
