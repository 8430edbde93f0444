"""bound: a growth said to be faster or slower than another measure's growth, named but not given
there (`高于全体居民和农村居民收入增速`, `超过 GDP 增速`), against that growth said elsewhere.

Structures read (cue words in data/cues.toml [named_rate_bounds], [growth] over_named, under_named, rate_names):
    城镇居民收入增长 4.4% … 山区农民收入增长 7.0%、高于城镇居民和农民收入增速
                            each measure named (split at `和`, `与`, `、`) is the growth of the
                            article whose metric that name shortens: 7.0 ≥ 4.4, and so on
    地区生产总值…年均增长 5.7% … 全体居民人均可支配收入…年均增长 6.5%，超过 GDP 增速
                            the economy's growth (`经济增速`, `GDP 增速`: [growth] economy_growth)
                            is the headline measure's ([growth] comparable_headline)
The value is the growth said right before the comparison in its sentence. The growth compared
with is of the same place and period, yearly average (`年均`) as the value is or not, the nearest
said before the value (else after). Not read: a comparison with a number after it (`快于经济增速
1 个百分点`: a difference, growth_compared.py), a name that is no growth (`高于全国平均水平`), a
name no growth of the article opens with. The two are tied by a name only, so a value on the
wrong side of its bound is unverifiable, never inconsistent.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from .heads import record_field, unscoped
from .model import Draft, Num, PageView
from .stated_bound import bound_draft

_BACK = 200  # numbers before the value among which the growth compared with is looked for
_AFTER = 60  # and after it


def _limit(key: str) -> int:
    """The reach of the comparison (data/cues.toml [named_rate_bounds]: name_chars, clauses)."""
    return int(cues.table("cues.toml")["named_rate_bounds"][key])


@lru_cache(maxsize=None)
def _comparison() -> re.Pattern:
    over = "|".join(map(re.escape, cues.words("growth", "over_named")))
    under = "|".join(map(re.escape, cues.words("growth", "under_named")))
    ends = "|".join(map(re.escape, cues.words("growth", "rate_names")))
    return re.compile(rf"(?:(?P<over>{over})|(?P<under>{under}))(?P<name>[\u4e00-\u9fffA-Za-z]{{1,{_limit('name_chars')}}}?"
                      rf"(?:{ends}))(?=[，。；！？、）]|$)")


def check(view: PageView) -> list[Draft]:
    drafts = []
    for m in _comparison().finditer(view.text):
        value = _value(view, m.start())
        if value is None:
            continue
        way = "over" if m.group("over") else "under"
        economy = m.group("name") in cues.words("growth", "economy_growth")
        for part in _parts(m.group("name")):
            bound = _compared(view, value, part)
            if bound is not None:
                why = f"“{m.group('name')}”所指的增速只凭名称与 {bound.written} 对应，未必同一口径"
                drafts.append(bound_draft(bound, value, way, why, f"“{m.group()}”："))
                if economy:
                    break  # the economy's growth is one of its headline measures, the first found
    return drafts


def _value(view: PageView, at: int) -> Num | None:
    """The growth said right before the comparison in its sentence (`增长 6.3%、高于…`)."""
    sent = view.sentence_index(at)
    before = [n for n in view.in_sentence(sent) if n.end <= at]
    if not before or before[-1].unit != "%" or before[-1].qualifier != "exact":
        return None
    value = before[-1]
    between = view.text[value.end:at]
    said = between.strip("，、")
    if "；" in between or between.count("，") > _limit("clauses") or said and said not in cues.words("named_rate_bounds", "adverbs"):
        return None  # the comparison follows the value at once, or after an adverb (`、持续高于`)
    label = view.label_before(value).rstrip("了")
    return value if cues.ends_with_any(label, "growth", "up") else None


def _parts(name: str) -> list[str]:
    """The measures a comparison names: `全体居民和农村居民收入增速` gives 全体居民, 农村居民收入;
    the economy's growth gives its headline measures."""
    if name in cues.words("growth", "economy_growth"):
        return list(cues.words("growth", "comparable_headline"))
    rate = cues.ends_with_any(name, "growth", "rate_names")
    name = name[:-len(rate)] if rate else name
    return [p for p in re.split("|".join(map(re.escape, cues.words("named_rate_bounds", "links"))), name)
            if len(p) >= 2]


def _compared(view: PageView, value: Num, part: str) -> Num | None:
    """The growth of the article whose metric the name shortens (_names), of the value's place, period
    and kind of rate (yearly average or not): the nearest before the value, else after."""
    yearly = _yearly(value)
    near = list(reversed(view.before(value.start, _BACK))) + view.after(value.end, _AFTER)
    for n in near:
        if n is value or n.article != value.article or n.unit != "%" or n.qualifier != "exact":
            continue
        metric = record_field(n, "metric") or ""
        if not (_names(metric, part) or _names(unscoped(metric), part)) or not cues.contains_any(metric, "growth", "up") or _yearly(n) != yearly:
            continue
        if any(record_field(n, k) != record_field(value, k) for k in ("period", "place")):
            continue
        return n
    return None


_OPENING = 2  # the characters a metric must open with, as the name does


def _names(metric: str, part: str) -> bool:
    """A metric a name shortens: it opens as the name does and holds the name's characters in
    order (`城镇居民收入` of 城镇居民人均可支配收入增长; not of 脱贫地区农村居民收入增长)."""
    if not metric.startswith(part[:_OPENING]):
        return False
    rest = iter(metric)
    return all(c in rest for c in part)


def _yearly(n: Num) -> bool:
    return cues.contains_any(record_field(n, "metric") or "", "growth", "average") is not None
