"""The head a list's items share (`“新三样”、集成电路出口` → “新三样”出口; `食品、药品抽检合格率` → 食品抽检合格率):
the words after the last item that every earlier item takes. Apart from metric_lists.py: the same reading
serves items found in the list's clause, in the clause before, or earlier in the sentence."""
from __future__ import annotations

import re

from .lexicon import table
from .metric_words import word_tuple


_PER_UNIT_TAIL = re.compile("(?:平均)?每[\u4e00-\u9fff]{1,2}$")  # a price's unit after its noun (每斤, 平均每吨)
_CLOSING = "等"  # the word closing a list before the noun every item shares


def with_shared_head(items: list[str]) -> list[str]:
    """“新三样”、集成电路出口: a head (出口) ending only the last item belongs to each earlier item that
    names no measure of its own (“新三样”出口); 事故起数、死亡人数 and 营业收入、利润 are left whole."""
    t = table("metric.toml")["lists"]
    per = _PER_UNIT_TAIL.search(items[-1])
    if per and per.start() >= 2:
        # 玉米、大豆最低收购价每斤: the head before a price's unit, the unit kept after each item's head
        core = with_shared_head([*items[:-1], items[-1][: per.start()]])
        return [x + per.group() if k < len(items) - 1 and x != items[k] else x for k, x in enumerate(core[:-1])] \
            + [items[-1]]
    head = next((h for h in sorted(t["shared_heads"], key=len, reverse=True) if items[-1].endswith(h)), "")
    if not head or len(items[-1]) <= len(head):
        return items
    closing, _, tail = items[-1].rpartition(_CLOSING)
    if closing and len(tail) >= len(head) and closing[-1] not in t["closing_inside_words"]:
        # 食品、石化、信息等产业增加值: what follows 等 is every item's noun (食品产业增加值)
        return [x + tail for x in items[:-1]] + [closing + tail]
    sector = next((w for w in sorted(t["head_sectors"], key=len, reverse=True)
                   if items[-1][: -len(head)].endswith(w) and len(items[-1]) > len(w) + len(head)), "")
    own = tuple(t["measures"]) + tuple(t["shared_heads"])

    def headed(x: str) -> str:
        # (规上制造业、…产业增加值: an item naming a sector itself, …业, takes the head alone)
        return x + ("" if x.endswith(tuple(t["sector_finals"])) else sector) + head
    return [headed(x) if k < len(items) - 1 and not x.endswith(own) and x[-1] not in t["measure_finals"] else x
            for k, x in enumerate(items)]


def item_heads(items: list[str], attribute: bool = False) -> list[str] | None:
    """食品、药品抽检合格率; 轻、重工业; 小学、初中学生人均公用经费: earlier items all of one short length
    (at most `_HEAD_LONGEST`) name the words the last item opens with, the rest of it (抽检合格率) is
    every item's; None where the items are of other lengths, the rest is shorter than two characters,
    the last item's opening words are not a word of that length (制造业、普惠小微贷款余额: 普惠小), or
    the items are bodies (甲公司和乙公司固定资产: whose, not what). `attribute`: the first item is a word that only
    qualifies a noun (刑事 in 刑事、治安案件): the last opens with its like, however jieba cuts the last."""
    size = len(items[0])
    last = items[-1].rstrip(_TAIL_VERBS)  # (炼铁、炼钢先进产能占比: the share word's 占 is no item's)
    if not 1 <= size <= _HEAD_LONGEST or any(len(x) != size for x in items[:-1]) or len(last) - size < 2 \
            or any(x.endswith(word_tuple("lists", "actor_ends")) for x in items[:-1]) \
            or not _CJK_ONLY.fullmatch(last[size:]):  # (水泥和化肥（折纯）: an aside of the last item's own)
        return None
    if size > 1 and not attribute:
        from .metric_after import segmenter  # (late: the tagger loads on first use)
        at = 0
        for word in segmenter().cut(last):
            at += len(word)
            if at >= size:
                break
        if at != size:
            return None
    return [x + last[size:] for x in items[:-1]] + [last]


_HEAD_LONGEST = 3
_TAIL_VERBS = "占为达是比"
_CJK_ONLY = re.compile("[\u4e00-\u9fff]+")
