"""part_of and sums by what the numbers measure (measures.py), where no cue word like `其中` ties them.

    累计发放贷款181.4亿元。…仅对骨干企业的贷款就近50亿元
        `仅…就`: one part of the total said before it, the last number measured alike that shares
        its noun, in its paragraph or the one before
    新增邮路33万公里，从而使邮路总长达245万公里
        an addition within the total the same noun reaches, both in one sentence or two adjacent
    侵吞公款总计73万元，追缴共计30万元，退赔其余赃款43万元
        `其余`: the rest of a total said before it in its sentence, after the other parts measured alike:
        the total is their sum
    3个贫困县、20万贫困人口、4.5万特困人口
        a kind named by a modifier of the whole's category set (`特困` of `贫困`, data/measures.toml
        [[kinds]]) before the same noun, measured alike, in one paragraph within three sentences,
        either order
    省财政拿出150万元；…工会筹措1300万元；…全省已经多方筹集了7180万元
        a total gathered from several sources: the amounts measured alike told before it (in its
        paragraph and the three before, twelve sentences at most, after any earlier such total) are
        some of its parts
The measure makes the pair; the arithmetic and the words say how sure it is: a part over its named
total, or an addition over its total, in one sentence is an error of the text; across sentences nothing says both count alike, so it
is unverifiable. A `仅…就` part over its total is unverifiable too (the pairing is the nearest same
noun), sources over a pooled total as well (they may overlap), and `其余` makes the total exhaustive.
Kinds of a counted noun (`国家级贫困县` of `贫困县`) are not paired here: without the noun's bounds the
words after a count (`156个重要项目中，除了17个项目`) name kinds the wrong way round as often as not.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from ..fact_types import SUMMABLE_TYPES
from .amounts import is_amount, is_change
from .findings import part_of_draft, sum_draft
from .heads import record_field
from .hedges import pooled_total
from .measures import (added_noun, alike, flow_pieces, is_flow, is_named_total, is_stock, is_total, kind_of, name_of, neighbours,
                       phrases, said_as_total, scope_words, shared_noun, stock_after, whole_noun)
from .model import Draft, Num, PageView
from .wording import clause_before

_REACH = 6  # sentences before a `仅…就` part in which its total is looked for (its paragraph and the one before)
_POOL_REACH = 12  # sentences before a pooled total in which its sources are looked for
_STOCK_NOUN = 4  # characters of the noun an addition shares with a year-end level
_KIND_REACH = 3  # sentences either side of a kind in which its whole is looked for (its paragraph)
_PLACED_REACH = 6  # sentences either side of a kind in which a total of its place named with 总 is looked for
_WEAK = "两个数不在同一句，所计名称的从属关系未必同一统计口径"
_NEAREST = "“仅…就”所指的整体取前面最近的同名同单位数字，未必同一统计口径"


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("measures.toml")["measure_parts"]


def check(view: PageView) -> list[Draft]:
    out, seen = [], set()
    for d in _named_totals(view) + _only_parts(view) + _additions(view) + _rests(view) + _pooled(view) + _kinds(view):
        spans = tuple((f["start"], f["end"]) for f in d.facts)
        if spans not in seen:  # `新增…总数达`: an addition and a named total at once, said once
            seen.add(spans)
            out.append(d)
    return out


def _amount(view: PageView, n: Num) -> bool:
    return n.qualifier not in ("range", "under") and is_amount(view, n) and not is_change(view, n)


def _only_parts(view: PageView) -> list[Draft]:
    """`仅…就 N`: a part of the last alike number before it that shares its noun."""
    out = []
    for part in view.nums:
        before = clause_before(view, part.start)
        tail = before[-_data()["gap"]:]
        if not any(w in before for w in _data()["only"]) or not any(w in tail for w in _data()["then"]):
            continue
        if not _amount(view, part):
            continue
        wholes = [m for m in _sentences_before(view, part, _REACH) if m.paragraph >= part.paragraph - 1
                  and m.end <= part.start and alike(part, m) and _amount(view, m) and shared_noun(view, part, m)]
        if wholes:
            whole = max(wholes, key=lambda m: m.start)
            noun = shared_noun(view, part, whole)
            out.append(part_of_draft(whole, part, f"“仅…就”说的是“{noun}”总数 {whole.written} 中的一部分，",
                                     None if _summed_then(view, whole, part) else _NEAREST))
    return out


def _summed_then(view: PageView, whole: Num, part: Num) -> bool:
    """The total is said as a sum (`共…累计发放贷款 W`) of the very period of the `仅…就` part (their
    records' periods one): the part is of that total, not of another number of its name."""
    said = clause_before(view, whole.start)
    period = whole.rec.get("period")
    return any(w in said for w in _data()["summed"]) and bool(period) and period == part.rec.get("period")


def _additions(view: PageView) -> list[Draft]:
    """An addition (`新增邮路`) within the stock of the same noun after it: named as a total
    (`邮路总长`, `拥有`) or as what the addition brought about (`使…达到`), in its sentence or the
    next, its time the addition's or right after it (`去年新增…目前拥有`)."""
    out = []
    for part in view.nums:
        if not is_flow(name_of(view, part)) or not _amount(view, part):
            continue
        for whole in _stocks_after(view, part):
            weak = None if part.sentence == whole.sentence or _result_of(view, part, whole) else _WEAK
            noun = added_noun(view, part, whole)
            out.append(part_of_draft(whole, part, f"新增的“{noun}”是其总数的一部分，", weak))
            break
    return out


def _stocks_after(view: PageView, part: Num) -> list[Num]:
    """Numbers after an addition, in its sentence or the next of its paragraph, measured alike at a
    time it may be added to, named as a stock and sharing its noun."""
    out = []
    for k in (part.sentence, part.sentence + 1):
        for whole in view.in_sentence(k):
            if whole.start <= part.end or whole.paragraph != part.paragraph or not whole.same_measure(part) \
                    or not stock_after(part, whole) or not _amount(view, whole) or is_flow(name_of(view, whole)):
                continue
            noun = added_noun(view, part, whole)
            if noun and is_total(name_of(view, whole)) and _wider_addition(view, part, whole, noun):
                continue
            # a year-end level (`年末…`) holds the addition of a noun named at length (`高新技术企业`, not `企业`)
            stock = is_stock(name_of(view, whole)) and len(noun) >= _STOCK_NOUN
            if (is_total(name_of(view, whole)) or stock or _brought_about(view, whole)) and noun:
                out.append(whole)
    return out


def _wider_addition(view: PageView, part: Num, whole: Num, noun: str) -> bool:
    """`新增农村公路 a，高速公路总里程 b`, `新建公路 a，高速公路总里程 b`: no piece of the addition's
    name is a kind of the thing the total is said of (ends with it, scope words aside): a sibling kind,
    or a wider one, not an addition to that stock."""
    flows = [piece for p in phrases(name_of(view, part)) for piece in flow_pieces(p) if piece.endswith(noun)]
    stocks = [_unscoped(q) for q in phrases(name_of(view, whole)) if q.endswith(noun)]
    return not any(f.endswith(q) for f in flows for q in stocks)


def _unscoped(name: str) -> str:
    """A name without the scope words opening it (`全省公路` → 公路)."""
    for w in sorted(scope_words(), key=len, reverse=True):
        if name.startswith(w) and len(name) > len(w):
            return name[len(w):]
    return name


def _result_of(view: PageView, part: Num, whole: Num) -> bool:
    """The stock's sentence, the one right after the addition's, opens with a word of result (`这样，`)
    and the addition is the last number of its measure in its sentence: the stock is what that
    addition brought about, as sure as in one sentence."""
    if whole.sentence != part.sentence + 1 or whole.paragraph != part.paragraph:
        return False
    opening = view.text[view.sentences[whole.sentence].start:whole.start].lstrip()
    if not opening.startswith(tuple(_data()["result_openings"])):
        return False
    if any(n.same_measure(part) for n in view.in_sentence(part.sentence) if n.start > part.end):
        return False
    # the addition's whole noun is the stock's (`新增移动电话用户` is no part of `固定电话用户`, though
    # both end in 电话用户), and neither sentence names another area (`全国新增` against `全省拥有`)
    noun = added_noun(view, part, whole)
    if not any(piece == noun for p in phrases(name_of(view, part)) for piece in flow_pieces(p)):
        return False
    areas = [_areas(view.text[view.sentences[n.sentence].start:n.start]) for n in (part, whole)]
    return not (areas[0] and areas[1] and areas[0] != areas[1])


def _areas(said: str) -> frozenset[str]:
    """The levels of the areas a sentence names before a number (`全国` → 国, `该省` → 省)."""
    return frozenset(m.group(1) for m in _area_re().finditer(said))


@lru_cache(maxsize=1)
def _area_re() -> re.Pattern:
    return re.compile(f"[{''.join(_data()['area_words'])}]([{''.join(_data()['area_levels'])}])")


def _brought_about(view: PageView, n: Num) -> bool:
    """`使我国移动电话用户达到 N`, `这样，…达到 N`: a level said as the result of what came before."""
    label = clause_before(view, n.start)
    opening = view.text[view.sentences[n.sentence].start:n.start] if n.sentence >= 0 else label
    said = any(text.startswith(w) and not any(text.startswith(x) for x in _data()["not_results"])
               for text in (label, opening) for w in _data()["results"])
    return said and any(label.endswith(w) for w in _data()["reached"])


def _rests(view: PageView) -> list[Draft]:
    """`其余 N`: the total before it in its sentence is the sum of the parts between and the rest."""
    out = []
    for rest in view.nums:
        if not any(w in clause_before(view, rest.start) for w in _data()["rest"]):
            continue
        run = [m for m in view.in_sentence(rest.sentence) if m.end <= rest.start and alike(rest, m)
               and _amount(view, m)]
        totals = [m for m in run if is_total(clause_before(view, m.start))]
        if not totals:
            continue
        total = totals[0]
        parts = [m for m in run if m.start > total.end] + [rest]
        if len(parts) >= 2:
            out.append(sum_draft(total, parts, True, "“其余”指总数减去前面各项后剩下的部分"))
    return out


def _pooled(view: PageView) -> list[Draft]:
    """A total gathered from several sources (`多方筹集了 N`): the amounts measured alike before it in
    its paragraph and the few before (after any earlier total said so) are some of its parts."""
    out = []
    last_pooled: dict[int, int] = {}  # article -> end of the last pooled total seen
    for total in view.nums:
        if total.type not in SUMMABLE_TYPES or not pooled_total(view, total):
            continue  # `多方筹集了`, `通过多种渠道筹集的`: several sources, then the gathering
        since = last_pooled.get(total.article, -1)
        last_pooled[total.article] = total.end
        first = total.paragraph - _data()["pooled_paragraphs"]
        parts = [m for m in _sentences_before(view, total, _POOL_REACH)
                 if m.paragraph >= first and since < m.start and m.end <= total.start and m.article == total.article
                 and alike(total, m) and _amount(view, m)]
        if len(parts) >= 2 and _amount(view, total):
            out.append(sum_draft(total, parts, False, "各方面分别拿出的数额只是总数的一部分", disjoint=False))
    return out


def _kinds(view: PageView) -> list[Draft]:
    """A number of a kind (`特困人口`) against one of its whole (`贫困人口`) in its paragraph, within
    three sentences of it."""
    out = []
    for part in view.nums:
        if not _amount(view, part):
            continue
        for whole in _near(view, part, _KIND_REACH) + _placed_totals(view, part):
            found = alike(part, whole) and _amount(view, whole) and kind_of(view, part, whole)
            if found:
                weak = None if part.sentence == whole.sentence else _WEAK
                out.append(part_of_draft(whole, part, f"“{found[1]}”是“{found[0]}”中的一类，其", weak))
    return out


def _placed_totals(view: PageView, part: Num) -> list[Num]:
    """`凉山州总人口 378 万。…（下一段）全州…贫困人口近 200 万`: a total named with 总 of the place the
    part is of (both places known), in the part's article within a few sentences but past its
    paragraph; a place's total holds every kind of the same noun there."""
    place = record_field(part, "place")
    if not place:
        return []
    return [m for k in range(part.sentence - _PLACED_REACH, part.sentence + _PLACED_REACH + 1)
            for m in view.in_sentence(k) if m.article == part.article and m.paragraph != part.paragraph
            and record_field(m, "place") == place and name_of(view, m).startswith(_data()["placed_total"])]


def _named_totals(view: PageView) -> list[Draft]:
    """`外债总额 N，其中短期外债 M`: an amount of the noun a named total counts, in its sentence."""
    out = []
    for whole in view.nums:
        name = name_of(view, whole)
        # (a name holding a figure, 经济总量超50亿元的企业集团, is a set a threshold picks out: its 总 is the measure's)
        if whole.type not in SUMMABLE_TYPES or not _amount(view, whole) or not is_named_total(name) \
                or re.search(r"[0-9０-９]", record_field(whole, "metric") or ""):
            continue
        for part in view.in_sentence(whole.sentence):
            if alike(whole, part) and _amount(view, part) and not is_named_total(name_of(view, part)) \
                    and not said_as_total(view, part):
                noun = whole_noun(view, whole, part)  # the whole's whole noun: `规模以上企业总数` holds no `加工企业`
                if noun:
                    out.append(part_of_draft(whole, part, f"“{noun}”总数 {whole.written} 之中的一部分，其", None))
    return out


def _sentences_before(view: PageView, n: Num, reach: int) -> list[Num]:
    """The numbers of n's sentence and the `reach` sentences before it: bounded, so that a page of
    one long paragraph stays linear."""
    return [m for k in range(n.sentence - reach, n.sentence + 1) for m in view.in_sentence(k)]


def _near(view: PageView, n: Num, reach: int) -> list[Num]:
    """The numbers of n's paragraph within `reach` sentences of it."""
    return [m for k in range(n.sentence - reach, n.sentence + reach + 1) for m in view.in_sentence(k)
            if m.paragraph == n.paragraph]
