"""A body's own units written right after its name (中共中央政治局, 新华社香港分社,
国务院侨办, 国家体委宣传司): one organization, the body's name and the unit's. Found after every
other rule, as the body may be a known name or a word jieba tags (中共中央) that the suffix
rule never sees."""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Optional

from ..lexicon import table, word_list
from .spans import Spans
from .words import Words

_MAX_UNIT = 16  # characters of a unit's name after the body's (振兴京剧指导委员会办公室)
_PLAIN_UNIT = 8  # of a unit with no verb of what it does (江西金溪县支行)
_UNIT_TAGS = ("n", "nt", "nz", "ns", "j", "vn")


@lru_cache(maxsize=1)
def _lists() -> tuple[tuple[str, ...], tuple[str, ...], frozenset, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    t = table("names/org_suffixes.toml")
    # a common word ending in a unit word (关系, 本科) stops a unit as a joining word does
    return tuple(t["unit_words"]), tuple(t["companies"]), \
        frozenset(t["joins"] + t["conjunctions"]), tuple(t["branch_words"]), tuple(t["sections"]), tuple(t["unit_not"])


@lru_cache(maxsize=1)
def _boards() -> tuple[str, ...]:
    return tuple(table("names/org_suffixes.toml")["boards"])


@lru_cache(maxsize=1)
def _clause_verbs() -> frozenset[str]:
    return frozenset(table("names/org_suffixes.toml")["clause_verbs"])


@lru_cache(maxsize=1)
def _unit_verbs() -> frozenset[str]:
    return frozenset(table("names/org_suffixes.toml")["unit_verbs"])


@lru_cache(maxsize=1)
def _armed() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    t = table("names/org_suffixes.toml")["armed_units"]
    return tuple(t["bodies"]), tuple(t["units"]), frozenset(t["not_inside"])


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(word_list("names/titles.txt"))


def join_units(text: str, words: Words, orgs: list, make: Callable, places: Optional[Spans] = None,
               fresh: frozenset[int] = frozenset()) -> list:
    """orgs with each one that a unit follows replaced by the body and unit (make(start, end,
    name) builds one); a unit is a few nouns ending in a unit word, no verb among them, and
    a company's departments are no unit (…公司办公室). fresh: where a province or city written
    in full begins; a unit headed so is a branch (…银行上海分行) or no unit (…计生委吉林省农业科学院)."""
    endings, companies, joins, branches, _, _ = _lists()
    by_start = {o.start: o for o in orgs}
    out, dropped = [], set()
    for o in sorted(orgs, key=lambda o: o.start):
        if id(o) in dropped:
            continue
        armed = _armed_end(words, o, places or Spans(())) if o.name.endswith(_armed()[0]) else None
        end = _unit_end(words, armed or o.end, endings, joins, places or Spans(())) or armed
        if end is None or o.name.endswith(companies) and not text.endswith(_boards(), o.end, end) \
                or (o.end in fresh and not text.endswith(branches, o.end, end)):
            out.append(o)
            continue
        inner = by_start.get(o.end)  # 团中央 + 中央书记处? no: a found name starting at the end
        if inner is not None and inner.end > end:
            out.append(o)
            continue
        if inner is not None:
            dropped.add(id(inner))
        out.append(make(o.start, end, text[o.start:end]))
    return [o for o in out if id(o) not in dropped]


_ARMED_MAX = 10  # characters of an armed unit's own name (驻张家口部队, ３７４１６部队)
# tags of the words before an armed unit's word: nouns, places, numbers (给水/团, ２５１/医院)
_ARMED_TAGS = ("n", "m", "j", "x")


def _armed_end(words: Words, o, places: Spans) -> Optional[int]:
    """Where an armed unit written right after an armed body ends (北京军区/给水团, 新疆军区/某/汽车团,
    北京军区/驻/张家口/部队), or None. Its words are nouns, numbers, 某, or 驻 and a place; a
    verb may only name a troupe (沈阳军区/前进/话剧团); a person's name, a title or a clause's word
    ends it (北京军区/所属/部队, 北京军区/政委/张三)."""
    _, units, not_inside = _armed()
    toks = words.between(o.end, o.end + _ARMED_MAX)
    if not toks or toks[0][0] != o.end:
        return None
    for i, t in enumerate(toks):
        w, tag = t[2], t[3]
        if places.contains(t[0], t[1]):
            tag = "ns"  # (jieba may read a place a person's name: 驻/张家口/nr)
        if w in not_inside or w in _titles() or tag.startswith("nr") or not w.strip() \
                or tag == "x" and not w.isdigit():
            return None
        if w.endswith(units) and tag.startswith(("n", "j")) and w not in _lists()[5]:
            # (a bare unit word right after the body is its troops or any of its units: 南京军区/部队)
            return t[1] if i or w not in units else None
        if w == "某" or w == "驻" and i == 0:
            continue
        if tag == "v" and len(w) == 2 and i + 1 < len(toks) and len(toks[i + 1][2]) >= 3 \
                and toks[i + 1][2].endswith(units):
            continue  # 前进/话剧团: the troupe's own name
        if not tag.startswith(_ARMED_TAGS):
            return None
    return None


def _unit_end(words: Words, at: int, endings: tuple[str, ...], joins: frozenset, places: Spans):
    """Where a unit that starts at `at` ends, or None (a word that joins two bodies, 会同, 和,
    is none: …支队会同市教育局 names two). A place of the unit (江西/金溪县/支行) and the unit word
    itself count whatever jieba's tag (it reads 金溪县 a person's name, 支行 a verb)."""
    toks = words.between(at, at + _MAX_UNIT)
    if not toks or toks[0][0] != at:
        return None
    name = ""
    first = toks[0][2]
    for e in endings:
        # 铁道部/党组书记: jieba joined the unit word to the title after it
        if first.startswith(e) and first[len(e):] in _titles():
            return at + len(e)
    found, verbed = None, False
    for t in toks:
        if t[2] in joins or t[2] in _clause_verbs() or t[2].endswith(_lists()[5]):
            break  # (and a common word ending like a unit: 友好关系, 本科)
        if (not t[3].startswith(_UNIT_TAGS) or t[3] == "v" or t[3].startswith("nr")) \
                and not places.contains(t[0], t[1]) and t[2] not in endings and t[2] not in _unit_verbs():
            break  # (a person's name ends the body: …团委书记/王小梅/复旦大学)
        verbed = verbed or t[2] in _unit_verbs()
        name += t[2]
        if len(name) > _PLAIN_UNIT and not verbed:
            break  # only a unit named by what it does runs longer (振兴京剧指导委员会办公室)
        if name.endswith(endings) and places.contains(t[0], t[1]) and t[2] not in endings:
            break  # 新华社/莫斯科: a place ending like a section (科) is no unit
        if name.endswith(endings):
            # one character before a one-character unit word is a verb's or a clause's (地质部/建部以来)
            # (but a section jieba writes as one word of two: 外科, 中文系)
            if not (len(name) > 2 or name in endings or (name == t[2] and name.endswith(_lists()[4]))):
                break
            found = t[1]  # and a unit of the unit may follow (…委员会/办公室)
    return found
