"""part_of: a part counted right after its whole, its noun left out because it is the whole's.

    57 户人家的土坯房冲走了 53 户。          `V 了 M 户`: what the verb did to some of the things
    14 场演出我看了 12 场，…                 counted before it (the whole is the topic)
    1600 多名报考者中的前 570 名都…          `X 中(的)(前) M`: among the things just counted
    500 余名青年干部中挑选了 17 名，…
    8 万元货款扣下 5000 元的押金，…          a verb of taking some out (`扣下`, `核销`, `拨出`) right
    坏账 1.2 万亿日元，计划核销 0.5 万亿日元   before the part: some of the stock or sum just said

The part is the first number after the whole, in its clause or the next one of its sentence, of
the same unit (among.counts_alike). `中` after the whole's noun says the part is among them: a
part over its whole is an error of the text. After a verb, nothing may follow the part but a
break or a word that starts what is said of it (its noun is left out: it is the whole's). A verb and `了` only say the
verb acted on some of them; a verb of making (`产了 7 只`, data/elided_parts.toml) counts new
things and is not read. Where `把` makes the whole the verb's object (`把 57 户…冲走了 53 户`),
`被` follows it (`4 台…被封存了 3 台`) or a pronoun is the verb's subject (`14 场演出我看了 M 场`:
the whole is the topic), a part over its whole is an error of the text; else the
verb may reach other things too, and it is unverifiable. A part said with a word of
total or change (`共`, `累计`, `增加`: data/subsets.toml not_part) is not read.
"""
from __future__ import annotations

from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .among import counts_alike
from .amounts import is_amount, is_change
from .findings import part_of_draft
from .lists import pos_tags
from .model import CLAUSE_BREAKS, Draft, Num, PageView

_WHOLE_QUALIFIERS = ("exact", "about", "over")
_WEAK = "动词所及的未必都是前面所数的事物"
_WEAK_TAKEN = "取出的部分也可能来自别处"
_BREAKS = CLAUSE_BREAKS + "、"


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("elided_parts.toml")["elided"]


@lru_cache(maxsize=1)
def _subsets() -> dict:
    return cues.table("subsets.toml")["subsets"]


def check(view: PageView) -> list[Draft]:
    out = []
    for i, whole in enumerate(view.nums):
        if whole.type not in SUMMABLE_TYPES or is_change(view, whole) or whole.qualifier not in _WHOLE_QUALIFIERS:
            continue
        part = _next_alike(view, i)
        if part is None:
            continue
        between = view.text[whole.end:part.start]
        among = _among(between)
        taken = _taken(between)
        how = among or taken or _acted_on(between, view.text[view.clause_start(whole.start):whole.start])
        if how is None or not counts_alike(view, whole, between, part) \
                or not among and not _noun_left_out(view, part, _data()["purposes"] if taken else ()):
            continue  # after a verb, a noun of the part's own counts other things (`修复了 25 台泵站`)
        if not is_amount(view, whole) and not (whole.qualifier == "over" and among):
            continue  # `10 亿元以上项目 9 个` is a bound on each; `1600 多名…中的前 570 名` is among them
        why, weak = how
        out.append(part_of_draft(whole, part, f"“{whole.written}”之后{why}", weak))
    return out


def _countable(view: PageView, n: Num) -> bool:
    return n.type in SUMMABLE_TYPES and is_amount(view, n) and not is_change(view, n)


def _next_alike(view: PageView, i: int) -> Num | None:
    """The first number after nums[i], if it is of the same type, within reach, in the same
    sentence, and no more than one clause break lies between."""
    whole = view.nums[i]
    if i + 1 >= len(view.nums):
        return None
    part = view.nums[i + 1]
    between = view.text[whole.end:part.start]
    if part.sentence != whole.sentence or part.type != whole.type or len(between) > _data()["reach"] \
            or sum(ch in CLAUSE_BREAKS for ch in between) > 1 or part.qualifier in ("range", "under") \
            or not _countable(view, part):
        return None
    opening = view.text[view.clause_start(whole.start):whole.start]
    lead = view.text[view.clause_start(part.start):part.start]
    if any(w in opening for w in _subsets()["not_whole"]) or any(w in lead for w in _subsets()["not_part"]):
        return None  # `每年 300 万`: a rate; `共 12 个`, `增加 5 个`: a total or a change
    return part


def _among(between: str) -> tuple[str, None] | None:
    """`…报考者中的前 M`: the words after the whole end with `中` (and `的`, `前`) or with `中` and a
    verb and `了`, its noun before `中` in one clause."""
    for w in sorted(_data()["among"], key=len, reverse=True):
        at = between.rfind(w)
        if at <= 0 or any(ch in _BREAKS for ch in between[:at]) or not _noun_then_among(between[:at + 1]):
            continue
        rest = between[at + len(w):]
        if rest == "" or (rest.endswith("了") and not any(ch in CLAUSE_BREAKS for ch in rest)
                          and not _making(rest)):
            return "说其中的", None
    return None


def _noun_then_among(words: str) -> bool:
    """`青年干部中`: a noun, then `中` as a word of its own (not `高中`, not `年中` of a time)."""
    tagged = pos_tags(words)
    return len(tagged) >= 2 and tagged[-1][0] == "中" and tagged[-2][1] in _data()["noun_tags"]


def _acted_on(between: str, opening: str) -> tuple[str, str | None] | None:
    """`…土坯房冲走了 M`: the part's clause ends with a verb and `了` right before it. The whole
    as the object of `把` before it, or `被` after it, is what the verb acted on: a part over it is
    an error of the text; else the verb may reach other things too."""
    if not between.endswith("了") or _making(between) or "、" in between:
        return None
    acted = opening.endswith(tuple(_data()["object_marks"])) or any(w in between for w in _data()["passive_marks"]) \
        or _topic(between)
    return "说动词所及的", None if acted else _WEAK


def _taken(between: str) -> tuple[str, str] | None:
    """`…货款扣下 M`, `…坏账，计划核销 M`: a verb of taking some out of a stock or sum (data `taking`)
    right before the part, `了` after it or not. What is taken comes out of the whole just said, but
    the verb may also draw on other stocks: a part over the whole is unverifiable."""
    verb = between[:-1] if between.endswith("了") else between
    if "、" in between or not verb.endswith(tuple(_data()["taking"])) or _other_source(between):
        return None
    return "说从中取出的", _WEAK_TAKEN


def _other_source(between: str) -> bool:
    """`从外省调出 M`: the part is taken from a source named other than the whole just said
    (`从中`, `从其中` name the whole)."""
    d = _data()
    return any(not between[at + 1:].startswith(tuple(d["from_whole"]))
               for at, ch in enumerate(between) if ch in d["from_marks"])


def _topic(between: str) -> bool:
    """`14 场演出我看了 M 场`: a person's pronoun as the subject of the verb right before `了` makes
    the whole the topic, the thing the verb was done to."""
    clause = between[max(between.rfind(ch) for ch in _BREAKS) + 1:]
    for w in sorted(_data()["subjects"], key=len, reverse=True):
        at = clause.rfind(w)
        if at >= 0 and clause[at - 1:at] != "其" and 1 <= len(clause) - at - len(w) - 1 <= _data()["topic_verb"]:
            return True
    return False


def _making(words: str) -> bool:
    """A verb of making right before `了` (`产了`, `新建了`)."""
    verb = words[:-1]
    return any(verb.endswith(w) for w in _data()["making"])


def _noun_left_out(view: PageView, part: Num, purposes: tuple[str, ...] | list[str] = ()) -> bool:
    """Nothing after the part but a break or a word that starts what is said of it (`都`, `被`), or
    one of `purposes` (`拨出 M 用于…`: what a sum taken out is for)."""
    after = view.text[part.end:part.end + 1]
    return after == "" or after in CLAUSE_BREAKS or after in _subsets()["predicate_starts"] \
        or view.text.startswith(tuple(purposes), part.end)
