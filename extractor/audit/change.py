"""change: an amount of increase or decrease against the two levels it lies between.

Structures read (cue words in data/cues.toml), in one sentence, all of one measure:
    共增加了 1905 亿斤，即从 3496 亿斤增加到 5401 亿斤    the change, then `从/由 B` and `到/至 A`
    由 4025 亿元增加到 4600 亿元，增加 575 亿元           the levels, then the change
    从 1997 年的 B 增加到 2002 年的 A，平均每年增加 D     D = (A − B) ÷ years (yearly.py)
    达到 8710 亿元，比 1980 年的 7159 亿元增加 1551 亿元   `比 … 的 B` after the new level A
    1996 年出口额为 B。1997 年出口额为 A，比上年增加 D   `比上年` with both levels dated, under
                                                          one name (a mismatch is unverifiable)
The stated change D must equal A − B (or B − A for a decrease), within the precision written.
A change said `约`/`多` is compared as the interval it allows; a level that is itself a
comparison or a rate (`每`, `均`) is none.
"""
from __future__ import annotations

import re

from ..fact_types import SUMMABLE_TYPES
from . import cues, within_levels
from .model import Draft, Num, PageView
from .tolerance import as_number, fmt_like, rounded
from .levels import change_said_before, level_named_in, rate_confirms
from .wording import own_subject, without_rough
from .growth_bases import named_year, said_base
from .change_years import difference, year_levels
from .yearly import dated_pair, label_year, older_said_last, per_year_draft

_MEASURES = SUMMABLE_TYPES
_FROM = re.compile(r"[由从][^，；。]{0,14}?(?:的)?$")
# `增加到了二〇二五年的`; `由 2320 元调整为 2420 元`: a level set anew is reached as well
_TO = re.compile(r"(?:到|至|调整为|上调为|下调为|提高为|降低为|变为)了?(?:[^，；。到至]{0,12}的)?$")
_BASE = re.compile(r"(?:比|较)[^，；。增减提降]{0,14}的(?:每[^\d，；。的]{1,2})?$")  # `比…的每桶 B`: a price per unit
_BASE_BARE = re.compile(r"(?:比|较)[^，；。增减提降的]{1,8}$")  # `比预算数 B 少 D`: B right before the change


def check(view: PageView) -> list[Draft]:
    drafts = []
    for d in view.nums:
        if d.type not in _MEASURES or d.sentence < 0:
            continue
        direction = _direction(view, d)
        clause = view.text[view.clause_start(d.start):d.start]
        if direction is None:
            continue
        levels = _levels(view, d)
        counted_from = None  # the year the base was found by, sentences before (change_years.py)
        dated = False  # the levels a dated pair (`2025 年为 A，2024 年为 B`), in either order
        if not levels and not own_subject(view, clause):
            # `A，而上年只有 B，增加了 D`: the base in a clause of its own, opened by its period
            pair = said_base(view, [n for n in view.in_sentence(d.sentence) if n.end <= d.start
                                    and n.same_measure(d) and _near(view, d, n, n) and _direction(view, n) is None])
            levels = (pair[1], pair[0], False) if pair else None
        if not levels and (cues.contains_any(clause, "growth", "average") or not own_subject(view, clause)):
            # `1980 年为 A，1985 年将达到 B，平均每年增加 D` or `…，增加了 D`: two levels dated by their years
            # levels, not the changes of years before (`一九八三年增加 D1，一九八四年增加 D2`)
            bases, news = dated_pair(view, _levels_before(view, d))
            levels = (news[0], bases[0], False) if bases else None
            dated = bool(bases)
        if not levels and not cues.contains_any(clause, "growth", "average"):
            # `如前所说，全国职工增加了 D`: the levels said before under the same subject
            found_before = change_said_before(view, d, _FROM, _TO)
            if found_before is not None:
                levels = (found_before[0], found_before[1], not found_before[2])
        if not levels and not cues.contains_any(clause, "growth", "average"):
            # `比上年增加 D`, `比 1955 年增加 D`: the base the level of that year, sentences before
            same = _levels_before(view, d)
            year = _base_year(view, clause, same)
            levels = year_levels(view, d, direction, year, same) if year is not None else None
            counted_from = year if levels else None
        if not levels:
            continue
        new, base, apart = levels
        if cues.contains_any(clause, "growth", "average"):
            # `平均每年增加 2053 亿元` is the change spread over the years that date the levels
            found = per_year_draft(view, d, direction, new, base)
            if found is not None:
                drafts.append(found)
            continue
        found = change_draft(d, direction, new, base)
        if counted_from is not None:
            found.explanation = found.explanation.rstrip("。") + f"（{base.written} 是前文所述 {counted_from} 年的水平）。"
        if dated:
            found = older_said_last(found, base, new)
        if apart and found.verdict == "inconsistent":
            # a level found by its name sentences before, or a base per unit against a level that
            # is not (or the other way), is likely, not sure, to be the one meant
            found = Draft("growth", "unverifiable", found.facts, None, d.shown,
                          found.explanation.rstrip("。") + f"；但 {new.written} 与 {base.written} 只凭位置或名称相连，不据此判定有误。")
        drafts.append(found)
    return drafts


def _base_year(view: PageView, clause: str, same: list[Num]) -> int | None:
    """The year a change counts from: the one its clause names (`比 2019 年`), or the year before
    its new level's (`2020 年运量为 A，比上年增加 D`); none for the same months of a year
    (`比上年同期`, `比 2019 年同期`: part of a year, no level of the year is the base)."""
    if cues.contains_any(clause, "growth", "same_period"):
        return None
    named = named_year(clause)
    if named is not None:
        return named
    if not same or not cues.contains_any(clause, "growth", "year_before"):
        return None
    year = label_year(view, same[-1])
    return year - 1 if year is not None else None


def _levels_before(view: PageView, d: Num) -> list[Num]:
    """The levels of d's measure before it in its sentence, not past `；`, none a change itself."""
    return [n for n in view.in_sentence(d.sentence) if n.end <= d.start and n.same_measure(d)
            and "；" not in view.text[n.end:d.start] and _direction(view, n) is None]


def _undated_label(view: PageView, n: Num) -> str:
    """The clause text before a number back to the previous number, across dates."""
    return view.text[max(view.clause_start(n.start), view.prev_end(n.start, dates=False)):n.start]


def _direction(view: PageView, d: Num) -> str | None:
    """`增加 D`, and `增加约 D` (a change said roughly: the words of approximation read through)."""
    return cues.direction(without_rough(view.label_before(d)), "change")


def _levels(view: PageView, d: Num) -> tuple[Num, Num, bool] | None:
    """The new level and the base of a change, and whether the link is weak (the new level found
    by its name sentences before)."""
    alike = [n for n in view.in_sentence(d.sentence) if n is not d and n.same_measure(d)]
    same = [n for n in alike if not _per_unit(view, n)]
    froms = [n for n in same if _FROM.search(_undated_label(view, n))]
    for base in froms:
        tos = [n for n in same if n.start > base.end and _TO.search(_undated_label(view, n))
               and "；" not in view.text[base.end:n.start]]
        if tos and _near(view, d, base, tos[0]) and _same_subject(view, d, base):
            return tos[0], base, False
    for base in alike:
        if not (base.end <= d.start):
            continue
        label = _undated_label(view, base)
        bare = _BASE_BARE.search(label) and cues.direction(view.text[base.end:d.start], "change")
        if not (_BASE.search(label) or bare):
            continue
        # the level right before `比 B` is the one compared, per unit or not (`人均收入 A 元，比上年的
        # B 元`: B is 人均 too though its words do not say so again)
        # not the whole a rate names (`完成年度计划 X 的 104.6%`): the plan, not the level done
        news = [n for n in alike if n.end <= base.start and n not in froms and _direction(view, n) is None
                and not _rate_whole(view, n)]
        subject = within_levels.subject_level(view, news, base)
        if subject is not None and _near(view, d, subject, base):
            # `T，其中 a、b，比上年末的 B 增加 D`: T is compared; sure where the members are one `、` list
            return subject, base, not within_levels.one_list(view, subject, base)
        if news and _near(view, d, news[-1], base):
            return news[-1], base, _per_unit(view, news[-1]) != _per_unit(view, base) and not _period_only(label)
        if bare and not [n for n in news if not _per_unit(view, n)]:
            # `本年收入完成预算的 96.98%，比预算数 B 少 D`: the level named sentences before
            sent_start = view.sentences[d.sentence].start
            new = level_named_in(view, view.text[sent_start:base.start], d)
            if new is not None:
                # `占预算数的 R%，比预算数 B 少支 D`: where new ÷ B gives R, new is surely the actual
                return new, base, not rate_confirms(view, new, base)
    return None


def _rate_whole(view: PageView, n: Num) -> bool:
    """`完成年度计划 12.3 亿元的 104.6%`: a number the percent right after its `的` is taken of."""
    return view.text.startswith("的", n.end) and any(
        m.type == "percent" and m.start == n.end + 1 for m in view.between(n.end, n.end + 12))


def _period_only(label: str) -> bool:
    """`比上年的 B`, `较上年同期的 B`: the base named by its period alone is the level before it
    in another period, per unit where that level is (`人均收入 A 元，比上年的 B 元`)."""
    named = re.split("比|较", label)[-1].rstrip("的")
    return named in cues.table("growth_levels.toml")["growth_levels"]["periods"]


def _per_unit(view: PageView, n: Num) -> bool:
    """A rate or average (`每`, `均`), not an amount that changes by the amount stated."""
    label = view.label_before(n)
    for term in cues.words("sum", "named_extremes"):  # `最低工资标准`: a name, not the lowest of several
        label = label.replace(term, "")
    return bool(cues.contains_any(label, "sum", "not_amount"))


def _same_subject(view: PageView, d: Num, base: Num) -> bool:
    """The change speaks of the levels: said after them with no subject of its own (`，增加 575
    亿元`), or before them with the levels restating it (`增加了 1905 亿斤，即从 … 到 …`), not
    `集体职工增加 603 万人，… 个体劳动者从 15 万人增加到 147 万人`."""
    if d.start > base.start:
        said = view.text[view.clause_start(d.start):d.start]
        for w in (cues.words("growth", "average") + cues.words("growth", "function_words")
                  + cues.words("change", "up") + cues.words("change", "down")):
            said = said.replace(w, "")
        return len(re.sub(r"[^\u4e00-\u9fff]", "", said)) < 2
    lead = view.text[view.clause_start(base.start):base.start]
    return any(lead.startswith(w) for w in cues.words("change", "restating"))


def _near(view: PageView, d: Num, a: Num, b: Num) -> bool:
    """The change and its two levels within three clauses, not past `；`."""
    lo, hi = min(d.start, a.start, b.start), max(d.end, a.end, b.end)
    between = view.text[lo:hi]
    return "；" not in between and sum(between.count(c) for c in "，：") <= 3


def change_draft(d: Num, direction: str, new: Num, base: Num) -> Draft:
    sign = 1.0 if direction == "up" else -1.0
    got, point = difference(direction, new, base)
    ok = got.meets(d.interval)
    word = "增加" if sign > 0 else "减少"
    formula = f"{new.written} − {base.written}" if sign > 0 else f"{base.written} − {new.written}"
    text = (f"{formula} = {fmt_like(point, d.text, d.value)}，与所述{word} {d.written} "
            f"{'一致' + rounded(point, d.value) if ok else '不符'}。")
    return Draft("growth", "consistent" if ok else "inconsistent", [d.ref(), new.ref(), base.ref()],
                 as_number(point), d.shown, text)
