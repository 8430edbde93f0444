"""A change against the plan with no number in its sentence, in a year's final accounts.

    本年支出合计 B 元。……1956 年决算支出占预算数的 98.0%，比预算数 P 元少支 D 元。……
    1956 年决算支出比预算少支出了约 2.0%
        the actual is the year's account (`本年支出合计`) that the subject names with a scope
        word of the same meaning (`决算支出`: levels.same_account_name); the plan is the number
        said before as `比预算数 P` by a sentence with the same subject

Both levels are tied to the change by names only, so a mismatch is unverifiable unless the
plan's own sentence confirms the account as the actual (its rate `占预算数的 R%` or its
`少支 D` give the account from the plan). Looks are bounded (levels.account_total, and
_BACK numbers for the plan), so the audit stays linear in page length.
"""
from __future__ import annotations

import re

from . import cues
from .growth_calc import growth_draft
from .levels import account_total, plan_confirms, rate_confirms
from .model import Draft, PageView
from .wording import Change

_BACK = 120  # numbers before a change among which its plan is looked for
_HAN = re.compile(r"[^\u4e00-\u9fff]")
_YEAR = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年")


def _subject(text: str) -> str:
    """The subject before `比` (`1956 年决算支出比预算` gives `决算支出`)."""
    return _HAN.sub("", _YEAR.sub("", text.split("比")[0]))


def against_plan(view: PageView, ch: Change, direction: str, sent: int, clause: str) -> Draft | None:
    """`决算支出比预算少支出了约 2.0%`: the plan `比预算数 P` said before under the same subject,
    and the year's account that subject names; None where either is missing."""
    plan_word = next((w for w in cues.words("rate", "plan_words") if f"比{w}" in clause), None)
    subject = _subject(clause)
    if plan_word is None or len(subject) < 2:
        return None
    s_start = view.sentences[sent].start
    for base in reversed(view.before(s_start, _BACK)):
        if base.article != view.sentences[sent].article or base.type != "money":
            continue
        label = view.label_before(base)
        if not re.search(f"比{plan_word}(?:数|數)?$", label):
            continue
        said = view.text[view.sentences[base.sentence].start:base.start]
        if _subject(said)[:len(subject)] != subject:
            return None  # the nearest plan is another subject's
        new = account_total(view, said, base)
        if new is None:
            return None
        found = growth_draft(ch, direction, new, base)
        if found.verdict == "inconsistent" and not (rate_confirms(view, new, base) or plan_confirms(view, new, base)):
            return Draft("growth", "unverifiable", found.facts, None, ch.shown,
                         found.explanation.rstrip("。") + f"；但 {new.written} 与 {base.written} 只凭名称相连，不据此判定有误。")
        return found
    return None
