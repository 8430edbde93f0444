"""The main place of each article: the county-or-higher place it names most often, its title's
place, or the whole country (place_scope.py reads a fact's own place first). What the page says of its
articles' places (titles, sections, places grouped by name) is read in article_places.py."""
from __future__ import annotations

from collections import Counter
from typing import Optional

from .article_places import ArticlePlaces
from .clauses import SENTENCE_BREAK_CLASS
from .county_prefix_places import PREFIX_RULE
from .dateline_places import byline_span
from .documents import report_at
from .issue_date import issue_date
from .lexicon import table
from .place_scope import ADMIN, MAIN_LEVELS, MAX_ORG, ORG_RULE, ranks, value_of, whole_words
from .place_targets import capital_titled
from .place_town_report import issuing_town
from .place_villages import story_village
from .place_zones import story_zone
from .place_national import leads_with_nation, named_as_source
from .place_own_level import speaks_as
from .place_issuer import beyond, issuer_seat
from .place_title_run import title_run_end
from .place_trips import trip_ends
from .place_scene import is_venue, scene_city
from .place_story_body import seated_body_area, story_body_area
from .place_story_area import enclosing_areas
from .place_sentences import inner_body_area
from .place_words import is_national_body
from .record import Record
from .water_places import title_water

_NOT_FOUND = object()  # (an article may have no main place: None is an answer)
# units of one level named equally often that make a story their enclosing area's: three (甲县、乙县、丙县 each once);
# two named together (张北—尚义地区) is the first one's, as the DEV gold reads such a pair
_LEAST_SIBLINGS = 3


class MainPlaces(ArticlePlaces):
    """The main place of each article: the county-or-higher place it names most often (the
    first named among equals), else the page's, chosen from the places ArticlePlaces grouped."""

    def of(self, article: int) -> Optional[str]:
        """The main place of an article, found once, in a dict (an lru_cache held the page in a cycle)."""
        found = self._main.get(article, _NOT_FOUND)
        if found is _NOT_FOUND:
            found = self._main[article] = self._of(article)
            if self.page is not None and (town := issuing_town(self.page.text, self.by_article.get(article, []),
                                                                self.titles.get(article, []))):
                found = self._main[article] = town  # 某县某镇人民政府 heading the town's own report
            if found and self.page is not None and issue_date(self.page.dated) is not None:  # a town's story
                found = self._main[article] = story_village(self.page.text, self.by_article.get(article, []), found,
                                                            lambda p: self._full(self._key(p), article)) or found
            if found and self.page is not None and issue_date(self.page.dated) is not None:
                # one body's story (青冈县一合作社分红…: 青冈县祯祥镇某合作社…): the body's area (place_story_body.py)
                found = self._main[article] = story_body_area(self.page.text, self.by_article.get(article, []),
                                                              self.titles.get(article, []), self.openings.get(article),
                                                              found) or found
                # a story of one body its opening paragraph seats in a town of the main place (某县某学校就位于…七坊镇)
                found = self._main[article] = seated_body_area(self.page.text, self.by_article.get(article, []),
                                                               self.first_paragraphs.get(article), found) or found
            if self.page is not None:  # a zone's story (宝鸡高新区举行…签约): the zone's
                found = self._main[article] = story_zone(self.page.text, self.by_article.get(article, []),
                                                         self.openings.get(article), found) or found
        return found

    def enclosing(self, article: int, pos: int) -> frozenset[str]:
        """The areas around the main place at a position where it is a town or village of the story
        (place_story_area.py), found once an article and main place."""
        main = self.at(article, pos)
        key = (article, main)
        if key not in self._enclosing:
            self._enclosing[key] = enclosing_areas(main, self.by_article.get(article, []))
        return self._enclosing[key]

    def at(self, article: int, pos: int) -> Optional[str]:
        """The main place at a position: the place of the section it stands in, else the article's."""
        heads = [value for start, value in self.sections.get(article, []) if start <= pos]
        return heads[-1] if heads and heads[-1] else self.of(article)

    def _counts(self, scope: list[Record], bodies: bool = False) -> tuple[Counter, dict[str, int]]:
        """How often each county-or-higher place is named (not in a list), and where first; bodies:
        counting 中国 opening a body's name too."""
        counts: Counter = Counter()
        first: dict[str, int] = {}
        text = self.page.text if self.page is not None else ""
        seats: list[tuple[str, Record]] = []
        shown: dict[str, Record] = {}  # each counted place's first mention
        trips = trip_ends(text, scope)
        for p in scope:
            # a place in a list (北京、上海、天津等30个城市) is one of many, not what the story is about
            listed = text.startswith("、", p.norm_end) or text.endswith("、", 0, p.norm_start) \
                or self._in_listed_body(p)
            # 中国 opening a body's name (中国民航, 中国人民保险公司) names a national body, not the area
            # the story is about where it names another; the country's own words (全国, 我国) weigh that
            # the venue of a meeting (会议今天在北京召开) is where it met, not what the story is about, nor is a
            # trip's end (由某市乘车来某市, 前往某国: place_trips.py)
            # (a county read from a body's name by county_prefix_places.py: the body is no new area of the story)
            if p.level in MAIN_LEVELS and not listed and not self._venue(p) and (bodies or not self._china_body(p)) \
                    and not self._abroad_in_report(p) and not self._signed_by(p) and p.rule != PREFIX_RULE \
                    and p.norm_start not in trips:
                key = self._key(p)
                if p.rule == ORG_RULE and p.level == "county" and p.text != p.value and p.parent:
                    # a county read by its short name after its city in a body's name (郑州市管城中医院: 管城回族区)
                    # counts as the city written, as it did before the county was read: the body is no new area
                    # the story is about
                    key = next((self._key(q) for q in scope if q.norm_start == p.norm_start and q.rule != ORG_RULE
                                and value_of(q) == p.parent[0]), key)
                if issuer_seat(text, p):  # (来源：南宁海关: the issuer's seat, counted only where nothing else is)
                    seats.append((key, p))
                    continue
                counts[key] += 1
                # (a correspondent's posting, 本报驻意大利记者: the last among places named as often)
                at = len(text) if any(a <= p.norm_start < b for a, b in self.posted) else p.norm_start
                first[key] = min(first.get(key, at), at)
                shown.setdefault(key, p)
        for k, seat in seats:
            # the seat counts where the page names no area beyond it, only its own parts (place_issuer.py)
            if not any(beyond(seat, q) for q in shown.values()):
                counts[k] += 1
                first.setdefault(k, seat.norm_start)
        return counts, first

    def _signed_by(self, p: Record) -> bool:
        """Whether a place is written in the byline that closes its article (（某省某县委办公室张三）): where
        the writer works, as a dateline says where a dispatch was filed, not what the story is about
        (bench/gold/README.md: only the writer's 我市/我省 name it, read by _signed), unless the writer
        speaks of that body in the first person (我院, data/place_scope.toml first_person_bodies)."""
        if self.page is None or issue_date(self.page.dated) is None or p.article not in self.spans:
            return False
        span = byline_span(self.page, p.article)
        if span is None or not span[0] <= p.norm_start < span[1]:
            return False
        lo, hi = self.spans[p.article]  # (我院共受理…: the writer's body, whose area the byline names)
        return not any(self.page.text.find(w, lo, hi) >= 0 for w in table("place_scope.toml")["first_person_bodies"])

    def _abroad_in_report(self, p: Record) -> bool:
        """Whether a place is a foreign country or city named in a government's report to its
        congress: the report gives its own area's work, and a country its foreign policy names
        (印度, 日本) is named in passing, never the report's main place."""
        return p.level in ("country", "foreign_city") and value_of(p) != whole_words().country_name \
            and self.page is not None and report_at(self.page, p.norm_start)

    def _venue(self, p: Record) -> bool:
        """Whether a place is written as a meeting's venue (会议今天在北京召开)."""
        text = self.page.text if self.page is not None else ""
        w = whole_words()
        return text.endswith(w.venue_before, 0, p.norm_start) and bool(w.venue_after.match(text, p.norm_end))

    def _china_body(self, p: Record) -> bool:
        if value_of(p) != whole_words().country_name or self.page is None:
            return False
        return p.rule == ORG_RULE or bool(whole_words().china_body.match(self.page.text, p.norm_end))

    def _china_venue(self, p: Record) -> bool:
        """Whether 中国 opens a venue's name (中国美术馆): a building in one city, not a body of the nation."""
        return self.page is not None and any(o.norm_start == p.norm_start and is_venue(self.page.text, o)
                                             for o in self.orgs.inside(p.norm_start, p.norm_start + MAX_ORG))

    def _inner(self, article: int, titled: str) -> str:
        """A news story (a page issued on a day) titled with a province that tells of one of its
        areas (山东集中投入智力扶贫: 滨州地区…) is about that area: the place inside the title's
        that the story names more often than the title's own, where there is one."""
        if self.page is None or issue_date(self.page.dated) is None:
            return titled
        counts, first = self._counts(self.by_article.get(article, []))
        own = max((n for k, n in counts.items() if self._full(k, article) == titled), default=0)
        inner = [k for k in counts if counts[k] > own and titled in (self._named(k, article)[0].parent or [])]
        if not inner:
            return titled
        return self._full(max(inner, key=lambda k: (counts[k], -first[k])), article)

    def _title_fixed(self, article: int) -> Optional[str]:
        """The area a word of the article's titles names by itself (首都 → 北京市), if any."""
        if self.page is None:
            return None
        w = whole_words()
        for a, b in self.titles.get(article, []):
            m = w.fixed.search(self.page.text, a, b)
            if m:
                return w.fixed_areas[m.group()]
        return None

    def _title_place(self, article: int) -> Optional[str]:
        """The first county-or-higher place of the article's titles (2026年安徽省政府工作报告), or
        country or region (拉美吸引外资猛增) unless the article speaks of China more often than of
        it (人民币汇率与东南亚金融动荡 is about the yuan)."""
        titled = article
        if article not in self.titles and self.titles and self.page is not None \
                and report_at(self.page, self.spans.get(article, (0, 0))[0]):
            # a report set apart from its page's title (2026年某自治区政府工作报告 above the
            # web page's lines): the page's first titles are the report's (its document's, on a joined page)
            own = [a for a in self.titles if self.document.get(a, 0) == self.document.get(article, 0)]
            titled = min(own) if own else article
        titles = self.titles.get(titled, [])
        if not titles:
            return None
        for p in self.by_article.get(titled, []):
            # 中国 opening a national body's name in a title (中国农科院送金钥匙上高原) names the body,
            # not the area the story is about, as it does where the places are counted
            if p.level in MAIN_LEVELS and any(a <= p.norm_start < b for a, b in titles) \
                    and not self._china_body(p):
                if p.level not in ADMIN:
                    named = sum(1 for x in self.by_article[article] if self._key(x) == self._key(p))
                    # 全国 in a story titled with a foreign country is that country's (古巴举行全国大选)
                    if named <= self._country_votes(article, paper_only=True):
                        return None
                body = inner_body_area(self.by_article[titled], p)  # (某银行某省某市分行…: 某市)
                if body is None and (narrowed := title_run_end(self.by_article[titled], p)) is not None:
                    # 花垣县双龙镇…公示: the town's (place_title_run.py), by the name the document writes (顺德市)
                    return self._full(self._key(narrowed), titled)
                full = [x for x in self._named(self._key(p), titled) if x.rule != "place:short"]
                return value_of(body or (full or [p])[0])
        return None

    @staticmethod
    def _foreign_country(name: str) -> bool:
        from .names.divisions import gazetteer
        return name != whole_words().country_name and gazetteer().world_level.get(name) == "country"

    def _country_votes(self, article: int, paper_only: bool = False, ranked: bool = False) -> int:
        """How often the article speaks of the whole country (全国, 我国, 中国); paper_only: of
        China by the words that name no other country (我国, 中国, not 全国); ranked: counting the
        words that rank (占全国…的85%, 全国第一家), as an article that names no area has only them."""
        if self.page is None or article not in self.spans:
            return 0
        lo, hi = self.spans[article]
        name = whole_words().country_name
        # 中国 in 中国人民保险公司 names an organization, not the scope of the article
        # (and where the names have not read the body: 中国人民保险（集团）公司, 中国民航)
        named = sum(1 for p in self.by_article.get(article, []) if value_of(p) == name
                    and not any(o.norm_start <= p.norm_start and p.norm_end <= o.norm_end
                                for o in self.orgs.inside(p.norm_start - MAX_ORG, p.norm_end + MAX_ORG))
                    and not whole_words().china_body.match(self.page.text, p.norm_end))
        # 占全国…的85%, 居全国第一 rank the article's own area against the country: no vote for it
        # (全国人大常委会委员长 观看…: a body's name, its leader's title, says nothing of the story's scope)
        words = [m.group() for m in whole_words().country.finditer(self.page.text, lo, hi)
                 if (ranked or not ranks(self.page.text, m)
                     or self.page.text.endswith(whole_words().vote_despite, 0, m.start()))
                 and not self.page.text.startswith(whole_words().country_bodies, m.start())]
        return named + sum(1 for w in words if not (paper_only and w in whole_words().story_country))

    def _national_bodies(self, article: int) -> tuple[int, int]:
        """The bodies of the whole country (财政部, 国家计委, 国务院) the article names, not one with a
        place in its name (美国国务院) nor one the news was had from about an area its sentence names (the source,
        not the topic, as place_national.py reads it): how many, and how many in its titles and first
        sentence."""
        if self.page is None or article not in self.spans:
            return 0, 0
        lo, hi = self.spans[article]
        places = self.by_article.get(article, [])
        bodies = [o for o in self.orgs.inside(lo, hi) if is_national_body(self.page.text[o.norm_start:o.norm_end])
                  and not any(o.norm_start <= p.norm_start and p.norm_end <= o.norm_end for p in places)
                  and not self._source_of_area(o, lo, hi, places)]
        return len(bodies), sum(1 for o in bodies if o.norm_end <= self.openings.get(article, lo))

    def _source_of_area(self, o: Record, lo: int, hi: int, places: list[Record]) -> bool:
        """Whether a body of the whole country is named as where the news was had from (place_national.py) in a
        sentence that goes on to name an area (记者从国家地震局获悉：截至今天，某地区共发生余震…): the figures are the
        area's, the body only their source. One whose sentence names no area (记者从某局获悉，经过半年整顿，６类
        市场…) leaves the story the nation's, as the body's own deeds further on make it."""
        if self.page is None or not named_as_source(self.page.text, lo, o.norm_start):
            return False
        end = SENTENCE_BREAK_CLASS.search(self.page.text, o.norm_end, hi)
        stop = end.start() if end else hi
        return any(o.norm_end <= p.norm_start < stop and p.level in MAIN_LEVELS for p in places)

    def _names_nation(self, article: int) -> bool:
        """Whether the article's titles or first sentence name a body by the nation: 中国 opening its
        name (从中国人民保险（集团）公司获悉) or the state word (国家技术监督局今天发布). A company or body is
        no place, the area named with it is (bench/gold/README.md): the nation's, where the story's
        opening names no other area. A ministry named without it (林业部) names no area."""
        if self.page is None or article not in self.spans:
            return False
        lo, opening = self.spans[article][0], self.openings.get(article, self.spans[article][0])
        # (one of a list of bodies, 由中央电视台体育部、中国乒协和…共同主办, is a partner, not the story's actor)
        if any(self._china_body(p) and p.norm_start < opening and not self._in_listed_body(p) and not self._china_venue(p)
               for p in self.by_article.get(article, [])):
            return True
        state = tuple(table("place_scope.toml")["national_bodies"]["state"])
        return any(self.page.text.startswith(state, o.norm_start) and not self._in_listed_body(o)
                   and is_national_body(self.page.text[o.norm_start:o.norm_end])
                   for o in self.orgs.inside(lo, opening))

    def _leads_with_nation(self, article: int) -> bool:
        """Whether the article's titles and first sentence, or its dispatch's first paragraph, name a body
        of the whole country (place_national.py)."""
        if self.page is None or article not in self.spans:
            return False
        lo, hi = self.spans[article]
        end = max(self.openings.get(article, lo), self.leads.get(article, lo))
        return leads_with_nation(self.page.text, self.orgs.inside(lo, hi), self.by_article.get(article, []), lo, end)

    def _signed(self, article: int) -> Optional[str]:
        """The writer's own area of an article that speaks of it in the first person (据我市统计部门…)
        and signs with it (（四川省某市委张三）): what the letter is about."""
        if self.page is None or article not in self.spans:
            return None
        lo, hi = self.spans[article]
        word = next((wd for wd in table("place_scope.toml")["first_person"] if self.page.text.find(wd, lo, hi) >= 0), None)
        span = byline_span(self.page, article) if word else None
        if span is None:
            return None
        ends = tuple(whole_words().near_ends[word])
        signed = [p for p in self.by_article.get(article, []) if span[0] <= p.norm_start < span[1]
                  and value_of(p).endswith(ends)]
        return value_of(signed[-1]) if signed else None

    def _water(self, article: int) -> Optional[str]:
        if self.page is None or article not in self.spans:
            return None
        counts, _ = self._counts(self.by_article.get(article, []))  # (a story naming no area: its title's water once)
        return title_water(self.page.text, self.titles.get(article, []), self.spans[article],
                           lambda a, b: bool(self.orgs.inside(a - MAX_ORG, b + MAX_ORG)) and any(
                               o.norm_start <= a and b <= o.norm_end for o in self.orgs.inside(a - MAX_ORG, b + MAX_ORG)),
                           names_area=bool(counts))

    def _of(self, article: int) -> Optional[str]:
        titled = self._title_place(article) or (capital_titled(self.page.text, self.titles.get(article, []),
                                                               self.by_article.get(article, []))
                                                 if self.page is not None else None)
        if titled:
            return self._inner(article, titled)
        signed = self._signed(article)
        if signed:
            return signed
        water = self._water(article)
        if water:
            return water  # 淮河治污第一战役告捷: a story about a river, its figures the river's
        counts, first = self._counts(self.by_article.get(article, []))
        if not counts and self.page is not None and issue_date(self.page.dated) is not None \
                and not self._country_votes(article) and not self._names_nation(article) \
                and (scene := scene_city(self.page, article, self.spans.get(article, (0, 0)),
                                         self.orgs.inside(*self.spans.get(article, (0, 0))))):
            return scene  # 本报北京…讯 今天，中国美术馆展出…５００余件书画作品: the venue's city
        if not counts and (fixed := self._title_fixed(article)):
            # 首都机场：大雪纷飞航班正常, a story naming no other area: the capital's, before a body named
            # by the nation further on (首都老人迎新春…参加中国某协会举办的茶话会) makes it the country's
            return fixed
        if not counts:  # but a national body's story that names no other area (中国工商银行…３０个城市)
            counts, first = self._counts(self.by_article.get(article, []), bodies=True)
        # in a story most about a foreign country, 全国 and 国内 are that country's (塔吉克斯坦…全国)
        top = max(counts, key=lambda k: (counts[k], -first[k]), default=None)
        foreign = top is not None and self._foreign_country(self._full(top, article))
        # a story that opens with a body of the whole country (国务院三峡建委…, 党中央、国务院提出…)
        # speaks of the country as 全国 and 我国 do, against the other areas it names; one that names
        # no area at all is the country's too, read last (place_national.py: the DEV gold's majority,
        # bench/gold/README.md session 18). A body named once further on (由外交部档案馆编辑的字典) is no topic
        bodies, opening = self._national_bodies(article)
        lead = self.leads.get(article) if self.page is not None and issue_date(self.page.dated) else None
        if lead is not None and counts and all(first[k] >= lead for k in counts):
            # a dispatch (本报北京１月１４日讯, 新华社…电) whose titles and first paragraph name no area
            # is not about one named only further on (擂台赛下一站在呼和浩特举行, 治理荒山的内蒙古…王丽荣
            # in a list of winners): it is the country's where it speaks of the whole country
            # (全国“三下乡”表彰会…１００家单位), else no area's
            national = self._country_votes(article, paper_only=foreign) or (bodies and opening) \
                or self._names_nation(article)
            return whole_words().country_name if national else None
        votes = self._country_votes(article, paper_only=foreign) + (bodies if opening and counts else 0)
        if votes and votes >= max(counts.values(), default=0):
            return whole_words().country_name  # an article about the whole country
        if not counts and self._country_votes(article, ranked=True):
            return whole_words().country_name  # 作为我国首家民营航空公司，某航空…
        if not counts and any(self._venue(p) and value_of(p) in whole_words().fixed_areas.values()
                              for p in self.by_article.get(article, [])):
            # a meeting held in the capital (兵器工业工作会议今天在北京召开) in a story naming no other
            # area is the country's: its figures are the whole trade's (全行业共有９万职工下岗分流)
            return whole_words().country_name
        if not counts and self._names_nation(article) and any(
                p.level in MAIN_LEVELS and not self._china_body(p) for p in self.by_article.get(article, [])):
            # 国家技术监督局今天发布…抽查结果, whose firms' areas are named only in lists: the figures of
            # many areas, the nation's (one naming no area at all keeps none: …获悉：震区已死亡５０人)
            return whole_words().country_name
        if not counts:
            counts, first = self._document_counts(self.document.get(article, 0))
        if not counts:  # 财政部会同国家计委…取消２９项收费, naming no area: the country's (place_national.py)
            return whole_words().country_name if self._leads_with_nation(article) else None
        if lead is not None:
            # and of the areas it names, one its first paragraph names: one named only further on is a
            # detail, not the area of all its figures. (A feature's opening paragraph sets a scene and
            # may name none: counted as before.)
            counts = Counter({k: n for k, n in counts.items() if first[k] < lead}) or counts
        return self._shared_parent(counts, article) or self._full(self._most_specific(counts, first, article), article)

    def _shared_parent(self, counts: Counter, article: int) -> Optional[str]:
        """The area that the places named most often, three or more of one level named as often (甲县3家，乙县2家，丙市2家,
        each once), all lie in, where there is one: the story is that area's, not the first unit's it names."""
        top = max(counts.values())
        tied = [self._named(k, article)[0] for k in counts if counts[k] == top]
        tied = [p for p in tied if not any(value_of(p) in (q.parent or ()) for q in tied)]  # (襄阳日报's 襄阳 named as often)
        if len(tied) < _LEAST_SIBLINGS or len({p.level for p in tied}) != 1:
            return None
        parents = [p.parent or [] for p in tied]
        return next((name for name in parents[0] if all(name in others for others in parents[1:])), None)

    def _document_counts(self, doc: int) -> tuple[Counter, dict[str, int]]:
        """_counts of the whole page, or of one document of a joined page, counted once."""
        if doc not in self.page_counts:
            scope = [p for p in self.places if self.document.get(p.article, 0) == doc] if self.document else self.places
            self.page_counts[doc] = self._counts(scope)
        return self.page_counts[doc]

    def _most_specific(self, counts: Counter, first: dict[str, int], article: int) -> str:
        """The place named most often, the first named among equals, or one named as often inside that
        one (湖南省长沙市…, each once: 长沙市, the most specific area the conventions ask for)."""
        top = max(counts.values())
        best = sorted((k for k in counts if counts[k] == top), key=lambda k: first[k])
        outer = self._full(best[0], article)
        inner = [k for k in best[1:] if outer in (self._named(k, article)[0].parent or [])]
        if inner and self.page is not None and article in self.spans \
                and speaks_as(self.page.text, *self.spans[article], outer, self._full(inner[0], article)):
            return best[0]  # (全省… in a report to 江西省's congress that names 南昌市 once: the province's)
        return max(inner, key=lambda k: len(self._named(k, article)[0].parent or [])) if inner else best[0]  # (省市县: 县)
