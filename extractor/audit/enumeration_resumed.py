"""enumeration: a count whose items a later clause names after taking it up again.

    还有3个其他因素也发挥了作用，这就是A、B和C。    `这就是` opens the clause after the count's
    有四类企业受益最大，这些企业是A、B、C、D。      `这些企业是`, `它们是`

    将被合并的四家银行是A、B、C和D。             the count's noun and `是` before the items
    三个著名乐团——A、B、C首次联袂演出            a dash sets the items beside the count

The count is the only one of the clause right before, and the list fills the clause that takes it
up (data/cues.toml [enumeration] resumptive_leads, resumptive_ends). The other rules need the count
to stand right before the items (`N 个X，即…`, `N 项：…`); here a verb phrase may come between
(`也发挥了重要的作用`). What the clause takes up may be a part of what was counted, or the list may
name kinds of several items each, so a mismatch is unverifiable, never an error.
"""
from __future__ import annotations

import re
from typing import Callable

from ..numerals import parse_number
from . import cues
from .lists import ItemList, count_word, counts_items, find_lists
from .model import Draft, Num, PageView

HOW = "复指数目之后逐一列出的名称"
HOW_COPULA = "数目及其名词之后以“是”或破折号引出的列举"
_REACH = 24  # characters between the count and the end of its clause
_LEAD_NOUN = 4  # `这些企业是`: the noun taken up between the lead and its copula
_NOUN = 8  # `著名交响乐团` between a count and the copula or dash before its items
_COUNT_WORD = count_word()


def check(view: PageView, draft: Callable[[PageView, Num, ItemList, bool, str], Draft],
          taken: set[int]) -> list[Draft]:
    """`draft` makes the finding (enumeration.enumeration_draft); `taken` holds the raw starts of
    the counts other rules already read."""
    out = []
    lists = find_lists(view.text, [(n.start, n.end) for n in view.nums])
    out += _copula_lists(view, lists, draft, taken)
    for lst in lists:
        lead = _lead(lst.items[0]) if view.text[lst.clause_start:lst.start] == "" else None
        if lead is None or len(lst.items[0]) <= len(lead) \
                or view.text[lst.clause_start - 1:lst.clause_start] != "，" \
                or view.text[lst.clause_end:lst.clause_end + 1] not in ("", "。", "；", "\n"):
            continue
        count = _count_before(view, lst.clause_start - 1)
        if count is None or count.rec["start"] in taken or view.sentence_index(lst.start) < 0:
            continue
        items = [lst.items[0][len(lead):]] + lst.items[1:]
        named = ItemList(lst.start + len(lead), lst.end, items, lst.open, lst.respective,
                         lst.clause_start, lst.clause_end, lst.joined)
        out.append(draft(view, count, named, not lst.open, HOW).doubted(
            "但复指的名称可能只指所数之物的一部分，或一项包含几种，无法据此判定有误。"))
        taken.add(count.rec["start"])
    return out


def _lead(first: str) -> str | None:
    """The words taking the count up at the start of the first item (`这就是`, `这些企业是`)."""
    for w in cues.words("enumeration", "resumptive_leads"):
        if not first.startswith(w):
            continue
        if w.endswith(cues.words("enumeration", "resumptive_ends")):
            return w
        ends = "|".join(map(re.escape, cues.words("enumeration", "resumptive_ends")))
        m = re.match(f"[\u4e00-\u9fff]{{0,{_LEAD_NOUN}}}?(?:{ends})", first[len(w):])
        return w + m.group() if m else None
    return None


def _count_before(view: PageView, end: int) -> Num | None:
    """The one count of the clause ending at `end`, a record or in words, near its end."""
    start = view.clause_start(end)
    found = [n for n in view.between(start, end) if n.type == "count"
             and n.qualifier == "exact" and n.value == int(n.value)]
    records = {n.start for n in found}
    for m in _COUNT_WORD.finditer(view.text, start, end):
        value = parse_number(m.group("n"))
        if value is None or m.start("n") in records or view.text[m.start() - 1:m.start()] == "第" \
                or (m.group("big") or m.group("cls") == "大") and value > cues.number("enumeration", "max_group"):
            continue
        s, e = m.start("n"), m.end()
        found.append(Num(view.raw_ref(s, e), s, e, "count", float(value), m.group("cls"), "exact", None,
                         view.text[s:e]))
    if len(found) != 1 or end - found[0].end > _REACH or not counts_items(found[0].value, found[0].text):
        return None
    return found[0]


def _copula_lists(view: PageView, lists: list[ItemList], draft: Callable[..., Draft],
                  taken: set[int]) -> list[Draft]:
    """`四家银行是A、B、C和D。`: a count right before the list, its noun and `是` (or a dash) opening
    the first item; after `是` the list must end the sentence."""
    out = []
    # one pass over the numbers for the whole page
    by_end = {n.end: n for n in view.nums if n.type == "count" and n.qualifier == "exact" and n.value == int(n.value)}
    for lst in lists:
        count = by_end.get(lst.start)
        if count is None or not counts_items(count.value, count.text) or count.rec["start"] in taken or view.sentence_index(lst.start) < 0:
            continue
        cut = _apposed(lst.items[0])
        if cut is None:
            continue
        at, dash = cut
        if not dash and view.text[lst.clause_end:lst.clause_end + 1] not in ("", "。", "；", "\n"):
            continue
        named = ItemList(lst.start + at, lst.end, [lst.items[0][at:]] + lst.items[1:], lst.open, lst.respective,
                         lst.clause_start, lst.clause_end, lst.joined)
        out.append(draft(view, count, named, not lst.open, HOW_COPULA).doubted(
            "但所列各项不带序号，可能有一项包含几种或列举不全，无法据此判定有误。"))
        taken.add(count.rec["start"])
    return out


def _apposed(first: str) -> tuple[int, bool] | None:
    """Where the first item starts after the count's noun and `是`/`为` (at most _NOUN characters
    of noun) or a dash, and whether a dash set it; None where neither stands there."""
    dash = first.find("—")
    if 0 < dash <= _NOUN:
        end = dash
        while end < len(first) and first[end] == "—":
            end += 1
        return (end, True) if end < len(first) else None
    for w in cues.words("enumeration", "copula_names"):
        at = first.find(w)
        if 0 < at <= _NOUN and "的" not in first[:at] and at + len(w) < len(first):
            return at + len(w), False
    return None


def resumed_colon(text: str, pos: int, reach: int) -> int:
    """`4个主要因素，这些因素是：`: a clause taking the count's noun up again (`这些`, `它们`) and
    ending `是：` within `reach` characters announces the count's items (announced.py reads
    them); its colon, or -1."""
    if not text.startswith(cues.words("enumeration", "resumptive_leads"), pos):
        return -1
    for i in range(pos, min(len(text), pos + reach + 1)):
        if text[i] == "：":
            return i if text[pos:i].endswith(cues.words("enumeration", "resumptive_ends")) else -1
        if text[i] in "，。；！？\n、（）“":
            return -1
    return -1
