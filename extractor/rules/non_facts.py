"""The non-fact filters: a number the rules matched that is no fact (data/non_facts.toml) — inside
a quoted name or a title, an idiom, a code (ISO9002), an ordinal list, a rank, a session name, a
diving event, a term of a formula.

A rank (进入全省前5名, 跻身前20位) is no record: CONTRACT.md has no rank type, and the N names a
place in an order, not N things. The first N picked out of a whole named before them
(1600多名考生中的前570名) are N of that whole, so they stay a count."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from ..candidate import Candidate
from ..clauses import BREAKS, CLAUSE_ENDS, LIST_MARKS
from ..fact_types import COUNT, DATE, MONEY, QUANTITY
from ..lexicon import alternation, table, word_trie
from .fragments import BIG_CHARS, CN_CHARS
from .terms import in_name, term_spans


@lru_cache(maxsize=1)
def _filters() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    t = table("non_facts.toml")
    # a phrase is only blocked where it is not part of a longer number: 一百一十一 holds no 十一
    # (only for a phrase that opens with a numeral: 1997上半年 still holds 上半年)
    digits = "\\d" + CN_CHARS + BIG_CHARS
    words = t["phrases"]["words"]
    numeral = [w for w in words if re.match(f"[{digits}]", w)]
    other = [w for w in words if w not in numeral]
    # each list as a tree of its characters (lexicon.word_trie: the same longest phrase at a
    # position as the alternation, nothing following it in the pattern)
    parts = [f"(?<![{digits}])(?:{word_trie(numeral)})"] if numeral else []
    parts += [f"(?:{word_trie(other)})"] if other else []
    # one test of the first character before the alternation: it tried each of its hundred
    # phrases at every character of a page, the filter's whole cost
    first = "".join(sorted({re.escape(w[0]) for w in words if w}))
    phrases = re.compile(f"(?=[{first}])(?:{'|'.join(parts)})" if parts else "(?!)")
    before = re.compile("(?:" + alternation(t["before"]["words"]) + ")$")
    after = re.compile(f"(?!{alternation(t['after']['not_words'])})(?:{alternation(t['after']['words'])})")
    return phrases, before, after


# a short phrase in quotation marks is a name or a slogan: “122 全国交通安全日”, “三高四新”
_QUOTED = re.compile(r"“[^“”\n]{1,16}”|‘[^‘’\n]{1,16}’|《[^《》\n]{1,40}》")
# except words spoken or written down, a clause break and an Arabic digit inside the marks
# (“三号桌，１２份，未结”, “８块钱。”): a slogan of clauses writes its numbers in Chinese (“一户一策，…”)
_SPOKEN = re.compile(r"[“‘](?=[^”’]*[，,；;。：？！])(?=[^”’]*\d)")


@lru_cache(maxsize=1)
def _picture_note() -> tuple[re.Pattern, int]:
    """（附图片１张）, （图片）: the bracketed note on an article's pictures, no clause going on after it
    ([picture_notes]); and how many of the page's first lines with text are its heading."""
    t = table("non_facts.toml")["picture_notes"]
    number = f"[\\d{CN_CHARS}]+\\s*(?:{alternation(t['units'])})"
    # (a clause mark after the bracket: the bracket is inside a sentence, 作品300件（照片260张），)
    closed = f"(?![^\\S\\n]*[{CLAUSE_ENDS}{LIST_MARKS},;:!?])"
    note = f"[（(]\\s*(?:{alternation(t['words'])})\\s*(?:{number})?\\s*[）)]{closed}"
    return re.compile(note), t["heading_lines"]


def _picture_notes(text: str) -> list[tuple[int, int]]:
    """Spans of the picture notes of the page's heading (its first lines with text): a title's note, not
    a bracket of the body (作品300件（照片260张）)."""
    note, lines = _picture_note()
    end = 0
    while lines and end < len(text):
        cut = text.find("\n", end)
        line_end = len(text) if cut < 0 else cut
        lines -= bool(text[end:line_end].strip())
        end = line_end + 1
    return [m.span() for m in note.finditer(text, 0, min(end, len(text)))]


def blocked_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the text inside which no number is a fact."""
    phrases, _, _ = _filters()
    spans = [m.span() for m in _QUOTED.finditer(text) if not _SPOKEN.match(m.group())]
    spans += [m.span() for m in phrases.finditer(text)]
    spans += _picture_notes(text)
    spans += term_spans(text)
    return sorted(spans)


def _overlaps(c: Candidate, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(spans, (c.start, 10 ** 12))
    for s, e in spans[max(0, i - 3): i + 1]:
        if s < c.end and c.start < e:
            return True
    return False


# a number glued to a Latin letter (ISO9002, G20, DAX30) or after `673/` (train 673/674次)
# is part of a code; `第二、三名` continues an ordinal
_CODE_BEFORE = re.compile(r"(?:[A-Za-z]|\d[/／])$")
_ORDINAL_LIST = re.compile(f"第(?:[\\d{CN_CHARS}]+[、和或及至到]){{1,6}}$")


class _Ordinals(NamedTuple):
    """Filters that read a count's unit and its neighbours (data/non_facts.toml)."""

    after_quantity: re.Pattern   # 3米板, 10米台: a diving event, not a length
    rank_before: re.Pattern      # 前三名: a rank
    rank_units: frozenset
    rank_not_words: tuple[str, ...]  # 目前７３名: a time ending in 前, no rank
    rank_of_whole: tuple[str, ...]   # 考生中的前570名: N picked out of a whole, a count
    session: re.Pattern          # 十四届六中全会: a session name goes on after the count
    session_units: frozenset
    train: re.Pattern            # ４７４次旅客列车: a train's number, not a count of times
    train_units: frozenset
    group: re.Pattern            # 七国集团, ７７国集团: a group of countries named by its number
    group_units: frozenset
    meeting: re.Pattern          # ８国首脑会议, 二十国峰会: a group's meeting, by the group's number only
    meeting_numbers: frozenset
    group_listed: str            # 孟、印、巴三国首脑会议: the countries listed before, a count


@lru_cache(maxsize=1)
def _ordinals() -> _Ordinals:
    t = table("non_facts.toml")
    return _Ordinals(
        after_quantity=re.compile(alternation(t["after_quantity"]["words"])),
        rank_before=re.compile("(?:" + alternation(t["rank"]["before"]) + ")$"),
        rank_units=frozenset(t["rank"]["units"]),
        rank_not_words=tuple(t["rank"]["not_words"]),
        rank_of_whole=tuple(t["rank"]["of_a_whole"]),
        # a session numeral, then a plenum numeral, then the session name
        session=re.compile(f"[{CN_CHARS}]{{0,3}}(?:{alternation(t['session']['names'])})"),
        session_units=frozenset(t["session"]["units"]),
        train=re.compile(alternation(t["train_numbers"]["names"])),
        train_units=frozenset(t["train_numbers"]["units"]),
        group=re.compile(alternation(t["country_groups"]["names"])),
        group_units=frozenset(t["country_groups"]["units"]),
        meeting=re.compile(alternation(t["country_groups"]["meetings"])),
        meeting_numbers=frozenset(t["country_groups"]["meeting_numbers"]),
        group_listed=t["country_groups"]["listed_before"],
    )


def keep(c: Candidate, text: str, blocked: list[tuple[int, int]]) -> bool:
    """Whether a candidate is a fact; blocked: the text's blocked_spans."""
    _, before, after = _filters()
    o = _ordinals()
    if _overlaps(c, blocked):
        return False
    head = text[max(0, c.start - 8): c.start]
    if before.search(head[-2:]) or _CODE_BEFORE.search(head) or _ORDINAL_LIST.search(head):
        return False
    if c.type != DATE.name and after.match(text, c.end):
        return False
    if c.type == QUANTITY.name and o.after_quantity.match(text, c.end):
        return False
    if c.type == COUNT.name and c.unit in o.rank_units and o.rank_before.search(head) \
            and not head.endswith(o.rank_not_words) and not head.endswith(o.rank_of_whole):
        return False
    if c.type == COUNT.name and c.unit in o.session_units and o.session.match(text, c.end):
        return False
    if c.type == COUNT.name and c.unit in o.train_units and o.train.match(text, c.end):
        return False
    if c.type == COUNT.name and c.unit in o.group_units and _group_name(c, text, o):
        return False
    if _in_formula(c, text) or in_name(c, text):
        return False
    return True


def _group_name(c: Candidate, text: str, o: _Ordinals) -> bool:
    """Whether N国 names a group (七国集团) or a group's meeting (八国首脑会议: N one of the groups'), not
    countries listed before it (孟、印、巴三国首脑会议)."""
    named = o.group.match(text, c.end) or o.meeting.match(text, c.end) \
        and c.value_max is None and c.value in o.meeting_numbers
    return bool(named) and not _listed_before(text, c.start, o.group_listed)


_LIST_REACH = 6


def _listed_before(text: str, start: int, marks: str) -> bool:
    """Whether a list mark stands in the clause just before `start` (俄、哈、乌三国)."""
    for ch in reversed(text[max(0, start - _LIST_REACH): start]):
        if ch in marks:
            return True
        if ch in BREAKS:
            return False
    return False


@lru_cache(maxsize=1)
def _rate_link() -> re.Pattern:
    """A word joining the two sides of an exchange rate, alone between them ([exchange_rates])."""
    links = table("non_facts.toml")["exchange_rates"]["links"]
    return re.compile(f"\\s*约?(?:{alternation(links)})\\s*约?\\s*")


def exchange_rates(taken: list[Candidate], text: str) -> set[int]:
    """Indexes (into taken, in text order) of the two money amounts of each exchange rate: amounts
    joined by a rate word (兑, 约合) of which one is a single unit of its currency (６卢布约合１美元)."""
    link, out = _rate_link(), set()
    money = [i for i, c in enumerate(taken) if c.type == MONEY.name]
    for i, j in zip(money, money[1:]):
        a, b = taken[i], taken[j]
        if a.end <= b.start and link.fullmatch(text, a.end, b.start) and a.unit != b.unit \
                and any(c.value == 1 and c.value_max is None for c in (a, b)):
            out.update((i, j))
    return out


_FORMULA_REACH = 8
_FORMULA_ENDS = BREAKS + LIST_MARKS


def _in_formula(c: Candidate, text: str) -> bool:
    """Terms of a formula (`1 名领导+1 名工作人员`) describe a model, not a measured fact."""
    if text[c.start - 1: c.start] in ("+", "×"):
        return True  # 1 名领导+1 名工作人员, 4×100米
    tail = text[c.end: c.end + _FORMULA_REACH]
    for ch in tail:
        if ch == "+":
            return True
        if ch in _FORMULA_ENDS:
            break
    return False
