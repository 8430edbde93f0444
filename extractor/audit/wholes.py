"""Where a share's whole stands when it is not in the share's own sentence.

Real bulletins state a total once and give its shares sentences or paragraphs later:

    全省农村劳动力为 X 万人。按农户计算，户均 3.2 人；其中，务农的 Y 万人，占 60%
        `其中` that opens its sentence (or follows only smaller numbers): the total of the
        sentence before, when it is that sentence's only larger number of the measure
    在本乡内务工的为 Y 万人，占劳动力总数的 87%；在本乡以外的为 Z 万人，占 13%
        a bare `占` after a share of the same sentence that named its whole: the same whole
    东部地区共有农村劳动力 Y 万人，占全国总量的 40%
        a whole named by its scope only (`全国`): the number whose label holds the scope and
        the part's own name (`全国农村劳动力`)
    本年收入完成预算的 96.98%，比预算数 X 元少 Y 元
        a plan named by the rate and given in the clause after it (`比预算数`)
    其中，A 支出 X 元，占预算数的 96.99%
        a plan is the numerator's own: not the budget of the total before `其中`
    目录总共 329 条，可享受优惠的条目共 270 条，占总条目的 83%
        a whole named only as the total: the total said earlier in the sentence

Every search looks back a bounded number of facts (the audit stays linear in page length) and
decides from the words alone: whether the arithmetic holds is what the check then tells.
"""
from __future__ import annotations

import re

from ..fact_types import SUMMABLE_TYPES
from . import amounts, below_wholes, cues
from .bases import is_base
from .model import Num, PageView
from .wording import after_word

_BACK = 120  # facts before a share, in its article, among which its whole is looked for
_AFTER = 400  # characters after a rate per mille in which its population may be said
_NAME = 3  # characters of a part's own name that a whole named by scope only must repeat
# a number named as the plan itself: `预算数 X 元`, `比预算 X 元`
_PLAN_NAME = re.compile(r"(?:预算|預算|计划|計劃)(?:数|數|额|額)?[为是：:]?$")
_TOTAL_PREFIX = ("总", "總")  # `占总条目的`, `占总数的`: a whole named only as the total
_SURE = 4  # characters two names must end with alike for one to name the other surely
_SHORT = 2  # a head noun: the fewest characters a name is matched on
_VERBS = "为是达有：:约近"
# `户籍总人口`: a total mark between a scope and a head noun of two characters or more names the
# total of the head noun, that is the same number as `户籍人口`
_INNER_TOTAL = re.compile(r"(?<=.)[总總](?=[^总總的]{2,}$)")
_BRACKET = 24  # characters of a bracket right after a rate that may state its plan
_OPENER = 24  # characters at a sentence's start in which `X中，` names its scope


def article_before(view: PageView, p: Num, count: int = _BACK) -> list[Num]:
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
    named = [n for n in outside if _names(view.label_before(n), subject[-4:])]
    whole = [n for n in named if subject in view.text[view.clause_start(n.start):n.start]]
    return whole or named


def _names(label: str, tail: str) -> bool:
    """The label names `tail` itself: `非税收入` holds `税收` but names what is not 税收 (its
    complement), so a share of 税收 is not taken on it."""
    at = label.find(tail)
    while at >= 0:
        if not label[:at].endswith(cues.words("rate", "complement_prefixes")):
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


def total_of_sentence_before(view: PageView, cue: int, part: Num) -> Num | None:
    """`总量为 X。…；其中，A 为 Y，占 N%`: the total a `其中` breaks down, closing the sentence
    before. Only where the `其中` sentence offers no candidate of its own (nothing of the
    measure larger than the part before the cue) and the sentence before holds exactly one
    number of the measure larger than the part, besides the parts of its own shares; with none
    larger, its one number of the measure where a total word or the part's head noun names it
    (below_wholes.named_total_of): a part stated above its whole keeps it."""
    sent = view.sentence_index(cue)
    if sent <= 0:
        return None
    # bounded looks (a sentence may hold a page's numbers): the audit stays linear
    own = [n for n in view.before(cue, _BACK) if n.sentence == sent and n.same_measure(part) and n.value >= part.value]
    if own:
        return None
    prev = view.sentences[sent - 1]
    if prev.article != view.sentences[sent].article:
        return None
    # the parts of the shares of that sentence (`A 948 人，占 50.97%`) are not its total
    # nor is last year's level it is compared with (`投资 215 亿元，比上年的 181.9 亿元增长`) or a change
    alike = [n for n in view.before(view.sentences[sent].start, _BACK) if n.sentence == sent - 1
             and n.same_measure(part) and not share_part(view, n) and not is_base(view, n)
             and not after_word(view, n, "growth", "base_before") and not amounts.is_change(view, n)]
    larger = [n for n in alike if n.value > part.value]
    if len(larger) == 1:
        return larger[0]
    # no larger one: the sentence's one number of the measure, where its name makes it the total
    # (size only broke the tie; a part pushed above its whole keeps its whole)
    return alike[0] if not larger and len(alike) == 1 and below_wholes.named_total_of(view, alike[0], part) else None


def scoped_total(view: PageView, scope: str, part: Num, candidates: list[Num]) -> Num | None:
    """`占全国总量的`: the nearest earlier number whose label holds the scope and the part's own
    name (`东部地区共有农村劳动力` and `全国农村劳动力为`)."""
    name = own_name(view, part)
    for n in reversed(candidates):
        label = view.label_before(n, 30)
        if scope in label and len(shared_tail(name, label)) >= _NAME:
            return n
    return None


def plan_after(view: PageView, p: Num, named: str, part: Num) -> Num | None:
    """`完成预算的 96.98%，比预算数 X 元少 Y 元`: the plan named by the rate, stated in the
    clause right after it with `比` and the plan's name."""
    plans = cues.words("rate", "target_words") + cues.words("rate", "plan_words")
    if view.text[p.end:p.end + 1] in ("（", "("):
        # `完成全年目标的 84.6%（全年目标 1500 亿元）`: the plan said in brackets right after the rate
        close = min((i for i in (view.text.find("）", p.end, p.end + _BRACKET), view.text.find(")", p.end, p.end + _BRACKET))
                     if i >= 0), default=-1)
        inner = view.text[p.end + 1:close] if close > 0 else ""
        if any(w in named and w in inner for w in plans):
            after = [n for n in view.between(p.end, close) if n.same_measure(part)]
            return after[0] if after else None
    end = view.clause_end(p.end)
    nxt = view.clause_end(end + 1)
    clause = view.text[end + 1:nxt]
    for w in plans:
        if w in named and clause.startswith("比" + w):
            after = [n for n in view.between(end + 1, nxt) if n.same_measure(part)]
            return after[0] if after else None
    return None


def stated_total(view: PageView, part: Num) -> Num | None:
    """`委员共 1860 人。…中共党员 912 人，占 49.03%`: the nearest earlier number of the part's
    measure stated as a total (`共`, `合计`), larger than the part, with nothing between that
    could be the whole instead (a larger number of the measure that is not itself a share's
    part, `A 948 人，占 50.97%`). With none larger, a smaller total said so in the part's paragraph
    and named with its head noun (below_wholes.stated_total_of): size only breaks the tie."""
    smaller = None  # no larger total: a smaller one said so of the part's noun (below_wholes)
    for n in reversed(article_before(view, part)):
        if not n.same_measure(part):
            continue
        if n.value <= part.value:
            if smaller is None and bare_name(view, n) != own_name(view, n) \
                    and below_wholes.stated_total_of(view, n, part):
                smaller = n
            continue
        if bare_name(view, n) != own_name(view, n):
            return n
        if not share_part(view, n):
            break
    return smaller


def share_part(view: PageView, n: Num) -> bool:
    """n is the part of a share said right after it (`948 人，占 50.97%`)."""
    after = view.text[n.end:n.end + 8]
    return after.lstrip("，, ").startswith(("占", "佔"))


def stated_plan(view: PageView, part: Num, plan: str) -> tuple[Num, str | None] | None:
    """`今年计划造林 110 万亩。…完成造林 118.8 万亩，完成全年计划的 108%`: the nearest earlier
    number of the article in the part's measure whose label holds the plan word (`计划`); sure
    where that label and the part's name share a word of two characters (`造林`)."""
    name = own_name(view, part)
    # what was done, after the verb of doing (`全县完成植树造林` gives `植树造林`)
    ats = [(name.rfind(w), w) for w in cues.words("part_of", "part_progress") if w in name]
    if ats:
        at, w = max(ats)
        name = name[at + len(w):] or name
    for n in reversed(article_before(view, part)):
        if not n.same_measure(part):
            continue
        label = view.label_before(n, 30)
        if plan not in label:
            continue
        words = {name[i:i + 2] for i in range(len(name) - 1)} - {plan}
        if any(w in label for w in words):
            return n, None
        return n, f"{n.written} 是计划数，但未必是“{name}”的计划"
    return None


def population(view: PageView, p: Num, num: Num) -> Num | None:
    """The population a rate per mille is taken on (`年末常住人口 X 万人`), said before it in the
    article or after it in its paragraph: the nearest number of the numerator's measure named
    with a population word (data/cues.toml [rate] population_words)."""
    after = [n for n in view.between(p.end, p.end + _AFTER) if n.paragraph == p.paragraph]
    near = sorted(article_before(view, p) + after, key=lambda n: abs(n.start - p.start))
    for n in near:
        if n.same_measure(num) and n.value > num.value \
                and cues.contains_any(view.label_before(n, 30), "rate", "population_words"):
            return n
    return None


def words_of(view: PageView, n: Num) -> str:
    """The words before and after a number: `委员 1860 名` gives both `委员` and `名`."""
    return view.label_before(n) + view.noun_after(n)


def breakdown_total(view: PageView, num: Num, named: str) -> tuple[Num, str | None] | None:
    """`理事 1386 名，其中企业界理事 734 人，占理事总数的 52.96%`: the total a `其中` before the
    part breaks down (in its sentence, or closing the sentence before), sure where its words
    hold the name of the whole (`理事`, without `总数`, `全体`). The larger number before `其中`
    first, else the nearest: the name decides, not the size."""
    s_start = view.sentences[num.sentence].start
    cue = view.text.rfind(cues.words("sum", "partial")[0], s_start, num.start)
    if cue < 0:
        return None
    before = [n for n in view.before(cue, _BACK) if n.sentence == num.sentence and n.same_measure(num)]
    # the larger number before `其中` first; with none, the nearest: the name decides below
    larger = [n for n in before if n.value > num.value]
    nearest = [n for n in before if below_wholes.alike(n, num) and not below_wholes.share_said(view, n)]
    total = (larger or nearest)[-1] if larger or nearest else total_of_sentence_before(view, cue, num)
    if total is None:
        return None
    stem = named
    for w in cues.words("rate", "whole_suffixes"):
        stem = stem[: -len(w)] if stem.endswith(w) else stem
    scopes = sorted(cues.words("rate", "whole_scopes") + cues.words("rate", "whole_wholes"), key=len, reverse=True)
    stem = next((stem[len(w):] for w in scopes if stem.startswith(w)), stem)
    if len(stem) >= _SHORT and stem in words_of(view, total):
        return total, None
    # `贷款额` and `投放扶贫贷款`: the name without its measure word (额, 数) names the total
    short = stem.rstrip("".join(cues.words("rate", "measure_ends")))
    if len(short) >= _SHORT and short != stem and short in words_of(view, total):
        return total, None
    if not stem and total.sentence == num.sentence and total_said(view, total):
        # `共夺得 92 个…，其中…17 个，占总数的 18.5%`: a whole named by its total word alone is
        # the total its own sentence states and breaks down
        return total, None
    return total, f"“{named}”未必就是“其中”之前的 {total.written}"


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


def same_name_whole(view: PageView, num: Num) -> Num | None:
    """`实现销售收入 15230.8 亿元。…其销售收入为 4797 亿元，占 31.5%`: the nearest earlier
    number of the article, larger than the part, whose name ends with the same four characters
    at least as the part's (`龙头企业营业收入` and `规上企业实现营业收入`), or as the scope the
    sentence opens with (`全体委员中，` and `本届委员共`). The name picks the whole: where none so
    named is larger, the nearest smaller one of the same place and period (a part stated above it)."""
    name = re.split(r"[，、的”“]", own_name(view, num))[-1]
    scope = opener(view, num)  # `全体委员中，`: the whole's own name
    if len(name) < _SURE and len(scope) < _SHORT:
        return None
    smaller = None  # size breaks the tie: a smaller one of the name only where none is larger
    for n in reversed(article_before(view, num)):
        if not n.same_measure(num):
            continue
        whole = bare_name(view, n)
        if len(common_tail(name, whole)) >= _SURE or (len(scope) >= _SHORT and len(common_tail(scope, whole)) >= _SHORT):
            if n.value > num.value:
                return n
            if smaller is None and below_wholes.alike(n, num) and not below_wholes.share_said(view, n) \
                    and below_wholes.modifier_said(view, whole, common_tail(name, whole) or scope, num):
                smaller = n  # the same name, place and period alike, its modifier said of the part
    return smaller


def own_plan(view: PageView, p: Num, num: Num, plan: str, outside: list[Num]) -> tuple:
    """`完成预算数的 N%`, `占年度计划的 N%`: a plan is always the plan of the numerator's own
    item, so only a plan number said of that item is its whole: one in the rate's sentence,
    with no `其中` or `；` between, named as the plan (`计划完成投资 128.6 亿元，已完成 104.2
    亿元，占年度计划的`; a budget only where it is the number's name, `预算数 X 元`, since
    `预算支出` and `比预算少支` are actual amounts), or one stated earlier of the same thing
    (wholes.stated_plan). The budget of the total before `其中` is not each item's budget."""
    budget = plan in cues.words("rate", "plan_words")
    same = [n for n in outside if n is not num and n.same_measure(num) and n.sentence == p.sentence
            and not re.search("其中|；", view.text[n.end:num.start])
            and (_PLAN_NAME.search(view.label_before(n)) and plan in view.label_before(n)[-6:] if budget
                 else plan in view.label_before(n, 30))]
    if same:
        return num, same[-1]
    if not budget:
        task = _task_before(view, num, outside)
        if task is not None:
            return num, task
    stated = None if budget else stated_plan(view, num, plan)
    return (num, *stated) if stated is not None else (num, None)


_DONE_MARK = "已"  # `已建成`, `已完成`: the part done so far of a task


def _task_before(view: PageView, num: Num, outside: list[Num]) -> Num | None:
    """`新增泊位 1.2 万个，已建成 1.35 万个，完成年度目标的 112.5%`: a part said as done (`已`)
    right after a number of its measure in the clause before, one comma apart, is done of that
    number, the task the target names; a number compared with (`比上年`) or a change is none."""
    if _DONE_MARK not in view.text[view.clause_start(num.start):num.start]:
        return None
    before = [n for n in outside if n is not num and n.end <= num.start and n.sentence == num.sentence]
    if not before:
        return None
    task = before[-1]
    between = view.text[task.end:num.start]
    if not task.same_measure(num) or "；" in between or between.count("，") + between.count(",") != 1:
        return None
    if amounts.is_change(view, task) or cues.contains_any(view.label_before(task), "growth", "base_before"):
        return None
    return task


def sentence_total(view: PageView, p: Num, num: Num, named: str, outside: list[Num]) -> tuple[Num, None] | None:
    """`目录总共 329 条，可享受优惠的条目共 270 条，占总条目的 83%`: a whole named only as the
    total (`总条目`, `总数`) is the larger number of the part's measure said as a total (`总共`,
    `共计`) earlier in the rate's sentence, the nearest such; the nearest larger first, else one
    of the same place and period that the part is stated above."""
    if not named.startswith(_TOTAL_PREFIX):
        return None
    found = [n for n in outside if n is not num and n.same_measure(num) and n.sentence == p.sentence
             and n.end <= num.start
             and (cues.ends_with_any(view.label_before(n).rstrip("为达是有"), "rate", "total_words")
                  or _among_frame(view, n))]
    # size breaks the tie only: a total so said that the part is stated above is still its whole
    larger = [n for n in found if n.value > num.value]
    smaller = [n for n in found if below_wholes.alike(n, num) and not below_wholes.share_said(view, n)]
    return (larger[-1], None) if larger else (smaller[-1], None) if smaller else None


_FRAME_NOUN = 12  # `种经常性消费品` between a count and the 中 of its frame


def _among_frame(view: PageView, n: Num) -> bool:
    """`在本次调查的 35 种经常性消费品中，…有 27 种，占总数的 77%`: a count that opens an `在…中`
    frame, its noun and `中` closing the clause, is the set the rest of the sentence counts in."""
    after = view.text[n.end:n.end + _FRAME_NOUN + 2]
    at = after.find("中")
    return 0 < at <= _FRAME_NOUN and not any(c in after[:at] for c in "，。；：、（）") \
        and after[at + 1:at + 2] == "，"
