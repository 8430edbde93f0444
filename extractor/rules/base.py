"""What every dimension shares: the rule type, the context a rule sees,
and the generic builder that turns a match of a `measure` pattern into a value."""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable, Optional

from ..candidate import Candidate
from ..fact_types import COUNT, MONEY
from ..clauses import BREAKS
from ..lexicon import qualifier_of, qualifier_words, table
from ..numerals import big_scales, digit_values, parse_number, small_scales, tables

_BETWEEN_CHARS = "".join(sorted(set("".join(qualifier_words("between")))))
_DROP_BETWEEN = str.maketrans("", "", _BETWEEN_CHARS)  # made once: a rule reads thousands of amounts


@dataclass
class Context:
    """The normalized text and what rules may ask of it."""

    text: str

    def clause_before(self, pos: int, limit: int = 40) -> str:
        """The text from the last clause break before pos up to pos."""
        lo = max(0, pos - limit)
        chunk = self.text[lo:pos]
        cut = max(chunk.rfind(c) for c in BREAKS)
        return chunk[cut + 1:]


@dataclass(frozen=True)
class Rule:
    """A named pattern of one dimension and the function that reads its match."""

    name: str
    dimension: str
    pattern: re.Pattern
    build: Callable[[re.Match, Context, "Rule"], Optional[Candidate]]
    priority: int = 0
    # sets of characters read off the pattern (rules/gate.py): a page lacking one cannot match
    gates: tuple[frozenset, ...] = ()
    # sets of words read off the pattern (rules/word_gate.py): a paragraph lacking one cannot match
    words: tuple[tuple[str, ...], ...] = ()
    # pairs of neighbouring characters read off the pattern (rules/pair_gate.py), each the source
    # of its search: a paragraph holding none of one cannot match
    pairs: tuple[str, ...] = ()

    def can_match(self, chars: set) -> bool:
        """chars: the set of the page's characters."""
        return all(not chars.isdisjoint(g) for g in self.gates)


def rule(name: str, dimension: str, pattern: str, build, priority: int = 0) -> Rule:
    # every match starts with a character of FIRST: checking that one class first lets the regex
    # engine skip the other positions of a page at once (the qualifier alternations are slow)
    from .compiled import compile_rule
    from .fragments import FIRST
    compiled, found = compile_rule(f"(?=[{FIRST}])(?:{pattern})")  # stored with the package
    return Rule(name, dimension, compiled, build, priority, *found)


@lru_cache(maxsize=8192)
def amount_value(text: str | None) -> Optional[Decimal]:
    """The value of an AMOUNT group's text (余/多 inside it are qualifiers, not digits).
    Remembered: a page repeats its years and its small numbers."""
    if not text:
        return None
    return parse_number(text.translate(_DROP_BETWEEN))


def qualifier(m: re.Match, tag: str = "", groups: Optional[dict] = None) -> str:
    """exact / about / over / under from the qualifier words around a measure match (groups: its
    groupdict, where the caller has it)."""
    if groups is None:
        groups = m.groupdict()
    for position, key in (("between", f"q1{tag}"), ("between", f"q3{tag}"), ("between", f"q2{tag}"), ("after", "post"), ("before", "pre")):
        q = qualifier_of(position, groups.get(key))
        if q and not (key == "pre" and _part_of_word(m)) and not (q == "under" and key == "post" and _a_limit(m)):
            return q
    if groups.get(f"vague{tag}"):
        return "over"  # 几十万, 数十亿: the lower bound is written
    return "exact"


def _threshold(groups: dict) -> bool:
    """亿元以上项目, 签约亿元以上: a bare 亿元 before 以上 is a class's threshold, at least 1亿元 (the gold's
    convention since session 16: `超亿元` and `亿元以上` are money facts of 1亿, over)."""
    return qualifier_of("after", groups.get("post")) == "over"


def _a_limit(m: re.Match) -> bool:
    """债务限额101.5亿元以内: the number names a limit (data/qualifiers.toml [limit_nouns]), which 以内
    does not bound: what is kept within it is bounded."""
    start = m.start("pre") if m.groupdict().get("pre") else m.start()
    return m.string.endswith(tuple(table("qualifiers.toml")["limit_nouns"]["words"]), max(0, start - 4), start)


def _reaching(m: re.Match) -> bool:
    """上百名, 上千万元: a scale word without a digit, after a word of reaching (data/scales.toml)."""
    amount = m.group("amount")
    reaching = tables()["reaching"]
    # only a run of scale words is an idiom of reaching: 达十亿零七千万亩 and 达十四点七吨 hold digits
    # and are exact; a lone 十 (达十项) is ten
    if not amount or amount in reaching["not_alone"] or any(
            ch not in small_scales() and ch not in big_scales() for ch in amount):
        return False
    before = m.string[max(0, m.start("amount") - 2): m.start("amount")]
    return before.endswith(tuple(reaching["words"])) and not before.endswith(tuple(reaching["not_words"]))


def _bare_scale(amount: str) -> bool:
    """万, 亿, 万亿: a scale word standing for one of itself (上万人次, 近亿元)."""
    return bool(amount) and all(ch in big_scales() for ch in amount)


def _part_of_word(m: re.Match) -> bool:
    """签约 20 个: the 约 before the number belongs to a word, it does not qualify the number."""
    head = m.string[max(0, m.start("pre") - 3): m.end("pre")]
    return any(head.endswith(w) for w in table("qualifiers.toml")["not_before"]["words"])


_ZERO_CHARS = "".join(ch for ch, v in digit_values().items() if v == 0)


def measured(m: re.Match, dimension: str, unit: Optional[str], rule_name: str,
             scale: Decimal = Decimal(1), whole: bool = True) -> Optional[Candidate]:
    """A candidate from a `measure` or `measure_range` match; whole=False lets a count be a
    fraction (an average: 每百户36.4辆)."""
    amount = m.group("amount")
    value = amount_value(amount)
    if value is None or dimension != MONEY.name and is_word_numeral(amount):
        return None
    if not amount.strip(_ZERO_CHARS):
        return None  # 零件, 零售, 零星: a zero alone is a character of a word
    groups = m.groupdict()
    if _bare_scale(amount) and not (groups.get("vague") or _reaching(m) or groups.get("q2")
                                              or groups.get("pre") and not _part_of_word(m)
                                              or dimension == MONEY.name and _threshold(groups)):
        return None  # 签约亿元: a bare 亿 after a word that only ends like a qualifier
        # (万余册, 万多人: 余/多 right after it make it a number; 亿元以上项目 is a threshold of 1亿)
    value_max = None
    qual = qualifier(m, groups=groups)
    if qual == "exact" and _reaching(m):
        qual = "over"  # 上百名, 上千万元: reaching a bare scale is at least that much
    run = digit_run(amount)
    if run is not None:
        # 两三万元, 六七年: two neighbouring digits are a vague range; any other run of bare
        # Chinese digits (八一队, 五一, 三八) is a name or a date-like token, not a number
        digits, run_scale = run
        if groups.get("amount2") or len(digits) != 2 or digits[1] != digits[0] + 1:
            return None
        value, value_max, qual = digits[0] * run_scale, digits[1] * run_scale * scale, "range"
    if groups.get("amount2"):
        if digit_run(groups["amount2"]) is not None:
            return None
        value_max = amount_value(groups["amount2"])
        if value_max is None:
            return None
        value_max *= scale
        # 5至15万户: the scale written after the second number applies to the first too
        if _scale_of(groups["amount2"]) > _scale_of(groups["amount"]) and _scale_of(groups["amount"]) == 1:
            value *= _scale_of(groups["amount2"])
        if value_max <= value * scale:
            return None
        qual = "range"
    if dimension == COUNT.name and whole and (value * scale) != int(value * scale):
        return None  # 2.3本: a count is whole; the number is a section label, not a count
    end = m.end("unit")
    if groups.get("half"):
        value += Decimal("0.5")  # 一吨半, 三年半
        end = m.end("half")
    start = m.start("vague") if groups.get("vague") else m.start("amount")
    # the span is the number and its unit; 约/以上 are recorded in the qualifier
    return Candidate(start, end, dimension, value * scale, unit, qual, value_max, rule_name)


@lru_cache(maxsize=4096)
def digit_run(text: str) -> Optional[tuple[list[int], Decimal]]:
    """`两三万` ([2, 3], 10000), `八一` ([8, 1], 1): an amount whose number is two or more Chinese
    digits with no 十/百/千 between them, as its digits and its 万/亿 scale; None otherwise.
    (A year like 一九九八年 is read digit by digit by the date rules, never here.)
    Remembered, as amount_value: the list is shared, and no caller changes it."""
    values, bigs = digit_values(), big_scales()
    core = text.translate(_DROP_BETWEEN)
    head = core.rstrip("".join(bigs))
    if len(head) < 2 or any(ch not in values for ch in head):
        return None
    scale = Decimal(1)
    for ch in core[len(head):]:
        scale *= bigs[ch]
    return [values[ch] for ch in head], scale


def _scale_of(text: str) -> int:
    """The largest scale word written in an amount: 5至15万户 scales both ends by 万."""
    scale = 1
    for ch, v in list(big_scales().items()) + list(tables()["arabic_suffixes"].items()):
        if ch in text:
            scale = max(scale, v)
    return scale


def is_word_numeral(text: str) -> bool:
    """陆 in 登陆部队, 拾 in 拾起: one formal numeral alone is a character of a word."""
    return len(text) == 1 and text in tables()["formal"]["chars"]
