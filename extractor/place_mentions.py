"""Which place mentions can be a fact's place at all: not a source (从德国进口), a dateline's city, a street's,
an event's or a label's word, a book title's, a rank's whole, nor a place read across a figure; apart from the
words themselves (place_words.py) since each rule here reads the text around one mention."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Iterable

from .fact_types import NAME_TYPES
from .lexicon import alternation, table
from .place_partners import trade_partner
from .place_words import CLAUSE_END, numeral_chars, whole_words
from .place_work_away import worked_away
from .record import Record

_SOURCE_REACH = 20  # how far back from a place a 从 is looked for


def is_rank_whole(text: str, p: Record) -> bool:
    """Whether a place is the whole a rank is taken in (居拉美各国之首, 名列全省前茅 after a place): written
    right after a ranking word, it is not the area of the figures told with it."""
    return text.endswith(whole_words().rank_before, 0, p.norm_start)


def is_source(text: str, p: Record) -> bool:
    """Whether a place is where something comes from (从德国进口的设备, 从东北和太原招聘): written right
    after 从 or joined on to a place that is, in a clause that does not view it (从广东看); or the
    country of a medium that reports (据巴西《商业新闻》报报道); or where a cause lies (受纽约股市影响)."""
    w = whole_words()
    if text.endswith(w.report_before, 0, p.norm_start) and text.startswith(w.report_media, p.norm_end) \
            or trade_partner(text, p):
        return True  # 据巴西《商业新闻》报报道; 对东盟进出口 (extractor/place_partners.py)
    if text.endswith(w.cause_before, 0, p.norm_start):
        # 受纽约股市回升的影响，伦敦股市…; 在纽约股市带动下，亚洲股市…: a cause, not the topic
        end = CLAUSE_END.search(text, p.norm_end)
        if text.endswith(w.cause_after, p.norm_end, end.start() if end else len(text)):
            return True
    lo = max(0, p.norm_start - _SOURCE_REACH)
    for word in w.source_before:
        at = text.rfind(word, lo, p.norm_start)
        if at >= 0 and w.source_gap.fullmatch(text, at + len(word), p.norm_start):
            end = CLAUSE_END.search(text, p.norm_end)
            rest = text[p.norm_end:end.start() if end else len(text)]
            return not any(v in rest for v in (*w.source_view, *w.source_scene))
    return False


def usable(text: str, p: Record) -> bool:
    """A place that can be a fact's place: not in a dateline, not read from an ending alone."""
    w = whole_words()
    if (p.rule in w.uncertain_rules and not w.tagged_level.fullmatch(p.text or "")) or p.level == "feature":
        return False  # a river or a mountain locates things; it is not the area a figure is about
    if p.rule == "place:suffix" and ((p.level or "") in w.uncertain_suffix_levels
                                     or (p.text or "").endswith(w.generic_endings)):
        if not (p.level == w.village_level and p.text in _introduced_villages(text) or p.level == "zone" and p.parent):
            return False
    if text.startswith(w.street_endings, p.norm_end) or text.startswith(w.event_after, p.norm_end) \
            or text.startswith((*w.invader_after, *w.trait_after), p.norm_end) or w.superlative.match(text, p.norm_end) \
            or (p.level == "country" and text.startswith(w.emigrant_after, p.norm_end)) \
            or w.model_before.search(text, max(0, p.norm_start - 3), p.norm_start) or worked_away(text, p):
        # a street's name (南京东路), an event's (亚洲金融危机), an invader's (日本侵略者), a trait's
        # (中国特色), a country emigrants left (土耳其驱逐１４名伊拉克移民: the figure is where they are),
        # a model emulated (鞍山交警学济南), where money brought home was earned (到新疆摘棉花挣回: place_work_away.py),
        # or a rank
        # (亚洲最大的毛毯生产企业…是国家重点扶持的３００家企业之一: the firm's rank, not its area)
        return False
    if p.level in ("country", "region") and _route().match(text, p.norm_end) or _in_label(text, p):
        return False  # 中欧中亚班列７２１列: a route's ends; “金芙蓉”基金: a label's word, not the area
    return not _in_dateline(text, p)


def in_book_title(text: str, p: Record) -> bool:
    """Whether a place is a word of a name set in book-title marks (《贵州省财政衔接推进乡村振兴补助资金管理
    办法》, 《广东省志》): looked for within book_title_longest characters either side, on its line. Such a
    place names a document, a law, a paper or a work, not the area of the figures of its sentence
    (根据《贵州省…资金管理办法》…现将资金3943万元下达: the county's allocation); place_view.py leaves it out of
    a sentence's places. (What an article is about is still counted with it: 油画《检阅》's story.)"""
    t = table("place_scope.toml")
    longest = int(t["book_title_longest"])
    lo = max(0, p.norm_start - longest)
    opened = text.rfind(t["book_title_open"], lo, p.norm_start)
    if opened < 0 or text.find(t["book_title_close"], opened, p.norm_start) >= 0 or text.find("\n", opened, p.norm_start) >= 0:
        return False
    closed = text.find(t["book_title_close"], p.norm_end, p.norm_end + longest)
    return closed >= 0 and text.find("\n", p.norm_end, closed) < 0


def _in_label(text: str, p: Record) -> bool:
    """Whether a place is a word of a short quoted label longer than it (“金芙蓉”基金, “我的韶山行”)."""
    if p.level not in ("province", "city", "county"):
        return False  # a country's name in a label names the nation's programme (“中国光明工程”)
    longest = int(table("place_scope.toml")["label_longest"])
    opened = text.rfind("“", max(0, p.norm_start - longest), p.norm_start)
    closed = text.find("”", p.norm_end, p.norm_end + longest)
    return opened >= 0 and closed >= 0 and closed - opened - 1 <= longest \
        and text.find("”", opened, p.norm_start) < 0 and (opened + 1, closed) != (p.norm_start, p.norm_end)


@lru_cache(maxsize=1)
def _route() -> re.Pattern:
    t = table("place_scope.toml")
    gap = int(t['route_gap'])  # (the other end may be bracketed: 中欧（亚）班列)
    return re.compile(f"(?:[^\\W\\d]{{0,{gap}}}|（[^\\W\\d]{{1,{gap}}}）)(?:{alternation(t['route_after'])})")


@lru_cache(maxsize=1)
def _village_listed() -> re.Pattern:
    """A village listed on after one (、金龙村): a join, then a village's name."""
    t = table("place_scope.toml")
    return re.compile(rf"(?:{alternation(t['village_list_joins'])})([^\W\d_]{{1,{int(t['village_longest'])}}}?"
                      rf"{t['village_ending']})")


@lru_cache(maxsize=4)
def _introduced_villages(text: str) -> frozenset[str]:
    """The villages the page writes right after the name of their town, county or city
    (河贵乡河西村), and the villages listed on from one so written (全镇十八洞村、金龙村、马鞍村…6个行政村: the
    list is of the town's villages, each named as one): one pass over the page, not one for each village named."""
    w = whole_words()
    found = set()
    for m in w.village_after.finditer(text):
        found.add(m.group(1))
        at = m.start(1) + len(m.group(1))
        while (more := _village_listed().match(text, at)) is not None:
            found.add(more.group(1))
            at = more.end()
    return frozenset(found)


def lead_end(text: str, start: int) -> int:
    """Where a sentence's own words begin: after a dateline that opens it (本报曼谷１月１２日电记者成元生
    报道：, 新华社北京１月２日电（记者…）), else at its start; and after a clause of a cause that opens
    it (受纽约股市回升的影响，伦敦股市…: the topic is 伦敦) or a short one that says where the news
    comes from (据统计，北京市…; 有消息说，１２月份美国制造业…)."""
    w = whole_words()
    m = w.dateline_lead.match(text, start)
    at = m.end() if m else start
    end = CLAUSE_END.search(text, at)
    if end and text.startswith("，", end.start()) and (
            (text.startswith(w.cause_before, at) and text.endswith(w.cause_after, at, end.start()))
            or (end.start() - at <= w.report_clause_longest and text.endswith(w.report_after, at, end.start()))):
        return end.end()
    return at


def _in_dateline(text: str, p: Record) -> bool:
    """本报北京1月8日电: the place where the news was filed."""
    s, e = p.norm_start, p.norm_end
    w = whole_words()
    return text.endswith(w.dateline_before, 0, s) and bool(w.dateline_after.match(text, e))


def off_figures(places: Iterable[Record], facts: Iterable[Record], text: str) -> list[Record]:
    """The places less those read across a figure (三元 of 二百四十三元, 支台湾乡 of 24支台湾乡建团队):
    a mention that shares a numeral with a fact's span, or runs across the span's edge, is part of
    the number or its unit or a misreading of it, never a place. A country written inside a
    currency's name (印度尼西亚盾) shares no numeral and stays."""
    spans = sorted((f.norm_start, f.norm_end) for f in facts if f.type not in NAME_TYPES)
    starts = [a for a, _ in spans]
    out = []
    for p in places:
        i = bisect_left(starts, p.norm_end)
        # facts do not nest far: the few that open before the mention's end are enough
        near = [spans[j] for j in range(max(0, i - 3), i) if spans[j][1] > p.norm_start]
        if not any(_numeral(text, max(a, p.norm_start), min(b, p.norm_end))
                   or not a <= p.norm_start < p.norm_end <= b for a, b in near):
            out.append(p)
    return out


def _numeral(text: str, start: int, end: int) -> bool:
    chars = numeral_chars()
    return any(ch in chars or ch.isdigit() for ch in text[start:end])
