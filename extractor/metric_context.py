"""What the clauses around a number name, for metric.py: the subject before that names a thing
(past generic nouns such as 总额 and bases such as 上年同期), clauses of only modal, time and
reaching words, a count's head noun, the count before in the same unit, the purpose an amount is
given for, the topic a percent opening its clause shares, and numbers written into words (5G) or
in Chinese numerals. The words used live in data/metric.toml."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .clauses import last_mark
from .lexicon import alternation, table, word_list
from .metric_subject import clause_start, subject_before_at
from .metric_cut import noun_head
from .metric_words import clean, DIGIT, noun_end, word_set, word_tuple
from .metric_change_words import plan_only
from .metric_cut import trim


def _age_band() -> str:
    """0—14岁人口, 65岁及以上人口: an age band labelling a part of a population (data/metric.toml
    [labeled_part]) is a name too, the part's, not a number of the phrase."""
    t = table("metric.toml")["labeled_part"]
    return (f"|(?<![\\d.])\\d+(?:(?:{alternation(t['band_marks'])})\\d+)?"
            f"(?=(?:{alternation(t['band_units'])})(?:{alternation(t['band_closes'])})?(?:{alternation(t['band_nouns'])}))")


def _not_a_unit() -> str:
    """Not a Latin unit of measure closing the number (500kV变电站 is a 500千伏变电站: a quantity, which
    the phrase is split at as at 千伏, no name like 5G)."""
    return f"(?!(?:{alternation(table('quantity.toml')['latin']['units'])})(?![A-Za-z0-9]))"


# a number written into a word with Latin letters (5G, 4K) is part of the word, not a number of its own
# (and digits right after Latin letters, a space between or not: M2, M 2, PM2.5 are names too)
# (PM_2.5: a subscript as the page writes it, after _; and the digits of a ranking's name, 世界500强企业,
# “三类500强”项目: a name, not a number of the phrase)
LATIN_NUMBER = re.compile(r"(?<![\dA-Za-z.])\d+" + _not_a_unit() + r"[A-Za-z]+|(?:(?<=[A-Za-z])|(?<=[A-Za-z] )|(?<=[A-Za-z]_))\d+(?:\.\d+)?(?![\d.]*[%％‰])"
                          r"|(?<![\d.])\d+(?=强)" + _age_band())
# its digits are hidden while a phrase is split at its numbers (private-use characters stand in)
HIDE = str.maketrans("0123456789", "".join(chr(0xE000 + i) for i in range(10)))
SHOW = str.maketrans("".join(chr(0xE000 + i) for i in range(10)), "0123456789")
PLAIN_NUMBER = re.compile(r"(?<![\dA-Za-z._])\d(?![\d.]*[A-Za-z强])")


@lru_cache(maxsize=1)
def chinese_amount() -> re.Pattern:
    units = alternation(["元", *word_list("classifiers.txt"), *word_list("quantity_units.txt")])
    return re.compile(f"[零〇○一二两三四五六七八九十百千万亿点]{{2,}}[多余]?[万亿]?(?:{units})")


@lru_cache(maxsize=1)
def _bases() -> re.Pattern:
    return re.compile(f"(?:{alternation(table('metric.toml')['comparison']['bases'])})+")


@lru_cache(maxsize=1)
def predicate_only() -> re.Pattern:
    t = table("metric.toml")
    return re.compile(f"(?:{alternation([*t['predicate_only']['words'], *t['comparison']['bases']])})+")


def bases_only(phrase: str) -> bool:
    """上年同期, 去年: a phrase of only comparison bases names no measure."""
    return bool(_bases().fullmatch(phrase))


# a clause that ends with 的 and a short noun (…以上的大队)
ENDING_HEAD = re.compile("的([\u4e00-\u9fff]{2,6})$")
# a description then 的 and a verb of being, with no noun after the 的 (可以建设完工的有)
HEADLESS = re.compile("的(?:共|总共|一共)?(?:有|为|是|达|达到)$")


_COUNT_REACH = 60
_CHINESE_NUMERAL = "零〇○一二两三四五六七八九十百千万亿"


def earlier_count(text: str, start: int, unit: str, measure: Callable[[int, int], str | None],
                  same_clause: bool = False, sentences: int = 1, lowest: int = 0, shortest: int = 2) -> str | None:
    """The metric of the nearest count before in the same sentence and unit with its noun after
    the unit (十八个建设项目), for a count whose clause names nothing (共计一百一十九个): from the
    clause before, or from the number's own clause on back; over `sentences` sentences. A noun
    shorter than `shortest` is none (据八个县的不完全统计，有三千二百个: 县 is where, not what)."""
    floor = max(lowest, start - _COUNT_REACH * sentences)
    sentence = start
    for _ in range(sentences):
        sentence = last_mark(text, "。！？\n", floor, sentence)
    at = start if same_clause else clause_start(text, start) - 1
    while at > max(floor, sentence):
        at = text.rfind(unit, max(floor, sentence), at)
        if at <= 0:
            return None
        digits = at
        while digits > 0 and (text[digits - 1].isdigit() or text[digits - 1] in _CHINESE_NUMERAL + ".多余"):
            digits -= 1
        follows = text[at + len(unit):at + len(unit) + 1]
        if digits < at and follows and "\u4e00" <= follows <= "\u9fff":
            noun = measure(digits, at + len(unit))
            return noun if noun and len(noun) >= shortest else None
    return None


@lru_cache(maxsize=1)
def _purpose() -> re.Pattern:
    t = table("metric.toml")["giving"]
    verb = f"(?:{t['purpose_for']})?(?:{alternation(t['purposes'])})(?:{alternation(t['purpose_then'])})?"
    return re.compile(f"[，,]{verb}([^，。；：！？\n]{{2,30}})")


@lru_cache(maxsize=1)
def _direct_purpose() -> re.Pattern:
    # (用于疏通公路、440万元用于救灾: a list mark ends the purpose, the next amount has its own)
    return re.compile(f"(?:{alternation(table('metric.toml')['giving']['direct_purposes'])})([^，。；：！？、\n]{{2,30}})")


def purpose_after(text: str, end: int, direct: bool = False) -> str:
    """作为送温暖活动资金, 用于困难职工生活救助: the purpose the clause after an amount names;
    `direct`: the purpose right after the amount, no comma between (1000万元用于救济灾民)."""
    m = (_direct_purpose() if direct else _purpose()).match(text, end)
    if not m or DIGIT.search(m.group(1)):
        return ""
    first = re.split("以及|和|及|并", m.group(1), maxsplit=1)[0]  # (…生活救助和安排…再就业: the first purpose)
    return trim(clean(first)) if len(clean(first)) >= 2 else ""


def opens_clause(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] in "，；"


_TOPIC = re.compile("[^，。；：！？\\n\\d%]{3,24}的([\u4e00-\u9fff]{2,6})$")


def topic_before(text: str, start: int) -> str:
    """The noun ending the clause before (…投产的项目), where that clause holds no number and opens
    its sentence: the topic of the clause the percent opens."""
    lo = clause_start(text, start - 1)
    if lo > 0 and text[lo - 1] not in "。！？\n":
        return ""
    m = _TOPIC.match(text, lo, start - 1)
    return m.group(1) if m else ""


def counted_head(subject: str) -> str:
    """平均每人在300元以上的大队: what a count counts is the noun after the last 的 of the subject."""
    head = clean(subject[subject.rfind("的") + 1:])
    usable = len(head) >= 2 and not DIGIT.search(head) and head not in word_set("generic", "nouns")
    return head if usable else subject  # (上市公司的数量: the generic noun names no thing)


def named_subject_before(text: str, start: int) -> str:
    """The nearest subject before that names a thing: passing subjects that are a generic noun or
    a comparison's base alone (实现利润总额1010亿元，增长率为30.8%，而上年同期仅为…: 利润总额)."""
    at, generic = start, ""
    for _ in range(3):
        subject, at = subject_before_at(text, at)
        if not subject:
            break
        # (且增速明显加快: the size of a change and how it went is the change of a subject before)
        sized = subject.startswith(word_tuple("change", "sizes"))
        # (…，超过年度计划4%，比上年增长7%: a plan exceeded names no subject either)
        if subject not in word_set("generic", "nouns") and not bases_only(subject) and not sized \
                and not plan_only().match(subject) and not predicate_only().fullmatch(subject):
            return subject
        generic = generic or (subject if not bases_only(subject) else "")
    return generic  # (增幅由…，逐步下降到…: a generic noun alone, where nothing before names more)


_OBJECT_REACH = 150
_OBJECT = re.compile("[\u4e00-\u9fff]{2,16}")


def elliptic_object(text: str, start: int, end: int, phrase: str) -> str:
    """拟连续几年发行超长期特别国债，…，今年先发行1万亿元: an amount after a bare verb of giving, with
    nothing after it, is of the thing the same verb gave just before (the noun right after it)."""
    verb = _giving_end().search(phrase)
    # (an adverb at most before the verb: 先发行, not 货币发行 or 年均投入, whose nouns are their own)
    if not verb or len(phrase) - len(verb.group()) > 1 or not (end == len(text) or text[end] in "，。；！？\n"):
        return ""
    floor = max(0, start - _OBJECT_REACH)
    own = text.rfind(verb.group(), floor, start)
    at = text.rfind(verb.group(), floor, own) if own > 0 else -1
    if at < 0:
        return ""
    m = _OBJECT.match(text, at + len(verb.group()))
    noun = clean(noun_head(m.group())) if m else ""
    return noun if len(noun) >= 2 else ""


@lru_cache(maxsize=1)
def _giving_end() -> re.Pattern:
    return re.compile(f"(?:{alternation(table('metric.toml')['giving']['verbs'])})$")


@lru_cache(maxsize=1)
def _partitive() -> tuple[re.Pattern, re.Pattern]:
    t = table("metric.toml")["partitive"]
    among = re.compile(f"(?<![{t['not_before']}])(?:{alternation(t['among'])})(?:{alternation(t['links'])})?$")
    bound = re.compile(f"(?:{alternation(t['bounds'])})(?:{alternation(t['links'])})?$")
    return among, bound


def partitive_count(text: str, start: int, unit: str, measure: Callable[[int, int], str | None],
                    strong: bool = False) -> str | None:
    """`９１家金融公司中的５８家`, `将把其中的４家合并`, `１０家最大的银行中，至少有８家`: a count of
    some among things counted or named before counts those things (金融公司, 国家银行, 银行): the
    nearest count in the same unit, in this sentence or the one before (其中 points back); else
    the noun before 中 (瑞士三大银行中的两家 → 三大银行). None where the words before the number
    are no such part; with `strong`, only `…中的N` (a count so written has no noun of its own)."""
    among, bound = _partitive()
    before = text[max(0, start - 8):start]
    part = among.search(before) or bound.search(before)
    if not part or (strong and not (part.re is among and before.endswith("的"))):
        return None
    # (with `strong`, a noun may follow: only a count in the number's own clause is the whole, 91家…中的58家)
    # (the whole's noun may be of one character: 12个村中有5个, 8个省中的5个省)
    earlier = earlier_count(text, start, unit, measure, same_clause=True, sentences=2,
                            lowest=clause_start(text, start) if strong else 0, shortest=1)
    if earlier:
        # (９１家金融公司中的: the noun read after that count runs on to the 中 of this one)
        word = next((w for w in table("metric.toml")["partitive"]["among"] if earlier.endswith(w)), "")
        return earlier[: len(earlier) - len(word)] if word and len(earlier) > len(word) else earlier
    if strong:
        return None  # (正在熟睡中的１０名男性: 中 of a state, and a noun after; no count before it)
    if part.re is among and not before[part.start():].startswith("其"):
        whole = clean(noun_end().sub("", text[clause_start(text, start):start - len(before) + part.start()]))
        whole = whole[-8:] if len(whole) > 8 else whole
        return whole if len(whole) >= 2 and not DIGIT.search(whole) else None
    return None


@lru_cache(maxsize=1)
def _frame() -> tuple[re.Pattern, re.Pattern]:
    t = table("metric.toml")["frame"]
    opening = re.compile(f"(?:{alternation(t['opens'])})([^，。；：！？\\d]{{2,15}}?)(?:{alternation(t['ends'])})[，,]")
    # a share that names no part: (德国)在世界市场上的比例, 占市场比重
    partless = re.compile(f"^(?:[^的]{{0,8}}在[^的]{{1,10}}[上中]的)?(?:{alternation(t['share_nouns'])})$|^占")
    return opening, partless


def place_frame(text: str, start: int, phrase: str) -> str:
    """快递业务收入方面，南昌市完成52.6亿元，赣州市完成31.2亿元: a figure of a place (the place, a bare verb at most)
    in a sentence that opens with its topic (X方面，, 在X领域，) measures that topic; the places after it are the
    run's items, each its scope. "" where the phrase names more than a place or no frame opens the sentence."""
    from .metric_places import scope_only  # (metric_places reads this module's words: imported when asked)
    if not phrase or not (scope_only(phrase) or _place_act(phrase, scope_only)):
        return ""
    lo = last_mark(text, "。！？；\n", max(0, start - 160), start) + 1
    if text.startswith(word_tuple("frame", "parts"), clause_start(text, start)):
        return ""  # (…共安排普查经费8642万元，其中市本级1260万元: a part of the total, named by its place)
    frame = _bare_frame().match(text, lo, start)
    return clean(frame.group(1)) if frame else ""


def _place_act(phrase: str, scope_only: Callable[[str], bool]) -> bool:
    """南昌市完成, 赣州市已完成: a place and one verb (an adverb of completion before it at most)."""
    from .metric_after import segmenter
    words = segmenter().pos(phrase)
    while len(words) > 1 and words[-2][1] == "d":
        words = [*words[:-2], words[-1]]  # (已完成: the adverb says when, not what)
    return len(words) >= 2 and words[-1][1] == "v" and scope_only("".join(w for w, _ in words[:-1]))


@lru_cache(maxsize=1)
def _bare_frame() -> re.Pattern:
    t = table("metric.toml")["frame"]
    # (快递业务收入方面，: a bulletin's measure named bare as the frame; 在农业方面，, 就此而言 open a field, no measure)
    return re.compile(f"(?!{alternation(t['opens'])})([^，。；：！？\\d]{{2,15}}?)(?:{alternation(t['ends'])})[，,]")


def topic_frame(text: str, start: int, phrase: str) -> str:
    """在高端装备产品方面，某国在全球市场上的比例为12.4%: a share that names no part of its own
    (a place's 比例 in a market, 占市场比重), in a sentence with a clause that opens the topic (在X方面,
    在X领域) and no other number between them, is the share of that topic."""
    opening, partless = _frame()
    if not partless.match(phrase):
        return ""
    lo = last_mark(text, "。！？；\n", max(0, start - 80), start) + 1
    frames = [m for m in opening.finditer(text, lo, start) if m.start() == lo or text[m.start() - 1] in "，,：:"]
    if not frames or DIGIT.search(text, frames[-1].end(), start):
        return ""
    return clean(frames[-1].group(1))
