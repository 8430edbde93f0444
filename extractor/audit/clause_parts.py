"""part_of for parts after `其中` that sum.py does not take as a breakdown.

    农产品加工企业总数达到 1.6 万家。其中规模以上农产品加工企业 4800 家。
                    `其中` opening a sentence with one part: the whole is the last number of
                    its measure in the sentence before, named by the end of the part's name
                    or as a kind of it (a part over it is inconsistent where that number is
                    the only one of its measure there, else unverifiable: the part may be of
                    another of them)

    各项贷款新增 8620 亿元，其中普惠小微贷款新增 1370 亿元，绿色贷款新增 2215 亿元
                    each clause a statement of its own, said with the whole's verb (`新增`);
                    the names, less that verb, end in no common noun: loans by
                    industry and loans by product may hold the same loan, so a sum of the
                    parts says little and each part is held against the whole alone
Parts listed with `、` (`其中风电 3120 万千瓦、光伏 2460 万千瓦`) or named alike (`第一产业增加值`
… `第二产业增加值`) are categories of one division: sum.py adds them up, and nothing is said
here. The whole of parts in clauses is the number of their measure right before `其中` in its
sentence.
"""
from __future__ import annotations

import os
from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from . import cues, part_names
from .amounts import is_change
from .findings import part_of_draft
from .heads import head, unscoped
from .lists import pos_tags
from .model import Draft, Num, PageView
from .stated_bound import way_before
from .declared_sets import complementary

_WHOLE_REACH = 30  # characters between the whole and the `其中` clause
_SHARED_NOUN = 2  # names ending in a common noun this long name parts of one division
_CLAUSE_LEAD = 12  # a part's number comes this early in its clause


def check(view: PageView) -> list[Draft]:
    return _overlapping(view) + _opening(view)


def _opening(view: PageView) -> list[Draft]:
    """`农产品加工企业总数达到 1.6 万家。其中规模以上农产品加工企业 4800 家。`: `其中` opening a
    sentence with one part, the whole the last number of its measure in the sentence before (in
    the paragraph), named by the end of the part's name (`农产品加工企业`, `投资`) or as a kind of
    it (data/part_names.toml). `其中` says the part is within what the sentence before counts:
    where that sentence holds one number of the part's measure, a part over it is an error; where
    it holds several, the part may be of another than the last, and over it is unverifiable."""
    drafts = []
    for m in cues.pattern("sum", "partial").finditer(view.text):
        sent = view.sentence_index(m.start())
        if sent <= 0 or view.text[view.sentences[sent].start:m.start()].strip() \
                or view.sentences[sent - 1].paragraph != view.sentences[sent].paragraph:
            continue
        stop = view.clause_end(m.end() + 1)
        after = [n for n in view.between(m.end(), stop) if n.type in SUMMABLE_TYPES]
        rest = [n for n in view.in_sentence(sent) if n.start >= stop and after and n.same_measure(after[0])]
        if len(after) != 1 or rest or is_change(view, after[0]):
            continue  # a breakdown of two parts or more is sum.py's
        part = after[0]
        # a bound said of the sentence's value (`，首次突破百亿元大关`) is no whole of its own
        before = [n for n in view.in_sentence(sent - 1) if n.same_measure(part) and not is_change(view, n)
                  and way_before(view.label_before(n).rstrip("了")) is None]
        if not before:
            continue
        whole = before[-1]
        wname, pname = _bare(unscoped(head(view, whole))), _unverbed(unscoped(head(view, part)))
        kind = part_names.kind_of(wname, pname)
        if len(wname) >= _SHARED_NOUN and (pname.endswith(wname[-_SHARED_NOUN:]) or kind):
            weak = None if len(before) == 1 else "上一句有几个同类的数，部分未必属于最后一个"
            drafts.append(part_of_draft(whole, part, "句首“其中”之后的部分", weak))
        elif len(before) == 1 and _measured(part) and not _restricted(view, whole):
            drafts.append(part_of_draft(whole, part, "句首“其中”之后的部分（上一句此单位只有这一个数）",
                                        "部分的名称与上一句的数不同，未必是它的一部分"))
    return drafts


@lru_cache(maxsize=1)
def _only_words() -> tuple[str, ...]:
    return tuple(cues.table("subsets.toml")["subsets"]["restricted"])


def _restricted(view: PageView, whole: Num) -> bool:
    """`仅有 2 人在 60 岁以下。其中 4 位…`: a number said as only a few is no whole `其中` refers to
    (data/subsets.toml restricted)."""
    return any(word.startswith(_only_words()) for word, _ in pos_tags(view.label_before(whole)))  # `仅有`, not `人才`


def _measured(part: Num) -> bool:
    """A unit that measures (money, length, people) rather than classifying things (`所`, `个`)."""
    return part.type != "count" or part.unit in cues.words("part_of", "opening_measured_counts")


def _unverbed(name: str) -> str:
    """A name less the verb that ends it (`地方财政收入完成` names 地方财政收入)."""
    verb = cues.ends_with_any(name, "part_of", "verbs")
    return name[: -len(verb)] if verb and len(name) > len(verb) else name


def _bare(name: str) -> str:
    """A whole's name less the total word that ends it (`企业总数` names 企业)."""
    for w in cues.words("part_of", "stock") + ("数量", "规模"):
        if name.endswith(w) and len(name) > len(w):
            return name[: -len(w)]
    return name


def _overlapping(view: PageView) -> list[Draft]:
    drafts = []
    for m in cues.pattern("sum", "partial").finditer(view.text):
        sent = view.sentence_index(m.start())
        if sent < 0:
            continue
        parts = _clause_parts(view, m.end(), view.sentences[sent].end)
        if len(parts) < 2 or not all(p.same_measure(parts[0]) for p in parts):
            continue
        wholes = [n for n in view.in_sentence(sent) if n.end <= m.start() and n.same_measure(parts[0])
                  and view.clause_start(m.start()) - n.end <= _WHOLE_REACH and not is_change(view, n)]
        names = [_name(view, p) for p in parts]
        if not wholes or any(len(x) < _SHARED_NOUN for x in names) or _alike(names) or complementary(names):
            continue  # parts of one division (出口/进口 too) are added up by sum.py
        verb = _verb(_label(view, wholes[-1]))
        if not verb or any(_verb(_label(view, p)) != verb for p in parts):
            continue  # each part said with the whole's own verb (`新增`): one statement repeated
        for part in parts:
            drafts.append(part_of_draft(wholes[-1], part, "“其中”分句所列、可能互有重叠的部分"))
    return drafts


def _clause_parts(view: PageView, start: int, end: int) -> list[Num]:
    """The first number of each clause from `start` on, while every clause opens with a name
    and its number (`，` between them, no `、` list, no `；`)."""
    parts: list[Num] = []
    pos = start + (1 if view.text[start:start + 1] in "，：" else 0)
    while pos < end:
        stop = view.clause_end(pos)
        if view.text[stop:stop + 1] not in ("，", "。", ""):
            if view.text[stop:stop + 1] == "；" and parts:
                stop = min(stop, end)
            else:
                return []
        nums = [n for n in view.between(pos, min(stop, end)) if n.type in SUMMABLE_TYPES]
        if nums:
            first = nums[0]
            if first.start - pos > _CLAUSE_LEAD or "、" in view.text[pos:stop] or is_change(view, first):
                return parts
            parts.append(first)
        elif parts:
            return parts
        if view.text[stop:stop + 1] != "，":
            return parts
        pos = stop + 1
    return parts


def _label(view: PageView, n: Num) -> str:
    return view.text[view.clause_start(n.start):n.start]


def _verb(label: str) -> str | None:
    return cues.ends_with_any(label, "part_of", "increment") or cues.ends_with_any(label, "part_of", "verbs")


def _name(view: PageView, n: Num) -> str:
    """The words before a part in its clause, less the verbs that end them (`新增`)."""
    name = _label(view, n)
    for _ in range(2):
        verb = _verb(name)
        if verb:
            name = name[: -len(verb)]
    return name


def _alike(names: list[str]) -> bool:
    """Whether some two names end in the same noun (then they name parts of one division)."""
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if len(os.path.commonprefix([a[::-1], b[::-1]])) >= _SHARED_NOUN:
                return True
    return False
