"""enumeration: a count, its noun and a dash, then the items the dash names in apposition.

    抓住两个环节———稳定的货源和通畅的销路。          a pair joined by `和`/`与`/`及`
    四家新公司———“甲”、“乙”、“丙”和“丁”今天挂牌。   quoted names joined by `、` and the last
                                                  join word (the clause may go on after them)

A plain `、` list after a dash is enumeration_resumed.py's (`三个乐团——A、B、C`).
A dash after a counted noun (data/cues.toml [enumeration] item_dashes) opens what the noun
stands for, so the items run from the dash to the clause's end. The dash may as well open an
explanation of one of them (`三件事———先说第一件`): a count that the items do not meet is
unverifiable, except where more names than counted follow in quotes, closed by a join word before the
last (`两家新银行———“甲”、“乙”和“丙”`): a closed list of names explains no one of them, and a count
below it is the text's own error; a count of one (`一个前提———…`) counts no list.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..numerals import parse_number
from . import cues
from .enumeration import enumeration_draft
from .lists import ItemList, count_word, counts_items
from .model import Draft, Num, PageView

HOW = "破折号之后的同位列举"
_NOUN = 10  # characters of the counted noun between the count and the dash
_BODY = 80  # characters after the dash searched for the clause's end
_END = re.compile(r"[，。；！？：\n]")
_QUOTED = re.compile(r"“[^”“]{1,20}”")
_ANY_COUNT = count_word(then="")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    dashes = "|".join(re.escape(d) for d in cues.words("enumeration", "item_dashes"))
    count = count_word(then=f"[^，。；：、“”—]{{0,{_NOUN}}}(?:{dashes})").pattern
    return re.compile(count)


def check(view: PageView) -> list[Draft]:
    drafts = []
    dash = cues.words("enumeration", "item_dashes")
    for m in _pattern().finditer(view.text):
        if m.group("quote") or view.text[m.start() - 1:m.start()] == "第":
            continue  # `“两项补贴”` a name, `第二个` an ordinal
        value = parse_number(m.group("n"))
        if not counts_items(value, m.group("n")):
            continue
        at = min(i for i in (view.text.find(d, m.end()) for d in dash) if i >= 0)
        if _ANY_COUNT.search(view.text[m.end():at]) or any(c.isdigit() for c in view.text[m.end():at]):
            continue  # `三大银行中的两家———A和B`: the count nearest the dash is the one it names
        body_start = at
        while view.text[body_start:body_start + 1] in ("—", "－"):
            body_start += 1
        lst = _items(view, body_start)
        if lst is None:
            continue
        s, e = m.start("n"), m.end()
        count = Num(view.raw_ref(s, e), s, e, "count", float(value), m.group("cls"), "exact", None, view.text[s:e])
        d = enumeration_draft(view, count, lst, not lst.open, HOW)
        if d.verdict == "inconsistent" and not (_closed_names(view, lst) and len(lst.items) > value):
            d = d.doubted("但破折号之后也可能是对其中一项的解释，而不是逐项列举，无法据此判定有误。")
        drafts.append(d)
    return drafts


def _closed_names(view: PageView, lst: ItemList) -> bool:
    """Quoted names only, the last two joined by a join word (`“甲”、“乙”和“丙”`), no `等` after them."""
    body = view.text[lst.start:lst.end]
    last = body.rfind("“")
    between = body[body.rfind("”", 0, last) + 1:last] if last > 0 else ""
    return (all(x.startswith("“") for x in lst.items) and between in cues.words("enumeration", "last_join")
            and not view.text.startswith("等", lst.end))


def _items(view: PageView, start: int) -> ItemList | None:
    """The names after the dash: quoted ones joined by `、` or a join word, or the clause's two
    pieces around its one join word; None when the clause holds one name only."""
    end_m = _END.search(view.text, start, start + _BODY)
    end = end_m.start() if end_m else min(len(view.text), start + _BODY)
    body = view.text[start:end]
    joins = cues.words("enumeration", "last_join")
    quoted = list(_QUOTED.finditer(body))
    if len(quoted) >= 2 and quoted[0].start() == 0 and all(
            body[a.end():b.start()] in ("、", *joins) for a, b in zip(quoted, quoted[1:])):
        items = [q.group() for q in quoted]
        return ItemList(start, start + quoted[-1].end(), items, False, False, start, end)
    if "“" in body or "、" in body:
        return None  # a quoted phrase among the words; a `、` list is enumeration_resumed.py's
    joined = next((w for w in joins if w in body[1:]), "")
    if not joined:
        return None
    at = body.index(joined, 1)
    pieces = [body[:at], body[at + len(joined):]]
    if not all(pieces) or any(w in pieces[1] for w in joins):
        return None
    return ItemList(start, end, pieces, False, False, start, end, joined=joined)
