"""kind_parts: a figure whose metric is its whole's metric with words put before it.

    汽车产量 86 万辆，……，新能源汽车产量 31 万辆          `新能源汽车产量` is a kind of `汽车产量`
    出口总额 2400 亿元，其中机电产品出口总额 1300 亿元    with `其中` or without it
A reader checks part ≤ whole. The relation is generated broadly from the metrics the extractor
gives each figure (the part's metric ends with the whole's and is longer), in one paragraph, of the
same type and unit, place and period, neither an amount of change; the arithmetic that holds is the
evidence that the two are part and whole, so only a part within its whole is reported
(`consistent`), and a part over it says nothing (the names may only look alike: `城镇新增就业`
over `城镇就业` is another measure). Metrics that do not add up (`农村居民人均可支配收入` against
`居民人均可支配收入`, rates, prices) and words that make another measure (`新增`, `累计`) are left
out (data/kind_parts.toml). A whole another check took with other parts is still this part's
whole: the same pair found twice is one finding (drafts_of keeps the first).
"""
from __future__ import annotations

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .amounts import is_change
from .findings import part_of_draft
from .growth_open import is_threshold
from .model import Draft, Num, PageView
from .wording import is_increment

_BACK = 40  # figures before a part, in its paragraph, among which its whole is looked for


def _data() -> dict:
    return cues.table("kind_parts.toml")["kind_parts"]


def check(view: PageView) -> list[Draft]:
    data = _data()
    out: list[Draft] = []
    seen: list[Num] = []  # the paragraph's figures so far
    for n in view.nums:
        if seen and seen[-1].paragraph != n.paragraph:
            seen = []
        if _level(view, n, data):
            whole = next((w for w in reversed(seen[-_BACK:]) if _kind_of(n, w, data)), None)
            if whole is not None and whole.interval.hi >= n.interval.lo:
                out.append(part_of_draft(whole, n, f"{n.rec.get('metric')}是{whole.rec.get('metric')}的一种："))
            seen.append(n)
    return out


def _level(view: PageView, n: Num, data: dict) -> bool:
    """An amount of a metric that adds up, not a change, a comparison or a mark passed (`突破 80 亿元`)."""
    metric = n.rec.get("metric") or ""
    return (n.type in SUMMABLE_TYPES and n.sentence >= 0 and n.value > 0 and len(metric) >= data["whole_min"]
            and not any(w in metric for w in data["not_additive"])
            and not is_change(view, n) and not is_increment(view, n) and not is_threshold(view, n))


def _kind_of(part: Num, whole: Num, data: dict) -> bool:
    """part's metric is whole's with words put before it, of the same measure, place and period."""
    pm, wm = part.rec.get("metric") or "", whole.rec.get("metric") or ""
    added = pm[: len(pm) - len(wm)]
    return (len(added) >= data["added_min"] and pm.endswith(wm) and part.same_measure(whole)
            and not any(added.endswith(w) or added.startswith(w) for w in data["not_kind"])
            and part.rec.get("place") == whole.rec.get("place") and part.rec.get("period") == whole.rec.get("period"))
