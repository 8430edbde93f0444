"""enumeration: a count naming a set, against clauses nearby that list exactly as many items.

    以“四改”为抓手，完成甲区改造 5 万户、乙巷改造 3 条、丙街改造 2 条，建设改造管网 1 公里。
        the clauses right after the label each hold its noun (改): four of them, four counted
    今年将建成新机场，还将举办运动会，这两件大事都很重要。
        `这` points back at the clauses before it in the sentence: two of them, two counted
    制定三项办法：坚持甲先行，坚持乙跟进，坚持丙兜底。
        clauses after the count that open (or close) with the same words: three, three counted

A run after the label needs three clauses at least: two alike happen by chance.

The other enumeration modules read a list by its structure (`、`, `分别`, ordinals, headings,
`，即`). Here any count of a named set (`N个/N项/N大/N条/N方面/N件…` and its noun, or a quoted
label `“N…”`, N from 2 to 12) is a candidate, and the clauses around it are tried in a few
places: after it, sharing its noun, or opening or closing alike; before it, after `这`. Such a
reading is only as good as its arithmetic: the finding is made only when a run of clauses holds
exactly N items of like length (data/enumeration_broad.toml `alike`). A run of another length
says nothing here — the clauses may go on with other things or an item may span two — so this
module says `consistent` or nothing, never `inconsistent`.

    以“四改”为抓手，完成甲区改造 5 万户、乙巷改造 3 条。        two echoes for four: nothing said
    今年将建成新机场，这两件大事都很重要。                      one clause for two: nothing said
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..numerals import parse_number
from . import cues
from .lists import ItemList
from .model import Draft, Num, PageView

HOW_ECHO = "所述名目之后逐句含同一名词的分句"
HOW_OPEN = "所述名目之后以同样字词开头的分句"
HOW_CLOSE = "所述名目之后以同样字词收尾的分句"
HOW_BACK = "“这”所指的前面各分句"
_OPEN = "等"  # a list ending so names some of its items only
_SEGMENT = re.compile(r"[^，、；。：！？\n]+")


def _data() -> dict:
    return cues.table("enumeration_broad.toml")


@lru_cache(maxsize=1)
def _label() -> re.Pattern:
    """A count, its classifier and noun (`两件大事`, `三个方面`), or a quoted label that opens with
    a numeral (`“四改”`, `“3个100万”`), built from named parts."""
    numerals = "".join(cues.words("enumeration", "count_numerals"))
    classifiers = "|".join(sorted(cues.words("enumeration", "count_classifiers"), key=len, reverse=True))
    noun = int(_data()["noun_chars"])
    number = f"(?:(?!一[^{numerals}])[{numerals}]{{1,3}}|[1-9]\\d?)"
    counted = f"(?<![{numerals}\\d.第零])(?P<n>{number})(?P<cls>{classifiers}|方面)大?(?P<noun>[\u4e00-\u9fff]{{1,{noun}}})"
    quoted = f"“(?P<qn>{number})(?:{classifiers})?(?P<qnoun>[^“”，。；：、\\s]{{1,{noun}}})”"
    return re.compile(f"{quoted}|{counted}")


@lru_cache(maxsize=1)
def _numerals() -> str:
    return "".join(cues.words("enumeration", "count_numerals"))


def _segments(view: PageView, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SEGMENT.finditer(view.text, start, end)]


def _alike(view: PageView, run: list[tuple[int, int]]) -> bool:
    lengths = [e - s for s, e in run]
    return min(lengths) >= 2 and max(lengths) <= _data()["alike"] * min(lengths)


def _run(view: PageView, segs: list[tuple[int, int]], holds: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The clauses from the first on that all satisfy `holds`, up to the first that does not."""
    run = []
    for s, e in segs:
        if not holds(view.text[s:e]):
            break
        run.append((s, e))
    return run


def common_end(texts: list[str], backwards: bool) -> str:
    """The opening (or, backwards, the closing) the first two texts share."""
    a, b = (texts[0][::-1], texts[1][::-1]) if backwards else (texts[0], texts[1])
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    shared = a[:k]
    return shared[::-1] if backwards else shared


def _after(view: PageView, label_end: int, noun: str, value: int,
           closes: bool) -> tuple[list[tuple[int, int]], str] | None:
    """Clauses after the label's own: in its sentence, or the next one when the label ends its
    sentence. A run of exactly `value` holding the noun, or opening or closing with shared words."""
    sent_start, sent_end = view.sentence_span(label_end - 1)
    clause_end = view.clause_end(label_end)
    stop = sent_end
    if clause_end >= sent_end - 1:
        stop = view.sentence_span(sent_end + 1)[1] if view.sentence_index(sent_end + 1) >= 0 else sent_end
    segs = _segments(view, clause_end, stop)
    if len(segs) < value:
        return None
    texts = [view.text[s:e] for s, e in segs]
    run = _run(view, segs, lambda t: noun in t)
    if len(run) == value:
        return run, HOW_ECHO
    if not closes:
        return None
    least = int(_data()["shared_chars"])
    common = tuple(_data()["common_openings"])
    head = common_end(texts, False)
    if len(head) >= least and not head.startswith(common):
        run = _run(view, segs, lambda t: t.startswith(head) and len(t) > len(head))
        if len(run) == value:
            return run, HOW_OPEN
    tail = common_end(texts, True)
    if len(tail) >= least:
        run = _run(view, segs, lambda t: t.endswith(tail) and len(t) > len(tail))
        if len(run) == value:
            return run, HOW_CLOSE
    return None


def _before(view: PageView, label_start: int, value: int) -> list[tuple[int, int]] | None:
    """`…，…，这两件大事`: the label opens its clause after a word pointing back; the clauses before
    it in the sentence are the items, all of them."""
    clause = view.clause_start(label_start)
    lead = view.text[clause:label_start]
    if lead not in _data()["back"]:
        return None
    sent_start = view.sentence_span(label_start)[0]
    segs = _segments(view, sent_start, clause)
    if len(segs) != value:
        return None
    # a sentence of as many clauses as counted happens by chance: the clauses must be alike as
    # items are (close in length, a word in common: `我国将…，党将…`), not a claim and its comment
    # (`这种动向能否带来新的活力，尚待观察，这两件事…`)
    texts = [view.text[a:b] for a, b in segs]
    lengths = [len(t) for t in texts]
    shared = set.intersection(*(set(t) for t in texts))
    if max(lengths) > _data()["alike_back"] * min(lengths) or not any("\u4e00" <= c <= "\u9fff" for c in shared):
        return None
    return segs


def check(view: PageView, draft: Callable[..., Draft], taken: set[int]) -> list[Draft]:
    """`draft` makes the finding (enumeration.enumeration_draft); `taken` holds the raw starts of
    the counts other rules already read."""
    out = []
    least, most = int(_data()["least"]), int(_data()["most"])
    for m in _label().finditer(view.text):
        key = "qn" if m.group("qn") else "n"
        value = parse_number(m.group(key))
        if value is None or value != int(value) or not least <= value <= most \
                or view.sentence_index(m.start(key)) < 0:
            continue
        value = int(value)
        s = m.start(key)
        e = m.end("qnoun") if key == "qn" else m.end("cls")
        rec = view.raw_ref(s, e)
        if rec["start"] in taken:
            continue
        noun = m.group("qnoun") if key == "qn" else m.group("noun")[:2]
        if noun.startswith(tuple(cues.words("enumeration", "time_nouns"))) or re.search(f"[{_numerals()}]", noun):
            continue  # `三个月` is a span of time; `“两清两改”` counts two kinds of each, not two items
        tail = view.text[m.end(key):view.clause_end(m.end())]
        # clauses that only open or close alike are items of the label where it closes its clause
        # (`三项办法：`), not of a count inside a longer phrase (`不同这两种官僚主义作斗争`)
        closes = len(tail) <= _data()["closing_chars"] and "的" not in tail
        # two clauses alike are common by chance (`统筹国内国际两个大局，始终不渝…，始终不渝…`
        # names its two before the count): a run after the label needs three at least
        found = _after(view, m.end(), noun, value, closes) if value >= _data()["least_run"] else None
        run, how = found if found else (_before(view, m.start(), value), HOW_BACK)
        if not run or not _alike(view, run):
            continue
        items = [view.text[a:b] for a, b in run]
        if any(t.endswith(_OPEN) for t in items) or view.text.startswith(_OPEN, run[-1][1]):
            continue  # `甲、乙、丙等，这三个词…`: a list left open counts no items exactly
        count = Num(rec, s, e, "count", float(value), view.text[e - 1:e], "exact", None, view.text[s:e])
        lst = ItemList(run[0][0], run[-1][1], items, False, False, run[0][0], run[-1][1])
        keep_consistent(view, draft, count, lst, how, out, taken)
    return out


def keep_consistent(view: PageView, draft: Callable[..., Draft], count: Num, lst: ItemList, how: str,
                    out: list[Draft], taken: set[int]) -> None:
    """Adds the finding to `out` and its count to `taken` where the items meet the count: the
    arithmetic is the only evidence of a broad reading, so a count missed says nothing."""
    d = draft(view, count, lst, True, how)
    if d.verdict == "consistent":
        out.append(d)
        taken.add(count.rec["start"])
