"""enumeration: names in quotes, joined, then a count of them.

    分“山乡巨变”和“城市更新”两个专题             two quoted names, 两个
    “龙腾”、“凤舞”、“春晖”三个主题               three, 三个
    选育出“赣莲85—4”、“赣莲62”等3个品种          after 等: at least the names listed
    推出《甲》《乙》《丙》三本新书                  titles in 《》, one right after another
    “种草——养羊——还田”三位一体                     one quotation of names linked by dashes or `＋`

The list rules (lists.py) read names split by `、` with no number or quote inside an item; a
quoted name may hold digits (`赣莲62`) and two of them may be joined by `和` alone, and titles
may follow each other with nothing between (`《甲》《乙》`: each title mark closes its name), so
quoted names and titles are read here. Every item is a whole quotation and the count follows the last one (or
its `等`) with nothing between: what the quotes name is what is counted. A list with an
unquoted item before its first quotation (`古城、“新貌”和“乡村”三个`) is left alone: where
it starts is not sure.
"""
from __future__ import annotations

import re
from typing import Callable

from ..clauses import BREAKS
from ..numerals import parse_number
from . import cues
from .lists import ItemList, count_word
from .model import Draft, Num, PageView

HOW = "引号内列举的名称之后紧接的数目"
HOW_LINKED = "引号内以破折号或加号相连的名称之后紧接的数目"
_MAX_NAME = 20  # a longer quotation is a saying, not a name
_STOP = re.escape(BREAKS + "“”《》")
_TITLE = f"《[^{_STOP}]{{1,{_MAX_NAME}}}》"
_NAME = f"(?:“[^{_STOP}]{{1,{_MAX_NAME}}}”|{_TITLE})"
_COUNT_WORD = count_word()


def _joins() -> str:
    return "|".join(re.escape(w) for w in ("、",) + tuple(cues.words("enumeration", "last_join")))


# quotations right after one another may be sayings or characters (enumeration_characters.py):
# only titles follow each other unjoined as names
_LIST = re.compile(f"{_NAME}(?:(?:{_joins()}){_NAME}|(?<=》){_TITLE})+")
QUOTED_NAMES = _LIST  # a run of quoted names, joined: also read by taken_up.py
_ONE_NAME = re.compile("“([^“”]+)”|《([^《》]+)》")
# a chain of names in one quotation (`“公司＋基地＋农户”`, `“种草———养羊———还田”`): a dash run or a plus
# links each to the next, the way a pattern of work or a cycle is named; the count after it counts them
_LINK = "(?:—+|－+|[＋+])"
_LINKED = re.compile(f"“(?P<chain>[\u4e00-\u9fff]{{1,{_MAX_NAME // 2}}}(?:{_LINK}[\u4e00-\u9fff]{{1,{_MAX_NAME // 2}}})+)”")


def quoted_names(run: str) -> list[str]:
    """The names of a run QUOTED_NAMES matched, without their quotes or title marks."""
    return [a or b for a, b in _ONE_NAME.findall(run)]


def check(view: PageView, draft: Callable[..., Draft], taken: set[int]) -> list[Draft]:
    """`draft` makes the finding (enumeration.enumeration_draft); `taken` holds the raw starts
    of the counts other enumeration rules have read already."""
    drafts = _linked(view, draft, taken)
    for m in _LIST.finditer(view.text):
        before = view.text[max(0, m.start() - 1):m.start()]
        if before == "、" or (before and any(view.text.endswith(w, 0, m.start())
                                             for w in cues.words("enumeration", "last_join"))):
            continue  # an unquoted item before: the list starts earlier
        at = m.end()
        open_ = any(view.text.startswith(w, at) for w in cues.words("enumeration", "open_end"))
        if open_:
            at += next(len(w) for w in cues.words("enumeration", "open_end") if view.text.startswith(w, at))
        c = _COUNT_WORD.match(view.text, at)
        if c is None or c.group("quote") or view.raw_ref(c.start("n"), c.end())["start"] in taken:
            continue
        value = parse_number(c.group("n"))
        if value is None or view.text[c.start() - 1:c.start()] == "第":
            continue
        if (c.group("big") or c.group("cls") == "大") and value > cues.number("enumeration", "max_group"):
            continue
        items = quoted_names(m.group())
        s, e = c.start("n"), c.end()
        count = Num(view.raw_ref(s, e), s, e, "count", float(value), c.group("cls"), "exact", None, view.text[s:e])
        lst = ItemList(m.start(), m.end(), items, open_, False, view.clause_start(m.start()), view.clause_end(m.start()))
        drafts.append(draft(view, count, lst, not open_, HOW))
        taken.add(count.rec["start"])
    return drafts


def _count_after(view: PageView, at: int, taken: set[int]) -> Num | None:
    """The count in words right at `at` that may name a list: no ordinal, no congress (`十五大`)."""
    c = _COUNT_WORD.match(view.text, at)
    if c is None or c.group("quote") or view.raw_ref(c.start("n"), c.end())["start"] in taken:
        return None
    value = parse_number(c.group("n"))
    if value is None or value < 2 or (c.group("big") or c.group("cls") == "大") and value > cues.number("enumeration", "max_group") \
            or view.text.startswith(tuple(cues.words("enumeration", "time_nouns")), c.end()):
        return None  # `“北京—上海”三个月`: a count of time, no set the names make
    s, e = c.start("n"), c.end()
    return Num(view.raw_ref(s, e), s, e, "count", float(value), c.group("cls"), "exact", None, view.text[s:e])


def _linked(view: PageView, draft: Callable[..., Draft], taken: set[int]) -> list[Draft]:
    """`“种草———养羊———还田”三位一体`: names linked in one quotation, the count right after it. A
    chain may name a cycle that comes back (`A—B—A`) or steps that the count groups otherwise, so
    a count it does not meet is unverifiable."""
    drafts = []
    for m in _LINKED.finditer(view.text):
        count = _count_after(view, m.end(), taken)
        items = re.split(_LINK, m.group("chain"))
        if count is None or len(set(items)) < len(items) or view.sentence_index(m.start()) < 0:
            continue
        lst = ItemList(m.start("chain"), m.end("chain"), items, False, False, view.clause_start(m.start()),
                       view.clause_end(m.start()))
        drafts.append(draft(view, count, lst, True, HOW_LINKED).doubted(
            "但相连的名称也可能是一个环节的几步，或所数之物另有分法，无法据此判定有误。"))
        taken.add(count.rec["start"])
    return drafts
