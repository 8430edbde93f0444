"""Articles and sentences of a normalized page.

Paragraphs come from normalize(). Each paragraph gets a kind: `body`, `title` (short, no
sentence punctuation), `subtitle` (`——…`), `byline` (`（胡耀华）`, a line of author names),
`caption` (`（…供图）`), a site's frame line alone (`来源:…`, `发布时间:…`) a `byline` too, `table` (a table's caption, header or row, page_tables.py). Article
boundaries fall after a closing byline, before an indented block, and at title blocks; a page
whose first paragraph is body text prints its titles after the bodies, so its title blocks
close the article before them. A page joined from many
documents (layout_heads.py) is split into them first: each opens an article and keeps its own
conventions (titles after bodies, an indent a paragraph).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .clauses import SENTENCE_ENDS
from .datelines import opens_dispatch
from .heading_numbers import NUMBERED as _NUMBERED
from .layout_heads import document_starts
from .layout_places import opens_with_area
from .page_dates import is_furniture
from .paragraph_breaks import is_site_head
from .page_tables import table_lines
from .normalize import Normalized
from .page_lines import ends_sentence

_BYLINE = re.compile(r"^[（(][\u4e00-\u9fff·\s]{2,30}[）)]$")
_CAPTION = re.compile(r"[（(][^（）()]*(供图|摄|图)[）)]$")
_AUTHORS = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4}){0,5}$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE_END = re.compile(f"[{SENTENCE_ENDS}!?…]+[”’」』）)]*")


@dataclass(slots=True)  # (slots: no dict for each of a long page's paragraphs and sentences)
class Paragraph:
    index: int
    start: int  # normalized offsets
    end: int
    kind: str
    article: int = 0


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    article: int


@dataclass
class Article:
    index: int
    start: int
    end: int
    paragraphs: list[int] = field(default_factory=list)
    title: str = ""


@dataclass
class Layout:
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    articles: list[Article]
    # the documents of a page joined from many (layout_heads.py), as normalized (start, end): one
    # for a page of one document; what is read from a whole page belongs to one of them
    documents: list[tuple[int, int]] = field(default_factory=list)

    def sentence_at(self, pos: int) -> Sentence | None:
        i = bisect.bisect_right(self._starts, pos) - 1
        if 0 <= i < len(self.sentences) and self.sentences[i].start <= pos < max(self.sentences[i].end, pos + 1):
            return self.sentences[i]
        return None

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.sentences]
        self._texts: dict[int, str] = {}

    def sentence_text(self, sentence: Sentence, text: str) -> str:
        """The sentence's text: one string shared by every record of that sentence, not a copy
        each (on a long page the copies were a tenth of the records' memory)."""
        got = self._texts.get(sentence.start)
        if got is None:
            got = self._texts[sentence.start] = text[sentence.start:sentence.end]
        return got


def paragraph_kind(norm: Normalized, index: int) -> str:
    start, end = norm.paragraphs[index]
    text = norm.text[start:end]
    raw_lines = norm.paragraph_lines[index]
    raw_text = " ".join(x.text for x in raw_lines)
    if len(text) < 120 and _CAPTION.search(text):  # (the length first: a body is long)
        return "caption"
    if _BYLINE.match(text) or len(raw_lines) == 1 and is_site_head(raw_text):
        return "byline"  # (a site's frame line alone, 来源:… / 发布时间:…, is no title of the story under it)
    if len(raw_lines) == 1 and " " in raw_text.strip() and _AUTHORS.match(raw_text.strip()):
        # "李永亮 闫修兴 刘小花": names separated by spaces. "政策护航 凤凰来仪" has 4-char
        # words on both sides and is a subhead; names are 2-3 characters.
        parts = raw_text.split()
        if all(len(p) <= 3 for p in parts):
            return "byline"
    if text.startswith("——") and len(text) <= 60 and "。" not in text.rstrip("。"):
        return "subtitle"  # (a paragraph of sentences that opens with a dash is body: ——经济运行…。…。)
    if not ends_sentence(text) and len(text) <= 40 and "。" not in text and len(_CJK.findall(text)) >= 2:
        if len(raw_lines) == 1 and len(text) <= 4 and raw_lines[0].indented:
            return "byline"  # an author's name standing before an article: " 何德波"
        return "title"
    if len(raw_lines) == 1 and len(text) <= _HEADLINE_LONGEST and not _CLAUSE_MARK.search(text) \
            and len(_CJK.findall(text)) >= 2:
        # a web headline with its subtitle on its line, no clause mark at all (…签约活动举行 签约项目62个
        # 总投资486.3亿元): the title of the story under it, not a body of its own
        return "title"
    return "body"


_HEADLINE_LONGEST = 64
_CLAUSE_MARK = re.compile(r"[，。；：！？,;:!?、（）()“”\"]")


def split_sentences(text: str, offset: int) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((offset + start, offset + m.end()))
        start = m.end()
    if start < len(text):
        spans.append((offset + start, offset + len(text)))
    return spans


def analyse(norm: Normalized) -> Layout:
    """Paragraph kinds, articles and sentences of a normalized page."""
    paragraphs = [Paragraph(i, s, e, paragraph_kind(norm, i)) for i, (s, e) in enumerate(norm.paragraphs)]
    # a table's caption, header and rows (page_tables.py; normalize made each a paragraph): no title
    # of an article, nor body text; a row's label names its numbers' item
    if any(" " in norm.text[s:e] for s, e in norm.paragraphs):
        for p, in_table in zip(paragraphs, table_lines([norm.text[s:e] for s, e in norm.paragraphs])):
            if in_table:
                p.kind = "table"
    # a page joined from many documents: each keeps its own conventions (titles after bodies, an
    # indent a paragraph), and none of its articles runs into the next document
    bounds = [0, *document_starts(norm, paragraphs), len(paragraphs)]
    article = 0
    for lo, hi in zip(bounds, bounds[1:]):
        article = _mark_articles(norm, paragraphs, lo, hi, article + (lo > 0))
    articles: dict[int, Article] = {}
    for p in paragraphs:
        a = articles.setdefault(p.article, Article(p.article, p.start, p.end))
        a.end = p.end
        a.paragraphs.append(p.index)
        if p.kind == "title" and not a.title:
            a.title = norm.text[p.start:p.end]
    sentences = []
    for p in paragraphs:
        for s, e in split_sentences(norm.text[p.start:p.end], p.start):
            sentences.append(Sentence(s, e, p.index, p.article))
    documents = [(paragraphs[lo].start, paragraphs[hi - 1].end) for lo, hi in zip(bounds, bounds[1:]) if hi > lo]
    return Layout(paragraphs, sentences, [articles[k] for k in sorted(articles)], documents)


def _mark_articles(norm: Normalized, paragraphs: list[Paragraph], lo: int, hi: int, article: int) -> int:
    """Number the articles of the document of paragraphs [lo, hi), the first being `article`;
    returns the last article's number."""
    # (not the paper's furniture above a web page's items: 某某日报 2025年3月4日 星期二 第03版, page_dates.py)
    first_body = next((p for p in paragraphs[lo:hi] if p.kind == "body"
                       and not is_furniture(norm.text[p.start:p.end])), None)
    titles_after = first_body is not None and first_body.index == lo
    lines = norm.paragraph_lines
    # where most paragraphs are indented (a report typed with an indent per paragraph), an indent
    # marks a paragraph, not an article
    indents_mark_articles = sum(bool(x) and x[0].indented for x in lines[lo:hi]) * 2 < hi - lo
    # where two or more of its items open with a dateline (本报某地某日讯…, 本报讯…日前), a new item opens
    # with its dateline or under its headline: an indent inside an item (效益方面… after its dateline's
    # paragraph) marks a paragraph of that item
    dispatched = indents_mark_articles and sum(
        p.kind == "body" and opens_dispatch(norm.text, p.start, p.end) for p in paragraphs[lo:hi]) >= 2
    seen_body = False
    for i in range(lo, hi):
        p = paragraphs[i]
        prev = paragraphs[i - 1] if i > lo else None
        indented = indents_mark_articles and bool(lines[i]) and lines[i][0].indented \
            and not (dispatched and not opens_dispatch(norm.text, p.start, p.end))
        new = False
        if prev is not None:
            if prev.kind == "byline" and p.kind != "byline" and seen_body and prev_closes(paragraphs, i - 1):
                # with titles printed after bodies, the title after a byline is still this article's
                new = not (titles_after and p.kind == "title")
            elif titles_after and prev.kind == "title" and i > lo + 1 and paragraphs[i - 2].kind == "byline":
                new = p.kind == "body"
            elif indented and seen_body:
                new = True
            elif p.kind == "title" and prev.kind == "body" and _is_title_block(paragraphs, i):
                # a title block: after the body it belongs to (titles_after), or before the next
                new = not titles_after
            elif p.kind == "title" and prev.kind == "body" and not titles_after and seen_body \
                    and _is_headline(norm, paragraphs, i):
                new = True
            elif titles_after and prev.kind in ("title", "subtitle") and p.kind == "body" \
                    and _is_title_block(paragraphs, _block_start(paragraphs, i - 1)) and seen_body:
                new = True
        if new:
            article += 1
            seen_body = False
        p.article = article
        if p.kind == "body":
            seen_body = True
    return article


def prev_closes(paragraphs: list[Paragraph], i: int) -> bool:
    """A byline closes an article when body text precedes it (not an author line at the top)."""
    return i > 0 and paragraphs[i - 1].kind in ("body", "caption", "title", "subtitle")


def _block_start(paragraphs: list[Paragraph], i: int) -> int:
    while i > 0 and paragraphs[i - 1].kind in ("title", "subtitle"):
        i -= 1
    return i


# a headline opens with a place (游仙区“春风行动”送岗上门) or states a figure (瑞安新增学位1.38万个);
# a subhead is numbered (（一）, 一、, 1.) or holds neither
_PLACE_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,4}?[省市县区州旗镇乡](?![场民域级委属长内外直政])")
_FIGURE = re.compile(r"\d")


def _is_headline(norm: Normalized, paragraphs: list[Paragraph], i: int) -> bool:
    """A title between two bodies that starts a new article: the body before it ends a sentence,
    a body follows, and the title reads as a news headline, not a numbered subhead."""
    p = paragraphs[i]
    # (a line of its author or source may stand between a headline and its body: 本报记者 某某)
    after = i + 2 if i + 2 < len(paragraphs) and paragraphs[i + 1].kind in ("title", "byline") else i + 1
    nxt = paragraphs[after] if after < len(paragraphs) else None
    text = norm.text[p.start:p.end]
    prev = paragraphs[i - 1]
    if nxt is None or nxt.kind != "body" or _NUMBERED.match(text):
        return False
    if not ends_sentence(norm.text[prev.start:prev.end]):
        return False
    # (or a title right above a dateline: the item's headline, whatever words it opens with,
    # 沧州农村公路建设资金过半来自省级 / 本报讯（记者 某某）日前…)
    return bool(_PLACE_HEAD.match(text) or _FIGURE.search(text) or opens_with_area(text)
                or opens_dispatch(norm.text, nxt.start, nxt.end))


def _is_title_block(paragraphs: list[Paragraph], i: int) -> bool:
    """A headline: followed by a subtitle, or standing between two articles' text."""
    nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
    if nxt is not None and nxt.kind == "subtitle":
        return True
    return nxt is not None and nxt.kind in ("caption", "byline")
