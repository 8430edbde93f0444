"""A page's place mentions as candidates: which short forms stand (a county's wants its context),
and the level, code, parent and aliases each carries."""
from __future__ import annotations

from typing import Sequence

from ..candidate import Candidate
from ..documents import by_document
from ..lexicon import table
from .divisions import gazetteer
from .joined_counties import joined_counties
from .place_mention import Mention


def keep_short(m: Mention, g_context: set[str]) -> bool:
    """A county's short form stands only where the page names its prefecture or the county itself
    (or its province, unless the short form is a common word: 工农, 港口)."""
    if m.kind != "short" or m.division is None:
        return True
    if m.division.level in ("province", "city") and _listed_short(m):
        return True  # (阿里 of 阿里地区, a stem the data does not list, wants its context as a county's)
    common = _common_word(m.name)
    return bool(g_context & ({a.name for a in m.division.chain() if not (common and a.level == "province")}
                             | {m.division.name}))


def _common_word(word: str) -> bool:
    """jieba's dictionary holds the word as a frequent common word (places.toml common_short)."""
    data = table("names/places.toml")["common_short"]
    from ..segment import shared_words  # jieba's words only when a short form is in doubt
    words = shared_words()  # rjieba's copy: the whole table is not read into Python for a few words
    tag = words.get(word)
    return tag is not None and tag in data["tags"] and words.freq(word) >= data["min_freq"]


def _listed_short(m: Mention) -> bool:
    """A short form the data lists (南京, and 南京城 built on it), or a renamed unit's (襄樊 of 襄樊市),
    not a stem taken from X地区."""
    if m.division is None:
        return False
    return m.division.short is not None and m.name.startswith(m.division.short) or m.name in gazetteer().old_shorts


def _context(mentions: list[Mention]) -> set[str]:
    """The units the mentions name for sure, and their ancestors: what lets a county's short form stand."""
    context = {m.division.name for m in mentions if m.division is not None and m.kind in ("full", "renamed")}
    context |= {a.name for m in mentions if m.division is not None and m.kind in ("full", "renamed")
                for a in m.division.chain()}
    context |= {m.division.name for m in mentions if m.division is not None and m.kind == "short"
                and m.division.level in ("province", "city") and _listed_short(m)}
    return context


def to_candidates(text: str, mentions: list[Mention], documents: Sequence[int] = ()) -> list[Candidate]:
    """documents: the starts of a joined page's documents: a short form stands by its own document's
    places (共和 for 共和县 where that report names 海南州, not where another report does)."""
    # county short names joined in one area's name (张北—尚义地区) stand by one another, and name their
    # counties for the page's later short forms as a full name would (joined_counties.py)
    joined = joined_counties(text, mentions)
    contexts = {id(m): context for group in by_document(mentions, documents, lambda m: m.start)
                for context in [_context(group) | {j.division.name for j in group if id(j) in joined and j.division}]
                for m in group}
    out = []
    for m in mentions:
        if id(m) not in joined and not keep_short(m, contexts[id(m)]):
            continue
        extra: dict = {"level": m.level}
        d = m.division
        if d is not None:
            extra["code"] = d.code
            extra["parent"] = [a.name for a in d.chain()]
            if m.kind == "renamed":
                extra["aliases"] = [d.name]
            elif m.kind == "short":
                extra["aliases"] = [d.name]
            elif d.short:
                extra["aliases"] = [d.short]
        elif m.parent:
            extra["parent"] = m.parent
        extra = {k: v for k, v in extra.items() if v}
        value = "".join(m.name.split())
        out.append(Candidate(m.start, m.end, "place", value, rule=f"place:{m.kind}", extra=extra))
    return out
