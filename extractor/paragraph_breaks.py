"""Where a page's paragraphs end between its lines: a column's lines run on, web text's are a paragraph each, a
byline, a heading, a headline or a transcript's turn stands alone; apart from normalize.py, which joins the lines
of each paragraph and maps characters."""
from __future__ import annotations

import re
import statistics
from functools import lru_cache

from .heading_numbers import opens_section
from .lexicon import alternation, table
from .page_blocks import block_columns
from .page_items import opens_item
from .page_lines import Line, ends_sentence
from .page_tables import table_lines
from .page_turns import opens_turn

_CLAUSE_GOES_ON = tuple("，,、")  # marks inside a sentence that a line may end on
_CLAUSE_MARK = re.compile(r"[，。；：！？、,;:!?.…]")


# Column text: PDF columns are narrow. Lines wider than this (median) are paragraphs already.
_COLUMN_WIDTH = 40


def line_width(line: Line) -> int:
    # justification spaces make a line look longer than its column; count characters only
    return len("".join(line.text.split()))


_NAME_TOKEN = re.compile(r"[\u4e00-\u9fff]{2,4}")
_BYLINE = re.compile(r"^[（(][^（）()]{1,40}[）)]$")


def is_closing(line: Line) -> bool:
    """A byline or caption credit: `（胡耀华）`, `（武陵区人社局供图）`."""
    text = line.text
    return bool(_BYLINE.match(text)) or text.endswith(("供图）", "摄）", "供图)", "摄)"))


@lru_cache(maxsize=2)
def _site_head(key: str = "head_prefixes") -> re.Pattern:
    """A line of a site's frame that goes on after its colon (发布时间:2025-11-18 10:30 来源:市统计局): one of
    data/page_heads.toml's list `key` (head_prefixes; frame_line_prefixes, those of time or source)."""
    # (its value on the line: a label alone, `来源：` above `某某人民政府`, runs on into the line under it as before)
    return re.compile(rf"^[【\[]?(?:{alternation(table('page_heads.toml')[key])})\s*[:：]\s*\S")


def is_site_head(text: str) -> bool:
    """Whether a line is a site's frame line that goes on after its colon (see _site_head), or a breadcrumb
    (`首页 > 政务公开 > 区县动态`: data/page_heads.toml breadcrumb_starts, breadcrumb_marks)."""
    return bool(_site_head().match(text.lstrip()) or _breadcrumb().match(text.lstrip()))


def is_frame_line(text: str) -> bool:
    """Whether a line is a site's frame line of time or source (`发布时间:… 来源:…`: data/page_heads.toml
    frame_line_prefixes), which web text sets apart from the title above it and the body below it."""
    return bool(_site_head("frame_line_prefixes").match(text.lstrip()))


@lru_cache(maxsize=1)
def _breadcrumb() -> re.Pattern:
    t = table("page_heads.toml")
    return re.compile(rf"^(?:{alternation(t['breadcrumb_starts'])})\s*[:：]?\s*(?:{alternation(t['breadcrumb_marks'])})")


def is_standalone(line: Line) -> bool:
    """Lines that are a paragraph of their own: bylines, captions, author lines, subheads, a site's frame line
    (`发布时间:…`: its date is the page's, never the opening time of the body's first sentence under it, nor is
    it part of the title above it: layout.paragraph_kind reads it as a byline)."""
    text = line.text
    if is_closing(line) or is_site_head(text):
        return True
    if text.startswith("——") and not ends_sentence(text):
        return True
    tokens = text.split()
    return 2 <= len(tokens) <= 6 and all(_NAME_TOKEN.fullmatch(t) for t in tokens)


# the fewest lines whose blank lines tell a convention (a few lines may all have one by chance)
MIN_LINES = 10

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
    widths = [line_width(x) for x in lines]
    # where blank lines are sometimes there and sometimes not, they separate paragraphs;
    # where every line has one (as PDF extraction often writes), they mean nothing
    blanks = sum(x.blank_before for x in lines[1:])
    blank_breaks = len(lines) >= MIN_LINES and 0.05 * len(lines) < blanks < 0.7 * len(lines)
    # (a table's lines are no column's lines: a web bulletin's tables and headings pulled its median
    # under a column's width, and its paragraphs ran into the headings after them)
    in_table = table_lines([x.text for x in lines])
    prose = [w for w, t in zip(widths, in_table) if not t] or widths
    page_column = page_column_width(lines, widths, in_table)
    if statistics.median(prose) > _COLUMN_WIDTH or _short_items(lines, widths) \
            or not blank_breaks and _paragraph_lines(lines, widths, in_table, page_column):
        if not blank_breaks:
            return [True] * len(lines)  # web text: one paragraph a line
        # web text whose paragraphs are set off by blank lines: a line that ends no sentence and
        # runs on with no blank line is a paragraph cut at a link or an emphasis (国内生产总值达到74.4 /
        # 万亿元，增长6.7%; 一是 / 企业管理体制…; 《 / 证券法 / 》)
        # (a headline above its dateline: the dateline opens its item's paragraph, page_items.py)
        # (nor does a site's frame line of time or source, 发布时间:… under the title: its own paragraph; a breadcrumb
        # or a masthead's lines above a title may run together, the head block page_items.py reads)
        return [i == len(lines) - 1 or lines[i + 1].blank_before or ends_sentence(line.text)
                or opens_item(lines[i + 1].text) or opens_turn(lines[i + 1].text)
                or is_frame_line(line.text) or is_frame_line(lines[i + 1].text) for i, line in enumerate(lines)]
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
        next_short_title = line_width(nxt) < 0.6 * column and not ends_sentence(nxt.text) and i + 2 < len(lines)
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
            or (opens_section(nxt.text) and line_width(nxt) < 0.8 * column and not ends_sentence(nxt.text))
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


def page_column_width(lines: list[Line], widths: list[int], in_table: list[bool]) -> float:
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
    if sum(ending) < 3 or any(line_width(line) >= _ITEM_SHARE * widest for line, end in zip(lines, ending) if not end):
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
