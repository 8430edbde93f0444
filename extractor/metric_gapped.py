"""A count then a relative clause that closes on its verb: `N个 X V的 Y` (`两个国家重点扶持的贫困县`,
`七个经济较发达的市`, `３种味道不同的咖啡`). X names who does V (国家) or what has the trait (经济, 味道), and V,
standing right before 的 with no object of its own, leaves its object or its bearer to the noun after 的: Y is
what is counted, not X. Read only where the plain description reader (metric_after.described_noun) said
nothing, since it takes a noun then a verb for a clause of its own (`８个子公司采取双向选择的办法`: there the
verb has its object before 的, and X is counted; `居民拿到了期待已久的钥匙`: two predicates, a clause).
Not where the verb is one of making up a whole (`２００多位音乐家组成的乐队`: the players are counted), nor
where the classifier counts a kind of noun (people for 名/位, data [agreement]) that Y does not end with.
A classifier of one kind of thing (辆, 根, 台) counts X where X names it (`１００万辆汽车排出的二氧化碳`): only
classifiers that count anything (个, 项, 种) or those whose kind Y names let Y win. An adverb that spreads the act over
many doers (`１００多个国家普遍采用的标准`: 普遍, 相继, 纷纷) asks for a plural subject: X is counted. A one-character Y (`市`) names too little alone: the whole `X V的Y` is given. The tags live in
data/metric.toml, section [gapped]."""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import BREAKS, BRACKETS
from .lexicon import table
from .metric_after import segmenter
from .metric_agree import classifier_heads

# the words before 的 (up to 10 characters) and the noun after it (up to 12), within the clause
_SHAPE = re.compile(f"([\u4e00-\u9fff]{{2,10}}?)的([^的{re.escape(BREAKS + BRACKETS)}\\d“”]{{1,12}})")


@lru_cache(maxsize=1)
def _tags() -> dict[str, frozenset]:
    return {k: frozenset(v) for k, v in table("metric.toml")["gapped"].items()}


def gapped_noun(words: str, unit: str | None) -> str | None:
    """The noun after 的 in `words` (the text right after the count in `unit`) where the words before 的
    are nouns (and adverbs) closed by one predicate; None where they are not so or the lists say no."""
    m = _SHAPE.match(words)
    if not m:
        return None
    t = _tags()
    before = segmenter().pos(m.group(1))
    last_word, last_tag = before[-1]
    if last_tag not in t["predicate_tags"] or last_word in t["not_gapping"] or before[0][1] not in t["subject_tags"]:
        return None
    inner = before[1:-1]
    if any(tag not in t["subject_tags"] and tag not in t["adverb_tags"] for _, tag in inner):
        return None  # (a second predicate or a preposition: a clause of its own)
    # a trait (an adjective) or a verb done in a manner (重点扶持, 较发达) is said of the thing after 的; a bare verb
    # after a noun the classifier counts is where or what those counted do (一百多个城市播映的电视片: 城市 counted)
    if any(word in t["plural_adverbs"] for word, _ in inner):
        return None  # (an act spread over many doers: the doers are what the number counts)
    manner = any(tag in t["adverb_tags"] or word in t["manner_words"] for word, tag in inner)
    if last_tag not in t["trait_tags"] and not manner:
        return None
    noun = ""
    for word, tag in segmenter().pos(m.group(2)):
        if tag not in t["noun_tags"] and not (word in t["head_characters"] and noun == ""):
            break
        noun += word
    if not noun:
        return None
    heads = classifier_heads().get(unit or "")
    if heads and not noun.endswith(heads):
        return None  # (２００多位音乐家…的乐队: 位 counts people, the band is none)
    if not heads and unit not in t["any_units"]:
        return None  # (１００万辆汽车排出的二氧化碳: 辆 counts the cars, never what they give off)
    return noun if len(noun) >= 2 else m.group(1) + "的" + noun
