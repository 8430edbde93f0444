"""Named regex fragments that every dimension composes; built once, at import.

    NUM      a number: Arabic (thousands separators, decimals, 15k, 9佰) or Chinese numerals
             (with 万/亿 inside: 拾万零五十六点叁叁)
    AMOUNT   a number with its scale words: 26.5万, 3万4000, 16.06亿, 194余万, 1.1万余, 数十亿,
             and a bare 万/亿 after a word of reaching or a qualifier: 上万, 近亿
    PRE/POST qualifier words before a number and after its unit (from data/qualifiers.toml)
    DASH     the range words between two numbers: 至, 到, -, ~, ——
    PAIR     two neighbouring digits before a scale, a vague range: 三四百, 四五千
    LINK     the words joining the amounts of a list, whose unit may be written once at its end

Every fragment is a run of character classes or a short alternation, so a match never
backtracks more than a constant number of times per character (100,000 digits stay linear).
"""
from __future__ import annotations

import re

from ..lexicon import alternation, qualifier_words
from ..numerals import big_scales, digit_values, point_chars, small_scales, tables

CN_DIGIT = "[" + "".join(digit_values()) + "]"
# 廿 and 卅 (twenty, thirty: data/scales.toml spellings) are numerals too: 廿五载, 卅年
CN_CHARS = "".join(digit_values()) + "".join(small_scales()) + "廿卅"
BIG_CHARS = "".join(big_scales())
_PREFIX = tables()["unit_prefixes"]
_NOT_PREFIX = f"(?![{_PREFIX['heads']}])"
# 兆 before 瓦 or 字节 is mega, part of the unit
_BIG_PLAIN = "".join(ch for ch in BIG_CHARS if ch not in _PREFIX["words"])
_BIG_PREFIX = "".join(ch for ch in BIG_CHARS if ch in _PREFIX["words"])
BIG = f"(?:[{_BIG_PLAIN}]|[{_BIG_PREFIX}]{_NOT_PREFIX})"
POINT = "[" + point_chars() + "]"
SMALL = "[" + "".join(small_scales()) + "]"
# 1,234,567 or 82，225.00 (a full-width comma only between groups of three) or plain digits
ARABIC = r"(?:\d{1,3}(?:[,，]\d{3})+(?![\d,，])|\d++)(?:\.\d++)?"
# 15k, 9佰: an Arabic number with a thousands suffix or one small scale
ARABIC_SCALED = rf"{ARABIC}(?:[kK](?![A-Za-z])|{SMALL}(?![{CN_CHARS}]){_NOT_PREFIX})?"
CHINESE = rf"[{CN_CHARS}](?:[{CN_CHARS}]|{BIG})*(?:{POINT}{CN_DIGIT}+)?"
NUM = rf"(?:{ARABIC_SCALED}|{CHINESE})"
# what may follow 万/亿 inside one amount: 3万4000, 13万2, 一万二
TAIL = rf"(?:\d{{1,4}}(?![\d.])|{CN_DIGIT}(?![{CN_CHARS}]))"
BETWEEN = alternation(qualifier_words("between"))
PRE = alternation(qualifier_words("before"))
def _post() -> str:
    """The qualifier words after a unit, each one-character word kept from starting a longer
    word (`两部分内容` has no 内, `5个多功能` no 多): data/qualifiers.toml [after_word_starts]."""
    from ..lexicon import table
    starts = table("qualifiers.toml")["after_word_starts"]
    words = sorted(set(qualifier_words("after")), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) + (f"(?![{re.escape(starts[w])}])" if w in starts else "") for w in words)


POST = _post()
def _vague() -> str:
    """The vague prefixes; those of data/scales.toml [vague_prefixes] scale_only only before a
    scale word (数十亿, but 预算数28亿元 is an exact budget)."""
    table = tables()["vague_prefixes"]
    only = table.get("scale_only", [])
    plain = alternation([w for w in table["words"] if w not in only])
    scaled = f"(?:{alternation(only)})(?=[{''.join(small_scales())}{BIG_CHARS}])" if only else ""
    return "|".join(x for x in (plain, scaled) if x)


VAGUE = _vague()
DASH = r"(?:至|到|~|～|-{1,2}|—{1,2}|－|–)"
# (含): an inclusive bound written beside the number, 50万元（含）以上
INCLUSIVE = r"(?:[（(]含[）)])?"
# a number never starts inside another number
START = rf"(?<![\d.{CN_CHARS}{BIG_CHARS}])"


def _first_chars() -> str:
    """Every character a numeric match can start with: digits, numerals, the first characters of
    qualifier words, vague prefixes, signs and currency symbols."""
    from ..lexicon import table
    words = qualifier_words("before") + tables()["vague_prefixes"]["words"] + tables()["signs"]["words"]
    words += list(table("money.toml")["symbols"]) + table("quantity.toml")["sign"]["words"]
    chars = set("0123456789半对對百" + CN_CHARS + BIG_CHARS + "".join(w[0] for w in words))
    return "".join(sorted(re.escape(c) for c in chars))


FIRST = _first_chars()


def _bare_scale() -> str:
    """万 or 亿 standing for 1 万 / 1 亿 right after a word of reaching (上万人次, 成百上千), a vague
    prefix (数万) or a qualifier (近万, 逾亿), or before 余/多 (万余册): written alone anywhere else it
    is part of a word."""
    words = tables()["reaching"]["words"] + tables()["vague_prefixes"]["words"] + qualifier_words("before")
    after = "|".join(f"(?<={re.escape(w)})" for w in sorted(set(words), key=lambda w: (-len(w), w)))
    # the scale character is tested first: the thirty look-behinds ran at every numeral and
    # qualifier of a page where no other amount matched, a third of the rules' scanning time
    # or a bare 万/亿 that 余/多 follows (万余册, 万多人: the qualifier makes it a number)
    # or a bare 亿 before a money unit and 以上: a threshold (亿元以上项目, data/money.toml [threshold])
    from ..lexicon import table
    threshold = table("money.toml")["threshold"]
    over = f"(?=(?:{alternation(threshold['units'])})(?:{alternation(threshold['after'])}))"
    return rf"(?=[{BIG_CHARS}])(?:(?:{after}){BIG}{{1,2}}(?![{CN_CHARS}\d])|{BIG}(?=[余多])|{BIG}{over})"


BARE_SCALE = _bare_scale()


def amount(tag: str = "") -> str:
    """AMOUNT with its own group names: amount{tag}, vague{tag}, q1{tag} (余 before the scale),
    q3{tag} (多 between 万 and 亿), q2{tag}."""
    # 76万多亿: the qualifier may stand between the two scale words of 万亿 too (q3); only 万
    # before 亿, as 万亿 is written (10亿余万 is 10亿 and a stray 万, not 10亿 plus 1万)
    scales = rf"{BIG}(?:(?<=[万萬])(?P<q3{tag}>{BETWEEN})(?=[亿億]))?{BIG}?"
    number = rf"{NUM}(?P<q1{tag}>{BETWEEN})?(?:{scales}(?:{TAIL}{BIG}?)?)?"
    return rf"(?P<vague{tag}>{VAGUE})?(?P<amount{tag}>{number}|{BARE_SCALE})(?P<q2{tag}>{BETWEEN})?"


def measure(units: str, half: bool = False) -> str:
    """`<pre>? <amount> <unit> 半? <post>?`: the generic shape of a measured number."""
    tail = "(?P<half>半)?" if half else ""
    return rf"(?P<pre>{PRE})?{START}{amount()}(?P<unit>{units}){tail}{INCLUSIVE}(?P<post>{POST})?"


def measure_range(units: str) -> str:
    """`<amount> <unit>? <dash> <amount> <unit>`: 5至15户, 5-15户, 三到五个, 1万(含)-5万元."""
    return (rf"{START}{amount()}(?:{units})?{INCLUSIVE}{DASH}{amount('2')}(?P<unit>{units})"
            rf"{INCLUSIVE}(?P<post>{POST})?")


# the words that join amounts of one list: 283.98亿和260.19亿美元, 3万、5万和8万元
LINK = r"(?:和|与|及|、|或)"


def elided(units: str) -> str:
    """`<amount><scale> <link> … <amount><scale><unit>`: an amount in 万/亿 whose unit is written only
    after the last amount of its list (283.98亿和260.19亿美元); the unit group lies past the match,
    in the look-ahead, so a rule keeps the span to the first amount (test the scale there)."""
    piece = rf"(?:{PRE})?{NUM}(?:余|多)?{BIG}{{1,2}}(?:余|多)?"
    return (rf"(?P<pre>{PRE})?{START}{amount()}"
            rf"(?=(?:{LINK}{piece}){{0,4}}{LINK}{piece}(?P<unit>{units}))")


def has_scale(text: str) -> bool:
    """A 万/亿 written in the amount: only such an amount may leave its unit to the next one."""
    return any(ch in BIG_CHARS for ch in text)


def _counted_noun() -> "re.Pattern[str]":
    from ..lexicon import table
    people = table("people_counts.toml")["before_number"]
    return re.compile(rf"(?:{alternation(people['nouns'])})(?:{alternation(people['links'])})*$")


_COUNTED_NOUN = _counted_noun()


def leaves_unit(amount: str, text: str, pos: int) -> bool:
    """Whether the first amount of a list (at pos) takes the unit written after the last one
    (283.98亿和260.19亿美元): it holds a 万/亿 and no noun of people before it counts it."""
    return has_scale(amount) and not counted_before(text, pos)


def counted_before(text: str, pos: int) -> bool:
    """A noun of people (人口, 人数) with words of reaching just before the first amount of a list
    measures it as a count: the money or quantity unit after the last amount is not its unit
    (人口13亿和12万元 holds no 13亿元)."""
    return bool(_COUNTED_NOUN.search(text, max(0, pos - 16), pos))


def pair_range(units: str) -> str:
    """`<digit><next digit><scale> <unit>`: 三四百人, 四五千块钱 (a range: 4000 to 5000)."""
    return rf"{START}(?P<low>{CN_DIGIT})(?P<high>{CN_DIGIT})(?P<scale>{SMALL}?{BIG}?)(?P<unit>{units})"
