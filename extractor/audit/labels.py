"""enumeration: a list named by a quoted numeral abbreviation right after it.

    数控机床、工业机器人、无人机“新三样”        the numeral counts the items
    杀光、烧光、抢光的“三光”政策              `的` or `这` may stand between
    小水窖、小塘坝、小泵站等“五小工程”          `等`: the label counts at least the items listed

The list rules (enumeration.py) read counts with a classifier (`三大`, `“四个一批”`); these labels
have none: the numeral is followed by a word of the label (`三不通`, `五放心`, `四算合一`). A
label right after `、` or a join word is an item itself (`邓小平理论、“三个代表”`). More items
than the label counts is unverifiable (the list may start too early); so are fewer items, as the
label may be the last item's own name (`城乡低保、教育“三包”标准`), unless `这` takes the whole
list up (`A、B、C、D这“五笔字”`): a closed list of plain items is then an error of the text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from ..numerals import parse_number
from .enumeration import enumeration_draft
from .lists import ItemList, find_lists, pos_tags
from .model import Draft, Num, PageView

_HOW = "引号内的数字简称"


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("labels.toml")


@lru_cache(maxsize=1)
def _label() -> re.Pattern:
    d = _data()
    numerals = d["numerals"]
    return re.compile(f"“(?P<mod>{'|'.join(d['modifiers'])})?(?P<n>[{numerals}]{{1,2}})(?P<rest>[\u4e00-\u9fff]{{1,4}})”")


def check(view: PageView) -> list[Draft]:
    d = _data()
    drafts = []
    spans = [(n.start, n.end) for n in view.nums]
    for m in _label().finditer(view.text):
        if m.group("rest")[:1] in d["classifiers"] or any(c in d["numeral_like"] for c in m.group("rest")):
            continue  # `“四个一批”` is read by enumeration.py; `“十一五”` is a plan's number;
            # `“三高四新”`, `“五险一金”` count two groups at once
        value = 2 if m.group("n") in d["pair_numerals"] else parse_number(m.group("n"))
        if value is None or value < 2 or value > d["max_items"]:
            continue
        end = m.start()
        tail = ""
        for w in d["between"]:
            if view.text[:end].endswith(w):
                end, tail = end - len(w), w
                break
        if view.text[end - 1:end] in d["item_marks"]:
            continue  # `邓小平理论、“三个代表”`: the label is an item of the list
        cs = view.clause_start(end)
        lists = [lst for lst in find_lists(view.text[cs:end], [(s - cs, e - cs) for s, e in spans if cs <= s < end])
                 if lst.end == end - cs]
        paired = False
        if value == 2 and not tail and (not lists or len(lists[0].items) > 2):
            # `A和B“双目标”`, `A、B和C、D“双引擎”`: a label of two names the two sides of one join word
            pair = _two_sides(view.text[cs:end])
            if pair is not None:
                lists, paired = [ItemList(0, end - cs, pair, False, False, 0, end - cs, "")], True
        if not lists or (tail and tail not in d["open_end"] and lists[0].open):
            continue
        lst = lists[0]
        if any(all(c in d["numeral_like"] for c in item) for item in lst.items):
            continue  # `八、中国生物“三志”`: a heading's number is not an item
        longest = d["pair_item_chars"] if paired else d["max_item_chars"]
        if any(len(item) > longest or "（" in item for item in lst.items[1:]):
            continue  # a label names short items; long phrases (`村级后备力量或村（社区）“两委”`) own it
        lst.start, lst.end, lst.clause_start, lst.clause_end = lst.start + cs, lst.end + cs, cs, view.clause_end(end)
        if tail in d["open_end"]:
            lst.open = True
        s, e = m.start("n"), m.end() - 1
        count = Num(view.raw_ref(s, e), s, e, "count", float(value), None, "exact", None, view.text[s:e])
        draft = enumeration_draft(view, count, lst, not lst.open, _HOW)
        k = len(lst.items)
        if draft.verdict == "inconsistent" and (tail not in d["refer_back"] or k > value or lst.joined or any(
                w in item for item in lst.items for w in d["joins"])):
            draft.verdict = "unverifiable"
            draft.explanation += ("但简称也可能只是最后一项自己的名称（如“教育‘三包’”），列举的第一项也可能连着前面的词语，"
                                  "或一项之内另含并列的名称，无法据此判定有误。")
        drafts.append(draft)
    return drafts


def _two_sides(clause: str) -> list[str] | None:
    """The two sides of the one join word of a clause (`保持中高速增长和迈向中高端水平`), both names
    or both `、` groups of names; None with no join word, or more than one."""
    joins = [w for w in _data()["pair_joins"] if w in clause]
    if len(joins) != 1 or clause.count(joins[0]) != 1:
        return None
    left, right = clause.split(joins[0])
    if not left or not right or "“" in clause or ("、" in left) != ("、" in right):
        return None  # `A、B和C` is a list of three, not two groups
    for side in (left, right):
        words = pos_tags(side)
        if not words or words[-1][1] in _data()["pair_not_last_tags"]:
            return None  # `自称现在和先生从“双职工”`: 和 is `with`, the side ends in a preposition
        if len(words) == 1 and not words[0][1].startswith(tuple(_data()["pair_name_tags"])):
            return None  # `落实和完善“双创”`: two verbs acting on the label, not its two things
    return [left, right]

