"""enumeration: a stated count against the items listed.

Structures read (cue words in data/cues.toml, lists in lists.py):
    3 支队伍，…，分别开展 A、B、C 等工作     `分别` before the list: the count before it in the
                                            sentence, or after the list in its clause
    分别在 A、B、…等组织开展了 15 场活动      (`分别在 … 开展 N 场`)
    在 A、B、C、D 开展了 4 场活动             a list of places (`在`/`于`, not `在…方面`)
    芦溪镇、西平镇、新德镇 3 个镇              a count right after the list naming what every
    A、B、C 等 4 批次                         item is, or after `等`/`共`
    3 项措施：A、B、C。                        a count right before a colon, the list ending
                                            the sentence (`这 10 种收费项目是：A、B…`) or
                                            filling the clause after the colon (then only
                                            a count it meets is said: more may follow)
    实施“六大类”工程，即 A、B、C…             a count, in words too, naming the items after
                                            `即`/`分别是`/`包括`
    A、B、C 三大工程, A、B、C 5 大产业         a group count right after the list, in words
                                            or digits (more items than it: unverifiable,
                                            the list may start too early)
`分别` and a list of places spread what is counted over the items, so the count must reach the
number of items (`108 辆车分别从 4 省开进` is fine, `2 支队伍分别开展 3 项工作` is not); a
count that names the items (`3 个镇`, `共 3 项`, `3 项措施：`) must equal it, unless the list
ends in `等`, which only bounds the count from below.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..numerals import parse_number
from . import (admin_levels, amount_steps, announced, colon_items, comma_announced, cues, enumeration_brackets, enumeration_broad, enumeration_colon, enumeration_nearest,
               enumeration_echoed, enumeration_levels, enumeration_namely, enumeration_numbered, enumeration_quoted, enumeration_repeated, enumeration_resumed, enumeration_sentence, enumeration_valued,
               paragraph_announced,
               place_groups, quoted_lists, taken_up)
from .lists import ItemList, count_word, find_lists, same_tail
from .model import Draft, Num, PageView

_AFTER_GAP = 12  # `等组织开展了` between a list and its count
_BRACKET_NOUN = 8  # `种主要农业机械` between a count and the bracket that lists what it counts
_NOUN = 8  # `种收费项目是` between a count and the colon that announces its list
_AFTER_LIST = "列举之后的数目"
_IN_WORDS = "列举之后用汉字写的数目"  # the same cue, said in words (`三大`): the list found may start
# too early (`镇党委、镇政府看准茶园、温泉、民宿三大优势`), so only more items than counted are sure
_AMOUNTS = "列举的数额之后紧接的数目"  # `5 万亿元、6 万亿元两个台阶`
_GROUP_NAME = "列举之后紧接的数目"  # a plain count: it may count what the items hold, so only
# a count below the items listed breaks it
_NAMED = "其后逐一列出的名称"
_COLON_CLAUSE = "冒号之后紧接的一个分句所列"  # the list fills the clause after the colon, more clauses follow
_EVEN = 2  # how many times the shortest item the longest after the first may be
_NOUN_BEFORE_NAMES = 10  # `个国家级新区` between a count and the clause that names its items
_AT = cues.words("enumeration", "place_lead")  # a list of the places where what is counted happened
_APPOSITION = "共计这些"  # between a list and the count that sums it up (besides 等)
_KINDS = tuple(cues.words("enumeration", "amount_kinds"))  # classifiers of kinds: `5种纸币`
_COUNT_WORD = count_word()
_CLASSIFIERS = "".join(c for c in cues.words("enumeration", "count_classifiers") if c != "大")
_NOUN_START = re.compile(r"[\u4e00-\u9fff“]")
_NUMBER_WINDOW = 60  # characters before a count in which the amounts it counts are listed
# an amount's unit: a listed one, or a short word of its own (`500卢布`, `50戈比`, `1500米`): the list
# must still end right where the count starts
_AMOUNT = r"\d+(?:\.\d+)?(?:万亿|亿|万)?(?:" + "|".join(cues.words("enumeration", "item_units")) + r"|[\u4e00-\u9fff]{1,2})?"
_NUMBER_LIST = re.compile(rf"(?<![\d.]){_AMOUNT}(?:[、和]{_AMOUNT})+$")


def check(view: PageView) -> list[Draft]:
    drafts = []
    for lst in find_lists(view.text, [(n.start, n.end) for n in view.nums]):
        sent = view.sentence_index(lst.start)
        if sent < 0:
            continue
        found = _count_for(view, lst, sent)
        if found is None:
            continue
        count, exact, how = found
        if count.start <= lst.end + 1 and lst.items[-1].endswith(cues.words("enumeration", "count_objects")):
            continue  # `…施工许可压缩至 1 个`: the count is what the last item's verb reaches
        if lst.joined and same_tail(lst.items):
            lst.joined = ""  # `滨江新区、临港新区和天河新区`: names of one kind, the join word lists them
        if exact and lst.joined and count.value == len(lst.items) - 1:
            # `A、B和C深度融合“两篇大文章”`: the join word may sit inside the last name
            lst.items[-2:] = [lst.items[-2] + lst.joined + lst.items[-1]]
        if how == _GROUP_NAME and count.value > len(lst.items):
            continue  # `A、B 5 个项目` may count what the items hold, not the items
        drafts.append(enumeration_draft(view, count, lst, exact, how))
    drafts += _number_lists(view) + announced.check(view, enumeration_draft)
    taken = {d.facts[0]["start"] for d in drafts}
    drafts += place_groups.check(view, enumeration_draft, taken)
    drafts += quoted_lists.check(view, enumeration_draft, taken)
    drafts += comma_announced.check(view, enumeration_draft, taken)
    drafts += paragraph_announced.check(view, enumeration_draft, taken)
    drafts += enumeration_sentence.check(view, enumeration_draft, taken)
    taken |= {d.facts[0]["start"] for d in drafts}
    drafts += colon_items.check(view, enumeration_draft, taken)
    taken |= {d.facts[0]["start"] for d in drafts}
    drafts += enumeration_repeated.check(view, enumeration_draft, taken)
    drafts += enumeration_brackets.check(view, enumeration_draft, taken)
    taken |= {d.facts[0]["start"] for d in drafts}
    drafts += enumeration_resumed.check(view, enumeration_draft, taken)
    drafts += enumeration_quoted.check(view, enumeration_draft, taken)
    taken |= {d.facts[0]["start"] for d in drafts}
    drafts += enumeration_valued.check(view, enumeration_draft, taken)  # `有 3 个，分别为甲村 a、乙村 b、丙村 c`
    drafts += enumeration_colon.check(view, enumeration_draft, taken)
    drafts += taken_up.check(view, enumeration_draft, taken)
    drafts += enumeration_levels.check(view, enumeration_draft, taken)  # `省市县三级`
    drafts += enumeration_namely.check(view, enumeration_draft, taken)  # `三项要求，即坚持…，坚持…`
    drafts += enumeration_numbered.check(view, enumeration_draft, taken)  # `“五件实事”。（1）…（2）…`
    drafts = enumeration_echoed.check(view, enumeration_draft, drafts)  # `“四个新成效”…在…上取得新成效` ×4
    # any count of a set, held only by clauses nearby that list exactly as many items
    taken = {d.facts[0]["start"] for d in drafts}
    drafts += enumeration_broad.check(view, enumeration_draft, taken)
    # and against the nearest run of ordinal markers after it, or grouped names before it
    return drafts + enumeration_nearest.check(view, enumeration_draft, taken)


def _number_lists(view: PageView) -> list[Draft]:
    """`连跨 5 万亿元、6 万亿元两个台阶`: amounts listed right before a count of them (the list
    rules read names only). The count may name the steps between them as well, so a mismatch
    is unverifiable."""
    drafts = []
    for m in _COUNT_WORD.finditer(view.text):
        if m.group("quote"):
            continue
        found = _NUMBER_LIST.search(view.text, max(0, m.start() - _NUMBER_WINDOW), m.start())
        value = parse_number(m.group("n"))
        if found is None or found.end() != m.start() or value is None:
            continue
        items = re.split("[、和]", found.group())
        start = found.start()
        sent = view.sentence_index(start)
        lst = ItemList(start, found.end(), items, False, False, view.clause_start(start), view.clause_end(start))
        s, e = m.start("n"), m.end()
        count = Num(view.raw_ref(s, e), s, e, "count", float(value), m.group("cls"), "exact", None, view.text[s:e])
        if sent >= 0:
            drafts.append(enumeration_draft(view, count, lst, True, _AMOUNTS))
    return drafts


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


def _count_for(view: PageView, lst: ItemList, sent: int) -> tuple[Num, bool, str] | None:
    counts = _counts(view, sent)
    after = [n for n in counts if lst.end <= n.start < lst.clause_end]
    if after and after[0].start - lst.end <= 2 and after[0].qualifier != "range":
        gap = view.text[lst.end:after[0].start]
        if lst.open:
            gap = gap.replace("等", "", 1)
        # `A、B 6 项` may count the last item's object only: a count right after a list counts
        # the list when it says 等 or 共, or names what every item is (`芦溪镇、西平镇 2 个镇`)
        if all(c in _APPOSITION for c in gap) and (lst.open or gap or _named_by(view, after[0], lst)):
            return after[0], not lst.open, _AFTER_LIST
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
        return num, not lst.open, (_IN_WORDS if group or lst.open else _GROUP_NAME)
    if after and after[0].start == lst.end and after[0].qualifier == "exact" and after[0].value == int(after[0].value) \
            and after[0].text[-1:] in _CLASSIFIERS and _NOUN_START.match(view.noun_after(after[0])[:1] or " ") \
            and not _short_last(lst):
        # `长春、白山 2 个城市…`: a count with its noun right after a closed list
        return after[0], True, _GROUP_NAME
    announce = view.text[max(0, lst.clause_start - 1):lst.clause_start]
    lead = view.text[lst.clause_start:lst.start]
    ends = view.text[lst.clause_end:lst.clause_end + 1] in ("", "。", "\n")
    ordinal = cues.contains_any(lst.items[0][:3], "enumeration", "ordinals")
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


def _even(lst: ItemList, least: int = 1) -> bool:
    """Items after the first of like length (none over twice the shortest and one), the second
    neither opening with a verb nor holding a verb and its object: a list started too early holds an item where an earlier phrase
    ends (`镇党委、镇政府看准茶园、温泉、民宿三大优势`, `部署、指挥辽沈、淮海、平津三大战役`); the
    first item may carry the words before it."""
    rest = [len(item) for item in lst.items[1:]]
    if len(rest) < least or max(rest) > _EVEN * min(rest) + 1:
        return False
    words = _segmenter().pos(lst.items[1])
    opens_with_verb = bool(words) and words[0][1] in ("v", "vn") and any(w[1].startswith("n") for w in words[1:])
    return not opens_with_verb and not any(a[1] == "v" and b[1].startswith("n") for a, b in zip(words, words[1:]))


def _sure_items(view: PageView, count: Num, lst: ItemList) -> bool:
    """More items than a group count in words (`三大工程`) names break it where the list cannot
    have started early nor merge items: the items after the first of like length with no verb
    phrase among them (`_even`: `部署、指挥辽沈、淮海、平津三大战役` started one item early), and a
    noun that names single things, not classes or levels that may hold several items
    (`珠宝、玉石制品、丝绸、服装、食品4大类`, data/cues.toml [enumeration] class_nouns; `_loose`)."""
    noun = view.text[count.end:count.end + 2].lstrip("个")
    classes = count.written.endswith(tuple(cues.words("enumeration", "class_nouns"))) \
        or noun.startswith(tuple(cues.words("enumeration", "class_nouns")))
    return _even(lst, 1) and not classes and not _loose(view, count, lst)


def _ends_with_verb(item: str) -> bool:
    """`新筹建`: an item that is a verb phrase takes the count after it as its object; a verb after
    a noun closes a name (`生物制造`, `智能制造`), which the count after the list counts."""
    words = _segmenter().pos(item)
    return bool(words) and words[-1][1] == "v" and not any(w[1].startswith("n") for w in words[:-1])


def _each_names(view: PageView, count: Num, lst: ItemList) -> bool:
    """`这五位大使是：…驻华大使甲、…驻华大使乙…`: every item, however long, holds the noun the count
    counts (two characters at least), so each is one of the things counted, not a clause."""
    noun = view.noun_after(count)
    return any(all(noun[:k] in item for item in lst.items) for k in range(len(noun), 1, -1))


def _counted_again(view: PageView, count: Num, lst: ItemList) -> bool:
    """`滑冰、滑雪、冰球、冬季两项共 4 个大项`: another count right after it (`共`) counts the list,
    the first one belongs to the last item's name; a count further on counts something else
    (`A、B 五个剧团组成的艺术团一行 90 人`)."""
    return any(n.type == "count" and all(c in _APPOSITION for c in view.text[count.end:n.start])
               for n in view.between(count.end, view.clause_end(count.end)))


@lru_cache(maxsize=1)
def _segmenter():
    from ..segment import Segmenter
    return Segmenter()


def _short_last(lst: ItemList) -> bool:
    """A last item much shorter than the names before it starts a phrase the count belongs to
    (`增进民族团结、促进两个文明建设`)."""
    inner = lst.items[1:-1]
    return bool(inner) and 2 * len(lst.items[-1]) < min(map(len, inner))


def _named_by(view: PageView, count: Num, lst: ItemList) -> bool:
    """Every item ends with the noun after the count: `芦溪镇、西平镇、新德镇 3 个镇`."""
    noun = view.noun_after(count)
    tails = {item[-1] for item in lst.items}
    return len(tails) == 1 and noun.startswith(tails.pop())


def _loose(view: PageView, count: Num, lst: ItemList) -> bool:
    """A count whose noun may take several items as one (`两级`, `三方`) or names aspects of one
    thing (`五位一体`), unless the words say each item is one of the things counted: the
    classifier reads on into a noun of single things (`四方面`, data/cues.toml [enumeration]
    loose_compounds), or every item carries the classifier itself (`算力、算法、算据、算网四算一体`:
    each item is one 算; `省、市、自治区两级` and `五位一体` of items without 位 stay loose)."""
    loose = count.written.endswith(tuple(cues.words("enumeration", "loose_classifiers"))) \
        or view.text.startswith(tuple(cues.words("enumeration", "loose_after")), count.end)
    if not loose:
        return False
    noun = count.written[-1]
    if any((noun + view.text[count.end:count.end + len(w)]).startswith(w)
           for w in cues.words("enumeration", "loose_compounds")):
        return False
    return not ("\u4e00" <= noun <= "\u9fff" and all(noun in item for item in lst.items))


def enumeration_draft(view: PageView, count: Num, lst: ItemList, exact: bool, how: str) -> Draft:
    k = len(lst.items)
    iv = count.interval
    shown = "、".join(lst.items) if k <= 4 else "、".join(lst.items[:2]) + "……" + lst.items[-1]
    verdict = None
    if exact:
        ok = iv.lo - 1e-9 <= k <= iv.hi + 1e-9
        relation = "一致" if ok else "不符"
        text = f"{how}共 {k} 项（{shown}），与所述 {count.written} {relation}。"
        expected: object = k
        levels = admin_levels.fewest_levels(lst.items) if not ok and admin_levels.counts_levels(view, count) else None
        if levels is not None and levels > count.value:  # `县、乡、村两级`: no level holds two of them
            text = text[:-1] + f"，而所列各项至少分属 {levels} 个不同层级。"
        elif not ok and how == _IN_WORDS and k > count.value and not _sure_items(view, count, lst):
            verdict = "unverifiable"
            text += "但列举的第一项可能连着前面的词语（另一组列举），无法据此判定有误。"
        elif not ok and how in (announced.HOW_ONE_PARAGRAPH, announced.HOW_NUMBERED, announced.HOW_ENTRIES,
                                announced.HOW_BULLETS, announced.HOW_POINTS) and k > count.value:
            pass  # `两个方面：一是…二是…三是…`: the numbered markers themselves count on
        elif not ok and how in (announced.HOW, announced.HOW_ONE_PARAGRAPH, announced.HOW_NUMBERED, announced.HOW_ENTRIES,
                                announced.HOW_BULLETS, announced.HOW_POINTS) and not announced.items_echo(view, count, lst.items):
            verdict = "unverifiable"
            text += "但分项标记也可能另有分段或包含小项，无法据此判定有误。"
        elif not ok and how == _AMOUNTS and not count.written.endswith(_KINDS) and not amount_steps.crossed(view, lst.start):
            # `5、10、50、100和500卢布5种纸币`: a count of kinds counts the amounts themselves;
            # `5万亿元、6万亿元两个台阶` may count the steps between them
            verdict = "unverifiable"
            text += "但数目也可能数的是各数额之间的台阶，无法据此判定有误。"
        elif not ok and lst.long and not _each_names(view, count, lst):
            verdict = "unverifiable"
            text += "但列举的项较长，可能是分句而不是名称，无法据此判定有误。"
        elif not ok and _loose(view, count, lst):
            verdict = "unverifiable"
            text += f"但“{count.written}”所数的一项可能包含列举中的几项（如“省、市、自治区”同为一级），无法据此判定有误。"
        elif not ok and lst.joined and how != _GROUP_NAME:
            verdict = "unverifiable"
            text += f"但“{lst.joined}”也可能连在一项名称之内（如“文化和旅游”），无法据此判定有误。"
        elif not ok and (how == _GROUP_NAME and (lst.joined or (count.value < 2 and _ends_with_verb(lst.items[-1]))
                                                 or not _even(lst, 1)
                                                 or _counted_again(view, count, lst)) or lst.joined):
            # `A、B 和残疾人“两项补贴”`: a count right after the last item may be that item's own
            # (a list without a join word, of even items, is counted by it; a count of one after a
            # last item ending with a verb, `境外高校独立办学机构、新筹建 1 个`, is that verb's object)
            verdict = "unverifiable"
            text += "但紧接列举的数目也可能只数最后一项之内的事物（如“残疾人两项补贴”），无法据此判定有误。"
    else:
        ok = k <= iv.hi + 1e-9
        relation = "不少于列出的项数" if ok else "少于列出的项数"
        why = how + "，每项至少一个" if how not in (_AFTER_LIST, _IN_WORDS, quoted_lists.HOW) else "列举以“等”结尾"
        text = f"{why}，列出 {k} 项（{shown}），所述 {count.written} {relation} {k}。"
        expected = [k, None]
    ref = view.raw_ref(lst.start, lst.end)
    verdict = verdict or ("consistent" if ok else "inconsistent")
    return Draft("enumeration", verdict, [count.ref(), ref], expected,
                 count.value if count.value != int(count.value) else int(count.value), text,
                 {"items": lst.items, "open": lst.open})
