"""A count of people, then 的, then a thing, after a verb that acts on the thing (`解决了309万人的
卫生饮用水`, `每派出10人—20人的管理队伍`, `预定只有几十人的追悼会`): the count sizes the thing, and the
thing names it, where the clause before the number is only that verb (a verb alone names nothing
counted). People named after 的 (`千余人的库尔德难民`) are read by metric_nouns.people_after instead;
a frame noun after 的 (`在下岗500人的情况下`, `裁军50万人的工作`) names nothing. So does the body a bare
count of people makes up name it (`各界80人组成了秋收检查团`). Words: data/metric.toml [sized]."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .metric_count_list import noun_of
from .metric_nouns import people_after
from .metric_subject import clause_start

# a span of a number and 人 alone (３０９万人, 几十人, １０人—２０人), no noun of people in it
_BARE = re.compile("[\\d一二两三四五六七八九十百千万亿几数多余]人$")
# a verb of making up a body right after the count (组成了, 组成的), quotes of the body's name passed
_FORMED = re.compile("(?:组成|组建|构成)(?:了|的)?")
_BODY_LONGEST = 16
_BODY = re.compile("[^，。；：、！？的\\d\n（(]{2,16}")  # (quotes of the body's name kept)
# the words after 的: no break, number, quote or second 的
_THING = re.compile("[^，。；：、！？的\\d\n“”（(]{2,14}")


@lru_cache(maxsize=1)
def _shapes() -> tuple[re.Pattern, tuple[str, ...], frozenset]:
    d = table("metric.toml")["sized"]
    between = re.compile(f"(?:{alternation(d['aspects'])})?(?:{alternation(d['between'])})*$")
    return between, tuple(d["frames"]), frozenset(d["verb_tags"])


def sized_thing(text: str, start: int, end: int, unit: str | None) -> str | None:
    """The thing after `N人的` that a count of people at [start, end) sizes, where the clause before
    the number ends with a verb; None where the shape does not hold."""
    if unit != "人" or not _BARE.search(text, start, end):
        return None  # (４８００多万农村人口的…: the span names its people itself)
    formed = _FORMED.match(text, end)
    if formed:
        # 各界１５０人组成了检查团: the body the people counted make up names them
        body = _BODY.match(text, formed.end())
        thing = noun_of(body.group(), longest=_BODY_LONGEST) if body else ""
        return thing if len(thing.strip("“”")) >= 2 else None
    if not text.startswith("的", end) or people_after(text, end + 1):
        return None
    between, frames, tags = _shapes()
    lo = clause_start(text, start)
    before = text[lo:start]
    before = before[: between.search(before).start()]
    from .metric_after import segmenter  # (the tagger loads on first use only)
    words = segmenter().pos(before) if before else []
    if not words or words[-1][1] not in tags:
        return None  # (在３０００多人的掌声中: no verb before the count)
    m = _THING.match(text, end + 1)
    thing = noun_of(m.group()) if m else ""
    if len(thing) < 2 or thing.startswith(frames):
        return None
    return thing
