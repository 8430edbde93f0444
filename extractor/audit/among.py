"""part_of for a part said among a counted whole, whatever the two numbers lie between.

    这 1500 台中，有质量问题的约为 900 余台       `N X 中，有 … M`: the first number of the clause
    434 个岗位工人中，有 120 人                   after `中` + a lead word (data/among.toml) is a part;
    在 120 个议会席位中所占的席位从 66 席         a whole counted by a generic classifier (个)
                                                 takes a part counted by the end of its noun (人, 席)
    包括 4000 多特困户在内的 5247 个贫困户        the number inside `包括…在内的` is part of the
                                                 number right after it
    处分 252 人，涉及县处级干部 49 人、厅级 7 人   numbers of one measure in a `涉及` clause right after
                                                 a number are each part of it
Relations come from the words between the numbers and from what the numbers count (unit, or the
noun after a generic classifier), never from distance alone: `5 个县中，有 3 个乡镇` counts
another thing and is left alone.
"""
from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

from ..fact_types import SUMMABLE_TYPES
from .findings import part_of_draft
from .model import CLAUSE_BREAKS, Draft, Num, PageView, same_unit

_NOUN = 10  # `个县（市、区）`, `万名选民`: the noun between a whole and 中
_CLOSE_GAP = 2  # `在内的` … the whole
_INVOLVE_GAP = 1  # the whole, `，` and `涉及`
_WHOLE_QUALIFIERS = ("exact", "about")
_PART_QUALIFIERS = ("exact", "about", "over")


@lru_cache(maxsize=1)
def _cues() -> dict:
    with resources.files("extractor.audit").joinpath("data", "among.toml").open("rb") as f:
        return tomllib.load(f)["among"]


def _starts(text: str, key: str) -> str:
    return next((w for w in _cues()[key] if text.startswith(w)), "")


def check(view: PageView) -> list[Draft]:
    return _among(view) + _including(view) + _involving(view)


def _noun(view: PageView, pos: int, limit: int = _NOUN) -> str:
    """The words from pos up to a break or a number (`个岗位工人` less its classifier)."""
    end = pos
    while end < len(view.text) and end - pos < limit and view.text[end] not in CLAUSE_BREAKS + "、" \
            and not view.text[end].isdigit():
        end += 1
    return view.text[pos:end]


def counts_alike(view: PageView, whole: Num, noun: str, part: Num) -> bool:
    """The part counts the whole's things: the same unit (a generic one not followed by another
    counted noun), or the whole's noun ends with the part's unit (`个岗位工人` and `人`)."""
    if whole.type != part.type or part.qualifier not in _PART_QUALIFIERS:
        return False
    if not same_unit(whole.unit, part.unit):
        return bool(part.unit) and noun.endswith(part.unit) and whole.unit in _cues()["generic_units"]
    if part.unit not in _cues()["generic_units"]:
        return True
    other = _starts(_noun(view, part.end, 4), "counted_nouns")
    return not other or other in noun


def _among(view: PageView) -> list[Draft]:
    drafts = []
    for whole in view.nums:
        if whole.type not in SUMMABLE_TYPES or whole.qualifier not in _WHOLE_QUALIFIERS:
            continue
        noun = _noun(view, whole.end)
        at = noun.find("中")
        if at < 0:
            continue
        pos = whole.end + at + 1
        pos += view.text[pos:pos + 1] == "，"
        lead = _starts(view.text[pos:], "lead")
        if not lead:
            continue
        nums = [n for n in view.between(pos, view.clause_end(pos + len(lead))) if n.type in SUMMABLE_TYPES]
        noun = noun[:at]
        if nums and counts_alike(view, whole, noun, nums[0]):
            drafts.append(part_of_draft(whole, nums[0], f"“{whole.written}{noun}中”的部分"))
    return drafts


def _including(view: PageView) -> list[Draft]:
    """`包括 4000 多特困户在内的 5247 个贫困户`."""
    drafts = []
    for whole in view.nums:
        if whole.type not in SUMMABLE_TYPES or whole.qualifier not in _WHOLE_QUALIFIERS:
            continue
        lo = view.clause_start(whole.start)
        before = view.text[lo:whole.start]
        close = next((c for c in _cues()["including_close"] if before.rstrip("约近共").endswith(c)), "")
        opened = max(before.rfind(w) for w in _cues()["including_open"])
        if not close or opened < 0 or len(before.rstrip("约近共")) - len(close) - opened > _NOUN * 2:
            continue
        inside = [n for n in view.between(lo + opened, whole.start) if n.type in SUMMABLE_TYPES]
        noun = _noun(view, whole.end)
        for part in inside:
            if len(before) - len(before.rstrip("约近共")) <= _CLOSE_GAP and counts_alike(view, whole, noun, part):
                drafts.append(part_of_draft(whole, part, "“包括…在内”的部分"))
    return drafts


def _involving(view: PageView) -> list[Draft]:
    """`已给予处分的 252 人，涉及县处级干部 49 人、厅级干部 7 人`: each part against the number
    right before the `涉及` clause (their sum is not checked: the parts may overlap)."""
    drafts = []
    for whole in view.nums:
        if whole.type not in SUMMABLE_TYPES or whole.qualifier not in _WHOLE_QUALIFIERS:
            continue
        pos = whole.end
        if view.text[pos:pos + _INVOLVE_GAP] != "，":
            continue
        cue = _starts(view.text[pos + _INVOLVE_GAP:], "involving")
        if not cue:
            continue
        start = pos + _INVOLVE_GAP + len(cue)
        for part in view.between(start, view.clause_end(start)):
            if part.type in SUMMABLE_TYPES and part.same_measure(whole) and part.qualifier in _PART_QUALIFIERS:
                drafts.append(part_of_draft(whole, part, f"“{cue}”所列的部分"))
    return drafts
