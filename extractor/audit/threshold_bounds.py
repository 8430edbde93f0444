"""bound: a threshold that names what it bounds after it, against that thing's value said beside it.

    电气化铁路达到 11999 公里，成为世界上第九个拥有 1 万公里以上电气化铁路的国家
        `1 万公里以上电气化铁路` says the country's electrified railway passes 1 万公里: its length
        said in the sentence or the two before or after it (the same name, unit and scope) must reach it
At `N 以上 X` the noun X after the threshold names the bounded thing (stated_bound.py reads
`10 亿元以上项目 9 个`, a threshold qualifying a count of other things, as no bound: here no count
follows). The value is named X itself (or ends with it, four characters at least): one in another
sentence, or with a name that only ends alike, gives unverifiable where the bound breaks.
"""
from __future__ import annotations

import re

from ..fact_types import SUMMABLE_TYPES
from .heads import head, same_scope, unscoped
from .model import Draft, Num, PageView
from .stated_bound import bound_draft

_NOUN = re.compile(r"^(?:以上|之上)的?(?P<noun>[\u4e00-\u9fff]{2,10}?)(?=的|[，。；、]|$)")
_SENTENCES = 2  # sentences before or after the threshold's in which its thing's value is said
_LONG = 4  # the shortest name that may end the value's


def check(view: PageView) -> list[Draft]:
    drafts = []
    for bound in view.nums:
        if bound.type not in SUMMABLE_TYPES or bound.qualifier != "over":
            continue
        m = _NOUN.match(view.text[bound.end:view.clause_end(bound.end)])
        if not m or view.between(bound.end, view.clause_end(bound.end)):
            continue  # a count after it: the threshold qualifies what it counts
        noun = m.group("noun")
        for value in _near(view, bound):
            name = unscoped(head(view, value))
            same = name == noun
            if not (same or (len(noun) >= _LONG and name.endswith(noun))) or not value.same_measure(bound) \
                    or value.qualifier in ("over", "under", "range") or not same_scope(bound, value):
                continue
            weak = None if same and value.sentence == bound.sentence else "两个数的名称或所在句子不同，未必说的是同一个数"
            drafts.append(bound_draft(bound, value, "over", weak, f"“{bound.written}以上{noun}”："))
            break
    return drafts


def _near(view: PageView, bound: Num) -> list[Num]:
    out = []
    for k in range(-_SENTENCES, _SENTENCES + 1):
        out += [n for n in view.in_sentence(bound.sentence + k) if n is not bound and n.paragraph == bound.paragraph]
    return sorted(out, key=lambda n: abs(n.start - bound.start))
