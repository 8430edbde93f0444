"""part_of for a part said among a counted whole, whatever the two numbers lie between.

    这 1500 台中，有质量问题的约为 900 余台       `N X 中，有 … M`: the first number of the clause
    434 个岗位工人中，有 120 人                   after `中` + a lead word (data/among.toml) is a part;
    457 张有效选票中的 374 张                     (`的` only right before the number)
    1562 家企业中，已有 1139 家…，215 家…         the first numbers of the clauses after it, or
    120 个项目中，电站有 90 个                    (a short noun of the part's own before 有)
    100 家企业中，单项业务企业为 22 家，…         clauses naming their part by the whole's noun,
                                                 are parts that may fall short of the whole (all
                                                 of it where they name every kind of a division
                                                 the text declared: declared_sets.py)
    在 120 个议会席位中所占的席位从 66 席         a whole counted by a generic classifier (个)
                                                 takes a part counted by the end of its noun (人, 席)
    在共有 150 个席位的议会中只占 48 席          or by the first character of the noun it counts
                                                 (before `的`: 席位 of `席位的议会`)
    包括 4000 多特困户在内的 5247 个贫困户        the number inside `包括…在内的` is part of the
                                                 number right after it
    处分 252 人，涉及县处级干部 49 人、厅级 7 人   numbers of one measure in a `涉及` clause right after
                                                 a number are each part of it
Relations come from the words between the numbers and from what the numbers count (unit, or the
noun after a generic classifier), never from distance alone: `5 个县中，有 3 个乡镇` counts
another thing and is left alone.
"""
from __future__ import annotations

from functools import lru_cache

from . import cues, declared_sets
from ..fact_types import SUMMABLE_TYPES
from .findings import part_of_draft, sum_draft
from .model import CLAUSE_BREAKS, Draft, Num, PageView, same_unit

_NOUN = 10  # `个县（市、区）`, `万名选民`: the noun between a whole and 中
_CLOSE_GAP = 2  # `在内的` … the whole
_INVOLVE_GAP = 1  # the whole, `，` and `涉及`
_WHOLE_QUALIFIERS = ("exact", "about")
_PART_QUALIFIERS = ("exact", "about", "over")
_SHARED_NOUN = 2  # `企业`: the noun that names parts listed without a lead word
_MOST_PARTS = 12  # a table written as one sentence stays linear
_CLAUSE_LEAD = 14  # a part's number comes this early in its clause
_DESCRIBED_LEAD = 24  # `已全部或者部分完工并投入生产的有`: a part named by what its things did
_BRACKETS = 2  # bracket groups read after a whole


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("among.toml")["among"]


def _starts(text: str, key: str) -> str:
    return next((w for w in _cues()[key] if text.startswith(w)), "")


def check(view: PageView) -> list[Draft]:
    return _among(view) + _including(view) + _involving(view) + _bracketed(view)


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
        if not part.unit or whole.unit not in _cues()["generic_units"]:
            return False
        # `个岗位工人` and `人`; `个项目` and `项`, two generic classifiers of the noun's own
        # character, when no other counted noun follows the part (`有 17 项完工`)
        own = part.unit in _cues()["generic_units"] and part.unit in noun \
            and not _starts(_noun(view, part.end, 4), "counted_nouns")
        # `150 个席位的议会中只占 48 席`: the noun the whole counts (before `的`) opens with the part's unit
        counted = noun.split("的")[0]
        return noun.endswith(part.unit) or own or len(counted) > 1 and counted.startswith(part.unit)
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
        at = noun.rfind("中")  # `38 所重点中学中的`: the last 中, not the one of 中学
        if at < 0:
            continue
        pos = whole.end + at + 1
        pos += view.text[pos:pos + 1] == "，"
        noun = noun[:at]
        if _moves(noun) or any(w in noun for w in _cues()["clause_marks"]):
            continue  # `从年初的 6442 点上升至年中的 8200 点`: a level moving to mid-year, no whole;
            # `1000 件已送到灾民手中`: a clause's subject and a place, no whole
        lead = _starts(view.text[pos:], "lead") or _adjoining(view, pos) or _described(view, pos)
        parts = _listed(view, whole, noun, pos, lead)
        if len(parts) == 1 and lead:
            drafts.append(part_of_draft(whole, parts[0], f"“{whole.written}{noun}中”的部分"))
        elif len(parts) > 1:
            # parts naming every kind of a division the text declared (declared_sets.py) are all
            # of the whole, none overlapping: they must make it up
            members = declared_sets.covers(view, [view.label_before(p) for p in parts], parts[0].start)
            drafts.append(sum_draft(whole, parts, True, f"各部分（{'/'.join(members)}）是文中所分的全部类型")
                          if members else
                          sum_draft(whole, parts, False, f"“{whole.written}{noun}中”所列的未必是全部", disjoint=False))
    return drafts


def _moves(noun: str) -> bool:
    """Words between a number and its `中` that say the number moves (上升至, 下降到: data/cues.toml
    [growth] up/down, two characters or more): the `中` is then a time (年中), not a counted whole's."""
    return any(w in noun for w in _moving_words())


@lru_cache(maxsize=1)
def _moving_words() -> tuple[str, ...]:
    return tuple(w for key in ("up", "down") for w in cues.words("growth", key) if len(w) > 1)


def _adjoining(view: PageView, pos: int) -> str:
    """`中的 5 个`: a lead word right before a number (`中的重点工程…3 个` leads to no part)."""
    w = _starts(view.text[pos:], "lead_adjoining")
    at = pos + len(w)
    return w if w and any(n.start == at for n in view.between(at, at + _CLAUSE_LEAD)) else ""


def _described(view: PageView, pos: int) -> str:
    """`141 个项目中，已完工投产的有 17 项`: the part named by what its things did (`…的有`), its
    number ending the clause's words (data/among.toml described); the word, or ""."""
    stop = view.clause_end(pos)
    nums = view.between(pos, stop)
    if not nums or nums[0].start - pos > _DESCRIBED_LEAD:
        return ""
    said = view.text[pos:nums[0].start]
    if said.endswith(tuple(_cues()["described_not"])):
        return ""
    return next((w for w in _cues()["described"] if said.endswith(w)), "")


def _listed(view: PageView, whole: Num, noun: str, pos: int, lead: str) -> list[Num]:
    """The first number of each clause from pos to the end of the sentence, while each counts
    the whole's things; without a lead word (`有`) each clause names its part by the whole's
    noun (`100 家企业中，单项业务企业为 22 家，…`)."""
    parts: list[Num] = []
    end = view.sentences[whole.sentence].end if 0 <= whole.sentence < len(view.sentences) else len(view.text)
    tail = noun[-_SHARED_NOUN:]
    while pos < end and len(parts) < _MOST_PARTS:
        stop = view.clause_end(pos)
        if _starts(view.text[pos:], "nested"):
            break  # `其中…`: a part of the part before
        nums = [n for n in view.between(pos, min(stop, end)) if n.type in SUMMABLE_TYPES]
        said = view.text[pos:nums[0].start] if nums else ""
        described = said.endswith(tuple(_cues()["described"])) and not said.endswith(tuple(_cues()["described_not"]))
        reach = _DESCRIBED_LEAD if described else _CLAUSE_LEAD
        if not nums or not counts_alike(view, whole, noun, nums[0]) or nums[0].start - pos > reach:
            break
        named = len(tail) == _SHARED_NOUN and tail in view.text[pos:nums[0].start]
        if not (lead or named or described):
            break
        parts.append(nums[0])
        if view.text[stop:stop + 1] != "，":
            break
        pos = stop + 1
    return parts


def _including(view: PageView) -> list[Draft]:
    """`包括 4000 多特困户在内的 5247 个贫困户`."""
    drafts = []
    for whole in view.nums:
        if whole.type not in SUMMABLE_TYPES or whole.qualifier not in _WHOLE_QUALIFIERS:
            continue
        lo = max(view.clause_start(whole.start), whole.start - _NOUN * 3)  # a long clause stays linear
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


def _bracketed(view: PageView) -> list[Draft]:
    """`1882 个（含其他县级单位 79 个）`: a part said in brackets right after its whole, opened by
    `含`, `其中`, `包括` (data/among.toml); brackets of the noun may come first (`个县（市、区）（含…）`)."""
    drafts = []
    for whole in view.nums:
        if whole.type not in SUMMABLE_TYPES or whole.qualifier not in _WHOLE_QUALIFIERS:
            continue
        pos = whole.end
        for _ in range(_BRACKETS):
            at = view.text.find("（", pos, pos + _NOUN)
            close = view.text.find("）", at + 1, at + 1 + _NOUN * 3) if at >= 0 else -1
            if close < 0 or any(c in view.text[pos:at] for c in CLAUSE_BREAKS):
                break
            if _starts(view.text[at + 1:close], "bracket_open"):
                inside = [n for n in view.between(at, close) if n.type in SUMMABLE_TYPES]
                if len(inside) == 1 and counts_alike(view, whole, _noun(view, whole.end), inside[0]):
                    drafts.append(part_of_draft(whole, inside[0], "括号内所列的部分"))
                break
            pos = close + 1
    return drafts
