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

News articles name a whole once and come back to its kinds paragraphs later:
    共有 1.1 万名下岗职工被重新安排就业。……（下一段）……安置下岗职工 2000 多人
so where the part's paragraph holds no whole, the latest level of an earlier paragraph of the
article whose metric the part's ends with (two characters will do: `职工`) is its whole, where it is
larger than the part (an equal one is the figure said again, a headline's), of the same place
where both are known, with periods that share some time (`1997-04/1998-01` since April, `1997`
the year: across paragraphs the records' periods are read less surely than in one). Still
`consistent` only: the names and the arithmetic are the whole evidence. A figure followed by
`以上的` sorts the things counted (`销售收入 100 亿元以上的企业`) and is no level anywhere.
"""
from __future__ import annotations

from typing import Callable

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .amounts import is_change
from .findings import part_of_draft
from .growth_open import is_threshold
from .heads import overlapping_scope
from .model import Draft, Num, PageView
from .wording import is_increment

_BREAKS = "，。；：、）\n"  # `以上，` closes its clause: the bound is said of the figure itself
_BACK = 40  # figures before a part, in its paragraph, among which its whole is looked for


def _data() -> dict:
    return cues.table("kind_parts.toml")["kind_parts"]


def check(view: PageView) -> list[Draft]:
    data = _data()
    out: list[Draft] = []
    seen: list[Num] = []  # the paragraph's figures so far
    named: dict[str, Num] = {}  # the article's figures before this paragraph, the latest of each metric
    for n in view.nums:
        if seen and (seen[-1].paragraph != n.paragraph or seen[-1].article != n.article):
            if seen[-1].article != n.article:
                named = {}
            named.update((m.rec.get("metric") or "", m) for m in seen)
            seen = []
        if _level(view, n, data):
            whole = next((w for w in reversed(seen[-_BACK:]) if _kind_of(n, w, data)), None)
            if whole is None:
                whole = _earlier_whole(n, named, data)
                if whole is not None and whole.interval.lo <= n.interval.hi:
                    whole = None  # across paragraphs an equal figure is the whole said again (a headline's)
            if whole is not None and whole.interval.hi >= n.interval.lo:
                out.append(part_of_draft(whole, n, f"{n.rec.get('metric')}是{whole.rec.get('metric')}的一种："))
            seen.append(n)
    return out


def _earlier_whole(part: Num, named: dict[str, Num], data: dict) -> Num | None:
    """The latest figure of an earlier paragraph of the article whose metric the part's ends with,
    the longest such metric first (`纺织下岗职工` before `职工`): one look-up a suffix, linear in the page."""
    pm = part.rec.get("metric") or ""
    for cut in range(data["added_min"], len(pm) - data["article_whole_min"] + 1):
        whole = named.get(pm[cut:])
        if whole is not None and _kind_of(part, whole, data, data["article_whole_min"], overlapping_scope):
            return whole
    return None


def _level(view: PageView, n: Num, data: dict) -> bool:
    """An amount of a metric that adds up, not a change, a comparison or a mark passed (`突破 80 亿元`)."""
    metric = n.rec.get("metric") or ""
    return (n.type in SUMMABLE_TYPES and n.sentence >= 0 and n.value > 0
            and len(metric) >= min(data["whole_min"], data["article_whole_min"])
            and not any(w in metric for w in data["not_additive"])
            and not is_change(view, n) and not is_increment(view, n) and not is_threshold(view, n)
            and not _qualifies(view, n, data))


def _qualifies(view: PageView, n: Num, data: dict) -> bool:
    """`销售收入 100 亿元以上的企业`: a bound put before a noun sorts the things counted, it is no level."""
    after = view.text[n.end:n.end + 3]
    return any(after.startswith(w) and after[len(w):len(w) + 1] not in _BREAKS for w in data["bound_after"])


def _same_scope(part: Num, whole: Num) -> bool:
    return part.rec.get("place") == whole.rec.get("place") and part.rec.get("period") == whole.rec.get("period")


def _kind_of(part: Num, whole: Num, data: dict, whole_min: int | None = None,
             scope: Callable[[Num, Num], bool] = _same_scope) -> bool:
    """part's metric is whole's with words put before it, of the same measure, and in one scope
    (in one paragraph the same place and period; across paragraphs, `scope` says)."""
    whole_min = data["whole_min"] if whole_min is None else whole_min
    pm, wm = part.rec.get("metric") or "", whole.rec.get("metric") or ""
    added = pm[: len(pm) - len(wm)]
    return (len(added) >= data["added_min"] and len(wm) >= whole_min and pm.endswith(wm)
            and part.same_measure(whole)
            and not any(added.endswith(w) or added.startswith(w) for w in data["not_kind"]) and scope(part, whole))
