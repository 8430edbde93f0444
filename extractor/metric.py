"""What a number measures: the short phrase of its clause that names the metric.

Read from the clause's structure: the object before the number (`发放创业担保贷款 84 笔`),
`X 为/达/共 N` (`发放金额为 1237 万`), the noun after a classifier (`335 个村`, `五个督导组`),
or, for a number that opens its clause, what follows it (`69 人咨询了创业服务相关内容`).
The phrase is kept short and clean: scope before it is cut off (a number with its unit such as
`截至11月`, `2022年`, `5000万以上`; a leading place name `株洲经开区`; `全市`), so are verbs of
handing out (`发放`) where a noun remains; a clause that holds only its comparison base or a time
(`比上年同期的289.4亿元`, `1996年达160亿美元`) measures what the clause before it names; after a
verb of giving or a list word the noun after the amount names it (`设立2000万元产业发展基金`).
The words and characters used live in data/metric.toml.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import BRACKETS, BREAKS, LIST_MARKS
from .lexicon import alternation, table, word_list
from .metric_after import After, modified_noun, weak_heads, words_after

_CLAUSE_BREAK = BREAKS + LIST_MARKS + BRACKETS
_MAX = 12


_QUOTES = "“”‘’\"'《》 —"
# where a number's clause begins and ends: the last break before it, the first after it
_CLAUSE_HEAD = re.compile(f".*[{re.escape(_CLAUSE_BREAK)}]", re.S)
_CLAUSE_END = re.compile(f"[{re.escape(_CLAUSE_BREAK)}]")
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    t = table("metric.toml")
    lead = re.compile("^(?:" + alternation(t["leading"]["words"]) + ")")
    trail = re.compile("(?:" + alternation(t["trailing"]["words"]) + ")+$")
    stop = re.compile(alternation(t["stop_after"]["words"]))
    return lead, trail, stop


@lru_cache(maxsize=1)
def _affixes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The leading words, and the trailing words with a newline (before a final one `$` matches
    too): a phrase that starts (ends) with none of them is left as it is by lead (trail)."""
    t = table("metric.toml")
    return tuple(t["leading"]["words"]), (*t["trailing"]["words"], "\n")


_PAIRS = {"“": "”", "‘": "’", "《": "》"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}


def _strip_quotes(phrase: str) -> str:
    """The phrase without quotes at its ends, except one whose partner stands inside it:
    “订单式”培训 keeps its opening quote."""
    while phrase and phrase[0] in _QUOTES and not (phrase[0] in _PAIRS and _PAIRS[phrase[0]] in phrase[1:]):
        phrase = phrase[1:]
    while phrase and phrase[-1] in _QUOTES and not (phrase[-1] in _CLOSERS and _CLOSERS[phrase[-1]] in phrase[:-1]):
        phrase = phrase[:-1]
    return phrase


@lru_cache(maxsize=1)
def _words_not_led() -> tuple[str, ...]:
    return tuple(table("metric.toml")["leading"]["not_in_words"])


def _strip_leading(phrase: str, lead: re.Pattern) -> str:
    """The phrase without its leading words, one at a time, never one that opens a longer word
    (并购重组 keeps 并, 比重 keeps 比, 对外贸易 keeps 对)."""
    keep = _words_not_led()
    for _ in range(4):
        if phrase.startswith(keep):
            return phrase
        m = lead.match(phrase)
        if not m:
            return phrase
        phrase = phrase[m.end():]
    return phrase


@lru_cache(maxsize=8192)
def _clean(phrase: str) -> str:
    """The phrase without quotes, leading and trailing words (memoized: it depends on the phrase
    alone, and a page's phrases repeat: the empty one, 附图片, 增长)."""
    lead, trail, _ = _patterns()
    leading, trailing = _affixes()
    phrase = _strip_quotes(phrase)
    for _ in range(3):
        # str.startswith/endswith first: most phrases hold no such word, and a regex sub costs more
        new = _strip_leading(phrase, lead) if phrase.startswith(leading) else phrase
        new = _strip_quotes(trail.sub("", new) if new.endswith(trailing) else new)
        if new == phrase:
            break
        phrase = new
    return phrase


@lru_cache(maxsize=1)
def _noun_end() -> re.Pattern:
    """From the first function character on (after the first character), the text after a number
    is no longer its noun: 家庭在新年期间 → 家庭."""
    t = table("metric.toml")["noun_after"]
    ends = f"[{re.escape(t['ends_before'])}]|{alternation(t['ends_before_words'])}"
    return re.compile(f"(?<=.)(?:{ends}).*$", re.S)


@lru_cache(maxsize=None)
def _word_set(section: str, key: str) -> frozenset:
    """A word list of data/metric.toml as a set, read once."""
    return frozenset(table("metric.toml")[section][key])


@lru_cache(maxsize=1)
def _comparison_mark() -> re.Pattern:
    t = table("metric.toml")["comparison"]
    # the number itself may be the base: 大客户由150家 (the word ends the phrase)
    cn_year = f"[{t['year_digits']}]{{2,4}}年"
    cn_number = "[零〇○一二两三四五六七八九][零〇○一二两三四五六七八九十百千万亿点]+"  # 由一千五百五十九亿元
    return re.compile(f"(?:{alternation(t['words'])})(?=\\d|{cn_year}|{cn_number}|{alternation(t['bases'])}|$)")


def _subject(before: str) -> str:
    """`支出比上年同期的`, `保护率由2018年的`: a comparison names its base after the subject;
    the subject, before the comparison word, is what is measured."""
    lead = _connective().match(before)  # 则比去年同期增长: 则 is no subject
    m = _comparison_mark().search(before, (lead.end() if lead else 0) + 1)
    return before[: m.start()] if m else before


@lru_cache(maxsize=1)
def _connective() -> re.Pattern:
    return re.compile(alternation(table("metric.toml")["leading"]["connectives"]))


@lru_cache(maxsize=1)
def _structure() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    t = table("metric.toml")
    place = t["place"]
    name_char = f"(?![{place['not_in_name']}])[\u4e00-\u9fff]"
    # 老旧小区, 棚户区, 脱贫地区: a common noun before 区 makes no place name
    suffix = f"(?:[{place['suffixes'].replace('区', '')}]|(?<![{place['not_before_qu']}])区)"
    leading_place = re.compile(f"^(?:{name_char}){{2,5}}?{suffix}(?![{place['not_followed_by']}])")
    giving = re.compile(f"(?:{alternation(t['giving']['verbs'])})$")
    not_noun = re.compile(f"^(?:{alternation(t['giving']['not_noun'])})")
    base = t["comparison"]
    # the whole phrase is the base: 比上年同期的, 比2022年的 (not 比上年的1.42亿元增长)
    opens = alternation(base["opens"])
    # 也由1992、1993、1994年的: a list of years is one base
    connective = alternation(t["leading"]["connectives"])
    opens_with_base = re.compile(
        f"^(?:{connective})?(?:{opens})(?:\\d{{4}}(?:[、和]\\d{{4}})*年|{alternation(base['bases'])})+的?$")
    qualifier_head = re.compile("^(?:以上|以下|以内|左右)")
    return leading_place, giving, not_noun, opens_with_base, qualifier_head


# a number with its unit and scope words inside a phrase (`2022年`, `5000万以上`, `为5家`) ends a
# scope: what is measured follows it (`比2022年总投资` → 总投资, `5000万以上工业项目` → 工业项目)
@lru_cache(maxsize=1)
def _number_scope() -> re.Pattern:
    classifiers = alternation(word_list("classifiers.txt"))
    unit = rf"(?:[年月日号元]+份?|个多?月|{classifiers})"  # 6个月来: a time, not a count
    cn_year = f"[{table('metric.toml')['comparison']['year_digits']}]{{4}}年"  # 一九七八年
    # (1995、1996年: a list of numbers before one unit is one scope)
    return re.compile(rf"(?<![A-Za-z.\d])(?:\d[\d.,，]*(?:[、和]\d[\d.,，]*)*(?:[万亿]{unit}?|{unit})|{cn_year})(?:以上|以下|以来|来|底|初|末)?")


_LIST_JOINS = ("、", "和", "及", "至", "到", "—", "－")
# the number, its scale and qualifier words at the head of a span: what is left is a noun
_SPAN_NOUN = re.compile(r"^[\s\d.,，%一二两三四五六七八九十百千万亿零〇余多几数约近]+")


def _scope_stripped(before: str) -> str:
    leading_place, *_ = _structure()
    before = _strip_quotes(before)
    # 1995、1996年的: the marks between listed numbers belong to the numbers
    parts = [p for p in _number_scope().split(before) if p not in _LIST_JOINS] or [""]
    if parts[-1].endswith("的") and len(parts[-1]) <= 2 and len(parts) > 1 and len(parts[-2]) >= 2:
        # 占全县耕地面积46.5万亩的61.5%: the share is of the whole named before that number
        before = _clean(parts[-2])
    elif len(parts[-1]) >= 2 and not before.endswith("的"):
        before = _clean(parts[-1])
        if len(parts) > 1 and _change().match(before) and len(_clean(parts[-2])) >= 2:
            # 智利股市８日下挫: the subject stands before the day, the change after it
            before = _clean(parts[-2]) + before
    m = leading_place.match(before)
    if m and len(before) - m.end() >= 2:
        before = before[m.end():]  # 株洲经开区投入 → 投入, 武陵区举办招聘会 → 举办招聘会
    else:
        before = before[_division_at_start(before):]  # 高台县新增… (高 opens no name by the pattern)
    m = _organization().search(before)
    if m and len(before) - m.end() >= 2 and before[m.end()] != "的":
        before = before[m.end():]  # 某某科技有限公司年产 → 年产 (but 八方集团的大客户 is its own)
    m = _actions().match(before)
    if m and len(before) - m.end() >= 2:
        before = before[m.end():]  # 发放创业担保贷款 → 创业担保贷款
    return _clean(before)


@lru_cache(maxsize=1)
def _organization() -> re.Pattern:
    return re.compile(f"^.{{2,}}?(?:{alternation(table('metric.toml')['organization']['ends'])})")


def _division_at_start(phrase: str) -> int:
    """The length of a division's full name that opens the phrase with at least two characters
    after it (高台县新增… → 3), else 0: the phrase is never cut inside the name."""
    from .names.divisions import gazetteer  # the names package imports rules; import late
    g = gazetteer()
    for k in range(min(len(phrase) - 2, 9), 1, -1):
        if g.full(phrase[:k]):
            return k
    return 0


@lru_cache(maxsize=1)
def _beneficiary_marks() -> tuple[str, ...]:
    return tuple(table("metric.toml")["beneficiary"]["marks"])


@lru_cache(maxsize=1)
def _actions() -> re.Pattern:
    return re.compile(f"^(?:{alternation(table('metric.toml')['actions']['words'])})")


def _previous_subject(text: str, lo: int) -> str:
    """`支出312.6亿元，比上年同期的289.4亿元`: a clause that opens with its comparison base
    measures what the clause before it names, up to that clause's first number."""
    hi = lo - 1
    j = hi
    # (a list mark between numbers, 由1993、1994年的56.8%、30.4%, ends no clause)
    while j > 0 and (text[j - 1] not in _CLAUSE_BREAK or _listed_number_before(text, j - 1)) and hi - j < 40:
        j -= 1
    clause = text[j:hi] if hi > 0 and text[hi] in "，、" else ""
    # up to its first number that is not a time (2025年全省地区生产总值60199.45亿元, 1993、1994年)
    m = next((n for n in _NUMBER_RUN.finditer(clause)
              if not clause.startswith(_TIME_UNITS, n.end()) and not _YEAR_LISTED.match(clause, n.end())), None)
    return clause[: m.start()] if m else clause


# a number in digits, or in Chinese numerals before a unit (八千二百九十一亿元; not 一九八二年)
_NUMBER_RUN = re.compile(r"\d[\d.]*|百分之|[零〇○一二两三四五六七八九十百千万亿点]{2,}(?=[多余]?[亿万千百]?[多余]?(?:元|个|人|吨|户|项|家|所|倍))")
_TIME_UNITS = ("年", "月", "日", "季度")
_YEAR_LISTED = re.compile(r"(?:[、和]\d+)+(?:年|月|日|季度)")  # 1993、1994年


def _subject_before(text: str, start: int) -> str:
    """The subject a change word measures: that of the nearest clause before it that names one,
    passing asides (按可比价格计算) and other changes and bases (比年初增加4.6亿元) on the way."""
    return _subject_before_at(text, start)[0]


def _subject_before_at(text: str, start: int) -> tuple[str, int]:
    """_subject_before, with the start of the clause before the one that named it."""
    lo = _clause_start(text, start)
    asides = _word_set("change", "asides")
    for _ in range(3):
        if lo < 2:
            return "", lo
        raw = _previous_subject(text, lo)
        subject = _clean(_scope_stripped(_subject(raw)))
        if raw and raw not in asides and len(subject) >= 2 and not _change().match(subject) \
                and not _number_scope().fullmatch(subject) \
                and not _change().match(_clean(raw)) and not subject.startswith(_predicates()):
            return subject, lo - 1
        if not raw and not _DIGIT.search(text, max(0, lo - 31), lo - 1):
            return "", lo
        lo = _clause_start(text, lo - 1)
    return "", lo


_RESPECTIVELY = "分别"
_LISTING = ("和", "、")  # the marks between the numbers of a list
_TOPIC = "\0"  # marks a 分别 list's topic (named before its items), which takes no change word
_SENTENCE_PART = re.compile(".*[，。；：！？,;:!?\n]", re.S)  # up to the last break
_BREAK = re.compile("[，。；：！？,;:!?\n]")
_CHANGE_BEFORE_TAIL = re.compile("(?:年均|平均每年|同比|实际)+$")
_LIST_NUMBER = re.compile(r"\d[\d.]*")


@lru_cache(maxsize=1)
def _change_word() -> re.Pattern:
    t = table("metric.toml")["change"]
    return re.compile(f"(?:{alternation(t['before'])})*(?:{alternation(t['words'])})+$")


def _respective_subject(text: str, start: int, own: bool = False) -> str | None:
    """A、B 各自在前面的分句里，`分别实际增长7.7%和6.8%`: the k-th number of a 分别 list with no
    subject of its own measures the k-th of as many subjects before it (城镇居民人均可支配收入9422元，
    农村居民人均纯收入2936元，分别增长7.7%和6.8%)."""
    part = _SENTENCE_PART.match(text, max(0, start - 40), start)  # back past the list marks
    lo = part.end() if part else max(0, start - 40)
    at = text.find(_RESPECTIVELY, lo, start)
    if at < 0:
        # 人均可支配收入15781元，人均纯收入4761元，实际增长8.4%和8%: a clause of only a change and a
        # list of numbers reads as a 分别 list
        digit = _DIGIT.search(text, lo, start + 1)
        if not digit or not _change().match(_clean(text[lo:digit.start()])):
            return None
        at = lo
    tail = _BREAK.search(text, start)  # the list runs on past 、 and 和 to the next break
    numbers = [m.start() for m in _LIST_NUMBER.finditer(text, at, tail.start() if tail else len(text))]
    if len(numbers) < 2 or start not in numbers:
        return None
    # 一般公共预算收入、税收收入年均分别增长4.5%、3%: the items in the clause itself, each named in
    # full (城镇、农村居民收入 shares its noun: left to the shared core)
    head = _SENTENCE_PART.match(text, max(0, at - 40), at)  # back past the list marks
    named = _subject(text[head.end() if head else max(0, at - 40):at])
    # 事故起数和死亡人数分别下降: two items joined by 和
    items = [_clean(_scope_stripped(x)) for x in (named.split("、") if "、" in named else named.split("和"))]
    own = own or len(_clean(text[lo:at])) >= 2  # 游客人数和总花费分别增长10.6%、9%: 9% too
    if len(items) > 1:
        items[-1] = _clean(_CHANGE_BEFORE_TAIL.sub("", items[-1]))
        # items named alike (…收入、…收入; …量、…量) or each named at length (接待旅游总人数、
        # 游客旅游总花费), not a modifier list with one noun (集成电路、工业机器人产量)
        if len(items) == len(numbers) and (all(len(x) >= 3 and x[-1] == items[-1][-1] for x in items)
                                           or (all(len(x) >= 5 for x in items) and not _shares_noun(items))):
            return items[numbers.index(start)]
        if len(items) == len(numbers) and all(len(x) <= 2 for x in items):
            # 教师合格率，小学、初中、高中分别达到97%、94%、70%: categories of the topic before
            topic = _subject_before(text, head.end() if head else start)
            return _TOPIC + topic if topic else None
        return None
    if own:
        return None  # a subject of its own and no list of items: left as it is
    subjects: list[str] = []
    pos = lo
    for _ in numbers:
        subject, pos = _subject_before_at(text, pos)
        if not subject:
            return None
        subjects.append(subject)
    return subjects[len(numbers) - 1 - numbers.index(start)]


def _shares_noun(items: list[str]) -> bool:
    """战略性新兴产业、高新技术产业增加值: the last item goes on past the first's ending word, the
    noun after it (增加值) belonging to every item."""
    at = items[-1].find(items[0][-2:])
    return 0 <= at < len(items[-1]) - 2


@lru_cache(maxsize=1)
def _change() -> re.Pattern:
    t = table("metric.toml")["change"]
    return re.compile(f"^(?:{alternation(t['before'])})*(?:{alternation(t['words'])})+$")


@lru_cache(maxsize=1)
def _change_bases() -> re.Pattern:
    return re.compile(alternation(table("metric.toml")["change"]["bases"]))


@lru_cache(maxsize=1)
def _cut() -> tuple[str, int]:
    t = table("metric.toml")["cut"]
    return t["after"], int(t["longest"])


def _trim(phrase: str) -> str:
    """A long phrase keeps its end, cut after a list mark or 的 (never inside a word): of
    `城镇、农村常住居民人均可支配收入增长` the part after the last 、 that fits."""
    marks, longest = _cut()
    if len(phrase) <= _MAX:
        return phrase
    if len(phrase) <= longest:
        # a list before a shared noun (城镇、农村常住居民人均可支配收入): its last item with the noun
        at = phrase.rfind("、")
        return phrase[at + 1:] if len(phrase) - at > 3 else phrase
    for i in range(len(phrase) - _MAX, len(phrase) - 1):
        if i > 0 and phrase[i - 1] in marks:
            return phrase[i:]
    return phrase[-longest:]


# a number just before a list mark: the head of `4.4%、5.9%` or `10%、7.9%`
_LISTED_NUMBER = re.compile(r"\d[\d.,%]*(?:个百分点|[万亿]?[^\d、，。；：！？\s]{0,2})$")


def metric_for(text: str, start: int, end: int, unit: str | None = None) -> str | None:
    """The metric phrase for the number at [start, end) of normalized text: never holding a
    clause break or another number (what follows the last number of a phrase is its own)."""
    phrase = _metric(text, start, end, unit)
    if phrase and _DIGIT.search(phrase):
        parts = [_clean(x) for x in _any_number().split(phrase)]
        # 培训46期2,760人: a number right after another shares what the one before it measures
        phrase = next((x for x in reversed(parts) if len(x) >= 2), None) if len(parts[-1]) < 2 else parts[-1]
    return phrase


@lru_cache(maxsize=1)
def _any_number() -> re.Pattern:
    """A number with its unit and scope words (5000万以上, 25度以下, 97.8%, 1996)."""
    units = alternation([*word_list("classifiers.txt"), *word_list("quantity_units.txt")])
    # not the digits of a name like PM2.5 or CO2
    return re.compile(rf"(?<![A-Za-z.\d])\d[\d.,，%]*[A-Za-z]*(?:[万亿千百]*(?:{units}|[年月日号元度])份?)?(?:以上|以下|以内|以来|左右|多|余)?")


def _metric(text: str, start: int, end: int, unit: str | None = None, _depth: int = 0) -> str | None:
    phrase = _metric_for(text, start, end, unit)
    if _depth == 0 and _PERCENT.search(text, start, end) and not text.endswith(_being(), 0, start):
        # (山区面积达92.8%的贫困地区: after 达 the number is the subject's, whatever follows)
        after = words_after(text, end)
        named = _named_after(after, phrase) if after else None
        if named:
            return named
    change = _clean(_DIGIT.split(phrase or "", maxsplit=1)[0])  # 实际增长7.7%和: 实际增长
    if _depth == 0 and (_RESPECTIVELY in text[max(0, start - 30):start] or text[start - 1:start] in _LISTING
                        or text[end:end + 1] in _LISTING):
        own = bool(change) and not _change().match(change)  # the clause names its subject
        respective = _respective_subject(text, start, own)
        if respective and respective.startswith(_TOPIC):
            return _trim(respective[len(_TOPIC):])
        if respective:
            # every number of the list takes the change word before the list's first number
            # (分别增长4.5%、3%: 3% too), not the rest of the phrase (商品零售和居民消费价格比上年分别上涨)
            part = _SENTENCE_PART.match(text, max(0, start - 40), start)
            digit = _DIGIT.search(text, part.end() if part else max(0, start - 40), start + 1)
            word = _change_word().search(text, max(0, digit.start() - 16), digit.start()) if digit else None
            suffix = word.group() if word else ("" if own else change)
            return _trim(respective + _change_bases().sub("", suffix))
    if _depth < 4 and start >= 2 and text[start - 1] in "、和及与":
        # 分别增长4.4%、5.9%: a number listed right after another measures what the head does
        m = _LISTED_NUMBER.search(text, max(0, start - 16), start - 1)
        if m and _DIGIT.search(m.group()) and (phrase is None or _DIGIT.search(phrase) or _change().match(phrase)
                                               or not _DIGIT.search(text[start:end][:1])):
            head = _metric(text, m.start(), start - 1, unit, _depth + 1)
            if head:
                return head
    if phrase is None and _depth == 0 and _REACHING_ONLY.fullmatch(text, _clause_start(text, start), start):
        # 贸易顺差突破400亿美元，达403.4亿美元: a clause of only 达 measures the subject before it
        subject = _subject_before(text, start)
        if subject:
            return subject
    if phrase and _depth == 0 and phrase.endswith(_value_words()):
        valued = _valued_thing(text, end)
        if valued:
            return valued
        if phrase in _value_words():
            # 水泥500吨，价值12万元; 骤跌260亿英镑（相当于420亿美元）: the value of the amount before
            before = _LISTED_NUMBER.search(text, max(0, start - 16), max(0, start - len(phrase) - 1))
            if before and _DIGIT.search(before.group()):
                head = _metric(text, before.start(), before.end(), None, _depth + 1)
                if head and head not in _value_words():
                    return head
    if phrase and _depth == 0 and _PERCENT.search(text, start, end):
        share = _share_part(text, start, phrase)
        if share:
            return share
    if phrase and _change().match(phrase):
        # 地区生产总值5.3万亿元、增长5.5%; 财政收入6.13万亿元，增长19.5%
        subject = _subject_before(text, start)
        if subject:
            return _trim(subject + _change_bases().sub("", phrase))
    return phrase


_PERCENT = re.compile("[%％]|百分之")


@lru_cache(maxsize=1)
def _predicates() -> tuple[str, ...]:
    return tuple(table("metric.toml")["change"]["predicates"])


@lru_cache(maxsize=1)
def _being() -> tuple[str, ...]:
    return tuple(table("metric.toml")["after"]["being"])


@lru_cache(maxsize=1)
def _change_head() -> re.Pattern:
    return re.compile(f"^(?:{alternation(table('metric.toml')['change']['words'])})")


def _named_after(after: After, phrase: str | None) -> str | None:
    """`９％的整体失业率`, `２６％的人失业`: a percent then 的 measures the words after it; a rate or
    a level there (失业率, 比例) keeps in front the phrase before the number where that names
    something (美国缴纳联合国会费２５％的比例). A change after 的 (５％的增长) is left to the subject."""
    if _change_head().match(after.words) or (phrase and _change_word().search(phrase)):
        return None  # 平均每年递增7.9%的基础上: a change's rate, named before it
    if after.measure:
        noun = _clean(after.measure)
        if phrase and len(phrase) >= 2 and not phrase.endswith(weak_heads()) and not phrase.startswith("的"):
            return _trim(phrase + noun)
        return noun if len(noun) >= 2 else None
    noun = _clean(_strip_quotes(_noun_end().sub("", after.words)))
    return noun[:_MAX] if len(noun) >= 2 else None
_VALUED = re.compile("的([^，。；：！？,;:!?\\n]{2,24})")


@lru_cache(maxsize=1)
def _value_words() -> tuple[str, ...]:
    return tuple(table("metric.toml")["value"]["words"])


def _valued_thing(text: str, end: int) -> str | None:
    """价值50万元的物品: the thing whose value the amount is, after 的 (after 等 in a list)."""
    m = _VALUED.match(text, end)
    if not m:
        return None
    noun = m.group(1)
    noun = noun[noun.rfind("等") + 1:] if "等" in noun else noun.split("、")[0]
    noun = noun.split("的")[0]  # 药品和医疗器械的交接仪式: the thing, not what it is part of
    noun = _clean(_noun_end().sub("", noun))
    return noun[:_MAX] if len(noun) >= 2 else None


@lru_cache(maxsize=1)
def _share_words() -> tuple[re.Pattern, tuple[str, ...]]:
    t = table("metric.toml")["share"]
    mark = re.compile(f"(?:{alternation(t['before'])})*(?:{alternation(t['words'])})")
    return mark, tuple(t["not_words"])


def _share_part(text: str, start: int, phrase: str) -> str | None:
    """The part whose share a percent is: 热带农业增加值占农业比重 → 热带农业增加值; a phrase that
    opens with the share word (占外贸总值) takes the subject of the clause before."""
    mark, not_words = _share_words()
    m = mark.search(phrase)
    if not m or phrase.startswith(not_words, m.end() - 1):
        return None
    if m.start() >= 2:
        return _clean(phrase[: m.start()])
    return _subject_before(text, start) or None


_REACHING_ONLY = re.compile("(?:\\d{4}年)?(?:达到|达|为|共|计|合计|总计|约)?")  # 1997年为10.1%


def _listed_number_before(text: str, at: int) -> bool:
    """A list mark at `at` between numbers (1993、1994年; 56.8%、30.4%): inside a list, no break."""
    return text[at] == "、" and at > 0 and (text[at - 1].isdigit() or text[at - 1] in "%％")


def _clause_start(text: str, start: int) -> int:
    floor = max(0, start - 30)
    head = _CLAUSE_HEAD.match(text, floor, start)
    lo = head.end() if head else floor
    while lo >= 2 and _listed_number_before(text, lo - 1) and lo > floor:
        # 由1992、1993、1994年的6.5%: a list mark inside a list of years ends no clause
        back = _CLAUSE_HEAD.match(text, floor, lo - 1)
        lo = back.end() if back else floor
    return lo


_OPENING = re.compile("[（(][^（(）)。；！？\n]{1,40}$")


def _past_aside(text: str, lo: int) -> str:
    """`基本建设投资额（包括经济、文教方面的基本建设）共为86.3亿元`: a clause that begins after a
    bracket closes goes on before the bracket, whose words are an aside; that part of it, or ''."""
    if lo < 2 or text[lo - 1] not in "）)":
        return ""
    after = text[lo:lo + 30]
    named = _clean(_DIGIT.split(after, maxsplit=1)[0])
    if named and not after.startswith("的") and not _change().match(named):
        return ""  # （记者某某）位于首都东南: the clause names its own subject after the bracket
    m = _OPENING.search(text, max(0, lo - 42), lo - 1)
    if not m:
        return ""
    head = _CLAUSE_HEAD.match(text, max(0, m.start() - 30), m.start())
    return text[head.end() if head else max(0, m.start() - 30):m.start()]


def _counted_after(after_raw: str, stop: re.Pattern) -> str | None:
    """What a count counts where the plain noun rule misreads it: `５６家早先被停业整顿的金融机构`
    (a modifier then 的), `等３６类１５２７种产品` (another count before the noun: both count it)."""
    ends = table("metric.toml")["noun_after"]["ends_before"]
    modified = modified_noun(after_raw, ends)
    if modified:
        cut = re.compile("[，。；：、]").search(modified)
        noun = _clean(modified[: cut.start()] if cut else modified)
        return noun if len(noun) <= _cut()[1] else noun[noun.rfind("的") + 1:]
    number = _any_number().match(after_raw)
    if number and number.end() < len(after_raw):
        rest = after_raw[number.end():]
        cut = stop.search(rest)
        noun = _clean(_noun_end().sub("", rest[: cut.start()] if cut else rest))
        if len(noun) >= 2 and not _DIGIT.search(noun):
            return noun[:_MAX]
    return None


def _metric_for(text: str, start: int, end: int, unit: str | None = None) -> str | None:
    _, giving, not_noun, opens_with_base, qualifier_head = _structure()
    inside = _SPAN_NOUN.sub("", text[start:end])
    if unit == "人" and len(inside) >= 2 and not inside.startswith(unit):
        return inside  # 494.86万贫困人口 (counted in 人): the noun is inside the span
    # the clause back to its last break, at most 30 characters
    floor = max(0, start - 30)
    lo = _clause_start(text, start)
    raw_before = _past_aside(text, lo) + text[lo:start]
    subject = _subject(raw_before)
    # 比上年同期的289.4亿元, 1996年达160亿美元: a clause that holds only a base or a time
    # measures what the clause before it names
    if opens_with_base.match(raw_before) or _number_scope().fullmatch(_clean(subject)):
        subject = _subject(_previous_subject(text, lo)) or subject
    before = _clean(_scope_stripped(subject))
    # and on to its next break, at most 30 characters
    ceiling = min(len(text), end + 30)
    tail = _CLAUSE_END.search(text, end, ceiling)
    hi = tail.start() if tail else ceiling
    # 10万只以上候鸟: a qualifier after the unit stands between the number and its noun
    after_raw = qualifier_head.sub("", text[end:hi])
    counted = unit in _word_set("noun_after", "units")
    if counted and after_raw.startswith("的"):
        after_raw = after_raw[1:]  # 超过100家的乐施米铺: the noun after 的 is what is counted
    _, _, stop = _patterns()
    if counted:
        named = _counted_after(after_raw, stop)
        if named:
            return named
    cut = stop.search(after_raw)
    after = after_raw[: cut.start()] if cut else after_raw
    digit = _DIGIT.search(after)
    after = _clean(after[: digit.start()] if digit else after)  # 48个班2,160名: 班
    noun = _strip_quotes(_noun_end().sub("", after))
    # 3家合并: a function character cut a verb after its first character, leaving no noun
    after = noun if len(noun) >= 2 or noun == _strip_quotes(after) else ""
    is_noun = bool(after) and after_raw[:1] == after[:1] and not not_noun.match(after)
    # `N 个 X`: the noun after a classifier names what is counted; `设立2000万元产业发展基金`:
    # after a verb of giving, the noun after the amount names what was given
    # 6.2公里高架路和50公里地下管网: after a list word, the noun after the number is its own
    # 张三等10位经营者, 电池、插头等5类产品: after a list closed by 等, the noun after the number
    listed = raw_before.endswith(("和", "及", "与", "等")) and unit != "人"
    if is_noun and (counted or giving.search(before) or listed):
        return after[:_MAX]
    if len(after) >= 2 and raw_before.endswith(_beneficiary_marks()):
        return after[:_MAX]
    if before and _number_scope().fullmatch(before):
        before = ""  # 1997年为10.1%: a time alone names nothing measured
    if before:
        if "分别" in before and _change().match(before[before.find("分别"):]):
            before = before.replace("分别", "")  # X分别增长 a%、b%: X增长
        return _trim(before)
    if after:
        return after[:_MAX]
    return None
