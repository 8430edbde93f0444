"""A bare measure (产值, 总产值, 利润) named for a topic the sentence opens with: `重工业生产，由于正在
调整中，今年的产值预计比去年下降5%` measures the 重工业生产's 产值; `在手工业方面，1956年的全国总产值
将…增长16.2%` the 手工业's. The topic is the sentence's first clause where it is a noun phrase with
no number (a predicate after it cut off: 工业生产增长较快 → 工业生产), or the X of a frame 在X方面.
The words used live in data/metric.toml, section [topic]."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .metric_words import _clean, _DIGIT

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
    elif first.startswith(tuple(t["not_openings"])) or _DIGIT.search(first):
        return None
    else:
        change = _change_at().search(first, 2)
        topic = first[: change.start()] if change else first  # 工业生产增长较快 → 工业生产
    topic = _clean(topic)
    if not 2 <= len(topic) <= _LONGEST or phrase in topic or _DIGIT.search(topic):
        return None
    if not _noun_ending(topic):
        return None
    return topic + phrase


def _noun_ending(words: str) -> bool:
    from .metric_after import segmenter  # late: jieba's tags only for a bare measure after a topic
    tagged = segmenter().pos(words)
    return bool(tagged) and tagged[-1][1] in _words()["noun_tags"]

