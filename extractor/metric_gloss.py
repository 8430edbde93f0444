"""A short gloss in brackets inside a noun (`最低生活保障（低保）标准`, `空气中细颗粒物（PM2.5）浓度`,
`19个省（区）`): the brackets are no clause break there, so the metric is read from the text without
the gloss and the gloss is put back where the phrase spans it. The words live in data/metric.toml,
section [gloss]."""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import BRACKETS, BREAKS, HALFWIDTH_BREAKS
from .lexicon import alternation, table

_REACH = 30  # how far before or after the number a gloss is looked for (within its clause)
# the gloss: a Latin abbreviation (PM2.5, AQI) or up to eight Chinese characters (a list of them too:
# 县（市、区）), between Chinese characters (a bracket after a number or a break is no gloss)
# (a line may wrap inside it: （PM\n2.5\n）)
_GLOSS = "[（(](?:[A-Za-z][A-Za-z0-9.\\s]{0,9}|[\u4e00-\u9fff、]{1,8})[）)]"
_NUMERALS = "一二三四五六七八九十〇"
_HAN = re.compile("[\u4e00-\u9fff]")
# a number that is no time (10月份猪肉（精瘦肉）: a month before the gloss counts nothing)
_COUNT = re.compile("\\d[\\d.]*(?![\\d.])(?!年|月|日|号|季度|时|点)")
# (a 、 between two digits lists years or numbers inside the clause: 由2010、2011年的…, no break)
_BREAK = re.compile(f"[{re.escape(BREAKS + HALFWIDTH_BREAKS + BRACKETS)}]|(?<![\\d%])、|、(?!\\d)")


@lru_cache(maxsize=1)
def _gloss() -> re.Pattern:
    opening = alternation(table("metric.toml")["gloss"]["not_opening"])
    # (（二）, （三）: a part's number in a title, no gloss)
    return re.compile(f"(?<=[\u4e00-\u9fff])(?![（(](?:{opening}))(?![（(][{_NUMERALS}]+[）)]){_GLOSS}")


def gloss_near(text: str, start: int) -> tuple[int, int] | None:
    """The span of the last gloss before the number in its clause, words after it up to the number
    (最低生活保障（低保）标准提高10%) or the number right after it (示范乡镇（街道）14个, 县(市、区)7382万元:
    the gloss ends the noun counted); None where there is none."""
    before = [m for m in _gloss().finditer(text, max(0, start - _REACH), start)
              # (up to one past the number's start: a mark's look-ahead sees what follows it)
              if (m.end() == start or m.end() < start and _HAN.match(text, m.end())
                  and not _BREAK.search(text, m.end(), start + 1))]
    return before[-1].span() if before else None


def gloss_opening(text: str, start: int, phrase: str) -> tuple[int, int] | None:
    """The span of a gloss in an earlier clause of the number's sentence right after which the
    phrase read for the number opens (货币（M2）增速由…，回落到…的12%: the phrase 增速回落
    begins after the gloss, so the noun before the gloss is the phrase's too); None where none."""
    for m in reversed(list(_gloss().finditer(text, max(0, start - _SENTENCE_REACH), start))):
        if _SENTENCE_END.search(text, m.end(), start):
            return None
        if len(phrase) >= 2 and text.startswith(phrase[:2], m.end()) and not _counted_before(text, m.start()):
            return m.span()
    return None


def _counted_before(text: str, at: int) -> bool:
    """A number stands in the clause before the gloss at `at` (全市6个县（市、区）居民消费价格…): the gloss ends
    the noun that number counts, and the phrase after it opens a subject of its own, not the noun's."""
    breaks = list(_BREAK.finditer(text, max(0, at - _REACH), at))
    return bool(_COUNT.search(text, breaks[-1].end() if breaks else max(0, at - _REACH), at))


_SENTENCE_REACH = 80  # (a sentence's clauses before the number)
_SENTENCE_END = re.compile("[。；！？\n]")


def gloss_end(text: str, at: int) -> int | None:
    """Where the gloss that opens at `at` ends (县（市、区）基本普及: past （市、区）), or None."""
    m = _gloss().match(text, at)
    return m.end() if m else None


def with_gloss_after(text: str, end: int, phrase: str) -> str:
    """`19个省（区）`, `19个县（市、区）`: where the phrase ends right where a gloss opens after the
    number (words only between), the phrase with the gloss; the phrase as it was elsewhere."""
    m = _gloss().search(text, end, min(len(text), end + _REACH))
    if m and not _BREAK.search(text, end, m.start()) and text.endswith(phrase, end, m.start()):
        return phrase + "".join(m.group().split())
    return phrase


def put_back(phrase: str, left: str, right: str, gloss: str) -> str:
    """The phrase read from `left + right` with the gloss put back between them where the phrase
    runs across that point (or ends right at it); the phrase as it was elsewhere."""
    for k in range(len(phrase), 0, -1):
        if left.endswith(phrase[:k]) and right.startswith(phrase[k:]):
            return phrase[:k] + "".join(gloss.split()) + phrase[k:]
    return phrase
