"""The words of change, comparison and plan in a metric phrase (增长, 比上年, 比“八五”时期, 完成年度计划):
the data of data/metric.toml [change], [comparison] and [plan] as patterns. Apart from metric_words.py, which
cleans a phrase: these say whether what is left of it names a change of something else (a phrase of only a
change, a base or a plan measures the subject before it)."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table


@lru_cache(maxsize=1)
def comparison_mark() -> re.Pattern:
    t = table("metric.toml")["comparison"]
    # the number itself may be the base: 大客户由150家 (the word ends the phrase)
    cn_year = f"[{t['year_digits']}]{{2,4}}年"
    cn_number = "[零〇○一二两三四五六七八九][零〇○一二两三四五六七八九十百千万亿点]+"  # 由一千五百五十九亿元
    # (从1990年到1996年间: a span of years is the number's time, not a comparison's base)
    span = f"(?!\\d{{4}}年?(?:到|至|—|－|-)\\d{{4}}年|{cn_year}(?:到|至)[{t['year_digits']}]{{2,4}}年)"
    return re.compile(f"(?:{alternation(t['words'])}){span}(?=\\d|{cn_year}|{cn_number}|百分之|{alternation(t['bases'])}"
                      f"|{plan_period()}|$)")



@lru_cache(maxsize=1)
def plan_period() -> str:
    """`“十三五”时期`, `“八五”期间`, `“十三五”末`: a five-year plan's period, a base after 比/较."""
    t = table("metric.toml")["comparison"]
    return f"[“\"]?[{t['plan_numerals']}]{{1,2}}五[”\"]?(?:{alternation(t['plan_ends'])})?"


@lru_cache(maxsize=1)
def change_word() -> re.Pattern:
    """Words of change ending a phrase (增长, 比上年增加, 实际下降): what the phrase names changed."""
    t = table("metric.toml")["change"]
    return re.compile(f"(?:(?:{alternation(t['before'])}|[比较与]?{plan_period()})*(?:{alternation(t['words'])}))+$")


@lru_cache(maxsize=1)
def change_only() -> re.Pattern:
    t = table("metric.toml")["change"]
    # (修订计划时减少: a clause of when a plan was acted on names nothing measured)
    # (比“八五”时期增长: a five-year plan's period is a base as 比上年 is)
    return re.compile(f"^(?:{_when(t)})?(?:(?:{alternation(t['before'])}|[比较与]?{plan_period()})*"
                      f"(?:{alternation(t['words'])}))+$")  # 先跌后涨


@lru_cache(maxsize=1)
def change_size() -> re.Pattern:
    """A phrase of only the size of a change (全天涨幅, 降幅): it names no subject of its own."""
    t = table("metric.toml")["change"]
    return re.compile(f"^(?:{alternation(t['before'])})*(?:{alternation(t['sizes'])})$")


@lru_cache(maxsize=1)
def change_bases() -> re.Pattern:
    t = table("metric.toml")["change"]
    return re.compile(f"{_when(t)}|(?:[比较与])?{plan_period()}(?=[一-鿿])|{alternation(t['bases'])}")


@lru_cache(maxsize=1)
def when_only() -> re.Pattern:
    """A clause of only when a plan was acted on (今年2月修订计划时): no subject."""
    return re.compile(_when(table("metric.toml")["change"]))


def _when(t: dict) -> str:
    """修订计划时: a clause of when a plan was acted on, before a change (it names nothing measured)."""
    return f"(?:在)?(?:{alternation(t['when_verbs'])})[^\\d，。；]{{0,8}}时"


@lru_cache(maxsize=1)
def plan_only() -> re.Pattern:
    """完成年度计划, 只完成原定计划, 预算, 超过原定的年度计划: a plan named alone, whose share fulfilled
    (or the share by which it was exceeded) measures the subject before it."""
    t = table("metric.toml")["plan"]
    return re.compile(f"^(?:{alternation(t['times'])})?(?:{alternation(t['adverbs'])})?(?P<verb>{alternation(t['excess_verbs'] + t['verbs'])})?"
                      f"(?P<plan>(?:{alternation(t['modifiers'])}){{0,2}}(?:{alternation(t['nouns'])}))$")
