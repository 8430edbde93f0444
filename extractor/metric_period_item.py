"""An item of a run by period (`分季度看，一季度实现地区生产总值784.15亿元，同比增长4.6%；二季度812.40亿元，
增长5.2%`) whose clause names only its period, with a verb of reaching or a change (`二季度`, `三季度增长`):
it measures what the run's number before it in the same unit and sentence measures (地区生产总值); the
period is the fact's period, never its metric. Words: data/metric.toml [period_item]."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .clauses import last_mark
from .lexicon import alternation, table
from .metric_breakdown import cue_pattern
from .metric_change_words import change_only, change_word
from .unit_amounts import unit_amounts

_REACH = 160  # the run's number before, within the sentence
_CLAUSE_MARKS = "，,；;：:。！？\n"
_CLAUSE_LONGEST = 20  # (a longer clause names more than a period)
_OTHER_FIGURE = re.compile(r"\d[\d.,]*[万亿]*[^\d、，。；：！？\s]{1,3}、$")


@lru_cache(maxsize=1)
def _shapes() -> tuple[re.Pattern, re.Pattern]:
    t = table("metric.toml")["period_item"]
    # (9月当月: a month and the word saying it alone; 城市, 农村: the parts of a run by town and country,
    # scope as a period is; 其中 before the item)
    periods = f"(?:{alternation(t['periods'])}|{t['months']}|{t['spans']}){{1,2}}"
    items = f"(?:{alternation(t['periods'])}|{t['months']}|{t['spans']}|{alternation(t['parts'])}){{1,2}}"
    verbs = f"(?:{re.escape(t['each'])})?(?:{alternation(t['verbs'])})?"
    opening = f"(?:{alternation(t['leads'])})?"
    only = re.compile(f"^{opening}(?:{items}){verbs}(?P<rest>.*)$")
    # (the period the measure before opens with is taken off it; a part is not: 城镇新增就业 stays whole)
    lead = re.compile(f"^{opening}(?:{periods}){verbs}")
    return only, lead


def period_item(text: str, start: int, end: int, phrase: str | None,
                measure: Callable[[int, int], str | None]) -> str | None:
    """二季度 (before 812.40亿元) → 地区生产总值, the measure of the sentence's number before it in the
    same unit, its own period taken off; None where the phrase names more than a period and a change,
    or no such number comes before it in the sentence."""
    only, lead = _shapes()
    # (9月份环比增长0.86%: the number's own clause may say only its period where the phrase read back has
    # borrowed a subject from further away)
    cut = last_mark(text, _CLAUSE_MARKS, max(0, start - _CLAUSE_LONGEST), start)
    clause = text[cut + 1:start] if cut >= 0 or start <= _CLAUSE_LONGEST else ""
    # (5月47个、2.05亿元: the item's figure in another unit stands between its period and this one)
    clause = _OTHER_FIGURE.sub("", clause)
    # ('' is an answer too: the clause names its period alone, where the phrase read back names more)
    said = [_period_only(only, clause), _period_only(only, phrase or "")]
    own = next((x for x in said if x), next((x for x in said if x is not None), None))
    if own is None:
        return None
    suffix = re.sub(r"^[\d.]+", "", text[start:end])
    if not suffix:
        return None
    floor = max(0, start - _REACH)
    stop = last_mark(text, "。！？\n", floor, start) + 1
    if stop > floor + 1 and _cue_opens(text, stop, start):
        # 完成…项目审计24个，…。分季度看，一至四季度分别完成4个、…: a sentence opened by a breakdown cue breaks
        # down the figure of the sentence before, so the run's number before may stand there
        stop = last_mark(text, "。！？\n", floor, stop - 1) + 1
    lo = max(floor, stop)
    before = unit_amounts(text, suffix, lo, start)
    if not before:
        return None
    item = measure(lo + before[-1][0], lo + before[-1][1])
    item = lead.sub("", item) if item else item
    # (增长: an item before that names only its change names nothing either)
    if not item or len(item) < 2 or only.match(item) or change_only().match(item):
        return None
    # (9月份环比增长 after 工业增加值同比增长: the item's own change, not the one before it)
    said = change_word().search(item) if own else None
    return item[: said.start()] + own if said and said.start() >= 2 else item


@lru_cache(maxsize=1)
def _cue() -> re.Pattern:
    return re.compile(cue_pattern())


def _cue_opens(text: str, lo: int, start: int) -> bool:
    """The sentence at `lo` opens with a breakdown cue clause (分季度看，) before `start`."""
    comma = next((i for i in (text.find(m, lo, start) for m in "，,") if i >= 0), -1)
    return comma > lo and bool(_cue().match(text[lo:comma].strip()))


def _period_only(only: re.Pattern, words: str) -> str | None:
    """二季度, 三季度增长, 9月份环比增长: a period with at most a verb of reaching and a change; the change
    ('' where none), None where the words say more."""
    m = only.match(words)
    if m and m.group("rest") and not change_only().match(m.group("rest")) and _act_only(m.group("rest")):
        return ""  # (一季度接待160.4万人次: the run's act alone, 接待, names no measure either)
    if not m or m.group("rest") and not change_only().match(m.group("rest")):
        return None
    return m.group("rest")


def _act_only(rest: str) -> bool:
    """接待, 签约: a verb of two characters at most alone (jieba's tag), what the run's measure names with its noun."""
    if len(rest) > _ACT_LONGEST:
        return False
    from .metric_after import segmenter  # (late: the tagger loads on first use)
    words = segmenter().pos(rest)
    return len(words) == 1 and words[0][1] == "v"


_ACT_LONGEST = 2
