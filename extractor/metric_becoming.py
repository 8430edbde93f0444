"""Two levels of one thing joined by a verb of becoming (`园区和工业集中区由150个整合为96个`,
`研究机构将由18个发展到25个`): both counts measure the subject before 由/从, not the verb that
follows the first (整合, 发展: no counted noun) nor the last item of the subject's list. Changes
proper (由120个增加到150个) are read elsewhere already; this takes any verb before 为/到/至/成.
Words: data/metric.toml [becoming]."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .metric_subject import clause_start
from .metric_subject_scope import scope_stripped
from .metric_words import clean

_REACH = 50  # the clause back to its subject (as _from_to_subject reads it)


@lru_cache(maxsize=1)
def _level_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(after the first level: a verb, the mark, the second level; before the second level: 由, the
    first level with its unit, a verb, the mark)."""
    t = table("metric.toml")["becoming"]
    level = f"[\\d{t['numerals']}][\\d.{t['numerals']}]*[万亿]?(?:{alternation(t['approximate'])})?"
    becoming = f"[\u4e00-\u9fff]{{1,{t['verb_longest']}}}?(?:{alternation(t['to_marks'])})"
    return re.compile(becoming + f"(?={level})"), re.compile(f"[由从]{level}[\u4e00-\u9fff]{{1,2}}?{becoming}$")


def becoming_subject(text: str, start: int, end: int) -> str | None:
    """The subject before 由/从 of a number that is one of two levels joined by a verb of becoming
    (the first right after 由, the second right after the verb's 为/到); None where the number is no
    such level, where a noun follows the first level (由84个委办局减至50个: the noun after is counted),
    or the subject is shorter than two characters."""
    first, second = _level_patterns()
    if text[start - 1:start] in "由从":
        m = first.match(text, end)
        if not m or text.startswith(_NOT_VERBS, end):
            return None
        at = start - 1
    else:
        m = second.search(text, max(0, start - _REACH), start)
        if not m:
            return None
        at = m.start()
    lo = clause_start(text, at, _REACH)
    if text.startswith(_NOT_FROM, at):
        return None
    whole = clean(text[lo:at])
    subject = clean(scope_stripped(text[lo:at]))
    if whole.endswith(subject) and whole[: len(whole) - len(subject)].endswith(_JOINING):
        subject = whole  # (园区和工业集中区: a list joined by 和 is no place before its last item)
    return subject if len(subject) >= 2 else None


_NOT_VERBS = ("的",)  # 由44个的规模: no verb after the level
_NOT_FROM = ("由于", "从事", "从而")
_JOINING = ("和", "及", "与", "、")
