"""enumeration: a count before a colon against the items marked after it.

Structures read (markers in data/cues.toml [enumeration]):
    取得十个突出亮点：一是…；二是…；…十是…。        ordinal words opening each item (`一是`,
                                                    `第一，`, `其一是`), in the colon's paragraph
                                                    or opening one of the next few paragraphs
    抓好四个方面的工作：⏎⏎一是⏎依法打击…；⏎⏎二是⏎…   a marker alone on its line, its item in
                                                    the next paragraph (old reports)
    重点抓好六个方面工作：⏎（一）…⏎（二）…⏎…（六）…   numbered headings opening paragraphs
    可以从三个方面考察：（1）…。（2）…。（3）…。      numbered points inside one paragraph
    运作呈现五个特点：●A●B⏎●C●D●E                    bullets
    五大客源地及游客人数分别是：甲国，42.6 万人次；乙国，…。
                                                    items split by `；` to the end of the sentence
    会议提出的 5 个方面：积极推进…，抓好大的；进一步实施…；…。
                                                    after a count of points (个方面, 项, 条),
                                                    points of a clause or more split by `；`
    受到 5 个方面的威胁：A；B；C；D和E。              the last two joined by `和`, as a `、`
                                                    list's are, where the count is one more
The unnumbered readers (bullets, `；` and `、` splits) are in unnumbered_items.py.
The count names what stands right before the colon (`个方面工作`, `大客源地及游客人数分别是`).
Items are counted while their markers run in order (`（一）`, `（二）`, …), so a later list
of the same markers is not taken in. A count that differs from the items is unverifiable:
the markers may also open sub-points or skip a part of the text; but markers numbered in order
(`一是`, `第一`, `（1）`, `1．`) past the count are the text's own numbering, so more items
than counted are inconsistent.
"""
from __future__ import annotations

import re
from typing import Callable

from ..numerals import parse_number
from . import cues
from .enumeration_resumed import resumed_colon
from .lists import ItemList, count_word
from .model import Draft, Num, PageView
from .unnumbered_items import MAX_ITEMS, bullet_items, comma_items, is_entry, semicolon_items, split_last_join

_NOUN = 12  # `个方面工作`, `大客源地及游客人数分别是` between a count and its colon
_GAP_PARAGRAPHS = 30  # paragraphs between two numbered headings (the body of a section)
# `（一）` headings of a report: a section may run longer, up to the next `三、` chapter
_GAP_SECTION = 60
_CHAPTER = re.compile(r"[一二三四五六七八九十]+、")
_ITEM_PARAGRAPHS = 12  # paragraphs an item marked `三是` may run over before `四是` opens one
# a paragraph that opens a new list or section ends the search for the next marker
_NEW_SECTION = re.compile(r"[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节部分]")
_COUNT_WORD = count_word()


def _bare_count() -> re.Pattern:
    """A count in words that count_word leaves out: the colon right after its classifier
    (`原因有两条：`), or points counted by 点 (`提出五点要求：`, `有两点：`), a classifier of
    points only, never followed by a numeral (`四点六` is a decimal)."""
    numerals = "".join(cues.words("enumeration", "count_numerals"))
    classifiers = "".join(cues.words("enumeration", "count_classifiers"))
    points = "".join(cues.words("enumeration", "points_by"))
    return re.compile(f"(?P<quote>)(?<![{numerals}\\d.])(?P<n>(?!一[^{numerals}])[{numerals}]{{1,3}})"
                      f"(?:(?P<cls>[{classifiers}])(?=：)|(?P<pt>[{points}])(?![{numerals}\\d]))(?P<big>)")


def _quoted_label() -> re.Pattern:
    """A quoted abbreviation of a numeral and a word or two, no classifier, right before a colon
    (`“四无”：`, `“三不”：`): count_word needs a classifier; the numeral counts the items."""
    numerals = "".join(cues.words("enumeration", "count_numerals"))
    return re.compile(f"(?P<quote>“)(?P<n>(?!一[^{numerals}])[{numerals}]{{1,2}})(?P<cls>)(?P<pt>)(?P<big>)"
                      f"[^{numerals}\\d”“，。：]{{1,3}}(?=”：)")


_BARE_COUNT = _bare_count()
_QUOTED_LABEL = _quoted_label()
_ECHO_NOUN = 10  # characters after a count read for the noun it counts (`显著变化`)
_ECHO_HEAD = 2  # characters of that noun's head said again in the items
_ECHOES = 2  # items that must say it again

HOW = "冒号之后分项列出"
HOW_ONE_PARAGRAPH = "冒号之后在同一段内以序数词分项列出"  # `：一是…；二是…；三是…` before the paragraph ends
# `：⏎一是…⏎二是…`, `：（1）…（2）…`: markers numbered in order across paragraphs; numbering past the
# count is the text's own, so more items than counted break it (fewer may skip a part of the text)
HOW_NUMBERED = "冒号之后以序号分项列出"
# `：甲国，42.6 万人次；乙国，31.8 万人次；…`: entries of one shape, a name and its one amount,
# can open no sub-points: more of them than counted break the count, as numbered markers do
HOW_ENTRIES = "冒号之后以“；”分列的名称与数额"
# `五项协议：A；B；C。`: points split by `；` to the sentence end after a count of points, a closed
# list: more of them than counted break the count
HOW_POINTS = "冒号之后以“；”分列到句末的各项"
# `五个特点：●A●B…`: one bullet opens one item, so more bullets than counted break the count
HOW_BULLETS = "冒号之后以项目符号分项列出"
_NUMERALS = "一二三四五六七八九十"
_ITEM_BEFORE = "。；;，：\n \u3000"  # what an inline item's marker follows


def _chinese(k: int) -> str:
    """1 → 一, 12 → 十二, 20 → 二十."""
    if k <= 10:
        return _NUMERALS[k - 1]
    tens, ones = divmod(k, 10)
    return ("" if tens == 1 else _NUMERALS[tens - 1]) + "十" + (_NUMERALS[ones - 1] if ones else "")


def check(view: PageView, draft: Callable[[PageView, Num, ItemList, bool, str], Draft]) -> list[Draft]:
    """`draft` makes the finding (enumeration.enumeration_draft), kept there for one wording."""
    drafts = []
    for count, colon in _counts(view):
        ordinal = _ordinal_words(view, colon)
        numbered = ordinal or _headings(view, colon)
        bullets = None if numbered else bullet_items(view, colon)
        found = numbered or _dash_paragraphs(view, colon) or bullets
        points = _names_points(view, count, colon)
        # `三个奋斗目标：A；B；C。`: points said at length after a count of another noun are read
        # too; not a count of points, a mismatch is unverifiable (HOW)
        semi = None if found else semicolon_items(view, colon, points) or (
            None if points else semicolon_items(view, colon, True))
        found = found or semi or (comma_items(view, colon) if quoted_colon(view, colon) else None)
        if found is None:
            continue
        start, end, items = found
        if found is semi and count.value == len(items) + 1:
            items = split_last_join(items)  # `五个方面：A；B；C；D和E。`
        if len(items) < 2:
            continue
        sent = view.sentence_index(colon)
        lst = ItemList(start, end, items, False, False, view.clause_start(colon), end)
        one_paragraph = ordinal is not None and "\n" not in view.text[count.start:end]
        entries = semi is not None and len(items) >= 3 and all(is_entry(i) for i in items)
        if sent >= 0 or view.sentence_index(count.start) >= 0:
            d = draft(view, count, lst, True, HOW_ONE_PARAGRAPH if one_paragraph
                      else HOW_NUMBERED if numbered is not None else HOW_ENTRIES if entries
                      else HOW_POINTS if semi is not None and found is semi and _names_points(view, count, colon)
                      else HOW_BULLETS if bullets is not None and found is bullets else HOW)
            drafts.append(d.doubted("但引号之后名称还在延续，冒号后所列未必是它的各项，无法据此判定有误。") if _widened(view, count, colon) else d)
    return drafts


def _counts(view: PageView) -> list[tuple[Num, int]]:
    """Counts with a colon right after their noun: (count, position of the colon)."""
    return counts_before(view, _colon_after)


def counts_before(view: PageView, mark: Callable[[str, int, bool], int],
                  keep: Callable[[re.Match, float, int], bool] | None = None) -> list[tuple[Num, int]]:
    """Counts in words (`三个`, `两条`) or exact count records with a mark right after their noun:
    (count, position of the mark). `mark(text, end, quoted)` finds the mark after a count's end
    (-1: none); `keep(match, value, at)` may refuse a count in words."""
    out = []
    text = view.text
    seen = set()
    # a bare count that is also a count record is taken as the record (it carries the record's id)
    records = {n.start for n in view.nums if n.type == "count"}
    bare = [m for m in _BARE_COUNT.finditer(text) if m.start("n") not in records]
    for m in [*_COUNT_WORD.finditer(text), *bare, *_QUOTED_LABEL.finditer(text)]:
        if m.start("n") in seen:
            continue
        at = mark(text, m.end(), bool(m.group("quote")))
        value = parse_number(m.group("n"))
        recorded = m.group("n").isdigit() and m.start("n") in records
        if (m.group("big") or m.group("cls") == "大") and value is not None \
                and value > cues.number("enumeration", "max_group"):
            continue  # `十五大报告中…呼吁：` names a congress
        if at < 0 or value is None or text[m.start() - 1:m.start()] == "第" or recorded \
                or (keep is not None and not keep(m, value, at)):
            continue  # `第九条…：` is an ordinal; `6 个` is a count record, taken below (a quoted
            # `“3个结合”` is none: the extractor leaves a quoted name's count out, read here)
        s, e = m.start("n"), m.end()
        cls = m.group("cls") or m.group("pt")
        out.append((Num(view.raw_ref(s, e), s, e, "count", float(value), cls, "exact", None, text[s:e]), at))
        seen.add(s)
    for n in view.nums:
        if n.type == "count" and n.qualifier == "exact" and n.value == int(n.value) and n.start not in seen:
            at = mark(text, n.end, False)
            if at >= 0:
                out.append((n, at))
    return out


def mark_after(text: str, pos: int, mark: str, stops: str, reach: int) -> int:
    """Where `mark` stands within `reach` characters of `pos` (a count's noun between), with none
    of `stops` before it; -1 where a stop comes first or no mark is near."""
    for i in range(pos, min(len(text), pos + reach + 1)):
        if text[i] == mark:
            return i
        if text[i] in stops:
            return -1
    return -1


def _colon_after(text: str, pos: int, quoted: bool = False) -> int:
    """The colon after a count's noun; a quoted count's (`“四个一批”：`) after its quote and the
    words that go on naming it (`“三个一批”工程的内容为：`), none of them a break."""
    stop = min(len(text), pos + _NOUN + 1)
    for i in range(pos, stop):
        if quoted:
            if text[i] == "”":
                # `“三个一批”工程的内容为：`: the label's noun may go on after the quote
                at = mark_after(text, i + 1, "：", "，。；！？\n、“”（）", _NOUN)
                return at if at >= 0 and _names_label(text[i + 1:at]) else -1
            if text[i] in "，。；！？\n、：“":
                return -1
            continue
        if text[i] == "：":
            return i
        if text[i] == "，":
            return resumed_colon(text, i + 1, _NOUN)
        if text[i] in "。；！？\n、（）":  # a quoted noun goes on (`三个“最大化”：`)
            return -1
    return -1


def _ordinal_words(view: PageView, colon: int) -> tuple[int, int, list[str]] | None:
    """`：一是…；二是…`, `：第一，…第二，…`: in the colon's paragraph, and on in the paragraphs that open with the
    next marker. Old reports set each marker on a line of its own, its text in the next
    paragraph (`：⏎⏎一是⏎依法打击…；⏎⏎二是⏎…`): a paragraph of the marker alone runs on to the
    next one."""
    text = view.text
    first = _skip_blank(text, colon + 1)
    marks = [("", suffix) for suffix in cues.words("enumeration", "ordinal_suffixes")] \
        + [(a, b) for a, b in cues.word_groups("enumeration", "ordinal_marks")]
    for prefix, suffix in marks:
        if not text.startswith(prefix + _chinese(1) + suffix, first):
            continue
        starts, pos = [first], first
        para_end = _item_end(text, first, len(prefix + _chinese(1) + suffix))
        while len(starts) < MAX_ITEMS:
            marker = prefix + _chinese(len(starts) + 1) + suffix
            nxt = text.find(marker, pos + 1, para_end)
            if nxt < 0:
                nxt = _opening(text, para_end, marker, prefix + _chinese(1) + suffix)
            if nxt < 0 and len(starts) == 1 and not prefix:
                # `两条，一是…，一是…`: an older usage names the second of two with `一是` again
                # (one… the other…), in the same paragraph; nothing more follows it
                again = text.find(prefix + _chinese(1) + suffix, pos + 1, para_end)
                if again >= 0:
                    starts.append(again)
                    para_end = _item_end(text, again, len(marker))
                break
            if nxt < 0:
                break
            para_end = _item_end(text, nxt, len(marker))
            starts.append(nxt)
            pos = nxt
        last_end = text.find("。", starts[-1], para_end)
        end = para_end if last_end < 0 else last_end
        return starts[0], end, [_flat(text[a:b]).rstrip("；。") for a, b in zip(starts, starts[1:] + [end])]
    return None


def _opening(text: str, pos: int, marker: str, first: str) -> int:
    """Where one of the next `_ITEM_PARAGRAPHS` paragraphs after pos opens with the marker (an
    item of a report's review may run over several paragraphs), or -1; a paragraph opening
    another list (the `first` marker again) or a section heading (`（二）`, `三、`) ends the
    search, so a later list's markers are not taken in."""
    for _ in range(_ITEM_PARAGRAPHS):
        lead = _skip_blank(text, pos)
        if lead >= len(text):
            return -1
        if text.startswith(marker, lead):
            return lead
        if text.startswith(first, lead) or _NEW_SECTION.match(text, lead):
            return -1
        pos = _para_end(text, lead)
        # `…市场信息。第二，培育市场`: the marker opening a sentence inside a later paragraph (a
        # caption or a line break may split an item), unless another list opens there first
        inside, again = text.find("。" + marker, lead, pos), text.find(first, lead, pos)
        if inside >= 0 and (again < 0 or again > inside):
            return inside + 1
        if again >= 0:
            return -1
    return -1


def _skip_blank(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \u3000\n":
        pos += 1
    return pos


def _item_end(text: str, marker: int, length: int) -> int:
    """The end of the paragraph an item's marker opens, or of the next one when the marker
    stands alone on its line."""
    end = _para_end(text, marker)
    if not text[marker + length:end].strip(" \u3000"):
        end = _para_end(text, _skip_blank(text, end))
    return end


def _flat(item: str) -> str:
    return "".join(item.split())


def _para_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _headings(view: PageView, colon: int) -> tuple[int, int, list[str]] | None:
    """`：⏎（一）…⏎（二）…`, `：⏎1.…⏎2.…`: numbered headings opening the paragraphs after the
    colon's."""
    text = view.text
    ends_paragraph = text[colon + 1:].lstrip(" \u3000")[:1] == "\n"
    paragraphs = _paragraph_starts(text, colon)
    families = [(left, right, _chinese) for left, right in cues.word_groups("enumeration", "heading_brackets")] \
        + [(left, right, str) for left, right in cues.word_groups("enumeration", "arabic_headings")]
    for left, right, numeral in families:
        def opens(line: str, k: int, word: bool = False) -> bool:
            """`（一）`, `1.`; with `word`, a word after the marker (`1.单项业务`, not `1.5 倍`)."""
            marker = left + numeral(k) + right
            after = line[len(marker):len(marker) + 1]
            return line.startswith(marker) and not after.isdigit() and (not word or "\u4e00" <= after <= "\u9fff")
        items: list[tuple[int, int]] = []
        if not ends_paragraph:
            # `：（一）…` in the colon's paragraph, the next headings in it or opening paragraphs
            if not opens(text[colon + 1:colon + 8], 1) or not left and not opens(text[colon + 1:colon + 8], 1, True):
                continue
            items += _inline(text, colon + 1, 1, lambda k: left + numeral(k) + right)
        gap = 0
        for start, end in paragraphs:
            line = text[start:end].lstrip(" \u3000")
            lead = start + (end - start - len(line))
            if opens(line, len(items) + 1):
                items += _inline(text, lead, len(items) + 1, lambda k: left + numeral(k) + right)
                gap = 0
            elif not items or opens(line, 1) or left and _CHAPTER.match(line):
                break  # no heading right after the colon, a new list of the same markers, a chapter
            else:
                gap += 1
                if gap > (_GAP_SECTION if left and numeral is _chinese else _GAP_PARAGRAPHS):
                    break
            if len(items) >= MAX_ITEMS:
                break
        if items:
            return items[0][0], items[-1][1], [text[a:b] for a, b in items]
    return None


def _inline(text: str, start: int, first: int, marker: Callable[[int], str]) -> list[tuple[int, int]]:
    """`：（1）…。（2）…。`: the item marked `first` at start and the markers after it in order
    within its paragraph, each after the end of a sentence or clause (`（2）` inside `图（2）`
    is no item)."""
    end = _para_end(text, start)
    items, pos = [], start
    while len(items) < MAX_ITEMS:
        m = marker(first + len(items) + 1)
        nxt = text.find(m, pos + 1, end)
        while nxt >= 0 and text[nxt - 1] not in _ITEM_BEFORE:
            nxt = text.find(m, nxt + 1, end)
        if nxt < 0 or text[nxt + len(m):nxt + len(m) + 1].isdigit():
            break
        items.append((pos, nxt))
        pos = nxt
    stop = text.find("。", pos, end)
    if items and stop >= 0 and all("。" not in text[a:b] for a, b in items):
        end = stop + 1  # `1．…；2．…；3．…。据统计…`: points of one sentence; the last ends with it
    return items + [(pos, end)]


def _dash_paragraphs(view: PageView, colon: int) -> tuple[int, int, list[str]] | None:
    """`做到“五个更加注重”：⏎——更加注重…⏎——更加注重…`: the paragraphs right after the colon's
    that open with a dash."""
    text = view.text
    if text[colon + 1:].lstrip(" \u3000")[:1] != "\n":
        return None
    dash = cues.words("enumeration", "item_dashes")
    items: list[tuple[int, int]] = []
    for start, end in _paragraph_starts(text, colon):
        line = text[start:end].lstrip(" \u3000")
        if not line.startswith(dash) or len(items) >= MAX_ITEMS:
            break
        items.append((end - len(line), end))
    if not items:
        return None
    return items[0][0], items[-1][1], [text[a:b] for a, b in items]


def _paragraph_starts(text: str, colon: int) -> list[tuple[int, int]]:
    out = []
    pos = text.find("\n", colon)
    while pos >= 0 and len(out) < _GAP_SECTION * MAX_ITEMS:
        nxt = text.find("\n", pos + 1)
        end = len(text) if nxt < 0 else nxt
        if text[pos + 1:end].strip():
            out.append((pos + 1, end))
        if nxt < 0:
            break
        pos = nxt
    return out


def _names_label(words: str) -> bool:
    """Words between a quoted count and its colon that go on naming the label: its own noun
    (`工程`), or after `的` a word naming its content (`的内容为`). `的` and another noun (`的工作
    要求`, `工作的做法`) name what is asked of the label: the steps after the colon are no items."""
    if "的" not in words:
        return True
    after = words[words.rfind("的") + 1:]
    verb = cues.ends_with_any(after, "enumeration", "quote_content_verbs")
    return (after[: -len(verb)] if verb else after) in cues.words("enumeration", "quote_content")


def _widened(view: PageView, count: Num, colon: int) -> bool:
    """A quoted count (`“三个一批”工程：`) whose colon stands after words beyond its quote: the
    label is read on, so the colon's items may be another thing's and a mismatch is no error."""
    between = view.text[count.end:colon]
    close = between.find("”")
    return 0 <= close < len(between) - 1 and "“" not in between[:close]


def quoted_colon(view: PageView, colon: int) -> bool:
    return view.text[colon - 1:colon] == "”"


def _names_points(view: PageView, count: Num, colon: int) -> bool:
    """Whether a count before a colon counts points said at length (`个方面`, `项措施`, `条`)."""
    noun = view.text[count.end:colon]
    return count.unit in cues.words("enumeration", "point_classifiers") \
        or cues.contains_any(noun, "enumeration", "point_nouns") is not None


def items_echo(view: PageView, count: Num, items: list[str]) -> bool:
    """`出现两个显著变化的…反映。⏎第一，…的深刻变化…⏎第二，…的重大变化…⏎第三，…`, `两个奋斗目标：
    …第二步目标；…；…第三步发展目标`: more items than the count, and the noun the count counts (its
    last two characters, `变化`) said again in the opening sentence of two items or more: each item
    is one of the things counted, so the text ties them. Fewer items than the count stay
    unverifiable: the rest may be said without a marker."""
    if len(items) <= count.value:
        return False
    noun = re.match(r"[\u4e00-\u9fff]{2,8}?(?=[的，。：、；]|$)", view.text[count.end:count.end + _ECHO_NOUN])
    if noun is None or len(noun.group()) < _ECHO_HEAD:
        return False
    head = noun.group()[-_ECHO_HEAD:]
    # (the count said again with its noun, 当两个层面间…, speaks of the set as a whole: no item of it)
    said = view.text[count.start:count.end]
    return sum(head in re.split("[。；]", item, maxsplit=1)[0].replace(said + noun.group(), "").replace(said + head, "")
               for item in items) >= _ECHOES
