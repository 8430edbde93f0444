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
ends in `等`, which only bounds the count from below; one more than the items (`A、B、C、D等5类`)
is unverifiable: `等` may close the list, one item then left out, or stand for the one unnamed.

Where the count stands is enumeration_counts.py's; why a mismatch may still be right (a list
started too early, a loose noun), enumeration_doubts.py's; this module weighs the items.
"""
from __future__ import annotations

import re

from ..numerals import parse_number
from . import (admin_levels, amount_steps, announced, colon_items, comma_announced, cues, enumeration_brackets, enumeration_broad, enumeration_characters, enumeration_colon, enumeration_nearest, enumeration_numerals,
               enumeration_echoed, enumeration_levels, enumeration_namely, enumeration_numbered, enumeration_quoted, enumeration_repeated, enumeration_resumed, enumeration_sentence, enumeration_valued,
               paragraph_announced,
               place_groups, quoted_lists, taken_up)
from .enumeration_counts import AFTER_LIST, GROUP_NAME, IN_WORDS, OF_LIST, count_for
from .enumeration_doubts import counted_again, each_names, ends_with_verb, even_items, late_start, loose, sure_items, verb_start
from .lists import ItemList, count_word, find_lists, same_tail
from .model import Draft, Num, PageView

_AMOUNTS = "列举的数额之后紧接的数目"  # `5 万亿元、6 万亿元两个台阶`
_LATE = IN_WORDS + "（列举从项内动词之后的名称起算）"
_KINDS = tuple(cues.words("enumeration", "amount_kinds"))  # classifiers of kinds: `5种纸币`
_COUNT_WORD = count_word()
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
        found = count_for(view, lst, sent)
        if found is None:
            continue
        count, exact, how = found
        if count.start <= lst.end + 1 and lst.items[-1].endswith(cues.words("enumeration", "count_objects")):
            continue  # `…施工许可压缩至 1 个`: the count is what the last item's verb reaches
        if how == OF_LIST and count.value != len(lst.items):
            continue  # `甲、乙、丙的四个机场` may count what the items hold
        if lst.joined and same_tail(lst.items):
            lst.joined = ""  # `滨江新区、临港新区和天河新区`: names of one kind, the join word lists them
        if exact and lst.joined and count.value == len(lst.items) - 1:
            # `A、B和C深度融合“两篇大文章”`: the join word may sit inside the last name
            lst.items[-2:] = [lst.items[-2] + lst.joined + lst.items[-1]]
        if how == GROUP_NAME and count.value > len(lst.items):
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
    drafts += enumeration_characters.check(view, enumeration_draft, taken)  # `“自强不息”四个大字`
    drafts += enumeration_numerals.check(view, enumeration_draft, taken)  # `六、七两卷`
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


def enumeration_draft(view: PageView, count: Num, lst: ItemList, exact: bool, how: str) -> Draft:
    if exact and how == IN_WORDS and len(lst.items) > count.value == int(count.value):
        late = late_start(lst, int(count.value))
        if late is None and not sure_items(view, count, lst):
            # `乡政府盯住竹林、温泉、古村两大优势`: the names after the verb are more than counted,
            # and no earlier start can make them fewer
            late = verb_start(lst)
            late = late if late is not None and len(late.items) > count.value and sure_items(view, count, late) else None
        if late is not None and view.text[late.start:late.end] == "、".join(late.items):
            lst, how = late, _LATE  # `乡政府盯住竹林、温泉、古村三大优势`: the list starts after the verb
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
        elif not ok and how == IN_WORDS and k > count.value and not sure_items(view, count, lst):
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
        elif not ok and lst.long and not each_names(view, count, lst):
            verdict = "unverifiable"
            text += "但列举的项较长，可能是分句而不是名称，无法据此判定有误。"
        elif not ok and loose(view, count, lst):
            verdict = "unverifiable"
            text += f"但“{count.written}”所数的一项可能包含列举中的几项（如“省、市、自治区”同为一级），无法据此判定有误。"
        elif not ok and lst.joined and how != GROUP_NAME:
            verdict = "unverifiable"
            text += f"但“{lst.joined}”也可能连在一项名称之内（如“文化和旅游”），无法据此判定有误。"
        elif not ok and (how == GROUP_NAME and (lst.joined or (count.value < 2 and ends_with_verb(lst.items[-1]))
                                                or not even_items(lst, 1)
                                                or counted_again(view, count, lst)) or lst.joined):
            # `A、B 和残疾人“两项补贴”`: a count right after the last item may be that item's own
            # (a list without a join word, of even items, is counted by it; a count of one after a
            # last item ending with a verb, `境外高校独立办学机构、新筹建 1 个`, is that verb's object)
            verdict = "unverifiable"
            text += "但紧接列举的数目也可能只数最后一项之内的事物（如“残疾人两项补贴”），无法据此判定有误。"
    else:
        ok = k <= iv.hi + 1e-9
        relation = "不少于列出的项数" if ok else "少于列出的项数"
        why = how + "，每项至少一个" if how not in (AFTER_LIST, IN_WORDS, quoted_lists.HOW) else "列举以“等”结尾"
        text = f"{why}，列出 {k} 项（{shown}），所述 {count.written} {relation} {k}。"
        expected = [k, None]
        if lst.open and iv.lo == iv.hi == k + 1 and not any(cues.contains_any(i[1:-1], "enumeration", "last_join") for i in lst.items):
            # `A、B、C、D等5类`: one short of the count, `等` may close the list (one item then
            # left out) as well as stand for the one not named (a join word inside an item may
            # name the one more: `A、B和C等4个`)
            verdict = "unverifiable"
            text += "但所述只比列出的多一项，“等”可能只是收尾（则漏列了一项），也可能代替未列出的一项，无法据此判定。"
    ref = view.raw_ref(lst.start, lst.end)
    verdict = verdict or ("consistent" if ok else "inconsistent")
    return Draft("enumeration", verdict, [count.ref(), ref], expected,
                 count.value if count.value != int(count.value) else int(count.value), text,
                 {"items": lst.items, "open": lst.open})
