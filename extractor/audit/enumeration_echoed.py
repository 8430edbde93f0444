"""enumeration: a count naming a group whose items come later, each echoing the group's noun.

    力争实现“四个新成效”。…（一）…，在扩大有效投资上取得新成效。…（二）…，在稳定外贸上取得新成效。…
    全力打造“三大产业集群”。打造甲乙产业集群。…打造丙丁产业集群。…打造戊己产业集群。
    深化“小城两治”。在精治上下功夫，…。在共治上求实效，…。      a noun of one character: `在…上`

A report names a set of goals or measures by a count and a noun (`四个新成效`, `四项行动`,
`三大产业集群`) and then states each one as a clause that ends with the same noun, often far
apart: the heads of the sections that follow, or sentences of one paragraph. The noun said again
at a clause's end is what marks the clause as one of the things counted, so the items are the
clauses after the label that end with it (or, for a noun of one character, that open with `在`
and close the frame `…noun上`), up to where the label is said again.

Where the echoes open with the ordinals `一是`, `二是`, … in order from the first, the writer has
numbered the items: more of them than the count is inconsistent (`“四大战略”。一是实施甲战略…
五是实施戊战略`). Otherwise only a count the echoes meet is reported, as consistent. The same noun also ends clauses that
are no items of the label (a report says `行动` or `战略` in many places), so a run of echoes
must stand apart: the one after the last item must lie further from it than the items lie from
one another, and a label echoed fewer or more times than it counts gives nothing here
(the clauses may name items the text states otherwise, or other actions of the same kind).

    开展九项行动，…实施甲行动，…实施乙行动。          two echoes for nine: nothing said
    推进“两大工程”。建设甲工程，…建设乙工程。建设丙工程。  a third right after: not a run of two
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Callable

from ..numerals import parse_number
from . import cues
from .lists import ItemList
from .model import CLAUSE_BREAKS, Draft, Num, PageView

HOW = "所述名目之后逐句以同一名词收尾的分项"
HOW_LATER = "所述名目（后文再次提及之后）逐句以同一名词收尾的分项"
_CLAUSE = re.compile(f"[^{re.escape(CLAUSE_BREAKS)}]+")
_ORDINALS = "一二三四五六七八九十"


@lru_cache(maxsize=1)
def _labels() -> re.Pattern:
    """A label: a quoted count and noun (`“四个新成效”`, `“老城三治”`, a short word before the
    count), or an unquoted count with a classifier and a noun that ends its clause (`四项行动，`)."""
    numerals = "".join(cues.words("enumeration", "count_numerals"))
    classifiers = "".join(cues.words("enumeration", "count_classifiers"))
    longest = int(cues.number("enumeration_echoed", "noun_chars"))
    count = f"(?P<n{{k}}>(?!一[^{numerals}])[{numerals}]{{{{1,2}}}})(?P<cls{{k}}>[{classifiers}]{{q}}大?)"
    quoted = f"“(?P<pre>[\u4e00-\u9fff]{{0,2}}?){count.format(k='q', q='?')}(?P<qnoun>[\u4e00-\u9fff]{{1,{longest}}})”"
    bare = f"(?<![{numerals}第]){count.format(k='b', q='')}(?P<bnoun>[\u4e00-\u9fff]{{2,{longest}}})(?=[，。；])"
    return re.compile(f"{quoted}|{bare}")


def _ordinal_end(clause: str) -> int:
    """Where an item starts after the marks that number it (`一是`, `（三）`, `（1）`)."""
    m = re.match(r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十]{1,2}[，、])?",
                 clause)
    return m.end() if m else 0


def _item(clause: str, noun: str) -> int:
    """Where the item in a clause ends: at its last character when the clause ends with the
    noun, after `…noun上` when it opens `在` (a noun of one character needs that frame); -1 when
    the clause echoes nothing."""
    body = clause[_ordinal_end(clause):]
    if body.startswith("在"):
        at = body.find(noun + "上", 1)
        if at > 1:
            return len(clause) - len(body) + at + len(noun) + 1
    if len(noun) >= 2 and clause.endswith(noun) and len(body) >= len(noun) + 2:
        return len(clause)
    return -1


def check(view: PageView, draft: Callable[..., Draft], drafts: list[Draft]) -> list[Draft]:
    """`drafts` with the labels read here: `draft` makes a finding (enumeration.enumeration_draft).
    A count another rule read keeps its finding unless that one is unverifiable (`六项行动` over
    two paragraphs numbered `一是…二是`, whose six echoes are the items). Each label looks
    ahead `reach` characters at most."""
    text = view.text
    clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(text)]
    starts = [s for s, _ in clauses]
    reach = int(cues.number("enumeration_echoed", "reach"))
    read = {d.facts[0]["start"]: i for i, d in enumerate(drafts)}
    found: dict[str, list[tuple[int, int, str]]] = {}  # noun -> [(count start, count end, numeral)] in order
    for m in _labels().finditer(text):
        k = "q" if m.group("nq") else "b"
        noun = m.group(f"{k}noun")
        said = found.setdefault(noun, [])
        if said and "\n" not in text[said[-1][1]:m.start()]:
            continue  # said again in its paragraph (`建好“两大园区”。推动…把“两大园区”…`): one statement
        said.append((m.start(f"n{k}"), m.end(f"cls{k}"), m.group(f"n{k}")))
    out = list(drafts)
    for noun, said in found.items():
        runs: dict[str, ItemList] = {}  # numeral -> the items of its latest mention that has a run
        for i, (s, e, numeral) in reversed(list(enumerate(said))):
            value = parse_number(numeral)
            rec = view.raw_ref(s, e)
            earlier = read.get(rec["start"])
            if value is None or value < 2 or value > cues.number("enumeration", "max_group") \
                    or view.sentence_index(s) < 0 or (earlier is not None and out[earlier].verdict != "unverifiable"):
                continue
            n = int(value)
            stop = min(said[i + 1][0] if i + 1 < len(said) else len(text), e + reach)
            lst = _run(text, clauses, starts, e, stop, noun, n)
            how = HOW
            if lst is None and numeral in runs and runs[numeral].start - e <= reach:
                # `“三个新成效”` said again in later paragraphs before its items: one set, the
                # items of the later mention are this one's
                lst, how = runs[numeral], HOW_LATER
            if lst is None:
                continue
            runs[numeral] = lst
            count = Num(rec, s, e, "count", float(value), text[e - 1:e], "exact", None, text[s:e])
            d = draft(view, count, lst, True, how)
            if d.verdict == "unverifiable":
                continue
            if earlier is None:
                read[rec["start"]] = len(out)
                out.append(d)
            else:
                out[earlier] = d
    return out


def _run(text: str, clauses: list[tuple[int, int]], starts: list[int], after: int, stop: int, noun: str,
         n: int) -> ItemList | None:
    """The items echoing a label of `n` between `after` and `stop`, or None where they do not
    make a run of it (more numbered by `一是…` in order than counted: all of them)."""
    items = _echoes(text, clauses, starts, after, stop, noun)
    numbered = _numbered(text, items)
    if numbered > n and _framed(text, items[:numbered], noun):
        n = numbered  # `“四大战略”。一是…战略 … 五是…战略`: the ordinals count the items
    elif len(items) < n or not _framed(text, items[:n], noun):
        return None
    else:
        # an echo in another frame (`试点取得新成效` after `在…上取得新成效`) is no item
        items = items[:n] + [x for x in items[n:] if _framed(text, items[:n] + [x], noun)][:1]
        if not _run_of(items, n):
            return None
    first, last = items[0][0], items[n - 1][1]
    return ItemList(first, last, [text[a:b] for a, b in items[:n]], False, False, first, last)


def _echoes(text: str, clauses: list[tuple[int, int]], starts: list[int], after: int, stop: int,
            noun: str) -> list[tuple[int, int]]:
    """The items between a label and `stop`: clauses that echo its noun and hold no count of
    their own before it (`由“两大基地”升级为“两大园区”` restates the label)."""
    out = []
    for a, b in clauses[bisect.bisect_left(starts, after + 1):bisect.bisect_left(starts, stop)]:
        clause = text[a:b]
        end = _item(clause, noun)
        if end < 0 or _labels().search(clause[:end] + "，"):
            continue
        out.append((a, a + end))
    return out


def _numbered(text: str, items: list[tuple[int, int]]) -> int:
    """How many items open with the ordinals `一是`, `二是`, … in order from the first (0 for
    fewer than two): the writer's own count of the items."""
    k = 0
    for a, b in items:
        if k >= len(_ORDINALS) or not text[a:b].startswith(_ORDINALS[k] + "是"):
            break
        k += 1
    return k if k >= 2 else 0


def _framed(text: str, items: list[tuple[int, int]], noun: str) -> bool:
    """Items that share a frame besides the noun, as parallel clauses do: the same two characters
    opening them (`打造…`, `在加快…`), the same two right before the noun (`…取得新的更大进展`),
    or `在…noun上`; all different. Clauses that merely end with a common noun (`国内资源`,
    `整合行政资源`) share none."""
    bodies = [text[a:b][_ordinal_end(text[a:b]):] for a, b in items]
    if len(set(bodies)) < len(bodies):
        return False
    if all(body.startswith("在") and body.endswith(noun + "上") for body in bodies):
        return True
    heads = {body[:2] for body in bodies}
    before = {body[-len(noun) - 2:-len(noun)] for body in bodies}
    return len(heads) == 1 or len(before) == 1


def _run_of(items: list[tuple[int, int]], value: int) -> bool:
    """`value` echoes that stand apart: the next one, if any, lies further from the last item
    than the items lie from one another."""
    if len(items) < value:
        return False
    if len(items) == value:
        return True
    gaps = [items[j + 1][0] - items[j][1] for j in range(value - 1)]
    return items[value][0] - items[value - 1][1] > 2 * max(gaps)
