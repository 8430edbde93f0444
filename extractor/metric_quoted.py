"""A noun after a number with a quoted word inside it and its head after the closing quote
(`593家国家专精特新“小巨人”企业`, `206个“两重”项目`): the phrase read stops at the quote, so it runs on
to the head, as written, quotes kept. Where no noun follows the quote (`58个“电子眼”呈不同角度`,
`50个“生态乡”和…`) the quoted word ends the phrase. Tags: data/metric.toml [quoted_head]."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import table

# words then a quoted word right after the number, no break or number among them
_RUN = re.compile("[^，。；：、！？\n“”\\d]{0,12}“[^“”，。；：！？\n]{1,12}”")
_HEAD = re.compile("[\u4e00-\u9fff]{1,8}")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset, frozenset]:
    """jieba's tags of a head noun's words, and the words (tagged nouns) that open a predicate."""
    t = table("metric.toml")
    stops = frozenset(t["quoted_head"]["stops"]) | frozenset(t["noun_after"]["ends_before_words"])
    return frozenset(t["quoted_head"]["noun_tags"]), stops


def quoted_head(text: str, end: int, phrase: str | None) -> str | None:
    """`phrase` run on past the quoted word it ends with to the noun after the quote; `phrase` as it
    was where it is not the words up to that quote or no noun follows."""
    m = _RUN.match(text, end)
    if not phrase or not m or phrase.replace("“", "").replace("”", "") != m.group().replace("“", "").replace("”", ""):
        return phrase
    after = _HEAD.match(text, m.end())
    if not after:
        return phrase
    from .metric_after import segmenter  # (the tagger loads on first use only)
    tags, stops = _words()
    head = ""
    for word, tag in segmenter().pos(after.group()):
        if tag not in tags or word in stops:
            break
        head += word
    return m.group() + head if head else phrase
