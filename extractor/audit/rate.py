"""rate: a stated rate against its numerator and denominator.

Structures read (cue words in data/cues.toml):
    查出问题 36 个，整改问题 36 个，整改率 100%   `X率 N%`: the numerator is the number whose label
                                                  holds X; the denominator an earlier number of the
                                                  same measure naming the same thing (`问题`), else
                                                  the other number of that measure in the sentence
    学校 132 所，已有 118 所…，覆盖率达 91.5%      `X率` with no X in a label: the number marked as
                                                  progress (`已有`) over the one before it
    税收收入占一般公共预算收入的比重为 67.1%       `A 占 B 的 N%`: A and B name the numbers (the whole
    完成年度目标任务 5500 人的 106.5%              may stand inside the phrase); with no subject
                                                  the numerator is the number before the verb
    其中研究生学历 97 名，占 25.1%                  `占`/`占比` alone: the whole is the total before
                                                  `其中`
    A 为 X，占总数的 87%；B 为 Y，占 13%            a bare `占` after a share of its sentence: the
                                                  same whole
    低产田有七亿亩，已改良了四亿亩，占百分之六十    the number of the clause before, where the part
    在 1860 名委员中，中共党员 912 人，占…          is done of it, it is the clause's scope, or both
                                                  count in one unit
    本年收入完成预算的 96.98%，比预算数 X 元少…     the plan in the clause after a fulfilment rate;
    其中，A 支出 X 元，占预算数的 96.99%            a plan is the numerator's own, never the total's
A whole stated in an earlier sentence or paragraph is found from its words (wholes.py,
total_wholes.py, plan_wholes.py): the total before a sentence-opening `其中`, the same name, a scope with the part's name, a total
stated with `共`, a plan stated earlier, a total named another way (`我外贸总值`, whole_names.py); a bare share's whole (or `占委员总数的`) may also be the
frame `在 N 名…中，` or a total of people stated before (frames.py, which lets the arithmetic
choose among the wholes the words allow); the shares of one `其中` sentence take the whole a
precise sibling share's arithmetic confirms (sibling_shares.py), and shares naming one whole the
number two precise ones come out of (named_siblings.py). A whole found by words that only come near (a shared
head noun, a number that merely fits) leaves a mismatch unverifiable; `占 B 的 N%` whose B is
not given in the text is unverifiable; other rates without both terms give no finding.

Each reading is a module of its own: `X率` named_rates.py, `占 B 的` rate_phrases.py, a bare `占`
bare_shares.py, the candidates they share rate_terms.py; this one reviews what they find.
"""
from __future__ import annotations

from . import (cues, frames, kind_wholes, list_wholes, mean_population, member_wholes, named_siblings, respective, saving_rates, scope_wholes,
               sibling_shares, stated_wholes, wholes, yield_rates)
from .bare_shares import bare_share
from .model import Draft, Num, PageView
from .named_rates import named_rate
from .rate_drafts import per_mille as _per_mille, rate_draft, unverifiable_draft
from .rate_phrases import fulfilment, named_after, of_phrase, phrase_name
from .thresholds import is_bound


def check(view: PageView) -> list[Draft]:
    drafts = []
    siblings: dict[int, tuple[Num, Num, str | None]] = {}  # the last share of a sentence: part, whole, weak
    bare: list[tuple[Num, Num, Num | None, str | None, int]] = []  # bare shares of counts: p, part, whole, weak, draft
    named: list[tuple[Num, Num, Num | None, str | None, int]] = []  # shares naming their whole, the same
    taken: dict[int, tuple[Num | None, str | None]] = {}  # bare shares read so far: whole, weak, by part's start
    for p in view.nums:
        if p.type != "percent" or p.unit != "%" or p.sentence < 0 or respective.covers(view, p):
            continue
        found = named_rate(view, p)
        if not found:
            found = of_phrase(view, p)
            found = frames.review(view, p, found, named=True) if found else found
            found = stated_wholes.review(view, p, found, fit_only=True) if found else found
            found = kind_wholes.review(view, p, found) if found else found  # `其中水田…`: the kind's part
        is_bare = False
        if not found:
            found = bare_share(view, p, siblings.get(p.sentence))
            found = frames.review(view, p, found) if found else found
            found = stated_wholes.review(view, p, found) if found else found
            found = list_wholes.review(view, found, taken) if found else found  # a sibling item is no whole
            if found and found[1] is not None and found[0].unit in cues.words("rate", "period_units"):
                found = (found[0], None)  # `上年优良天数 331 天，比例为 90.4%`: of the year's days, not of 339 天
            is_bare = bool(found)
        if not found:
            continue
        found = scope_wholes.review(view, p, found)  # `违规金额中，…占 N%`, `占全县在校学生的 N%`
        num, den, weak = found if len(found) == 3 else (*found, None)
        if den is None and not is_bare:
            den = named_after(view, p, num)  # `完成年度任务的 109.6%。…年度任务为 2.5 亿元`
        weak = weak or saving_rates.doubt(view, p, den)  # `节约率`: on a budget the text may not state
        weak = weak or yield_rates.doubt(view, p, den)  # `收益率`: on a balance the text may not state
        den = member_wholes.sibling_total(view, num, den) or den  # `T，其中 a，b，a 率 N%`: T, not the sibling b
        weak = weak or member_wholes.doubt(view, p, num, den, phrase_name(view, p))  # a member, a shorter time, another name or item's plan
        if den is not None and is_bound(view, den):
            den, weak = None, None  # `10 亿元以上的项目`: a threshold is no whole (thresholds.py)
        if is_bare and num.type == "count" and not _per_mille(p):
            bare.append((p, num, den, weak, len(drafts)))
        elif not is_bare and not _per_mille(p):
            named.append((p, num, den, weak, len(drafts)))
        if den is not None and "占" in view.text[view.clause_start(p.start):p.start]:
            siblings[p.sentence] = (num, den, weak)
        if _per_mille(p) and den is not None and (not cues.contains_any(view.label_before(den, 30), "rate", "population_words")
                                                  or wholes.category_part(view, den)):
            # a birth or death rate is per head of the population, not of another count of people, nor of a category
            # of it (城镇常住人口)
            den = wholes.population(view, p, num)
        if _per_mille(p) and weak is None:
            # birth, death and growth rates per mille are taken on the year's average population,
            # which a bulletin rarely gives: the year-end figure only comes near
            weak = "千分率按年平均人口计算，文中的人口数只能近似其分母"
        if is_bare:
            taken[num.start] = (den, weak)
        # (出生率 over the year's mean population, where the year-end figure and its change give it: mean_population.py)
        mean = mean_population.mean_draft(view, p, num, den) if den is not None and _per_mille(p) else None
        drafts.append(mean or (rate_draft(p, num, den, weak, fulfilment(view, p)) if den is not None
                               else unverifiable_draft(p, num)))
    for i, whole in sibling_shares.confirmed(view, bare):
        p, num = bare[i][0], bare[i][1]
        drafts[bare[i][4]] = rate_draft(p, num, whole)
    for i, whole in named_siblings.confirmed(view, named):
        p, num = named[i][0], named[i][1]
        drafts[named[i][4]] = rate_draft(p, num, whole)
    return drafts
