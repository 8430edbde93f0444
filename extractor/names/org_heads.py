"""What heads an organization's name (places, jieba's organization words, words of state) and
the agencies written with a level word (县发改局): split from orgs.py to keep it small."""
from __future__ import annotations

from .bodies import find_agencies
from .org_known import country_heads
from .org_lists import Org, org_data
from .place_mention import Mention
from .spans import Spans, positions
from .words import Words


def with_agencies(text: str, found: list[Org], places: list[Mention]) -> list[Org]:
    """县发改局, 省财政厅: a level word and an agency make one body; a piece of it found by its
    suffix (财政厅 alone) gives way, a longer name holding it (…县发改局办公室) stays."""
    agencies = find_agencies(text, {p.end: p.start for p in places if p.kind in ("full", "renamed")})
    if not agencies:
        return found
    held = Spans(agencies)
    kept = [o for o in found if not held.contains(o.start, o.end)]
    taken = Spans((o.start, o.end) for o in kept)
    kept += [Org(s, e, text[s:e], "org:agency") for s, e in agencies if not taken.overlaps(s, e)]
    return sorted(kept, key=lambda o: o.start)


def heads_of(text: str, words: Words, places: list[Mention]) -> list[Mention]:
    """What may head an organization's name: places, jieba's organization words (中共中央),
    the words of state (国家, 全国, 中共) and a country's one-character form (以/政府)."""
    lists = org_data()
    head_words = lists["heads"]
    # 财政部/会同/国家计委: a county's short form that is a verb joining two bodies heads nothing
    out = [p for p in places if not (p.kind == "short" and p.name in lists["clause_verbs"])]
    covered = positions(places)
    # the few tokens that may head a name, picked at C speed (see Words.indices_tagged)
    for i in sorted(set(words.indices_tagged("nt")).union(words.indices_of(head_words))):
        t = words.tokens[i]
        if t[0] not in covered:
            out.append(Mention(t[0], t[1], t[2], "head"))
    out += [Mention(s, e, w, "abbreviation") for s, e, w in country_heads(text, words) if s not in covered]
    return sorted(out, key=lambda m: m.start)
