"""`A 占 B 的 N%`, `完成 B 的 N%`: the part A and the whole B the phrase names, in the text before or after.

Apart from rate.py because the words of the phrase (its subject A and named whole B) pick the
terms, with the searches of wholes.py, total_wholes.py and plan_wholes.py.
"""
from __future__ import annotations

import bisect
import re

from . import amounts, cues, frames, plan_wholes, respective_items, total_wholes, wholes
from .bases import is_base
from .earlier_wholes import named_whole_earlier, smaller_named_whole
from .levels import plan_confirms, same_account_name
from .model import Num, PageView
from .per_unit import aggregate_wholes
from .rate_terms import HEAD, TERMS, level, shares_time, terms_before
from .share_objects import is_share_object
from .wording import after_word

_STEM = 4  # characters of a whole's name that an earlier label must hold


def of_phrase(view: PageView, p: Num) -> tuple | None:
    """The terms of `A 占 B 的 N%` (numerator, denominator or None[, why only near]), or None without such a phrase."""
    c_start = view.clause_start(p.start)
    before = _phrase_before(view, p)
    tail = next((t for t in cues.words("rate", "of_tails") if before.endswith(t)), None)
    if tail is None:
        return None
    body = before[: -len(tail)]
    at, verb = max(((body.rfind(v), v) for v in cues.words("rate", "of_verbs")), key=lambda x: x[0])
    if at < 0:
        return None
    subject = cues.strip_words(body[:at], "approx", "qualifiers")
    named_start = c_start + at + len(verb)
    named = cues.strip_words(body[at + len(verb):], "approx", "qualifiers")
    terms = terms_before(view, p)
    inside = [n for n in terms if named_start <= n.start]
    outside = [n for n in terms if n.end <= c_start + at]
    if len(subject) >= HEAD:
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
        done = [n for n in levels if len(named) < HEAD or named not in view.label_before(n, 30)]
        levels = done if done else levels
        num = levels[-1] if levels else in_sentence[-1] if in_sentence and not amounts.is_difference(view, in_sentence[-1]) else None
    if num is None and len(subject) >= HEAD:
        # `决算支出占预算数的 98.41%，比预算数 X 元少支 Y 元`: the amount stated earlier as the
        # total of the subject's head noun (`本年支出合计 Z 元`), where the plan follows the rate;
        # only the head noun ties them, so a mismatch is unverifiable
        totals = [n for n in wholes.article_before(view, p) if n.end <= c_start
                  and wholes.bare_name(view, n) != wholes.own_name(view, n)
                  and wholes.bare_name(view, n).endswith(subject[-HEAD:])]
        plan = plan_wholes.plan_after(view, p, named, totals[-1]) if totals else None
        if plan is not None and same_account_name(subject, wholes.bare_name(view, totals[-1])) \
                and plan_confirms(view, totals[-1], plan):
            return totals[-1], plan  # `决算支出` is the year's `本年支出合计`, as P − D says
        if plan is not None:
            return totals[-1], plan, f"{totals[-1].written} 只以中心词“{subject[-HEAD:]}”对应“{subject}”"
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
    whole = aggregate_wholes(view, num, [n for n in outside if n is not num and n.same_measure(num) and len(named) >= HEAD
                                         and wholes.holds_name(view.label_before(n), named) and level(view, n)
                                         and shares_time(n, num)])
    if whole:
        return num, whole[-1]
    found = total_wholes.sentence_total(view, p, num, named, outside)
    if found is None:
        found = named_whole_earlier(view, named, num, [n for n in outside if n is not num and n.same_measure(num)
                                                  and n.start < num.start and level(view, n) and shares_time(n, num)])
    if found is None:
        # the whole stated in an earlier paragraph of the article (a bulletin's opening total)
        found = named_whole_earlier(view, named, num, [n for n in wholes.article_before(view, num)
                                                  if n.same_measure(num) and n.paragraph != num.paragraph
                                                  and (n.value > num.value or p.value > 100) and level(view, n)
                                                  and shares_time(n, num)])
    if found is None:
        whole = _within_before(view, p, num, named)  # `X 为 A。其中，B 为 C，占 X 的 N%`
        found = (whole, None) if whole is not None else None
    if found is None and p.value <= 100:
        # no number so named is larger than the part: the name still picks its whole (a part
        # stated above it is then flagged, where the name is sure)
        found = smaller_named_whole(view, named, num, [n for n in wholes.article_before(view, num)
                                                      if n.same_measure(num) and n.end <= num.start and level(view, n)
                                                      and shares_time(n, num)])
    if found is not None:
        return (num, *found)
    found = total_wholes.breakdown_total(view, num, named) if verb in ("占", "佔") else None
    if found is not None:
        return (num, *found)
    # a number that is itself the part of a share (`债款支出 X 元，占…；其他支出 Y 元，占…`) is a
    # sibling item, not the whole
    whole = [n for n in outside if n is not num and n.same_measure(num) and n.sentence == p.sentence
             and named[-HEAD:] in wholes.words_of(view, n) and not wholes.share_part(view, n)]
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


def phrase_name(view: PageView, p: Num) -> str:
    """The whole's name in `占 B 的 N%` / `完成 B 的 N%` (B, without qualifiers), else ''."""
    before = _phrase_before(view, p)
    tail = next((t for t in cues.words("rate", "of_tails") if before.endswith(t)), None)
    if tail is None:
        return ""
    body = before[: -len(tail)]
    at, verb = max(((body.rfind(v), v) for v in cues.words("rate", "of_verbs")), key=lambda x: x[0])
    return cues.strip_words(body[at + len(verb):], "approx", "qualifiers") if at >= 0 else ""


def fulfilment(view: PageView, p: Num) -> bool:
    """`完成年度目标的 N%`, `为年初预算的 N%`: a rate of what was done over a target or plan."""
    named = phrase_name(view, p)
    return any(w in named for w in cues.words("rate", "target_words") + cues.words("rate", "plan_words"))


def named_after(view: PageView, p: Num, num: Num) -> Num | None:
    """`完成投资 2.74 亿元，完成年度任务的 109.6%。分季度看，…，年度任务为 2.5 亿元`: the whole
    the phrase names, stated later in the rate's paragraph under that very name (the number's
    own name is that name, four characters at least, at most after a whole's scope word like
    `全年`) and of the part's measure; the first such. The name ties it as surely as a whole said
    before, so a mismatch is an error. A name with another place or time before it (`城区年度计划`,
    `明年的年度计划`) is some other plan, and after `其中` the text speaks of members: none then."""
    named = phrase_name(view, p)
    if len(named) < _STEM:
        return None
    within = tuple(cues.table("hedges.toml")["hedges"]["within"])
    para = view.in_paragraph(p.paragraph)
    i = bisect.bisect_right(view._para_starts[p.paragraph], p.start)  # noqa: SLF001 (bounded look ahead)
    for n in para[i:i + TERMS]:
        if any(w in view.text[p.end:n.start] for w in within):
            return None  # `其中，城区…`: what follows is a member's, not the whole's
        if not n.same_measure(num):
            continue
        name = wholes.own_name(view, n)
        if name != named and name not in (w + named for w in cues.words("rate", "whole_scopes")):
            continue
        if level(view, n):
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
    levels = [n for n in view.before(opening, TERMS) if n.sentence == sent - 1 and n.same_measure(num)
              and n.value > num.value and level(view, n) and not is_share_object(view, n)]
    if len(levels) != 1:
        return None
    stem = named
    for w in cues.words("rate", "whole_scopes"):
        stem = stem[len(w):] if stem.startswith(w) else stem
    head = stem[-HEAD:]
    if stem and (len(head) < HEAD or head not in view.label_before(levels[0], 30) or stem[:1] not in view.label_before(levels[0], 30)):
        return None
    return levels[0]
