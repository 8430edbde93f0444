"""The counted noun agrees with its classifier: after `N名 X的Y` (`１５０余名掌握先进技术的研究人员`,
`１３名出席大会的代表`, `１０多篇围困战的专题报道`, `几百户漂泊不定的水上人家`), where Y ends with a noun
the classifier counts (people for 名, texts for 篇, households for 户, vehicles for 辆, buildings for 座,
machines for 台, courses for 期, schools for 所, ships for 艘, aircraft for 架)
and X does not, Y is what is counted: X only describes it. Where X ends with such a noun (`５名工人的家属`),
X is counted, as where a word of X is (`八百位农业专家和有关单位的负责人`, `近百名下岗职工在城里找到了自己的新岗位`: X holds the
counted noun and goes on), or X is a list; a classifier with no list (个, 项: they count anything)
decides nothing. Y is cut at a word's end (jieba), and is no noun where it holds a person's name or
an aspect particle (`１０名先进之一的王强拉着记者`: a clause). The lists live in data/metric.toml,
section [agreement]."""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import BREAKS, BRACKETS
from .lexicon import table
from .metric_after import segmenter

_LONGEST_BEFORE = 16
_LONGEST_AFTER = 12


@lru_cache(maxsize=1)
def _shape() -> re.Pattern:
    stops = re.escape(BREAKS + BRACKETS)
    # (X may hold numbers: ２０位在５个乡镇工作过的技术人员, １５名年龄在３５岁以下的青年教师; a noun of X
    # that the classifier counts still says X is counted)
    return re.compile(f"([^的{stops}]{{2,{_LONGEST_BEFORE}}})的([^的{stops}\\d]{{2,{_LONGEST_AFTER}}})")


@lru_cache(maxsize=1)
def classifier_heads() -> dict[str, tuple[str, ...]]:
    """Each classifier of a kind (名, 位, 户, 篇) with the endings of the nouns it counts ([agreement])."""
    t = table("metric.toml")["agreement"]
    return {unit: tuple(t[group]) for group, units in t["units"].items() for unit in units}


def agreeing_noun(words: str, unit: str | None) -> str | None:
    """The noun after 的 in `words` (the text right after the count) that the classifier `unit`
    counts while the words before 的 are no such noun; None where the shape or the lists say nothing."""
    heads = classifier_heads().get(unit or "")
    if not heads:
        return None
    m = _shape().match(words)
    t = table("metric.toml")["agreement"]
    if not m or any(ch in m.group(1) for ch in t["list_marks"]) or m.group(2)[:1] in t["list_marks"]:
        return None
    if any(word.endswith(heads) for word, _ in segmenter().pos(m.group(1))):
        return None  # (农业专家和…的负责人: X names the counted noun itself)
    noun, best = "", ""
    for word, tag in segmenter().pos(m.group(2)):
        if tag in t["not_noun_tags"] or word in t["not_noun_words"]:
            break  # (王强拉着记者: a clause, not a noun)
        noun += word
        if noun.endswith(heads):
            best = noun  # the noun runs up to the last word that ends with a head (孤寡老人和军属结成对子)
    return best if len(best) >= 2 else None
