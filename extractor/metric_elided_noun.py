"""The noun a count leaves out because its classifier bound it just before: narrative prose names a thing
once with its classifier (`编写了一本《国防教育读本》`, `家有３００多头牲畜`, `捐赠的１０００件棉大衣`) and then
counts it by the classifier alone after an act (`购买了３０００本，`, `雪灾中只剩下５０多头了`, `尚有４０００件
正在赶运途中`). Such a count counts that noun, not the act before it: the act is what was done to the things
(kept in front where it is one, as metric_places.elliptic_count does for a bare verb). The count must have
nothing after its classifier but an aspect word and a break, or an adverb of state opening the predicate; the
clause before must end in a verb of an act (jieba's tag v), and where that verb only says there are some
(有, 剩, 是) nothing else but adverbs may stand before it, since `吨粮县就有５个` names what it counts
itself. The earlier noun: the nearest count before in the paragraph with the same classifier and a noun
(or a title in 《》, a quoted name) right after it. A classifier of things of any kind (个, 件, 项) counts the
earlier noun only after a verb of there being some (尚有４０００件) or the earlier count's own verb (投进了３个
三分球…投进了１１个): after another act it counts what that act made (签约了１２个, after 建成３个产业园区, are
projects); and an earlier count of one thing (受理了一件离婚案) names
an instance, no kind, unless a title names it (copies of 一本《国防教育读本》). A verb the tagger splits from its
complement (买/走) is kept whole. Words: data/metric.toml, section [elided_noun]."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .clauses import BREAKS, with_halfwidth
from .lexicon import alternation, table
from .metric_cut import head_words

_REACH = 150  # how far back the earlier count may stand (a paragraph's few sentences)
_CLAUSE = 14  # how much of the clause before the number is read for its verb
_CJK = "[\u4e00-\u9fff]"


@lru_cache(maxsize=1)
def _shapes() -> tuple[re.Pattern, re.Pattern, frozenset, frozenset]:
    t = table("metric.toml")["elided_noun"]
    # (nothing after the classifier: 了 then a break, or an adverb of state that opens the predicate)
    bare = re.compile(f"(?:{alternation(t['aspects'])})?(?:[{re.escape(with_halfwidth(BREAKS))}]|$)"
                      f"|(?:{alternation(t['state_adverbs'])}){_CJK}")
    # (an earlier count: digits or Chinese numerals, 多/余, the classifier filled in by the caller)
    number = re.compile(f"(?:[\\d.．·]+|[{t['numerals']}]+)[多余]?$")
    return bare, number, frozenset(t["existing_verbs"]), frozenset(t["adverb_tags"])


def _act_verb(clause: str) -> str | None:
    """购买了 → 购买, 雪灾中只剩下 → 剩下, 尚有 → 有: the verb the clause ends with, where it is an act or
    an existential with only adverbs before it; None otherwise."""
    from .metric_after import segmenter  # (the metric's tagger; late: metric_after imports the readers)
    _, _, existing, adverbs = _shapes()
    aspects = tuple(table("metric.toml")["elided_noun"]["aspects"])
    words = segmenter().pos(clause[-_CLAUSE:])
    while words and words[-1][0] in aspects:
        words.pop()
    if not words or words[-1][1] != "v":
        return None
    if words[-1][0] in _not_acts():
        return None  # (增加到１０６个, 共计七十一个, 超过５个: a level reached or a total, no act on the things)
    while len(words) > 1 and words[-2][1] == "v":  # (买走, 吃完 read as two verbs: the act is both)
        words[-2:] = [(words[-2][0] + words[-1][0], "v")]
    verb = words[-1][0]
    # (雪灾中只剩下, 一场冰雹后只剩下: words up to a word of position are a frame of time or place, no noun named)
    frame = max((i + 1 for i, (_, tag) in enumerate(words[:-1]) if tag == "f"), default=0)
    named = [tag for _, tag in words[frame:-1]]
    if any(v in verb for v in existing) and any(tag not in adverbs for tag in named):
        return None  # (吨粮县就有５个: the noun before 有 is what is counted)
    return verb


def _same_act(before: str, verb: str) -> bool:
    """The earlier count follows the same verb as the later (投进了３个三分球…投进了１１个): a generic
    classifier then counts the same things."""
    aspects = "".join(table("metric.toml")["elided_noun"]["aspects"])
    return before.rstrip(aspects).endswith(verb)


def _one_thing(number: str) -> bool:
    """The earlier count is of one thing (一, 1): a single instance, named so, is no kind unless a title
    names it (一本《国防教育读本》: copies of it)."""
    return number.strip() in table("metric.toml")["elided_noun"]["one"]


@lru_cache(maxsize=1)
def _not_acts() -> frozenset:
    t = table("metric.toml")
    return frozenset(t["elided_noun"]["not_acts"] + t["reaching"]["verbs"])


def _noun_after(text: str, at: int, measure: Callable[[int, int], str | None], start: int) -> str | None:
    """The noun right after the classifier ending at `at`: a title or quoted name whole, else the noun as
    read, where it stands right after the classifier and is a noun with no verb in it (３户全部脱贫, １台供接送外宾:
    none)."""
    from .metric_after import segmenter
    opener = text[at:at + 1]
    if opener in "《“\"":
        close = text.find({"《": "》", "“": "”"}.get(opener, '"'), at + 1, min(len(text), at + 24))
        return text[at + 1:close] if close > at + 2 else None
    noun = measure(start, at) if re.match(_CJK, text[at:at + 1]) else None
    if not noun or not text.startswith(noun, at) or noun in table("metric.toml")["elided_noun"]["not_nouns"]:
        return None
    words = segmenter().pos(noun)
    # (a verb inside is a predicate read on: 苏门达腊虎误入当地)
    return noun if words and words[-1][1].startswith("n") and not any(t.startswith("v") for _, t in words) else None


def elided_noun(text: str, start: int, end: int, unit: str, clause: str,
                measure: Callable[[int, int], str | None]) -> str | None:
    """购买了３０００本 (after 编写了一本《国防教育读本》) → 购买国防教育读本: the noun the count's classifier bound
    last before in the paragraph, after the act of its clause; None where the shape does not hold.
    `clause`: the raw words of the count's clause before it; `measure(s, e)`: the metric of the count at
    [s, e) (its noun)."""
    bare, number, existing, _ = _shapes()
    if not unit or not bare.match(text, end):
        return None
    verb = _act_verb(clause)
    if not verb:
        return None
    exists = any(v in verb for v in existing)
    generic = not exists and unit in table("metric.toml")["elided_noun"]["generic_units"]
    floor = max(0, text.rfind("\n", 0, start) + 1, start - _REACH)
    at = text.rfind(unit, floor, start)
    while at > floor:
        m = number.search(text, floor, at)
        if m:
            noun = _noun_after(text, at + len(unit), measure, m.start())
            if noun and noun in clause:
                return None  # (苏门达腊虎在岛上仅存５００余只: the clause names what it counts itself)
            if generic and not _same_act(text[max(floor, m.start() - _CLAUSE):m.start()], verb):
                return None  # (建成３个产业园区…签约了１２个: a classifier of any kind names what this act did)
            if noun and _one_thing(text[m.start():m.end()]) and text[at + len(unit)] not in "《“\"":
                return None  # (受理了一件离婚案…审结了３００件: one case is no kind the later count counts)
            if noun and len(noun) >= 2 and noun != verb:
                return noun if exists else head_words(verb + noun)
            return None
        at = text.rfind(unit, floor, at)
    return None
