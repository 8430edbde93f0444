"""enumeration: names, a verb that gives them places one each, and the places.

    甲队、乙队和丙队分获男子接力决赛前三名          `前三名`: as many places as the top three
    甲和乙分列第一、二位                            `第一、二位`: the places listed
    甲和乙分获冠亚军                                a word that names two places (data)

`分获`, `分列` hand each item one place in turn, so the names listed before the verb (a list closed
by a join word, names of nouns, as enumeration_joined.py reads them) and the places after it are
as many. More or fewer is an error of the text, unless the sentence says two may share a place
(`并列`) or the list is open (`等`): then unverifiable. The places are not numeric records; the
count is read from the words (`前三名`: three; `第一、二位`: two ordinals).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..numerals import parse_number
from . import cues
from .enumeration import enumeration_draft
from .enumeration_joined import list_before
from .model import Draft, Num, PageView

HOW = "“分获”“分列”之前列举的名称"
_TIED = "但句中说名次可以并列或列举未完，无法据此判定有误。"
_ORDINAL = "[一二三四五六七八九十]"


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("enumeration_ranks.toml")["ranks"]


@lru_cache(maxsize=1)
def _verb() -> re.Pattern:
    return re.compile("|".join(sorted(map(re.escape, _data()["verbs"]), key=len, reverse=True)))


@lru_cache(maxsize=1)
def _places() -> re.Pattern:
    """`前三名`, `第一、二位`, `一、二等奖`, or a word that names its places, after the event's words."""
    named = "|".join(sorted(map(re.escape, _data()["named"]), key=len, reverse=True))
    listed = f"第?{_ORDINAL}(?:(?:、|和|与)第?{_ORDINAL})+(?:位|名|等奖)"
    return re.compile(f"[^，。；！？]{{0,{_data()['event_chars']}}}?(?P<p>前{_ORDINAL}名|{listed}|{named})")


def check(view: PageView) -> list[Draft]:
    out = []
    for m in _verb().finditer(view.text):
        lst = list_before(view, m.start(), False)
        if lst is None or not lst.joined:
            continue
        found = _places().match(view.text, m.end())
        if found is None:
            continue
        s, e = found.start("p"), found.end("p")
        value = _how_many(found.group("p"))
        if value is None:
            continue
        count = Num(view.raw_ref(s, e), s, e, "count", float(value), None, "exact", None, view.text[s:e])
        lo, hi = view.sentence_span(m.start())
        clause = view.text[lo:hi]
        lst.joined = ""  # the join word is the list's
        draft = enumeration_draft(view, count, lst, True, HOW)
        if any(w in clause for w in _data()["ties"]):
            draft.doubted(_TIED)
        out.append(draft)
    return out


def _how_many(places: str) -> int | None:
    """How many places the words name."""
    if places in _data()["named"]:
        return int(_data()["named"][places])
    if places.startswith("前"):
        n = parse_number(places[1:-1])
        return int(n) if n else None
    return len(re.findall(_ORDINAL, places))
