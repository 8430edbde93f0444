"""enumeration: a quoted count that abbreviates its list by the character the items share.

    实行自筹、自建、自管的“三自”办法          the items share their first character (自): `三自`
    种植“两豆”（土豆、豌豆）                   the items, in brackets right after the count
    粉笔、钢笔、毛笔“三笔字”                   the items share their last character (笔)
    抓好“三林”工作。林业增效、林农增收、林区稳定  the list in the sentence before or after
    推动“水运、水利、水电”三水联动             unquoted, right after the quoted list it shortens

The count is a numeral and one character, opened by a quote (the quoted label is the claim); its
list the nearest run of two or more names joined by `、` (or a join word before the last) whose
items all open, or all end, with that character. Items that equal the count: consistent; an open
list (`等`) is a bound. A list in brackets right after the label is the one abbreviated, so another
number of items is an error of the text. A list right before the label is labels.py's reading
(read here where its list rules find none): fewer counted than items that all share the label's
character is an error (each is one it abbreviates); more is unverifiable, the list may be a part. A list further away (the sentence before or
after) is read only where its names are short (`林业、林农、林区建设`: all but the last of four
characters at most) and as many as the label says: the arithmetic is then the evidence that it is
the label's list (`“十无”：无A；无B、无C` lists a part only, and is said nothing of).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..numerals import parse_number
from . import cues
from .enumeration import enumeration_draft
from .lists import ItemList
from .model import Draft, Num, PageView

HOW = "简称数目所缩略的列举"
_BEFORE = "但列举也可能只是简称所指的一部分，无法据此判定有误。"


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("enumeration_abbrev.toml")["abbrev"]


@lru_cache(maxsize=1)
def _count() -> re.Pattern:
    numerals = "".join(c for c in cues.words("enumeration", "count_numerals") if c != "一")
    # opened by a quote, or unquoted right after a quoted list (`“甲X、乙X”两X`)
    return re.compile(f"(?:“|(?P<after>(?<=”)))(?P<n>[{numerals}]{{1,2}})(?P<c>[\u4e00-\u9fff])")


@lru_cache(maxsize=1)
def _list() -> re.Pattern:
    joins = "|".join(sorted(_data()["joins"], key=len, reverse=True))
    item = f"[\u4e00-\u9fff]{{1,{_data()['item_chars']}}}"
    return re.compile(f"{item}(?:(?:、|{joins}){item})+")


def check(view: PageView) -> list[Draft]:
    out = []
    for m in _count().finditer(view.text):
        value = parse_number(m.group("n"))
        if value is None or value < 2 or value > _data()["max_items"]:
            continue
        found = _adjacent(view, m) or (None if m.group("after") is not None else _near(view, m))
        if found is None:
            continue
        lst, why = found
        s, e = m.start("n"), _label_end(view, m)
        count = Num(view.raw_ref(s, e), s, e, "count", float(value), m.group("c"), "exact", None, view.text[s:e])
        draft = enumeration_draft(view, count, lst, not lst.open, HOW)
        if why and not (why == _BEFORE and value < len(lst.items)):
            draft.doubted(why)  # fewer than the items that share its character: each is one it abbreviates
        out.append(draft)
    return out


def _label_end(view: PageView, m: re.Match) -> int:
    """Where the quoted label ends (`“五小工程”` is the claim, as labels.py quotes it)."""
    close = view.text.find("”", m.end(), m.end() + _data()["item_chars"])
    return close if close >= 0 else m.end()


def _adjacent(view: PageView, m: re.Match) -> tuple[ItemList, str | None] | None:
    """The list in brackets right after the label (its items exactly: a mismatch is an error), or
    right before the quote, a gap word between (labels.py's reading: the list may start early or
    the label be the last item's own name, so a mismatch is unverifiable)."""
    c = m.group("c")
    close = view.text.find("”", m.end(), m.end() + _data()["item_chars"])
    if close >= 0 and view.text.startswith("（", close + 1) \
            and not view.text.startswith(cues.words("enumeration", "bracket_notes"), close + 2):
        # (`“三险”（含…）` explains the term; its names need not be the ones the label counts)
        end = view.text.find("）", close + 2, close + 2 + _data()["item_chars"] * _data()["max_items"])
        if end > 0:
            lst = _shared(view, close + 2, end, c, False, whole=True)
            if lst is not None:
                return lst, None
    start = view.clause_start(m.start())
    stop = m.start() - (1 if m.group("after") is not None else 0)  # the quoted list's closing quote
    before = view.text[start:stop]
    for w in sorted(_data()["gap"], key=len, reverse=True) + [""]:
        if before.endswith(w):
            lst = _shared(view, start, stop - len(w), c, w.startswith("等"))
            if lst is not None:
                return lst, _BEFORE
    return None


def _near(view: PageView, m: re.Match) -> tuple[ItemList, str] | None:
    """The nearest list of items that share the character, in the count's sentence or one either side."""
    here = view.sentence_index(m.start())
    if here < 0:
        return None
    reach = _data()["sentences"]
    lo = view.sentences[max(0, here - reach)].start
    hi = view.sentences[min(len(view.sentences) - 1, here + reach)].end
    best = None
    for lm in _list().finditer(view.text, lo, hi):
        if lm.start() <= m.start() < lm.end():
            continue
        lst = _shared(view, lm.start(), lm.end(), m.group("c"), view.text.startswith("等", lm.end()))
        if lst is None or any(len(item) > _data()["near_item_chars"] for item in lst.items[:-1]) \
                or len(lst.items) != parse_number(m.group("n")):
            continue  # away from the label only short names in the number it says tie to it
        if best is None or abs(lst.start - m.start()) < abs(best.start - m.start()):
            best = lst
    return (best, "") if best is not None else None


def _shared(view: PageView, start: int, end: int, c: str, open_: bool, whole: bool = False) -> ItemList | None:
    """The list that ends at `end` (or fills start..end, `whole`) whose items all open or all end
    with `c`; the first item is cut where the words before it end."""
    found = None
    for lm in _list().finditer(view.text, start, end):
        if lm.end() == end and (not whole or lm.start() == start):
            found = lm
    if found is None:
        return None
    joins = "|".join(sorted(_data()["joins"], key=len, reverse=True))
    items = re.split(f"、|{joins}", found.group())
    if len(items) < 2 or len(items) > _data()["max_items"]:
        return None
    first = items[0]
    if all(item.startswith(c) for item in items[1:]) and c in first:
        items[0] = first[first.rfind(c):]
    elif all(item.endswith(c) for item in items[1:]) and first.endswith(c):
        items[0] = first[-max(len(item) for item in items[1:]):]
    else:
        return None
    cut = found.start() + len(first) - len(items[0])
    return ItemList(cut, found.end(), items, open_, False, view.clause_start(cut), view.clause_end(cut))
