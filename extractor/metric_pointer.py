"""A share named again by a pointing word: `这个比重`, `这一比例`, `该比重` measure the share the text
named just before (`轻工业的产值在工业总产值中的比重逐年下降。在一九五〇年，这个比重约为百分之六十`:
the share of light industry's output, not a bare `比重`). The words live in data/metric.toml,
section [share] (`pointers`, `nouns`, `openers`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .metric_words import clean

# how far back the share named before is looked for: the sentence before, a long one included
_REACH = 160
# a share's phrase starts after a break of a clause or a sentence (a list mark 、 goes on inside it)
_PHRASE_START = re.compile("[，。；：！？\n,;:!?]")
_SENTENCE_START = re.compile("[。；！？\n;!?]")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    t = table("metric.toml")["share"]
    nouns = alternation(t["nouns"])
    pointer = re.compile(f"(?:{alternation(t['pointers'])})(?:{nouns})")
    # the share noun not right after a pointer: the share itself named
    named = re.compile(f"(?<![一个此该])(?:{nouns})")
    opener = re.compile(f"^(?:{alternation(t['openers'])})")
    return pointer, named, opener, re.compile(f"(?:{nouns})+")


def bare_share(phrase: str | None) -> bool:
    """A phrase of nothing but share nouns (`比重`): it names no part whose share it is."""
    return bool(phrase) and _patterns()[3].fullmatch(phrase) is not None


def pointed_share(text: str, start: int, sentence: bool = False) -> str | None:
    """The share a pointing word in the number's clause (or, with `sentence`, in its sentence before
    it: `这个比重约为60%，而在一九五五年只有48%`) names again, as the text named it before
    (`轻工业的产值在工业总产值中的比重`); None where there is no pointer or nothing before names
    a share."""
    pointer, named, opener, _ = _patterns()
    breaks = _SENTENCE_START if sentence else _PHRASE_START
    clause = breaks.search(text[max(0, start - 60):start][::-1])
    lo = start - clause.start() if clause else max(0, start - 60)
    m = pointer.search(text, lo, start)
    if not m:
        return None
    last = None
    for last in named.finditer(text, max(0, m.start() - _REACH), m.start()):
        pass
    if last is None:
        return None
    cut = _PHRASE_START.search(text[max(0, last.start() - _REACH):last.start()][::-1])
    begin = last.start() - cut.start() if cut else max(0, last.start() - _REACH)
    phrase = opener.sub("", text[begin:last.end()])
    phrase = clean(phrase)
    return phrase if len(phrase) > len(last.group()) else None
