"""A measure named by nouns listed together (`其中教师、医生代表占代表总数的38%`, `总收入、总支出却比上年
增长9%`, `化肥、农药等占全省销量的45%`): where the phrase of a single number opens its clause right
after a list mark, and the items before the mark are short nouns, the number measures the items together,
as written (bench/gold/README.md: a count of a list counted together takes the list). Not the numbers of
a list (`分别增长`, `5.6%、7.5%`: each its own item, metric_lists.py), nor clauses joined by 、 (an item
that holds a number, a word of change or of manner is a clause of its own: `出口增长10%、进口增长5%`,
`城乡面貌持续改善、…增长6%`; data/metric.toml [joined])."""
from __future__ import annotations

import re
from functools import lru_cache

from .metric_breakdown import without_cue
from .metric_list_before import first_item_nouns, joined_subject, listed_subject, opens_with_verb
from .metric_kind import kind_amount, threshold_count
from .lexicon import alternation, table, word_list
from .metric_after import words_after
from .metric_nouns import named_after_percent
from .metric_subject import clause_start
from .metric_subject_scope import scope_stripped
from .metric_cut import noun_head
from .metric_words import clean, DIGIT

# (the first item may open after the year of its clause: 1956年关税、盐税收入)
_ITEM = re.compile("(?:\\d{4}年度?)?[^、，。；：！？\\n（）()“”\\d]{1,16}$")
_ITEM_BREAKS = "、，。；：！？\n（）()“”"
_ITEM_LONGEST = 6  # an item inside the list
_FIRST_LONGEST = 8  # the first item, once its scope words and the description before 的 are off
_MOST_ITEMS = 5
_LIST_MARKS = "、和及与"
_JOINING = ("和", "及", "与")


def _joined_parts(item: str) -> list[str]:
    """The nouns an item joins by 和/及/与 as words of their own (not the 与 of 参与)."""
    from .metric_after import segmenter  # (late: the tagger loads on first use)
    parts = [""]
    for word in (segmenter().cut(item) if any(w in item for w in _JOINING) else [item]):
        if word in _JOINING:
            parts.append("")
        else:
            parts[-1] += word
    return parts


@lru_cache(maxsize=1)
def _giving() -> re.Pattern:
    return re.compile(f"(?:{alternation(table('metric.toml')['giving']['verbs'])})(?!.*(?:{alternation(table('metric.toml')['giving']['verbs'])}))")


@lru_cache(maxsize=1)
def changes() -> tuple[str, ...]:
    t = table("metric.toml")
    return tuple(w for w in t["change"]["words"] if len(w) >= 2) + tuple(t["joined"]["predicate_words"])


def _list_number(text: str, start: int, end: int) -> bool:
    """A number of a list of numbers: 分别 before it, or a list mark joining it to another number."""
    if "分别" in text[max(0, start - 40):start]:
        return True
    if text[start - 1:start] in _LIST_MARKS and DIGIT.search(text, max(0, start - 7), start - 1):
        return True  # (、 after 6.2% or 15亿元)
    return text[end:end + 1] in _LIST_MARKS and text[end + 1:end + 2].isdigit()


def _after_verb(item: str) -> str:
    """The first item past the last verb of giving in it (政府继续拨付复堤 → 复堤)."""
    verb = _giving().search(item)
    if not verb:
        return item
    from .metric_after import segmenter  # (late: the tagger loads on first use)
    # (住房补贴: a verb of giving inside a longer word of the tagger's is that noun's own part)
    spans, at = set(), 0
    for word in segmenter().cut(item):
        spans.add((at, at + len(word)))
        at += len(word)
    return item[verb.end():] if (verb.start(), verb.end()) in spans else item


def _items_before(text: str, mark: int, together: bool = False, tails: bool = False) -> list[str] | None:
    """The items before the list mark at `mark`, back to the break that opens the first one (each
    a measure named at length, up to [list_together] longest, where `together`; a first item too
    long read as its last nouns, where `tails`)."""
    items: list[str] = []
    while len(items) < _MOST_ITEMS:
        m = _ITEM.search(text, max(0, mark - 16), mark)
        described = bool(m) and m.start() > 0 and text[m.start() - 1] not in _ITEM_BREAKS \
            and "的" in m.group()
        if not m or (m.start() > 0 and text[m.start() - 1] not in _ITEM_BREAKS and not described):
            # (an item longer than the window: no list of nouns, unless it ends with nouns joined by 和
            # after its verb: 国家预算规定行政经费支出和公安、…)
            first = _first_nouns(m.group()) if m else ""
            return [first, *items] if first else None
        # (各部门为职工支付的劳保费、…: a first item longer than the window, a description then 的, opens
        # the list after its 的, as a first item within the window does)
        opens = described or m.start() == 0 or text[m.start() - 1] != "、"
        item = clean(scope_stripped(_after_verb(m.group().rsplit("的", 1)[-1]))) if opens else m.group()
        longest = _together()[1] if together else _FIRST_LONGEST if opens else _ITEM_LONGEST
        # (行政经费支出和公安、…: the first item may join two nouns by 和, each of an item's length)
        parts = _joined_parts(item) if opens else [item]
        if tails and opens and (len(parts) > 2 or not all(1 <= len(x) <= longest for x in parts)):
            item = first_item_nouns(item) or item  # (通过财政拨款、贷款: the first item's nouns, metric_list_before.py)
            parts = _joined_parts(item)
        if len(parts) > 2 or not all(1 <= len(x) <= longest for x in parts) or any(w in item for w in changes()):
            return None
        items.insert(0, item)
        if opens:
            return items
        mark = m.start() - 1
    return None


def joined_list(text: str, start: int, end: int, phrase: str | None, nouns: bool = False) -> str | None:
    """The phrase with the nouns listed before it (`教师、` + `医生代表`), or None where the number's
    clause does not open with its phrase right after a list mark of nouns. `nouns`: the items are
    read as a count reads them (metric_listed_nouns.listed_nouns: the first item's last nouns only)."""
    if not phrase or "、" in phrase or _list_number(text, start, end):
        return None
    lo = clause_start(text, start)
    if lo < 2 or text[lo - 1] != "、":
        return None
    at = text.find(phrase[:2], lo, min(start, lo + 6))
    if at < 0 or clean(text[lo:at]):
        return None  # (the phrase is not what the clause opens with: named after the number, or further on)
    if nouns:
        from .metric_listed_nouns import listed_nouns
        raw = listed_nouns(text, lo - 1)
        if DIGIT.search(text, max(0, lo - len(raw) - 2), lo - len(raw)):
            return None  # (违章７６人次、治安处罚９０２人次: the first "item" is the unit of a number before)
        listed = scope_stripped(raw)  # (全市小麦、: no scope word)
        return listed + phrase if len(listed) > 2 else None
    # (危险废物处置率、耕地安全利用率均达100%: before an adverb of each, every item a measure of its own length)
    named = text.find(phrase, at, start)
    together = named >= 0 and text.startswith(_together()[0], named + len(phrase))
    items = _items_before(text, lo - 1, together, tails=not opens_with_verb(phrase))
    return "、".join(items) + "、" + phrase if items else None


@lru_cache(maxsize=1)
def _together() -> tuple[tuple[str, ...], int]:
    t = table("metric.toml")["list_together"]
    return tuple(t["adverbs"]), t["longest"]


def completed(text: str, start: int, end: int, phrase: str | None, percent: bool, money: bool,
              unit: str | None = None) -> str | None:
    """The last steps of a percent's or an amount's phrase: a share taken as something (`交纳售价的80%
    作为押金`) is named by that thing, the part; a percent that nothing before names
    (`还有高达40%的年终回报率`: 达 keeps the subject's, and there is none) is named by the words
    after its 的; a phrase that opens its clause after nouns listed takes them (joined_list). Counts
    read their lists themselves (metric_listed_nouns.listed_nouns)."""
    # (其中高端装备项目12个、投资186.4亿元; 总投资10亿元以上项目7个: the kind named elsewhere, metric_kind.py)
    phrase = (kind_amount(text, start, phrase) if money else threshold_count(text, start, phrase)) or phrase
    phrase = without_cue(text, start, phrase) or phrase  # (按五种主要机械类别来看: metric_breakdown.py)
    named = _named_as(text, end) if percent else None
    if named:
        return named  # 交纳售价的80%作为押金: the part is what the share is taken as
    if not phrase and percent:
        after = words_after(text, end)
        phrase = (named_after_percent(after, None) if after else None) or phrase
    if phrase and (percent or money):
        phrase = joined_list(text, start, end, phrase) or _joined_before(text, start, end, phrase) \
            or (None if _list_number(text, start, end) else listed_subject(text, start, phrase, lambda m: _items_before(text, m, tails=True))
                or joined_subject(text, start, end, phrase)) or phrase
    elif phrase and unit in _counted_units() and phrase not in table("metric.toml")["joined_counts"]["bare"]:
        # 铁路、航空客运量超过千万人次: a count or quantity after nouns listed, one number for them all
        phrase = joined_list(text, start, end, phrase, nouns=True) \
            or (None if _list_number(text, start, end) else joined_subject(text, start, end, phrase)) or phrase
    return phrase


def _first_nouns(words: str) -> str:
    """The nouns joined by 和/及/与 that end `words` (the first item of a list, read past the
    window's start), or ''."""
    from .metric_after import segmenter  # (late: the tagger loads on first use)
    from .metric_listed_nouns import noun_tags, tail_nouns
    tail = tail_nouns(segmenter().pos(words), noun_tags(), True)
    return tail if len(_joined_parts(tail)) == 2 and all(len(x) <= _FIRST_LONGEST for x in _joined_parts(tail)) else ""


def _joined_before(text: str, start: int, end: int, phrase: str) -> str | None:
    """`关税、盐税收入共为N元，比上年增长4.5%`: a number whose phrase is the subject of the clause before
    (its clause names none) takes the nouns listed before that subject as that clause's number does."""
    lo = clause_start(text, start)
    if lo < 2 or text[lo - 1] not in _CLAUSE_COMMAS or text.find(phrase, lo, start) >= 0 \
            or _list_number(text, start, end):
        return None  # (奶、鱼产量为…，分别占…的41%和15%: each number its own item)
    # the last number before (its thousands' commas inside it: ９９０，０００，０００元)
    number = None
    for number in _NUMBER.finditer(text, max(0, lo - _BEFORE), lo - 1):
        pass
    return joined_list(text, number.start(), number.end(), phrase) if number else None


_CLAUSE_COMMAS = "，；,;"
_NUMBER = re.compile("\\d(?:[\\d.．]|[，,](?=\\d{3}))*")
_BEFORE = 40


@lru_cache(maxsize=1)
def _counted_units() -> frozenset:
    """Units of things counted or measured (not of time: 林彪、“四人帮”十年 lists no measured nouns)."""
    units = frozenset(word_list("classifiers.txt")) | frozenset(word_list("quantity_units.txt"))
    return units - frozenset(table("metric.toml")["joined_counts"]["not_units"])


_AS = re.compile("(?:左右|以上)?(?:作为|用作|当作)([^，。；：！？\\n\\d]{2,12})")
_AS_LONGEST = 6


def _named_as(text: str, end: int) -> str | None:
    """The noun after 作为 right after a percent (`…的80%作为押金，便可…` → 押金), or None."""
    m = _AS.match(text, end)
    if not m:
        return None
    noun = clean(noun_head(m.group(1)))
    return noun if 2 <= len(noun) <= _AS_LONGEST else None
