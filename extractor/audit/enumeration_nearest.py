"""enumeration: a count of a set against the nearest run of items a strong delimiter marks.

    国民经济的发展可以按两步来设想：第一步，建成工业体系；第二步，实现现代化。
        ordinal markers right after the count, numbered in order from one: two of them, two counted
        (the markers may echo the count's own word, `两步` … `第一步`, `第二步`)
    今年办好三件事。一是修路，二是建校，三是治水。
        `一是`, `一要`, `第一，`, `其一`, `（一）`, `（1）`, `一、` or `1．` opening a paragraph,
        `一方面…另一方面`, `首先，…其次，…第三，…` open the items, in the next sentence at the latest
    甲省的子县、丑县，乙省的寅县等三个县，产量都超过了一千斤。
        names grouped by what holds them (`X省的…`), clause after clause, before `等` and the count
    参加会议的有甲国、乙国和丙国。会议期间，这三个国家签署了协定。
        a count after `这` takes up the nearest list closed before it, in its sentence or the last

The other list readers read one layout each (a colon, `即`, a list right before the count). Here
any count of a set is a candidate, read against the nearest run of ordinal markers after it,
against grouped names before it, or, after `这`, against the nearest list before it. The markers or
groups are the evidence, and the finding is made where the run holds exactly as many items as
counted: a shorter run may stop short of the list (the rest said without a marker), a run in
the next sentence or after `这` may be another thing's. Two runs fix their items by their own
words, so a count below them is an error of the text (`inconsistent`): markers numbered in order
in the count's own sentence, where nothing else can own them (see _short_of_run), and grouped names
closed by `等`, which lets a count exceed the names listed but never fall below them.

    今年办好三件事。一是修路，二是建校。                 two markers for three: nothing said
    今年办好三件事。经过努力，第一次实现了盈利。          `第一次` opens no run: nothing said
    按两步来设想，第一步…，第二步…，第三步…。           three markers for two: inconsistent
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..numerals import parse_number
from . import cues
from .enumeration_broad import keep_consistent
from .lists import ItemList, counts_items, find_lists
from .model import Draft, Num, PageView

HOW_ORDINALS = "所述数目之后按序号逐项列出"
HOW_GROUPS = "所述数目之前按所属分组列出的名称"
HOW_BACK = "“这”所指的前面最近的列举"
HOW_JOINED = "所述数目之前紧接的列举（自连接词之后起算）"
_BLANK = " \t\u3000\n"
_OPENING_MARKS = "“‘《「『"  # marks a marker may stand inside, opening its sentence


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("enumeration_nearest.toml")


@lru_cache(maxsize=1)
def _label() -> re.Pattern:
    """A count and the word after it: a classifier (`三个`), or any word an ordinal may echo (`两步`)."""
    numerals = "".join(cues.words("enumeration", "count_numerals"))
    number = f"(?:(?!一[^{numerals}])[{numerals}]{{1,3}}|[1-9１-９][0-9０-９]?)"
    return re.compile(f"(?<![{numerals}\\d.．第零])(?P<n>{number})(?P<cls>[\u4e00-\u9fff])")


def _markers(k: int, cls: str) -> list[tuple[str, str]]:
    """The markers of item k, one pattern for each family, keyed by the family."""
    word = _data()["ordinals"][k - 1]
    return [
        ("echo", f"第{word}{re.escape(cls)}"),  # `第一步` after `两步`
        ("ordinal", f"第{word}(?=[，、：是])"),  # `第一，`
        ("is", f"(?<=[{_BLANK}。；：，！？]){word}是"),  # `一是`, opening a clause
        ("must", f"(?<=[{_BLANK}。；：，！？]){word}要"),  # `一要`, opening a clause
        ("its", f"其{word}(?=[，、：是])"),  # `其一，`
        ("paren", f"[（(]{word}[）)]"),  # `（一）`
        ("digit", f"[（(]{k}[）)]"),  # `（1）`
        ("heading", f"(?<=[\n\u3000 ]){word}、"),  # `一、` opening a paragraph
        ("point", f"(?<=[\n\u3000 ]){k}[．.、](?!\\d)"),  # `1．` opening a paragraph, not `1.5亿元`
        # `首先，…其次，…第三，…`: the words of order for the first two, ordinals after them
        ("order", _order_word(k) + "(?=[，、：是])"),
        # `一方面…另一方面`: two sides, no third
        ("side", "(?<!另)一方面" if k == 1 else "另一方面" if k == 2 else "(?!)"),
    ]


def _order_word(k: int) -> str:
    """Item k's mark in a run opened by the words of order (data: order_words), `第N` after them."""
    words = _data()["order_words"]
    return "(?:" + "|".join(words[k - 1]) + ")" if k <= len(words) else f"第{_data()['ordinals'][k - 1]}"


@lru_cache(maxsize=None)  # bounded: ordinals × the classifier characters a page holds
def _compiled(k: int, cls: str) -> dict[str, re.Pattern]:
    """_markers compiled once per item and classifier, not once per count (a page has thousands)."""
    return {family: re.compile(pattern) for family, pattern in _markers(k, cls)}


def marker_patterns(k: int, cls: str) -> dict[str, re.Pattern]:
    """The compiled markers of item k, by family (enumeration_back.py reads the same runs going back)."""
    return _compiled(k, cls)


def _first(view: PageView, end: int, cls: str) -> tuple[str, re.Match] | None:
    """The earliest item-one marker after the count: in its sentence, a few characters on, or
    opening the next sentence where the count stands in its sentence's last clause (a count
    opening the sentence is what it is about, `三件实事已经完成，群众满意。`, and announces nothing)."""
    _, sent_end = view.sentence_span(end - 1)
    stop = min(sent_end, end + int(_data()["first_gap"]))
    nxt = sent_end if view.clause_end(end) >= sent_end - 1 else len(view.text) + 1
    # the next sentence may open its marker inside quotes or a title (`“第一个十年”，…`, `《第一辑》…`)
    while nxt < len(view.text) and view.text[nxt] in _BLANK + "。" + _OPENING_MARKS:
        nxt += 1
    # the search ends at the count's own reach, or just past the next sentence's opening: never the page's end
    # (a search to the end for every count is quadratic on a long page)
    hi = max(stop, nxt + 4) if nxt <= len(view.text) else stop
    best = None
    for family, pattern in _compiled(1, cls).items():
        m = pattern.search(view.text, end, hi)
        if m is None or not (m.start() < stop or m.start() == nxt):
            continue
        if best is None or m.start() < best[1].start():
            best = (family, m)
    return best


def _opens_line(view: PageView, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and view.text[i] in " \t\u3000":
        i -= 1
    return i < 0 or view.text[i] == "\n"


def _ordinal_run(view: PageView, end: int, cls: str) -> tuple[str, list[tuple[int, int]]] | None:
    """The family of the markers after the count and the items they open, while they run in order
    (two at least)."""
    found = _first(view, end, cls)
    if found is None:
        return None
    family, m = found
    starts = [m.start()]
    line = _opens_line(view, m.start())
    gap = int(_data()["item_gap"])
    one = _compiled(1, cls)[family]
    for k in range(2, len(_data()["ordinals"]) + 1):
        prev = starts[-1] + 1
        restart = one.search(view.text, prev, prev + gap)  # item one again: another list
        stop = restart.start() if restart else min(len(view.text), prev + gap)
        # `其一是…二是…`: a run opened in one family may go on in a kindred one (data: continues)
        found = [m for f in [family, *_data()["continues"].get(family, [])]
                 if (m := _compiled(k, cls)[f].search(view.text, prev, stop)) is not None]
        nxt = min(found, key=lambda m: m.start()) if found else None
        if nxt is None or _opens_line(view, nxt.start()) != line:
            break
        starts.append(nxt.start())
    if len(starts) < 2:
        return None
    ends = starts[1:] + [view.sentence_span(starts[-1])[1]]
    # an item opens with the quote its marker stands in (`“第二个十年”，…`), not the item before it
    starts = [a - 1 if a > 0 and view.text[a - 1] in _OPENING_MARKS else a for a in starts]
    return family, list(zip(starts, [b - 1 if b > 0 and view.text[b - 1] in _OPENING_MARKS else b for b in ends]))


@lru_cache(maxsize=1)
def _group() -> re.Pattern:
    d = _data()
    joins = "|".join(sorted(d["joins"], key=len, reverse=True))
    item = f"[^的，、；。\\d]{{1,{int(d['item_chars'])}}}"
    return re.compile(f"^(?:{joins})?(?P<frame>[^，；。]{{1,{int(d['frame_chars'])}}}?)的"
                      f"(?P<items>{item}(?:、{item})*)$")


def _group_run(view: PageView, start: int) -> tuple[list[tuple[int, int]], list[str]] | None:
    """`甲省的子、丑，乙省的寅等`, `以甲为主的“A工程”；以乙为主的“B工程”等`: clauses right before
    `等` and the count, each naming items after its last `的` with a frame ending alike; the items
    of all of them, two clauses at least."""
    if start < 1 or view.text[start - 1] != "等":
        return None
    # the sentence up to its full stop: `；` may end a sentence in the layout, not the list
    floor = max(0, start - int(_data()["group_reach"]))
    sent_start = max(view.text.rfind("。", floor, start), view.text.rfind("\n", floor, start)) + 1 or floor
    sent_start = max(sent_start, floor)
    clauses = []
    end = start - 1
    while end > sent_start:
        begin = max(view.text.rfind("，", sent_start, end) + 1, view.text.rfind("；", sent_start, end) + 1, sent_start)
        m = _group().match(view.text[begin:end])
        if m is None or (clauses and clauses[-1][2][-1:] != m.group("frame")[-1:]):
            break
        clauses.append((begin, end, m.group("frame"), m.group("items").split("、")))
        end = begin - 1
    if len(clauses) < 2:
        return None
    clauses.reverse()
    items = [t for c in clauses for t in c[3]]
    return [(clauses[0][0], clauses[-1][1])], items


def _back_run(view: PageView, start: int, end: int, lists: list[ItemList]) -> ItemList | None:
    """`如甲、乙和丙都…。…这三个国家`: a count after a word pointing back takes up the nearest list
    closed before it, in its sentence or the one before; the list's items, none left open."""
    lead = view.text[max(0, start - 3):start]
    if not lead.endswith(tuple(_data()["back"])):
        return None
    sent = view.sentence_index(start)
    before = [lst for lst in lists if lst.end <= start and view.sentence_index(lst.start) in (sent, sent - 1)]
    if not before:
        return None
    lst = max(before, key=lambda x: x.end)
    # `这` takes up a list named by the count's noun (`主要国家如甲、乙…这两个国家`), not any list
    # before it (`丰收、丰登都写在春联上。这两个村…`)
    noun = re.match("[一-鿿]{0,2}", view.text[end:end + 2]).group().split("的")[0]
    named = view.text[view.clause_start(lst.start):lst.end]
    return None if lst.open or not any(c in named for c in noun) else lst


def _joined_run(view: PageView, start: int, value: int) -> ItemList | None:
    """`甲、乙九个大机场和丙、丁两个小机场`: names split by `、` right before the count (after `等`
    at most), the first of the last `value` holding a join word: the items start after it."""
    end = start - 1 if view.text[start - 1:start] == "等" else start
    begin = max(view.clause_start(end), end - int(_data()["group_reach"]))
    pieces = view.text[begin:end].split("、")
    if len(pieces) < value or any(not 0 < len(p) <= int(_data()["item_chars"]) or "的" in p
                                  for p in pieces[len(pieces) - value + 1:]):
        return None
    first = pieces[len(pieces) - value]
    joins = [j for j in _data()["joins"] if j in first[1:-1]]
    if not joins:
        return None
    at = max(first.rfind(j) + len(j) for j in joins)
    items = [first[at:]] + pieces[len(pieces) - value + 1:]
    numerals = "".join(cues.words("enumeration", "count_numerals"))
    # an item joining two names (`甲和乙两条路线`) or holding a count of its own (`乙两条道路`) is
    # no name of this list: the join word splits items, and the count may be another's
    if not 0 < len(items[0]) <= int(_data()["item_chars"]) or "的" in items[0] or any(
            j in t for t in items for j in _data()["joins"]) or any(re.search(f"[{numerals}\\d]", t) for t in items):
        return None
    item_start = end - len("、".join(items))
    return ItemList(item_start, end, items, False, False, begin, end)


def _short_of_run(view: PageView, m: re.Match, value: int, family: str, run: list[tuple[int, int]]) -> bool:
    """`可以按两步来设想：第一步，…第二步，…第三步，…`: a count below the markers numbered in order
    after it is the text's own miscount where nothing else can own them: the first marker in the
    count's own sentence (a run in the next one may be steps of another thing), the count naming a
    set (a classifier of things, not of time: `五年来，一是…`; or the markers echo its word:
    `第一步`), no clause of its own announcing them (a colon after another clause) and no list of
    its own before it in its clause (`从甲和乙两方面着手，一要…，二要…，三要…`: the two are named,
    the markers are the measures)."""
    if value >= len(run) or run[0][0] >= view.sentence_span(m.end() - 1)[1]:
        return False
    between = view.text[m.end():run[0][0]]
    if "：" in between and "，" in between[:between.find("：")]:
        return False  # `讨论了三个议题，主持人宣布：（1）…（4）…`: another clause announces the markers
    if family != "echo":
        noun = view.text[m.end("cls"):m.end("cls") + 2]
        if m.group("cls") not in _classifiers() or noun.startswith(tuple(cues.words("enumeration", "time_nouns"))):
            return False
    before = view.text[view.clause_start(m.start()):m.start()]
    return not any(w in before for w in ["、", *cues.words("enumeration", "last_join")])


@lru_cache(maxsize=1)
def _classifiers() -> set[str]:
    """Classifiers of a set a count may name (data/cues.toml [enumeration] count_classifiers, and
    方 of `两方面`)."""
    return set(cues.words("enumeration", "count_classifiers")) | {"方"}


def check(view: PageView, draft: Callable[..., Draft], taken: set[int]) -> list[Draft]:
    """`draft` makes the finding (enumeration.enumeration_draft); `taken` holds the raw starts of
    the counts other rules already read."""
    out = []
    lists: list[ItemList] | None = None  # the page's lists, read once, where a count points back
    most = int(_data()["most"])
    classifiers = _classifiers()
    for m in _label().finditer(view.text):
        value = parse_number(m.group("n"))
        if not counts_items(value, m.group("n")) or value != int(value) or value > most \
                or view.sentence_index(m.start()) < 0:
            continue
        value = int(value)
        s, e = m.start("n"), m.end("cls")
        rec = view.raw_ref(s, e)
        if rec["start"] in taken:
            continue
        how, items, span = HOW_ORDINALS, None, None
        found = _ordinal_run(view, e, m.group("cls"))
        if found and (len(found[1]) == value or _short_of_run(view, m, value, *found)):
            run = found[1]
            items = [view.text[a:b] for a, b in run]
            span = (run[0][0], run[-1][1])
        elif m.group("cls") in classifiers and value >= 2:
            grouped = _group_run(view, s)
            if grouped and value <= len(grouped[1]):
                how, items, span = HOW_GROUPS, grouped[1], grouped[0][0]
            elif view.text[max(0, s - 3):s].endswith(tuple(_data()["back"])):
                if lists is None:
                    lists = find_lists(view.text, [(n.start, n.end) for n in view.nums])
                back = _back_run(view, s, e, lists)
                if back and len(back.items) == value:
                    how, items, span = HOW_BACK, list(back.items), (back.start, back.end)
            elif joined := _joined_run(view, s, value):
                how, items, span = HOW_JOINED, joined.items, (joined.start, joined.end)
        if not items:
            continue
        count = Num(rec, s, e, "count", float(value), m.group("cls"), "exact", None, view.text[s:e])
        lst = ItemList(span[0], span[1], items, False, False, span[0], span[1])
        if len(items) == value:
            keep_consistent(view, draft, count, lst, how, out, taken)
        else:  # fewer counted than the markers or the grouped names: the text's own items say it
            out.append(draft(view, count, lst, True, how))
            taken.add(rec["start"])
    return out
