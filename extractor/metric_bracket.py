"""A percent alone in brackets right after words (`如某品牌（17.3%）`, `食品支出的比重较高（约45%）`):
the bracket gives the figure of the words before it, so the number is read as if it stood where the
bracket opens. A count alone in brackets after a heading (`一等奖（３名）`, `先进集体（共１００个）`) that
names nothing read as written counts the words before it too. The words used live in data/metric.toml,
section [bracket]."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .metric_places import ends_in_place

_OPEN = "（("
_CLOSE = "）)"
_SHARE = re.compile("[%％]|百分")
# a number with its unit just before the bracket (重伤３件（３人）): the bracket counts that number's
# own things, not the words before it
_NUMBER_BEFORE = re.compile("[\\d０-９.．%％一二两三四五六七八九十百千万亿][^\\d０-９，。；：！？\\s]{0,2}$")

# the same for a count: a number and one character of unit (重伤３件（３人）), not a numeral opening a
# word of three (一等奖（３名）)
_COUNT_BEFORE = re.compile("[\\d０-９一二两三四五六七八九十百千万亿][^\\d０-９，。；：！？\\s]?$")


@lru_cache(maxsize=1)
def _shapes() -> tuple[re.Pattern, re.Pattern]:
    t = table("metric.toml")["bracket"]
    lead = re.compile(f"[{_OPEN}](?:{alternation(t['leads'])})?$")
    end = re.compile(f"(?:{alternation(t['ends'])})?[{_CLOSE}]")
    return lead, end


def bracket_open(text: str, start: int, end: int) -> int | None:
    """Where the bracket holding only the number at [start, end) opens, or None where the number is
    not alone in brackets right after a word (a bracket opening a clause or a sentence names nothing)."""
    if not _SHARE.search(text, start, end):
        return None  # (吉林（二期）, 6亿元（合…）: a count or an amount in brackets is read as written)
    lead, close = _shapes()
    m = lead.search(text, max(0, start - 4), start)
    if not m or not close.match(text, end):
        return None
    at = m.start()
    if at < 2 or not "\u4e00" <= text[at - 1] <= "\u9fff" and text[at - 1] not in "”》":
        return None
    if _NUMBER_BEFORE.search(text, max(0, at - 3), at):
        return None
    return at


def counted_bracket(text: str, start: int, end: int) -> int | None:
    """Where the bracket holding only the count at [start, end) opens (`二等奖（５名）`, `（共１００个）`:
    [bracket] count_leads may stand before it), or None; as bracket_open, only right after a word
    that no number ends (重伤３件（３人）: the bracket counts that number's own things)."""
    leads = table("metric.toml")["bracket"]["count_leads"]
    m = re.search(f"[{_OPEN}](?:{alternation(leads)})?$", text[max(0, start - 4):start])
    if not m or text[end:end + 1] not in _CLOSE:
        return None
    at = max(0, start - 4) + m.start()
    if at < 2 or not "\u4e00" <= text[at - 1] <= "\u9fff" and text[at - 1] not in "”》":
        return None
    if _COUNT_BEFORE.search(text, max(0, at - 2), at):
        return None
    return at


_HEADING_WINDOW = 200


def heading_window(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """For a count alone in brackets after a heading (counted_bracket), the text before the bracket
    with the count standing where the bracket opens, closing its clause, and the count's span there
    (a window of the text: a bounded copy); None where no such bracket holds it, or the words before
    end in a place (吉林（二期）: the bracket names a part of the place, no heading)."""
    opened = counted_bracket(text, start, end)
    if opened is None or ends_in_place(text[max(0, opened - 8):opened]):
        return None
    lo = max(0, opened - _HEADING_WINDOW)
    return text[lo:opened] + text[start:end] + "。", opened - lo, opened - lo + end - start


def without_degree(phrase: str) -> str:
    """The words before the bracket less a closing adjective of degree (比重较高 → 比重)."""
    degree = next((w for w in table("metric.toml")["bracket"]["degrees"] if phrase.endswith(w)), "")
    return phrase[: -len(degree)] if degree and len(phrase) - len(degree) >= 2 else phrase
