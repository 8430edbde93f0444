"""Category sets a text declares itself, member by member, for the checks that ask whether a
list names every part of a whole.

    按经营方式可以把农场分为三类：1．家庭农场，指…；2．合作农场，指…；3．国营农场，指…
    …全县农场中家庭农场、合作农场和国营农场所占的比重分别为…
    去年全县 120 个农场中，家庭农场 70 个，合作农场 35 个，国营农场 15 个

data/complementary.toml holds the sets every reader knows (城镇/乡村, 男/女); a text may set up
its own: a verb of dividing (`划分为`), a count of kinds (`四种类型`), a colon, then exactly that
many members, each opened by a numbered marker or split by `；`, each named before its first
comma (`家庭农场，指…`). A later list whose labels name each member once (and nothing else
of the set twice) is that division complete: its parts are every kind and no two overlap, so
they must make up the whole. The count and the members must agree, else nothing is declared
(a misread item list would declare a wrong set). Sets are read once a page (cached on the view).
"""
from __future__ import annotations

import re
from functools import lru_cache
from os.path import commonprefix

from . import cues
from .model import PageView

_MOST = 10  # a division into more kinds than this is a list, not a set a text names one by one
_NAME = (2, 12)  # characters of a member's name
_GAP = 10  # characters between the count of kinds and the colon (`四种类型`, `种形式`)
_SMALL = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_OPENS = "；; \u3000"
_FULL = str.maketrans("０１２３４５６７８９", "0123456789")
# a numbered marker opening a member: `１．`, `(2)`, `（三）`, `3、`
_MARKER = re.compile(r"(?:[（(][0-9０-９一二三四五六七八九十]{1,2}[）)]|[0-9０-９]{1,2}[．.、])")


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("declared_sets.toml")["declared_sets"]


@lru_cache(maxsize=1)
def _head() -> re.Pattern:
    c = _cues()
    verbs = "|".join(sorted(c["verbs"], key=len, reverse=True))
    kinds = "|".join(sorted(c["kinds"], key=len, reverse=True))
    return re.compile(rf"(?:{verbs})(?P<n>[0-9０-９]{{1,2}}|[两二三四五六七八九十])(?:{kinds})[^：:。；\n]{{0,{_GAP}}}[：:]")


def declared(view: PageView) -> list[tuple[int, tuple[str, ...]]]:
    """(where the declaration ends, its members' names) for each set the page declares."""
    found = view.__dict__.get("_declared_sets")
    if found is None:
        read = (_members(view.text, m) for m in _head().finditer(view.text))
        found = view.__dict__["_declared_sets"] = [d for d in read if d is not None]
    return found


def _count(said: str) -> int:
    return _SMALL[said] if said in _SMALL else int(said.translate(_FULL))


def _members(text: str, m: re.Match) -> tuple[int, tuple[str, ...]] | None:
    """The members after the colon, to the end of the sentence, when there are as many as counted."""
    n = _count(m.group("n"))
    if not 2 <= n <= _MOST:
        return None
    end = text.find("。", m.end())
    line = text.find("\n", m.end())
    end = min(e for e in (end, line, len(text)) if e >= 0)
    body = text[m.end():end]
    # a marker opens the body or follows a `；` (`3.5` inside a member is no marker)
    marks = [k for k in _MARKER.finditer(body) if k.start() == 0 or body[k.start() - 1] in _OPENS]
    if marks and marks[0].start() == 0:
        pieces = [body[a.end():(marks[i + 1].start() if i + 1 < len(marks) else len(body))]
                  for i, a in enumerate(marks)]
    else:
        pieces = body.split("；")
    if len(pieces) != n:
        return None
    names = []
    for piece in pieces:
        name = re.split(f"[{re.escape(_cues()['name_ends'])}]", piece.strip(), maxsplit=1)[0].strip()
        if not _NAME[0] <= len(name) <= _NAME[1]:
            return None
        names.append(name)
    if len(set(names)) != n:
        return None
    return end, tuple(names)


def covers(view: PageView, labels: list[str], at: int) -> tuple[str, ...] | None:
    """The set declared before `at` whose members the labels name one each, all of them."""
    return next((members for end, members in declared(view) if end <= at and names_each(members, labels)), None)


def names_each(members: tuple[str, ...], labels: list[str]) -> bool:
    """Each label names one member (the longest it holds: a member inside another's name is not
    counted twice) and together they name every member once."""
    if len(members) != len(labels):
        return False
    hit = []
    for label in labels:
        inside = [x for x in members if x in label]
        inside = [x for x in inside if not any(x != y and x in y for y in inside)]
        if len(inside) != 1:
            return False
        hit.append(inside[0])
    return sorted(hit) == sorted(members)


def complementary(labels: list[str]) -> tuple[str, ...] | None:
    """The category set that the labels name one member each of, if any."""
    return next((members for members in cues.complementary_sets() if names_each(members, labels)), None)


def shortened(names: list[str]) -> tuple[str, ...] | None:
    """The category set a list cut short names in order (`第一、二、三产业` is 第一产业, 第二产业
    and 第三产业; `城镇、乡村人口` 城镇 and 乡村): the members share the words before and after what
    tells them apart, which a list writes once, the words before at its first item, those after
    at its last. `names` are the list's items, the first with the words before the list, the last
    with those after it."""
    return next((members for members in cues.complementary_sets() if _names_short(members, names)), None)


def _names_short(members: tuple[str, ...], names: list[str]) -> bool:
    if len(members) != len(names) or len(names) < 2:
        return False
    head = commonprefix(list(members))
    tail = commonprefix([m[::-1] for m in members])[::-1]
    if any(len(m) <= len(head) + len(tail) for m in members):
        return False
    cores = [m[len(head):len(m) - len(tail)] for m in members]
    last = len(names) - 1
    for i, (name, core) in enumerate(zip(names, cores)):
        said = (head + core, core)
        ok = members[i] in name or (
            name.endswith(said) if i == 0 else
            name.startswith(tuple(w + tail for w in said)) if i == last else name in said)
        if not ok:
            return False
    return True

