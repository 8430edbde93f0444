"""enumeration: a stated count against the items listed.

Structures read (cue words in data/cues.toml, lists in lists.py):
    3 支队伍，…，分别开展 A、B、C 等工作     `分别` before the list: the count before it in the
                                            sentence, or after the list in its clause
    分别在 A、B、…等组织开展了 15 场活动      (`分别在 … 开展 N 场`)
    在 A、B、C、D 开展了 4 场活动             a list of places (`在`/`于`, not `在…方面`)
    芦溪镇、西平镇、新德镇 3 个镇              a count right after the list naming what every
    A、B、C 等 4 批次                         item is, or after `等`/`共`
    3 项措施：A、B、C。                        a count right before a colon, the list ending
                                            the sentence
`分别` and a list of places spread what is counted over the items, so the count must reach the
number of items (`108 辆车分别从 4 省开进` is fine, `2 支队伍分别开展 3 项工作` is not); a
count that names the items (`3 个镇`, `共 3 项`, `3 项措施：`) must equal it, unless the list
ends in `等`, which only bounds the count from below.
"""
from __future__ import annotations

from . import cues
from .lists import ItemList, find_lists
from .model import Draft, Num, PageView

_AFTER_GAP = 12  # `等组织开展了` between a list and its count
_NOUN = 4  # `项措施` between a count and the colon that announces its list
_AFTER_LIST = "列举之后的数目"
_AT = cues.words("enumeration", "place_lead")  # a list of the places where what is counted happened
_APPOSITION = "共计这些"  # between a list and the count that sums it up (besides 等)


def check(view: PageView) -> list[Draft]:
    drafts = []
    for lst in find_lists(view.text, [(n.start, n.end) for n in view.nums]):
        sent = view.sentence_index(lst.start)
        if sent < 0:
            continue
        found = _count_for(view, lst, sent)
        if found is None:
            continue
        count, exact, how = found
        drafts.append(enumeration_draft(view, count, lst, exact, how))
    return drafts


def _counts(view: PageView, sent: int) -> list[Num]:
    return [n for n in view.in_sentence(sent) if n.type == "count"]


def _count_for(view: PageView, lst: ItemList, sent: int) -> tuple[Num, bool, str] | None:
    counts = _counts(view, sent)
    after = [n for n in counts if lst.end <= n.start < lst.clause_end]
    if after and after[0].start - lst.end <= 2 and after[0].qualifier != "range":
        gap = view.text[lst.end:after[0].start]
        if lst.open:
            gap = gap.replace("等", "", 1)
        # `A、B 6 项` may count the last item's object only: a count right after a list counts
        # the list when it says 等 or 共, or names what every item is (`芦溪镇、西平镇 2 个镇`)
        if all(c in _APPOSITION for c in gap) and (lst.open or gap or _named_by(view, after[0], lst)):
            return after[0], not lst.open, _AFTER_LIST
    if lst.respective:
        # `分别` spreads what is counted over the items: at least one each
        if after and after[0].start - lst.end <= _AFTER_GAP:
            return after[0], False, "“分别”列举"
        before = [n for n in counts if n.end <= lst.start]
        if before:
            return before[-1], False, "“分别”列举"
        return None
    if after and view.text[lst.start - 1:lst.start] in _AT and after[0].start - lst.end <= _AFTER_GAP \
            and view.text[after[0].start - 1:after[0].start] not in "（(" \
            and not cues.contains_any(view.text[lst.end:lst.clause_end], "enumeration", "topic_frames"):
        # `在 A、B、C 开展了 4 场`: one at least in each place listed
        return after[0], False, "在所列各地"
    announce = view.text[max(0, lst.clause_start - 1):lst.clause_start]
    lead = view.text[lst.clause_start:lst.start]
    ends = view.text[lst.clause_end:lst.clause_end + 1] in ("", "。", "\n")
    ordinal = cues.contains_any(lst.items[0][:3], "enumeration", "ordinals")
    announced = announce == "：" or any(lead.startswith(w) for w in cues.words("enumeration", "announce"))
    if ends and not ordinal and announced:
        # `3 项措施：A、B、C。`: the count names what stands right before the colon
        head = [n for n in counts if n.end <= lst.clause_start and view.clause_end(n.end) >= lst.clause_start - 1]
        if len(head) == 1 and lst.clause_start - 1 - head[0].end <= _NOUN and head[0].qualifier == "exact" \
                and not cues.contains_any(view.noun_after(head[0])[:1], "enumeration", "not_items"):
            return head[0], not lst.open, "冒号之后的列举"
    return None


def _named_by(view: PageView, count: Num, lst: ItemList) -> bool:
    """Every item ends with the noun after the count: `芦溪镇、西平镇、新德镇 3 个镇`."""
    noun = view.noun_after(count)
    tails = {item[-1] for item in lst.items}
    return len(tails) == 1 and noun.startswith(tails.pop())


def enumeration_draft(view: PageView, count: Num, lst: ItemList, exact: bool, how: str) -> Draft:
    k = len(lst.items)
    iv = count.interval
    shown = "、".join(lst.items) if k <= 4 else "、".join(lst.items[:2]) + "……" + lst.items[-1]
    if exact:
        ok = iv.lo - 1e-9 <= k <= iv.hi + 1e-9
        relation = "一致" if ok else "不符"
        text = f"{how}共 {k} 项（{shown}），与所述 {count.written} {relation}。"
        expected: object = k
    else:
        ok = k <= iv.hi + 1e-9
        relation = "不少于列出的项数" if ok else "少于列出的项数"
        why = how + "，每项至少一个" if how != _AFTER_LIST else "列举以“等”结尾"
        text = f"{why}，列出 {k} 项（{shown}），所述 {count.written} {relation} {k}。"
        expected = [k, None]
    ref = view.raw_ref(lst.start, lst.end)
    return Draft("enumeration", "consistent" if ok else "inconsistent", [count.ref(), ref], expected,
                 count.value if count.value != int(count.value) else int(count.value), text,
                 {"items": lst.items, "open": lst.open})
