"""A count of the part of a set that a description defines, written with no noun after its 的:
`这些工程，年内能够交付使用的有23个` counts the projects that can be handed over, `在新建工厂中，属于
省里的是41个` those of the province. The description is what tells this count from the set's other
counts (`属于县里的是17个` in the next clause), so the phrase is the description, with the noun the set
names after a 的 where the sentence names it short (`能够交付使用的工程`): the user asking for what can
be handed over gets it, and the thing counted stays in view (bench/gold/README.md, P6 of the
numeric-facts conventions: a count of a part names the predicate that defines the part).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .metric_context import counted_head, HEADLESS, named_subject_before
from .metric_subject import clause_start
from .metric_words import COUNT_WRITTEN, clean, CLAUSE_END, DIGIT, strip_quotes, word_set

_LONGEST_DESCRIPTION = 14  # a longer description is a clause of its own, not a part's name
_LONGEST_NOUN = 8
_VERB_AFTER = re.compile("的(?:共|总共|一共)?(?:有|为|是|达|达到)")
# 在工业建设项目中: the set named as a scope (在 … 中) is the noun counted
_AMONG = re.compile("^在?(.+?)(?:之)?中$")
# 一百四十一个项目中, 24家企业中: the set a count names just before the clause of its part
_COUNTED_SET = re.compile(f"{COUNT_WRITTEN}([\u4e00-\u9fff]{{2,8}}?)(?:之)?中$")
_SETS_BACK = 3  # how many parallel descriptions (属于中央各部的是…，属于地方的是…) are passed over


@lru_cache(maxsize=1)
def _openers() -> tuple[re.Pattern, re.Pattern]:
    """The words a description opens with that are none of it (a time, 在今年内; a connective, 其中)
    and the pointers before a set's noun (这批): data/metric.toml, section [part]."""
    t = table("metric.toml")["part"]
    return (re.compile(f"^(?:{alternation(t['time_scope'])})?(?:{alternation(t['leading'])})?"),
            re.compile(f"^(?:{alternation(t['pointers'])})"))


def described_part(text: str, start: int, end: int, unit: str | None) -> str | None:
    """The description (and the set's noun) of a count written `<description>的有/是 N<unit>` that
    closes its clause; None where the clause is not of that shape or the description names nothing."""
    if unit not in word_set("noun_after", "units") or not (end == len(text) or CLAUSE_END.match(text, end)):
        return None  # (的是100多名中学生: the noun after the count names it)
    clause = text[clause_start(text, start):start]
    verb = HEADLESS.search(clause)
    if not verb:
        return None
    # (not cleaned of modals: 可以建设完工 is another part than 建设完工)
    openers, pointers = _openers()
    description = strip_quotes(openers.sub("", clause[:verb.start()].strip(), count=1))
    if len(description) < 2 or len(description) > _LONGEST_DESCRIPTION or DIGIT.search(description):
        return None
    subject, at = clean(named_subject_before(text, start)), start
    for _ in range(_SETS_BACK):
        # (属于中央各部的是N个，属于地方的是M个: the clause before is a part too; its set is the set)
        parallel = text.rfind(subject + "的", max(0, at - 2 * _LONGEST_DESCRIPTION), at) if subject else -1
        if parallel < 0 or not _VERB_AFTER.match(text, parallel + len(subject)):
            break
        subject, at = clean(named_subject_before(text, parallel)), parallel
    among = _AMONG.match(subject)
    noun = pointers.sub("", clean(among.group(1)) if among else counted_head(subject), count=1)
    named = text.rfind(noun, max(0, at - 4 * _LONGEST_DESCRIPTION), at) if noun else -1
    if named > 0 and text[named - 1] == "、":
        noun = ""  # (药店、诊所、卫生院中，证照不全的有9家: the last item alone is no set)
    counted_set = _COUNTED_SET.search(text, max(0, at - 2 * _LONGEST_DESCRIPTION), max(0, clause_start(text, at) - 1))
    if counted_set:
        noun = counted_set.group(1)  # 协助建设的141个项目中，已…投产的有17项: the set counted before
    if 2 <= len(noun) <= _LONGEST_NOUN and not set("的、") & set(noun) and not DIGIT.search(noun) \
            and noun not in description:
        return f"{description}的{noun}"
    return description
