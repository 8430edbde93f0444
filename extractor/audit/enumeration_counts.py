"""The count a list found in a sentence is said against: before `分别`, after the list, before a colon or `即`.

Apart from enumeration.py because each rule here reads where a count stands beside a list and
whether it counts the items exactly (`3 个镇`, `3 项措施：`) or bounds them from below (`分别`,
a list of places, `等`); enumeration.py then weighs the items against it.
"""
from __future__ import annotations

import re

from ..numerals import parse_number
from . import cues
from .lists import ItemList, compound_count, count_word, of_count
from .model import Num, PageView

_AFTER_GAP = 12  # `等组织开展了` between a list and its count
_BRACKET_NOUN = 8  # `种主要农业机械` between a count and the bracket that lists what it counts
_NOUN = 8  # `种收费项目是` between a count and the colon that announces its list
AFTER_LIST = "列举之后的数目"
IN_WORDS = "列举之后用汉字写的数目"  # the same cue, said in words (`三大`): the list found may start
# too early (`镇党委、镇政府看准茶园、温泉、民宿三大优势`), so only more items than counted are sure
GROUP_NAME = "列举之后紧接的数目"  # a plain count: it may count what the items hold, so only
# a count below the items listed breaks it
_NAMED = "其后逐一列出的名称"
OF_LIST = "列举之后隔“的”紧接的数目"  # `A、B、C和D的五项原则`: said only where it meets the items
_COLON_CLAUSE = "冒号之后紧接的一个分句所列"  # the list fills the clause after the colon, more clauses follow
_NOUN_BEFORE_NAMES = 10  # `个国家级新区` between a count and the clause that names its items
_AT = cues.words("enumeration", "place_lead")  # a list of the places where what is counted happened
APPOSITION = "共计这些"  # between a list and the count that sums it up (besides 等)
_CLASSIFIERS = "".join(c for c in cues.words("enumeration", "count_classifiers") if c != "大")
_COUNT_WORD = count_word()
_CLOSING_QUOTES = "”》"
_NOUN_START = re.compile(r"[\u4e00-\u9fff“]")
_NAME_ORDINALS = [tuple(pair) for pair in cues.table("cues.toml")["enumeration"]["name_ordinals"]]


def _counts(view: PageView, sent: int) -> list[Num]:
    return [n for n in view.in_sentence(sent) if n.type == "count"]


def _word_count(view: PageView, lst: ItemList) -> tuple[Num, bool] | None:
    """A count in words right after the list (`三大工程`, `“四个一批”`, after `等` in an open
    list), as a number the extractor does not give; and whether it names the group (`N大` or
    quoted), which counts the items exactly."""
    at = lst.end + (1 if lst.open and view.text.startswith("等", lst.end) else 0)
    m = _COUNT_WORD.match(view.text, at)
    if not m or _short_last(lst):
        return None
    value = parse_number(m.group("n"))
    if not m.group("quote") and compound_count(view.text, m.start("n"), m.end()) and value != len(lst.items):
        return None  # `A、B、C两部一行`: the count alone is not the items' number (a quoted name is one: `“四个一批”`)
    big = bool(m.group("big") or m.group("cls") == "大")
    if value is None or (big and value > cues.number("enumeration", "max_group")):
        return None
    if m.group("n").isdigit() and m.group("cls") != "大" \
            and any(n.type == "count" and n.start == m.start("n")
                    for n in view.between(m.start("n"), view.clause_end(m.start("n")))[:1]):
        return None  # `3 个` is a count record, read by the rules for counts right after a list
    if cues.contains_any(lst.items[-1], "enumeration", "modifies_count"):
        return None
    if view.text[view.clause_end(m.end()):view.clause_end(m.end()) + 1] == "：":
        return None  # `做到“三个正确对待”：…` announces the items after it
    quoted = view.text[lst.clause_start:at]
    if quoted.endswith("”") and "“" not in quoted:
        return None  # `“人口多、土地少，投入高、产出低”三大矛盾`: the quote holds more than this clause
    s, e = m.start("n"), m.end()
    rec = view.raw_ref(s, e)
    num = Num(rec, s, e, "count", float(value), m.group("cls"), "exact", None, view.text[s:e])
    return num, bool(m.group("quote") or big)


_POINTS_AHEAD = 2000  # characters after a list in which the next point's ordinal is looked for


def _opens_points(view: PageView, lst: ItemList) -> bool:
    """Whether the first item opens numbered points (`一是A、B、C。二是…`). An ordinal that may
    open a name as well (`第一棉纺厂、红星机械厂`) does so only where the next point's ordinal
    follows in the paragraph; without it the list is the names a colon announces."""
    head = lst.items[0][:3]
    if not cues.contains_any(head, "enumeration", "ordinals"):
        return False
    stop = min(len(view.text), lst.end + _POINTS_AHEAD)  # (a page with no line breaks is not read to its end per list)
    end = view.text.find("\n", lst.end, stop)
    rest = view.text[lst.start + len(lst.items[0]):end if end >= 0 else stop]
    return not any(head.startswith(first) and nxt not in rest for first, nxt in _NAME_ORDINALS)


def count_for(view: PageView, lst: ItemList, sent: int) -> tuple[Num, bool, str] | None:
    """The count a list is said against, whether it counts the items exactly, and how it was found; None without one."""
    counts = _counts(view, sent)
    of = _of_count(view, lst, counts)
    if of is not None:
        return of, True, OF_LIST
    after = [n for n in counts if lst.end <= n.start < lst.clause_end]
    if after and compound_count(view.text, after[0].start, after[0].end) and after[0].value != len(lst.items):
        return None  # `A、B、C两部一行`: the count alone is not the items' number
    if after and after[0].start - lst.end <= 2 and after[0].qualifier != "range":
        gap = view.text[lst.end:after[0].start]
        if lst.open:
            gap = gap.replace("等", "", 1)
        # `A、B 6 项` may count the last item's object only: a count right after a list counts
        # the list when it says 等 or 共, or names what every item is (`芦溪镇、西平镇 2 个镇`)
        if all(c in APPOSITION for c in gap) and (lst.open or gap or _named_by(view, after[0], lst)):
            return after[0], not lst.open, AFTER_LIST
    named = _named_list(view, lst, counts)
    if named is not None:
        return named, not lst.open, _NAMED
    if lst.respective:
        # `分别` spreads what is counted over the items: at least one each
        if after and after[0].start - lst.end <= _AFTER_GAP:
            return after[0], False, "“分别”列举"
        before = [n for n in counts if n.end <= lst.start]
        if before:
            return before[-1], False, "“分别”列举"
        return None
    if after and view.text[lst.start - 1:lst.start] in _AT and after[0].start - lst.end <= _AFTER_GAP \
            and view.text[after[0].start - 1:after[0].start] not in "（(" \
            and not cues.contains_any(view.text[lst.end - len(lst.items[-1]):lst.clause_end], "enumeration", "topic_frames"):
        # `在 A、B、C 开展了 4 场`: one at least in each place listed; a frame (`在 A、B 的情况下`)
        # may close the last item itself
        return after[0], False, "在所列各地"
    if view.text[lst.start - 1:lst.start] in "（(" and view.text[lst.end:lst.end + 1] in "）)":
        # `五种主要农业机械（A、B、C、D、E）`: the brackets list what the count before them names
        head = [n for n in counts if n.end <= lst.start - 1 and lst.start - 1 - n.end <= _BRACKET_NOUN
                and not any(c in view.text[n.end:lst.start - 1] for c in "，。；：、（(")]
        # more counted than listed: the brackets name kinds the count spans (`29 个省（自治区、直辖市）`)
        if head and head[-1].qualifier == "exact" and head[-1].value <= len(lst.items):
            return head[-1], not lst.open, "括号内的列举"
        if head:
            return None
    # the rules above read a list's structure; those below, a count standing right after it
    word = _word_count(view, lst)
    if word is not None:
        num, group = word
        return num, not lst.open, (IN_WORDS if group or lst.open else GROUP_NAME)
    if after and after[0].start == lst.end and after[0].qualifier == "exact" and after[0].value == int(after[0].value) \
            and after[0].text[-1:] in _CLASSIFIERS and _NOUN_START.match(view.noun_after(after[0])[:1] or " ") \
            and not _short_last(lst):
        # `长春、白山 2 个城市…`: a count with its noun right after a closed list
        return after[0], True, GROUP_NAME
    announce = view.text[max(0, lst.clause_start - 1):lst.clause_start]
    lead = view.text[lst.clause_start:lst.start]
    ends = view.text[lst.clause_end:lst.clause_end + 1] in ("", "。", "\n")
    ordinal = _opens_points(view, lst)
    announced = announce == "：" or any(lead.startswith(w) for w in cues.words("enumeration", "announce"))
    # `四种渠道：宣传、培训、补贴和服务，这样…`: the list fills the clause right after the colon
    # (a `；` after it splits the items, each a list of its own: announced.py's)
    filled = announce == "：" and not lead and not lst.respective and view.text[lst.clause_end:lst.clause_end + 1] == "，" \
        and "；" not in view.text[lst.clause_end:view.sentence_span(lst.clause_end)[1]]
    if (ends or filled) and not ordinal and announced:
        # `3 项措施：A、B、C。`: the count names what stands right before the colon
        head = [n for n in counts if n.end <= lst.clause_start and view.clause_end(n.end) >= lst.clause_start - 1]
        if not head and announce == "：":
            # `开展四大气象科学试验：A、B、C和D。`: a count in words (no record) before the colon
            head = _word_counts(view, view.clause_start(lst.clause_start - 1), lst.clause_start - 1)
        if len(head) == 1 and lst.clause_start - 1 - head[0].end <= _NOUN and head[0].qualifier == "exact" \
                and not cues.contains_any(view.noun_after(head[0])[:1], "enumeration", "not_items"):
            if not ends and (lst.open or head[0].value != len(lst.items)):
                return None  # the clauses after it may go on with the items: only a count met is said
            return head[0], not lst.open, "冒号之后的列举" if ends else _COLON_CLAUSE
    return None


def _of_count(view: PageView, lst: ItemList, counts: list[Num]) -> Num | None:
    """`A、B、C和D的五项原则`: a count (a record or in words) right after a closed list of three or
    more and `的` (the list may have been read with `的` closing its last item: it is cut off)."""
    if lst.open or len(lst.items) < 3 or view.text[lst.end - 1:lst.end] in _CLOSING_QUOTES:
        return None  # `“节能、环保、高效”的三条标准`: the quoted list's own rule (lists.py) reads it
    of = next((w for w in cues.words("enumeration", "of_list") if lst.items[-1].endswith(w)), "")
    at = lst.end if of else lst.end + 1
    if of_count(view.text[at - 1:at + 8]) != 0:
        return None
    record = next((n for n in counts if n.start == at and n.qualifier == "exact"), None)
    found = [record] if record is not None else _word_counts(view, at, view.clause_end(at))
    if not found or found[0].start != at:
        return None
    if of:
        lst.items[-1], lst.end = lst.items[-1][:-len(of)], lst.end - len(of)
    return found[0]


def _named_list(view: PageView, lst: ItemList, counts: list[Num]) -> Num | None:
    """`3 个国家级新区，分别是 A、B 和 C`, `2 个实验室，即 A、B`: the clause after a count names its
    items one by one (and ends with them), so it counts them exactly."""
    lead = view.text[lst.clause_start:lst.start]
    said = next((w for w in cues.words("enumeration", "naming_lead") if lst.items[0].startswith(w)), None)
    if not lead and said and len(lst.items[0]) > len(said):
        lead = said  # `即 A、B`: the list read from the clause start holds the word
    if lead not in cues.words("enumeration", "naming_lead") \
            or view.text[lst.clause_end:lst.clause_end + 1] not in ("", "。", "；", "\n") \
            or view.text[lst.clause_start - 1:lst.clause_start] != "，":
        return None
    head = [n for n in counts if n.end <= lst.clause_start and view.clause_end(n.end) == lst.clause_start - 1
            and lst.clause_start - 1 - n.end <= _NOUN_BEFORE_NAMES and n.qualifier == "exact"
            and n.value == int(n.value)]
    if not head:
        head = _word_counts(view, view.clause_start(lst.clause_start - 1), lst.clause_start - 1)
    if len(head) != 1:
        return None
    if said and lead == said:
        lst.items[0] = lst.items[0][len(said):]
        lst.start += len(said)
    return head[-1]


def _word_counts(view: PageView, start: int, end: int) -> list[Num]:
    """Counts in words that name a group (`“六大类”工程`, `四大核电工程`, `两个方面`) in a clause
    that ends `_NOUN_BEFORE_NAMES` characters after them at most (the extractor leaves set
    labels out of its counts)."""
    out = []
    for m in _COUNT_WORD.finditer(view.text, start, end):
        value = parse_number(m.group("n"))
        if value is None or end - m.end() > _NOUN_BEFORE_NAMES or view.text[m.start() - 1:m.start()] == "第":
            continue
        if (m.group("big") or m.group("cls") == "大") and value > cues.number("enumeration", "max_group"):
            continue  # `十五大` is a congress
        s, e = m.start("n"), m.end()
        out.append(Num(view.raw_ref(s, e), s, e, "count", float(value), m.group("cls"), "exact", None, view.text[s:e]))
    return out


def _short_last(lst: ItemList) -> bool:
    """A last item much shorter than the names before it starts a phrase the count belongs to
    (`改善村容村貌、推动两个市场建设`)."""
    inner = lst.items[1:-1]
    return bool(inner) and 2 * len(lst.items[-1]) < min(map(len, inner))


def _named_by(view: PageView, count: Num, lst: ItemList) -> bool:
    """Every item ends with the noun after the count: `芦溪镇、西平镇、新德镇 3 个镇`."""
    noun = view.noun_after(count)
    tails = {item[-1] for item in lst.items}
    return len(tails) == 1 and noun.startswith(tails.pop())
