"""sum: the lots of a tender notice, each with its amount of a field, against the project's total.

    预算金额：386.00 万元
    包1：数字化X射线摄影系统（DR）2台，预算金额 176.00 万元，成交金额 161.80 万元，…；
    包2：…，预算金额 128.00 万元，成交金额 119.36 万元，…；
    包3：…，预算金额 82.00 万元，成交金额 75.44 万元，…。
    三个包成交金额合计 356.60 万元
        386.00 = 176.00 + 128.00 + 82.00;  356.60 = 161.80 + 119.36 + 75.44

A notice numbers its lots from 1 (`包1：`, `标段2：`: data/lot_sums.toml) and gives each the same
fields (预算金额, 成交金额…). The lots of one run (numbered 1, 2, … in a row; a new `包1：` starts
another run, the candidates' list) are all the project's lots, so a field's amounts of every lot
make up the project's amount of that field: said after the lots with a total word (`合计`), or
before the first lot by the field's name alone in the sentence or two before. The first amount
after each field's name in a lot, before the next lot, is the lot's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from .amounts import is_amount, is_change
from .findings import sum_draft
from .model import Draft, Num, PageView

_LOT_NUMBER = "[0-9０-９一二三四五六七八九十]{1,2}"
_BEFORE = 2  # sentences before the first lot where the project's amount may stand
_AFTER = 200  # characters after the last lot's label where its fields and the total may stand
_FIELD_CHARS = 12  # characters before an amount where its field's name may stand
_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("lot_sums.toml")["lot_sums"]


@lru_cache(maxsize=1)
def _label_re() -> re.Pattern:
    labels = "|".join(map(re.escape, sorted(_cues()["labels"], key=len, reverse=True)))
    # a PDF's lines are joined before the audit reads them: a label may follow any word
    return re.compile(f"(?:{labels})\\s*({_LOT_NUMBER})\\s*[：:]")


def _number(s: str) -> int:
    s = s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    return int(s) if s.isdigit() else _NUMERALS.get(s, 0)


def check(view: PageView) -> list[Draft]:
    drafts = []
    for run in _runs(view):
        for field in _cues()["fields"]:
            parts = [_field_amount(view, start, end, field) for start, end in run]
            if len(parts) < 2 or any(p is None for p in parts) or len({p.unit for p in parts}) > 1:
                continue
            total = _total(view, run, field, parts)
            if total is not None and total not in parts:
                drafts.append(sum_draft(total, parts, True, f"各包{field}即项目{field}的全部"))
    return drafts


def _runs(view: PageView) -> list[list[tuple[int, int]]]:
    """Runs of lots numbered 1, 2, … in a row: each lot's (label start, end where the next lot
    starts, or `_AFTER` characters on for the last)."""
    runs: list[list[tuple[int, int]]] = []
    labels = [(m.start(), _number(m.group(1))) for m in _label_re().finditer(view.text)]
    for i, (start, k) in enumerate(labels):
        nxt = labels[i + 1] if i + 1 < len(labels) else None
        end = nxt[0] if nxt is not None and nxt[1] == k + 1 else min(len(view.text), start + _AFTER)
        if k == 1:
            runs.append([(start, end)])
        elif runs and len(runs[-1]) == k - 1:
            runs[-1].append((start, end))
    return [r for r in runs if len(r) >= 2]


def _field_amount(view: PageView, start: int, end: int, field: str) -> Num | None:
    """The first amount in [start, end) said right after the field's name, before a total word."""
    for n in view.between(start, end):
        label = _label(view, n, start)
        if any(w in label for w in _cues()["total_words"]):
            return None  # the lots' total said: the lot has no amount of its own of the field
        if field in label and n.type == "money" and is_amount(view, n) and not is_change(view, n):
            return n
    return None


def _label(view: PageView, n: Num, start: int) -> str:
    """The words before n back to the number before it (or `start`): a field's name ends with a
    colon (`中标金额：683.47 万元`), which ends a clause."""
    return view.text[max(start, view.prev_end(n.start), n.start - _FIELD_CHARS):n.start]


def _total(view: PageView, run: list[tuple[int, int]], field: str, parts: list[Num]) -> Num | None:
    """The field's amount of the whole project: after the last lot with a total word, else before
    the first lot by the field's name."""
    after = [n for n in view.between(parts[-1].end, run[-1][0] + _AFTER)
             if n.same_measure(parts[0]) and field in (lab := view.text[view.clause_start(n.start):n.start])
             and any(w in lab for w in _cues()["total_words"])]
    if after:
        return after[0]
    sent = view.sentence_index(run[0][0])
    lo = view.sentences[max(0, sent - _BEFORE)].start if sent >= 0 else max(0, run[0][0] - _AFTER)
    before = [n for n in view.between(lo, run[0][0]) if n.same_measure(parts[0]) and field in _label(view, n, lo)]
    return before[-1] if before else None
