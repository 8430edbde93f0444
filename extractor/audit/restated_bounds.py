"""bound: one figure said twice, once as a bound or a rough figure and once exactly, near each other.

    日本银行不良债权逾七十六万亿 ⏎ … 债权总额达 76.708 万亿日元
        a headline's bound (`逾`) told exactly in its story: 76.708 万亿 reaches 76 万亿
    全市接待游客约 120 万人次 … 接待游客 118.6 万人次
        a rough figure (`约`, `左右`, `近`) and the exact one it rounds, a paragraph apart
    预计全年增幅将超过 22% … 全年增幅 22.6%
        a plan's bound and its outcome, each named by the same words (增幅)

The same measure is said of one thing in different words and paragraphs (restated.py pairs the
equal figures of a document): the figures are paired here when one is qualified as a bound or an
approximation (the extractor's qualifier: over, under, about; no threshold with a count after it
in its clause) and the other is not, they measure the same family (type and unit, a currency left
unwritten, `七十六万亿`, matching any), stand in one article (a headline line may stand just
before its body) and near, and no place of theirs differs nor do their periods part. The nearer
they stand, the less their names (heads.measured_name less the words that qualify a number,
data/restated_bounds.toml) need share: a headline and its body a word of two characters, one
paragraph a common ending of two, a few paragraphs apart one name ending the other (four or
more). The claim is the bounded figure.

Arithmetic is the evidence that the two are one figure: the exact value written to the bound's
precision is the bound (cut down for a floor, up for a ceiling, rounded for a rough figure; a
bound of one significant digit reaches a capped share only), and then the pair is `consistent`.
A bound the value breaks, or keeps only from far off, is as often another figure (another year,
part or place): nothing is said (stated_bound.py reads bounds tied in one sentence). Claims other
checks report on are left to them (CLAIM_ONLY). The look-back is a fixed number of numbers, so
the pass is linear in page length.
"""
from __future__ import annotations

from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .amounts import is_change
from .bases import is_base
from .headlines import last_place
from .heads import measured_name, named_alike, overlapping_scope
from .model import Draft, Num, PageView
from .name_numbers import in_name
from .restated import generic_dropped, heading, shared

_TYPES = tuple(SUMMABLE_TYPES) + ("percent",)
_BOUNDED = ("over", "under", "about")
_BACK = 200  # numbers before a figure among which its other statement is looked for
_SECTION = "restated_bounds"
_SHARED = 2  # characters of a name the two must share


def _near_paragraphs() -> int:
    return int(_settings()["paragraphs"])


def same_family(a: Num, b: Num) -> bool:
    """Same type, and the same unit or one left unwritten (`七十六万亿` read as 元 beside
    `76.708 万亿日元`): a headline drops the currency its story writes."""
    if a.type != b.type:
        return False
    if a.same_measure(b):
        return True
    return not _unit_written(a) or not _unit_written(b)


def _unit_written(n: Num) -> bool:
    return bool(n.unit) and n.unit in n.text


def check(view: PageView) -> list[Draft]:
    best: dict[int, tuple[tuple, Draft]] = {}  # a claim's nearest partner that keeps it
    reach = _near_paragraphs()
    names: dict[int, str] = {}
    for i, n in enumerate(view.nums):
        if not _figure(view, n):
            continue
        for m in reversed(view.nums[max(0, i - _BACK):i]):
            if m.article not in (n.article, n.article - 1):
                break
            pair = _pair(view, m, n, reach, names)
            if pair is None:
                continue
            bound, value = pair
            draft = _draft(bound, value)
            if draft is None:
                continue
            key = (m.paragraph != n.paragraph, n.start - m.end)
            old = best.get(bound.start)
            if old is None or key < old[0]:
                best[bound.start] = (key, draft)
    return [d for _, d in sorted(best.values(), key=lambda kd: kd[1].facts[0]["start"])]


def _figure(view: PageView, n: Num) -> bool:
    """An amount, count or share said as a level of something (not a comparison's base, not part
    of a name), and no threshold: `亩产达到 100 斤以上的有 45 个县` bounds the counties counted
    after it in its clause, not a value of its own."""
    if n.type not in _TYPES or n.qualifier not in _BOUNDED + ("exact",) or n.value <= 0 \
            or is_base(view, n) or in_name(view, n):
        return False
    # `3.2 万多个村、组的 1.8 亿农户`: a figure said roughly within itself (`多`, `余`) is no threshold
    return n.qualifier not in _BOUNDED or not view.between(n.end, view.clause_end(n.end)) \
        or any(c in n.text for c in _settings()["rough_in_number"])


def _pair(view: PageView, m: Num, n: Num, reach: int, names: dict[int, str]) -> tuple[Num, Num] | None:
    """(bound, value) where m (before) and n are one figure said twice, one of them bounded."""
    if (m.qualifier in _BOUNDED) == (n.qualifier in _BOUNDED) or not _figure(view, m) \
            or m.sentence == n.sentence:
        return None  # both exact: restated.py; both bounds: nothing to check; one sentence: stated_bound.py
    if m.article != n.article and not heading(view, m):
        return None
    if not (m.paragraph == n.paragraph or heading(view, m) or 0 < n.paragraph - m.paragraph <= reach):
        return None
    if not same_family(m, n) or not overlapping_scope(m, n) or is_change(view, m) != is_change(view, n):
        return None
    if not _named_as_one(view, m, n, names):
        return None
    return (m, n) if m.qualifier in _BOUNDED else (n, m)


def _named_as_one(view: PageView, m: Num, n: Num, names: dict[int, str]) -> bool:
    """The closer the two stand, the less their names need share: a headline and its body a word
    of two characters (`不良债权` and `债权总额`), one paragraph a common ending (`社办工业的产值`,
    `产值`), paragraphs apart one name the other ends with, of four characters or more."""
    if heading(view, m):
        return shared(_name(view, m, names), _name(view, n, names), _SHARED)
    if m.paragraph == n.paragraph:
        a, b = _name(view, m, names), _name(view, n, names)
        # one name, whole (`乡、镇` and `乡、镇`: a list mark breaks the ending read)
        return common_end(a, b) >= _SHARED or (len(a) >= _SHARED and a == b)
    return named_alike(measured_name(view, m), measured_name(view, n), False)


def common_end(a: str, b: str) -> int:
    """How many characters two names end alike with (`社办工业的产值`, `产值`: 2)."""
    a, b = a.rstrip(), b.rstrip()
    k = 0
    while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k] and a[-1 - k] != " ":
        k += 1
    return k


def _name(view: PageView, n: Num, names: dict[int, str]) -> str:
    """What the number measures (heads.measured_name), words any sentence may hold dropped."""
    if n.start not in names:
        name = measured_name(view, n)
        cut = True
        while cut:  # `接待游客约`, `产量已接近`: the words that qualify the number are no part of its name
            word = next((w for w in _lead_words() if name.endswith(w)), "")
            name, cut = name[:len(name) - len(word)], bool(word)
        names[n.start] = generic_dropped(name)
    return names[n.start]


@lru_cache(maxsize=1)
def _lead_words() -> tuple[str, ...]:
    """The qualifying words a name may end with, longest first (sorted once)."""
    return tuple(sorted(_settings()["lead_words"], key=len, reverse=True))


@lru_cache(maxsize=1)
def _settings() -> dict:
    return cues.table("restated_bounds.toml")[_SECTION]


def cut_to_bound(bound: Num, value: Num) -> bool:
    """The exact value written to the bound's precision is the bound: cut down for a floor
    (`逾76万亿` of 76.708 万亿, `突破 2000 元` of 2024 元), up for a ceiling (`不到 3%` of 2.8%),
    rounded for a rough figure (`约 4700 元` of 4748 元). Any larger value keeps a floor; one
    within the bound's last written digit is the evidence that the two are one figure."""
    v, b = value.value, bound.value
    # a figure of one significant digit (`2000`, `20%`) reaches far: its window is capped to a share of it
    reach = _settings()
    step = min(last_place(abs(b)), reach["bound_share"] * b)
    eps = 1e-9 * max(1.0, abs(b))
    if bound.qualifier == "over":
        return b - eps <= v < b + step - eps
    if bound.qualifier == "under":
        return b - step + eps < v <= b + eps
    return abs(v - b) <= min(last_place(abs(b)) / 2, reach["about_share"] * b) + eps


def _draft(bound: Num, value: Num) -> Draft | None:
    if not cut_to_bound(bound, value):
        return None  # broken, or far past it: as often another figure; say nothing
    way = {"over": "不低于", "under": "不高于", "about": "约为"}[bound.qualifier]
    expected = [bound.shown, None] if bound.qualifier == "over" else \
        [None, bound.shown] if bound.qualifier == "under" else bound.shown
    text = f"所述 {bound.written} 与他处确切数 {value.written} 说的是同一个数：{value.written} {way} {bound.written}，一致。"
    return Draft("bound", "consistent", [bound.ref(), value.ref()], expected, value.shown, text)
