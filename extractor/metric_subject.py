"""The subject a number or a change measures, read back from the clause before it: scope stripped
(a number with its unit, a place or an organization opening the phrase, verbs of handing out), a
comparison's base left out (支出比上年同期的), asides and changes passed over on the way back
(按可比价格计算, 比年初增加4.6亿元), brackets read as asides, lists of years kept whole."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table, word_list
from .metric_aside import one_clause_bracket
from .metric_breakdown import cue_pattern
from .metric_compared_clause import compares_only
from .metric_cut import _head
from .metric_words import (
    _change, _change_size, change_word, _CLAUSE_BREAK, _CLAUSE_END, _CLAUSE_HEAD, _clean, _comparison_mark, _connective, _DIGIT,
    _LIST_JOINS, _leading, _number_scope, _per_unit, _per_unit_rest, _strip_quotes, _structure, word_set,
    _word_tuple, when_only, is_share,
)


def _subject(before: str) -> str:
    """`支出比上年同期的`, `保护率由2018年的`: a comparison names its base after the subject;
    the subject, before the comparison word, is what is measured."""
    lead = _connective().match(before)  # 则比去年同期增长: 则 is no subject
    m = _comparison_mark().search(before, (lead.end() if lead else 0) + 1)
    return before[: m.start()] if m else before


# the number, its scale and qualifier words at the head of a span: what is left is a noun
_SPAN_NOUN = re.compile(r"^[\s\d.,，%·一二两三四五六七八九十百千万亿零〇点余多几数约近]+")


@lru_cache(maxsize=1)
def _whole_country() -> tuple[str, ...]:
    return tuple(table("metric.toml")["whole_country"]["words"])


def _scope_stripped(before: str) -> str:
    leading_place, *_ = _structure()
    before = whole = _strip_quotes(before)
    # 1995、1996年的: the marks between listed numbers belong to the numbers
    parts = [p for p in _number_scope().split(before) if p not in _LIST_JOINS] or [""]
    if len(parts) > 1 and len(_clean(parts[-1])) < 2 and len(_clean(parts[-2])) >= 2:
        # 占全县耕地面积46.5万亩的61.5%: the share is of the whole named before that number;
        # 国内生产总值2000年达: what is measured stands before the time
        before = _clean(parts[-2])
    elif len(parts[-1]) >= 2 and not before.endswith("的"):
        before = _clean(parts[-1])
        if len(parts) > 1 and _change().match(before) and len(_clean(parts[-2])) >= 2:
            # 智利股市８日下挫: the subject stands before the day, the change after it
            before = _clean(parts[-2]) + before
        elif len(parts) > 1 and before in word_set("trailing", "adverbs") and len(_clean(parts[-2])) >= 2:
            before = _clean(parts[-2])  # 家庭拥有率1997年首次超过: the adverb names nothing
        elif len(parts) > 1 and parts[-1].startswith(_word_tuple("trailing", "adverbs")) \
                and _number_scope().findall(whole)[-1].endswith("日") and len(_clean(parts[-2])) >= 2:
            before = _clean(parts[-2])  # 某国股市13日也扭转了颓势: the subject before the day, a predicate after
    if before.startswith(_whole_country()) and len(before) != 3 and before[2:3] != "性":  # (全国性社团: a kind)
        before = before[2:]  # 全国65%人口, 我国工业总产值: the whole country is scope (not 全国性)
    m = leading_place.match(before)
    if m and len(before) - m.end() >= 2:
        before = before[m.end():]  # 株洲经开区投入 → 投入, 武陵区举办招聘会 → 举办招聘会
    else:
        before = before[_division_at_start(before):]  # 高台县新增… (高 opens no name by the pattern)
    m = _organization().search(before)
    # (新增上市公司数量, 占全部上市公司的: a kind of company is what is measured, not a name)
    if m and len(before) - m.end() >= 2 and before[m.end()] != "的" \
            and not m.group().endswith(_word_tuple("organization", "kinds")) \
            and not m.group().startswith(_word_tuple("share", "words")):
        before = before[m.end():]  # 某某科技有限公司年产 → 年产 (but 八方集团的大客户 is its own)
    m = _leading("actions", "words").match(before)
    if m and len(before) - m.end() >= 2 and not before.startswith(_word_tuple("actions", "keeps_before"), m.end()):
        before = before[m.end():]  # 发放创业担保贷款 → 创业担保贷款
    return _clean(_disposal_object(before))


@lru_cache(maxsize=1)
def _disposal() -> re.Pattern:
    t = table("metric.toml")["disposal"]
    # (将 is as often `will`: 准备金将重点向纺织倾斜; only after a verb of intent is it disposal)
    intent = "|".join(f"(?<={re.escape(w)})" for w in t["intent_before_jiang"])
    return re.compile(f"(?:{alternation(t['marks'])}|(?:{intent})将)(?!{alternation(t['not_words'])})")


def _disposal_object(phrase: str) -> str:
    """打算将撤军的范围, 把企业数量: after 将/把 of disposal, the object is what the number measures;
    the actor and the verb of intent before it are not (a change or a base after 将, 将比上年增长, is
    the future, and the phrase stays whole)."""
    m = None
    for m in _disposal().finditer(phrase, 1):
        pass
    if m is None:
        return phrase
    rest = _clean(phrase[m.end():])
    if len(rest) < 2 or _change().match(rest) or rest.startswith(_word_tuple("disposal", "not_objects")):
        return phrase
    return rest


@lru_cache(maxsize=1)
def _organization() -> re.Pattern:
    t = table("metric.toml")["organization"]
    # (a character of the name: no joiner of a list, but for the words that only hold one and a
    # joiner after a body's name, a list of names: 甲公司和乙公司)
    after_name = "|".join(f"(?<={re.escape(w)})" for w in t["ends"])
    char = f"(?:{alternation(t['joiners_inside'])}|(?:{after_name})(?:{alternation(t['joiners'])})" \
           f"|(?!{alternation(t['joiners'])}).)"
    return re.compile(f"^{char}{{2,}}?(?:{alternation(t['ends'])})")


def _division_at_start(phrase: str) -> int:
    """The length of a division's full name that opens the phrase with at least two characters
    after it (高台县新增… → 3), else 0: the phrase is never cut inside the name."""
    from .names.divisions import gazetteer, key_heads  # the names package imports rules; import late
    g = gazetteer()
    top = min(len(phrase) - 2, 9)
    if "\u4e00" <= phrase[:1] <= "\u9fff":
        # only the lengths of the names that open with the phrase's first two characters are
        # looked up (most phrases open no name: one look-up of the head, not eight of prefixes)
        return next((k for k in key_heads(g).get(phrase[:2], ()) if k <= top and g.full(phrase[:k])), 0)
    for k in range(top, 1, -1):
        if g.full(phrase[:k]):
            return k
    return 0


def _division_only(phrase: str) -> bool:
    """北京, 广东省: the phrase is a division's name and nothing else."""
    from .names.divisions import gazetteer  # the names package imports rules; import late
    g = gazetteer()
    return bool(g.full(phrase) or g.short(phrase))


_WORDY_ASIDE = re.compile("[（(][^（(）)。；！？\n]*[\u4e00-\u9fff]{4}[^（(）)。；！？\n]*[）)]$")


def previous_clause(text: str, lo: int) -> tuple[int, int]:
    """The clause before the one that begins at `lo` (at most 40 characters): its start and end."""
    hi = lo - 1
    j = hi
    # (a list mark between numbers, 由1993、1994年的56.8%、30.4%, ends no clause)
    while j > 0 and (text[j - 1] not in _CLAUSE_BREAK or _listed_number_before(text, j - 1)) and hi - j < 40:
        j -= 1
    return j, hi


@lru_cache(maxsize=1)
def _count_clause() -> re.Pattern:
    t = table("metric.toml")
    opens, units = alternation(t["counted_clause"]["opens"]), alternation(t["noun_after"]["units"])
    # (scope words before the word of having: 去年共有; the noun: Chinese characters only, to the clause's end)
    return re.compile(f"(?:[\u4e00-\u9fff]{{0,6}}?(?P<having>{opens}))?\\d[\\d.]*[万亿]?[多余]?(?:{units})(?P<noun>[\u4e00-\u9fff]{{2,8}})$")


def counted_before(text: str, lo: int, named: bool = False) -> str:
    """`有3.2万多宗案件，较上年同期下降8%`: where the clause before the one at `lo` is only a count
    and its noun (after a word of having at most: with one only where that clause's subject is
    `named`), the noun counted; '' elsewhere."""
    j, hi = previous_clause(text, lo)
    m = _count_clause().fullmatch(text, j, hi) if hi > j else None
    return m.group("noun") if m and (m.group("having") or not named) else ""


def _previous_subject(text: str, lo: int) -> str:
    """`支出312.6亿元，比上年同期的289.4亿元`: a clause that opens with its comparison base
    measures what the clause before it names, up to that clause's first number."""
    j, hi = previous_clause(text, lo)
    opened = _noun_bracket_open(text, j)
    while opened is not None:
        # 在校（园）学生118460人，比上学年…: a short bracket between the characters of a noun is the noun's
        # (全市6个县（市、区）居民消费价格…: not after a count, whose noun the bracket ends; the subject follows)
        k = previous_clause(text, opened + 1)[0]
        if _number_run().search(text, k, opened):
            break
        j, opened = k, _noun_bracket_open(text, k)
    closed = hi > 0 and text[hi] in "，、"
    clause = text[j:hi] if closed else ""
    # (…603亿元（按1952年不变价格计算），: a bracket of words that ends the clause; not 重伤3件（3人）)
    if clause or closed and _WORDY_ASIDE.search(text, max(0, j - 42), j):
        clause = _past_aside(text, j) + clause  # 工业总产值（包括乡镇企业）平均每年增长9.2%
    # up to its first number that is not a time (2025年全市地区生产总值4286.3亿元, 1993、1994年)
    m = next((n for n in _number_run().finditer(clause)
              if not clause.startswith(_TIME_UNITS, n.end()) and not _YEAR_LISTED.match(clause, n.end())), None)
    return clause[: m.start()] if m else clause


# a bracket of single characters, each another reading of the character before it, between two Chinese characters:
# 在校（园）学生, 县（市、区）; not a gloss of the noun (中欧班列（西安）开行, 棉花（皮棉）: an aside, passed as one)
_NOUN_BRACKET = re.compile("(?<=[\u4e00-\u9fff])[（(][\u4e00-\u9fff](?:、[\u4e00-\u9fff]){0,3}[）)]$")


def _noun_bracket_open(text: str, j: int) -> int | None:
    """Where the short bracket that ends right before `j` opens, where a Chinese character stands on
    both sides of it (the bracket is inside a noun, not an aside after it); None elsewhere."""
    if j < 3 or j >= len(text) or text[j - 1] not in "）)" or not "\u4e00" <= text[j] <= "\u9fff":
        return None
    m = _NOUN_BRACKET.search(text, max(0, j - 6), j)
    return m.start() if m else None


# a number in digits, or in Chinese numerals before a unit (八千二百九十一亿元; not 一九八二年)
@lru_cache(maxsize=1)
def _number_run() -> re.Pattern:
    """A number in digits, or in Chinese numerals before a unit (八千二百九十一亿元, 二百二十万担;
    not 一九八二年; 几 too: 几千元, 十几万人)."""
    # (and every currency: 二十六亿六千万美元 ends the subject as 二十六亿元 does)
    units = alternation(["元", "人", "倍", *word_list("classifiers.txt"), *word_list("quantity_units.txt"),
                         *table("metric.toml")["number_run"]["units"], *table("money.toml")["units"]])
    return re.compile(rf"\d[\d.]*|百分之|[零〇○一二两三四五六七八九十百千万亿点几]{{2,}}(?=[多余]?[亿万千百]?[多余]?(?:{units}))")


_TIME_UNITS = ("年", "月", "日", "季度")


# 1993、1994年; 1-10月, 1—10月份 (a span of months in a report's opening, its first number no amount)
_YEAR_LISTED = re.compile(r"(?:[、和]\d+)+(?:年|月|日|季度)|[-—－~～]\d{1,2}(?:月份?|日)")


def _subject_before(text: str, start: int) -> str:
    """The subject a change word measures: that of the nearest clause before it that names one,
    passing asides (按可比价格计算) and other changes and bases (比年初增加4.6亿元) on the way."""
    return _subject_before_at(text, start)[0]


# a clause that frames what follows on a base (在上年增长15%的基础上): its subject is the base's
_BASE_FRAME = re.compile("在[^，。；：！？\n]{2,60}的?基础上")
_FRAME_REACH = 62


# clauses read back at most (past a division's clause and its change: 北京为…，下降…；广东为…，下降…); within
# the number's own sentence, more: a run of places, each a clause of its figure and one of its change
# (福州市…，增长7.9%；泉州市…，增长6.2%；…宁德市…，增长12.4%: six places after the one that names the measure)
_CLAUSES_BACK, _CLAUSES_BACK_IN_SENTENCE = 7, 15
_SENTENCE_END = re.compile("[。！？!?\n]")


def _subject_before_at(text: str, start: int) -> tuple[str, int]:
    """_subject_before, with the start of the clause before the one that named it."""
    lo = _clause_start(text, start)
    asides = word_set("change", "asides")
    places = False  # (a division's clause passed: the run of places that may read back further)
    for n in range(_CLAUSES_BACK_IN_SENTENCE):
        if lo < 2 or n >= _CLAUSES_BACK and (not places or _SENTENCE_END.search(text, lo - 1, start)):
            return "", lo
        frame = _clause_start(text, lo - 1, _FRAME_REACH)
        if _BASE_FRAME.fullmatch(text, frame, lo - 1):
            lo = frame  # 在连续5年…年均增收900亿元的基础上，又增长17.2%: the frame's subject is a base's
            continue
        raw = _previous_subject(text, lo)
        subject = _clean(_scope_stripped(_subject(raw)))
        # (上半年有3.2万宗案件: a time and a word of having name no subject; the things had do)
        counted = counted_before(text, lo, named=len(subject) >= 2)
        if counted:
            return counted, lo - 1  # 有3.2万多宗案件，较上年同期下降8%: the things counted
        own_change = change_word().search(subject)
        if own_change and own_change.start() >= 2 and len(own_change.group()) >= 2:
            subject = _clean(subject[: own_change.start()])  # 农业总产值平均每年增长7.9%，…增长: 农业总产值
        share = is_share(subject)  # 占全国总额的四成: a share, not a subject
        share = share or _is_base(subject)  # 较前一交易日低: a base
        # 与2010年第六次全国人口普查的5458210人相比，减少294363人: a clause of only the base compared with
        share = share or compares_only(text[previous_clause(text, lo)[0]:lo - 1])
        # 其中北京为33万平方米，下降71%: a division alone is scope; 平均减幅在30%以上: a size names none
        # 农民的纯收入，全国平均每人达到355元，比上年增长: a per-head phrase alone names nothing either
        share = share or _per_unit_rest(subject) == "" \
            or _division_only(subject) or len(_clean(_number_scope().sub("", subject))) < 2 \
            or (bool(_change_size().match(subject)) and subject not in word_set("change", "sizes")) \
            or bool(when_only().fullmatch(subject))  # 修订计划时减少为…: the clause's subject is further back
        places = places or _division_only(subject)
        if raw and raw not in asides and not _aside_shape().match(raw) and len(subject) >= 2 \
                and subject not in word_set("trailing", "adverbs") and not share and not _change().match(subject) \
                and not _number_scope().fullmatch(subject) \
                and not _change().match(_clean(raw)) and not subject.startswith(_word_tuple("change", "predicates")) \
                and not _clean(raw).startswith(_word_tuple("change", "ranks")):
            # (居全省首位: the scope cut off leaves 首位, but the clause only says where the subject stands)
            return subject, lo - 1
        # (…五百二十一亿三千万元（按…计算），增长…: past a bracket of one clause, an amount in Chinese
        # numerals goes on back as one in digits does)
        if not raw and not _DIGIT.search(text, max(0, lo - 31), lo - 1) \
                and not (one_clause_bracket(text, lo - 1) and _number_run().search(text, max(0, lo - 31), lo - 1)):
            return "", lo
        lo = _clause_start(text, lo - 1)
    return "", lo


@lru_cache(maxsize=1)
def _aside_shape() -> re.Pattern:
    """考虑价格下降因素, 扣除物价上涨因素, 按当年价格计算: a clause that opens with a word of
    allowing for and ends with 因素 or 计算 names nothing measured; nor does a cause (由于…的减少)."""
    t = table("metric.toml")["change"]
    causes = alternation(table("metric.toml")["cause_aside"]["opens"])
    cues = cue_pattern()  # (分季度看: a breakdown cue names nothing either, metric_breakdown.py)
    return re.compile(f"^(?:{alternation(t['aside_opens'])}).{{0,12}}(?:{alternation(t['aside_ends'])})$|^(?:{causes})|{cues}")


@lru_cache(maxsize=1)
def _aside_head() -> re.Pattern:
    t = table("metric.toml")["change"]
    return re.compile(f"^(?:{alternation(t['aside_opens'])})[^，。；]{{0,12}}?(?:{alternation(t['aside_ends'])})")


def _without_aside(clause: str) -> str:
    """扣除价格因素比1991年增长: the clause without an aside that opens it (it names nothing)."""
    m = _aside_head().match(clause)
    return clause[m.end():] if m else clause


def _listed_number_before(text: str, at: int) -> bool | re.Match[str] | None:
    """A list mark at `at` between numbers (1993、1994年; 56.8%、30.4%): inside a list, no break."""
    # (制造业投资比重提升至48.3%、提高3.6个百分点: a list of clauses, not of numbers)
    return text[at] == "、" and at > 0 and (text[at - 1].isdigit() or text[at - 1] in "%％") \
        and _DIGIT.match(text, at + 1 + (text[at + 1:at + 2] in ("—", "－", "-")))  # —0.8%: a fall


@lru_cache(maxsize=16)
def _clause_start(text: str, start: int, reach: int = 30) -> int:
    """Where the clause of the number at `start` begins, at most `reach` characters back. Kept
    for the last few asked: a fact's metric asks for the same clause from half a dozen readings
    (the subject, the clause's metric, an elided subject, a from-to change)."""
    floor = max(0, start - reach)
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
    # (…603亿元（按1952年不变价格计算），比1956年增长: a bracket that closes its clause names nothing after it)
    named = _clean(_DIGIT.split(after, maxsplit=1)[0]) if after[:1] not in "，、；" else ""
    if named and not after.startswith("的") and not _change().match(named) and not _base_opening().match(after):
        return ""  # （记者某某）位于首都东南: the clause names its own subject after the bracket
    m = _OPENING.search(text, max(0, lo - 42), lo - 1)
    if not m:
        return ""
    head = _CLAUSE_HEAD.match(text, max(0, m.start() - 30), m.start())
    return text[head.end() if head else max(0, m.start() - 30):m.start()]


@lru_cache(maxsize=1)
def _base_opening() -> re.Pattern:
    """化肥（按实物量计算）由一百万吨增加到…: after the bracket, a comparison word and its base (a
    number, a year, 上年) name no subject; the words before the bracket do."""
    t = table("metric.toml")["comparison"]
    return re.compile(f"(?:{alternation(t['opens'])})(?:\\d|[{t['year_digits']}十百千万两]|{alternation(t['bases'])})")


_FROM = re.compile("[由从]")
_ANY_NUMERAL = re.compile("\\d|百分之|[一二三四五六七八九十百千万亿]{2,}")


def _from_to_subject(text: str, start: int) -> str | None:
    """由目前的9%增至11%, 从年息15%上升到50%: both values of a change from one level to another
    measure the subject before 由/从 (or the clause before, where 由 opens the clause)."""
    lo = _clause_start(text, start, 50)  # (far enough not to cut a long subject inside a word)
    seg = text[lo:start]
    # the 由/从 nearest the number that opens its levels (将从西岸撤军的范围从原定的10%降至8%: the
    # second 从; the first opens a place)
    for m in reversed(list(_FROM.finditer(seg))):
        if seg.startswith(_word_tuple("from_to", "not_words"), m.start()):
            continue
        rest = seg[m.end():]
        # (增加到现在的50元: the new level names its time as the first names its base)
        to_rest = rest[:-1] if rest.endswith("的") else rest
        to_base = next((b for b in _word_tuple("from_to", "bases") if to_rest.endswith(b)), "")
        to_rest = to_rest[: len(to_rest) - len(to_base)] if to_base else rest
        to_value = bool(_ANY_NUMERAL.search(rest)) and to_rest.endswith(("到", "至"))
        # (the starting level names its base: 由目前的, 从年息; not 从韩国进口, 从这成千次)
        base = rest[:-1] if rest.endswith("的") else rest
        from_value = not _ANY_NUMERAL.search(rest) and base in word_set("from_to", "bases")
        if to_value or from_value:
            break
    else:
        return None
    subject = _clean(_scope_stripped(seg[:m.start()]))
    if len(subject) >= 2:
        return subject
    # (where 由 opens the clause, the clause before names the subject)
    return (_subject_before(text, start) or None) if not _clean(seg[:m.start()]) else None


def _given_after(text: str, end: int) -> str:
    """按每人每月300元给予社保补贴: after the amount, a verb of giving then the thing given."""
    tail = _CLAUSE_END.search(text, end, min(len(text), end + 30))
    after = text[end:tail.start() if tail else min(len(text), end + 30)]
    m = _leading("giving", "verbs").match(after)
    noun = _clean(after[m.end():]) if m else ""
    return _head(noun) if len(noun) >= 2 and not _DIGIT.search(noun) else ""


def _priced_subject(text: str, start: int) -> str:
    """The subject before a price per unit, past a clause of only a time (整顿后，每千瓦时…), without
    its own `每<unit>`."""
    raised = _raised_price(text, start)
    if raised:
        return raised
    at = start
    for _ in range(2):
        subject, at = _subject_before_at(text, at)
        rest = _per_unit_rest(subject)
        subject = subject if rest is None else rest
        if not _per_unit()[1].match(subject):
            return subject if len(subject) >= 2 else ""
    return ""


@lru_cache(maxsize=1)
def _price_change() -> re.Pattern:
    t = table("metric.toml")["per_unit"]
    # the verb, then a noun of up to ten characters ending in a word of price, at the clause's end
    return re.compile(f"(?:{alternation(t['price_verbs'])})了?(?P<thing>[\u4e00-\u9fff]{{0,10}}?"
                      f"(?:{alternation(t['price_ends'])}))[，,]$")


def _raised_price(text: str, start: int) -> str:
    """The price a clause right before the number's raised or lowered (提高油菜籽收购价格，每市斤由…),
    or ''."""
    lo = _clause_start(text, start)
    m = _price_change().search(text, max(0, lo - 24), lo)
    return m.group("thing") if m and len(m.group("thing")) >= 2 else ""


def _is_base(subject: str) -> bool:
    """较前一交易日低, 比计划: the subject is a comparison base; 预算外资金 is a measure, not the base 预算."""
    alone = _word_tuple("comparison", "bases_alone")
    return any(subject.startswith(b) and (b not in alone or subject == b)
               for b in _word_tuple("comparison", "bases"))
