"""allocation: a notice that states a total and then one line per item with its amount.

Structure read (cue words in data/cues.toml):
    共下达资金 12000 万元，具体分配如下：      a total in the lines just before a list announced
    一、耕地保护 4500 万元                      by `如下`, then numbered lines (一、 / （一） / 1. /
    （一）高标准农田建设 3000 万元               （1） / a bullet ●) that each end with an amount; the numbering
    （二）黑土地保护 1500 万元                   styles nest in the order they first appear
    二、农业产业发展 7500 万元
The items of the top level add up to the total, and the items under a line add up to that
line's amount (a list said to follow `如下` is the whole breakdown). Amounts share type and unit
with their total; a line whose amount is not at its end (`…3000 万元，用于…`) is still read.

The same list in running prose, as the budget reports write it:
    本年收入合计 A 元。…本年各项收入的构成如下：（一）各项税收共收到 a 元，…；其中…。
    （二）国营企业收入共收到 b 元，…。（三）其他收入 c 元。
The items are the marks `（一）（二）…` (or `一、二、…`, `第一，第二，…`) in order, in the paragraph of `如下`; each item's
amount is its first amount of the total's measure (a nested `其中` comes after it). The total is
the nearest amount before `如下`, within a few sentences, whose label holds the name the
announcement gives (`本年各类收入的情况` names `本年收入`; `各类`, `的情况` are dropped).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import cues
from .model import Draft, Num, PageView
from ..fact_types import SUMMABLE_TYPES
from .amounts import is_amount as adds_up, is_change as _changed
from .findings import sum_draft

_STYLES = [
    ("cn", re.compile(r"[一二三四五六七八九十]+、")),
    ("cn_paren", re.compile(r"[（(][一二三四五六七八九十]+[）)]")),
    ("digit", re.compile(r"\d+[.．、](?!\d)")),
    ("digit_paren", re.compile(r"[（(]\d+[）)]")),
    ("bullet", re.compile(r"[●○■□◆◇▲△•]")),  # unnumbered items, all of one level
]
_LOOK_BACK = 3  # lines before the list where its total may stand
# the marks of a prose list: `（一）`, or `一、` / `第一，` (one style per list, the first's)
_PROSE_MARKS = [re.compile(r"[（(]([一二三四五六七八九十])[）)]"),
                re.compile(r"(?<![一二三四五六七八九十第])([一二三四五六七八九十])、"),
                re.compile(r"第([一二三四五六七八九十])[，,、]")]
_ORDER = "一二三四五六七八九十"
_PROSE_BACK = 40  # numbers before `如下` among which a prose list's total may stand
_MARK_GAP = 2  # characters between `如下` and the first item's mark (`：`)


@dataclass
class Item:
    style: str
    amount: Num
    children: list["Item"] = field(default_factory=list)


def check(view: PageView) -> list[Draft]:
    drafts = _prose(view)
    for total, block, _end in numbered_lists(view):
        drafts += _findings(view, total, block)
    return drafts


def numbered_lists(view: PageView) -> list[tuple[Num | None, list[tuple[str, Num]], int]]:
    """Each list of numbered lines with their amounts: its announced total (or None), its lines
    (style, amount) and where it ends on the normalized text."""
    rows = units(view)
    out = []
    i = 0
    while i < len(rows):
        block, j = _block(view, rows, i)
        if len(block) >= 2:
            out.append((_total(view, rows, i), block, rows[j - 1][1]))
            i = j
        else:
            i += 1
    return out


def top_items(block: list[tuple[str, Num]]) -> list[Num]:
    """The amounts of a list's first level."""
    return [item.amount for item in _tree(block)]


def lines(view: PageView) -> list[tuple[int, int]]:
    """The lines of the page as written (normalization joins them), on the normalized text."""
    out, pos = [], 0
    for line in view.page.original.split("\n"):
        lead = len(line) - len(line.lstrip())
        if line.strip():
            out.append(view.norm_span(pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return out


def units(view: PageView) -> list[tuple[int, int]]:
    """The lines of the page with a wrapped line joined back (a PDF's text breaks lines mid-sentence):
    a line joins the one before it unless a blank line parts them, it opens with an item's mark, or
    the line before closes a sentence or an announcement (`。`, `：`)."""
    out: list[tuple[int, int]] = []
    joinable = False
    for s, e in _raw_lines(view.page.original):
        if s < 0:
            joinable = False
            continue
        span = view.norm_span(s, e)
        text = view.text[span[0]:span[1]]
        if joinable and out and _style(text) is None:
            out[-1] = (out[-1][0], span[1])
        else:
            out.append(span)
        joinable = not text.endswith(cues.words("allocation", "line_closers"))
    return out


def _raw_lines(original: str) -> list[tuple[int, int]]:
    """The raw spans of the lines without their edge spaces; (-1, -1) for a blank line."""
    out, pos = [], 0
    for line in original.split("\n"):
        lead = len(line) - len(line.lstrip())
        out.append((pos + lead, pos + len(line.rstrip())) if line.strip() else (-1, -1))
        pos += len(line) + 1
    return out


def _style(text: str) -> str | None:
    for name, pattern in _STYLES:
        if pattern.match(text):
            return name
    return None


def line_amount(view: PageView, start: int, end: int) -> Num | None:
    nums = [n for n in view.between(start, end) if n.type in SUMMABLE_TYPES]
    return nums[0] if len(nums) == 1 else None


def item_amount(view: PageView, start: int, end: int) -> Num | None:
    """A numbered item's amount: the line's one amount, or the amount that closes the item's name,
    the first number of the line, ending its first clause (`1.茶园改造 680 万元。按每亩…`)."""
    one = line_amount(view, start, end)
    if one is not None:
        return one
    nums = view.between(start, end)
    if not nums or nums[0].type not in SUMMABLE_TYPES:
        return None
    first = nums[0]
    return first if view.text.startswith(cues.words("allocation", "name_closers"), first.end) else None


def _block(view: PageView, lines: list[tuple[int, int]], i: int) -> tuple[list[tuple[str, Num]], int]:
    """The numbered lines with one amount each from line i on."""
    out = []
    j = i
    while j < len(lines):
        s, e = lines[j]
        style = _style(view.text[s:e])
        amount = item_amount(view, s, e) if style else None
        if amount is None:
            break
        out.append((style, amount))
        j += 1
    return out, j


def _total(view: PageView, lines: list[tuple[int, int]], i: int) -> Num | None:
    """The total announced before the list: a line that says `如下` and, in it or the lines
    just before, a number named as a total (`共下达`, `合计`)."""
    if i == 0:
        return None
    s, e = lines[i - 1]
    if not cues.contains_any(view.text[s:e], "allocation", "announce"):
        return None
    lo = lines[max(0, i - _LOOK_BACK)][0]
    totals = [n for n in view.between(lo, e) if n.type in SUMMABLE_TYPES and _named_total(view, n)]
    # the amount the notice hands out (`现将…资金 N 万元下达给你们`) over other totals it names
    # (`加上第一批已下达的 M 万元，累计下达 T 万元`), which this batch's list does not divide
    handed = [n for n in totals if _handed_out(view, n)]
    return (handed or totals)[-1] if totals else None


def _handed_out(view: PageView, n: Num) -> bool:
    """The verb that hands the total out follows the number, past a bracketed aside
    (`3943 万元（其中中央资金 2350 万元…）下达给你们`)."""
    at = n.end
    if view.text.startswith(("（", "("), at):
        close = min((c for c in (view.text.find("）", at), view.text.find(")", at)) if c > 0), default=-1)
        if close < 0 or view.sentence_index(close) != view.sentence_index(at):
            return False
        at = close + 1
    return view.text.startswith(cues.words("allocation", "total_after"), at)


def _named_total(view: PageView, n: Num) -> bool:
    """A total named before its number (`共下达 12000 万元`) or handed out right after it
    (`现将…资金 6850 万元下达给你们`)."""
    if cues.contains_any(view.label_before(n, 30), "allocation", "total_words"):
        return True
    return _handed_out(view, n)


def _tree(block: list[tuple[str, Num]]) -> list[Item]:
    order: list[str] = []
    roots: list[Item] = []
    stack: list[Item] = []
    for style, amount in block:
        if style not in order:
            _rank_in(order, style)
        item = Item(style, amount)
        level = order.index(style)
        while stack and order.index(stack[-1].style) >= level:
            stack.pop()
        (stack[-1].children if stack else roots).append(item)
        stack.append(item)
    return roots


# the outline of an official document (GB/T 9704): 一、 above （一） above 1. above （1）; a style
# met first lower in a list (its `一、` heading had no amount) still ranks above those under it
_OUTLINE = ("cn", "cn_paren", "digit", "digit_paren")


def _rank_in(order: list[str], style: str) -> None:
    """Put a newly met style into the nesting order: before the first style the outline ranks
    below it (`二、` after `（三）` is a section, not an item of （三）), else last."""
    if style in _OUTLINE:
        below = [i for i, s in enumerate(order) if s in _OUTLINE and _OUTLINE.index(s) > _OUTLINE.index(style)]
        if below:
            order.insert(below[0], style)
            return
    order.append(style)


def _findings(view: PageView, total: Num | None, block: list[tuple[str, Num]]) -> list[Draft]:
    roots = _tree(block)
    drafts = []
    why = "“如下”逐项列出全部分配"
    if total is not None and len(roots) >= 2 and all(r.amount.same_measure(total) for r in roots):
        drafts.append(sum_draft(total, [r.amount for r in roots], True, why))
    stack = list(roots)
    while stack:
        item = stack.pop()
        kids = item.children
        if len(kids) >= 2 and all(k.amount.same_measure(item.amount) for k in kids):
            drafts.append(sum_draft(item.amount, [k.amount for k in kids], True, "其下各行逐项列出"))
        stack += kids
    return drafts


# --- a list in running prose: （一）…（二）… after `如下` ------------------------------------
def _named(view: PageView, cue: int) -> str | None:
    """What the announcement says the list divides: `本年各类收入的情况如下` gives `本年收入`."""
    said = view.text[view.clause_start(cue):cue]
    for w in cues.words("allocation", "announce_tails"):
        if said.endswith(w):
            said = said[:-len(w)]
            break
    for w in cues.words("allocation", "announce_drop"):
        said = said.replace(w, "")
    return said if len(said) >= 2 else None


def _items(view: PageView, after: int) -> list[tuple[int, int]]:
    """The spans of the items `（一）…（二）…` right after `如下：`, in order, in its paragraph."""
    sent = view.sentence_index(after)
    found = [(m, mark) for mark in _PROSE_MARKS for m in [mark.search(view.text, after, after + _MARK_GAP + 4)] if m]
    opening, mark = min(found, key=lambda f: f[0].start()) if found else (None, None)
    if sent < 0 or opening is None or opening.start() - after > _MARK_GAP:
        return []
    para, last = view.sentences[sent].paragraph, sent
    while last + 1 < len(view.sentences) and view.sentences[last + 1].paragraph == para:
        last += 1
    spans: list[tuple[int, int]] = []
    for m in mark.finditer(view.text, opening.start(), view.sentences[last].end):
        sent = view.sentence_index(m.start())
        if sent < 0 or view.sentences[sent].paragraph != para or _ORDER.index(m.group(1)) != len(spans):
            break
        if spans:
            spans[-1] = (spans[-1][0], m.start())
        spans.append((m.end(), view.sentences[sent].end))
    return spans


def _prose(view: PageView) -> list[Draft]:
    drafts = []
    for cue in cues.words("allocation", "announce"):
        at = view.text.find(cue)
        while at >= 0:
            d = _prose_list(view, at, at + len(cue))
            if d is not None:
                drafts.append(d)
            at = view.text.find(cue, at + 1)
    return drafts


def _prose_list(view: PageView, cue: int, after: int) -> Draft | None:
    name = _named(view, cue)
    spans = _items(view, after)
    if name is None or len(spans) < 2:
        return None
    first = next((n for n in view.between(*spans[0]) if n.type in SUMMABLE_TYPES
                  and not _changed(view, n) and adds_up(view, n)), None)
    if first is None:
        return None
    total = next((n for n in reversed(view.before(cue, _PROSE_BACK))
                  if n.same_measure(first) and name in view.label_before(n, 30)
                  and not _changed(view, n) and adds_up(view, n)), None)
    if total is None:
        return None
    parts = []
    for s, e in spans:
        amount = next((n for n in view.between(s, e) if n.same_measure(total)
                       and not _changed(view, n) and adds_up(view, n)), None)
        if amount is None:
            return None  # an item without its amount: the list cannot be added up
        parts.append(amount)
    return sum_draft(total, parts, True, f"“{view.text[cue:after]}”逐项列出{name}的全部类别")
