"""Lints of the place of counts (and money, percent) over all DEV text, the shapes issue 13 names for
counts, the type furthest from its target: counts first, with examples to read. As bench/lint_place.py,
a lint is a measuring aid, not gold: each hit is a shape that is often wrong, to be judged by
bench/gold/README.md's conventions.

    python bench/dev_records.py --out /tmp/dev.jsonl
    python bench/lint_place_counts.py /tmp/dev.jsonl                        # counts, 3 examples each
    python bench/lint_place_counts.py /tmp/dev.jsonl --show 30 --only visit_side
    python bench/lint_place_counts.py /tmp/after.jsonl --against /tmp/before.jsonl --show 0

Lints:
  visit_side       a count of people, meetings, talks or agreements in a sentence where one place's
                   delegation or leader visits another: the place is the visitor's (the host's is
                   where they are held, README: people counted where the sentence holds them)
  null_main        a count with place null in an article whose places are one main place's (it names
                   one place at least 3 times and at least 60% of its place mentions)
  para_carry       a count of a news story whose place is carried across a paragraph break: its
                   paragraph names no place before it, the place is named in an earlier one, it is not the article's
                   main place and the article names at least two places
  para_other       a fact whose place is named only in an earlier paragraph while its own paragraph
                   names another place before it (a new topic)
  list_item        a fact whose clause opens with a place (A省N个，B省M个: its own item), got another
                   place, in a sentence of at least two such clauses
  dateline_other   a fact in a People's Daily story opening with a dateline (新华社X地…电, 本报X地…讯)
                   whose sentence names no place, with a place that is neither null nor the dateline's
                   area nor one enclosing it (from abroad: only a Chinese place; from Beijing not 中国,
                   the capital's national news: 1 of 35 read was wrong)
  national_area    a fact of a national report (gwr-national) whose place is a province or smaller
                   while its sentence names no place
DEV pages only (the records dumped by bench/dev_records.py); TEST pages are never read.

Read in session 14 (session-start code, hits judged by bench/gold/README.md's conventions; "wrong" = the
place the extractor gave is wrong): visit_side 1 hit, 0 wrong (a meeting in the visitor's own capital);
null_main 6, 0 wrong (world figures: null is right); para_carry (counts) 25 read, 3 wrong; para_other 30
read, 2 wrong; list_item 40 read, about 4 wrong, mostly not of one shape; dateline_other 30 read, 7 wrong
(5 of them sports stories filed abroad: a foreign diver's or a championship's counts given 中国), and of
the Beijing dispatches given 中国 (left out since) 35 read, 1 wrong; national_area 6, 3 wrong. So the
place of counts over DEV has no frequent wrong shape left that these find: the misses of the DEV gold
are a long tail (places the names miss, gold judgement of donors and recipients).
"""
from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402
import lint_place  # noqa: E402
from lint_place import CLAUSE_BREAK, NUMERIC, SENTENCE_END, Areas, _bounds, issue_doc  # noqa: E402

sys.path.insert(0, str(corpus.ROOT))
# a visiting party: a place, then within a few characters a delegation or a leader's word, then a visit
VISITOR = re.compile(r"(?:代表团|访问团|考察团|总统|总理|首相|外长|部长|主席|国王|领导人|议长|政府首脑)")
VISITS = re.compile(r"(?:访问|访华|来华|出访|到访|来访|抵达|会晤|会谈|会见)")
PEOPLE = re.compile(r"(?:人|名|位|次|轮|项|份|场|批)$")
DATELINE_PLACE = re.compile(r"(?:新华社|本报|中新社)(?P<where>[\u4e00-\u9fff]{2,6}?)(?:[０-９0-9一二三四五六七八九十]{1,3}月)?"
                            r"[０-９0-9一二三四五六七八九十]{1,3}日(?:电|讯)")
OPENING = 3  # a clause's opening place may follow a word or two (其中, 在)


def _filed(where: str) -> tuple[str, ...]:
    """The dateline's area and the areas enclosing it (郑州 → 郑州市, 河南省): a figure of those is no hit."""
    from extractor.dateline_places import filed_from
    return filed_from(where)


def _named(p: dict) -> set[str]:
    return {p["value"], p["text"], *(p.get("aliases") or ())}


def _within(places: list[dict], lo: int, hi: int) -> list[dict]:
    return [p for p in places if lo <= p["start"] and p["end"] <= hi]


def _host(text: str, sent: list[dict], s: int, e: int) -> str | None:
    """The host of a visit or talks the sentence tells: the place after 访问/抵达 or after 在 before a
    verb of meeting, 中国 for 访华/来华; None where the sentence tells none."""
    if not VISITS.search(text, s, e):
        return None
    if re.search("访华|来华", text[s:e]):
        return "中国"
    for p in sent:
        if text.endswith(("访问", "抵达", "到访", "在", "前往", "赴"), s, p["start"]):
            return p["value"]
    return None


def lint_doc(doc: str, text: str, rows: list[dict], areas: Areas) -> list[tuple[str, dict, str]]:
    hits: list[tuple[str, dict, str]] = []
    facts = sorted((r for r in rows if r["type"] in NUMERIC), key=lambda r: r["start"])
    places = sorted((r for r in rows if r["type"] == "place"), key=lambda r: r["start"])
    by_art: dict[int, list[dict]] = defaultdict(list)
    for p in places:
        by_art[p["article"]].append(p)
    main = {}
    for art, ps in by_art.items():
        c = Counter(p["value"] for p in ps)
        top, n = c.most_common(1)[0]
        if n >= 3 and n >= 0.6 * len(ps):
            main[art] = top
    dateline = {}
    if issue_doc(doc):
        for art in {f["article"] for f in facts}:
            first = min((r["start"] for r in rows if r["article"] == art), default=0)
            m = DATELINE_PLACE.search(text, max(0, first - 200), first + 200)
            if m:
                dateline[art] = m.group("where")
    for f in facts:
        s, e = _bounds(text, f["start"], SENTENCE_END)
        cs, _ = _bounds(text, f["start"], CLAUSE_BREAK)
        sent = _within(places, s, e)
        place = f["place"]
        if f["type"] == "count" and place and PEOPLE.search(f.get("unit") or ""):
            host = _host(text, sent, s, e)
            visitor = next((p for p in sent if VISITOR.match(text, p["end"], p["end"] + 8)
                            or VISITOR.match(text, p["end"] + 1, p["end"] + 9)), None)
            if host and visitor and place in _named(visitor) and host not in _named(visitor):
                hits.append(("visit_side", f, f"{visitor['value']} visits {host} → {place}"))
        if f["type"] == "count" and place is None and f["article"] in main:
            hits.append(("null_main", f, f"main {main[f['article']]}"))
        art = by_art.get(f["article"], [])
        prior = [p for p in art if p["end"] <= f["start"]]
        if place and prior:
            own_par = [p for p in prior if p["paragraph"] == f["paragraph"]]
            earlier = [p for p in prior if p["paragraph"] != f["paragraph"]]
            if earlier and not any(place in _named(p) for p in own_par + sent) \
                    and any(place in _named(p) for p in earlier):
                if own_par:
                    hits.append(("para_other", f, f"paragraph names {own_par[-1]['value']}; {place} from before"))
                elif f["type"] == "count" and issue_doc(doc) and main.get(f["article"]) != place \
                        and len({p["value"] for p in art}) >= 2:
                    hits.append(("para_carry", f, f"{place} from an earlier paragraph, not the article's main place"))
        opener = next((p for p in sent if cs <= p["start"] <= cs + OPENING and p["end"] <= f["start"]), None)
        if opener and place not in _named(opener) and not CLAUSE_BREAK.search(text, opener["end"], f["start"]):
            openers = sum(1 for m in CLAUSE_BREAK.finditer(text, s, e)
                          if any(m.end() <= p["start"] <= m.end() + OPENING for p in sent))
            openers += any(s <= p["start"] <= s + OPENING for p in sent)
            if openers >= 2:
                hits.append(("list_item", f, f"clause opens with {opener['value']} → {place}"))
        where = dateline.get(f["article"])
        abroad = areas.foreign(where) is True  # a dispatch from abroad: only a Chinese area given it is odd
        if where and place and not sent and not place.startswith(where[:2]) and place not in _filed(where) \
                and (not abroad or areas.foreign(place) is False) and not (where == "北京" and place == "中国"):
            hits.append(("dateline_other", f, f"dateline {where} → {place}"))
        if doc.startswith("gwr-national") and place and place != "中国" and not sent \
                and areas.foreign(place) is False:
            hits.append(("national_area", f, f"{place} not in the sentence"))
    return hits


LINTS = ("visit_side", "null_main", "para_carry", "para_other", "list_item", "dateline_other", "national_area")


def main() -> None:
    lint_place.main(LINTS, lint_doc, __doc__)


if __name__ == "__main__":
    main()
