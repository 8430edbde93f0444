"""list total: a list of amounts, then the next sentence states their total referring back.

Structure read (cue words in data/cues.toml [sum]):
    十大贸易伙伴及贸易额分别是：日本，a 亿美元；香港，b 亿美元；…印尼，j 亿美元。
    与这十大伙伴的贸易总额为 T 亿美元，…
The total's clause names itself a total (`总额`, `合计`, sum total_named) and points back
(`这`, `上述`, `以上`); the parts are the amounts of its measure after the colon or `分别是` of
the sentence before, in the same paragraph (not changes). When the back reference counts the
items (`这十大`) and the count is the number of parts, the list is the whole breakdown; otherwise
the parts must only not exceed the total.
"""
from __future__ import annotations

import re

from . import cues
from .model import Draft, PageView
from .amounts import is_amount as _amount, is_change as _changed
from .findings import sum_draft

_COUNT = re.compile(r"([一二两三四五六七八九十]{1,3})[大个项家类种]")
_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}


def _count(words: str) -> int | None:
    m = _COUNT.search(words)
    if not m:
        return None
    w = m.group(1)
    if "十" not in w:
        return _DIGITS.get(w) if len(w) == 1 else None
    tens, _, ones = w.partition("十")
    return (_DIGITS.get(tens, 1) if tens else 1) * 10 + (_DIGITS.get(ones, 0) if ones else 0)


def check(view: PageView) -> list[Draft]:
    drafts = []
    for i in range(1, len(view.sentences)):
        s, prev = view.sentences[i], view.sentences[i - 1]
        if s.paragraph != prev.paragraph:
            continue
        first = view.text[s.start:view.clause_end(s.start)]
        ref = cues.contains_any(first, "sum", "back_reference")
        named = cues.contains_any(first, "sum", "total_named")
        if not ref or not named:
            continue
        if ref == "这" and not _COUNT.match(first, first.find(ref) + 1):
            continue  # `这一年…总额`: 这 alone points at a time, not at a list
        # the back reference's own count (`这五大市场`, itself a count record) is no total
        said = _COUNT.match(first, first.find(ref) + len(ref))
        items_end = s.start + said.end() if said else s.start
        total = next((n for n in view.in_sentence(i) if items_end <= n.start < s.start + len(first)
                      and not _changed(view, n) and _amount(view, n)), None)
        if total is None:
            continue
        prev_text = view.text[prev.start:prev.end]
        opening = [prev_text.find(w) for w in cues.words("sum", "list_opening") if w in prev_text]
        if not opening:
            continue
        at = prev.start + min(opening)
        parts = [n for n in view.in_sentence(i - 1) if n.start > at and n.same_measure(total)
                 and not _changed(view, n) and _amount(view, n)]
        if len(parts) < 2:
            continue
        counted = _count(first[first.find(ref):])
        whole = counted == len(parts)
        why = f"“{ref}”所指的{counted}项逐一列出" if whole else "前句所列只是部分"
        drafts.append(sum_draft(total, parts, whole, why))
    return drafts
