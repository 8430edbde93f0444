"""The subject a number or a change measures, read back from the clause before it: scope stripped
(a number with its unit, a place or an organization opening the phrase, verbs of handing out), a
comparison's base left out (支出比上年同期的), asides and changes passed over on the way back
(按可比价格计算, 比年初增加4.6亿元), brackets read as asides, lists of years kept whole. The scope is
stripped in metric_subject_scope.py, each clause before read in metric_clause_before.py."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .metric_aside import one_clause_bracket
from .metric_breakdown import cue_pattern
from .metric_compared_clause import compares_only
from .metric_subject_scope import division_only, scope_stripped
from .metric_clause_before import (
    listed_number_before, number_run_pattern, previous_subject, counted_before, previous_clause,
)
from .metric_change_words import change_only, change_size, change_word, comparison_mark, when_only
from .metric_words import CLAUSE_HEAD, clean, connectives, DIGIT, number_scope, word_set, word_tuple, is_share
from .metric_per_unit import per_unit_rest


def subject_of(before: str) -> str:
    """`支出比上年同期的`, `保护率由2018年的`: a comparison names its base after the subject;
    the subject, before the comparison word, is what is measured."""
    lead = connectives().match(before)  # 则比去年同期增长: 则 is no subject
    m = comparison_mark().search(before, (lead.end() if lead else 0) + 1)
    return before[: m.start()] if m else before


def subject_before(text: str, start: int) -> str:
    """The subject a change word measures: that of the nearest clause before it that names one,
    passing asides (按可比价格计算) and other changes and bases (比年初增加4.6亿元) on the way."""
    return subject_before_at(text, start)[0]


# a clause that frames what follows on a base (在上年增长15%的基础上): its subject is the base's
_BASE_FRAME = re.compile("在[^，。；：！？\n]{2,60}的?基础上")
_FRAME_REACH = 62


# clauses read back at most (past a division's clause and its change: 北京为…，下降…；广东为…，下降…); within
# the number's own sentence, more: a run of places, each a clause of its figure and one of its change
# (福州市…，增长7.9%；泉州市…，增长6.2%；…宁德市…，增长12.4%: six places after the one that names the measure)
_CLAUSES_BACK, _CLAUSES_BACK_IN_SENTENCE = 7, 15
_SENTENCE_END = re.compile("[。！？!?\n]")


def subject_before_at(text: str, start: int) -> tuple[str, int]:
    """subject_before, with the start of the clause before the one that named it."""
    lo = clause_start(text, start)
    asides = word_set("change", "asides")
    places = False  # (a division's clause passed: the run of places that may read back further)
    for n in range(_CLAUSES_BACK_IN_SENTENCE):
        if lo < 2 or n >= _CLAUSES_BACK and (not places or _SENTENCE_END.search(text, lo - 1, start)):
            return "", lo
        frame = clause_start(text, lo - 1, _FRAME_REACH)
        if _BASE_FRAME.fullmatch(text, frame, lo - 1):
            lo = frame  # 在连续5年…年均增收900亿元的基础上，又增长17.2%: the frame's subject is a base's
            continue
        raw = previous_subject(text, lo)
        subject = clean(scope_stripped(subject_of(raw)))
        # (上半年有3.2万宗案件: a time and a word of having name no subject; the things had do)
        counted = counted_before(text, lo, named=len(subject) >= 2)
        if counted:
            return counted, lo - 1  # 有3.2万多宗案件，较上年同期下降8%: the things counted
        own_change = change_word().search(subject)
        if own_change and own_change.start() >= 2 and len(own_change.group()) >= 2:
            subject = clean(subject[: own_change.start()])  # 农业总产值平均每年增长7.9%，…增长: 农业总产值
        share = is_share(subject)  # 占全国总额的四成: a share, not a subject
        share = share or _is_base(subject)  # 较前一交易日低: a base
        # 与2010年第六次全国人口普查的5458210人相比，减少294363人: a clause of only the base compared with
        share = share or compares_only(text[previous_clause(text, lo)[0]:lo - 1])
        # 其中北京为33万平方米，下降71%: a division alone is scope; 平均减幅在30%以上: a size names none
        # 农民的纯收入，全国平均每人达到355元，比上年增长: a per-head phrase alone names nothing either
        share = share or per_unit_rest(subject) == "" \
            or division_only(subject) or len(clean(number_scope().sub("", subject))) < 2 \
            or (bool(change_size().match(subject)) and subject not in word_set("change", "sizes")) \
            or bool(when_only().fullmatch(subject))  # 修订计划时减少为…: the clause's subject is further back
        places = places or division_only(subject)
        if raw and raw not in asides and not _aside_shape().match(raw) and len(subject) >= 2 \
                and subject not in word_set("trailing", "adverbs") and not share and not change_only().match(subject) \
                and not number_scope().fullmatch(subject) \
                and not change_only().match(clean(raw)) and not subject.startswith(word_tuple("change", "predicates")) \
                and not clean(raw).startswith(word_tuple("change", "ranks")):
            # (居全省首位: the scope cut off leaves 首位, but the clause only says where the subject stands)
            return subject, lo - 1
        # (…五百二十一亿三千万元（按…计算），增长…: past a bracket of one clause, an amount in Chinese
        # numerals goes on back as one in digits does)
        if not raw and not DIGIT.search(text, max(0, lo - 31), lo - 1) \
                and not (one_clause_bracket(text, lo - 1)
                         and number_run_pattern().search(text, max(0, lo - 31), lo - 1)):
            return "", lo
        lo = clause_start(text, lo - 1)
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


def without_aside(clause: str) -> str:
    """扣除价格因素比1991年增长: the clause without an aside that opens it (it names nothing)."""
    m = _aside_head().match(clause)
    return clause[m.end():] if m else clause


@lru_cache(maxsize=16)
def clause_start(text: str, start: int, reach: int = 30) -> int:
    """Where the clause of the number at `start` begins, at most `reach` characters back. Kept
    for the last few asked: a fact's metric asks for the same clause from half a dozen readings
    (the subject, the clause's metric, an elided subject, a from-to change)."""
    floor = max(0, start - reach)
    head = CLAUSE_HEAD.match(text, floor, start)
    lo = head.end() if head else floor
    while lo >= 2 and listed_number_before(text, lo - 1) and lo > floor:
        # 由1992、1993、1994年的6.5%: a list mark inside a list of years ends no clause
        back = CLAUSE_HEAD.match(text, floor, lo - 1)
        lo = back.end() if back else floor
    return lo


def _is_base(subject: str) -> bool:
    """较前一交易日低, 比计划: the subject is a comparison base; 预算外资金 is a measure, not the base 预算."""
    alone = word_tuple("comparison", "bases_alone")
    return any(subject.startswith(b) and (b not in alone or subject == b)
               for b in word_tuple("comparison", "bases"))
