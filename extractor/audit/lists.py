"""Lists of named items inside one clause: `A、B、C等`, `A、B和C`.

An item list is two or more items separated by `、` (the last may be joined by `和`/`及`/`与`),
with no number inside an item (a list of amounts is a breakdown, not an enumeration). A list
ending in `等` is open. The first item starts after `分别` and the verb or preposition that
follows it, or at the clause start.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from ..clauses import BREAKS
from . import cues

_CLAUSE = re.compile(f"[^{BREAKS}]+")
_HAS_DIGIT = re.compile(r"[\d]")
_LAST_DIGIT = re.compile(r"\d[\d.]*(?:年|月|日|号)?(?!.*\d)")  # the last number of a piece and its date unit
_MAX_ITEM = 16  # a longer "item" is a clause, not a name in a list
# after a colon, to the sentence's end, items may be names with what they are (`赞比亚新任驻华大使
# 雅各布·姆万萨·卡宾加`): longer ones are taken, the list marked `long`
_MAX_ANNOUNCED_ITEM = 24
_RESTART_LEFT = 4  # items a list restarted after a long piece must keep (the piece and three names)
_COUNTED = 4  # `25 个省、自治区`: a count right before the first item names what the items are
_PEER_WORD = 4  # `清理、整合、规范、提升四方面`: the longest word of such a run of short items before a count
# the longest phrase between a count and the colon its items follow, read only where the items meet the count
# exactly (a longer phrase may end on another noun than the count's): enumeration_colon.py, colon_items.py
LONG_TO_COLON = 24
_QUOTES = "“”\"‘’《》"
_CLOSERS = "”》"
_OPENERS = "“《"  # a first item after an opening quote starts inside it: `围绕“资源、客源、服务”`


@lru_cache(maxsize=1)
def _compound_re() -> tuple[re.Pattern, re.Pattern]:
    """No numeral and word right before, and none right after a count: with one it may be a compound count
    (`两部一行`, `一委三部`: ministries and a bank), or the count and a rank of what it counts (`６位九段`)."""
    numerals = "".join(cues.words("enumeration", "count_numerals"))
    return re.compile(f"(?<![{numerals}][\u4e00-\u9fff])"), re.compile(f"(?![{numerals}][\u4e00-\u9fff])")


def compound_count(text: str, start: int, end: int) -> bool:
    """Whether the count at text[start:end] may be part of a compound count (`两部一行`, `一委三部`): a reader that
    finds it does not meet its list says nothing (the parts' sum may; a count that meets it stands: `６位九段`)."""
    before, after = _compound_re()
    return not (before.match(text, start) and after.match(text, end))


def count_word(then: str = "[\u4e00-\u9fff“]") -> re.Pattern:
    """A count in words naming a group (`三大`, `四个`, `两篇大`), with the quote that may lead it;
    `then` is what must follow it (the noun counted, by default)."""
    numerals = "".join(cues.words("enumeration", "count_numerals"))
    classifiers = "".join(cues.words("enumeration", "count_classifiers"))
    apart = "|".join(cues.words("enumeration", "count_words_apart"))
    # Arabic digits too: `5大产业`, `3个方面` are written so as well
    return re.compile(f"(?P<quote>“)?(?<![{numerals}\\d.])(?P<n>(?!一[^{numerals}])[{numerals}]{{1,3}}|[1-9]\\d?)(?!{apart})(?P<cls>[{classifiers}])(?P<big>大)?(?={then})")


@dataclass
class ItemList:
    start: int  # normalized offsets of the first item's start and the last item's end
    end: int
    items: list[str]
    open: bool  # ends in 等
    respective: bool  # 分别 stands before it in its clause
    clause_start: int
    clause_end: int
    joined: str = ""  # the join word split off the last item (`A、B和C`); it may be inside a name
    long: bool = False  # inner items longer than a name's (after a colon only): they may be clauses


def _first_item_start(clause: str) -> tuple[int, bool]:
    """Where the first item starts in a clause, and whether `分别` leads it."""
    for w in cues.words("enumeration", "respective"):
        at = clause.rfind(w, 0, clause.find("、") if "、" in clause else len(clause))
        if at >= 0:
            pos = at + len(w)
            for lead in cues.words("enumeration", "lead"):
                if clause.startswith(lead, pos):
                    pos += len(lead)
                    break
            return pos, True
    # `于 12 月 2 日在 A、B`: the items start after the last preposition of place
    first_piece = clause.split("、", 1)[0]
    at = max(first_piece.rfind(w) for w in cues.words("enumeration", "place_lead"))
    return (at + 1 if at >= 0 else 0), False


def _closes_before(piece: str) -> bool:
    """A piece that closes a quote opened in an earlier piece (`一室一策”支持长白山`: a quoted
    list ends there) or a title with words after it (`《纲要》从经济发展`)."""
    q = piece.rfind("”")
    if q >= 0 and "“" not in piece[:q]:
        return True
    t = piece.rfind("》")
    return 0 <= t < len(piece) - 1


def _split_items(body: str) -> list[str]:
    """Split at `、` outside brackets: `公用企业（供电、气、水）` is one item."""
    pieces, depth, cur = [], 0, []
    for ch in body:
        depth += 1 if ch in "（(" else -1 if ch in "）)" else 0
        if ch == "、" and depth <= 0:
            pieces.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    pieces.append("".join(cur))
    return pieces


_COUNT_WORD = count_word()


def counts_items(value: float | None, written: str) -> bool:
    """A number that can count the items of a list: two or more, or one written as a digit (`1县`).
    `一` before a noun is as often the article `a` as a count; the digit is always a count, so a
    list of two said to be `1县` is miscounted, not unread."""
    return value is not None and (value >= 2 or (value == 1 and written.strip()[:1] in ("1", "１")))


@lru_cache(maxsize=1)
def _place_count() -> re.Pattern:
    """A count in words or digits by a place noun (`二县`, `三省区`, data/place_groups.toml): the
    list's count, read by place_groups.py, which count_word's classifiers leave out."""
    nouns = "|".join(re.escape(w) for w in sorted(cues.table("place_groups.toml")["nouns"], key=lambda w: (-len(w), w)))
    numerals = "".join(cues.words("enumeration", "count_numerals"))
    after = re.escape("".join(cues.table("place_groups.toml")["not_after"]))
    return re.compile(f"(?<![{numerals}\\d第])(?:(?!一[^{numerals}])[{numerals}]{{1,3}}|[1-9]\\d?)(?:{nouns})(?![{after}])")


def _place_cut(last: str, cut: int) -> int:
    """Where a place count ends a last item right after a short name (`永清二县的种子公司…`): a
    quote or a long phrase after it is then the clause's, not the item's."""
    reach = int(cues.table("place_groups.toml")["name_chars"])
    m = _place_count().search(last, 1, min(cut, reach + 4))
    return m.start() if m and m.start() <= reach else -1


def _quotes_paired(item: str) -> bool:
    """An item of a list counted right after it, unquoted, may hold a quoted name it opens and
    closes itself (`“一带一路”建设`, `实施“双减”`); a quote it closes before opening, or leaves
    open, joins two lists, and a quoted count in an item (`实施“五大战略”、实现“五个新突破”`)
    makes the items phrases of their own."""
    depth = 0
    for ch in item:
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth -= 1
            if depth < 0:
                return False
        elif ch in "\"‘’":
            return False  # straight and single quotes do not say which way they face
    return depth == 0


def find_lists(text: str, spans: Iterable[tuple[int, int]] = ()) -> list[ItemList]:
    """Item lists of a text; `spans` are the numbers' (start, end): a list ends before a number,
    and a number inside the items (`广东、福建两省的深圳、珠海`) starts a new list after it."""
    spans = sorted(spans)
    stops = [s for s, _ in spans]
    out = []
    for m in _CLAUSE.finditer(text):
        clause = m.group()
        if "、" not in clause:
            continue
        first, respective = _first_item_start(clause)
        at = bisect.bisect_left(stops, m.start() + first)
        last_comma = m.start() + clause.rfind("、")
        inside = False
        while at < len(stops) and stops[at] < last_comma:
            # a number before the last item ends the list before it (`安阳、商丘、三门峡四个端点城市
            # 对内联动、对外开放`); a list may run after it (`两省的深圳、珠海`), or the number counts
            # what the items name (`25 个省、自治区…`): no list of its own
            end = spans[at][1] - m.start()
            if "、" in clause[first:stops[at] - m.start()]:
                earlier = _one_list(m.start(), m.end(), clause[:end], first, respective, stops)
                out += [earlier] if earlier else []
            head = clause[end:clause.find("、", end) if "、" in clause[end:] else len(clause)]
            inside = "的" not in head and len(head) <= _COUNTED
            first = max(first, end + (head.rfind("的") + 1 if "的" in head else 0))
            at += 1
        if inside:
            continue
        announced = m.start() > 0 and text[m.start() - 1] == "：" and text[m.end():m.end() + 1] in ("", "。", "\n")
        lst = _one_list(m.start(), m.end(), clause, first, respective, stops, announced) \
            or _one_list(m.start(), m.end(), clause, first, respective, stops, announced, place_cut=True)
        out += [lst] if lst else []
    return out


def _one_list(c_start: int, c_end: int, clause: str, first: int, respective: bool,
              stops: list[int], announced: bool = False, place_cut: bool = False) -> ItemList | None:
    """The list in `clause` (its text up to where the list may end) from `first` on. `place_cut`:
    a place count in words after a short name ends the last item (`永清二县的…`), tried only
    where the list fails without it (`九州鹿儿岛` is a name)."""
    first += len(clause[first:]) - len(clause[first:].lstrip("的之"))
    head = clause[first:clause.find("、", first) if "、" in clause[first:] else len(clause)]
    opener = max(head.rfind(q) for q in _OPENERS + "（(")
    bracketed = opener >= 0 and head[opener] in "（("  # `五种农机（A、B、C）`: the list ends at `）`
    quoted = False  # the list opens right after `“`: `“节能、环保、高效”的三条标准`
    if opener >= 0 and not any(q in head[opener:] for q in "”》）)"):
        quoted = head[opener] == "“"
        first += opener + 1
    else:
        bracketed = False
    body = clause[first:]
    if "、" not in body:
        return None
    pieces = _split_items(body)
    peers = next((i for i in range(2, len(pieces) - 1) if _counts_peers(pieces, i)), None)
    if peers is not None:
        # read before the `的` below: the phrases after the count hold it, not the items
        pieces = pieces[:peers + 1]
        body = body[:sum(len(p) + 1 for p in pieces) - 1]
    ofs = ((i, of_count(piece)) for i, piece in enumerate(pieces) if i > 1)
    # a quoted list is read below
    of = next(((i, at) for i, at in ofs if at > 0 and pieces[i][at - 1] not in _CLOSERS), None)
    if of is not None:
        # `A、B、C和D的五项原则应当成为…、…`: a count in words after `的` names the list and ends it
        pieces = pieces[:of[0]] + [pieces[of[0]][:of[1]]]
        body = body[:sum(len(p) + 1 for p in pieces) - 1]
    # an inner item holding `的` (`浙江两省的苏州`): the list is what follows it (the first item
    # may run into the clause's words, `这次调查的消费品包括食品`)
    mod = max((i for i, piece in enumerate(pieces[:-1]) if i > 0 and "的" in piece), default=-1)
    if mod >= 0:
        skip = sum(len(piece) + 1 for piece in pieces[:mod]) + pieces[mod].rfind("的") + 1
        first, body = first + skip, body[skip:]
        pieces = [pieces[mod][pieces[mod].rfind("的") + 1:]] + pieces[mod + 1:]
    # `“省市共建、一室一策”支持 A、B、C`, `《纲要》从 A、B`: a closing quote in an inner piece
    # ends another list or a title; the list is what follows it
    closed = max((i for i, piece in enumerate(pieces[:-1]) if _closes_before(piece)), default=-1)
    if closed >= 0:
        piece = pieces[closed]
        skip = sum(len(p) + 1 for p in pieces[:closed]) + max(piece.rfind(q) for q in _CLOSERS) + 1
        first, body = first + skip, body[skip:]
        pieces = [body[:len(piece) - (skip - sum(len(p) + 1 for p in pieces[:closed]))]] + pieces[closed + 1:]
    group = next((i for i, piece in enumerate(pieces[1:-1], 1) if _names_group(piece)), None)
    if group is not None:
        # `A、B和C三大建设相辅相成、新形势下…`: a group count inside a piece ends the list there; the
        # `、` after it joins phrases of the clause, not items
        pieces = pieces[:group + 1]
        body = body[:sum(len(p) + 1 for p in pieces) - 1]
    digit = _LAST_DIGIT.search(pieces[0])
    if digit and len(pieces) > 2:
        # `1994年副总理提出的 A、B、C`: the first item runs into the clause's words, a date (not a
        # number the audit reads) among them; the item is what follows its last `的`, or the date
        rest = pieces[0][digit.end():]
        skip = digit.end() + (rest.rfind("的") + 1 if "的" in rest else 0)
        first, body = first + skip, body[skip:]
        pieces = [pieces[0][skip:]] + pieces[1:]
    last = pieces[-1]
    cut = len(last)
    digit = _HAS_DIGIT.search(last)
    counted = False  # a count ends the list: a number right after it, or a count in words
    if digit:
        cut = digit.start()
        counted = _COUNT_WORD.match(last, digit.start()) is not None  # `A、B、C 3大战略`
    last_start = c_start + first + len(body) - len(last)
    at = bisect.bisect_right(stops, last_start - 1)
    if at < len(stops) and stops[at] - last_start < cut:
        cut = stops[at] - last_start
        counted = True
    close = min((i for i in (last.find("）"), last.find(")")) if i > 0), default=-1)
    if bracketed and 0 < close < cut:
        cut = close
    word = _COUNT_WORD.search(last, 1, cut)
    # a last piece much shorter than the names before it starts a phrase of its own
    # (`促进两个文明建设`), and one that joins a group (`入选十大`) is not named by the count
    short = pieces[1:-1] and 2 * len(last[:word.start()].strip(_QUOTES)) < min(map(len, pieces[1:-1])) \
        if word else False
    if word and not short and not cues.contains_any(last[:word.start()], "enumeration", "joins_group") \
            and not cues.contains_any(last[:word.start()], "enumeration", "modifies_count") \
            and not (word.group("cls") in cues.words("enumeration", "back_classifiers")
                     and cues.ends_with_any(last[:word.start()], "enumeration", "refers_back")):
        cut = word.start()  # `城乡安居三大工程`: the count ends the last item
        counted = not word.group("quote")  # unquoted (`A、B、C三大战略`)
    place = _place_cut(last, cut) if place_cut and not word else -1
    if place > 0:
        cut, counted = place, True
    close_quote = last.find("”", 0, cut)
    if quoted and close_quote > 0 and "“" not in last[:close_quote] \
            and last[close_quote + 1:cut] == "的":
        # the quotation holds the list, the count after `的` names it (a count right after the
        # quote is read with the quote stripped from the last item)
        cut = close_quote
    bracket = last.find("（", 0, cut)
    if bracket > 0 and "）" not in last[bracket:cut]:
        cut = bracket  # `吉林（二期）等`: what the brackets hold belongs to the item
    # a list is open when 等 ends it, not when 等 follows a number after it (`南沙港五期等`)
    open_ = False
    for w in cues.words("enumeration", "open_end"):
        at = _open_mark(last, w)
        if 0 < at < cut:
            cut, open_ = at, True
    tail = last[:cut]
    extra, joined = [], ""
    if not open_:
        for w in cues.words("enumeration", "last_join"):
            at = tail.find(w)
            # `文化和科技、文化和旅游`: a join word inside the other items is part of the names
            if 0 < at and at + len(w) < len(tail) and not any(w in piece for piece in pieces[1:-1]) \
                    and w not in pieces[0][-_MAX_ITEM // 2:]:
                extra = [tail[at + len(w):]]
                tail = tail[:at]
                joined = w
                break
    raw = pieces[:-1] + [tail] + extra
    items = [i.strip(_QUOTES) for i in raw]
    if len(items) < 2 or any(not i or _HAS_DIGIT.search(i) or any(q in i for q in _QUOTES) and not (
            counted and _quotes_paired(r) and not _COUNT_WORD.search(r)) for i, r in zip(items, raw)):
        return None  # a quote left open inside an item: two lists run together (`A、B”这三条战线和“C、D`)
    # the first and last items may run into the clause's words: judge the inner ones
    limit = _MAX_ANNOUNCED_ITEM if announced else _MAX_ITEM
    restart = max((i for i in range(1, len(items) - 1) if len(items[i]) > limit), default=0)
    if restart and counted and len(items) - restart >= _RESTART_LEFT:
        # `团中央、协会命名纪念馆、西湖、黄山…共十个景区`: two lists joined by a verb inside a
        # piece; the counted one starts there, its first item carrying the words before it
        skip = sum(len(piece) + 1 for piece in pieces[:restart])
        first, body, items = first + skip, body[skip:], items[restart:]
    inner = items[1:-1] or items
    longest = max(map(len, inner))
    if longest > limit:
        return None
    s = c_start + first
    e = s + len(body) - len(last) + cut
    return ItemList(s, e, items, open_, respective, c_start, c_end, joined, longest > _MAX_ITEM)



def _open_mark(item: str, mark: str) -> int:
    """Where `mark` (`等`) first stands in the last item as a word of its own, or -1. A word
    holding it (`平等互利`, `高等院校`) does so only where it opens the item: further in, the
    characters before 等 end a name of their own (`华北、华中等`, `管理、核对等`). jieba was
    weighed and left: it cuts `和平等` as 和/平等, closing an open list."""
    lead = len(item) - len(item.lstrip(_QUOTES))
    inside = [w for w in cues.words("enumeration", "open_end_words") if mark in w]
    at = item.find(mark)
    while at >= 0 and any(at - w.index(mark) == lead and item.startswith(w, lead) for w in inside):
        at = item.find(mark, at + 1)
    return at


def of_count(text: str, at: int = 0) -> int:
    """Where `的` stands right before a count in words (`共同发展的四项原则`) in text from `at`, or -1."""
    for of in cues.words("enumeration", "of_list"):
        i = text.find(of, at)
        while i >= 0:
            m = _COUNT_WORD.match(text, i + len(of))
            if m and not m.group("quote"):
                return i
            i = text.find(of, i + 1)
    return -1


def _counts_peers(pieces: list[str], i: int) -> bool:
    """`清理、整合、规范、提升四方面的工作是A、B`: a count in words right after a word as long as the
    short items before it (the first may carry the clause's words) counts them; the `、` after it
    joins phrases of the clause."""
    m = _COUNT_WORD.search(pieces[i], 1)
    if not m or m.group("quote") or i < 2:
        return False
    lengths = {len(piece) for piece in pieces[1:i]} | {m.start()}
    return len(lengths) == 1 and m.start() <= _PEER_WORD


def _names_group(piece: str) -> bool:
    """A piece holding a group count in words after a name (`作风建设三大建设`, `C四大工程`), not
    after a verb that takes the group as its object (`形成十大基地`) nor a join word; or a count
    of levels after their names (`地两级图书馆`)."""
    m = _COUNT_WORD.search(piece, 1)
    if m and not m.group("quote") and m.group("cls") in cues.words("enumeration", "level_classifiers"):
        return True  # `省、地两级图书馆、文化馆`: levels are named by one character
    m = _COUNT_WORD.search(piece, 2)
    if not m or m.group("quote") or not (m.group("big") or m.group("cls") == "大") or m.group("n").isdigit():
        return False  # `落实“五大战略定位”`: a quoted count is a name of its own
    words = _segmenter().pos(piece[:m.start()])
    # a noun right before the count (not `及十大赛事`: a join word starts another item)
    return bool(words) and words[-1][1].startswith(("n", "vn", "j")) \
        and not cues.contains_any(piece[:m.start()], "enumeration", "joins_group")


@lru_cache(maxsize=1)
def _segmenter():
    from ..segment import Segmenter
    return Segmenter()


def pos_tags(text: str) -> list[tuple[str, str]]:
    """The words of a text with their part-of-speech tags (jieba), by one cached segmenter."""
    return _segmenter().pos(text)


def same_tail(items: list[str]) -> bool:
    """Three items or more that all end with the same character (`新区`, `县`, `建设`) are names of
    one kind: a join word before the last is the list's, not inside a name (`文化和旅游` in
    `教育、文化和旅游` ends with another character than the items before it). Found so whatever
    the count says, so a count one short of them is not read as merging the last two."""
    return len(items) >= 3 and all(len(item) >= 2 for item in items) and len({item[-1] for item in items}) == 1
