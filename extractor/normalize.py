"""Layout-aware normalization of PDF-extracted page text, with a map back to raw offsets.

A page's lines are column lines: words and numbers break across them (`常德\\n\\n市武陵区`,
`16.06\\n\\n亿元`) and justification puts spaces between characters (`截 至 11 月`). The
normalized text joins the lines of a paragraph, drops layout whitespace, maps full-width
digits and signs to ASCII, and keeps one `\\n` between paragraphs. `raw[i]` is the offset in
the original text of normalized character `i`, so any normalized span maps back exactly.
A line is judged against the page's column, the width of its lines cut where the width runs out
(_page_column): a title block or a heading is short of it, web text's paragraphs are far wider.
"""
from __future__ import annotations

import bisect
import re
import statistics
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field

from .clauses import HALFWIDTH_MARKS, SENTENCE_ENDS, fullwidth_meaning
from .heading_numbers import opens_section
from .page_folios import without_page_breaks
from .page_blocks import block_columns
from .page_items import opens_item
from .page_tables import table_lines
from .page_turns import opens_turn

# Full-width forms that carry the same meaning in ASCII; Chinese punctuation (，。、) stays.
_FULLWIDTH = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}  # ０-９
_FULLWIDTH.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FULLWIDTH.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_FULLWIDTH.update({"％": "%", "．": ".", "＋": "+", "－": "-", "／": "/", "～": "~", "‰": "‰"})

_MIDDLE_DOTS = "·・•"
_MIDDLE_DOT = re.compile(f"[{_MIDDLE_DOTS}]")
# a line that ends so ends a sentence or a lead-in (`：`), not a column line
_TERMINAL = SENTENCE_ENDS + "!?…；;：:"
_CLOSERS = "”’」』）)》】"
_CLAUSE_GOES_ON = tuple("，,、")  # marks inside a sentence that a line may end on
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
# a time of day after a date (2020-10-11 04:00): the space between them is a real word break
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
_CLAUSE_MARK = re.compile(r"[，。；：！？、,;:!?.…]")


def map_char(ch: str) -> str:
    """The normalized form of one character (one-to-one, so offsets stay aligned)."""
    return _FULLWIDTH.get(ch, ch)


def ends_sentence(line: str) -> bool:
    line = line.rstrip().rstrip(_CLOSERS)
    return bool(line) and line[-1] in _TERMINAL


class Line:
    """One line of a page with text on it, as raw offsets. Its text is read from the page when
    asked for: a copy of each line's text, kept while the page is read, was a second copy of the
    page (slots: no dict for each of a long page's lines)."""

    __slots__ = ("start", "end", "page", "indented", "blank_before")

    def __init__(self, start: int, end: int, page: str, indented: bool, blank_before: bool = False) -> None:
        self.start = start  # raw offset of the first non-space character
        self.end = end  # raw offset after the last non-space character
        self.page = page  # the raw text of the whole page
        self.indented = indented  # the raw line begins with whitespace
        self.blank_before = blank_before  # an empty line stands between this line and the one before

    @property
    def text(self) -> str:
        """The raw text of the line, stripped."""
        return self.page[self.start:self.end]

    def __repr__(self) -> str:
        return f"Line({self.start}, {self.end}, {self.text!r}, {self.indented}, {self.blank_before})"


@dataclass
class Normalized:
    original: str
    text: str
    raw: Sequence[int]  # array("i")
    # (start, end) in normalized text of each paragraph, and the raw lines it came from
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    paragraph_lines: list[list[Line]] = field(default_factory=list)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span [start, end) to the original text."""
        if end <= start:
            r = self.raw[start] if start < len(self.raw) else len(self.original)
            return r, r
        return self.raw[start], self.raw[end - 1] + 1

    def from_raw(self, raw_start: int) -> int:
        """The first normalized offset at or after a raw offset."""
        import bisect
        return bisect.bisect_left(self.raw, raw_start)


_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


def split_lines(original: str) -> list[Line]:
    lines = []
    pos = 0
    blank = False
    for chunk in original.split("\n"):
        stripped = chunk.strip()
        if stripped and not stripped.strip(_ZERO_WIDTH):
            # a line of only zero-width spaces (web text, 74.4 / ​ / 万亿元) is neither text nor a blank
            pos += len(chunk) + 1
            continue
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            lines.append(Line(pos + lead, pos + lead + len(stripped), original, lead > 0, blank and bool(lines)))
            blank = False
        else:
            blank = True
        pos += len(chunk) + 1
    return lines


# Column text: PDF columns are narrow. Lines wider than this (median) are paragraphs already.
_COLUMN_WIDTH = 40


def _width(line: Line) -> int:
    # justification spaces make a line look longer than its column; count characters only
    return len("".join(line.text.split()))


_NAME_TOKEN = re.compile(r"[\u4e00-\u9fff]{2,4}")
_BYLINE = re.compile(r"^[（(][^（）()]{1,40}[）)]$")


def is_closing(line: Line) -> bool:
    """A byline or caption credit: `（胡耀华）`, `（武陵区人社局供图）`."""
    text = line.text
    return bool(_BYLINE.match(text)) or text.endswith(("供图）", "摄）", "供图)", "摄)"))


def is_standalone(line: Line) -> bool:
    """Lines that are a paragraph of their own: bylines, captions, author lines, subheads."""
    text = line.text
    if is_closing(line):
        return True
    if text.startswith("——") and not ends_sentence(text):
        return True
    tokens = text.split()
    return 2 <= len(tokens) <= 6 and all(_NAME_TOKEN.fullmatch(t) for t in tokens)


# the fewest lines whose blank lines tell a convention (a few lines may all have one by chance)
_MIN_LINES = 10

# a line holding a number alone (its unit on the next line): PDF columns cut a figure out of its sentence
_NUMBER_LINE = re.compile(r"[0-9０-９][0-9０-９.．,，]*")


def _number_alone(lines: list[Line], i: int) -> bool:
    """Line i is a number alone, cut out of a sentence: the line before runs on (ends no sentence) and
    the line after goes on with words (its unit), so no paragraph ends around it (贷款余额 / 1497.35 /
    亿元，增长6.9%). A page number stands between sentences, and keeps its break."""
    if not 0 < i < len(lines) - 1 or not _NUMBER_LINE.fullmatch("".join(lines[i].text.split())):
        return False
    nxt = lines[i + 1].text.lstrip()
    return not ends_sentence(lines[i - 1].text) and bool(nxt) and not _NUMBER_LINE.match(nxt) and not nxt[0] in "（(【"


def paragraph_breaks(lines: list[Line]) -> list[bool]:
    """For each line, whether a paragraph ends after it."""
    if len(lines) < 2:
        return [True] * len(lines)  # (a page's last line ends its paragraph: one line, one paragraph)
    widths = [_width(x) for x in lines]
    # where blank lines are sometimes there and sometimes not, they separate paragraphs;
    # where every line has one (as PDF extraction often writes), they mean nothing
    blanks = sum(x.blank_before for x in lines[1:])
    blank_breaks = len(lines) >= _MIN_LINES and 0.05 * len(lines) < blanks < 0.7 * len(lines)
    # (a table's lines are no column's lines: a web bulletin's tables and headings pulled its median
    # under a column's width, and its paragraphs ran into the headings after them)
    in_table = table_lines([x.text for x in lines])
    prose = [w for w, t in zip(widths, in_table) if not t] or widths
    page_column = _page_column(lines, widths, in_table)
    if statistics.median(prose) > _COLUMN_WIDTH or _short_items(lines, widths) \
            or not blank_breaks and _paragraph_lines(lines, widths, in_table, page_column):
        if not blank_breaks:
            return [True] * len(lines)  # web text: one paragraph a line
        # web text whose paragraphs are set off by blank lines: a line that ends no sentence and
        # runs on with no blank line is a paragraph cut at a link or an emphasis (国内生产总值达到74.4 /
        # 万亿元，增长6.7%; 一是 / 企业管理体制…; 《 / 证券法 / 》)
        # (a headline above its dateline: the dateline opens its item's paragraph, page_items.py)
        return [i == len(lines) - 1 or lines[i + 1].blank_before or ends_sentence(line.text)
                or opens_item(lines[i + 1].text) or opens_turn(lines[i + 1].text) for i, line in enumerate(lines)]
    standalone = [is_standalone(x) for x in lines]
    blocks = block_columns([x.text for x in lines], widths, in_table, page_column, [_opens_block(x) for x in lines])
    breaks = []
    for i, line in enumerate(lines):
        if i == len(lines) - 1:
            breaks.append(True)
            continue
        window = widths[max(0, i - 5): i] + widths[i + 1: i + 6]
        # (the page's column where the lines around are short: a title block at the page's top, headings
        # and paragraphs' last lines between them, are no column's width)
        # (but a row of cells, a gap between them, that page_tables reads as no table: 湄江街道    168万元
        # under 镇（街道）    分配金额, its rows run on as the table's lines around it say)
        column = statistics.median(window) if window else widths[i]
        if blocks[i]:
            column = blocks[i]  # (a narrower block's own column: a 专栏 box, a 注： note, an indented quote)
        elif not _CELL_GAP.search(line.text):
            column = max(column, page_column)
        short = widths[i] < 0.8 * column
        nxt = lines[i + 1]
        next_short_title = _width(nxt) < 0.6 * column and not ends_sentence(nxt.text) and i + 2 < len(lines)
        brk = (
            nxt.indented
            or (blank_breaks and nxt.blank_before)
            or (ends_sentence(line.text) and short)
            # (a line far wider than the page's column is no column's line: web text's paragraph, which
            # ends where its sentence ends, before a heading set short: 全年…增长10.3%。 / 八、旅游)
            or (ends_sentence(line.text) and page_column and widths[i] > _WIDER * page_column)
            # (a sentence that ends where a narrower block begins or ends, at either's full width)
            or (ends_sentence(line.text) and blocks[i] != blocks[i + 1])
            # (a short line that ends on a clause's mark is a ragged line of a sentence, no title: 思路，真抓实干，
            # 全镇经济社会保持平稳向好， / 各项年度目标任务基本完成)
            or (not ends_sentence(line.text) and widths[i] < 0.6 * column and not line.text.endswith(_CLAUSE_GOES_ON))
            or (next_short_title and ends_sentence(line.text))
            or line.text.endswith("）") and short
            or standalone[i] or standalone[i + 1]
            # a transcript's turn (主持人：, 记者：请问…) opens a paragraph (page_turns.py)
            or opens_turn(nxt.text)
            # a numbered heading short of the column, ending no sentence, opens its paragraph whatever ends
            # the line above (公告发布日期：2026年9月26日 / 二、中标（成交）信息)
            or (opens_section(nxt.text) and _width(nxt) < 0.8 * column and not ends_sentence(nxt.text))
            or (bool(breaks) and breaks[-1] and _merged_headline(lines, i, widths, column))
            # a title right after a byline: "（胡耀华）" then "湘乡“三长制”化解基层治理之困"
            # (not a sentence's full column line after a date in brackets: （2026年3月16日） / 2025年，全省…，电 /
            # 力消费…)
            or (i > 0 and is_closing(lines[i - 1]) and not ends_sentence(line.text)
                and not ("，" in line.text and widths[i] >= _FULL * column))
        ) and not ((_number_alone(lines, i) or _number_alone(lines, i + 1))
                   and not nxt.indented and not (blank_breaks and nxt.blank_before))
        breaks.append(bool(brk))
    return breaks


_LEAST_CUT = 5  # the fewest lines cut at the column's width that show it
_WIDER = 1.5  # a line this much wider than the column is set in no column
_CELL_GAP = re.compile(r"\S(?:\s{2,}|\t)\S")  # the gap between a row's cells
_FULL = 0.9  # a line this near the column's width fills it: cut where the width runs out


def _page_column(lines: list[Line], widths: list[int], in_table: list[bool]) -> float:
    """The width of a page's column: the median width of its prose lines that end no sentence, which a
    column cuts where its width runs out (0 where too few show it). The median of all its lines is not:
    a report's title block, its headings and its paragraphs' last lines are short lines."""
    cut = [w for line, w, t in zip(lines[:-1], widths, in_table) if not t and not ends_sentence(line.text)]
    return statistics.median(cut) if len(cut) >= _LEAST_CUT else 0


def _opens_block(line: Line) -> bool:
    """A line that may be a narrower block's first (page_blocks.py): one that ends no sentence (a paragraph's last
    line before the block) and stands in no paragraph of its own (a numbered heading, a byline)."""
    return not ends_sentence(line.text) and not opens_section(line.text) and not is_standalone(line)


def _paragraph_lines(lines: list[Line], widths: list[int], in_table: list[bool], column: float) -> bool:
    """Web text, a paragraph a line, whose short lines (a title, its source line, headings) pull the median
    under a column's width: its lines that end a sentence are far wider than the lines that end none (a
    column's lines that end a sentence are its paragraphs' last lines, no wider than the column)."""
    ending = [w for line, w, t in zip(lines, widths, in_table) if not t and ends_sentence(line.text)]
    return bool(column) and len(ending) >= _LEAST_CUT and statistics.median(ending) > _WIDER * column


def _short_items(lines: list[Line], widths: list[int]) -> bool:
    """Web text of short items, each under a headline that names its area (太白县旅游收入稳步增长 / 本报记者 某某 /
    a body of a line or two, again and again): its titles and author lines pull the median width below a
    column's, but no line that ends no sentence is near as wide as the widest (a column's text cuts its
    sentences at the column's width: 今年前三季度，全县 / 接待游客…), three lines or more end one, and two
    headlines or more open with an area, with body text between them (layout_places.py; not a report's
    title and its author: 某区统计公报 / 某市某区统计局, nor its signature). A page of one story keeps the column
    reading."""
    from .layout_places import opens_with_area  # (the gazetteer is read only for such a page)
    widest = max(widths)
    ending = [ends_sentence(line.text) for line in lines]
    if sum(ending) < 3 or any(_width(line) >= _ITEM_SHARE * widest for line, end in zip(lines, ending) if not end):
        return False
    heads, body_since = 0, True  # (headlines naming an area, each after body text and with a body after
    for i, (line, end) in enumerate(zip(lines, ending)):  # it, past an author line: not a closing signature)
        if end:
            body_since = True
        elif body_since and any(ending[i + 1:i + 3]) and opens_with_area(line.text):
            heads, body_since = heads + 1, False
    return heads >= _LEAST_HEADS


_ITEM_SHARE = 0.8  # (a column's lines that end no sentence fill it: a justified line is near the widest)
_LEAST_HEADS = 2  # the headlines naming an area that make a page of items


# a headline's place: 2-4 characters and a division's suffix (游仙区, 民乐县), not 市场 or 区域
_PLACE_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,4}?[省市县区州旗镇乡](?![场民域级委属长内外直政])")


def _merged_headline(lines: list[Line], i: int, widths: list[int], column: float) -> bool:
    """A headline set as a column line (游仙区“春风行动”送岗上门 before 今年以来，游仙区人社局…):
    it opens a paragraph, is not justified (no spaces) and falls short of the column, holds no
    clause mark, and opens with a place that the story's next lines name again."""
    line = lines[i]
    if line.indented or " " in line.text or widths[i] > column - 2 or _CLAUSE_MARK.search(line.text):
        return False
    head = _PLACE_HEAD.match(line.text)
    if not head:
        return False
    following = "".join("".join(x.text.split()) for x in lines[i + 1: i + 3])
    return head.group() in following


def _next_visible(text: str, k: int) -> str:
    for ch in text[k + 1: k + 4]:
        if not ch.isspace():
            return ch
    return ""


_RUN = re.compile(r"\S+")
# the raw offsets of a run are copied from this array where they fall inside it (a copy of machine
# integers), not counted out of a range one int object at a time (a page's every character)
_OFFSETS = array("i", range(1 << 16))
_OFFSETS_END = len(_OFFSETS)
# the full-width characters replaced by a regex, not str.translate: translate looks every
# character of a Chinese text up in its table, five times the cost where few are full-width
_FULLWIDTH_CHAR = re.compile("[" + "".join(map(re.escape, _FULLWIDTH)) + "]")


def _to_halfwidth(run: str) -> str:
    return _FULLWIDTH_CHAR.sub(lambda m: _FULLWIDTH[m.group()], run)


def _dots_to_points(mapped: str, run_start: int, original: str, prev_char: str) -> str:
    """2·5亿元: a middle dot between digits is a decimal point in some typesetting."""
    chars = list(mapped)
    for m in _MIDDLE_DOT.finditer(mapped):  # the dots only: a run can be a whole paragraph
        j = m.start()
        before = chars[j - 1] if j else prev_char
        if before.isdigit() and map_char(_next_visible(original, run_start + j)).isdigit():
            chars[j] = "."
    return "".join(chars)


_HALFWIDTH_MARK = re.compile(f"[{re.escape(''.join(sorted(HALFWIDTH_MARKS)))}]")
_VISIBLE = re.compile(r"\S")


def _visible_after(original: str, k: int, n: int = 4) -> str:
    """Up to n visible characters after raw offset k (across layout whitespace)."""
    out = []
    for m in _VISIBLE.finditer(original, k + 1, k + 1 + 4 * n):
        out.append(map_char(m.group()))
        if len(out) == n:
            break
    return "".join(out)


def _halfwidth_to_full(mapped: str, run_start: int, original: str, prev_char: str) -> str:
    """`高台县,新增` → `高台县，新增`: an ASCII mark inside Chinese text means its full-width form
    (clauses.fullwidth_meaning); `1,234` keeps its comma."""
    chars = list(mapped)
    for m in _HALFWIDTH_MARK.finditer(mapped):
        j = m.start()
        before = chars[j - 1] if j else prev_char
        chars[j] = fullwidth_meaning(chars[j], before, _visible_after(original, run_start + j))
    return "".join(chars)


def document_breaks(lines: list[Line], starts: Sequence[int]) -> list[bool]:
    """paragraph_breaks of each document of a joined page (starts: the raw offsets where the second
    and later documents begin) read on its own lines: one report set in column lines with blank
    lines between paragraphs keeps them as paragraphs when joined with reports of a line each
    (the blank-line and width statistics are a document's, not the page's)."""
    line_starts = [x.start for x in lines]
    cuts = sorted({bisect.bisect_left(line_starts, s) for s in starts} - {0, len(lines)})
    breaks = paragraph_breaks(lines)  # (the page's, where a document starts a paragraph already)
    for lo, hi in zip([0, *cuts], [*cuts, len(lines)]):
        # a document of a few lines (a frame's leftovers before a speech) shows no conventions
        # of its own: it keeps the page's
        if hi - lo >= _MIN_LINES:
            breaks[lo:hi] = paragraph_breaks(lines[lo:hi])
    return breaks


def normalize(original: str, documents: Sequence[int] = ()) -> Normalized:
    """Normalize a page, keeping the offset map and the paragraphs; documents: the raw offsets
    where a joined page's second and later documents begin (document_breaks)."""
    lines = without_page_breaks(split_lines(original))  # (a printed page's number and running head)
    breaks = document_breaks(lines, documents) if documents else paragraph_breaks(lines)
    # a table's lines (caption, header, rows) are each a paragraph, their cells kept apart (page_tables.py)
    tables = table_lines([x.text for x in lines])
    for i, in_table in enumerate(tables):
        if in_table:
            breaks[i] = True
            if i:
                breaks[i - 1] = True
    out: list[str] = []  # runs of characters; raw has one offset per character
    raw = array("i")  # machine integers: a list would hold an int object (36 bytes) a character
    paragraphs: list[tuple[int, int]] = []
    para_lines: list[list[Line]] = []
    current: list[Line] = []
    para_start = 0
    prev_char = ""
    prev_end = 0  # raw offset of the whitespace after the last run
    for line, brk, in_table in zip(lines, breaks, tables):
        current.append(line)
        for m in _RUN.finditer(original, line.start, line.end):
            mapped = _to_halfwidth(m.group())
            if _MIDDLE_DOT.search(mapped):
                mapped = _dots_to_points(mapped, m.start(), original, prev_char)
            if _HALFWIDTH_MARK.search(mapped):
                mapped = _halfwidth_to_full(mapped, m.start(), original, prev_char)
            first = mapped[0]
            # a space between two ASCII words is a real word break ("Windows 10"), keep one
            # (and a space between a table's cells: 滨海新区 9.8 5.4)
            if prev_char and (in_table and m.start() > line.start or _ASCII_WORD.match(prev_char)
                              and _ASCII_WORD.match(first)
                              and (not (prev_char.isdigit() and first.isdigit()) or _CLOCK.match(mapped))):
                out.append(" ")
                raw.append(prev_end)
            out.append(mapped)
            start, end = m.span()
            raw.extend(_OFFSETS[start:end] if end <= _OFFSETS_END else range(start, end))
            prev_char = mapped[-1]
            prev_end = m.end()
        if brk:
            paragraphs.append((para_start, len(raw)))
            para_lines.append(current)
            current = []
            if line.end < len(original):
                out.append("\n")
                raw.append(line.end)
            para_start = len(raw)
            prev_char = ""
    # drop a trailing paragraph separator
    if out and out[-1] == "\n":
        out.pop()
        raw.pop()
    return Normalized(original, "".join(out), raw, paragraphs, para_lines)
