"""The period and kind of a relative or as-of word (去年, 目前, 截至去年末, 到年底, 由年初的…): as the words right
after it shape it, and whether it is a base, a target or the whole history; apart from time_exprs.py, which finds
the words in a sentence."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .issue_date import issue_date
from .lexicon import table
from .page import Page
from .period_shapes import period_words as _period_words
from .period_spans import same_months
from .period_superlative import in_superlative
from .time_exprs_words import aimed_at, calendar_name, level_of_words
from .time_kinds import time_kind
from .time_words import scope_words

# 由目前的9%, 由上年的386.4亿元, 由去年的百分之十点七, 从上年的三百亿元: a level
_LEVEL_AFTER = re.compile(r"[^，。；,;]{0,6}?(?:[0-9０-９]|百分之|[一二两三四五六七八九十][〇○零一二两三四五六七八九十百千万亿点])")
# a number right after a time word, not a date (由上年18亿元, not 从去年９月)
_FIGURE_AT = re.compile(r"[0-9０-９]+(?:[．.·][0-9０-９]+)?(?![0-9０-９．.·年月日号时])")


@lru_cache(maxsize=1)
def this_year_words() -> frozenset[str]:
    """今年, 去年, 明年: the years named from the calendar year of the writing (names/scope.toml
    [relative]), not the twelve months before it (一年来: data/period.toml [relative])."""
    return frozenset(table("names/scope.toml").get("relative", {}))


def word_period(page: Page, out: list[tuple[int, int, Optional[str], str]], at: int, word: str,
                 period: Optional[str]) -> tuple[Optional[str], str]:
    """(period, kind) of the relative or as-of word at `at` (去年, 目前, 截至去年末), period being the
    word's own: as the words right after it shape it, and whether it is a base, a target or the whole
    history; out: the time expressions found before it (同期 takes its months from them)."""
    text = page.text
    here = period  # (shaped below by the words right after the word)
    part, width = calendar_name(text, at + len(word)) if word in this_year_words() and (here or "").isdigit() \
        else ("", 0)  # 今年元旦期间: a month of the year named (1998-01); not a span's start (从今年元旦至…)
    here = f"{here}-{part}" if part and text[at + len(word) + width:][:1] not in "至到—" else here
    issued = issue_date(page.dated) if word in scope_words().as_of_writing else None
    if issued and here == f"../{issued.year}":
        # 截至目前 (not a plain 目前: the month itself), 建国以来共获得…: as of the writing
        here = f"../{issued.year}-{issued.month:02d}"
    if here and here.isdigit() and text.startswith(_period_words().year_end, at + len(word)):
        here = f"../{here}-12"  # 截至去年末: the stock at that year's end
    if here and here.isdigit() and text.startswith(_period_words().same_time, at + len(word)):
        here = same_months(out, at, here)
    # 由目前的9%增至11%, 从去年的…: the time of a starting level only, like a base
    # (由今年预计的3%提高到4%: a forecast level of the year, still the start's)
    # (由去年同期的每公斤11.80元降至…: the same months' level, past its 同期)
    word_end = at + len(word) + len(next((w for w in _period_words().same_time if text.startswith(w, at + len(word))), ""))
    of = next((w for w in level_of_words() if text.startswith(w, word_end)), None)
    if of is None and _FIGURE_AT.match(text, word_end):
        of = ""  # 由上年18亿元增加到95亿元: the level right after its time word, no 的
    from_level = text.endswith(_period_words().from_before, 0, at) and of is not None and \
        bool(_LEVEL_AFTER.match(text, word_end + len(of)))  # not 从目前的情况看
    kind = "base" if from_level else time_kind(text, at, end=at + len(word))
    if not kind and aimed_at(text, at, word):
        kind = "target"  # 到本世纪末基本解决…: a year aimed at, like 到2000年
    if not kind and here == "" and in_superlative(text, at, at + len(word)):
        kind = "base"  # 是近些年来上涨幅度最大的一年: what a figure ranks against (extractor/period_superlative.py)
    if not kind and word in scope_words().whole_history:
        # 建国以来共获得…: its own clause's facts after it (to a semicolon), no lead
        kind = "history"
    return here, kind


def year_point(text: str, at: int, word: str, which: str, part: Optional[str]) -> Optional[tuple[str, str]]:
    """(period, kind) of 到年底, 截至年末: as of the year's last month; of 由年初的530多家: its
    first month's level, the starting number's only (a base); otherwise None: no period."""
    pw = _period_words()
    level = text.endswith(pw.from_before, 0, at) and text.startswith(pw.not_as_of_after, at + len(word))
    # 年底 only after a word of "as of" (到年底, 截至年末, 增加到年末的): 每年年末, 时值年底 and
    # 年底可能升至 say when, not as of when
    if part is None or not (level if which == "start" else text.endswith(scope_words().as_of, 0, at)):
        return None
    return f"../{part[:7]}", "base" if level and which == "start" else time_kind(text, at)
