"""enumeration: a short grouping name, a count and a noun, spelled out in the brackets after it.

    “两豆”（土豆、豌豆）                       one group: the items split at `、`
    三把刀（剪刀、菜刀、理发刀）
    三山两湖（黄山、庐山、泰山和太湖、洪湖）       two groups: `和`/`；` between them (or `、`
    “三江三湖”（湘江赣江闽江、洪湖太湖巢湖）       when it splits them in as many parts), and
                                                 a part without `、` split after each noun

The count names the grouping (no record counts it: `三南` is a word). The brackets say what it
stands for, so a differing number is the text's own contradiction when every item ends with the
grouping's noun (`南`, `刀`); otherwise (`两节（元旦、春节）`) the noun names the kind of thing,
not a part of each name, and the items may be read wrong, so it is unverifiable, except where one
group's brackets hold more short names (two to four characters, split at `、`) than it counts
(`两节（元旦、春节、元宵）`): a misreading of such names would not add one; not where the list is
open (`…等`, `例如…`). A count of places or parties with brackets of one-character short names
(`四国（俄白吉哈）`) counts one member a character, unless the brackets hold one place's own name
(`两地（西藏）`); a differing number is unverifiable (a short name may take two characters).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..names.divisions import gazetteer
from ..numerals import parse_number
from . import cues
from .lists import ItemList
from .model import Draft, Num, PageView

HOW = "简称之后括号内的列举"
HOW_MEMBERS = "数目之后括号内各成员的单字简称"
_SHORT_NAME = (2, 4)  # characters of a name in brackets read as sure (`元旦`, `养老保险`)
_MAX_BODY = 60


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    numerals = "".join(cues.words("enumeration", "count_numerals"))
    # a count of one in a digit (`1节`) counts the items as any count does; `一` in words is as often the article
    group = f"(?P<n{{i}}>(?!一)[{numerals}]{{{{1,2}}}}|1)(?P<x{{i}}>[\u4e00-\u9fff]{{{{1,2}}}}?)"
    return re.compile(f"(?<![{numerals}百千万零第\\d])" + group.format(i=1) + f"(?:{group.format(i=2)})?"
                      f"”?（(?P<body>[^（）。；\\n]{{2,{_MAX_BODY}}})）")


@lru_cache(maxsize=1)
def _members_data() -> dict:
    return cues.table("enumeration_brackets.toml")


def _short_names(body: str, noun: str) -> bool:
    """`三省（湘鄂赣）`: a count of places or parties, the brackets holding nothing but one-character
    short names of such members (data/enumeration_brackets.toml), one character a member."""
    d = _members_data()
    return noun in d["member_nouns"] and 2 <= len(body) <= int(d["most"]) and all(c in d["short_names"] for c in body) \
        and not _place_name(body)


def _place_name(body: str) -> bool:
    """`两地（西藏）`, `两国（巴西）`: the brackets hold one place's own name (the gazetteer's divisions,
    short names or world names), made of characters that are also short names: one member, not two."""
    g = gazetteer()
    return bool(g.full(body) or g.short(body)) or body in g.world_level or body in g.countries


def _split_groups(body: str, groups: int) -> list[str] | None:
    if groups == 1:
        return [body]
    for sep in ("；", "和", "与", "及", "，"):
        parts = body.split(sep)
        if len(parts) == groups:
            return parts
    parts = body.split("、")
    return parts if len(parts) == groups else None


def _items(part: str, noun: str) -> list[str]:
    """Items of one group: split at `、`, or after each noun (`淮河海河辽河`)."""
    if "、" in part:
        items = part.split("、")
        last = items[-1]
        for w in cues.words("enumeration", "last_join"):
            at = last.find(w)
            if at > 0:
                items[-1:] = [last[:at], last[at + len(w):]]
                break
        return items
    tail = noun[-1]
    pieces = [p + tail for p in part.split(tail)[:-1]] if part.endswith(tail) else [part]
    return pieces if all(len(p) >= 2 for p in pieces) else [part]


def _more_short_names(part: str, items: list[str], value: int, groups: int) -> bool:
    """One group's brackets listing more short names, split at `、`, than the label counts; not an
    open list (`中秋、国庆、重阳等`, `例如养老、医疗、失业`: data open_ends, open_starts), whose names
    are examples, not the group."""
    lo, hi = _SHORT_NAME
    d = _members_data()
    return groups == 1 and "、" in part and len(items) > value and all(lo <= len(it) <= hi for it in items) \
        and not part.endswith(tuple(d["open_ends"])) and not part.startswith(tuple(d["open_starts"]))


def check(view: PageView, draft: Callable[..., Draft], taken: set[int]) -> list[Draft]:
    """`draft` makes the finding (enumeration.enumeration_draft); `taken` holds the raw starts
    of the counts other rules already read."""
    out = []
    text = view.text
    for m in _pattern().finditer(text):
        body = m.group("body")
        if any(w in body for w in cues.words("enumeration", "bracket_notes")) or re.search(r"\d", body):
            continue
        groups = 2 if m.group("n2") else 1
        parts = _split_groups(body, groups)
        members = groups == 1 and "、" not in body and _short_names(body, m.group("x1"))
        if parts is None or (groups == 1 and "、" not in body and not members):
            continue
        at = m.start("body")
        for i, part in enumerate(parts, 1):
            value = parse_number(m.group(f"n{i}"))
            noun = m.group(f"x{i}")
            items = list(part) if members else _items(part, noun)
            if value is None or value < 1 or len(items) < 2 or any(not it for it in items):
                at += len(part) + 1
                continue
            s, e = m.start(f"n{i}"), m.end(f"x{i}")
            rec = view.raw_ref(s, e)
            if rec["start"] in taken or view.sentence_index(s) < 0 or view.between(s, e) and value > 1 and not members:
                # a count record (`三个县（A、B）`) is read by the list rules before brackets (they leave a
                # count of one in a digit alone, and short names with no `、` between them)
                at += len(part) + 1
                continue
            count = Num(rec, s, e, "count", float(value), noun, "exact", None, text[s:e])
            lst = ItemList(at, at + len(part), items, False, False, view.clause_start(at), view.clause_end(at))
            found = draft(view, count, lst, True, HOW_MEMBERS if members else HOW)
            if found.verdict == "inconsistent" and members:
                found.verdict = "unverifiable"
                found.explanation += "但一个成员的简称也可能不止一个字，无法据此判定有误。"
            elif found.verdict == "inconsistent" and not all(it.endswith(noun[-1]) for it in items) \
                    and not _more_short_names(part, items, value, groups):
                found.verdict = "unverifiable"
                found.explanation += "但括号内的名称不都以简称的字结尾，可能读错了分项，无法据此判定有误。"
            out.append(found)
            taken.add(rec["start"])
            at += len(part) + 1
    return out
