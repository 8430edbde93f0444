"""A count of people introduced by 有 with what they do after it, `<scope>有N人<predicate>`:
`某国去年有5230人死于车祸`, `仅某市就有700多人因摔倒住院`, and with no 有 after a place or a time alone (`安徽40万人摆脱贫困`), `场外还有80多人因无票而离开` (离开: the cause is why, metric_cause.py). The words
before 有 are then where or when (a place, a time, a phrase of reporting), not who: the people are
named by the predicate after the number, as for a count opening its clause (`300人参加了考试`). Where
the words before 有 hold a noun of people (`中国运动员有29人…`, `养路工人有9人受伤`) they name who
is counted and nothing is changed. So for the object of a verb after which the people act
(`每年扶持30万人脱贫`, `造成至少24人死亡`, `停电使附近地区的300多万人无电可用`) and of a verb of
learning (`已证实一人死亡`): the words before the verb name who caused or learned it. Words:
data/metric.toml, sections [existential], [reporting] and [agreement] (people)."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .lexicon import alternation, table
from .metric_subject import clause_start
from .metric_words import clean

# what may follow the count for the rule to read a predicate: a character that opens one
_NOT_PREDICATE = "，。；：、的）)！？…\n"
_WHERE = re.compile("^在[^，。；：、\\d]{1,12}?[中上里内下]")
_AFTER = 40  # (more than a clause reader looks after the number)
_PEOPLE_ENDS = "员者"  # the one-character nouns of people that end no other common word
_DESCRIBED = "[^，。；：、！？的\\d\n]{2,10}的"  # a short description with no number or break in it


@lru_cache(maxsize=1)
def _shapes() -> tuple[re.Pattern, tuple[str, ...], frozenset]:
    t = table("metric.toml")
    e = t["existential"]
    verbs = e["marks"] + e["pivots"] + t["reporting"]["verbs"]
    # (就有来自全国各地的近5000人前来瞻仰: a description ending in 的 may stand between too)
    mark = re.compile(f"(?:{alternation(verbs)})(?:{alternation(e['aspects'])})?"
                      f"(?:{_DESCRIBED})?(?:{alternation(e['between'])})?$")
    return mark, tuple(t["agreement"]["people"]), frozenset(e["units"])


def _scope_only(words: str) -> bool:
    """安徽, 去年河北省, 昨天上海: the words are places and times only, at least one of them a place."""
    from .metric_after import segmenter  # (the metric's tagger)
    from .metric_places import one_place  # (late: metric_places reads the readers this module serves)
    tagged = segmenter().pos(clean(words)) if words.strip() else []
    return bool(tagged) and all(t == "t" or one_place(w) for w, t in tagged) and any(one_place(w) for w, _ in tagged)


def people_predicate(text: str, start: int, end: int, unit: str | None,
                     read: Callable[[str, int, int], str | None]) -> str | None:
    """The predicate after a count of people that 有 introduces after words of scope; None where
    the shape does not hold, the words before 有 name people, or the predicate reads to nothing.
    `read(window, s, e)`: the metric of the count at [s, e) of `window`."""
    mark, people, units = _shapes()
    if unit not in units or end >= len(text) or text[end] in _NOT_PREDICATE:
        return None
    lo = clause_start(text, start)
    has = mark.search(text, lo, start)
    # (安徽４０万人摆脱贫困, 昨天上海５０００人参加了长跑: a place or a time alone before the count is scope too)
    scope = not has and _scope_only(text[lo:start])
    if not has and not scope:
        return None
    before = clean(text[lo:has.start() if has else start])
    if any(noun in before for noun in people if len(noun) >= 2 or noun in _PEOPLE_ENDS):
        return None  # (养路工人有9人受伤, 乘务员每天有400多人…: who is counted)
    # the count read as if it opened its clause (300人参加了考试), the break before the clause kept
    prefix = text[lo - 1:lo] if lo > 0 else ""
    after = text[end:min(len(text), end + _AFTER)].split("\n", 1)[0]  # (a headline's line ends its predicate)
    phrase = read(prefix + text[start:end] + after, len(prefix), len(prefix) + end - start)
    where = _WHERE.match(after)
    if where and phrase and phrase in where.group():
        # (在凛冽的寒风中排队等候: a word of the place the act is done in is none of what they do)
        phrase = read(prefix + text[start:end] + after[where.end():], len(prefix), len(prefix) + end - start)
    return phrase if phrase and len(phrase) >= 2 and (not before or phrase not in before) else None
