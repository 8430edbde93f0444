"""A count that closes a list of examples (`受灾较重的有甲县、乙县等１１个县`, `调查的商品包括食品、饮料、服装等
５５种`) counts what the words before the list name: the description before `的有` (`受灾较重`, with the
noun after the count: `受灾较重的县`) or the subject before `包括` (`调查的商品`), not the examples, which
are only some of the counted (news prose names a set by a few of its members and a total). The list
holds two items or more, joined by 、 or 和, closed by 等; where the words before it name only scope (a
place, a time: `今年有北京、上海等５个城市`) nothing is changed. After 包括 the subject names the count only where
the count has no noun of its own or the same one (`这批企业包括…等８个行业`: the sectors are counted, not the
firms). A count of people (`受表彰的有张三、李四等３０人`) is read so too, its unit the noun counted. Words:
data/metric.toml [examples]."""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import BREAKS
from .lexicon import alternation, table
from .metric_words import clean, DIGIT, number_scope, word_set
from .metric_cut import trim

_BREAKS = BREAKS
_REACH = 80  # how far back the clause is read for its list (characters)
_NOUN_AFTER = re.compile(f"[\u4e00-\u9fff]{{1,4}}(?=[{_BREAKS}、]|$)")


@lru_cache(maxsize=1)
def _shape() -> re.Pattern:
    t = table("metric.toml")["examples"]
    item = f"[^{_BREAKS}、\\d]{{1,16}}"
    # the owner, the verb, two items or more, 等, and counts of the list's other kinds before this one
    # (等１１个县、５７个乡: the second count closes the same list)
    return re.compile(f"(?P<owner>[^{_BREAKS}]{{2,30}}?)(?P<verb>{alternation(t['verbs'])})"
                      f"{item}(?:[、和]{item})+等(?:\\d[\\d.·]*[^{_BREAKS}、\\d]{{0,8}}、)*$")


def counts_examples(unit: str | None) -> bool:
    """A count in this unit may close a list of examples: a classifier of things, or people ([examples])."""
    return unit in word_set("noun_after", "units") or unit in table("metric.toml")["examples"]["people_units"]


def listed_examples(text: str, start: int, end: int) -> str | None:
    """What the count at [start, end) counts where it closes a list of examples after 的有 or 包括 in its
    clause; None where it closes no such list or the words before it name only scope."""
    lo = max(0, start - _REACH)
    brk = max(text.rfind(c, lo, start) for c in _BREAKS)
    m = _shape().search(text, brk + 1, start)
    if not m:
        return None
    owner = clean(m.group("owner"))
    scope = table("metric.toml")["examples"]["scope_words"]
    if len(owner) < 2 or DIGIT.search(owner) or number_scope().fullmatch(owner) or owner in scope:
        return None
    noun = _NOUN_AFTER.match(text, end)
    people = [u for u in table("metric.toml")["examples"]["people_units"] if text.endswith(u, start, end)]
    counted = noun.group() if noun else (people[0] if people else "")
    if m.group("verb").startswith("的"):
        return trim(owner + "的" + counted) if counted else trim(owner)
    if noun and not owner.endswith(noun.group()):
        return None  # (这批企业包括纺织、机械等８个行业: the count's own noun, another set than the subject)
    return trim(owner)
