"""category_parts: a part that is a known kind of its whole, though the two names share no head noun.

    全省常住人口 6500 万人，城镇人口 4200 万人          `城镇人口` is a kind of `常住人口`
    电力总装机 2630 万千瓦，风电 710 万千瓦              `风电` is a kind of `装机`
    市场主体稳步增长。总量 96 万户，企业 31 万户        a whole named by its total word only takes
                                                        its thing from the words just before it
    耕地保有量 870 万亩、永久基本农田 720 万亩          each name with its own word of measure
                                                        (`保有量`, `保护面积`: neither names another thing)
The whole → kinds sets are data (data/category_parts.toml), written from how reports and news
state them: `a part and its whole share a head noun or a category set`. The reader generates the
relation broadly from names alone: two figures of one measure (type and unit), the whole a level or
a stock (no change, no comparison) whose name is a whole word with nothing before it but scope
(`全省`, `年末`, `总`), the part's name holding a kind of that whole's set and no word of change
(`新增`) or of another measure (`人均`), the same place and the part's period inside the whole's
(where both are stated), in one sentence or the part one sentence after the whole, in one
paragraph (a whole said after its kind names itself a total: `公路总里程`), with a bounded number of figures between. Names alone are weak evidence: the arithmetic
that holds (part < whole) is what makes the relation worth reporting, so only `consistent` is said,
and a part over its whole says nothing (the names may speak of different scopes or years).
Linear in the page: each figure looks back over a bounded window of figures.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from ..traditional import simplified_view
from . import cues
from .amounts import is_change
from .findings import part_of_draft
from .heads import head, months, overlapping_scope, record_field, unscoped
from .model import Draft, Num, PageView
from .wording import is_increment

Sets = tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]  # (whole words, kind words), longest first


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("category_parts.toml")["category_parts"]


@lru_cache(maxsize=1)
def _sets() -> Sets:
    return tuple((_longest(s["wholes"]), _longest(s["kinds"])) for s in cues.table("category_parts.toml")["set"])


@lru_cache(maxsize=1)
def _same_sentence() -> frozenset[int]:
    """The sets whose kinds are a breakdown said with their whole, in its sentence (the sources of
    a project's funds): a `贷款` a sentence on is as often a bank's balance."""
    return frozenset(i for i, s in enumerate(cues.table("category_parts.toml")["set"]) if s.get("same_sentence"))


def _longest(words: Iterable[str]) -> tuple[str, ...]:
    """The words once each, longest first (a longer word wins over the shorter one inside it)."""
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _whole_lead() -> tuple[str, ...]:
    """The scopes any whole's name may open with (cues.toml [rate] whole_scopes) and this reader's
    own words of stock and of keeping a level, longest first."""
    return _longest(cues.words("rate", "whole_scopes") + tuple(_data()["whole_lead"]))


@lru_cache(maxsize=1)
def _other_measure() -> tuple[str, ...]:
    """Words that make a name a change or another measure: the verbs of change of cues.toml [growth]
    (of two characters or more: `增` alone sits in `增值税`), this reader's own words of change and
    of a figure per unit."""
    data = _data()
    verbs = [w for w in cues.words("growth", "up") + cues.words("growth", "down") if len(w) >= 2]
    return _longest(verbs + data["change_words"] + data["per_unit_words"])


@lru_cache(maxsize=1)
def _neutral() -> tuple[str, ...]:
    return _longest(_data()["neutral"])


@lru_cache(maxsize=1)
def _reach() -> tuple[str, ...]:
    return _longest(_data()["reach_words"])


def check(view: PageView) -> list[Draft]:
    data = _data()
    out: list[Draft] = []
    back: list[tuple[Num, dict[int, str]]] = []  # recent wholes: the figure, and each set it is the whole of with the words after its whole word
    nums = [n for n in view.nums if _amount(view, n)]
    wholes = [_whole_sets(view, n, data) for n in nums]
    for k, part in enumerate(nums):
        back = [b for b in back if b[0].paragraph == part.paragraph
                and part.sentence - b[0].sentence <= data["sentences_back"]][-data["figures_back"]:]
        ahead = [(nums[j], wholes[j]) for j in range(k + 1, min(len(nums), k + data["figures_back"]))
                 if nums[j].sentence == part.sentence and wholes[j] and _total_named(nums[j], data)]
        whole = _whole_of(view, part, back[::-1] + ahead, data)
        if whole is not None:
            out.append(part_of_draft(whole[0], part, whole[1]))
        if wholes[k]:
            back.append((part, wholes[k]))
    return out


def _total_named(n: Num, data: dict) -> bool:
    """A whole said after its kind names itself a total (`农村公路 6.4 万公里，公路总里程 9.2 万公里`):
    figures of one sentence without it are as often siblings of a list (`43 名领导干部，…2 万名干部`)."""
    return any(w in _name(n) for w in data["total_words"])


def _whole_of(view: PageView, part: Num, candidates: list[tuple[Num, dict[int, str]]], data: dict) -> tuple[Num, str] | None:
    """The nearest figure before the part (then after it, in its sentence) whose set holds a kind
    the part's name holds, measured alike, in scope, and larger: a part as large as its whole or
    over it says nothing (the same figure said twice, or names of other scopes)."""
    pm = _name(part)
    for whole, sets in candidates:
        if whole is part or not _measured_alike(part, whole) or not _within(part, whole):
            continue
        for i, rest in sets.items():
            if i in _same_sentence() and whole.sentence != part.sentence:
                continue
            kind = _kind_in(pm, *_sets()[i])
            if kind is None:
                continue
            left, _, right = pm.partition(kind)
            if left and left[-1] + kind[1:] in _sets()[i][1]:
                continue  # `中小学`: 中学 and 小学 joined, a list the list readers take
            if any(w in left + right for w in _other_measure()) or not _alike(right, rest, _sets()[i][0]):
                continue
            # `服务企业`, `培训农民工`: the kind is what an act was done to; the figure counts the acts
            if left.endswith(tuple(data["flow_words"])) or _spans_differ(view, part, whole, kind, data) \
                    or _other_place(view, whole, kind, data):
                continue
            if part.value < whole.value:
                return whole, f"“{pm}”是“{_name(whole) or rest}”所含的一类："
            return None  # the nearest whole of the kind is the one its name speaks of: no other
    return None


def _kind_in(name: str, whole_words: tuple[str, ...], kinds: tuple[str, ...]) -> str | None:
    """The longest kind the name holds, not inside a longer whole word of its set the name also
    holds (`货物进出口` holds 出口 only as a piece of 进出口)."""
    kind = next((k for k in kinds if k in name), None)
    if kind is None or any(len(w) > len(kind) and kind in w and w in name for w in whole_words):
        return None
    return kind


def _measured_alike(part: Num, whole: Num) -> bool:
    """One type and unit; or two counts one of which has no classifier (`9 亿劳动力`: its unit is its
    noun, the end of its name), a kind of the other's thing and so counted as it is. A classifier
    that only holds the other's (`人次` is no `人`: visits, not people) is another measure."""
    if part.same_measure(whole) or part.type == whole.type == "count" and any(
            part.unit in f and whole.unit in f for f in _data()["unit_families"]):
        return True
    return part.type == whole.type == "count" and any(n.unit and _name(n).endswith(n.unit) for n in (part, whole))


def _clause_before(view: PageView, n: Num, after: int = 0) -> str:
    """The words of the figure's clause before it (from `after` on, where that is later)."""
    return view.text[max(view.clause_start(n.start), after):n.start]


def _spans_differ(view: PageView, part: Num, whole: Num, kind: str, data: dict) -> bool:
    """A stock (`存栏`, `余额`, a whole said `年末`) and a flow (`全年出栏肉牛`, `培训`): what is held at
    a time is no sum of what was done over the period. The part's words are its name but its kind
    (`社区卫生服务中心` is a thing) and its clause after the whole."""
    said = _name(whole) + _clause_before(view, whole)
    if not any(w in said for w in data["stock_words"] + data["stock_times"]):
        return False
    part_said = _name(part).replace(kind, "|") + "|" + _clause_before(view, part, whole.end if whole.end <= part.start else 0)
    for w in data["flow_things"]:  # `服务业`: a sector, no act
        part_said = part_said.replace(w, "|")
    return any(w in part_said for w in data["flow_words"])


def _other_place(view: PageView, whole: Num, kind: str, data: dict) -> bool:
    """A whole that says its own place is the town (`市区 13 万人口`) holds no countryside kind
    (`沿途 1.66 万农村人口`: its neighbours, counted beside it)."""
    said = _name(whole) + _clause_before(view, whole)
    return any(w in said for w in data["town_words"]) and any(w in kind for w in data["country_words"])


def _amount(view: PageView, n: Num) -> bool:
    """A stated amount that adds up: not a change, a comparison, a range or a figure under a bound."""
    if n.type not in SUMMABLE_TYPES or n.sentence < 0 or n.value <= 0 or n.qualifier in ("range", "under") \
            or is_increment(view, n):
        return False
    if _start_of_change(view, n):
        return False
    # `企业主体超 220 万户`: a figure read as a lower bound after `超` is an amount, not an excess
    return not is_change(view, n) or n.qualifier == "over" and view.label_before(n).endswith(tuple(_data()["over_words"]))


def _start_of_change(view: PageView, n: Num) -> bool:
    """`贫困人口从 1978 年的 2.5 亿人减少到…`: the level a change starts from, of another time."""
    data = _data()
    clause = view.text[view.clause_start(n.start):n.start]
    after = view.text[n.end:n.end + data["to_reach"]]
    return any(w in clause for w in cues.words("growth", "from_words")) and any(w in after for w in cues.words("growth", "to_words"))


def _name(n: Num) -> str:
    return simplified_view(n.rec.get("metric") or "")


def _whole_sets(view: PageView, n: Num, data: dict) -> dict[int, str]:
    """The sets whose whole the figure's name is (a whole word with only scope before it, no kind of
    the set in it, no word of change), and the words after the whole word (its word of measure)."""
    name = _name(n)
    if not name or any(w in name for w in _other_measure()):
        return {}
    if name in data["bare_totals"] or _bare_head(view, n, data):
        name = _said_before(view, n, data) or name  # `市场主体稳步增长。总量…`: the thing said just before
    found: dict[int, str] = {}
    for i, (whole_words, kinds) in enumerate(_sets()):
        said = [w for w in whole_words if w in name]
        if not said:
            continue
        word = min(said, key=lambda w: (name.find(w), -len(w)))  # the word that leaves the fewest words before it
        lead, _, after = name.partition(word)
        if any(k in lead + "|" + after for k in kinds):  # `城镇常住人口`: itself a kind; `进出口总额` holds 出口 in its own word
            continue
        # `项目总投资`: a word of total makes the whole of whatever the words before it name
        if any(lead.endswith(w) or word.startswith(w) for w in data["total_words"]) \
                or _scope_only(lead, record_field(n, "place") or "", data):
            found[i] = after
    return found


def _bare_head(view: PageView, n: Num, data: dict) -> bool:
    """The figure's clause names it by a total word only (`总量接近 800 万户`)."""
    name = unscoped(head(view, n))
    for w in _reach():
        name = name.removesuffix(w)
    return name in data["bare_totals"]


def _said_before(view: PageView, n: Num, data: dict) -> str | None:
    """The last whole word said in the characters before a figure named by a total word only, in
    its paragraph (the heading of a run: `市场主体稳步增长。`)."""
    before = view.text[max(0, n.start - data["bare_reach"]):n.start].rpartition("\n")[2]
    at, found = -1, None
    for whole_words, _ in _sets():
        for w in whole_words:
            k = before.rfind(w)
            if k > at:
                at, found = k, w
    return found


def _scope_only(lead: str, place: str, data: dict) -> bool:
    """Words before a whole word that only say where or when (`全省`, `年末`) or name the figure's
    own place (`天津实现财政收入`, the record's place 天津市): the whole of it."""
    for end in (False, True):  # from the front, then from the back
        while lead:
            word = next((w for w in _whole_lead() if (lead.endswith(w) if end else lead.startswith(w))), None)
            if word is None:
                break
            lead = lead[:-len(word)] if end else lead[len(word):]
    return not lead or len(lead) >= data["place_min"] and simplified_view(place).startswith(lead)


def _alike(part_rest: str, whole_rest: str, whole_words: tuple[str, ...]) -> bool:
    """The kind is the head of the part's name: the words after it name its measure, the one after
    the whole word, or only words that name no other thing (`面积`, `保有量`, `总量`), or the measure
    a whole word of its set ends with (`光伏装机` in `电力装机`, `玉米产量` in `粮食产量`). A kind with
    other words after it modifies another thing (`企业服务平台`, `企业家协会`)."""
    a, b = _bare(part_rest), _bare(whole_rest)
    return a == b or not a or not b and any(w.endswith(a) for w in whole_words)


def _bare(rest: str) -> str:
    for w in _neutral():
        rest = rest.replace(w, "")
    return rest


def _within(part: Num, whole: Num) -> bool:
    """The same place and the part's period inside the whole's, where both state one."""
    pp, wp = record_field(part, "period"), record_field(whole, "period")
    inside = not pp or not wp or months(wp)[0] <= months(pp)[0] and months(pp)[1] <= months(wp)[1]
    return inside and overlapping_scope(part, whole)
