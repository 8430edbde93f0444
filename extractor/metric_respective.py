"""What the numbers of a list measure: a 分别 list (its clause's subject with the change word before its first
number, or the noun its last number names after it), a number listed right after another (`4.4%、5.9%`: the
list head's), a total right after such a list (what the list measures). Apart from metric_structure.py: these
read the list around the number, not the number's own clause."""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import with_halfwidth
from .lexicon import alternation, table
from .metric_nouns import share_part, share_words
from .metric_value import LISTED_NUMBER
from .metric_list_run import list_last, shared_after
from .metric_lists import LISTING, respective_subject, RESPECTIVELY, SENTENCE_PART
from .metric_subject import clause_start
from .metric_words import clean, DIGIT, structure, word_tuple, PERCENT
from .metric_change_words import change_only, change_bases, change_word
from .metric_cut import trim


_NOT_TIME = re.compile(r"\d[\d.]*(?![\d.]*(?:年|月|日|季度))")


def respective_metric(text: str, start: int, end: int, unit: str | None, phrase: str | None) -> str | None:
    """A top-level number of a 分别 list, or listed with others: the subject the list's clause
    names with the change word before its first number, or the noun its last number names after
    it; None where the list names neither ('' is an answer: the caller stops there as before)."""
    from .metric import read_metric  # (late: metric imports metric_structure, which imports this module)
    from .metric_structure import structure_metric  # (late: metric_structure imports this module)
    change = clean(DIGIT.split(phrase or "", maxsplit=1)[0])  # 实际增长7.7%和: 实际增长
    own = bool(change) and not change_only().match(change)  # the clause names its subject
    # (刑事案件6214件、民事案件58930件，分别占审结案件总数的6.6%和62.8%: a share's whole is no subject; the parts
    # are the items before)
    share = bool(change) and bool(share_words()[0].match(change))
    # (竣工面积2322万平方米，比1996年分别增长: a clause opening with its base borrowed the subject before)
    own = own and not structure()[3].match(text[clause_start(text, start):start])
    listed = respective_subject(text, start, own)
    if listed is None and share and _parts_listed_before(text, start):
        # (蛋、肉产量为1.4万吨，分别占全区的33%和12%: one figure before, no parts listed: left as before)
        listed = respective_subject(text, start, False)
    if listed and listed.subject.endswith(word_tuple("lists", "actor_ends")):
        listed = None  # 基金会与香港委员会分别拨出40万和300万港元: who gave, not what is measured
    if listed and _period_items().fullmatch(listed.subject):
        listed = None  # 一至四季度分别收到38、45、52、51件: the numbers' times, not what they measure
    if listed is None and text[end - 1:end].isdigit() \
            and _period_items().fullmatch((phrase or "").split(RESPECTIVELY)[0]):
        # 一至四季度分别收到38、45、52、51件: the bare numbers of a list over periods in a row measure what
        # its last (with the unit) does
        last = list_last(text, end, unit)
        return read_metric(text, last[0], last[1], unit) if last else None
    if listed is None and RESPECTIVELY in (phrase or ""):
        # 分别拨出40万和300万港元购买救灾物资: the first numbers of a list share the noun the last names after it
        shared = shared_after(text, end, lambda s_, e_: structure_metric(text, s_, e_, unit, 1))
        if shared:
            return shared
    if listed and listed.topic:
        return trim(listed.subject)
    if listed:
        # every number of the list takes the change word before the list's first number
        # (分别增长4.5%、3%: 3% too), not the rest of the phrase (工业品出厂和原材料购进价格比上年分别上涨)
        part = SENTENCE_PART.match(text, max(0, start - 40), start)
        digit = next((m for m in _NOT_TIME.finditer(text, part.end() if part else max(0, start - 40), start + 1)),
                     None)  # (分别比1995年增长69%: the list's first number, not its base year)
        word = change_word().search(text, max(0, digit.start() - 16), digit.start()) if digit else None
        suffix = word.group() if word else ("" if own or share else change)
        return trim(listed.subject) + change_bases().sub("", suffix)  # the subject cut, never the change
    return None


def _parts_listed_before(text: str, start: int) -> bool:
    """刑事案件6214件、民事案件58930件，分别占…的6.6%和62.8%: the clause before the share list's holds a figure for each
    share (the parts whose shares they are), within its sentence."""
    lo = clause_start(text, start)
    head = max(text.rfind(c, 0, max(0, lo - 1)) for c in "。；;\n") + 1
    stop = _SENTENCE_STOP.search(text, start)
    shares = len(_NOT_TIME.findall(text, lo, stop.start() if stop else len(text)))
    return shares >= 2 and len(_NOT_TIME.findall(text, head, lo)) >= shares


# a statement's end: 。, a ； between statements or a paragraph's end (clauses.SENTENCE_BREAKS with ；, as the
# clause before a share list is read to a ；, and without ！？, kept as before: no list of figures ends so)
_SENTENCE_STOP = re.compile(f"[{re.escape(with_halfwidth('。；'))}\n]")


@lru_cache(maxsize=1)
def _period_items() -> re.Pattern:
    """一至四季度, 1至3月, 第一至三季度: periods in a row named as a 分别 list's items (data/metric.toml [lists])."""
    t = table("metric.toml")["lists"]
    n = f"[{re.escape(t['period_numerals'])}]{{1,2}}"
    return re.compile(rf"第?{n}(?:{alternation(t['period_joins'])})第?{n}(?:{alternation(t['period_ends'])})")


def listed_total(text: str, start: int, unit: str | None) -> str | None:
    """What the 分别 list that ends right before the clause of the number at `start` measures: the
    list's last number read as the list is; None where the clause before is no such number in `unit`."""
    from .metric import read_metric  # (late: metric imports metric_structure, which imports this module)
    lo = clause_start(text, start)
    last = _LIST_LAST.search(text, max(0, lo - 16), lo)
    if not unit or not last or not text.startswith(unit, last.end("number")) or last.end("number") + len(unit) != lo - 1:
        return None
    if RESPECTIVELY not in text[max(0, last.start() - 60):last.start()] or text[last.start() - 1:last.start()] not in LISTING:
        return None
    return read_metric(text, last.start(), lo - 1, unit)


_LIST_LAST = re.compile(r"(?P<number>\d[\d.]*[万亿]?)[^\d，、；。]{1,3}[，；]$")


def listed_head(text: str, start: int, end: int, unit: str | None, phrase: str | None, depth: int) -> str | None:
    """A number listed right after another (`4.4%、5.9%`, `9.4%和14.2%`) measures what the list's
    head measures; None where no number stands just before the list mark or the head names nothing."""
    from .metric import read_metric  # (late: metric imports metric_structure, which imports this module)
    from .metric_structure import structure_metric  # (late: metric_structure imports this module)
    signed = start >= 3 and text[start - 1] in _SIGNS and text[start - 2] in "、和及与"  # (、—0.8%和—1.2%)
    mark = start - 2 if signed else start - 1
    if depth < 4 and start >= 2 and text[mark] in "、和及与":
        # 分别增长4.4%、5.9%: a number listed right after another measures what the head does
        m = LISTED_NUMBER.search(text, max(0, mark - 15), mark)
        if m and DIGIT.search(m.group()) and (phrase is None or DIGIT.search(phrase) or change_only().match(phrase)
                                               or not DIGIT.search(text[start:end][:1])):
            head = structure_metric(text, m.start(), mark, unit, depth + 1)
            if head is None and depth == 0:
                # (分别比上年增长9.4%和14.2%: the head measures a subject read back only at the top level)
                head = read_metric(text, m.start(), mark, unit)
            if head and PERCENT.search(text, start, end) and share_words()[0].match(head):
                # 分别占全区的33%和12%: the head's share is of the part named before it, as the head's is
                head = share_part(text, m.start(), head) or head
            return head or None
    return None


_SIGNS = "—－-"  # a minus sign written before a listed number
