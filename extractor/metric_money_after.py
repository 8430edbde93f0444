"""The money noun after an amount's 的 that names it (`为了3万元的回扣费`, `背着900亿美元的外债`,
`有20亿美元的逆差`), where the words before the amount name no money of their own. The words live in
data/metric.toml, section [money_noun_after]."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .lexicon import alternation, table
from .metric_layout import line_joined

_NOUN_LONGEST = 12


@lru_cache(maxsize=1)
def _shapes() -> tuple[re.Pattern, re.Pattern]:
    t = table("metric.toml")["money_noun_after"]
    # (the noun after 的 up to its last money word, no number in it: 的3部照相机和2000元现金 is another amount's)
    words = alternation(t["words"])
    # (or right after the amount, no 的: 共有9万亿日元坏账和呆账, 拿厂家100元回扣; a short noun of Chinese
    # characters only, with no verb of handing or using in it, so 捐献给“…基金会, 送到基金会 are no name of it)
    short = f"(?:(?![{t['verb_marks']}])[\u4e00-\u9fff]){{0,4}}?(?:{words})"
    after = re.compile(f"(?:{alternation(t['between'])})?的([^，。；：！？、,;:!?\\n的\\d]{{0,{_NOUN_LONGEST}}}?"
                       f"(?:{words}))|(?:{alternation(t['own_currency'])})?({short}(?:(?:{alternation(t['joined'])}){short})?)")
    own = re.compile(alternation(t["own"]))
    return after, own


def money_noun_after(text: str, end: int, phrase: str | None) -> str:
    """背着900亿美元的外债包袱 → 外债: the money noun right after the amount's 的, where the phrase read
    before the amount names no money ('' otherwise)."""
    after, own = _shapes()
    if phrase and own.search(phrase):
        return ""  # (偷税额高达724万元的大案, 投资1390万元的公司: the phrase before names the money)
    m = after.match(text, end)
    noun = (m.group(1) or m.group(2)) if m else ""
    if m and m.group(2) and noun in table("metric.toml")["topic"]["measures"]:
        return ""  # (一个月只有几百元收入: a bare measure right after, which a topic would take)
    return noun if len(noun) >= 2 else ""


_WINDOW = 200  # how much text around the number a re-read sees (a bounded copy)


@lru_cache(maxsize=1)
def _per_unit() -> re.Pattern:
    return re.compile(f"[/／](?:{alternation(table('metric.toml')['per_unit_after']['units'])})")


def past_per_unit(text: str, start: int, end: int, phrase: str | None,
                  read: Callable[[str, int, int], str | None]) -> str | None:
    """645元/月、4318元/年提高到…: a phrase that opens with the number's own per-unit suffix is read
    again as if the suffix were not there (None where it still opens with a slash)."""
    # (…；⏎人民币贷款余额⏎1497.35亿元: a line break inside the sentence is layout, metric_layout.py)
    phrase = line_joined(text, start, end, read) or phrase
    if not phrase or phrase[0] not in "/／":
        return phrase
    m = _per_unit().match(text, end)
    if not m:
        return None
    # (the window without every such suffix: 645元/月、4318元/年提高到…的801元/月)
    before = _per_unit().sub("", text[max(0, start - _WINDOW):start])
    window = before + text[start:end] + _per_unit().sub("", text[m.end():m.end() + _WINDOW])
    again = read(window, len(before), len(before) + end - start)
    return None if not again or again[0] in "/／" else again
