"""The clause before a number's own and what it names (`支出312.6亿元，比上年同期的289.4亿元`: 支出; `有3.2万多宗
案件，较上年同期下降8%`: 案件): its bounds past list marks between numbers, brackets inside a noun or after a
clause, and the numbers that end its subject. Apart from metric_subject.py, which walks these clauses back
and judges each."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table, word_list
from .metric_change_words import change_only
from .metric_words import CLAUSE_BREAK, CLAUSE_HEAD, clean, DIGIT


_WORDY_ASIDE = re.compile("[（(][^（(）)。；！？\n]*[\u4e00-\u9fff]{4}[^（(）)。；！？\n]*[）)]$")


def previous_clause(text: str, lo: int) -> tuple[int, int]:
    """The clause before the one that begins at `lo` (at most 40 characters): its start and end."""
    hi = lo - 1
    j = hi
    # (a list mark between numbers, 由1993、1994年的56.8%、30.4%, ends no clause)
    while j > 0 and (text[j - 1] not in CLAUSE_BREAK or listed_number_before(text, j - 1)) and hi - j < 40:
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


def previous_subject(text: str, lo: int) -> str:
    """`支出312.6亿元，比上年同期的289.4亿元`: a clause that opens with its comparison base
    measures what the clause before it names, up to that clause's first number."""
    j, hi = previous_clause(text, lo)
    opened = _noun_bracket_open(text, j)
    while opened is not None:
        # 在校（园）学生118460人，比上学年…: a short bracket between the characters of a noun is the noun's
        # (全市6个县（市、区）居民消费价格…: not after a count, whose noun the bracket ends; the subject follows)
        k = previous_clause(text, opened + 1)[0]
        if number_run_pattern().search(text, k, opened):
            break
        j, opened = k, _noun_bracket_open(text, k)
    closed = hi > 0 and text[hi] in "，、"
    clause = text[j:hi] if closed else ""
    # (…603亿元（按1952年不变价格计算），: a bracket of words that ends the clause; not 重伤3件（3人）)
    if clause or closed and _WORDY_ASIDE.search(text, max(0, j - 42), j):
        clause = past_aside(text, j) + clause  # 工业总产值（包括乡镇企业）平均每年增长9.2%
    # up to its first number that is not a time (2025年全市地区生产总值4286.3亿元, 1993、1994年)
    m = next((n for n in number_run_pattern().finditer(clause)
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
def number_run_pattern() -> re.Pattern:
    """A number in digits, or in Chinese numerals before a unit (八千二百九十一亿元, 二百二十万担;
    not 一九八二年; 几 too: 几千元, 十几万人)."""
    # (and every currency: 二十六亿六千万美元 ends the subject as 二十六亿元 does)
    units = alternation(["元", "人", "倍", *word_list("classifiers.txt"), *word_list("quantity_units.txt"),
                         *table("metric.toml")["number_run"]["units"], *table("money.toml")["units"]])
    return re.compile(rf"\d[\d.]*|百分之|[零〇○一二两三四五六七八九十百千万亿点几]{{2,}}(?=[多余]?[亿万千百]?[多余]?(?:{units}))")


_TIME_UNITS = ("年", "月", "日", "季度")


# 1993、1994年; 1-10月, 1—10月份 (a span of months in a report's opening, its first number no amount)
_YEAR_LISTED = re.compile(r"(?:[、和]\d+)+(?:年|月|日|季度)|[-—－~～]\d{1,2}(?:月份?|日)")


def listed_number_before(text: str, at: int) -> bool | re.Match[str] | None:
    """A list mark at `at` between numbers (1993、1994年; 56.8%、30.4%): inside a list, no break."""
    # (制造业投资比重提升至48.3%、提高3.6个百分点: a list of clauses, not of numbers)
    return text[at] == "、" and at > 0 and (text[at - 1].isdigit() or text[at - 1] in "%％") \
        and DIGIT.match(text, at + 1 + (text[at + 1:at + 2] in ("—", "－", "-")))  # —0.8%: a fall


_OPENING = re.compile("[（(][^（(）)。；！？\n]{1,40}$")


def past_aside(text: str, lo: int) -> str:
    """`基本建设投资额（包括经济、文教方面的基本建设）共为86.3亿元`: a clause that begins after a
    bracket closes goes on before the bracket, whose words are an aside; that part of it, or ''."""
    if lo < 2 or text[lo - 1] not in "）)":
        return ""
    after = text[lo:lo + 30]
    # (…603亿元（按1952年不变价格计算），比1956年增长: a bracket that closes its clause names nothing after it)
    named = clean(DIGIT.split(after, maxsplit=1)[0]) if after[:1] not in "，、；" else ""
    if named and not after.startswith("的") and not change_only().match(named) and not _base_opening().match(after):
        return ""  # （记者某某）位于首都东南: the clause names its own subject after the bracket
    m = _OPENING.search(text, max(0, lo - 42), lo - 1)
    if not m:
        return ""
    head = CLAUSE_HEAD.match(text, max(0, m.start() - 30), m.start())
    return text[head.end() if head else max(0, m.start() - 30):m.start()]


@lru_cache(maxsize=1)
def _base_opening() -> re.Pattern:
    """化肥（按实物量计算）由一百万吨增加到…: after the bracket, a comparison word and its base (a
    number, a year, 上年) name no subject; the words before the bracket do."""
    t = table("metric.toml")["comparison"]
    return re.compile(f"(?:{alternation(t['opens'])})(?:\\d|[{t['year_digits']}十百千万两]|{alternation(t['bases'])})")
