"""Where a share's whole stands when it is not in the share's own sentence: how numbers are named.

Real bulletins state a total once and give its shares sentences or paragraphs later. This module
holds what the searches for such a whole share, the names of numbers (`own_name`, `bare_name`,
the tails two names end with) and the wholes found by a name alone:

    在本乡内务工的为 Y 万人，占劳动力总数的 87%；在本乡以外的为 Z 万人，占 13%
        a bare `占` after a share of the same sentence that named its whole: the same whole
    东部地区共有农村劳动力 Y 万人，占全国总量的 40%
        a whole named by its scope only (`全国`): the number whose label holds the scope and
        the part's own name (`全国农村劳动力`)
A total stated before (`其中` after it, `共`, the same name) is total_wholes.py's; a plan or
target, plan_wholes.py's.

Every search looks back a bounded number of facts (the audit stays linear in page length) and
decides from the words alone: whether the arithmetic holds is what the check then tells.
"""
from __future__ import annotations

import re

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .model import Num, PageView

BACK = 120  # facts before a share, in its article, among which its whole is looked for
_AFTER = 400  # characters after a rate per mille in which its population may be said
_NAME = 3  # characters of a part's own name that a whole named by scope only must repeat
_VERBS = "为是达有：:约近"
# `户籍总人口`: a total mark between a scope and a head noun of two characters or more names the
# total of the head noun, that is the same number as `户籍人口`
_INNER_TOTAL = re.compile(r"(?<=.)[总總](?=[^总總的]{2,}$)")
_OPENER = 24  # characters at a sentence's start in which `X中，` names its scope


def article_before(view: PageView, p: Num, count: int = BACK) -> list[Num]:
    """Numbers of p's article (amounts and counts) that end before it, nearest last."""
    return [n for n in view.before(p.start, count) if n.article == p.article and n.type in SUMMABLE_TYPES]


def own_name(view: PageView, n: Num) -> str:
    """The words naming a number, without the verb before it: `东部地区共有农村劳动力`."""
    return view.label_before(n, 30).rstrip(_VERBS)


def without_inner_total(name: str) -> str:
    """`户籍总人口` gives `户籍人口`; a name with 总 at its start or end is left as it is."""
    return _INNER_TOTAL.sub("", name, count=1)


def by_subject(view: PageView, subject: str, outside: list[Num]) -> list[Num]:
    """The numbers a share's subject names: their label holds its last words; where some
    clause before a number holds the whole subject, numbers inside it too (`60岁及以上人口`,
    not `65岁及以上人口`, whose labels both end `及以上人口`), only those."""
    # (the tail's word as the subject writes it: `三大产业增加值` names no `工业增加值`, though both end `业增加值`)
    named = [n for n in outside if _names(view.label_before(n), subject[-4:], subject[-5:-4])]
    whole = [n for n in named if subject in view.text[view.clause_start(n.start):n.start]]
    return whole or named


def _names(label: str, tail: str, lead: str = "") -> bool:
    """The label names `tail` itself: `非税收入` holds `税收` but names what is not 税收 (its
    complement), so a share of 税收 is not taken on it; with `lead`, the character the subject writes before the
    tail, the label writes that one before it too where it writes one (`工业增加值` is no `产业增加值`)."""
    at = label.find(tail)
    while at >= 0:
        if not label[:at].endswith(cues.words("rate", "complement_prefixes")) \
                and (not lead or at == 0 or label[at - 1] == lead):
            return True
        at = label.find(tail, at + 1)
    return False


def bare_name(view: PageView, n: Num) -> str:
    """own_name without a total word at its end (`本年收入合计` gives `本年收入`): the name of
    the amount itself, where `本年收入增长` names a change of it."""
    name = own_name(view, n)
    for w in cues.words("rate", "total_words"):
        if name.endswith(w):
            return name[: -len(w)]
    return name


def common_tail(a: str, b: str) -> str:
    """The words two names end with: `龙头企业营业收入` and `规上企业实现营业收入` give `营业收入`."""
    k = 0
    while k < min(len(a), len(b)) and a[-k - 1] == b[-k - 1]:
        k += 1
    return a[len(a) - k:]


def shared_tail(a: str, b: str) -> str:
    """The longest tail of name `a` that `b` holds: `东部地区共有农村劳动力` in `全国农村劳动力为`
    gives `农村劳动力`."""
    for k in range(len(a), 0, -1):
        if a[-k:] in b:
            return a[-k:]
    return ""


def opener(view: PageView, p: Num) -> str:
    """The whole a sentence opens with as its scope, without a number (`全体委员中，` gives
    `全体委员`); empty where the sentence does not open so."""
    start = view.sentences[p.sentence].start
    head = view.text[start:min(p.start, start + _OPENER)]
    m = cues.pattern("rate", "scope_after").search(head)
    if m is None or view.between(start, m.start()):
        return ""
    return head[:m.start()].lstrip("在从对")


def scoped_total(view: PageView, scope: str, part: Num, candidates: list[Num]) -> Num | None:
    """`占全国总量的`: the nearest earlier number whose label holds the scope and the part's own
    name (`东部地区共有农村劳动力` and `全国农村劳动力为`)."""
    name = own_name(view, part)
    for n in reversed(candidates):
        label = view.label_before(n, 30)
        if scope in label and len(shared_tail(name, label)) >= _NAME:
            return n
    return None


def share_part(view: PageView, n: Num) -> bool:
    """n is the part of a share said right after it (`948 人，占 50.97%`)."""
    after = view.text[n.end:n.end + 8]
    return after.lstrip("，, ").startswith(("占", "佔"))


def population(view: PageView, p: Num, num: Num) -> Num | None:
    """The population a rate per mille is taken on (`年末常住人口 X 万人`), said before it in the
    article or after it in its paragraph: the nearest number of the numerator's measure named
    with a population word (data/cues.toml [rate] population_words), not one category of it (城镇常住人口)."""
    after = [n for n in view.between(p.end, p.end + _AFTER) if n.paragraph == p.paragraph]
    near = sorted(article_before(view, p) + after, key=lambda n: abs(n.start - p.start))
    for n in near:
        if n.same_measure(num) and n.value > num.value \
                and cues.contains_any(view.label_before(n, 30), "rate", "population_words") and not category_part(view, n):
            return n
    return None


def category_part(view: PageView, n: Num) -> bool:
    """A population that is one category of the whole (`其中城镇常住人口 301.26 万人`: its name opens with a member of
    a category set, data/complementary.toml), not the population a rate is taken on."""
    label = view.label_before(n, 30)
    for w in cues.words("sum", "partial"):
        label = label.split(w)[-1]
    return any(label.startswith(m) for members in cues.complementary_sets() for m in members)


def words_of(view: PageView, n: Num) -> str:
    """The words before and after a number: `委员 1860 名` gives both `委员` and `名`."""
    return view.label_before(n) + view.noun_after(n)


def total_said(view: PageView, n: Num) -> bool:
    """n is said as a total (`共夺得`, `累计筹集`, `合计`): a total word in the words before it."""
    return cues.contains_any(view.label_before(n, 12), "rate", "total_words") is not None


def total_of(view: PageView, n: Num, name: str) -> bool:
    """Whether n is stated as the total of `name`: `委员共`, `全体委员`, `委员总数为`."""
    own = own_name(view, n)
    bare = bare_name(view, n)
    if bare != own and _ends_with_name(bare, name):
        return True  # `委员共`, `委员合计`
    return any(_ends_with_name(own, name + w) or own.endswith(w + name)
               for w in cues.words("rate", "whole_suffixes") + cues.words("rate", "whole_scopes"))


def _ends_with_name(label: str, name: str) -> bool:
    """A label ending with a name, not only with the tail of a longer word (`进出口总值` does not
    end with `出口总值`'s name: data/cues.toml [rate] longer_words)."""
    return label.endswith(name) and not in_longer_word(label, len(label) - len(name), name)


def holds_name(label: str, name: str) -> bool:
    """A label holding a name as words of its own, not as the tail of a longer word (`进出口总值`
    holds no `出口总值`)."""
    at = label.find(name)
    while at >= 0:
        if not in_longer_word(label, at, name):
            return True
        at = label.find(name, at + 1)
    return False


def in_longer_word(text: str, at: int, name: str) -> bool:
    """Whether a name found at `at` opens with the end of a longer word whose start stands right
    before it (`出口` in `进出口`: data/cues.toml [rate] longer_words)."""
    return any(name.startswith(w[i:]) and text[:at].endswith(w[:i])
               for w in cues.words("rate", "longer_words") for i in range(1, len(w)))
