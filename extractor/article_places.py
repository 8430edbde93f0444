"""What a page says of its articles' places before any main place is chosen: each article's span,
titles, opening sentence and dispatch lead; the bodies named in lists; the documents of a joined page;
the places grouped by article and by name, with the full name each document writes; and the sections
that a title line naming a place, or a digest's dispatch, heads. main_places.py chooses each article's
main place from them."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from typing import Optional

from .documents import article_documents
from .lexicon import alternation, table
from .page import Page
from .place_masthead import masthead_end
from .place_title_run import dispatch_area
from .place_scope import MAIN_LEVELS, ORG_RULE, Sorted, value_of, whole_words
from .record import Record

_LIST_JOINS = ("、", "和", "及", "以及")


@lru_cache(maxsize=1)
def _correspondent() -> re.Pattern[str]:
    """A correspondent's line: a sender, 驻, the posting, a writer's word (data/place_scope.toml [correspondent_line])."""
    t = table("place_scope.toml")["correspondent_line"]
    return re.compile(rf"(?:{alternation(t['senders'])})?(?:{alternation(t['posted'])})"
                      rf"[^\n]{{1,{int(t['posting_longest'])}}}?(?:{alternation(t['writers'])})")


def correspondent_lines(page: Page) -> list[tuple[int, int]]:
    """The title lines that are a correspondent's (本报驻意大利记者罗晋标): (start, end) of each. Such a line says
    where the writer is posted, as a dateline says where the news was filed, not what the story is about."""
    pattern = _correspondent()
    return [(q.start, q.end) for q in page.layout.paragraphs
            if q.kind in ("title", "subtitle") and pattern.match(page.text, q.start, q.end)]
_SENTENCE_END = re.compile("[。！？]")
# a numbered item of a digest (图片新闻: １、…福建省龙海市… ２、…在哈尔滨…): a story of its own
_ITEM = re.compile(r"\d{1,2}、")


class ArticlePlaces:
    """The places of a page grouped by article and by name, and the sections of its articles, read
    once: a page of many articles would otherwise scan all its places for each article."""

    def __init__(self, places: list[Record], page: Optional[Page] = None,
                 orgs: Optional[list[Record]] = None) -> None:
        self.page = page
        # each article's span and its titles' spans, grouped once (a page may hold many articles)
        self.spans: dict[int, tuple[int, int]] = {}
        self.titles: dict[int, list[tuple[int, int]]] = {}
        self.openings: dict[int, int] = {}
        self.first_paragraphs: dict[int, tuple[int, int]] = {}  # each article's opening paragraph of sentences
        self.leads: dict[int, int] = {}
        if page is not None:
            self.spans = {a.index: (a.start, a.end) for a in page.layout.articles}
            # the titles heading an article, before its first paragraph of sentences (a web page's
            # lines like 首页 > 要闻 come before its title): a title further on heads a section or
            # names a document (《香港特别行政区基本法》 set on a line of its own in a report)
            opened: set[int] = set()
            for q in page.layout.paragraphs:
                if q.kind == "title" and q.article not in opened:
                    self.titles.setdefault(q.article, []).append((q.start, q.end))
                elif q.kind not in ("title", "subtitle") and q.article not in opened \
                        and (end := _SENTENCE_END.search(page.text, q.start, q.end)):
                    opened.add(q.article)
                    self.openings[q.article] = end.end()  # its titles and first sentence end here
                    self.first_paragraphs[q.article] = (q.start, q.end)  # (place_story_body.seated_body_area)
                    if whole_words().dateline_lead.match(page.text, q.start):
                        self.leads[q.article] = q.end  # a dispatch's first paragraph ends here
        self.orgs = Sorted(orgs or [])
        # bodies named in a list of three or more (甲厂、乙公司和丙厂), as (start, end), sorted
        self.listed_bodies: list[tuple[int, int]] = []
        run: list[Record] = []
        text = page.text if page is not None else ""
        for o in [*self.orgs.items, None]:
            if o is not None and run and text[run[-1].norm_end:o.norm_start] in _LIST_JOINS:
                run.append(o)
                continue
            if len(run) >= 3:
                self.listed_bodies.extend((r.norm_start, r.norm_end) for r in run)
            run = [o] if o is not None else []
        # a joined page's documents (layout_heads.py): what is read from the whole page is read from
        # the article's own document (one report's most-named place is not another's, nor is the
        # name it writes a place by: 北京市 in one report, 北平 in an old one)
        self.document: dict[int, int] = article_documents(page.layout) \
            if page is not None and len(page.layout.documents) > 1 else {}
        # 本报驻意大利记者罗晋标 under a title: where the writer is posted; a mention of the story's place only where
        # the story names that place again (a Russia story by the Moscow correspondent that names 俄罗斯 stays
        # Russia's), else no title's place, and the last among places named as often (a Rome story: 罗马's)
        self.posted = correspondent_lines(page) if page is not None else []
        if self.posted:
            again = {value_of(p) for p in places if not any(a <= p.norm_start < b for a, b in self.posted)}
            dropped = [(a, b) for a, b in self.posted
                       if not any(a <= p.norm_start < b and value_of(p) in again for p in places)]
            self.titles = {a: [t for t in ts if t not in dropped] for a, ts in self.titles.items()}
            self.titles = {a: ts for a, ts in self.titles.items() if ts}
        if page is not None and (head := masthead_end(page.text)):
            # a newspaper's masthead (某市日报 2025年12月20日 第2版): where the paper is printed, no place of a story
            places = [p for p in places if p.norm_start >= head]
            self.titles = {a: [t for t in ts if t[0] >= head] for a, ts in self.titles.items()}
            self.titles = {a: ts for a, ts in self.titles.items() if ts}
        self.by_article: dict[int, list[Record]] = {}
        self.named: dict[tuple[int, str], list[Record]] = {}  # by (document, key)
        for p in places:
            self.by_article.setdefault(p.article, []).append(p)
            self.named.setdefault((self.document.get(p.article, 0), self._key(p)), []).append(p)
        self.places = places
        self.page_counts: dict[int, tuple[Counter, dict[str, int]]] = {}  # each document's, when needed
        self._main: dict[int, Optional[str]] = {}  # each article's main place, once found (of)
        # the areas around an article's main place where it is a town or village (MainPlaces.enclosing)
        self._enclosing: dict[tuple[int, Optional[str]], frozenset[str]] = {}
        # a title line that is a place's name alone (东亚货币继续贬值 / 泰国 / …菲律宾) heads a
        # section of the story about that place
        self.sections: dict[int, list[tuple[int, str | None]]] = {}
        if page is not None:
            heads = {(q.start, q.end): q.article for q in page.layout.paragraphs if q.kind in ("title", "subtitle")}
            for p in places:
                art = heads.get((p.norm_start, p.norm_end))
                # (a title line that is a body's name, 某县某镇人民政府 heading its report, names no section's place)
                if art is not None and p.rule != ORG_RULE:
                    self.sections.setdefault(art, []).append((p.norm_start, self._full(self._key(p), art)))
            for art, dispatches in self._dispatches(page).items():
                titled = [start for start, _ in self.sections.get(art, [])]
                prev = -1
                for start, value in dispatches:
                    # a dispatch set under a title line naming its place (泰国 / 本报曼谷…电 泰币汇率…,
                    # 日本 / …电 东京外汇市场…) is about that place, as the title line says
                    if not any(prev < t < start for t in titled):
                        self.sections.setdefault(art, []).append((start, value))
                    prev = start
                self.sections[art].sort(key=lambda s: s[0])

    def _dispatches(self, page: Page) -> dict[int, list[tuple[int, Optional[str]]]]:
        """The dispatches of a digest (an article with two or more paragraphs opening with a
        dateline: 本报东京１月１２日电…日本首相…, 据新华社雅加达１月１１日电…印度尼西亚政府…, or with
        an item's number: 图片新闻 １、…２、元旦前夕，在哈尔滨…): each is a
        section about the first area its first sentence names after the dateline, else about the
        city abroad it was filed from; one naming neither (本报讯) is about the article's main place."""
        from .names.divisions import gazetteer
        g = gazetteer()
        found: dict[int, list[tuple[int, Optional[str]]]] = {}
        for q in page.layout.paragraphs:
            m = (whole_words().dateline_lead.match(page.text, q.start) or _ITEM.match(page.text, q.start)) \
                if q.kind not in ("title", "subtitle") else None  # a photo's item may be read as its caption
            if not m:
                continue
            end = _SENTENCE_END.search(page.text, m.end(), q.end)
            first = next((p for p in self.by_article.get(q.article, []) if p.level in MAIN_LEVELS
                          and m.end() <= p.norm_start < (end.end() if end else q.end)), None)
            if first is not None:  # 河南省洛阳市把…: the run's most specific area, as a title's (place_title_run.py)
                first = dispatch_area(page.text, self.by_article.get(q.article, []), first)
            where = m.groupdict().get("where")
            abroad = where if g.world_level.get(where) in ("country", "foreign_city") else None
            found.setdefault(q.article, []).append((q.start, self._full(self._key(first), q.article) if first else abroad))
        return {art: d for art, d in found.items() if len(d) >= 2}

    @staticmethod
    def _key(p: Record) -> str:
        return p.code or value_of(p)

    def _in_listed_body(self, p: Record) -> bool:
        """Whether a place is written in the name of a body of a list (余姚市易通线缆有限公司、广东省
        蕉岭县电池厂、…和…): one of many bodies' areas, not what the story is about."""
        i = bisect_left(self.listed_bodies, (p.norm_start + 1, 0)) - 1  # the last body opening at or before it
        return i >= 0 and p.norm_end <= self.listed_bodies[i][1]

    def _named(self, key: str, article: int) -> list[Record]:
        """The places of a key the article's document names, in their order."""
        return self.named[(self.document.get(article, 0), key)]

    def _full(self, key: str, article: int) -> str:
        """The full name of a place where the article's document writes one (武陵区 rather than 武陵)."""
        named = self._named(key, article)
        full = [p for p in named if p.rule != "place:short"]
        return value_of((full or named)[0])
