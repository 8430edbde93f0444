"""enumeration: the items after a count's colon that no numeral marks (announced.py reads the
numbered ones and decides which reading a count takes).

    运作呈现五个特点：●A●B⏎●C●D●E                    bullets, across line breaks
    十大贸易伙伴及贸易额分别是：日本，608.1 亿美元；香港，…。
                                                    short items split by `；` to the sentence end
    会议提出的 5 个方面：积极推进…，抓好大的；进一步实施…；…。
                                                    after a count of points, points of a clause
                                                    or more split by `；`
    “三个一批”：储备一批、签约一批、投产一批。        names split by `、` after a quoted count
Each reader answers (start, end, items) or None; what it finds is a guess until announced.py
weighs it against the count.
"""
from __future__ import annotations

import re

from . import cues
from .model import PageView

MAX_ITEMS = 20  # items of one list read at most (announced.py's numbered readers stop there too)
_SEMI_ITEM = 24  # the longest item of a `；` list
_POINT_ITEM = 100  # of a `；` list of points after `N 个方面：`
_COMMA_ITEM = 16  # of a `、` list
_ELLIPSIS = "……"  # a list trailing off (`A；B……`): more were not said
# `日本，608.1 亿美元`: an entry of one shape, a name and its one amount
_ENTRY = re.compile(r"[^\d０-９，,：:；。]{1,12}[，,：:][0-9０-９][0-9０-９．.·]*[^\d０-９，,；。]{0,6}")


def is_entry(item: str) -> bool:
    """Whether a `；` item is a name and its one amount (`日本，608.1 亿美元`)."""
    return _ENTRY.fullmatch(item.strip()) is not None


def bullet_items(view: PageView, colon: int) -> tuple[int, int, list[str]] | None:
    """`：●A●B⏎●C`: bullets, across line breaks while each line opens with one."""
    text = view.text
    marks = "".join(cues.words("enumeration", "bullets"))
    pos = colon + 1
    while pos < len(text) and text[pos] in " \u3000\n":
        pos += 1
    if pos >= len(text) or text[pos] not in marks:
        return None
    items, start = [], pos
    pattern = re.compile(f"[{re.escape(marks)}]([^{re.escape(marks)}\\n]*)")
    while pos < len(text) and text[pos] in marks and len(items) < MAX_ITEMS:
        m = pattern.match(text, pos)
        items.append(m.group(1).strip())
        pos = m.end()
        while pos < len(text) and text[pos] in " \u3000\n":
            pos += 1
    end = start + len(text[start:pos].rstrip(" \u3000\n"))
    return start, end, items


def comma_items(view: PageView, colon: int) -> tuple[int, int, list[str]] | None:
    """`“三个一批”：储备一批、签约一批、投产一批。`: names split by `、` to the end of
    the sentence (after a quoted count; enumeration.py reads the other counts before a colon)."""
    text = view.text
    end = min(i for i in (text.find("。", colon), text.find("\n", colon), len(text)) if i >= 0)
    body = text[colon + 1:end]
    items = re.split("[、]", body)
    if len(items) < 2 or any(not i or len(i) > _COMMA_ITEM or re.search(r"[\d，；：]", i) for i in items):
        return None
    return colon + 1, end, items


def semicolon_items(view: PageView, colon: int, points: bool = False) -> tuple[int, int, list[str]] | None:
    """`：日本，608.1 亿美元；香港，507.7 亿美元；…。`: short items split by `；` to the sentence end;
    after a count of points (`5 个方面：`, `3 项协议的内容有：`) two items or more, of a clause
    or a few each (`积极推进…，抓好大的，放活小的；进一步实施…；…。`). An ellipsis before the sentence
    ends (`A；B……`) leaves the list open: what follows it is no item, and the items are not all."""
    text = view.text
    end = min(i for i in (text.find("。", colon), text.find("\n", colon), len(text)) if i >= 0)
    body = text[colon + 1:end]
    if _ELLIPSIS in body:
        return None
    items = body.split("；")
    longest, least = (_POINT_ITEM, 2) if points else (_SEMI_ITEM, 3)
    if len(items) < least or any(not i or len(i) > longest for i in items):
        return None
    return colon + 1, end, items


def split_last_join(items: list[str]) -> list[str]:
    """`A；B；C和D`: the last `；` item split at its one join word (`和`, `及`), as a `、` list's last
    item is, where no other item holds one (there it may be part of the names)."""
    joins = cues.words("enumeration", "last_join")
    if any(w in item for item in items[:-1] for w in joins):
        return items
    found = [(items[-1].find(w), w) for w in joins if items[-1].count(w) == 1]
    found = [(at, w) for at, w in found if at > 0 and at + len(w) < len(items[-1])]
    if len(found) != 1 or sum(items[-1].count(w) for w in joins) != 1:
        return items
    at, w = found[0]
    return items[:-1] + [items[-1][:at], items[-1][at + len(w):]]

