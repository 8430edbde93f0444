"""enumeration: a count whose items come BEFORE it, found by parallel structure going back.

    对村民讲民主，对坏人讲法治，这是基层治理的两个方面。
        a clause opening `这是…` and closed by the count: the clauses before it, opening alike
    或者把指标定得过高；或者对困难视而不见。我们要同时防止这两种偏向。
        `这` + count: the `；` parts before it, opening alike (`或者`)
    一是修路；二是建校；三是治水。以上三项工作年内完成。
        ordinal markers going back from the count (`三是`, `二是`, `一是`), none after the last
    一种是积极的办法，…。另一种是消极的办法，…。这两种办法…
        `一…是` / `另一…是` (or `一方面` / `另一方面`): a pair
    从整顿秩序和加强服务这两个方面入手
        a `、`/`和` list right before the pointer, or filling the clause before a closing count
    …生活更加富裕，环境更加优美，治理更加高效。对照“三个更加”，…
        a quoted label: the clauses before it each repeating its noun

The other list readers look for items after the count, or take up the one list right before
`这`. Here a count that points back (`这`/`上述`/`以上` right before it; a clause `这是…的N个X`
it closes; a quoted label `“N个X”`) is a candidate, and the text before it, within its own
sentence and a few before (data/enumeration_back.toml `sentences_back`, `chars_back`; the paragraph
before only where the count opens its paragraph), is read for a run of parallel items: a list,
ordinal markers, a pair, or clauses (`，`), parts (`；`) or sentences (`。`) that open or close with
the same words or repeat the count's noun. The arithmetic is the evidence: exactly as many items
as counted says `consistent`. A run of another length says nothing (the items may be sub-points,
or the run may start too early); where the pointer is plain (`这两项`) and no run is found, the
finding is `unverifiable` with its reason. Never `inconsistent`: the reading is too loose for it.

A CLAIM_ONLY check (registered after the other list readers): a count another check read stays its.

    甲县办了一件事。这两件事…                      one sentence for two: unverifiable, not a mismatch
    三个月来，各地…                                a span of time: no candidate
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..numerals import parse_number
from . import cues
from .enumeration_nearest import marker_patterns
from ..clauses import LIST_MARKS
from .enumeration_broad import common_end
from .lists import pos_tags
from .model import CLAUSE_BREAKS, SENTENCE_BREAKS, Draft, PageView

HOW_LIST = "所述数目之前紧接的列举"
HOW_ORDINALS = "所述数目之前按序号逐项列出"
HOW_LINKED = "所述数目之前以“是”“成为”等连到数目的列举"
HOW_SAID = "“这”复指前文的"
HOW_PAIR = "所述数目之前以“一…”“另一…”列出的两项"
HOW_OPEN = "所述数目之前以同样字词开头的并列{unit}"
HOW_CLOSE = "所述数目之前以同样字词收尾的并列{unit}"
HOW_ECHO = "所述数目之前逐一含有“{noun}”的并列{unit}"
# the units parallel items are read in, by the characters that end them: clauses (a `、` too),
# `；` parts, sentences (the shared sets of model.py)
_UNITS = (("分句", CLAUSE_BREAKS + LIST_MARKS), ("分项", CLAUSE_BREAKS.replace("，", "")), ("句子", SENTENCE_BREAKS))
_BLANK = " \t\u3000\n"
_NAME = re.compile("[\u4e00-\u9fff“”《》]+")  # the characters of a name in a list read back


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("enumeration_back.toml")


@lru_cache(maxsize=1)
def _label() -> re.Pattern:
    """A count and its classifier, the pointer right before it when there is one, the noun after;
    or a quoted label opening with a numeral (`“四个更加”`). Built from named parts."""
    d = _data()
    numerals = "".join(cues.words("enumeration", "count_numerals"))
    classifiers = sorted(set(cues.words("enumeration", "count_classifiers")) | set(d["classifiers"]), key=lambda w: (-len(w), w))
    cls = "|".join(map(re.escape, classifiers))
    ptr = "|".join(map(re.escape, sorted(d["pointers"], key=len, reverse=True)))
    number = f"(?:(?!一[^{numerals}])[{numerals}]{{1,3}}|[2-9２-９]|1[0-2]|１[０-２])"
    noun = f"[\u4e00-\u9fff]{{0,{int(d['closing_noun'])}}}"
    counted = f"(?P<ptr>{ptr})?(?<![{numerals}\\d.．第零])(?P<n>{number})(?P<cls>{cls})(?P<noun>{noun})"
    quoted = f"“(?P<qn>{number})(?:{cls})?(?P<qnoun>[^“”，。；：、\\s\\d]{{1,8}})”"
    return re.compile(f"{quoted}|{counted}")


@lru_cache(maxsize=None)
def _splitter(chars: str) -> re.Pattern:
    return re.compile(f"[^{re.escape(chars)}]+")


@lru_cache(maxsize=1)
def _join_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """For _joined: a join word, a name between join words, a numeral (compiled once)."""
    joins = "|".join(map(re.escape, sorted(_data()["joins"], key=len, reverse=True)))
    numerals = "".join(cues.words("enumeration", "count_numerals"))
    return re.compile(joins), re.compile(f"(?:(?!{joins}).)+"), re.compile(f"[{re.escape(numerals)}]")


@lru_cache(maxsize=256)
def _count_said(number: str, noun: str) -> re.Pattern:
    """The same count of the same noun (`12项政策`), one pattern a count and noun."""
    return re.compile(f"{re.escape(number)}[\u4e00-\u9fff]{{0,2}}?{re.escape(noun[:1])}(?:{re.escape(noun[1:2])})?")


@lru_cache(maxsize=1)
def _pairs() -> tuple[re.Pattern, re.Pattern]:
    cls = "|".join(map(re.escape, _data()["pair_classifiers"]))
    first = re.compile(f"(?<![另第\\d一二三四五六七八九十])一(?:(?:{cls})是|方面)")
    second = re.compile(f"另一(?:(?:{cls})是|方面|(?:{cls}))")
    return first, second


@lru_cache(maxsize=1)
def _linked() -> re.Pattern:
    """The end of a lead `甲、乙和丙` + linking verb + a short modifier, right before the count; the
    lead must hold a `、` or join word before the verb (checked by _joined on what precedes it)."""
    d = _data()
    verbs = "|".join(map(re.escape, sorted(d["linking_verbs"], key=len, reverse=True)))
    return re.compile(f"(?<=[\u4e00-\u9fff”》])(?:等)?(?:{verbs})[^，。；：、“”\\d０-９{''.join(cues.words('enumeration', 'count_numerals'))}]{{0,{int(d['link_chars'])}}}$")


def _bound_cheng(lead: str, at: int) -> bool:
    """`甲、乙完成了两项工程`, `东队和西队挖成了两条水渠`: a linking `成…` that closes a verb of its own
    (the segmenter reads `完成`, `挖成` as one word tagged a verb) links nothing: the list does
    something to the set, it does not become it. A verb of regarding or changing (`看成`, `当成`,
    `改成`: data linking_before_cheng) does link, and so does `成` as a word of its own after the
    list's end (`节能与减排成了`) or after an adverb (`都成了`, `已成`)."""
    if not lead.startswith("成", at) or at == 0:
        return False
    start = 0
    for word, tag in pos_tags(lead[:at + 1]):
        if start + len(word) > at:  # the word that holds 成
            break
        start += len(word)
    verb = lead[start:at]
    if not verb or not tag.startswith("v") or pos_tags(verb)[-1][1] == "d":
        return False
    return not verb.endswith(tuple(_data()["linking_before_cheng"]))


def _adverbs_off(lead: str, at: int) -> int:
    """Where the list before a linking verb ends: before a verb of regarding that `成` closes and
    the adverbs and prepositions right before the verb (`茶叶和竹笋都成了`, `柑橘和油茶被当成了`:
    都, 被当 are no part of the last name)."""
    if lead.startswith("成", at):
        at -= next((len(v) for v in _data()["linking_before_cheng"] if lead[:at].endswith(v)), 0)
    words = pos_tags(lead[:at])
    while words and words[-1][1] in ("d", "p"):
        at -= len(words.pop()[0])
    return at


def _window(view: PageView, pos: int) -> int:
    """Where the look-back from pos starts: a few sentences back, in its paragraph (or the one
    before, where pos's sentence opens its paragraph), within chars_back."""
    d = _data()
    sent = view.sentence_index(pos)
    para = view.sentences[sent].paragraph
    opens = sent == 0 or view.sentences[sent - 1].paragraph != para
    first = sent
    for k in range(sent - 1, max(-1, sent - 1 - int(d["sentences_back"])), -1):
        if view.sentences[k].paragraph != para and not (opens and view.sentences[k].paragraph == para - 1):
            break
        first = k
    return max(view.sentences[first].start, pos - int(d["chars_back"]), 0)


def _trim(view: PageView, a: int, b: int) -> tuple[int, int]:
    while a < b and view.text[a] in _BLANK:
        a += 1
    while b > a and view.text[b - 1] in _BLANK:
        b -= 1
    return a, b


def _joined(view: PageView, a: int, b: int, value: int) -> list[tuple[int, int]] | None:
    """A list of short names filling text[a:b] (`整顿秩序和加强服务`), split by the join words."""
    d = _data()
    join, piece, numeral = _join_patterns()
    a, b = _trim(view, a, b)
    first = join.split(view.text[a:b])[0]
    # the first name starts after the last word opening the list (`我们必须从甲和乙这两个方面`)
    a += max((first.rfind(w) + len(w) for w in d["list_openers"] if w in first), default=0)
    text = view.text[a:b]
    pieces = [(m.start(), m.end()) for m in piece.finditer(text)]
    if len(pieces) != value or any(not 2 <= e - s <= int(d["item_chars"]) or not _NAME.fullmatch(text[s:e])
                                   for s, e in pieces) or text.endswith(tuple(d["not_item_ends"])) \
            or any(text[s:e].startswith(tuple(d["not_item_starts"])) for s, e in pieces) \
            or numeral.search(text):  # `“两级政府、三级管理”`: counts, not names
        return None
    return [(a + s, a + e) for s, e in pieces]


def _ordinals(view: PageView, lo: int, end: int, cls: str, value: int) -> list[tuple[int, int]] | None:
    """Markers 1..value going back from end (`一是…二是…三是…`), the last item's before end and no
    marker value+1 after it; each item runs to the next marker, the last to its sentence's end."""
    gap = int(_data()["item_gap"])
    for family in marker_patterns(1, cls):
        if family in _data()["section_families"]:
            continue  # `一、` opening a paragraph: a section, which a count inside a later one does not take up
        starts: list[int] = []
        hi = end
        for k in range(value, 0, -1):
            floor = max(0, hi - gap) if starts else lo
            found = None
            for m in marker_patterns(k, cls)[family].finditer(view.text, floor, hi):
                found = m
            if found is None:
                break
            starts.insert(0, found.start())
            hi = found.start()
        if len(starts) != value:
            continue
        beyond = marker_patterns(value + 1, cls)[family] if value < len(_data_ordinals()) else None
        if beyond is not None and beyond.search(view.text, starts[-1], end):
            continue
        last_end = min(end, view.sentence_span(starts[-1])[1])
        return list(zip(starts, starts[1:] + [last_end]))
    return None


@lru_cache(maxsize=1)
def _data_ordinals() -> list[str]:
    return list(cues.table("enumeration_nearest.toml")["ordinals"])


def _pair(view: PageView, lo: int, end: int) -> list[tuple[int, int]] | None:
    """`一种是…另一种是…`, `一方面…另一方面…`: the last second marker before end, its first before it."""
    first, second = _pairs()
    two = None
    for m in second.finditer(view.text, lo, end):
        two = m
    if two is None:
        return None
    one = None
    for m in first.finditer(view.text, lo, two.start()):
        one = m
    if one is None:
        return None
    return [(one.start(), two.start()), (two.start(), end)]


@lru_cache(maxsize=None)
def _longest_first(key: str) -> tuple[str, ...]:
    return tuple(sorted(_data()[key], key=len, reverse=True))


def _bare(text: str) -> str:
    """A unit less a connective or a subject pronoun opening it (`即坚持…` reads as `坚持…`, `我们抓了
    甲` as `抓了甲`: the subject of the first of parallel clauses, left out of the next ones)."""
    for key in ("connectives", "subject_pronouns"):
        for c in _longest_first(key):
            if text.startswith(c) and len(text) > len(c) + 1:
                text = text[len(c):]
                break
    return text


def _units(view: PageView, lo: int, end: int, value: int, noun: str, label: str,
           echo_only: bool) -> tuple[list[tuple[int, int]], str] | None:
    """Clauses, `；` parts or sentences before end: the last `value` of them opening or closing with
    the same words (or each repeating the noun), the one before them not: exactly `value` alike.
    Sentences are read by their openings only (two sentences end alike by chance); a quoted label
    by its noun only (a slogan said mid-sentence names no clauses around it otherwise), in clauses
    that do not say the label itself (`“两大阶段”` said before)."""
    d = _data()
    least = int(d["shared_chars"])
    for unit, chars in _UNITS:
        segs = [_trim(view, m.start(), m.end()) for m in _splitter(chars).finditer(view.text, lo, end)]
        segs = [(a, b) for a, b in segs if b - a >= 2]
        if len(segs) < value:
            continue
        texts = [_bare(view.text[a:b]) for a, b in segs]
        ratio = d["alike_clauses"] if unit == "分句" else d["alike_units"]
        tries = []
        head = common_end([texts[-1], texts[-2]], False)
        if not echo_only and len(head) >= least and head not in d["common_openings"]:
            tries.append((lambda t, h=head: t.startswith(h) and len(t) > len(h), HOW_OPEN, 0))
        tail = common_end([texts[-1], texts[-2]], True)
        if not echo_only and unit != "句子" and len(tail) >= least and tail not in d["common_closings"] and tail != head:
            tries.append((lambda t, h=tail: t.endswith(h) and len(t) > len(h), HOW_CLOSE, 0))
        # a quoted label's own word repeated clause by clause (`更加`); a pointer's noun (`工作`) is
        # too common a word to mark items, and a noun in two sentences is no parallel
        if echo_only and len(noun) >= least and unit == "分句":
            tries.append((lambda t: noun in t and label not in t, HOW_ECHO, int(d["echo_trail"])))
        for holds, how, trail in tries:
            last = len(segs) - 1
            while trail and last >= 0 and not holds(texts[last]) and len(segs) - 1 - last < trail:
                last -= 1
            k = last
            while k >= 0 and holds(texts[k]):
                k -= 1
            run = segs[k + 1:last + 1]
            lengths = [b - a for a, b in run]
            if len(run) == value and max(lengths) <= ratio * min(lengths):
                return run, how.format(unit=unit, noun=noun)
    return None


def _items(view: PageView, lo: int, ends: list[int], cls: str, value: int, noun: str, label: str,
           listed: tuple[int, int] | None, quoted: bool) -> tuple[list[tuple[int, int]], str] | None:
    """The first reading that finds exactly `value` items before one of `ends` (nearest first)."""
    if listed is not None and (run := _joined(view, listed[0], listed[1], value)):
        return run, HOW_LIST
    for end in ends:
        if end <= lo:
            continue
        if quoted:
            if found := _units(view, lo, end, value, noun, label, True):
                return found
            continue
        if run := _ordinals(view, lo, end, cls, value):
            return run, HOW_ORDINALS
        if value == 2 and (run := _pair(view, lo, end)):
            return run, HOW_PAIR
        if found := _units(view, lo, end, value, noun, label, False):
            return found
    return None


def _kind(view: PageView, m: re.Match) -> tuple[str, int, int, str, tuple[int, int] | None] | None:
    """How the count points back: ('pointer'|'closing'|'quoted', the count's start and end, its
    noun, the span a list right before it would fill); None where it does not."""
    d = _data()
    if m.group("qn"):
        return "quoted", m.start("qn"), m.end("qnoun"), m.group("qnoun")[-2:], None
    s, e = m.start("n"), m.end("cls")
    noun = m.group("noun")
    if noun.startswith(tuple(d["not_nouns"])) or m.group("cls") in d["not_nouns"]:
        return None
    clause = view.clause_start(s)
    if m.group("ptr"):
        at = m.start("ptr")
        if m.group("ptr") == "以上" and at > 0 and (view.text[at - 1].isdigit() or view.text[at - 1] in d["threshold_units"]):
            return None  # `60岁以上`: a threshold, not a pointer
        listed = (clause, at) if at - clause >= 4 else None
        return "pointer", s, e, noun[:2], listed
    lead = view.text[clause:s]
    rest = view.clause_end(e) - e
    if len(lead) <= int(d["lead_chars"]) and lead.startswith(tuple(d["closing_leads"])) and \
            len(noun) >= rest and rest <= int(d["closing_noun"]):
        before = view.clause_start(clause - 1) if clause > 0 else clause
        return "closing", s, e, noun[:2], (before, clause - 1) if clause > 0 else None
    if (link := _linked().search(lead)) is not None and not _bound_cheng(lead, link.start()):
        # `甲、乙和丙是…的三驾马车`: the list opening the clause, linked to the count by a copula
        return "linked", s, e, noun[:2], (clause, clause + _adverbs_off(lead, link.start()))
    return None


def _said_before(view: PageView, lo: int, at: int, number: str, noun: str) -> tuple[int, str] | None:
    """The same count of the same noun said in the look-back before the pointer (`12项政策`): its
    start and words, or None."""
    if not noun:
        return None
    m = None
    for m in _count_said(number, noun).finditer(view.text, lo, at):
        pass
    return (m.start(), m.group()) if m else None


def check(view: PageView) -> list[Draft]:
    out = []
    earlier: dict[int, list[tuple[int, int]]] = {}  # this module's item runs by their count's start, for pointers taking them up
    d = _data()
    least, most = int(d["least"]), int(d["most"])
    for m in _label().finditer(view.text):
        value = parse_number(m.group("qn") or m.group("n"))
        if value is None or value != int(value) or not least <= value <= most:
            continue
        kind = _kind(view, m)
        if kind is None or view.sentence_index(kind[1]) < 0:
            continue
        how_kind, s, e, noun, listed = kind
        value = int(value)
        # where the items end: before the pointer's clause or sentence; before a closing count's clause
        anchor = m.start("ptr") if how_kind == "pointer" else max(view.clause_start(s) - 1, 0) \
            if how_kind == "closing" else m.start()
        lo = _window(view, anchor)
        if how_kind == "linked":  # the list in the count's own clause, nothing else
            run = _joined(view, listed[0], listed[1], value) if listed else None
            found = (run, HOW_LINKED) if run else None
        else:
            ends = sorted({anchor if how_kind == "closing" else view.clause_start(anchor), view.sentence_span(anchor)[0]},
                          reverse=True)
            found = _items(view, lo, ends, m.group("cls") or "个", value, noun, view.text[s:e], listed,
                           how_kind == "quoted")
        written = view.text[s:e]
        count = view.raw_ref(s, e)
        if found:
            run, how = found
            spans = [_trim(view, a, b - 1 if view.text[b - 1:b] in "，；。：、" else b) for a, b in run]
            items = [view.text[a:b] for a, b in spans]
            shown = "、".join(items) if len(items) <= 4 else "、".join(items[:2]) + "……" + items[-1]
            earlier[s] = spans
            out.append(Draft("enumeration", "consistent", [count] + [view.raw_ref(a, b) for a, b in spans], value, value,
                             f"{how}共 {value} 项（{shown}），与所述 {written} 一致。", {"items": items, "open": False}))
        elif how_kind == "pointer" and (said := _said_before(view, lo, m.start("ptr"), m.group("n"), noun)) \
                and (run := earlier.get(said[0]) or _joined(view, view.clause_start(said[0]), said[0], value)):
            # `劳动、人事两大系统…这两个系统`: the pointer takes up a count said before, whose items were
            # listed right before it (or read by this module there)
            spans = run
            items = [view.text[a:b] for a, b in spans]
            out.append(Draft("enumeration", "consistent", [count] + [view.raw_ref(a, b) for a, b in spans], value, value,
                             f"{HOW_SAID}“{said[1]}”之前所列共 {value} 项（{'、'.join(items[:4])}），与所述 {written} 一致。",
                             {"items": items, "open": False}))
        elif how_kind == "pointer" and said:
            # `实施了12项政策…这12项政策`: the pointer takes up a count said before, whose items the text
            # does not list where it could be read; a pointer with no such count may name items a human
            # reader still counts (a list of clauses this module does not read), so it says nothing
            out.append(Draft("enumeration", "unverifiable", [count], None, value,
                             f"“{m.group('ptr')}{written}”复指前文所说的“{said[1]}”，但前面几句中找不到恰好 {value} 项的并列"
                             "（列举、序号或开头收尾相同的分句），无法核对其数目。", {}))
    return out
