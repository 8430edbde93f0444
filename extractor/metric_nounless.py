"""A metric names a thing: a phrase read for a number that holds neither a noun nor a verb of content (an
adverb, a modal, a function word alone: `终于`, `大都`, `以`) names nothing measured. The thing is then the noun
after `N的` (`大都10%以上的企业利润`), or the subject the clauses before name where it names a thing. Where none names one the phrase is kept as read. A verb is kept: the gold names the act done to what is
counted so (`死亡`, `审结`, `带动就业`: bench/gold/README.md P6); so are acts of handing an amount over (`将500元钱
交到…`, data/metric.toml [money_handed]). A noun is a word jieba tags as one ([nounless] noun_tags) or a head noun
it tags as a verb (举措, 措施: [described] head_verbs)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .lexicon import table
from .metric_after import noun_before_function, segmenter, words_after
from .metric_cut import head_words, noun_head
from .metric_words import clean, DIGIT
from .metric_cut import trim


@lru_cache(maxsize=1)
def _tags() -> tuple[frozenset, frozenset, frozenset]:
    t = table("metric.toml")
    return (frozenset(t["nounless"]["noun_tags"]), frozenset(t["described"]["head_verbs"]),
            frozenset(t["money_handed"]["marks"]))


def names_thing(phrase: str) -> bool:
    """Whether `phrase` holds a noun (jieba's tags, or a head noun tagged as a verb)."""
    nouns, heads, _ = _tags()
    return any(tag in nouns or word in heads for word, tag in segmenter().pos(phrase))


def names_nothing(phrase: str) -> bool:
    """终于, 大都, 以, 可: every word of `phrase` an adverb, a conjunction, a preposition or a particle alone, or
    a modal ([nounless] empty_tags, modals). A verb of content names the act done (死亡, 审结,
    需要: the gold names an act done to the counted so, bench/gold/README.md P6); a word jieba mis-tags a
    numeral (层次) or a pronoun (本科; 其余 names the rest of a whole) is read as before."""
    t = table("metric.toml")["nounless"]
    tagged = segmenter().pos(phrase)
    return bool(tagged) and all(tag in t["empty_tags"] or word in t["modals"] for word, tag in tagged)


_HANDED_REACH = 8  # how far before the amount 把/将 may stand (终于将5200万里拉…归还: within the clause)


def thing_named(text: str, start: int, end: int, unit: str | None, phrase: str | None,
                subject_before: Callable[[], str]) -> str | None:
    """The thing measured where `phrase`, read for the number at [start, end), names none (see the module);
    None where the phrase names a thing, is an act of handing over, or nothing else names one."""
    if not phrase or not names_nothing(phrase):
        return None
    _, _, marks = _tags()
    before = text[max(0, start - _HANDED_REACH):start]
    if any(m in re.split("[，。；：！？]", before)[-1] for m in marks):
        return None  # (并将500元钱交到…: the act of handing it over names it)
    after = words_after(text, end)
    if after:
        noun = clean(noun_before_function(noun_head(after.words)))
        if len(noun) >= 2 and not DIGIT.search(noun) and names_thing(noun):
            return head_words(noun)
    subject = subject_before()
    return trim(subject) if subject and _plain_noun(subject) else None


def _plain_noun(words: str) -> bool:
    """正文每页含图, 城镇职工基本养老保险单位缴费比例: words that end in a head noun and open with no word of a
    frame (a preposition, an adverb, a conjunction, a pronoun: 经过…, 便毅然决定, 在…的同时) and close no scope
    (…情况下, …之后: a localizer), with no number: a subject read back that names a thing; not a clause
    before that only sets the scene."""
    tagged = segmenter().pos(words)
    t = table("metric.toml")["nounless"]
    heads = table("metric.toml")["described"]["head_end_tags"]
    return bool(tagged) and not DIGIT.search(words) and tagged[0][1] not in t["frame_tags"] \
        and tagged[-1][1] in heads and not any(tag in t["scope_tags"] for _, tag in tagged) \
        and noun_before_function(words) == words
