"""A count of a part of a set named in the clause before (`在１２０家餐馆中，有１８家卫生不合格`, `在全县４２家企业中，有１５家
扭亏为盈`): the README's P6 names the part by the predicate that defines it (`卫生不合格`), not by a noun the predicate
happens to open with (`卫生`). The set is a count in the same unit in the clause right before, closed by a word of
among (中, 之中, 当中: data/metric.toml [partitive] among); the part's clause opens with the count, after a verb of
existence at most (有, 其中有: [part_predicate] openings). Words after the count that open with the set's noun
(`有４０所学校建了图书馆`) or with a kind of the set's things (`４家上市公司…`) count that noun as
before."""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import BREAK_CLASS, BREAKS
from .lexicon import alternation, table
from .metric_cut import trim
from .metric_words import clean

_CLAUSE_BACK = 40  # characters read back for the set's clause
_WORDS_AHEAD = 200  # characters read on for the part's predicate (a clause is shorter; bounded all the same)
_KIND_TAGS = ("nt",)  # jieba's tag of a body's kind (上市公司): a noun of the part, not a predicate


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    t = table("metric.toml")
    among = alternation(t["partitive"]["among"])
    # the set's clause: a count, its noun, a word of among at its end (在…１２０家被检查的餐馆中)
    whole = re.compile(f"[0-9０-９一二三四五六七八九十百千万两]+(?:[万亿])?(?P<unit>[^\\s{BREAKS}]{{1,2}}?)"
                       f"(?P<noun>[^{BREAKS}\\d]{{1,12}}?)(?:{among})$")
    opening = re.compile(f"^(?:{alternation(t['part_predicate']['openings'])})?$")
    return whole, opening


def part_predicate(text: str, start: int, end: int, unit: str | None) -> str | None:
    """The predicate after the count at [start, end) in `unit` where that count is a part of the set the clause before
    counts in the same unit; None where it is not, or where the words after it name the set's noun again."""
    if not unit:
        return None
    whole, opening = _patterns()
    lo = max(0, start - _CLAUSE_BACK)  # (bounded: a page of few breaks is not read back to its start per fact)
    own = max(text.rfind(c, lo, start) for c in BREAKS) + 1
    if own == 0 or not opening.match(text[own:start]) or text[own - 1] not in "，,":
        return None
    before = max(max(text.rfind(c, max(0, own - 1 - _CLAUSE_BACK), own - 1) for c in BREAKS) + 1, own - 1 - _CLAUSE_BACK)
    stated = whole.search(text, before, own - 1)
    if not stated or stated.group("unit") != unit:
        return None
    tail = BREAK_CLASS.search(text, end, end + _WORDS_AHEAD)
    words = text[end: tail.start() if tail else min(len(text), end + _WORDS_AHEAD)]
    noun = clean(stated.group("noun").split("的")[-1])
    if noun and (words.startswith(noun) or len(noun) >= 2 and words.startswith(noun[-2:])):
        return None
    from .metric_after import segmenter  # (late: the tagger loads on first use)
    first, tag = (segmenter().pos(words) or [("", "")])[0]
    if tag in _KIND_TAGS or noun and first.endswith(noun[-1]):
        return None  # (6家企业中，4家上市公司…; 中型企业 after 企业: a kind of the set's things, a noun)
    predicate = clean(words)
    return trim(predicate) if len(predicate) >= 2 else None
