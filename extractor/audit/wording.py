"""The words of a stated change, shared by the growth checks: which way a change goes, whether its
clause names a subject of its own, whether a number is an amount of change, a base or a level."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import cues
from .model import Num, PageView
from .tolerance import Interval

WORD_PERCENT = re.compile("百分之[零〇一二两三四五六七八九十百点]+")  # `分别增长百分之四十九点五和`
WORD_YEAR = re.compile("[〇○零一二三四五六七八九]{4}年")  # a year in words names no subject
NEAR = 4  # the change word ends at most this many characters before the stated change
NAMED = (2, 24)  # characters naming the base of `超过 … N%` (`超过规划纲要所定的二〇二〇年的目标 N%`)


@dataclass
class Change:
    """A stated change: a percent fact, or a `倍` span read here (no fact type holds it)."""

    start: int
    end: int
    value: float
    kind: str  # "%", "个百分点", "倍" (growth), "times" (ratio)
    interval: Interval
    ref: dict
    written: str
    shown: float | int


def without_end(label: str, words: list[str]) -> str:
    """A label without the longest of `words` at its end (the verbs that lead to a number: `达到`, `为`)."""
    for w in sorted(words, key=len, reverse=True):
        if label.endswith(w):
            return label[:-len(w)]
    return label


def without_rough(said: str) -> str:
    """The words before a stated change less a word of approximation at their end ([approx] words) and a
    了 before it: `比上年增加约`, `增加了近` read as `比上年增加`, `增加` (a change said roughly is still a
    change); words ending otherwise are left as they are."""
    rough = cues.ends_with_any(said, "approx", "words")
    return said[:-len(rough)].rstrip("了") if rough else said


def word_direction(before: str, clause: str = "") -> str | None:
    """The way a change goes by the words before it; `低`/`高` only in a comparison (`比上半年
    26.3% 的增长幅度低 9.2 个百分点`), where `比`/`较` stands earlier in the clause."""
    d = cues.direction(without_rough(before), "growth")  # (`增加约 1.5 万亿元`: a change said roughly)
    extent = cues.ends_with_any(clause, "growth", "extent")
    if d is None and extent and before.endswith(extent[-len(before):]):  # `减少了 187 人，减少的幅度为 6%`
        d = cues.direction(clause[: -len(extent)], "growth")
    if d is not None or not clause:
        return d
    for w in cues.words("growth", "not_base"):
        clause = clause.replace(w, "")
    if not cues.contains_any(clause, "growth", "base_before"):
        return None
    tail = clause.rstrip("约近").rstrip("了")  # `比预算少支出了约 1.6%`
    for way in ("up", "down"):
        if any(tail.endswith(w) for w in cues.words("growth", f"compare_{way}")):
            return way
    return None


def over_named(clause: str) -> str | None:
    """`超过第一个五年计划总投资额 14.1%`: a change against a base named by words (not given)."""
    m = over_named_pattern().search(clause)
    if m is None:
        return None
    return "up" if m.group(1) in cues.words("growth", "over_named") else "down"


@lru_cache(maxsize=1)
def over_named_pattern() -> re.Pattern:
    words = "|".join(re.escape(w) for w in cues.words("growth", "over_named") + cues.words("growth", "under_named"))
    # not `超过正税的 22%` (a share of the named base); a year in the name (`二〇二〇年的目标`, `2020年`)
    return re.compile(f"({words})[\u4e00-\u9fff\u30070-9０-９“”]{{{NAMED[0]},{NAMED[1]}}}(?<!的)$")


def without_named_base(clause: str) -> str:
    """A change's clause without the base named after `超过` (`超过第一个五年计划总投资额`: what the
    change is measured against, no subject). A name holding `的` and going on to a change word of
    its own (`超过2020年水平的县区一般公共预算收入增长`) is no base: `超过…的` modifies the clause's
    own subject (the words after `的`), which is kept."""
    m = over_named_pattern().search(clause)
    if m is None:
        return clause
    name = clause[m.end(1):]
    mod = name.rfind("的")
    if mod >= 0 and any(name.endswith(w) for w in cues.words("growth", "up") + cues.words("growth", "down")):
        return clause[:m.start()] + name[mod + 1:]
    return clause[:m.start()]


def yearly_word(view: PageView, n: Num) -> bool:
    """`平均每年增加 D`: a yearly word right before the change word of an amount of change."""
    label = view.label_before(n).rstrip("了")
    for w in cues.words("growth", "up") + cues.words("growth", "down"):
        if label.endswith(w):
            label = label[:-len(w)]
            break
    return any(label.rstrip("递").endswith(w) for w in cues.words("growth", "average"))


def clause_before(view: PageView, pos: int) -> str:
    return view.text[view.clause_start(pos):pos]


@lru_cache(maxsize=1)
def times_number() -> str:
    """The number of a multiple (`2.5倍`, `一点八倍`, traditional `二點五倍`) as a regex fragment with one group,
    from the numeral tables, so that every reader of 倍 accepts the same spellings."""
    from ..numerals import digit_values, point_chars, small_scales
    digits = "".join(digit_values())
    whole = re.escape(digits + "".join(small_scales()))
    return rf"(\d+(?:\.\d+)?|[{whole}]+(?:[{re.escape(point_chars())}][{re.escape(digits)}]+)?)"


def times_value(written: str) -> float | None:
    """`1.2` or `一点二` as a number."""
    try:
        return float(written)
    except ValueError:
        from ..numerals import number_value
        v = number_value(written)
        return float(v) if v is not None else None


def after_word(view: PageView, n: Num, section: str, key: str) -> bool:
    """A cue word in the clause before n, after the number before it (dates do not count)."""
    lo = max(view.clause_start(n.start), n.start - 12, view.prev_end(n.start, dates=False))
    label = view.text[lo:n.start]
    for w in cues.words("growth", "not_base"):  # 比重, 占比: a share, not `比` of a comparison
        label = label.replace(w, "")
    return any(w in label for w in cues.words(section, key))


def compared_with(view: PageView, n: Num) -> bool:
    """`与 2010 年第六次全国人口普查的 B 相比，减少 D`: n stands in a clause opened by `与`/`同`, right
    before `相比`/`比较`: the level compared with, the base of the change after it."""
    clause = view.text[view.clause_start(n.start):n.start]
    return (clause.startswith(cues.words("growth", "compared_open")) and "比" not in clause
            and view.text.startswith(cues.words("growth", "compared_close"), n.end))


def own_subject(view: PageView, text: str) -> bool:
    """Whether a change's clause names what changes (`人员减少了 15%`) rather than only the
    comparison (`同比增长 5%`, `比一九七八年增长百分之三十二点六`)."""
    text = WORD_PERCENT.sub("", WORD_YEAR.sub("", text))
    for w in (cues.words("growth", "extent") + cues.words("growth", "average") + cues.words("growth", "price_basis")
              + cues.words("growth", "function_words") + cues.words("growth", "up") + cues.words("growth", "down")):
        text = text.replace(w, "")
    return len(re.sub(r"[^\u4e00-\u9fff]", "", text)) >= 2


def is_increment(view: PageView, n: Num) -> bool:
    """`比年初增加 4.6 亿元`: an amount of change, not a base."""
    label = view.label_before(n).rstrip("了")
    return word_direction(label, clause_before(view, n.start)) is not None


def ends_before_change(said: str, word: str) -> bool:
    """`实际增长`: the word stands right before the change word, not `实际完成的…`."""
    rest = said[said.rfind(word) + len(word):]
    extent = cues.ends_with_any(rest, "growth", "extent")  # `实际增长比例为`
    rest = (rest[:-len(extent)] if extent else rest).rstrip("了")
    return rest in cues.words("growth", "up") + cues.words("growth", "down")

