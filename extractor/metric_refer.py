"""What a number refers back to or is named by a word next to it: the same amount said before
(`经费只有2000万元。…都来争这2000万元`), the amount before a share clause with no part of its own
(`其中有17个奥运会小项的世界冠军，占总数的18.5%`), a noun of money opening the words after an amount
(`10亿美元资金投入了…`), the close of a frame of exception (`除4亿美元的资本金外`). Used by metric.py;
the words live in data/metric.toml ([anaphora], [money_nouns], [exception])."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .metric_after import ends_in_head
from .metric_nouns import currencies, share_words
from .metric_subject import clause_start
from .metric_words import names_money, word_set, word_tuple

_SENTENCE_START = re.compile("[。！？\n：]")
_ANAPHORA_REACH = 300
ASPECT = ("了", "着", "过")


def same_amount_before(text: str, start: int, end: int, unit: str | None) -> int | None:
    """Where 这/这些 stand before a count or money amount said earlier (within _ANAPHORA_REACH),
    the start of that earlier mention; None elsewhere."""
    if not (unit in currencies() or unit in word_set("noun_after", "units")):
        return None
    words = word_tuple("anaphora", "words")
    if not text.endswith(words, max(0, start - 2), start):
        return None
    before = text.rfind(text[start:end], max(0, start - _ANAPHORA_REACH), start - 1)
    if before < 0 or text.endswith(words, max(0, before - 2), before):
        return None
    return before


def amount_of_share(text: str, start: int) -> tuple[int, int, str] | None:
    """A share clause with no part of its own (…，占总数的18.5%): the amount before it that names
    its part, as amount_before gives it; None where the clause holds more than the share."""
    at = clause_start(text, start)
    if not (at > 0 and text[at - 1] in "，；" and share_words()[0].match(text, at, start)):
        return None
    return amount_before(text, at)


@lru_cache(maxsize=1)
def _amount() -> tuple[re.Pattern, re.Pattern]:
    t = table("metric.toml")
    units = [*t["noun_after"]["units"], *table("money.toml")["units"].values(), "人", "人次", "户"]
    number = re.compile("\\d[\\d.,，．·]*(?:多|余)?[万亿]*")
    return number, re.compile(f"(?:{alternation(units)})")


_BREAK = re.compile("[，；](?!\\d{3}(?!\\d))|(?<!\\d)，")


def amount_before(text: str, at: int) -> tuple[int, int, str] | None:
    """The last amount (a count or money) in the two clauses before `at`, within its sentence, past
    rates: (start, end, unit); None where the last number there is of another kind (a quantity, a
    bare number: 灌溉面积达到了21.15万亩, 覆盖人口997.79万)."""
    opening = max((m.end() for m in _SENTENCE_START.finditer(text, max(0, at - 120), at)), default=max(0, at - 120))
    # (２，８４９，４０５，０００元: a comma between digits groups thousands and breaks no clause)
    breaks = [m.start() for m in _BREAK.finditer(text[opening:at])]
    if not breaks:
        return None
    floor = opening + (breaks[-3] + 1 if len(breaks) >= 3 else 0)
    number, unit = _amount()
    for m in reversed(list(number.finditer(text, floor, at))):
        if text.startswith(("%", "％", "个百分点"), m.end()):
            continue  # (增长12.7%，占…: the rate is passed over)
        u = unit.match(text, m.end())
        return (m.start(), u.end(), u.group()) if u else None
    return None


def money_head(after: str) -> str | None:
    """共有10亿美元资金投入了这些投资计划: a noun of money that opens the words after an amount, a
    predicate after it, names the amount; not before a purpose (资金支持再就业, as the gold names it)
    nor inside a compound (现金回笼计划)."""
    heads = word_tuple("money_nouns", "heads")
    if not after.startswith(heads):
        return None
    head = next(w for w in heads if after.startswith(w))
    rest = after[len(head):]
    compound = ends_in_head(after) and not any(mark in rest for mark in ASPECT)  # (投入了这些投资计划: a predicate)
    if not rest or rest.startswith(word_tuple("money_nouns", "purposes")) or compound:
        return None
    return head


def money_before_predicate(after: str) -> str | None:
    """首批20亿元市级产业引导基金投运: the words after an amount that end in a noun of money, then
    a predicate (a verb, an adverb), name the amount, as a noun of money right after it does; the noun
    ends at a word boundary (jieba's) so that 金 inside 金融 ends nothing. Not inside a compound that
    ends in a head (现金回笼计划) nor before a purpose (资金支持再就业), as money_head. None elsewhere."""
    if len(after) < 4:
        return None
    from .metric_after import described_patterns, segmenter  # (late: the tagger loads on first use
    _, tags = described_patterns()
    tagged = segmenter().pos(after)
    # (基金投运: a verbal noun that closes the words is their predicate, unless jieba's noun-like verbs)
    closing_verb = tagged[-1][1] == "vn" and tagged[-1][0] not in tags["head_verbs"]
    if ends_in_head(after) and not closing_verb and not any(mark in after for mark in ASPECT):
        return None
    noun = ""
    for i, (word, _) in enumerate(tagged[:-1]):
        noun += word
        predicate = tagged[i + 1][1] in tags["predicate_opening_tags"] or (closing_verb and i + 2 == len(tagged))
        if names_money(noun) and predicate:
            return None if after[len(noun):].startswith(word_tuple("money_nouns", "purposes")) else noun
    return None


@lru_cache(maxsize=1)
def _exception_close() -> re.Pattern:
    return re.compile(f"(?:{alternation(table('metric.toml')['exception']['closes'])})$")


def without_exception_close(before: str, after: str) -> str:
    """除４亿美元的资本金外: after 除 the frame's closing word is no part of the noun after the amount."""
    return _exception_close().sub("", after) if before.endswith(word_tuple("exception", "opens")) else after
