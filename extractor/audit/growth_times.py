"""growth_times: ratios said in 倍 (`是 B 的 X 倍`) and a yearly rate said after the total change it
spreads over the years (`比 1978 年增长 32.6%，平均每年增长 7.3%`)."""
from __future__ import annotations

from . import cues
from .growth_bases import base_of_year
from .growth_calc import growth_draft
from .model import Draft, Num, PageView
from .wording import NEAR, Change, after_word, own_subject, word_direction
from .yearly import from_total_draft, years_in


def times_draft(view: PageView, ch: Change, local: list[Num], said_before: list[Num]) -> Draft | None:
    """`A，是 B 的 X 倍`: B stands after 是 in the change's clause; unverifiable without it.
    `由 B 增加到 A，增长到 X 倍` or `…，是原来的 X 倍`: the ratio of the pair said before.
    `A，等于一九四九年的 X 倍` (data/cues.toml [growth] ratio_before): the year's level not given, the
    ratio is unverifiable with A, the level its clause before ends with. A ratio whose clause names a
    subject of its own (`…生铁 A，钢产量达到一九五二年的 4 倍`) or a share (`占全国的比重`) is not
    about the levels before it: no pairing, and nothing where its own level is not said."""
    clause_start = view.clause_start(ch.start)
    clause = view.text[clause_start:ch.start]
    pair = _pair(view, said_before)
    if pair and (cues.ends_with_any(clause.rstrip("了"), "growth", "to_words")
                 or cues.contains_any(clause, "growth", "former_base")):
        return growth_draft(ch, "up", pair[1], pair[0])
    at = max(clause.rfind(w) for w in cues.words("growth", "ratio_before"))
    if at < 0:
        return None
    if cues.contains_any(clause[:at], "growth", "not_base") or clause[:at].startswith("占"):
        return None  # `占全国的比重达到一九七八年的 2 倍`: a ratio of shares, no ratio of the amounts
    verb = clause_start + at
    bases = [n for n in local if n.start > verb]
    news = [n for n in local if n.end <= verb]
    if bases:
        same = [n for n in news if n.same_measure(bases[-1])]
        if same:
            return growth_draft(ch, "up", same[-1], bases[-1])
    # `一九五七年达到 A，为一九五二年的 X 倍`: the level dated by the year named (the words after
    # the verb name the base, so the levels said before are this change's)
    # a clause naming a subject of its own (`…生铁 A，钢产量达到一九五二年的 4 倍`) is not about the
    # levels of the clauses before: neither their base year's level nor the level itself is its
    years = years_in(clause[at:])
    levels = [] if own_subject(view, clause[:at]) else [n for n in said_before if n.end <= verb]
    base = base_of_year(view, levels[-1], years[0]) if levels and len(years) == 1 else None
    if base is not None:
        return growth_draft(ch, "up", levels[-1], base)
    if not news and levels:
        # `发电量九十亿度，等于一九五〇年的三点二倍`: a clause of only the ratio is about the level
        # the clause before ends with
        news = levels
    if news:
        return Draft("growth", "unverifiable", [ch.ref, news[-1].ref()], None, ch.shown,
                     f"{ch.written} 的比较对象未以数字给出，无法核对。")
    # a ratio whose own level is not said either says nothing (growth_open leaves ratios to this
    # module): `棉花产量可以等于一九四九年的二点八倍`
    return None


def _pair(view: PageView, local: list[Num]) -> tuple[Num, Num] | None:
    """The last `由 B … 到 A` pair of one measure among the numbers before a change."""
    froms = [n for n in local if after_word(view, n, "growth", "from_words")]
    if not froms:
        return None
    tos = [n for n in local if n.start > froms[-1].start and n.same_measure(froms[-1])
           and after_word(view, n, "growth", "to_words")]
    return (froms[-1], tos[0]) if tos else None


def from_total(view: PageView, ch: Change, direction: str, sent: int, lo: int) -> Draft | None:
    """`1982 年工农业总产值…比 1978 年增长 32.6%，平均每年增长 7.3%`: the yearly rate of the total
    change said just before, over the years from the base year to the year of the sentence."""
    if ch.kind != "%":
        return None
    totals = [n for n in view.in_sentence(sent) if n.unit == "%" and lo <= n.start and n.end <= ch.start]
    if not totals:
        return None
    total = totals[-1]
    c_start = view.clause_start(total.start)
    clause = view.text[c_start:total.start]
    at = clause.rfind("比")
    if at < 0 or word_direction(view.text[max(0, total.start - NEAR):total.start]) != direction:
        return None
    bases = years_in(clause[at:])
    ends = years_in(view.text[view.sentences[sent].start:c_start + at])
    if not bases or not ends or ends[-1] <= bases[-1]:
        return None
    return from_total_draft(ch.ref, ch.written, ch.shown, ch.interval, total, bases[-1], ends[-1])
