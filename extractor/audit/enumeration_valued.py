"""enumeration: a count of named things, then the things one by one, each with its figure.

    超过 50 万元的有 3 个，分别为大旗村 68.2 万元、梅湾村 55.7 万元、龙鹄村 51.4 万元。
    重点监测的 5 个景区：龙门石窟接待 86.4 万人次、…、白云山 32.7 万人次，合计 301.2 万人次。
    接待游客居前 5 位的依次为：洛龙区 268.4 万人次、老城区 196.2 万人次、…

Bulletins, releases and reports name the members of a counted set with what each did (a ranking,
the villages over a bar, the sites monitored): after the count and its noun come a colon or
`分别为`/`依次为` (data/enumeration_valued.toml), then items, each a short name and one figure of
the first item's measure, to the end of the sentence or to a clause that sums them (`合计`, or an
item holding a sum word: `全市合计 30 万吨`, `全市共 30 万吨` is the total, not a member). The
items so shaped are the things counted: their number must equal the count (figures of the count's
own measure are its parts: sum.py's). A list ending in `等`
only bounds it; items split by more than one kind of separator are clauses, not names, and are not
read; a list that stops before its sentence ends (and no `合计` closes it) may go on, so a count
that differs is then unverifiable.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from .lists import ItemList
from .model import Draft, Num, PageView

HOW = "数目之后逐项列出名称和数值"
_NOUN = 10  # `个县（市、区）` / `位的企业`: between the count and the cue
_NAME = 16  # the longest name of an item (`隋唐洛阳城国家遗址公园`)
_SEPARATORS = "、，；"
_LONGEST = 30  # a count of more things than this is not listed one by one (`专任教师 8033 人，分别为…`)
_END = "。！？\n"


@lru_cache(maxsize=1)
def _cue_re() -> re.Pattern:
    leads = "|".join(re.escape(w) for w in cues.table("enumeration_valued.toml")["leads"])
    return re.compile(rf"[^，。；：！？\n\d]{{0,{_NOUN}}}?(?:，?(?:{leads})：?|：)")


def _sums() -> tuple[str, ...]:
    return tuple(cues.table("enumeration_valued.toml")["sums"])


@lru_cache(maxsize=1)
def _area_sum_re() -> re.Pattern:
    words = "|".join(re.escape(w) for w in cues.table("enumeration_valued.toml")["area_sums"])
    return re.compile(rf"全[\u4e00-\u9fff]{{1,2}}?(?:{words})$")


def _is_sum(name: str) -> bool:
    """An item's name that sums the items (`合计`, `全市合计`, `全市共`): the total, not a member."""
    return any(w in name for w in _sums()) or _area_sum_re().search(name) is not None


def check(view: PageView, draft, taken: set[int]) -> list[Draft]:
    """`draft` makes the finding (enumeration.enumeration_draft); `taken` holds the raw starts of
    the counts other rules already read."""
    out = []
    text = view.text
    for count in view.nums:
        if count.type != "count" or count.rec["start"] in taken or count.qualifier != "exact" \
                or not 2 <= count.value <= _LONGEST:
            continue
        m = _cue_re().match(text, count.end)
        if m is None:
            continue
        items, seps, end, closed = _items(view, m.end())
        if len(items) < 2 or len(seps) > 1 or view.between(items[0][1], items[0][2])[0].same_measure(count):
            continue  # `教师 86 人，分别为小学 40 人、…`: figures of what is counted are its parts, not its members;
            # `两种价格：米旧价 a，新价 b；油旧价 c，…`: items split two ways are clauses, not names
        names = [text[a:b] for a, b, _ in items]
        lst = ItemList(items[0][0], items[-1][2], names, False, True, m.end(), end)
        d = draft(view, count, lst, True, HOW)
        if d.verdict == "inconsistent" and not closed:
            d = d.doubted("但列举未到句末，也未以合计收尾，后面可能还有所数的事物，无法据此判定有误。")
        out.append(d)
        taken.add(count.rec["start"])
    return out


def _items(view: PageView, start: int) -> tuple[list[tuple[int, int, int]], set[str], int, bool]:
    """The items from `start` on: (start, name's end, figure's end) of each, the separators
    between them, where the list ends, and whether it ends at its sentence's end or at a clause
    that sums the items."""
    text = view.text
    items: list[tuple[int, int, int]] = []
    seps: set[str] = set()
    first: Num | None = None
    pos = start
    while True:
        nums = [n for n in view.between(pos, min(len(text), pos + _NAME + 20))]
        num = nums[0] if nums else None
        name = text[pos:num.start] if num else ""
        if num is None or not name or len(name) > _NAME or any(c in _SEPARATORS + _END + "：" for c in name) \
                or _is_sum(name) or (first is not None and not num.same_measure(first)):
            return items, seps, pos, bool(items) and (_is_sum(name) or pos > 0 and text[pos - 1] in _END)
        first = first or num
        items.append((pos, num.start, num.end))
        after = num.end
        if after >= len(text) or text[after] in _END:
            return items, seps, after, True
        if text[after] not in _SEPARATORS:
            return items, seps, after, False
        if text[after + 1:after + 1 + max(len(w) for w in _sums())].startswith(_sums()):
            return items, seps, after, True
        seps.add(text[after])
        pos = after + 1
