"""enumeration: a count before a colon whose items are two phrases, or alternatives each opened by `一X`.

    有两种不同的应对办法：一种是主动的办法，…；另一种是…       items opened by `一` and the
    面临两个选择：一边是高薪聘请，一边是继续承担风险              count's classifier (`一种`, `一边`,
    主要基于两方面考虑：一方面，要…。另一方面，…                 `一方面`), the next ones by `另一X`
                                                                  or `一X` again, at clause starts
    税收制度被分为两大类型：直接税制和间接税制。                  two phrases joined by one `和`
                                                                  (`与`, `及`) ending the sentence
The count is a count in words right before its noun and the colon (announced.counts_before).
A longer phrase between them (`2 项推动港口与航运协同发展的合作协议：一个是…`) may end on
another noun than the count's, so its items are read only where they meet the count.
Alternatives are counted while their markers run on in the colon's paragraph: a count that
differs from them is unverifiable (a marker may open a sub-point). Two joined phrases are two
items or, with the join word inside a name, one: never three, so a count of three or more
against them is an error of the text, and two agrees.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

from . import announced, cues
from .lists import LONG_TO_COLON, ItemList, counts_items
from .model import Draft, Num, PageView

_NOUN = 12  # `种不同的处理方法` between a count and its colon
_ITEM = 200  # the longest alternative (a clause or a few)
_PHRASE = 16  # the longest phrase of a joined pair
_MAX_ITEMS = 10
HOW_ALTERNATIVES = "冒号之后以“一X…另一X”分项列出"
HOW_PAIR = "冒号之后以“和”连接的两项"


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("colon_items.toml")["colon_items"]


def check(view: PageView, draft: Callable[[PageView, Num, ItemList, bool, str], Draft],
          taken: set[int]) -> list[Draft]:
    """`draft` makes the finding (enumeration.enumeration_draft); `taken` holds the raw starts of
    the counts other rules already read."""
    out = []
    for count, colon in announced.counts_before(view, _colon_after):
        if count.rec["start"] in taken or not counts_items(count.value, count.text):
            continue
        long = colon - count.end > _NOUN
        found = _alternatives(view, colon)
        if found is not None and long and len(found.items) != count.value:
            continue
        if found is not None:
            d = draft(view, count, found, True, HOW_ALTERNATIVES)
            if d.verdict == "inconsistent":
                d.verdict = "unverifiable"
                d.explanation += "但另一项也可能以别的词语引出，无法据此判定有误。"
            out.append(d)
            continue
        pair = _pair(view, colon)
        if pair is not None and not (long and count.value != 2):
            out.append(draft(view, count, pair, True, HOW_PAIR))
    return out


def _colon_after(text: str, pos: int, quoted: bool = False) -> int:
    """The colon after a count's noun, with no break before it."""
    return announced.mark_after(text, pos, "：", "，。；！？\n、（）“”", LONG_TO_COLON)


def _marker(view: PageView, colon: int) -> str | None:
    """The word that opens the first alternative: `一` and a classifier (`一种`, `一方面`, `一边`)."""
    rest = view.text[colon + 1:colon + 4]
    for m in _cues()["markers"]:
        if rest.startswith("一" + m):
            return m
    return None


def _alternatives(view: PageView, colon: int) -> ItemList | None:
    mark = _marker(view, colon)
    if mark is None:
        return None
    text = view.text
    start = colon + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    nexts = ["另一" + mark, "一" + mark] + [w + mark for w in _cues()["next_prefixes"]]
    starts = [start]
    pos = start + 1 + len(mark)
    while len(starts) < _MAX_ITEMS:
        found = [(text.find(w, pos, min(end, pos + _ITEM)), w) for w in nexts]
        found = [(i, w) for i, w in found if i > 0 and text[i - 1] in "，。；：\n"]
        if not found:
            break
        i, w = min(found)
        starts.append(i)
        pos = i + len(w)
    if len(starts) < 2:
        return None
    stop = text.find("。", starts[-1])
    stop = end if stop < 0 or stop > end else stop
    bounds = starts + [stop]
    items = [text[a:b].rstrip("，。；") for a, b in zip(bounds, bounds[1:])]
    return ItemList(start, stop, items, False, False, start, stop)


def _pair(view: PageView, colon: int) -> ItemList | None:
    """`：固定汇率制和浮动汇率制。`: two short phrases joined by one join word, ending the sentence."""
    text = view.text
    start = colon + 1
    end = start
    while end < len(text) and text[end] not in "。；！？\n" and end - start <= 2 * _PHRASE + 2:
        end += 1
    if text[end:end + 1] not in ("。", "！", "？", "\n", ""):
        return None  # `；` may go on with more items (`五个特点：A和B；C；D`)
    body = text[start:end]
    if any(c in body for c in "、，：“”（）") or any(ch.isdigit() for ch in body):
        return None
    joins = [(body.find(w), w) for w in _cues()["joins"] if w in body]
    if len(joins) != 1 or sum(body.count(w) for w in _cues()["joins"]) != 1:
        return None
    at, w = joins[0]
    first, second = body[:at], body[at + len(w):]
    if not first or not second or len(first) > _PHRASE or len(second) > _PHRASE:
        return None
    return ItemList(start, end, [first, second], False, False, start, end)
