"""Discovery: relations among the numbers of a paragraph, proposed because their arithmetic
holds, on claims no other check reports on (issue 12: "arithmetic that holds exactly is evidence
that a relation is real").

    林地 5326 公顷，有林地 4187 公顷，疏林地 1139 公顷。    a total and a run of parts after it
    甲 2318 台，乙 1946 台，两者 4264 台。                  a run of parts and the total after it
    小学占 46.3%，初中占 35.8%，高中占 17.9%。             shares adding up to 100% (discover_shares.py)

arith_sum.py keeps such a sum only where the words also tie the numbers (a total word, a shared
metric head); this pass keeps it on the arithmetic and cheap sanity alone, and so asks more of
the arithmetic: one measure (type and unit family); the parts a contiguous run of the measure in
the total's sentence and the next or previous one of its paragraph, within REACH characters (an
amount of change or a per-unit figure between them is passed over, any other number of the
measure ends the run); every number exact (no 约, 以上, range, 多) and none of them an amount
of change, a per-unit figure, a target or a rank (data/discover.toml); no clause holding an amount
of another measure between them; periods nested; no chance match (1 + 2 = 3 proves nothing):
a total written with DIGITS digits or more (an exact count keeps its zeros: 100 家 has three, 60
亿元 two; the two-digit totals that add up on DEV text were all read by the cue-led checks
already), parts with PART_DIGITS digits in all, not all equal (125 座 and 125 座 after 250 座 are
three villages; a round total, `9000 万英镑`, is kept only where some part but not every part is
named by its noun, `账目损失`/`净损失`, all in its sentence, and no part of another place), and the total no item of a list with its first part (`1500 所、县中医院 500 所
和…1000 所`: three kinds of hospital). Each total
tries at most WINDOW neighbours either side: linear in page length.

Verdicts: `consistent` only. Where the arithmetic fails nothing is said, not even
`unverifiable`: no word here says that a relation exists, and a failed guess is no evidence
that the page is wrong (a sentence's numbers are mostly not parts of each other). The cue-led
checks say `unverifiable` or `inconsistent` on their own evidence.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..clauses import BREAKS, HALFWIDTH_BREAKS
from . import cues
from .arith import AMOUNT_TYPES, WINDOW, bounded, exact_places, measure_groups, words as arith_words
from .arith_ratio import says_difference, way_of
from .findings import sum_draft
from .heads import head, record_field, unscoped
from .model import Draft, Num, PageView
from .tolerance import Interval

DIGITS = 3  # digits of a total found by arithmetic alone (arith.exact_places)
ROUND_DIGITS = 1  # digits of a round total (`9000 万`) found where a part's name shares its noun
NOUN = 2  # characters of the noun a round total's name and a part's name end with
LIST_GAP = 12  # characters between two items of one list, their names included
PART_DIGITS = 4  # digits of its parts together
LABEL = 8  # characters before a number read for the words that rule it out
SUMMED = AMOUNT_TYPES  # amounts that add up (shares: discover_shares.py)
REACH = 240  # characters from a total to its furthest part (arith_sum's reach)
# sentences of its paragraph a run of parts may run on into, either side; at 1, no two parts
# stand each in a sentence of its own apart from the total's, so parallel_parts.from_sums (which
# may say `inconsistent`) never builds on a relation found here
SENTENCES = 1


@lru_cache(maxsize=None)
def words(key: str) -> tuple[str, ...]:
    return tuple(sorted(cues.table("discover.toml")["guard"][key], key=lambda w: (-len(w), w)))


def list_joints() -> tuple[str, ...]:
    return arith_words("sum", "list_joint")


def plain(view: PageView, n: Num) -> bool:
    """A number that may take part in a relation found by arithmetic: exact, bounded, positive,
    not a change, a per-unit figure, a target, a rank or a threshold."""
    if n.qualifier != "exact" or not bounded(n) or n.value <= 0 or "百分点" in n.text:
        return False
    label = view.label_before(n, LABEL)
    if way_of(label) is not None or says_difference(label):
        return False  # `增加 24 亿元`, `差额 24 亿元`: with the old level it makes the new one, not a part
    if any(w in label for key in ("target", "per", "rank") for w in words(key)):
        return False
    after = view.text[n.end:n.end + 4]
    return not any(after.startswith(w) for w in words("bound_after"))


def measure_runs(view: PageView, types: tuple[str, ...], scope: str = "sentence") -> list[list[Num]]:
    """The facts of each sentence (or paragraph) grouped by measure, in page order: one pass over
    the page."""
    out: list[list[Num]] = []
    for same in measure_groups(view).values():
        if same[0].type not in types:
            continue
        run: list[Num] = []
        for n in same:
            if run and getattr(n, scope) != getattr(run[-1], scope):
                out.append(run)
                run = []
            run.append(n)
        out.append(run)
    return [r for r in out if len(r) >= 3]


def apart(view: PageView, members: list[Num]) -> bool:
    """A clause holding an amount of another measure, and none of the members, stands between
    them: `甲 120 吨，投资 35 万元，乙 80 吨` keeps 120 and 80 apart from a total after them. A rate
    or a share between them (`出口 1827 亿美元，增长 20.9%；进口…`) says more of a member."""
    lo = min(m.start for m in members)
    hi = max(m.end for m in members)
    for m in view.between(lo, hi):
        if m.type not in SUMMED or m.same_measure(members[0]):
            continue
        a, b = view.clause_start(m.start), view.clause_end(m.start)
        if not any(a <= x.start < b for x in members):
            return True
    return False


def nested(total: Num, parts: list[Num]) -> bool:
    """Each part's period lies within the total's, or the other way (where both are given)."""
    tp = total.rec.get("period")
    if not tp:
        return True
    for m in parts:
        mp = m.rec.get("period")
        if mp and not (mp == tp or mp.startswith(tp + "-") or tp.startswith(mp + "-")):
            return False
    return True


def check(view: PageView) -> list[Draft]:
    """Sums found by arithmetic (this module), then shares adding up to 100% (discover_shares)."""
    from . import discover_shares
    out: list[Draft] = []
    for same in measure_runs(view, SUMMED, "paragraph"):
        roles = [_role(view, n) for n in same]  # once per number, not once per total it is tried with
        for k, n in enumerate(same):
            if roles[k] == PART and exact_places(n) >= ROUND_DIGITS:
                d = _total(view, n, same, roles, k)
                if d:
                    out.append(d)
    return out + discover_shares.drafts(view)


PART, PASS, STOP = "part", "pass", "stop"


def _role(view: PageView, m: Num) -> str:
    """PASS for a number a run of parts steps over (`比上年增加 24 亿元`, `户均 2.61 人`: neither
    total nor part), STOP for one that ends it (a target, a threshold, a rank), else PART."""
    label = view.label_before(m, LABEL)
    if way_of(label) is not None or says_difference(label) or _per(view, m):
        return PASS
    return PART if plain(view, m) else STOP


def _total(view: PageView, total: Num, same: list[Num], roles: list[str], k: int) -> Optional[Draft]:
    round_total = exact_places(total) < DIGITS  # `9000 万英镑`: the arithmetic alone is no evidence
    after = list(range(k + 1, min(len(same), k + 1 + WINDOW)))
    before = list(range(k - 1, max(-1, k - 1 - WINDOW), -1))
    for run in (after, before):
        parts: list[Num] = []
        got = Interval(0.0, 0.0)
        for i in run:
            m = same[i]
            if abs(m.start - total.start) > REACH or abs(m.sentence - total.sentence) > SENTENCES \
                    or round_total and m.sentence != total.sentence:
                break
            if roles[i] == PASS:
                continue
            if roles[i] == STOP or m.value >= total.value:
                break  # contiguous runs only: a number of the measure that cannot be a part ends it
            parts.append(m)
            got = got + m.interval
            if got.lo > total.interval.hi:
                break
            if len(parts) >= 2 and got.meets(total.interval) and _telling(view, total, parts) \
                    and nested(total, parts) and not apart(view, [total] + parts) \
                    and (not round_total or named_alike(view, total, parts)):
                ordered = sorted(parts, key=lambda m: m.start)
                d = sum_draft(total, ordered, exhaustive=False, why="由算术得出")
                d.explanation = d.explanation.rstrip("。") + "（由算术发现：同段相邻的同类数字之和）。"
                d.extra["found_by"] = "discovery"
                return d
    return None


def named_alike(view: PageView, total: Num, parts: list[Num]) -> bool:
    """A part named by the noun the total's name ends with (`账目损失 9000 万英镑 … 净损失 7700
    万英镑`), not every part: with a round total the words, not the arithmetic, say the numbers are
    of one thing."""
    if any(_owner(m) not in (None, _owner(total)) for m in parts):
        # `临川县财政收入 800 万元，南城县税收 537 万元，黎川县非税收入 263 万元`: a part of another
        # place is another owner's figure, and a noun it shares with the total (收入) is chance; a
        # breakdown by kind keeps one owner
        return False
    nouns = _nouns(view, total)
    tied = [bool(nouns & _nouns(view, m)) for m in parts]
    # every part named by the total's noun (`甲县新建学校 50 所，乙县…20 所，丙县…30 所`): peers of one
    # list, not a total and its parts
    return any(tied) and not all(tied)


def _owner(n: Num) -> Optional[str]:
    """The place a number's record names, where it names one."""
    return record_field(n, "place")


def _nouns(view: PageView, n: Num) -> set[str]:
    """The nouns a number's names end with: the name before it and its record's metric."""
    names = (unscoped(head(view, n)), record_field(n, "metric") or "")
    return {x[-NOUN:] for x in names if len(x) >= NOUN}


def _per(view: PageView, m: Num) -> bool:
    label = view.label_before(m, LABEL)
    return any(w in label for w in words("per"))


def _telling(view: PageView, total: Num, parts: list[Num]) -> bool:
    if sum(exact_places(m) for m in parts) < PART_DIGITS or len({m.value for m in parts}) == 1:
        return False
    first = min(parts, key=lambda m: abs(m.start - total.start))
    gap = view.text[total.end:first.start] if first.start > total.start else view.text[first.end:total.start]
    if _listed(gap):
        return False  # the part next to the total and the total: items of one list
    return True


def _listed(gap: str) -> bool:
    """`1300 所、县中医院 500 所`: a list joint and no clause break between two numbers makes them
    items of one list (peers), whatever names stand between them."""
    gap = gap.strip()
    if gap in list_joints():
        return True
    return len(gap) <= LIST_GAP and not any(c in gap for c in BREAKS + HALFWIDTH_BREAKS) \
        and any(w in gap for w in ("、", "和", "及", "与"))

