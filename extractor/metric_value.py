"""A value (`价值12万元`, `相当于420亿美元`): what it measures is the thing valued named after it, or
the amount before it that it values (moved out of metric.py, which reads it at the top level)."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .metric_money import goods_end
from .metric_nouns import valued_thing, currencies
from .metric_words import DIGIT, clean, word_tuple
from .metric_cut import trim

# a number just before a list mark: the head of `4.4%、5.9%` or `10%、7.9%`
LISTED_NUMBER = re.compile(r"\d[\d.,%]*(?:个百分点|[万亿]?[^\d、，。；：！？\s]{0,2})$")
# an amount that ends just before a value word: its number (digits or Chinese numerals, a range) and
# a unit of up to four characters, then a bracket or a comma
_AMOUNT_BEFORE = re.compile("(?:\\d[\\d.,·]*|[零〇○一二两三四五六七八九十百千万亿点至—]{2,})[万亿]*"
                            "[^\\d\\s，。；：、（）()]{1,4}(?=[（(，,]?$)")


@lru_cache(maxsize=1)
def value_words() -> tuple[str, ...]:
    """The value words ([value]), each also with a currency after it (合人民币, 约合美元)."""
    words = word_tuple("value", "words")
    return words + tuple(w + c for w in words for c in word_tuple("money_value", "currencies"))


def _converted_phrase(phrase: str) -> str | None:
    """慰问品累计折合人民币 → 慰问品累计: the words before a conversion that ends the phrase."""
    ends = [w + c for w in word_tuple("money_value", "ending") for c in ("", *word_tuple("money_value", "currencies"))]
    end = next((w for w in sorted(ends, key=len, reverse=True) if phrase.endswith(w)), None)
    rest = trim(clean(phrase[: -len(end)])) if end and len(phrase) > len(end) else ""
    rest = rest[rest.rfind("的") + 1:] if len(rest) - rest.rfind("的") > 2 else rest  # (送去的慰问金: 慰问金)
    return rest if len(rest) >= 2 else None


def value_of(text: str, start: int, end: int, phrase: str, measure: Callable[[int, int], str | None]) -> str | None:
    """A top-level value (`价值12万元`, `相当于420亿美元`) measures the thing valued or the amount
    before it; None where neither names anything. `measure(s, e)`: the metric of the amount at [s, e)."""
    valued = valued_thing(text, end)
    if valued:
        return goods_end(valued) or valued  # 价值80万元的物资运往山区: 物资, not its predicate
    if phrase in value_words():
        # 水泥500吨，价值12万元; 骤跌260亿英镑（相当于420亿美元）: the value of the amount before
        before = LISTED_NUMBER.search(text, max(0, start - 16), max(0, start - len(phrase) - 1))
        if not (before and DIGIT.search(before.group())):
            # 3亿谢克尔（合8600万美元）, 二亿至二点五亿英镑，约合三亿至四亿美元: any currency, any numerals
            at = text.rfind(phrase, max(0, start - len(phrase) - 3), start)
            before = _AMOUNT_BEFORE.search(text, max(0, at - 24), at) if at > 0 else None
        # (共收缴游戏机450台，折合人民币约200多万元: a conversion into a currency converts money only)
        converted = phrase not in word_tuple("value", "words")
        if before and not (converted and not before.group().endswith(tuple(currencies()))):
            head = measure(before.start(), before.end())
            if head and head not in word_tuple("value", "words"):
                return head
    return _converted_phrase(phrase)
