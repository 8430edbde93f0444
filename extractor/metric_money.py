"""Money amounts that are the worth of goods (`3万元的学习用品`, `价值60万元的物资运往灾区`): the
goods noun names the amount; the words in [money_goods] of data/metric.toml."""
from __future__ import annotations

import re

from .metric_words import _DIGIT, _word_tuple

_AFTER_DE = re.compile("(?:左右|以上|多)?的([^，。；：！？,;:!?\\n的]{2,24})")


def goods_end(noun: str) -> str | None:
    """The noun up to the end of its last goods word (物资运往那曲灾区 → 物资; 药品和医疗器械 whole),
    None where it names no goods."""
    ends = [noun.rfind(w) + len(w) for w in _word_tuple("money_goods", "words") if w in noun]
    if not ends:
        return None
    return noun if noun.startswith(_word_tuple("money_goods", "joined"), max(ends)) else noun[: max(ends)]


def goods_after(after: str) -> str | None:
    """The goods an amount is worth, named right after it with 的 (`的学习用品送到…` → 学习用品)."""
    m = _AFTER_DE.match(after)
    if not m:
        return None
    noun = m.group(1)
    if _DIGIT.search(noun):
        return None  # 的3部照相机和2000多元现金: another amount's words, not goods of this one
    # (等物资, 棉衣、棉被等物资: the goods word that closes the list)
    noun = noun[noun.rfind("等") + 1:] if "等" in noun else noun
    goods = goods_end(noun)
    return goods if goods and len(goods) >= 2 else None
