"""growth: a stated change against the two values it compares.

Structures read (cue words in data/cues.toml):
    A，比 2022 年 B 增长 X%        the base follows `比`/`较` before the change word
    A，比年初增加 D，增长 X%        the number after `比…增加` is the change: the base is A − D
    由 B 增长到 A，增长 X%          the base follows `由`/`从`, the new value `到`/`至`
    A，同比增长 X%                 the base is named (`同比`, `比上年`) but not given: unverifiable
    由 a% 提高到 b%，提高 N 个百分点  percentage points against two rates
    增长 X 倍 / 是 B 的 X 倍         (A − B) ÷ B = X, or A ÷ B = X
    年均增长 X%                    a yearly average: compounded over dated levels (yearly.py)
    增加 D，达到 A，增长 X%         an increment with its level, beside or after (index points too)
    本年收入增长 D，即增长 X%        the level named sentences before (levels.py)
    生产总值增长 X%                 a headline measure at comparable prices: unverifiable
    决算支出比预算少支出了 X%        the year's account and its plan said before (growth_plans.py)
    增长 a%、快于经济增速 N 个百分点   a − the headline growth said before (growth_compared.py)
    A，比 9 月份的 B 加快 N 个百分点   `快`/`慢` after 比: a rate faster or slower than B
    A …；比 8 月的 B 增长 X%        the new level a clause or sentence back, by arithmetic (growth_new_before.py)
    A，增长 X%                     no base named: unverifiable, if no later check finds one (growth_bare.py)
The change word stands right before the stated change (`增长 47%`, `同比下降 3.2%`, and the
second of `分别下降 12.4% 和 9.8%`). The values stand in the change's clause or the two before
it (not past `；`); a change clause with its own subject (`人员减少了 15%`) or its own base
(`又比上年增长了 17.2%`) does not take the values of the clauses before.

The arithmetic is in growth_calc.py, increments with their levels in growth_increments.py,
comparable and constant prices in growth_prices.py, 倍 ratios and yearly rates of a total
change in growth_times.py.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .growth_bare import BareDraft, bare_growth
from .growth_bases import (base_said_next, dated_base, level_after, pair_after, pair_is_named_base, reached_after, restated_level,
                           said_base, said_base_after)
from .growth_calc import growth_draft
from .growth_new_before import new_level_before
from .growth_open import near_level, open_growth
from .growth_compared import against_economy, against_named
from .growth_plans import against_plan
from .growth_raised import raised_level
from .growth_increments import increment_after, increment_only
from .growth_prices import constant_prices, real_measure, real_without_base
from .growth_spans import paragraph_years
from .growth_stated import fitting_base
from .growth_times import from_total, times_draft
from .levels import index_points
from .model import Draft, Num, PageView
from .share_objects import is_share_object
from .tolerance import ABOUT, Interval, interval_of
from .wording import (NEAR, Change, after_word, clause_before, compared_with, is_increment, over_named,
                      own_subject, times_number, times_value, without_named_base, word_direction, yearly_word)
from .yearly import compound_draft, dated_pair, older_said_last

_TIMES = re.compile(times_number() + "倍")
_DOUBLINGS = {"一": 1, "两": 2, "二": 2, "三": 3}
_DOUBLING = re.compile(f"翻了?([{''.join(_DOUBLINGS)}])番|翻番")  # `翻番` alone: doubled once
_JOIN = "、和及与"
_HALF = re.compile("一半")
_BACK = 2  # clauses before a change that may hold its values


def check(view: PageView) -> list[Draft]:
    return _drafts(view)[0]


def bare_check(view: PageView) -> list[Draft]:
    """`收入 186.42 亿元，下降 12.6%`: rates said right after their level with no base, unverifiable
    (growth_bare.py); run after the checks that may find the base far off (growth_far_levels)."""
    return _drafts(view)[1]


def open_check(view: PageView) -> list[Draft]:
    """Changes no reading here took (a level clauses back, said elsewhere by name, or none):
    unverifiable, the claim and its level (growth_open.py); run last, for claims no check took."""
    return _drafts(view)[2]


@lru_cache(maxsize=1)
def _drafts(view: PageView) -> tuple[list[Draft], list[Draft], list[Draft]]:
    """The changes' drafts, apart the bare ones and the open ones (one pass over the page)."""
    drafts, bare, left = [], [], []
    for ch, direction in _changes(view):
        d = _audit_change(view, ch, direction)
        if isinstance(d, BareDraft):
            bare.append(d.draft)
        elif d is not None:
            drafts.append(_quoted_against(view, d))
        else:
            d = open_growth(view, ch)
            left += [d] if d is not None else []
    return drafts, bare, left


def _quoted_against(view: PageView, d: Draft) -> Draft:
    """`11050 盾兑 1 美元，比昨天的 9650 盾兑 1 美元下跌了 14.5%`: levels quoted as so many of one
    currency to one of another (data/cues.toml [growth] quoted_per) fall as the currency they price
    rises, and writers compute the change either way: no error said on them."""
    per = cues.words("growth", "quoted_per")
    if d.verdict != "inconsistent" or not all(view.text.startswith(per, f["end"]) for f in d.facts[1:]):
        return d
    return d.doubted("但两数是汇率的标价（…兑…），币值涨跌与标价升降方向相反，算法不一，不据此判定有误。")


def _restated_increment(view: PageView, p: Num) -> str | None:
    """`比上年增产 2200 万吨，即 7.8%`: a clause of only `即` and a percent restates the amount of
    change that ends the clause before it, and goes its way."""
    start = view.clause_start(p.start)
    if view.text[start:p.start] not in cues.words("change", "restating") or start < 1:
        return None
    before = [n for n in view.between(view.clause_start(start - 1), start) if n.type in SUMMABLE_TYPES]
    if not before or view.text[before[-1].end:start].strip("，, ") or not is_increment(view, before[-1]):
        return None
    return word_direction(view.label_before(before[-1]).rstrip("了"), clause_before(view, before[-1].start))


def _level_before(view: PageView, p: Num) -> bool:
    """`比重由 15% 提高达 28%`: a percent said before in the clause is the level the change starts
    from, so the one after the word of degree is the level reached, not the change."""
    return any(n.type == "percent" for n in view.between(view.clause_start(p.start), p.start))


def _changes(view: PageView) -> list[tuple[Change, str]]:
    out: list[tuple[Change, str]] = []
    for p in view.nums:
        if p.type != "percent" or p.sentence < 0:
            continue
        before = view.text[max(0, p.start - NEAR):p.start]
        d = word_direction(before, clause_before(view, p.start))
        degree = cues.ends_with_any(before, "growth", "degree") or cues.ends_with_any(before, "approx", "words")
        if d is None and degree and not _level_before(view, p):
            # `年均增长高达 42.7%`: the change word before the word of degree
            d = cues.direction(view.text[max(0, p.start - len(degree) - NEAR):p.start - len(degree)], "growth")
        if d is None and not view.text.startswith("的", p.end):  # `低于 … 6% 的目标`: the base itself
            d = over_named(clause_before(view, p.start))
        if d is None:
            d = _restated_increment(view, p)
        if d is None and out and out[-1][0].end <= p.start:
            # `分别下降 12.4% 和 9.8%`: the second change shares the first one's word
            gap = view.text[out[-1][0].end:p.start]
            d = out[-1][1] if gap and all(c in _JOIN for c in gap) else None
        if d:
            out.append((Change(p.start, p.end, p.value, p.unit or "%", p.interval, p.ref(), p.written, p.shown), d))
    for m in _TIMES.finditer(view.text):
        # `增长了近 9 倍`: a qualifier between the change word and its number
        before = cues.strip_words(view.text[max(0, m.start() - NEAR):m.start()], "approx", "qualifiers", left=False)
        # `增长到 3 倍`: the level reached is 3 times the base, a ratio, not a growth of 3 倍
        # (a change word with it: not the bare `到` of a range, `增长 2 到 3 倍`)
        reach = len(cues.ends_with_any(before.rstrip("了"), "growth", "to_words") or "") >= 2
        d = None if reach else word_direction(before)
        ratio = reach or any(before.endswith(w + "的") or before.endswith("的") for w in cues.words("growth", "ratio_before"))
        if d is None and not ratio:
            continue
        value = times_value(m.group(1))
        if value is None:
            continue
        iv = interval_of(m.group(), value, "exact", None, "percent")
        out.append((Change(m.start(), m.end(), value, "倍" if d else "times", iv,
                           view.raw_ref(m.start(), m.end()), m.group(), value), d or "up"))
    for m in _HALF.finditer(view.text):
        # `减少了一半`: a change of half the base, said loosely
        d = word_direction(cues.strip_words(view.text[max(0, m.start() - NEAR):m.start()], "approx", "qualifiers", left=False))
        if d is None:
            continue
        nearly = cues.contains_any(view.text[max(0, m.start() - NEAR):m.start()], "growth", "nearly")
        more = view.text.startswith("多", m.end())
        iv = Interval(50 * (1 - 2 * ABOUT) if nearly else 50 * (1 - ABOUT), math.inf if more else 50 * (1 + ABOUT))
        out.append((Change(m.start(), m.end(), 50.0, "%", iv, view.raw_ref(m.start(), m.end()), m.group(), 50), d))
    for m in _DOUBLING.finditer(view.text):
        # `翻两番`: doubled twice, a growth of 3 倍; said loosely, so read as about that
        times = 2 ** _DOUBLINGS[m.group(1) or "一"] - 1
        more = view.text.startswith("多", m.end())
        nearly = cues.contains_any(view.text[max(0, m.start() - NEAR):m.start()], "growth", "nearly")
        iv = Interval(0.0 if nearly else times * (1 - ABOUT), math.inf if more else times * (1 + ABOUT))
        out.append((Change(m.start(), m.end(), times, "倍", iv, view.raw_ref(m.start(), m.end()),
                           m.group(), times), "up"))
    return out


def _audit_change(view: PageView, ch: Change, direction: str) -> Draft | BareDraft | None:
    sent = view.sentence_index(ch.start)
    if sent < 0:
        return None
    s_start = view.sentences[sent].start
    c_start = view.clause_start(ch.start)
    prev_start = c_start
    for _ in range(_BACK):  # the values may stand one or two clauses before, not past a `；`
        if prev_start > s_start and view.text[prev_start - 1] != "；":
            prev_start = view.clause_start(prev_start - 1)
    points = ch.kind == "个百分点"
    nums = view.in_sentence(sent) if points else sorted(view.in_sentence(sent) + index_points(view, sent),
                                                          key=lambda n: n.start)
    local = [n for n in nums if max(s_start, prev_start) <= n.start and n.end <= ch.start
             and (n.unit == "%" if points else n.type in SUMMABLE_TYPES)]
    in_clause = [n for n in local if n.start >= c_start]
    clause = view.text[c_start:ch.start]
    for w in cues.words("growth", "price_basis") + cues.words("growth", "not_average") + cues.words("growth", "not_base"):
        clause = clause.replace(w, "")  # `按可比价格计算`, `增长比例为` hold 比, `平均水平` 平均: none says so here
    own_base = False
    said_before = local  # `由 B 增加到 A，是原来的 3 倍`: the pair, though `原来` reads as a subject
    if not in_clause:
        if own_subject(view, without_named_base(clause)):  # `超过计划总投资额 N%` names a base
            local = []  # `人员减少了 15%` is not about the numbers of the clause before
        # `又比上年增长了 17.2%` names its own base, whatever the clauses before compare
        own_base = bool(cues.contains_any(clause, "growth", "base_implicit")
                        or cues.contains_any(clause, "growth", "base_before"))
        if own_base and pair_is_named_base(view, clause, local):
            own_base = False  # `从 B 增至 A，比上年增长 X%`: the pair is the comparison it names
    # `平均每年增加 42 亿元，增长 4.9%`: a change with no words of its own is as yearly as the one
    # it restates
    borrowed = not in_clause and any(is_increment(view, n) and yearly_word(view, n) for n in local)
    if borrowed or any(w in clause for w in cues.words("growth", "average")):
        # `年均增长 22.6%` is compounded over years: not the change between the two values; with
        # both levels dated (`从 1997 年的 B 增加到 2002 年的 A`) it is compounded here
        froms = [] if own_base else [n for n in local if after_word(view, n, "growth", "from_words")]
        later = [n for n in local if froms and n.start > froms[-1].start and n.same_measure(froms[-1])
                 and not is_increment(view, n)]
        if not froms and not own_base and local:
            # `1980 年为 A，1985 年将达到 B`: two levels dated by their years
            froms, later = dated_pair(view, [n for n in view.in_sentence(sent) if n.end <= ch.start
                                             and n.type in SUMMABLE_TYPES and not is_increment(view, n)
                                             and "；" not in view.text[n.end:ch.start]])
        if not later and not local and not own_base:
            # `平均每年增长 1.1%，从 1996 年的 B 增加到 2020 年的 A`: the dated pair said after it
            pair = pair_after(view, ch.end, sent, False)
            froms, later = ([pair[0]], [pair[1]]) if pair else ([], [])
        if ch.kind == "%" and later:
            found = compound_draft(view, ch.ref, ch.written, ch.shown, ch.interval, direction, later[-1],
                                   froms[-1], real_measure(view, later[-1], ch))
            if found is not None:
                return found
        found = from_total(view, ch, direction, sent, prev_start)
        if found is not None:
            return found
        if ch.kind == "%" and later:
            # `这五年，…由 4.1 万元增加到 5.6 万元、年均增长 6.4%`: the span the paragraph opens with
            span = paragraph_years(view, later[-1])
            found = compound_draft(view, ch.ref, ch.written, ch.shown, ch.interval, direction, later[-1],
                                   froms[-1], real_measure(view, later[-1], ch), span) if span else None
            if found is not None:
                return found
            # `从 5.6 万元增至 7.8 万元，年均增长 5.4%`: the pair it compounds over, its years not written
            real = real_measure(view, later[-1], ch)
            return Draft("growth", "unverifiable", [ch.ref, later[-1].ref(), froms[-1].ref()], None, ch.shown,
                         f"{ch.written} 是 {froms[-1].written} 到 {later[-1].written} 的年均变化，两端未注明年份，"
                         f"无法按年数复利核对" + (f"；且{real}" if real else "") + "。")
        return Draft("growth", "unverifiable", [ch.ref] + [n.ref() for n in local[-1:]], None, ch.shown,
                     f"{ch.written} 是年均变化，不是两个值之间的变化，未按年份复利核对。")
    if ch.kind == "times":
        return times_draft(view, ch, local, said_before)
    if points and over_named(clause) and cues.contains_any(clause, "growth", "target"):
        found = _over_target(view, ch, direction, local)
        if found is not None:
            return found
    base = new = None
    increment = False
    froms = [] if own_base else [n for n in local if after_word(view, n, "growth", "from_words")]
    bases = [] if own_base else [n for n in local if after_word(view, n, "growth", "base_before")]
    # `与…的 B 相比，减少 D`: B is the level compared with (the 比 of 相比 is no base word of D's)
    bases = [n for n in local if compared_with(view, n)][-1:] or bases if not own_base else bases
    place, count = _place_in_list(view, ch, sent, c_start)
    if count > 1:
        # `A 由 a1 增加到 a2，B 由 b1 增加到 b2，分别增长 x% 和 y%`: the i-th change is the i-th pair's;
        # without as many `由` levels as changes no pairing is sure
        values = [n for n in local if not is_increment(view, n)]
        froms = froms[place:place + 1] if len(froms) == count else []
        if froms:
            local = [n for n in local if n.start >= froms[0].start]
        else:  # `A 达 a，B 达 b，分别比上年增长 x% 和 y%`: the i-th value, for the finding
            local = values[place:place + 1] if len(values) == count else []
        bases = []
    if froms:
        base = froms[-1]
        # the new value, not the amount of change said between (`由 B 增加到 A，增加 D，增长 X%`)
        later = [n for n in local if n.start > base.start and n.same_measure(base) and not is_increment(view, n)]
        # the one said with `到`/`至`, not an amount of change in words not read as one (`劲升 1700 点`)
        reached = [n for n in later if after_word(view, n, "growth", "to_words")]
        new = reached[0] if reached else later[-1] if len(later) == 1 else None
        if new is None and not later:
            # `从 80 万桶减少一半，即降至 40 万桶`: the level reached, said in the clause after
            new = restated_level(view, ch.end, sent, points, base)
    elif bases:
        base = bases[-1]
        # not the whole of a share said between (`完成预算 X 的 101.8%`): the plan, not the level
        earlier = [n for n in local if n.start < base.start and n.same_measure(base) and not is_share_object(view, n)]
        increment = is_increment(view, base)
        new = earlier[-1] if earlier else None if increment else level_after(view, ch.end, sent, base)
    if new is None and base is not None and ch.kind in ("%", "倍"):
        # `比上年末的 B 增加 D，增长 X%`: the base and the amount of change give the rate, D ÷ B,
        # whatever level they came to
        incs = [n for n in local if n.start > base.end and n.same_measure(base) and is_increment(view, n)
                and word_direction(view.label_before(n).rstrip("了"), clause_before(view, n.start)) == direction]
        if incs:
            return growth_draft(ch, direction, base, incs[-1], increment=True, of_base=True)
    if new is None and ch.kind in ("%", "倍"):
        found = None if own_base else increment_only(view, ch, direction, local, clause)
        found = found or increment_after(view, ch, direction, sent, local)
        if found is not None:
            return found
    if base is None and new is None and own_base:
        # `一九五二年钢产量为 B，一九五七年达到 A，比一九五二年增长 X%`
        # `比１９５５年铺轨里数增加`: the words after 比 name the base, not a subject of the change's own
        lead = re.split("|".join(cues.words("growth", "base_before")), clause)[0]
        base, new = dated_base(view, clause, local if own_subject(view, lead) else said_before) or (None, None)
    if base is None and new is None and not local:
        base, new = pair_after(view, ch.end, sent, points) or (None, None)
    if base is None and new is None:
        # `A，上年同期为 B，同比增长 X%`: the base in a clause of its own, opened by its period
        base, new = said_base(view, local) or (None, None)
    if base is None and new is None and not local:
        # `猪肉价格上涨 X%，…平均价格为 A，去年同期为 B`: the level and its base said after the change
        base, new = said_base_after(view, ch.end, clause, sent, points) or (None, None)
    if base is None and new is None and not own_base:
        # `1996 年为 B，1997 年达到 A，增长 X%`: two levels dated by their years
        bases_, news_ = dated_pair(view, [n for n in local if not is_increment(view, n)])
        if bases_:
            return older_said_last(_levels_draft(view, ch, direction, news_[0], bases_[0], increment),
                                   bases_[0], news_[0])
    if base is not None and new is not None:
        return _levels_draft(view, ch, direction, new, base, increment)
    implicit = any(w in clause for w in cues.words("growth", "base_implicit") + cues.words("growth", "base_before")
                   + cues.words("growth", "over_named") + cues.words("growth", "under_named"))
    if not implicit:
        # `收入 186.42 亿元，下降 12.6%`: a rate after its level, its base not given (growth_bare.py)
        return (real_without_base(view, ch, view.text[c_start:ch.start], local, prev_start)
                or bare_growth(view, ch, direction, local, count > 1))
    # `增长 7.1%、快于经济增速 1.7 个百分点`: a growth rate against the headline growth said before
    found = against_economy(view, ch, direction, clause, local[-1]) if points and local else None
    # `农村居民收入增速快于城镇居民 1.5 个百分点`: the two growth rates the sentence names
    found = found or (against_named(view, ch) if points else None)
    if found is not None:
        return found
    # the value that changed: not a comparison or an amount of change itself
    values = [n for n in local if not after_word(view, n, "growth", "base_before") and not is_increment(view, n)]
    if not values:
        values = reached_after(view, ch.end, sent, points)  # `比上年提高 1.3 个百分点，达到 32.1%`
    if not values and bases and not own_base:
        # `；比 8 月的 179.38 亿元增长 4.1%`: the new level a clause or sentence back (growth_new_before.py)
        found = new_level_before(view, ch, direction, bases[-1], _fact_at(view, ch))
        if found is not None:
            return found
    if not values:
        found = against_plan(view, ch, direction, sent, clause) if ch.kind == "%" else None
        if found is not None:
            return found  # `决算支出比预算少支出了约 2%`: the account and the plan said before
        found = raised_level(view, ch, direction, sent, clause)
        if found is not None:
            return found  # `指标是 A，…提高到 B，比原定指标又增加 X%`: the old level named after 比
        # `A，超过年度计划 x%，比上一年增长 y%，超过…指标 z%`: A more clauses back, past other changes
        # of A; only described, never judged (the level is found by place, not by name)
        level = near_level(view, ch, sent)
        return Draft("growth", "unverifiable", [ch.ref] + ([level.ref()] if level else []), None, ch.shown,
                     f"{ch.written} " + (f"是 {level.written} 的变化，比较基数未在文中给出，无法核对。" if level
                                        else "所比较的两个值（本期与基期）都未在文中给出，无法核对。"))
    base = base_said_next(view, ch.end, values[-1])
    if base is not None:
        return _levels_draft(view, ch, direction, values[-1], base)  # `A，同比下降 X%，上年同期为 B`
    found = fitting_base(view, ch, direction, values[-1], clause)
    if found is not None:
        return found  # `比 1955 年增长 8.4%` over that year's level stated paragraphs before
    return Draft("growth", "unverifiable", [ch.ref, values[-1].ref()], None, ch.shown,
                 f"{ch.written} 的比较基数（上年或同期的值）未在文中给出，无法核对。")


def _over_target(view: PageView, ch: Change, direction: str, local: list[Num]) -> Draft | None:
    """`…增长 12%，超过预期目标 3 个百分点`: points over a target (data/cues.toml [growth] target) are
    the growth less the target's rate: checked where a rate is said as the target's (`预期目标为 8%`)
    before the growth, unverifiable where none is, not the difference of the rates said before
    (`超过年度计划 5%` is a growth over the plan's amount, no target rate)."""
    targets = [n for n in local if cues.contains_any(view.label_before(n), "growth", "target")
               and not over_named(view.label_before(n))]
    rates = [n for n in local if word_direction(view.text[max(0, n.start - NEAR):n.start]) is not None
             and not over_named(view.label_before(n)) and n not in targets]
    if targets:
        after = [n for n in rates if n.start > targets[-1].start]
        return growth_draft(ch, direction, after[-1], targets[-1]) if after else None
    return Draft("growth", "unverifiable", [ch.ref] + [n.ref() for n in rates[-1:]], None, ch.shown,
                 f"{ch.written} 是高出（或低于）目标增速的百分点，目标增速未在文中给出，无法核对。")


def _fact_at(view: PageView, ch: Change) -> Num | None:
    """The percent fact a change was read from (None for a `倍` or `一半` said in words)."""
    return next((n for n in view.between(ch.start, ch.end) if n.start == ch.start and n.end == ch.end), None)


def _levels_draft(view: PageView, ch: Change, direction: str, new: Num, base: Num, increment: bool = False) -> Draft:
    """The change against its two levels, where the measure grows at comparable prices too."""
    real = real_measure(view, new, ch)
    if real and ch.kind in ("%", "倍"):
        found = growth_draft(ch, direction, new, base, increment)
        if found.verdict == "consistent" or constant_prices(view, new, ch):
            # levels that give the stated growth agree with it whatever their prices (总产值 of
            # the 1950s was stated at constant prices); a mismatch is sure only where the text
            # puts the levels at constant prices (`643.7 亿元（按 1957 年不变价格计算）`)
            return found
        # GDP and value added grow at comparable prices: two levels in current prices do not
        # give that growth (the price change is in their ratio too)
        return Draft("growth", "unverifiable", [ch.ref, new.ref(), base.ref()], None, ch.shown,
                     f"{real}，{new.written} 与 {base.written} 是现价，"
                     f"两者之比含价格变动，不能核对 {ch.written}。")
    return growth_draft(ch, direction, new, base, increment)


def _place_in_list(view: PageView, ch: Change, sent: int, c_start: int) -> tuple[int, int]:
    """The change's place among the changes a `分别` gives in its clause, and how many there are
    ((0, 1) for a change said alone)."""
    at = view.text.rfind(cues.words("enumeration", "respective")[0], c_start, ch.start)
    if at < 0:
        return 0, 1
    listed = [n for n in view.in_sentence(sent) if n.type == "percent" and at < n.start
              and view.clause_start(n.start) == c_start]
    starts = [n.start for n in listed]
    return (starts.index(ch.start), len(listed)) if ch.start in starts else (0, 1)
