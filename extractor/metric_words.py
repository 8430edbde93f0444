"""The words of a metric phrase: the data of data/metric.toml as patterns, and the cleaning of a
phrase (quotes, leading scope and connective words, trailing verbs of being; a long phrase cut at a
list mark or 的 is metric_cut.trim). Used by metric.py and the metric_* readers; the words of change,
comparison and plan are in metric_change_words.py, a price per unit in metric_per_unit.py."""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import BRACKETS, BREAKS, LIST_MARKS
from .lexicon import alternation, table, word_list
from .metric_change_words import change_only, plan_period


CLAUSE_BREAK = BREAKS + LIST_MARKS + BRACKETS


_QUOTES = "“”‘’\"'《》 —"


# where a number's clause begins and ends: the last break before it, the first after it
CLAUSE_HEAD = re.compile(f".*[{re.escape(CLAUSE_BREAK)}]", re.S)


CLAUSE_END = re.compile(f"[{re.escape(CLAUSE_BREAK)}]")


DIGIT = re.compile(r"\d")

# a count as written in a list or before the set it names (20个, 一百四十一个, 24家): the number, with
# a range's dash, 多/余, and a classifier of things or people (metric_grade, metric_headless,
# metric_count_list; the classifiers in data/metric.toml [count_list] count_units)
COUNT_NUMERALS = "\\d零〇一二两三四五六七八九十百千万亿"
COUNT_UNITS = alternation(table("metric.toml")["count_list"]["count_units"])
COUNT_WRITTEN = f"[{COUNT_NUMERALS}—－-]+[多余]?(?:{COUNT_UNITS})"


@lru_cache(maxsize=1)
def phrase_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    t = table("metric.toml")
    # (a word that only opens with a leading word stays whole: 对照 is no 对 then 照)
    lead = re.compile("^(?!" + alternation(t["leading"]["kept_words"]) + ")(?:" + alternation(t["leading"]["words"]) + ")")
    # (a word that only ends with a trailing word stays whole: 节约 is no 节 then 约)
    kept = t["trailing"]["kept_words"] + t["money_kept"]["words"]
    words = sorted(set(t["trailing"]["words"]), key=lambda w: (-len(w), w))
    # (each kept word guards only the longest trailing word it ends with: 猛增至 keeps 增至 whole, not 至)
    guarded = {k: max((w for w in words if k.endswith(w) and k != w), key=len, default="") for k in kept}
    trail = re.compile("(?:" + "|".join("".join(f"(?<!{re.escape(k[:-len(w)])})" for k in kept if guarded[k] == w)
                                        + re.escape(w) for w in words) + ")+$")
    # (a stop word inside a kept word ends nothing: 荣立集体二等功 is not cut at 等)
    kept_stop = t["stop_after"]["kept_words"]
    stop = re.compile("|".join(
        "".join(f"(?!(?<={re.escape(k[:i])}){re.escape(k[i:])})" for k in kept_stop for i in range(len(k))
                if k.startswith(w, i)) + re.escape(w)
        for w in sorted(t["stop_after"]["words"], key=len, reverse=True)))
    return lead, trail, stop


@lru_cache(maxsize=1)
def _time_span() -> re.Pattern:
    t = table("metric.toml")["leading"]
    return re.compile(f"[{t['span_numerals']}]{{1,3}}(?:{alternation(t['span_ends'])})")


@lru_cache(maxsize=1)
def _trailing_once() -> re.Pattern:
    t = table("metric.toml")
    more = t["trailing_once_more"]
    # (方便, 重要: a kept word that ends with the word is no word left behind; a kept word that is
    # itself one of the words, 需要, is stripped only where a longer one holds it, 只需要)
    def guarded(word: str) -> str:
        kept = [k[: -len(word)] for k in more["kept"] if k.endswith(word) and k != word]
        # (需要 alone: nothing before it would be left, the phrase stays)
        return "(?<=..)" + "".join(f"(?<!{re.escape(p)})" for p in kept) + re.escape(word)
    words = sorted(more["words"], key=len, reverse=True)
    return re.compile(f"(?:{alternation(t['trailing']['once'])}|{'|'.join(map(guarded, words))})$")


@lru_cache(maxsize=1)
def _affixes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The leading words, and the trailing words with a newline (before a final one `$` matches
    too): a phrase that starts (ends) with none of them is left as it is by lead (trail)."""
    t = table("metric.toml")
    return tuple(t["leading"]["words"]), (*t["trailing"]["words"], "\n")


_PAIRS = {"“": "”", "‘": "’", "《": "》"}


_CLOSERS = {v: k for k, v in _PAIRS.items()}


def strip_quotes(phrase: str) -> str:
    """The phrase without quotes at its ends, except one whose partner stands inside it:
    “订单式”培训 keeps its opening quote."""
    while phrase and phrase[0] in _QUOTES and not (phrase[0] in _PAIRS and _PAIRS[phrase[0]] in phrase[1:]):
        phrase = phrase[1:]
    while phrase and phrase[-1] in _QUOTES and not (phrase[-1] in _CLOSERS and _CLOSERS[phrase[-1]] in phrase[:-1]):
        phrase = phrase[:-1]
    return phrase


def _strip_leading(phrase: str, lead: re.Pattern) -> str:
    """The phrase without its leading words, one at a time, never one that opens a longer word
    (并购重组 keeps 并, 比重 keeps 比, 对外贸易 keeps 对)."""
    keep = word_tuple("leading", "not_in_words")
    for _ in range(4):
        if phrase.startswith(keep):
            return phrase
        m = lead.match(phrase)
        if not m:
            return phrase
        phrase = phrase[m.end():]
    return phrase


def ends_with_ownership(phrase: str) -> bool:
    """The phrase ends with a word of ownership of [trailing] ownership as a word of jieba's cut (全省国有,
    非国有, 集体所有), not with the verb 有 after a word that ends in its first character (全国有, 研究所有):
    its 有 is no trailing verb to strip. Nor where the word before, or its last two characters or more, make
    a word of the dictionary with that first character, though jieba cuts otherwise (常任理事国有, 两国有:
    理事国 and 两国 have)."""
    ending = next((w for w in word_tuple("trailing", "ownership") if phrase.endswith(w)), "")
    if not ending:
        return False
    from .metric_after import segmenter  # (late: metric_after reads this module; the tagger loads on first use)
    from .segment import shared_words
    words = segmenter().cut(phrase)
    if len(words[-1]) < len(ending):
        return False
    before = words[-2] if len(words) >= 2 and words[-1] == ending else ""
    joined = (before[-k:] + ending[0] for k in range(min(2, len(before)), len(before) + 1))
    return not (before and any(shared_words().get(w) for w in joined))


def without_doer(phrase: str) -> str:
    """The phrase without a personal pronoun opening it as the doer of its clause (她每月从工资里省下 → 每月从工资里
    省下, 他们又筹集资金 → 资金): a person names nothing counted or paid. A pronoun that owns what follows stays
    (他家的电话费, 我们厂去年的利润: a 的 after it; 他们村去年集体收入, 他们家人均收入: a body's noun right after it,
    [leading] owned_bodies), so does one that is only the start of jieba's first word (他人, 他国), and one whose
    clause names nothing else once it goes (我们仅占: the pronoun is the only subject there is)."""
    pronoun = next((p for p in word_tuple("leading", "pronouns") if phrase.startswith(p)), "")
    rest = phrase[len(pronoun):]
    if not pronoun or len(rest) < 2 or "的" in rest or rest.startswith(word_tuple("leading", "owned_bodies")):
        return phrase
    from .metric_after import segmenter  # (late: metric_after reads this module; the tagger loads on first use)
    if segmenter().cut(phrase)[0] != pronoun:
        return phrase
    named = clean(rest)
    from .metric_change_words import change_only  # (late: it reads this module's patterns)
    from .metric_context import predicate_only
    says_nothing = len(named) < 2 or change_only().match(named) or predicate_only().fullmatch(named) \
        or _share_of().match(named)
    return phrase if says_nothing else named


@lru_cache(maxsize=1)
def _share_of() -> re.Pattern:
    """A share verb and its object (仅占全村人口, 约占职工总数): the object is the whole, not what is measured; the
    part is the subject, so a pronoun doing it is the only subject there is (data/metric.toml [share])."""
    t = table("metric.toml")["share"]
    share = f"(?:{alternation(t['but_words'])}|(?!{alternation(t['not_words'])})(?:{alternation(t['words'])}))"
    return re.compile(f"(?:{alternation(t['before'])})*{share}")


@lru_cache(maxsize=8192)
def clean(phrase: str) -> str:
    """The phrase without quotes, leading and trailing words (memoized: it depends on the phrase
    alone, and a page's phrases repeat: the empty one, 附图片, 增长)."""
    lead, trail, _ = phrase_patterns()
    leading, trailing = _affixes()
    phrase = strip_quotes(phrase)
    for _ in range(3):
        # str.startswith/endswith first: most phrases hold no such word, and a regex sub costs more
        new = _strip_leading(phrase, lead) if phrase.startswith(leading) else phrase
        new = strip_quotes(trail.sub("", new) if new.endswith(trailing) and not ends_with_ownership(new) else new)
        span = _time_span().match(new)
        if span and len(new) - span.end() >= 2 and not change_only().match(new[span.end():]):
            new = new[span.end():]  # (四年间增长: a change alone keeps its span, it names no subject to read back)
        once = _trailing_once().search(new)
        if once and not new[:once.start()].endswith(trailing):
            new = new[:once.start()]  # (总和却: left as it is, 和 would go with it)
        if new == phrase:
            break
        phrase = new
    return without_doer(phrase)


@lru_cache(maxsize=1)
def noun_end() -> re.Pattern:
    """From the first function character on (after the first character), the text after a number
    is no longer its noun: 家庭在新年期间 → 家庭."""
    t = table("metric.toml")["noun_after"]
    # (a function character inside a kept noun ends nothing: 棉被, 被子, 首都, 兼并额)
    keeps = t["ends_before_kept"]
    chars = []
    for ch in t["ends_before"]:
        # at the character, none of the kept words that hold it may stand around it
        guard = "".join(f"(?!(?<={re.escape(w[:k])}){re.escape(w[k:])})" if k else f"(?!{re.escape(w)})"
                        for w in keeps for k in range(len(w)) if w[k] == ch)
        chars.append(guard + re.escape(ch))
    ends = f"{'|'.join(chars)}|{alternation(t['ends_before_words'])}"
    return re.compile(f"(?<=.)(?:{ends}).*$", re.S)


@lru_cache(maxsize=1)
def unit_words() -> tuple[str, ...]:
    """The currency, classifier and percent words, longest first: the unit a figure's text opens with is the
    first of them it starts with (亿元 before 元, 万人次 before 人)."""
    words = {*table("money.toml")["units"], *word_list("classifiers.txt"), "%", "％"}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def word_set(section: str, key: str) -> frozenset:
    """A word list of data/metric.toml as a set, read once."""
    return frozenset(table("metric.toml")[section][key])


@lru_cache(maxsize=None)
def word_tuple(section: str, key: str) -> tuple[str, ...]:
    """A word list of data/metric.toml as a tuple (what str.startswith/endswith take), read once."""
    return tuple(table("metric.toml")[section][key])


def names_money(word: str, more: tuple[str, ...] = ()) -> bool:
    """A word (or run of words) of two characters or more that names money: it ends in a [money_nouns] ends word
    (资金, 工资, 停车费) or one of `more` (工钱): the one test of the readers that look for a noun of money near an
    amount (metric_refer.money_before_predicate after it, metric_paid_before before it)."""
    return len(word) >= 2 and word.endswith(word_tuple("money_nouns", "ends") + more)


@lru_cache(maxsize=None)
def leading_pattern(section: str, key: str) -> re.Pattern:
    """A pattern of the words of a data/metric.toml list at the start of a string, compiled once."""
    return re.compile(f"^(?:{alternation(table('metric.toml')[section][key])})")


@lru_cache(maxsize=1)
def connectives() -> re.Pattern:
    return re.compile(alternation(table("metric.toml")["leading"]["connectives"]))


@lru_cache(maxsize=1)
def structure() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    t = table("metric.toml")
    place = t["place"]
    name_char = f"(?![{place['not_in_name']}])[\u4e00-\u9fff]"
    # 老旧小区, 棚户区, 脱贫地区: a common noun before 区 makes no place name
    # (城镇, 乡镇, 城乡: 镇 and 乡 after 城 or 乡 end no name, 我国城镇居民 is no place 我国城镇)
    towns = "".join(ch for ch in "镇乡" if ch in place["suffixes"])
    plain = "".join(ch for ch in place["suffixes"] if ch not in "区市县" + towns)
    suffix = f"(?:[{plain}]|(?<![{place['not_before_town']}])[{towns}]|(?<![{place['not_before_qu']}])区" \
             f"|(?<![{place['not_before_shi']}])市|(?<![{place['not_before_xian']}])县)"
    leading_place = re.compile(f"^(?:{name_char}){{2,5}}?{suffix}(?![{place['not_followed_by']}])")
    giving = re.compile(f"(?:{alternation(t['giving']['verbs'])})$")
    # (a word that only opens with one of them is a noun's: 对照学习…政策, 对外贸易, 在建项目; data [leading]
    # kept_words and not_in_words)
    words = alternation(t['leading']['kept_words'] + t['leading']['not_in_words'])
    not_noun = re.compile(f"^(?!{words})(?:{alternation(t['giving']['not_noun'])})")
    base = t["comparison"]
    # the whole phrase is the base: 比上年同期的, 比2022年的 (not 比上年的1.42亿元增长)
    opens = alternation(base["opens"])
    # 也由1992、1993、1994年的: a list of years is one base
    connective = alternation(t["leading"]["connectives"])
    years = f"(?:\\d{{4}}|[{base['year_digits']}]{{4}})(?:[、和](?:\\d{{4}}|[{base['year_digits']}]{{4}}))*年"
    # (比原来设想的, 比计划规定的: 比, a few words of a base and 的 make a base too)
    opens_with_base = re.compile(f"^(?:{connective})?(?:(?:{opens})(?:{years}|{alternation(base['bases'])}|{plan_period()})+的?"
                                 f"|比[^，。；：\\d]{{1,8}}的)$")
    # (两个及以上涉审单位: 及以上 is a qualifier as 以上 is, the noun after it counted)
    qualifier_head = re.compile("^(?:及以上|及以下|以上|以下|以内|左右)")
    return leading_place, giving, not_noun, opens_with_base, qualifier_head


# a number with its unit and scope words inside a phrase (`2022年`, `5000万以上`, `为5家`) ends a

# scope: what is measured follows it (`比2022年总投资` → 总投资, `5000万以上工业项目` → 工业项目)

@lru_cache(maxsize=1)
def number_scope() -> re.Pattern:
    # (currencies too: 分别为32亿美元和45亿美元, the second's phrase is not 美元; units of quantity too:
    # 造林面积30万亩和种草面积12万亩, the second's is not 亩和种草面积)
    classifiers = alternation([*word_list("classifiers.txt"), *table("money.toml")["units"],
                               *word_list("quantity_units.txt")])
    unit = rf"(?:[年月日号元]+[份度]?|个多?月|{classifiers})"  # 6个月来: a time, not a count; 1998年度
    cn_year = f"[{table('metric.toml')['comparison']['year_digits']}]{{4}}年"  # 一九七八年
    # (1995、1996年: a list of numbers before one unit is one scope; so is a range, 1979到1983年)
    # (PM_2.5年均浓度: a subscript as the page writes it, after _, is no number of a time)
    return re.compile(rf"(?<![A-Za-z.\d_])(?:\d[\d.,，]*(?:[、和到至—－]\d[\d.,，]*)*(?:[万亿]{unit}?|{unit})|{cn_year})(?:以上|以下|以来|来|起|底|初|末)?")


LIST_JOINS = ("、", "和", "及", "至", "到", "—", "－")


@lru_cache(maxsize=1)
def any_number() -> re.Pattern:
    """A number with its unit and scope words (5000万以上, 25度以下, 97.8%, 1996)."""
    units = alternation([*word_list("classifiers.txt"), *word_list("quantity_units.txt")])
    # not the digits of a name like PM2.5 or CO2 (PM_2.5: a subscript as the page writes it)
    return re.compile(rf"(?<![A-Za-z.\d_])\d[\d.,，%]*[A-Za-z]*(?:[万亿千百]*(?:{units}|[年月日号元度])份?)?(?:以上|以下|以内|以来|左右|多|余)?")


def is_share(phrase: str) -> bool:
    """占全国总额的四成, 占地方预算支出总数的: a phrase that opens with the share word (not 占地50亩)."""
    return phrase.startswith(word_tuple("share", "words")) and (
        not phrase.startswith(word_tuple("share", "not_words")) or phrase.startswith(word_tuple("share", "but_words")))


def balanced(phrase: str) -> str:
    """行政村是“小康村: a quote the phrase opens and does not close (the cut fell inside the quoted
    name) is dropped, so that no metric holds half a pair."""
    for opening, closing in (("“", "”"), ("《", "》"), ("‘", "’")):
        if phrase.count(opening) > phrase.count(closing):
            phrase = phrase.replace(opening, "")
    return phrase


# 四成; a fraction is a share too (三分之一, 1/3)
PERCENT = re.compile("[%％‰]|分之|百分点|\\d/\\d|(?<=[一二三四五六七八九十两])成$")
