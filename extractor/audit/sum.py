"""sum: a total and its parts.

Structures read (cue words in data/cues.toml):
    T，其中 A a，B b          parts after `其中`/`包括`/a colon (right after the total), across the
                              clauses of the sentence while each clause opens with its number
                              (after `；` with nothing before it: `；133 人咨询了…`)
    …。其中，A a，B b          a breakdown opening its sentence: the total is in the sentence
                              before (only with two parts or more); `分领域看，`/`分城乡看，`
                              likewise (data/cues.toml [sum] by_dimension)
    …其中，A a，…；B b，…      after `；` a part labelled like the first (`第一产业增加值` …
                              `第二产业增加值`) goes on
    T，包括 A a，以及 B b     a clause joined on (`以及`) goes on with the parts, however long
    由 A 增加到 T，其中 x 由 a 增加到 t，…   levels: the levels started from add up as those reached do
    T，按来源分：A a，B b     a dimension inside the total's sentence, after its clause (`按…分`
                              there divides it into every category) or after `；` (the total is
                              then the one the sentence's first breakdown divides)
    T，分别为 A a、B b         `分别为` opening the clause right after the total's: every part
    A a、B b，共 T            parts before `共`/`合计` (sum_after.py)
    100 个项目分为 30 个重点项目、70 个一般项目   a partition (found by hierarchy.py)
Parts and total share type and unit (money with money, 笔 with 笔, 名 with 人). Not parts or
totals: changes (`比上年增加 5 亿元`), rates and extremes (`每平方公里 600 人`, `最高`), the size
of each of several units (`两台 33 万千瓦机组`), numbers named as other totals or compared
(`小项共 40 个`, `占 68 个的`). A nested `其中` takes its parts out of the outer breakdown (to
the next `；`, or to its closing bracket).

A breakdown is exhaustive (its parts must add up to the total, within the tolerance) when its
parts name every member of a complementary category set (男/女, 城镇/农村, 个人/企业, 中央/
省级/市级…, data/complementary.toml), say `分别为`, or end with a part named as what is left
(`其他建设项目`, of three parts or more, the total in the same sentence or in the one before a
sentence opening with the cue, where the next says no other amount of its unit), unless the list is
open (`等`); otherwise
it is partial, and its parts must only not exceed the total (parts named by a property that
may overlap, `具有…`, are then unverifiable). A breakdown with one part is a part_of finding.

Where the parts end is breakdown_region.py's; the total the cue divides, breakdown_totals.py's;
whether the parts are every category, exhaustive_parts.py's; this module ties them together.
"""
from __future__ import annotations

from ..fact_types import SUMMABLE_TYPES
from . import counted_parts, cues, dimension_wholes, range_spread, sum_after
from .amounts import is_change as _changed, marked_total as _marked_total
from .bases import usable_amount as _amount  # a base of a comparison (`上年为 B`) is neither total nor part
from .breakdown_cues import cue_re as _cue_re, is_dimension, is_respective
from .breakdown_region import nested_spans, opens_with_amount, parenthesized, parts_end, short_of_whole
from .breakdown_totals import equal_total, total_for
from .declared_sets import complementary  # bounded_sum.py takes it from here
from .exhaustive_parts import (age_groups, complete_colon, lists_uses, may_overlap, open_list, opens_on, part_labels,
                               rest_item)
from .findings import part_of_draft, sum_draft  # part_of.py and part_names.py take part_of_draft from here
from .heads import level_in_flow, stock_in_flow
from .matched_totals import earlier_total, matched_total
from .model import Draft, Num, PageView
from .nested_parts import split_nested


def check(view: PageView) -> list[Draft]:
    return _cue_before(view) + sum_after.check(view)


def _cue_before(view: PageView) -> list[Draft]:
    cue_re = _cue_re()
    drafts = []
    for m in cue_re.finditer(view.text):
        sent = view.sentence_index(m.start())
        if sent < 0:
            continue
        s_end = view.sentences[sent].end
        region_end = parts_end(view, m.end(), s_end, is_dimension(view, m.start()))
        if parenthesized(view.text, view.sentences[sent].start, m.start()):
            # `（其中党员 20 人）`: a breakdown in brackets ends with them
            close = min((i for i in (view.text.find(c, m.end(), region_end) for c in "）)") if i >= 0),
                        default=region_end)
            region_end = close
        nested = nested_spans(view, m.end(), region_end, cue_re)
        if not opens_with_amount(view, m.end(), region_end):
            continue  # `包括干部、教师和知识分子等，5600 多个样板…`: names, not amounts
        members = [n for n in view.between(m.end(), region_end)
                   if n.type in SUMMABLE_TYPES and _amount(view, n) and not _changed(view, n) and not _marked_total(view, n)
                   and not any(a <= n.start < b for a, b in nested)
                   and not parenthesized(view.text, m.end(), n.start)]
        members, inside = split_nested(view, members)  # `住户存款中定期存款 b`: a part of a part
        drafts += inside
        groups: dict[tuple, list[Num]] = {}
        for n in members:
            groups.setdefault((n.type, n.unit), []).append(n)
        for parts in groups.values():
            # parts that add up exactly to an amount further back divide it, not the nearest
            total = matched_total(view, m.start(), parts, total_for(view, m.start(), sent, parts[0]))
            total = total or earlier_total(view, m.start(), parts)  # in a paragraph before (exact sum)
            if total is None and len(parts) > 1:
                total = equal_total(view, m.start(), sent, parts)
                if total is not None:  # no total of the parts' unit: the sum itself ties them
                    drafts.append(sum_draft(total, parts, False, "各部分之和恰为总数"))
                    continue
            if total is None or range_spread.is_spread(view, total) \
                    or (total.sentence != sent and len(parts) < 2 and not inside):
                continue  # a total from the sentence before needs a whole breakdown (or a part's own part) to be sure
            if dimension_wholes.outgrown(view, m.start(), sent, total, parts):
                continue  # `…其他各项支出 T。分级次看，县本级支出 a`: the dimension divides a larger whole before
            parts = short_of_whole(view, total, parts)
            if m.group() == "：" and view.clause_start(m.start()) > total.start and not lists_uses(view, total, m.start()):
                continue  # a colon lists the parts of a total said right before it
            if is_respective(view, m.start()) and (len(parts) < 2 or view.clause_start(m.start() - 1) > total.start):
                continue  # `，分别为` lists the parts of the total of the clause right before it
            if len(parts) == 1:
                # a lone part after a clause with an amount of another unit (`6 款机型…，其中 4 项
                # 技术…，10 款外观`) may count another thing than the total, in the unit by chance
                own = view.clause_start(parts[0].start)
                other = any(n.end <= own and n.unit != parts[0].unit for n in members)
                if stock_in_flow(view, total, parts[0]):
                    continue  # `新增…，其中…累计`: a level is no part of an addition (heads.py)
                drafts.append(part_of_draft(total, parts[0], f"“{m.group()}”之后的部分",
                                            "它前面的分句另有别的单位的数，未必是同一事物的部分" if other
                                            else level_in_flow(view, total, parts[0])))
                continue
            labels = part_labels(view, parts, m.end())
            # only named categories that partition, or 分别为, make a breakdown exhaustive
            # the category may be named after a count (`16 个预期性指标`)
            members_set = (complementary(labels) or age_groups(labels)
                           or complementary([lb + view.noun_after(p) for lb, p in zip(labels, parts)]))
            # `分别为` pairs the parts with their names; after `其中`/`包括` the names are still only
            # some of the categories, after a colon they are the breakdown of the total
            respective = (cues.contains_any(view.text[m.end():region_end], "sum", "exhaustive")
                          or complete_colon(view, m.start()) if m.group() == "：" else None)
            respective = respective or (m.group() if is_respective(view, m.start()) else None)
            # a last part named as what is left (`其他建设项目是 24 个`) makes the parts every
            # category, where the total is said in the same sentence (a breakdown of a total said
            # before may leave out what the text adds after it)
            rest = rest_item(labels, view.label_before(total)) \
                if len(parts) > 2 and (total.sentence == sent or opens_on(view, m.start(), total, sent)) else None
            # `全年共落实资金 T，按来源分：A a，B b，…`: a total divided by a dimension in its own sentence
            # (`按…分`, not `分…看`, which looks at some parts) is divided into every category
            divided = m.group() if is_dimension(view, m.start()) and m.group().startswith("按") \
                and m.group().endswith("分") and total.sentence == sent and len(parts) > 1 \
                and not any(n.same_measure(parts[0]) for n in view.between(region_end, s_end)) else None
            # `两项合计 T，其中 a，b`: the total's words count its parts, as many as are listed
            count = counted_parts.counted(view, total, parts) if total.sentence == sent else None
            exhaustive = (bool(members_set) or bool(respective) or bool(rest) or bool(divided) or bool(count)) \
                and not open_list(view, parts[-1], region_end)
            why = (f"各部分（{'/'.join(members_set)}）构成全部类别" if members_set
                   else f"“{count}”说明总数由所列的 {len(parts)} 项构成" if count
                   else f"“{respective}”列出全部类别" if respective
                   else f"最后一项“{rest}”涵盖其余类别" if rest
                   else f"“{divided}”把同句的总数分成全部类别" if divided else f"“{m.group()}”只列出部分类别")
            drafts.append(sum_draft(total, parts, exhaustive, why, not may_overlap(view, parts)))
            starts = [_start_of(view, n) for n in [total] + parts]
            if all(starts):  # `由 A 增加到 T，其中 x 由 a 增加到 t`: the levels started from add up too
                drafts.append(sum_draft(starts[0], starts[1:], exhaustive, why, not may_overlap(view, parts)))
    return drafts


def _start_of(view: PageView, n: Num) -> Num | None:
    """The level a number reached was changed from, in its clause (`由 2600 亿元增加到 3500 亿元`)."""
    from .share_lists import slot
    before = [m for m in view.between(view.clause_start(n.start), n.start) if m.same_measure(n)]
    if not before or slot(view.text[view.clause_start(n.start):n.start]) != "to":
        return None
    m = before[-1]
    return m if slot(view.text[view.clause_start(m.start):m.start]) == "from" else None
