"""Lints of place over all DEV text: how often a suspicious shape of a money/count/percent fact's place
occurs, counts first, split by type, with examples to read. A lint is a measuring aid, not gold: each
hit is a shape that is often wrong, to be read and judged by bench/gold/README.md's conventions.

    python bench/dev_records.py --out /tmp/dev.jsonl
    python bench/lint_place.py /tmp/dev.jsonl                 # counts and 3 examples of each lint
    python bench/lint_place.py /tmp/dev.jsonl --show 30 --only whole_word   # 30 examples of one lint
    python bench/lint_place.py /tmp/dev.jsonl --show 30 --only whole_word --seed 1  # a random 30 to judge
    python bench/lint_place.py /tmp/dev.jsonl --json hits.json            # every hit, for a diff
    python bench/lint_place.py /tmp/after.jsonl --against /tmp/before.jsonl --show 0  # counts before -> after

Lints (the shapes issue 13 names):
  null_placed       place null in an article with a dateline or whose other facts have a place
  foreign_home      a foreign place while the fact's sentence names only Chinese places
  home_foreign      a Chinese place while the fact's sentence names only foreign places
  province_city     a province while the fact's clause names a city or county inside it before the fact
  whole_word        a smaller area than a whole-area word (全市/全省/全国) right before the fact names
  clause_differ     facts of one clause (or one 分别 list) with different places
  seat_venue        a count of people, meetings, delegations or projects whose place is not the
                    place the sentence holds it in (在X举行/召开/举办/参加…)
  far_short         a place the gazetteer read from a short form in a province no other place of the
                    article is in, while the article names places of another province
  example_item      the place opening a single example item before 等 and the figure (某市某平台等3个平台)
  body_country      中国 where the sentence names it only as the opening of a body's or a list's name
  trade_partner     the place a trade or investment partner is named by (对东盟进出口增长19%)
DEV pages only (the records dumped by bench/dev_records.py); TEST pages are never read.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402
from dev_records import dev_pages  # noqa: E402
from audit_inconsistent import SETS  # noqa: E402

sys.path.insert(0, str(corpus.ROOT))
NUMERIC = ("money", "count", "percent")
SENTENCE_END = re.compile(r"[。！？!?\n]")
CLAUSE_BREAK = re.compile(r"[，；：,;:。！？!?\n]")
DATELINE = re.compile(r"(?:本报|新华社|[新中]华社|电讯|记者).{0,14}?电")
WHOLE = {"全市": ("市", "州", "盟", "地区"), "全省": ("省", "自治区"), "全区": ("区", "自治区"),
         "全县": ("县", "旗", "市")}
VENUE = re.compile(r"在(?P<place>[\u4e00-\u9fff]{2,8}?)(?:举行|召开|举办|开幕|闭幕|参加|访问|考察|集会|会见|相聚|聚会|出席)")
ATTENDED = re.compile(r"(?:人|名|位|代表|团|会议|项目|个国家|位代表|名代表|家)")


def _gazetteer():
    from extractor.names.divisions import gazetteer
    return gazetteer()


class Areas:
    """What the lints need to know of a place's name: Chinese or foreign, level, province code."""

    def __init__(self, records: list[dict]) -> None:
        self.g = _gazetteer()
        self.seen: dict[str, dict] = {}
        for r in records:
            if r["type"] == "place" and r.get("value"):
                self.seen.setdefault(r["value"], r)
                for a in r.get("aliases") or ():
                    self.seen.setdefault(a, r)

    def province(self, name: str) -> str | None:
        r = self.seen.get(name)
        if r and r.get("code"):
            return r["code"][:2]
        found = self.g.full(name) or self.g.short(name)
        codes = {d.code[:2] if d.code else (d.chain()[-1].code or "")[:2] if d.chain() else None for d in found}
        return codes.pop() if len(codes) == 1 else None

    def level(self, name: str) -> str | None:
        r = self.seen.get(name)
        if r and r.get("level"):
            return r["level"]
        found = self.g.full(name)
        if found:
            return found[0].level
        return self.g.world_level.get(name)

    def foreign(self, name: str) -> bool | None:
        """True for a foreign country, city or region; False for China and its areas; None unknown."""
        if name in ("中国", "全国", "我国", "中华人民共和国"):
            return False
        if self.province(name):
            return False
        level = self.level(name)
        if level in ("country", "foreign_city"):
            return True
        return None


def _bounds(text: str, at: int, pattern: re.Pattern) -> tuple[int, int]:
    start = max((m.end() for m in pattern.finditer(text, max(0, at - 400), at)), default=max(0, at - 400))
    m = pattern.search(text, at)
    return start, m.start() if m else len(text)


def _snippet(text: str, r: dict) -> str:
    s, e = _bounds(text, r["start"], SENTENCE_END)
    s = max(s, r["start"] - 80)
    e = min(e, r["end"] + 40)
    return text[s:r["start"]] + "【" + text[r["start"]:r["end"]] + "】" + text[r["end"]:e]


def lint_doc(doc: str, text: str, rows: list[dict], areas: Areas) -> list[tuple[str, dict, str]]:
    hits: list[tuple[str, dict, str]] = []
    facts = [r for r in rows if r["type"] in NUMERIC]
    places = sorted((r for r in rows if r["type"] == "place"), key=lambda r: r["start"])
    by_article: dict[int, list[dict]] = defaultdict(list)
    for f in facts:
        by_article[f["article"]].append(f)
    art_places: dict[int, list[dict]] = defaultdict(list)
    for p in places:
        art_places[p["article"]].append(p)
    for art, fs in by_article.items():
        first = min(f["start"] for f in fs)
        head = text[max(0, first - 1500):first]
        has_dateline = bool(DATELINE.search(head[-400:])) if issue_doc(doc) else False
        placed = Counter(f["place"] for f in fs if f["place"])
        for f in fs:
            if f["place"] is None and (has_dateline or placed):
                hits.append(("null_placed", f, placed.most_common(1)[0][0] if placed else "dateline"))
        # far_short: the article's Chinese provinces by count of places
        provs = Counter(areas.province(p["value"]) for p in art_places[art] if p.get("value"))
        provs.pop(None, None)
        for f in fs:
            if not f["place"]:
                continue
            src = next((p for p in art_places[art] if f["place"] in (p["value"], *(p.get("aliases") or ()))), None)
            if src is None or src["rule"] != "place:short":
                continue
            pv = areas.province(f["place"])
            if pv and provs[pv] <= 1 and any(n >= 2 for k, n in provs.items() if k != pv):
                hits.append(("far_short", f, f"{src['text']}→{f['place']} ({pv}; page {provs.most_common(2)})"))
    for f in facts:
        s, e = _bounds(text, f["start"], SENTENCE_END)
        cs, ce = _bounds(text, f["start"], CLAUSE_BREAK)
        sent_places = [p for p in places if s <= p["start"] and p["end"] <= e]
        place = f["place"]
        if place:
            fo = areas.foreign(place)
            kinds = {areas.foreign(p["value"]) for p in sent_places} - {None}
            if fo is True and kinds == {False}:
                hits.append(("foreign_home", f, "sentence: " + "、".join(p["value"] for p in sent_places)))
            if fo is False and kinds == {True} and place != "中国":
                hits.append(("home_foreign", f, "sentence: " + "、".join(p["value"] for p in sent_places)))
            if areas.level(place) == "province":
                pv = areas.province(place)
                inner = [p for p in sent_places if p["start"] < f["start"] and p["start"] >= cs
                         and p.get("level") in ("city", "county", "town") and areas.province(p["value"]) == pv
                         and "全省" not in text[p["end"]:f["start"]]]
                if inner and pv:
                    hits.append(("province_city", f, "inner: " + "、".join(p["value"] for p in inner)))
        lead = text[cs:f["start"]]
        for word, ends in WHOLE.items():
            if word in lead and place and not place.endswith(ends) and areas.foreign(place) is False \
                    and place != "中国":
                lvl = areas.level(place)
                if lvl in ("county", "town", "village", "city") and not (word == "全市" and lvl == "city"):
                    hits.append(("whole_word", f, f"{word} → {place}"))
        if "全国" in lead and place and areas.foreign(place) is False and place != "中国":
            hits.append(("whole_word", f, f"全国 → {place}"))
        if f["type"] == "count" and place and ATTENDED.search(f.get("metric") or text[f["end"]:f["end"] + 4]):
            for m in VENUE.finditer(text, s, e):
                venue = m.group("place")
                if any(p["start"] == m.start("place") for p in places) or areas.province(venue):
                    vp = next((p for p in places if p["start"] == m.start("place")), None)
                    vname = vp["value"] if vp else venue
                    if vname != place and not vname.startswith(place) and not place.startswith(vname[:2]):
                        hits.append(("seat_venue", f, f"在{venue}… → {place}"))
                        break
        if place:
            item = _single_example(text, f, places, cs)
            if item is not None and place in item.values():
                hits.append(("example_item", f, f"item opened by {next(iter(item))}"))
            partner = _partner(text, f, places, place)
            if partner:
                hits.append(("trade_partner", f, partner))
            if place == "中国" and _china_body_only(text, f, places, cs):
                hits.append(("body_country", f, "中国 opens a body's name only"))
    # clause_differ: facts of one clause (no break between them) or of one 分别 list
    facts.sort(key=lambda r: r["start"])
    for a, b in zip(facts, facts[1:]):
        if a["place"] == b["place"] or a["article"] != b["article"]:
            continue
        gap = text[a["end"]:b["start"]]
        s, _ = _bounds(text, a["start"], SENTENCE_END)
        listed = "分别" in text[s:a["start"]] and not SENTENCE_END.search(gap)
        if (not CLAUSE_BREAK.search(gap) and not any(a["end"] <= p["start"] < b["start"] for p in places)) or \
                (listed and not any(a["end"] <= p["start"] < b["start"] for p in places)):
            hits.append(("clause_differ", b, f"{a['text']}:{a['place']} / {b['text']}:{b['place']}"))
    return hits


def _single_example(text: str, f: dict, places: list[dict], cs: int) -> dict | None:
    """The place opening a single example item before 等 and the figure (石嘴山某平台等3个平台), as
    {text: value}; None where there is none (or the place itself is the example: 洛阳等10个)."""
    lead = text[cs:f["start"]]
    at = lead.rfind("等")
    if at < 0 or "、" in lead or f["start"] - (cs + at) > 3:
        return None
    for p in places:
        if cs <= p["start"] and p["end"] < cs + at and p["end"] != cs + at:
            names = {p["text"]: p["value"]}
            for a in p.get("aliases") or ():
                names[a] = a
            return names
    return None


PARTNER = re.compile(r"[对向与同从](?P<rest>[^，。；]{0,12}?)(?:进出口|出口|进口|贸易|投资)")


def _partner(text: str, f: dict, places: list[dict], place: str) -> str | None:
    """The trade partner the fact's place was taken from (对东盟进出口增长19%: 东盟 is the partner)."""
    s, _ = _bounds(text, f["start"], SENTENCE_END)
    for m in PARTNER.finditer(text, s, f["start"]):
        for p in places:
            if m.start() < p["start"] < m.end() and place in (p["value"], *(p.get("aliases") or ())):
                return m.group()
    return None


def _china_body_only(text: str, f: dict, places: list[dict], cs: int) -> bool:
    """Whether the 中国 of the fact's sentence stands only as the opening of a body's or a list's name
    (中国某集团, 中国企业500强) with no 全国/我国 word in the clause."""
    s, _ = _bounds(text, f["start"], SENTENCE_END)
    chinas = [p for p in places if s <= p["start"] < f["start"] and p["value"] in ("中国", "中华人民共和国")]
    if not chinas or re.search("全国|我国|国内|全中国", text[cs:f["start"]]):
        return False
    return all(re.match(r"[\u4e00-\u9fff]", text[p["end"]:p["end"] + 1] or "") and
               not text.startswith(("的", "在", "是", "已", "将", "有", "和", "与", "对"), p["end"]) for p in chinas)


def issue_doc(doc: str) -> bool:
    return doc[:8].isdigit()


LINTS = ("null_placed", "foreign_home", "home_foreign", "province_city", "whole_word", "clause_differ",
         "seat_venue", "far_short", "example_item", "body_country", "trade_partner")


def _hits(path: Path, texts: dict[str, str], lint: Callable = None) -> list[tuple]:
    """(doc, lint, record, why) of every hit over a dump of records (lint: a lint_doc, this module's by default)."""
    lint = lint or lint_doc
    rows: dict[str, list[dict]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        rows[r["doc"]].append(r)
    areas = Areas([r for rs in rows.values() for r in rs])
    return [(doc, *h) for doc, rs in rows.items() if doc in texts for h in lint(doc, texts[doc], rs, areas)]


def _table(hits: list[tuple], lints: tuple[str, ...]) -> dict[str, tuple[int, int, int, int]]:
    total = Counter(h[1] for h in hits)
    by_type = Counter((h[1], h[2]["type"]) for h in hits)
    return {lint: (total[lint], *(by_type[lint, t] for t in NUMERIC)) for lint in lints}


def main(lints: tuple[str, ...] = LINTS, lint: Callable = None, doc: str = __doc__) -> None:
    """The command line of a lint module: lints its names, lint its lint_doc (this module's by default)."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("records", type=Path, help="bench/dev_records.py's output")
    ap.add_argument("--show", type=int, default=3, help="examples of each lint (default 3)")
    ap.add_argument("--only", nargs="*", help="these lints only")
    ap.add_argument("--json", type=Path, help="write every hit here")
    ap.add_argument("--against", type=Path, help="an earlier dump: its counts beside these (before -> after)")
    ap.add_argument("--set", choices=SETS, action="append")
    ap.add_argument("--seed", type=int, help="show a random sample of each lint's hits (this seed), not the first")
    args = ap.parse_args()
    corpus.require()
    texts = dict(dev_pages(tuple(args.set or SETS)))
    hits = _hits(args.records, texts, lint)
    now = _table(hits, lints)
    before = _table(_hits(args.against, texts, lint), lints) if args.against else None
    print(f"{'lint':14} {'all':>9} {'money':>9} {'count':>9} {'percent':>9}")
    for name in lints:
        cells = [f"{b}->{n}" if before else str(n) for n, b in zip(now[name], before[name] if before else now[name])]
        print(f"{name:14} " + " ".join(f"{c:>9}" for c in cells))
    for name in args.only or lints:
        shown = [h for h in hits if h[1] == name]
        shown.sort(key=lambda h: (h[2]["type"] != "count", h[0], h[2]["start"]))
        if args.seed is not None:  # a sample to judge by hand: the first ones are all of a few documents
            shown = random.Random(args.seed).sample(shown, min(args.show, len(shown)))
        if args.show:
            print(f"\n== {name} ({len(shown)})")
        for d, _, r, why in shown[:args.show]:
            print(f"{d} {r['type']} {r['text']} place={r['place']} [{why}]\n    {_snippet(texts[d], r)}")
    if args.json:
        args.json.write_text(json.dumps([{"doc": d, "lint": n, "id": r["id"], "type": r["type"], "text": r["text"],
                                          "start": r["start"], "place": r["place"], "why": w}
                                         for d, n, r, w in hits], ensure_ascii=False, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
