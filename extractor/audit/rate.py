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
"""
from __future__ import annotations

import bisect
import re

from ..fact_types import SUMMABLE_TYPES
from . import (amounts, bracket_wholes, cues, frames, kind_wholes, list_wholes, member_wholes, named_siblings, plan_wholes, respective,
               respective_items, saving_rates, scope_wholes, share_subjects, sibling_shares, stated_wholes, total_wholes, wholes,
               yield_rates)
from .bases import is_base
from .heads import periods_overlap, record_field
from .wording import after_word
from .earlier_wholes import named_whole_earlier, smaller_named_whole
from .levels import plan_confirms, same_account_name
from .model import Draft, Num, PageView
from .per_unit import aggregate_wholes
from .matched_totals import matched_whole
from .rate_drafts import per_mille as _per_mille, rate_draft, unverifiable_draft
from .share_objects import is_share_object
from .thresholds import is_bound

_TERMS = 60  # numbers before a rate, in its paragraph, that may be its terms
_STEM = 4  # characters of a whole's name that an earlier label must hold
_HEAD = 2  # characters of a label's head noun that must match
_QUALIFIERS = "约近大概将接"
_SHARE_VERB = r"占(?:比)?(?:为|达|达到|到)?"  # `占`, `占比为`, `占到`
_SHARE = re.compile(rf"{_SHARE_VERB}[约近]?$")
# `850 人，所占比例为 73.5%`: the share said by its ratio word alone, nothing else in the clause
_RATIO_ONLY = re.compile(r"(?:所占)?(?:比例|比重)(?:为|达)?[约近]?")
_TOTAL_MARKS = ("总", "總")  # `总装机`: the total of the noun after it
_DONE = re.compile(r"(?<![为除])了")  # 改良了, 进行了…的: the part done (not 为了, 除了)


def check(view: PageView) -> list[Draft]:
    drafts = []
    siblings: dict[int, tuple[Num, Num, str | None]] = {}  # the last share of a sentence: part, whole, weak
    bare: list[tuple[Num, Num, Num | None, str | None, int]] = []  # bare shares of counts: p, part, whole, weak, draft
    named: list[tuple[Num, Num, Num | None, str | None, int]] = []  # shares naming their whole, the same
    taken: dict[int, tuple[Num | None, str | None]] = {}  # bare shares read so far: whole, weak, by part's start
    for p in view.nums:
        if p.type != "percent" or p.unit != "%" or p.sentence < 0 or respective.covers(view, p):
            continue
        found = _named_rate(view, p)
        if not found:
            found = _of_phrase(view, p)
            found = frames.review(view, p, found, named=True) if found else found
            found = stated_wholes.review(view, p, found, fit_only=True) if found else found
            found = kind_wholes.review(view, p, found) if found else found  # `其中水田…`: the kind's part
        is_bare = False
        if not found:
            found = _share(view, p, siblings.get(p.sentence))
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
            den = _named_after(view, p, num)  # `完成年度任务的 109.6%。…年度任务为 2.5 亿元`
        weak = weak or saving_rates.doubt(view, p, den)  # `节约率`: on a budget the text may not state
        weak = weak or yield_rates.doubt(view, p, den)  # `收益率`: on a balance the text may not state
        den = member_wholes.sibling_total(view, num, den) or den  # `T，其中 a，b，a 率 N%`: T, not the sibling b
        weak = weak or member_wholes.doubt(view, p, num, den, _phrase_name(view, p))  # a member, a shorter time, another name or item's plan
        if den is not None and is_bound(view, den):
            den, weak = None, None  # `10 亿元以上的项目`: a threshold is no whole (thresholds.py)
        if is_bare and num.type == "count" and not _per_mille(p):
            bare.append((p, num, den, weak, len(drafts)))
        elif not is_bare and not _per_mille(p):
            named.append((p, num, den, weak, len(drafts)))
        if den is not None and "占" in view.text[view.clause_start(p.start):p.start]:
            siblings[p.sentence] = (num, den, weak)
        if _per_mille(p) and den is not None and not cues.contains_any(view.label_before(den, 30), "rate", "population_words"):
            # a birth or death rate is per head of the population, not of another count of people
            den = wholes.population(view, p, num)
        if _per_mille(p) and weak is None:
            # birth, death and growth rates per mille are taken on the year's average population,
            # which a bulletin rarely gives: the year-end figure only comes near
            weak = "千分率按年平均人口计算，文中的人口数只能近似其分母"
        if is_bare:
            taken[num.start] = (den, weak)
        drafts.append(rate_draft(p, num, den, weak, _fulfilment(view, p)) if den is not None else unverifiable_draft(p, num))
    for i, whole in sibling_shares.confirmed(view, bare):
        p, num = bare[i][0], bare[i][1]
        drafts[bare[i][4]] = rate_draft(p, num, whole)
    for i, whole in named_siblings.confirmed(view, named):
        p, num = named[i][0], named[i][1]
        drafts[named[i][4]] = rate_draft(p, num, whole)
    return drafts


def _terms(view: PageView, p: Num) -> list[Num]:
    """Numbers before the rate in its paragraph that can be a rate's terms."""
    # a duration (`两年实际完成的投资额`) is the period of an amount, not an amount
    return [n for n in view.paragraph_before(p, _TERMS) if n.type in SUMMABLE_TYPES]


def _stem(label: str) -> str | None:
    """`整改率` gives `整改`: the words before the rate suffix at the end of the label."""
    label = label.rstrip("为达是：:到")
    for suffix in cues.words("rate", "rate_suffix"):
        if label.endswith(suffix) and len(label) > len(suffix):
            stem = re.split(r"[，、的”“]", label[: -len(suffix)])[-1]
            for w in cues.words("rate", "process_suffix"):  # 城镇化率: the share that is 城镇
                if stem.endswith(w) and len(stem) > len(w) + 1:
                    stem = stem[-len(w) - 2:-len(w)]
                    break
            return stem[-4:] if len(stem) >= 2 else None
    return None


def _text_of(view: PageView, n: Num) -> str:
    return view.label_before(n) + view.noun_after(n)


def _named_rate(view: PageView, p: Num) -> tuple | None:
    label = view.label_before(p)
    stem = _stem(label)
    if not stem:
        return None
    terms = _terms(view, p)
    named = [n for n in terms if stem in _text_of(view, n)]
    sentence = [n for n in terms if n.sentence == p.sentence]
    weak = None
    if not named and len(stem) > _HEAD:
        # `抽查了 44 种产品，合格 25 种，抽样合格率为 56.8%`: the rate's head word (`合格`) names a
        # number of its sentence; the words before it (`抽样`) are not repeated, so a mismatch is
        # unverifiable
        named = [n for n in sentence if stem[-_HEAD:] in _text_of(view, n)]
        weak = f"{named[-1].written} 只以“{stem[-_HEAD:]}”对应“{stem}”" if named else None
    if named:
        num = named[-1]
        head = _text_of(view, num).replace(stem, "").strip("“”\"的了")[-_HEAD:]
        dens = [n for n in terms if n is not num and n.same_measure(num) and n.start < num.start
                and len(head) == _HEAD and head in _text_of(view, n)]
        if not dens:
            # the other numbers of the sentence: a level compared with or a change is no whole
            # (`余额 A，比上年末的 B 增加 C；贷款率 N%`)
            dens = [n for n in sentence if n is not num and n.same_measure(num) and _level(view, n)]
        if not dens and _per_mille(p):
            pop = wholes.population(view, p, num)  # `出生率 7.75‰ … 年末常住人口 X 万人`
            dens = [pop] if pop is not None else []
        if len(dens) > 1 and not _per_mille(p):  # an average is no whole; the one that holds is (matched_totals.py)
            dens = matched_whole(view, p, num, dens)
        if weak and dens and _names_both(view, stem, num, dens[-1]):
            weak = None  # `资产负债率`: 负债 names the numerator, 资产 the denominator
        return (num, dens[-1], weak) if dens else None
    progress = [n for n in sentence if cues.contains_any(view.label_before(n), "part_of", "part_progress")
                or "已" in view.label_before(n)]
    for num in reversed(progress):
        dens = [n for n in sentence if n.start < num.start and n.same_measure(num)]
        if dens:
            return num, dens[-1]
    return None


def _names_both(view: PageView, stem: str, num: Num, den: Num) -> bool:
    """A rate named by its denominator's noun, then its numerator's (`资产负债率` is 负债 over 资产,
    `收入利润率` 利润 over 收入): the numerator's name holds the stem's head, the denominator's
    the words before it, so the name ties both terms, not only the head."""
    rest = stem[:-_HEAD]
    return len(rest) >= _HEAD and rest in _text_of(view, den) and rest not in _text_of(view, num)


def _of_phrase(view: PageView, p: Num) -> tuple | None:
    c_start = view.clause_start(p.start)
    before = _phrase_before(view, p)
    tail = next((t for t in cues.words("rate", "of_tails") if before.endswith(t)), None)
    if tail is None:
        return None
    body = before[: -len(tail)]
    at, verb = max(((body.rfind(v), v) for v in cues.words("rate", "of_verbs")), key=lambda x: x[0])
    if at < 0:
        return None
    subject = body[:at].strip(_QUALIFIERS)
    named_start = c_start + at + len(verb)
    named = body[at + len(verb):].strip(_QUALIFIERS)
    terms = _terms(view, p)
    inside = [n for n in terms if named_start <= n.start]
    outside = [n for n in terms if n.end <= c_start + at]
    if len(subject) >= _HEAD:
        by_subject = wholes.by_subject(view, subject, outside)
        if not by_subject and len(subject) >= _STEM:
            # `同原来的预算相比，本年收入完成预算的 96.98%`: the subject's amount in an earlier paragraph
            by_subject = [n for n in wholes.article_before(view, p) if n.end <= c_start
                          and len(wholes.bare_name(view, n)) >= _STEM and subject.endswith(wholes.bare_name(view, n))]
        num = by_subject[-1] if by_subject else None
        # `第一、二、三产业增加值分别为 A、B、C，第三产业增加值占…`: the list item the subject names
        num = respective_items.named_member(view, subject, num) if num is not None else None
    else:
        in_sentence = [n for n in outside if n.sentence == p.sentence]
        # `A，比上年同期的 B 增长 x%，完成全年目标的 N%`: the level done, not the base it was compared with
        # nor the difference said after that base (`比上年同期的 B 多增 D`)
        levels = [n for n in in_sentence if not is_base(view, n) and not after_word(view, n, "growth", "base_before")
                  and not amounts.is_difference(view, n)]
        # `新增就业 4826 人，年度目标为 4000 人，完成年度目标的 N%`: the target the phrase names is
        # its whole, not the level done
        done = [n for n in levels if len(named) < _HEAD or named not in view.label_before(n, 30)]
        levels = done if done else levels
        num = levels[-1] if levels else in_sentence[-1] if in_sentence and not amounts.is_difference(view, in_sentence[-1]) else None
    if num is None and len(subject) >= _HEAD:
        # `决算支出占预算数的 98.41%，比预算数 X 元少支 Y 元`: the amount stated earlier as the
        # total of the subject's head noun (`本年支出合计 Z 元`), where the plan follows the rate;
        # only the head noun ties them, so a mismatch is unverifiable
        totals = [n for n in wholes.article_before(view, p) if n.end <= c_start
                  and wholes.bare_name(view, n) != wholes.own_name(view, n)
                  and wholes.bare_name(view, n).endswith(subject[-_HEAD:])]
        plan = plan_wholes.plan_after(view, p, named, totals[-1]) if totals else None
        if plan is not None and same_account_name(subject, wholes.bare_name(view, totals[-1])) \
                and plan_confirms(view, totals[-1], plan):
            return totals[-1], plan  # `决算支出` is the year's `本年支出合计`, as P − D says
        if plan is not None:
            return totals[-1], plan, f"{totals[-1].written} 只以中心词“{subject[-_HEAD:]}”对应“{subject}”"
    if num is None:
        return None
    inside = [n for n in inside if n.same_measure(num)]
    if inside:
        return num, inside[-1]
    plan = plan_wholes.plan_after(view, p, named, num)
    if plan is not None:
        return num, plan
    if named_start < p.start and any(named_start <= n.start for n in terms):
        return num, None  # the phrase names its whole with a number of another measure
    plans = cues.words("rate", "target_words") + cues.words("rate", "plan_words")
    plan = next((w for w in plans if re.search(f"{w}(?:数|數|额|額)?$", named)), None)
    if plan is not None:
        return plan_wholes.own_plan(view, p, num, plan, outside)
    # not `人均…` (per_unit.py), nor last year's level the name compares with (`发放笔数比上年的 B`)
    whole = aggregate_wholes(view, num, [n for n in outside if n is not num and n.same_measure(num) and len(named) >= _HEAD
                                         and wholes.holds_name(view.label_before(n), named) and _level(view, n)])
    if whole:
        return num, whole[-1]
    found = total_wholes.sentence_total(view, p, num, named, outside)
    if found is None:
        found = named_whole_earlier(view, named, num, [n for n in outside if n is not num and n.same_measure(num)
                                                  and n.start < num.start and _level(view, n) and _shares_time(n, num)])
    if found is None:
        # the whole stated in an earlier paragraph of the article (a bulletin's opening total)
        found = named_whole_earlier(view, named, num, [n for n in wholes.article_before(view, num)
                                                  if n.same_measure(num) and n.paragraph != num.paragraph
                                                  and (n.value > num.value or p.value > 100) and _level(view, n)
                                                  and _shares_time(n, num)])
    if found is None:
        whole = _within_before(view, p, num, named)  # `X 为 A。其中，B 为 C，占 X 的 N%`
        found = (whole, None) if whole is not None else None
    if found is None and p.value <= 100:
        # no number so named is larger than the part: the name still picks its whole (a part
        # stated above it is then flagged, where the name is sure)
        found = smaller_named_whole(view, named, num, [n for n in wholes.article_before(view, num)
                                                      if n.same_measure(num) and n.end <= num.start and _level(view, n)
                                                      and _shares_time(n, num)])
    if found is not None:
        return (num, *found)
    found = total_wholes.breakdown_total(view, num, named) if verb in ("占", "佔") else None
    if found is not None:
        return (num, *found)
    # a number that is itself the part of a share (`债款支出 X 元，占…；其他支出 Y 元，占…`) is a
    # sibling item, not the whole
    whole = [n for n in outside if n is not num and n.same_measure(num) and n.sentence == p.sentence
             and named[-_HEAD:] in _text_of(view, n) and not wholes.share_part(view, n)]
    if not whole:
        return frames.fitting_whole(view, p, num, named) or (num, None)
    # only the head noun is shared (`本年收入` and `债款收入`): the number may be a sibling part
    return num, whole[-1], f"“{named}”与 {whole[-1].written} 只共有中心词，未必是同一整体"


def _phrase_before(view: PageView, p: Num) -> str:
    """The clause before a percent, a word of approximation right before it left out (`占…的近 30%`:
    the percent's own interval widens for it)."""
    before = view.text[view.clause_start(p.start):p.start]
    approx = cues.ends_with_any(before, "approx", "words")
    return before[: -len(approx)] if approx else before


def _phrase_name(view: PageView, p: Num) -> str:
    """The whole's name in `占 B 的 N%` / `完成 B 的 N%` (B, without qualifiers), else ''."""
    before = _phrase_before(view, p)
    tail = next((t for t in cues.words("rate", "of_tails") if before.endswith(t)), None)
    if tail is None:
        return ""
    body = before[: -len(tail)]
    at, verb = max(((body.rfind(v), v) for v in cues.words("rate", "of_verbs")), key=lambda x: x[0])
    return body[at + len(verb):].strip(_QUALIFIERS) if at >= 0 else ""


def _fulfilment(view: PageView, p: Num) -> bool:
    """`完成年度目标的 N%`, `为年初预算的 N%`: a rate of what was done over a target or plan."""
    named = _phrase_name(view, p)
    return any(w in named for w in cues.words("rate", "target_words") + cues.words("rate", "plan_words"))


def _named_after(view: PageView, p: Num, num: Num) -> Num | None:
    """`完成投资 2.74 亿元，完成年度任务的 109.6%。分季度看，…，年度任务为 2.5 亿元`: the whole
    the phrase names, stated later in the rate's paragraph under that very name (the number's
    own name is that name, four characters at least, at most after a whole's scope word like
    `全年`) and of the part's measure; the first such. The name ties it as surely as a whole said
    before, so a mismatch is an error. A name with another place or time before it (`城区年度计划`,
    `明年的年度计划`) is some other plan, and after `其中` the text speaks of members: none then."""
    named = _phrase_name(view, p)
    if len(named) < _STEM:
        return None
    within = tuple(cues.table("hedges.toml")["hedges"]["within"])
    para = view.in_paragraph(p.paragraph)
    i = bisect.bisect_right(view._para_starts[p.paragraph], p.start)  # noqa: SLF001 (bounded look ahead)
    for n in para[i:i + _TERMS]:
        if any(w in view.text[p.end:n.start] for w in within):
            return None  # `其中，城区…`: what follows is a member's, not the whole's
        if not n.same_measure(num):
            continue
        name = wholes.own_name(view, n)
        if name != named and name not in (w + named for w in cues.words("rate", "whole_scopes")):
            continue
        if _level(view, n):
            return n
    return None


def _within_before(view: PageView, p: Num, num: Num, named: str) -> Num | None:
    """`全年城镇新增就业 41.6 万人，完成年度目标 40 万人的 104.0%。其中，滨海新区 9.8 万人，占全市的
    N%`: a share in a sentence that `其中` opens, whose whole is named by its scope only (`全市`) or
    by words of the level the sentence before states (`基金收入` of `政府性基金预算收入`): that
    level, the one number of the part's measure larger than it there that is no base, plan or
    change. `其中` makes the part one of its members (hedges.sentence_within)."""
    sent = p.sentence
    if sent <= 0 or num.sentence != sent:
        return None
    opening = view.sentences[sent].start
    if not view.text[opening:opening + 4].lstrip().startswith(tuple(cues.table("hedges.toml")["hedges"]["within"])):
        return None
    prev = view.sentences[sent - 1]
    if prev.paragraph != view.sentences[sent].paragraph:
        return None
    levels = [n for n in view.before(opening, _TERMS) if n.sentence == sent - 1 and n.same_measure(num)
              and n.value > num.value and _level(view, n) and not is_share_object(view, n)]
    if len(levels) != 1:
        return None
    stem = named
    for w in cues.words("rate", "whole_scopes"):
        stem = stem[len(w):] if stem.startswith(w) else stem
    head = stem[-_HEAD:]
    if stem and (len(head) < _HEAD or head not in view.label_before(levels[0], 30) or stem[:1] not in view.label_before(levels[0], 30)):
        return None
    return levels[0]


def _share(view: PageView, p: Num, sibling: tuple[Num, Num, str | None] | None = None) -> tuple | None:
    """`其中 A 97 名，占 25.1%`: the share of the breakdown's total; `sibling` is the whole an
    earlier share of the sentence named (`A 为 X，占总数的 87%；B 为 Y，占 13%`)."""
    before = view.text[view.clause_start(p.start):p.start]
    # `新能源装机达 2210 万千瓦、占比达 41.1%`: the share after a `、` follows its part in one clause
    after_part = before[max(0, view.prev_end(p.start, dates=False) - p.start + len(before)):]
    if after_part.startswith("、") and len(after_part) > 1:
        before = after_part[1:]
    if not (_SHARE.search(before) and len(before) <= 5 or _RATIO_ONLY.fullmatch(before)
            or share_subjects.repeats_part(view, p, before)):  # `县级配套占比为`: the part named again
        return None
    sentence = [n for n in _terms(view, p) if n.sentence == p.sentence]
    if not sentence:
        return None
    num = sentence[-1]
    if "；" in view.text[num.end:p.start]:
        return None  # `中共党员占 40%，计 878 名；妇女委员占 15.5%`: the count of the item before
    if "其中" in view.text[num.end:p.start]:
        return None  # `外债 W，其中私人债务占 55%`: W is the whole `其中` divides, no part (share_part_unstated.py)
    s_start = view.sentences[p.sentence].start
    cue = view.text.rfind("其中", s_start, num.start)
    if cue >= 0 and "；" in view.text[cue:num.start]:
        cue = -1  # `A 58 亿元，占 75.6%，其中…；B 18 亿元，占 24.4%`: the 其中 of the item before
    if cue < 0:
        # `盐碱地有三亿多亩，初步治理了一亿八千万亩，占百分之五十`: the whole may be the number of
        # the same measure said just before; nothing names it so, so a mismatch is unverifiable
        # a change (`同比增加 1130 万千瓦、达到 6470 万千瓦，占比 48.6%`) or a class's bounds
        # (`0.8 元至 1 元占 24.4%`) is no whole
        found = [n for n in sentence if n.end <= num.start and n.same_measure(num) and n.value > 0
                 and _next_clause(view, n, num) and n.qualifier != "range" and not amounts.is_change(view, n)]
        if sibling is not None and _parallel(view, num, sibling):
            return (num, *sibling[1:])
        if found:
            if _scope_of(view, found[-1], num):
                return num, found[-1]
            return num, found[-1], f"{found[-1].written} 未被明说是 {num.written} 所占的整体"
        # `销售收入为 4797 亿元，占 31.5%`: the whole of the same name stated before in the article
        named = total_wholes.same_name_whole(view, num) or total_wholes.stated_total(view, num)
        if named is not None:
            return num, named
        return frames.fitting_whole(view, p, num, view.label_before(num).rstrip("为是达：")) or (num, None)
    # `收入 A，完成年度预算 B 的 N%；其中税收 C，占 M%`, `销售额 A，比上年同期的 B 增加 D；其中…`:
    # the whole 其中 breaks down is the level stated, never a plan, a base or a change beside it
    # a part said in brackets before `其中` is its whole only where the words say so (bracket_wholes.py)
    totals = [n for n in sentence if n.end <= cue and n.same_measure(num) and _level(view, n)]
    found = bracket_wholes.share_whole(view, p, num, totals, cue)
    if found is not None:
        return found
    # `全国从业人员为 X 万人。按户数计算，…；其中，农业人员 Y 万人，占 N%`: the total 其中 breaks
    # down may close the sentence before; nothing ties it there, so a mismatch is unverifiable
    total = total_wholes.total_of_sentence_before(view, cue, num)
    if total is not None:
        return num, total
    earlier = [n for n in _terms(view, p) if n.sentence < p.sentence and n.same_measure(num) and n.value > num.value]
    if earlier:
        return num, earlier[-1], f"{earlier[-1].written} 在“其中”的前一句，未必是它所分的总数"
    return num, None


def _level(view: PageView, n: Num) -> bool:
    """n is a level stated of its subject: not a plan or last year's level compared with
    (`为年度预算 B 的 90%`, `比上年同期的 B`), nor a change (`增加 D`)."""
    return not (is_base(view, n) or after_word(view, n, "growth", "base_before") or amounts.is_change(view, n))


def _shares_time(whole: Num, part: Num) -> bool:
    """The two periods, where both are stated spans, share some time: a holiday's figure is no part of the
    January–September total (`1-9 月全市接待 1.21 亿人次` … `国庆假期全区 268.4 万人次，占全市的`)."""
    p, q = record_field(whole, "period"), record_field(part, "period")
    if _DAY.match(p or "") and _span(q):
        return False  # one day's figure is no whole of a figure over a span of days (每日 142.6 against 8天 863.5)
    if not (_span(p) and _span(q)):
        return True  # a stock's date (`../1996-12`) or a page's month says too little of a flow's time
    return periods_overlap(p, q)


_DAY = re.compile(r"^[0-9X]{4}-[0-9X]{2}-\d{2}$")  # (XXXX: a year the page never gives)


def _span(period: str | None) -> bool:
    """A period stated as a closed span of time (`2026-01/2026-09`, `2026-10-01/2026-10-08`)."""
    return bool(period) and "/" in period and ".." not in period


def _scope_of(view: PageView, whole: Num, part: Num) -> bool:
    """Words that make the number of the clause before the whole of a share: the part done of
    it (`低产田有七亿多亩，已改良了四亿五千万亩，占百分之六十`), the whole as the scope of
    the clause (`在 1860 名委员中，中共党员 912 人，占 49.03%`), or a count of the same unit
    right before (`委员 1860 人，中共党员 912 人，占 49.03%`: a group, then part of it; amounts
    side by side are as often two sibling items)."""
    between = view.text[whole.end:part.start]
    if part.type == "count" and whole.unit == part.unit and _next_clause(view, whole, part):
        return True
    if cues.pattern("rate", "scope_after").search(between):
        return True
    label = view.label_before(part)
    if _total_of_kind(view, whole, part):
        return True
    return bool(cues.contains_any(label, "part_of", "part_progress")) or "已" in label or bool(_DONE.search(label))


def _total_of_kind(view: PageView, whole: Num, part: Num) -> bool:
    """`总装机达 5380 万千瓦，新能源装机达 2210 万千瓦、占比 41.1%`: the whole named as the total of
    a noun (`总` before it) that the part's name ends with, one kind of it."""
    wname = wholes.own_name(view, whole)
    pname = wholes.own_name(view, part)
    for w in _TOTAL_MARKS:
        at = wname.rfind(w)
        noun = wname[at + len(w):] if at >= 0 else ""
        if len(noun) >= _HEAD and pname.endswith(noun) and len(pname) > len(noun):
            return True
    return False


def _parallel(view: PageView, num: Num, sibling: tuple[Num, Num, str | None]) -> bool:
    """Whether a share stands in parallel to the sentence's earlier share, and so takes its
    whole: a count in the same unit (a population split), a part of the same measure and head
    word (`在省内务工的` and `在省外务工的`), or named like that whole; smaller than it."""
    part, whole, _ = sibling
    if not (whole.same_measure(num) and whole.value > num.value):
        return False
    if num.type == "count" and num.unit == part.unit:
        return True  # `中共党员 912 人，占…；非中共人士 948 人，占…`: one population split
    name = wholes.own_name(view, num)
    return (len(wholes.common_tail(name, wholes.own_name(view, part))) >= _HEAD
            or len(wholes.shared_tail(name, view.label_before(whole, 30))) >= _HEAD)


def _next_clause(view: PageView, a: Num, b: Num) -> bool:
    """b stands in the clause after a's (or a's own), not past `；`."""
    between = view.text[a.end:b.start]
    return "；" not in between and sum(between.count(c) for c in "，：") <= 1
