"""enumeration: a sentence ending with a count, its items numbered right after it in the paragraph.

    今年继续办好“五件实事”。（1）新建社区食堂20个。（2）改造老旧电梯100部。…（5）…
    重点推进四项改革。1．…。2．…。3．…。4．…。

announced.py reads numbered items after a colon; reports as often end the sentence with the
count and go on with `（1）` in the same paragraph. The count must be the sentence's last words
(its noun and a closing quote at most before `。`), with words before it in its clause (a count
opening its clause is what the sentence is about), and the first marker must follow the full
stop at once, numbered 1; the items run while their markers run in order (announced.py's
reading of numbered points). A count the items meet is consistent. More items than the count,
numbered in one run inside the count's paragraph, is inconsistent, as announced.py holds numbered
markers that count on past the count: sub-points would be numbered apart, not go on in the run.
Fewer items, or a run that goes on into later paragraphs, is unverifiable, since the points may
stop short of the list or a later paragraph's numbers may open another list.

    办好“五件实事”。（1）…（2）…（3）…（4）…（5）…（6）…        six points for five: inconsistent
    办好“五件实事”。（1）…（2）…（3）…                          three for five: unverifiable
"""
from __future__ import annotations

from typing import Callable

from . import announced
from .lists import ItemList
from .model import CLAUSE_BREAKS, Draft, PageView

HOW = "句末数目之后在同段逐项编号列出"
_NOUN = 10  # `件民生实事”` between the count and the full stop
_MARKERS = ("（1）", "(1)", "1．", "1.", "（一）")
# what ends the count's noun before its full stop: a clause break, a list mark, an opening quote or bracket
_NOT_NOUN = set(CLAUSE_BREAKS) - {"。"} | set("、“（(")


def _stop_after(text: str, pos: int, quoted: bool = False) -> int:
    """The full stop ending a count's sentence right after its noun (and quote), a numbered
    marker after it; -1 otherwise."""
    for i in range(pos, min(len(text), pos + _NOUN + 1)):
        if text[i] == "。":
            return i if text.startswith(_MARKERS, i + 1) else -1
        if text[i] in _NOT_NOUN or (text[i] == "”" and not quoted):
            return -1
    return -1


def check(view: PageView, draft: Callable[..., Draft], taken: set[int]) -> list[Draft]:
    """`draft` makes the finding (enumeration.enumeration_draft); `taken` holds the raw starts of
    the counts other rules already read."""
    out = []
    for count, stop in announced.counts_before(view, _stop_after):
        if count.rec["start"] in taken or count.value < 2 or view.sentence_index(count.start) < 0:
            continue
        if not view.text[view.clause_start(count.start):count.start].strip("“ "):
            continue  # `八方面实事全部完成。`: a count opening its clause is what it is about, not an announcement
        found = announced._headings(view, stop)
        if found is None or len(found[2]) < 2:
            continue
        start, end, items = found
        lst = ItemList(start, end, items, False, False, start, end)
        d = draft(view, count, lst, True, HOW)
        if len(items) < count.value or "\n" in view.text[count.start:end]:
            d = d.doubted("但编号的各点也可能只列了一部分，或后面段落的编号另起一组，无法据此判定有误。")
        out.append(d)
        taken.add(count.rec["start"])
    return out
