"""Whether a share's named whole (`占我外贸总值的`) is the number stated under another name
(`我国外贸进出口总值达 3250.6 亿美元`).

    占我外贸总值的 83.7%   /  我国外贸进出口总值达 X      same: owner (`我`, `我国`) and a word
                                                         trade names may drop (`进出口`) aside
    占全省进出口总额的 N%   /  全省进出口总值 X           same: `总额` and `总值` stand for one another
    占外贸总值的 N%         /  农产品外贸总值 X           no: the label narrows the whole (`农产品`)
    占外贸总值的 N%         /  全省各类外贸总值 X          near: the label ends with the whole's name

Only names ending with a total word (`总值`, `总额`, `总数`) are read: a whole said as a total is
what a share is of. The words come from data/whole_names.toml.
"""
from __future__ import annotations

import re

from . import cues, wholes
from .model import Num, PageView

_CLAUSE = re.compile(r"[，,、；;：:。（）()“”\"]")
_YEAR = re.compile(r"^[0-9０-９一二三四五六七八九〇零]+年(?:[0-9０-９一二三四五六七八九十]+月)?(?:份)?")
_NEAR = 4  # characters the whole's name must hold for a label ending with it to come near


def _data() -> dict:
    return cues.table("whole_names.toml")


def _total_word(name: str) -> str | None:
    for group in _data()["same_totals"]:
        for w in sorted(group, key=len, reverse=True):
            if name.endswith(w):
                return w
    return None


def _canonical(total: str) -> str:
    """One spelling for the total words that stand for one another."""
    for group in _data()["same_totals"]:
        if total in group:
            return group[0]
    return total


def core(name: str) -> str | None:
    """A whole's name without its time, owner and scope words and the words it may leave out, its
    total word spelled one way: `１９９７年，我国外贸进出口总值` gives `外贸总值`; None where the
    name does not end with a total word."""
    name = _CLAUSE.split(name)[-1]
    name = _YEAR.sub("", name)
    scopes = sorted(_data()["scopes"], key=len, reverse=True)
    stripped = True
    while stripped:
        stripped = False
        for w in scopes:
            if name.startswith(w) and len(name) > len(w):
                name, stripped = name[len(w):], True
                break
        name = _YEAR.sub("", name)
    total = _total_word(name)
    if total is None:
        return None
    stem = name[: -len(total)]
    for w in sorted(_data()["optional"], key=len, reverse=True):
        stem = stem.replace(w, "") if stem != w else stem
    return stem + _canonical(total) if stem else None


def relation(named: str, label: str) -> str | None:
    """`same` where the label names the whole itself, `near` where it ends with the whole's name
    (a narrower or wider whole may stand there), None where it names another thing."""
    a, b = core(named), core(label)
    if a is None or b is None:
        return None
    if a == b:
        return "same"
    if len(a) >= _NEAR and b.endswith(a):
        return "near"
    return None


def nearest(view: PageView, named: str, num: Num, candidates: list[Num],
            sized: bool = True) -> tuple[Num, str | None] | None:
    """`占我外贸总值的 83.7%` and, before, `我国外贸进出口总值达 X`: a total named with other owner
    or scope words, a word it may leave out or another total word (whole_names.py); the nearest
    larger number so named (`sized`; any so named where none is larger). A label that only ends
    with the whole's name comes near."""
    named_all = _all_of(named)
    near = None
    for n in reversed(candidates):
        if sized and n.value <= num.value:
            continue
        how = relation(named, wholes.own_name(view, n))
        if named_all and wholes.total_said(view, n) and _ends_alike(wholes.own_name(view, n), named_all):
            how = "same"  # `占全部外资的` and `共引进外部资金 X`
        if how == "same":
            return n, None
        if how == "near" and near is None:
            near = n
    if near is not None:
        return near, f"前文的 {near.written} 与“{named}”只是名称结尾相同，未必是同一整体"
    return None


def _all_of(named: str) -> str | None:
    """`全部外资`, `进入拉美地区全部外资` give `外资`: the name after a word of all (what stands
    before it says where the whole is), where no total word ends it."""
    for w in _data()["all_words"]:
        at = named.rfind(w)
        if at >= 0 and len(named) > at + len(w) + 1 and _total_word(named) is None:
            return named[at + len(w):]
    return None


def _ends_alike(label: str, name: str) -> bool:
    """The label ends with the name or a word standing for it (`外部资金` for `外资`)."""
    spellings = {name}
    for group in _data()["same_words"]:
        if name in group:
            spellings.update(group)
    return any(label.endswith(w) for w in spellings)
