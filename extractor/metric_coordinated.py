"""Words joined by 、 inside one phrase (`全省共停建、缓建办公楼建设项目189个`, `拒礼、拒贿76次`,
`查处严重官僚主义失职、渎职案件316件`, `获二、三等奖的作者共13人`): 、 ends a clause only where the part
before it is a clause of its own (`出口增长10%、进口增长5%`); between two verbs, or two numerals, it joins
them, and the phrase read from after the mark (`缓建办公楼建设项目`) is only its last part. Such a phrase is read again as if the marks were 和 (one character each, so offsets hold), and the
longer reading is given in the page's own characters. Not a list of numbers (`5.6%、7.5%`, 分别), nor
a part before the mark that holds a number, a word of change or of manner (a clause: data/metric.toml
[joined] predicate_words), nor one longer than an item is; nouns listed before a phrase are
metric_joined.py's (it runs first: this reads what it leaves)."""
from __future__ import annotations

import re
from collections.abc import Callable

from .metric_subject import clause_start

_MARK = "、"
_AS_JOINED = "和"  # (one character: the text keeps its length)
_BREAKS = "，。；：！？\n,;:!?（）()“”"
_ITEM_LONGEST = 16  # the part back to the break before the first mark
_MOST_MARKS = 4
_DIGITS = re.compile("\\d")
_TIME = re.compile("\\d+(?:年度?|月份?|日)")  # (1996年查处…: a time opening the clause is no number of a list)


def _predicates() -> tuple[str, ...]:
    from .metric_joined import changes  # (late: metric_joined reads metric.py's neighbours)
    return changes()


# jieba's tags of the words on both sides of a mark that joins words of one kind: verbs (停建、缓建; 检查、评比;
# 停止、暂缓装修: an adverb opening a verb phrase), or a numeral and a word opening with one (二、三等奖). Nouns
# listed are metric_joined.py's to read (a long first noun is no item there, unless an adverb of each follows)
_KINDS = (({"v", "vn", "vd", "vi"}, {"v", "vn", "vd", "vi", "d"}),)
_NUMERALS = "一二三四五六七八九十两"
_SIDE = 8  # characters read on each side of a mark for its words


def _joins_words(text: str, mark: int) -> bool:
    """Whether the 、 at `mark` joins two words of one kind (the last word before it, the first after)."""
    from .metric_after import segmenter  # (late: the tagger loads on first use)
    before = segmenter().pos(text[max(0, mark - _SIDE):mark])
    after = segmenter().pos(text[mark + 1:mark + 1 + _SIDE])
    if not before or not after:
        return False
    (_, left), (first, right) = before[-1], after[0]
    if left == "m" and first[0] in _NUMERALS:
        return True
    return any(left in lefts and right in rights for lefts, rights in _KINDS)


def _marks_before(text: str, lo: int, start: int) -> list[int] | None:
    """The list marks before the clause opening at `lo` (right after a 、), back to the break before the
    first of them; None where a part between them is no word (a number, a change, too long)."""
    if "分别" in text[max(0, lo - 40):start]:
        return None  # (each number its own item: metric_lists.py)
    marks: list[int] = []  # (一、一年接着一年干: a heading's numeral alone before the mark is no word)
    at = lo - 1
    while at >= 0 and text[at] == _MARK and len(marks) < _MOST_MARKS:
        marks.append(at)
        back = at - 1
        while back >= 0 and text[back] not in _BREAKS and text[back] != _MARK and at - back <= _ITEM_LONGEST:
            back -= 1
        part = text[back + 1:at]
        if not part or at - back > _ITEM_LONGEST or _DIGITS.search(_TIME.sub("", part)) \
                or all(c in _NUMERALS for c in part) \
                or any(w in part for w in _predicates()) or not _joins_words(text, at):
            return None
        at = back
    return marks if at < 0 or text[at] != _MARK else None


def coordinated(text: str, start: int, end: int, phrase: str | None,
                read: Callable[[str], str | None]) -> str | None:
    """The phrase of the number at [start, end) with the words joined to its opening by 、 before it, as
    printed; None where its phrase does not open right after such a mark, or the reading as joined
    adds nothing. `read(view)` reads the number's phrase in a text of the same length."""
    if not phrase or _MARK in phrase:
        return None
    lo = clause_start(text, start)
    if lo < 2 or text[lo - 1] != _MARK or text[end:end + 1] == _MARK or text[start - 1:start] == _MARK:
        return None
    at = text.find(phrase, lo, start)
    if at < 0 or at - lo > 2:
        return None  # (the phrase is not what the clause opens with)
    marks = _marks_before(text, lo, start)
    if not marks:
        return None
    view = list(text)
    for m in marks:
        view[m] = _AS_JOINED
    joined = "".join(view)
    longer = read(joined)
    if not longer or len(longer) <= len(phrase) or phrase not in longer:
        return None
    found = joined.rfind(longer, max(0, min(marks) - _ITEM_LONGEST), start)
    if found < 0 or found >= lo:
        return None  # (no longer reading that reaches past the mark)
    return text[found:found + len(longer)]
