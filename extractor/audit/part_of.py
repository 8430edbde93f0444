"""part_of: a part cannot exceed its whole.

Structures read (cue words in data/cues.toml), same type and unit:
    引水隧洞长 3.6 公里。目前已完成衬砌施工 2.4 公里   a whole named by its extent (`长`, `总面积`) and
                                                      a part named by progress (`已完成`), in one
                                                      paragraph
    计划新建高标准农田 6.8 万亩 … 已完成土地平整 3.2 万亩
                                                      a plan or target and progress on it, later in
                                                      the same article
    总投资 36 亿元，…，一期投资 16 亿元                 a total (`总X`) and a number of the same X
                                                      later in the sentence
    在孵企业 21 家，累计孵化企业 98 家                a cumulative whole (`累计`) and a number of the
                                                      same thing in the sentence (labels end alike)
    10 亿元以上项目 9 个、20 亿元以上项目 3 个          counts under nested bounds: the stricter bound
                                                      counts a subset
    在全市 13 个县（市、区）中，有 9 个…              a count among a counted whole (`…中，有`)
    T，其中 a                                         one part after `其中` (found by sum.py);
    总规模超 3000 亿元，其中…突破 500 亿元            here where the whole or the part is a bound,
    12 个项目…，其中 1 项                             or the part is counted by the whole's noun
    总装机达 5380 万千瓦，新能源装机达 2210 万千瓦     `总X` and a kind of X in the sentence
    常住人口 6500 万人，城镇常住人口 4100 万人         a name opened by a member of a category set
                                                      (data/complementary.toml): a part of the name
    新增上市公司 62 家，总数 186 家                   an addition and the stock said right after it
    进出口 1636.6 亿美元，占外贸总值的 50.4%          a share of a named whole: part of the number
                                                      of that name before it in the article
    工业投资 1100 亿元，工业投资中制造业投资 860 亿元  `X中` opening a clause names a part of X
The shares of a named whole and `X中` are read in named_wholes.py, kinds of a whole in
part_names.py, parts said in clauses of their own after `其中` in clause_parts.py.
Relations come from what the numbers name (their words, unit, place and period), never from
distance alone; where the names only resemble each other, a part over its whole is unverifiable.
"""
from __future__ import annotations

import os
import re

from ..fact_types import SUMMABLE_TYPES
from . import (among, back_among, bracket_wholes, clause_parts, cues, modifier_kinds, named_wholes, part_names, place_parts,
               subsets, total_after)
from .amounts import is_change, marked_total
from .heads import head, level_in_flow, same_scope, stock_in_flow, trimmed, unscoped
from .model import Draft, Num, PageView, same_unit
from .sum import part_of_draft

_MODALS = "将要会"  # `总额将达到`: a word of the future between a stock's name and its verb
_SHARED_TAIL = 2  # a cumulative whole and its part end in the same noun of this many characters
_BOUND_GAP = 6  # `以上项目` between a bound and the count it qualifies
_STRIP = "为达是约近共"
_EXTENT_SENTENCES = 2  # progress on an extent is reported in its sentence or the next two
_AMONG_NOUN = 10  # `个县（市、区）`: the noun between a count and 中
_AMONG_GAP = 3  # `中，有 9 个`
_WHOLE_REACH = 30  # characters between a whole and the `其中` clause
_TOTAL_CHARS = "总全"  # `进出口总值` is no kind of `生产总值`
_NOUN_LEAD = 3  # `商厦` before the noun a part shares with its whole
_CATEGORY_SENTENCES = 3  # sentences after a whole in which a part named by a category may follow
_PLAN_REACH = 3000  # characters after a plan within which progress on it is reported


def check(view: PageView) -> list[Draft]:
    drafts = []
    for whole in view.nums:
        if whole.type not in SUMMABLE_TYPES:
            continue
        label = view.label_before(whole)
        if cues.contains_any(label, "part_of", "not_part"):
            continue  # `超计划一百吨` compares, it is no whole
        for part, why, weak in _parts(view, whole, label):
            drafts.append(part_of_draft(whole, part, why, weak))
    drafts += _nested_bounds(view)
    drafts += _among(view)
    drafts += _bounded_after_partial(view)
    drafts += _category_parts(view)
    drafts += _increment_in_stock(view)
    drafts += named_wholes.check(view)
    drafts += part_names.check(view)
    drafts += clause_parts.check(view)
    drafts += subsets.check(view)
    drafts += place_parts.check(view)
    drafts += back_among.check(view)
    drafts += total_after.check(view)
    return of_kinds(view, drafts)


def of_kinds(view: PageView, drafts: list[Draft]) -> list[Draft]:
    """A part of the other kind than its whole: a stock (`累计`) said after an addition of the
    period (`新增`) is dropped, being no part of it, and so is a whole said after `其中`; a part said only with `达` there is likely
    the level reached, so its excess is unverifiable (heads.kind_of, data/flows.toml)."""
    by_start = {n.rec["start"]: n for n in view.nums}
    out = []
    for d in drafts:
        whole, part = (by_start.get(f["start"]) for f in d.facts[:2]) if len(d.facts) == 2 else (None, None)
        if d.check != "part_of" or whole is None or part is None:
            out.append(d)
            continue
        if stock_in_flow(view, whole, part):
            continue
        if whole.start > part.start and cues.contains_any(view.label_before(whole), "sum", "partial"):
            continue  # `新增 1260，其中…累计 2210`: what `其中` opens is a part, never the whole
        weak = level_in_flow(view, whole, part)
        if weak and d.verdict == "inconsistent":
            d = part_of_draft(whole, part, "所说的部分", weak)
        out.append(d)
    return out


def _increment_in_stock(view: PageView) -> list[Draft]:
    """`新增挂牌企业 38 家，总数 145 家`, `新增通车里程 862 公里，总里程达 5410 公里`: what
    was added in a year is part of the stock said right after it (the next number of the
    sentence, named by a total word, `累计`, or only by `达到`)."""
    drafts = []
    for i, part in enumerate(view.nums[:-1]):
        if part.type not in SUMMABLE_TYPES or not cues.contains_any(view.label_before(part), "part_of", "increment"):
            continue
        whole = trimmed(view, view.nums[i + 1])
        if whole.sentence != part.sentence or not whole.same_measure(part) or whole.qualifier == "range" \
                or any(c in view.text[part.end:whole.start] for c in "；："):
            continue
        label = _strip_verbs(view.label_before(whole).lstrip("，、"))
        stock = cues.words("part_of", "stock")
        named = label in stock or label == "" and view.label_before(whole).lstrip("，、") != ""
        if not named:
            word = next((w for w in stock if label.startswith(w)), None)
            rest = label[len(word):] if word else ""
            named = bool(rest) and len(rest) >= _SHARED_TAIL and _strip_verbs(view.label_before(part)).endswith(rest)
        if not named:
            # `新增投入 85 亿元，用于这方面的投入总额达 412 亿元`: the name before a total word at
            # the end of the stock's label ends as the addition's does
            said = label.rstrip(_MODALS)
            word = next((w for w in stock if said.endswith(w) and len(w) > 1), None)
            name = said[:-len(word)] if word else ""
            added = _strip_verbs(view.label_before(part))
            named = len(name) >= _SHARED_TAIL and added.endswith(name[-_SHARED_TAIL:])
        if named:
            drafts.append(part_of_draft(whole, part, "新增的部分", None if label else "“达到”的数也可能是另一口径"))
    return drafts


def _changed(label: str) -> bool:
    """`比上年增加超过 20 万吨`: a change or a comparison, no whole."""
    return any(cues.contains_any(label, "growth", key) for key in ("up", "down", "base_before"))


def _said_as_bound(view: PageView, n: Num) -> bool:
    label = view.label_before(n).rstrip("了")
    return n.qualifier in ("over", "under") or any(
        cues.ends_with_any(label, "stated_bound", way) for way in ("over", "under"))


def _bounded_after_partial(view: PageView) -> list[Draft]:
    """`基金总规模超 3000 亿元，其中省级基金规模突破 500 亿元`, `总产量 162.6 万辆，其中新能源汽车超
    110 万辆`, `12 个项目获奖，其中 1 项`: one part after `其中` where the whole or the part is said
    as a bound, or counted by another classifier (sum.py reads breakdowns of amounts said exactly
    in one unit)."""
    drafts = []
    for m in cues.pattern("sum", "partial").finditer(view.text):
        sent = view.sentence_index(m.start())
        start = m.end() + (1 if view.text[m.end():m.end() + 1] in "，：" else 0)
        after = [n for n in view.between(start, view.clause_end(start)) if n.type in SUMMABLE_TYPES]
        if sent < 0 or not after:
            continue
        part = after[0]
        wholes = [n for n in view.in_sentence(sent) if n.end <= m.start()
                  and (n.same_measure(part) or _counted_by(view, n, part) or _same_noun(view, n, part))
                  and view.clause_start(m.start()) - n.end <= _WHOLE_REACH
                  and not _changed(view.label_before(n))
                  and not cues.contains_any(view.label_before(n), "part_of", "not_whole_per")]
        if not wholes or wholes[-1].sentence != sent or not (
                _said_as_bound(view, part) or _said_as_bound(view, wholes[-1]) or _counted_by(view, wholes[-1], part)
                or _same_noun(view, wholes[-1], part) or _totalled_part(view, part, after)):
            continue
        if cues.contains_any(view.label_before(part), "sum", "not_amount") \
                or is_change(view, part) and not _said_as_bound(view, part):
            continue
        drafts.append(part_of_draft(wholes[-1], part, f"“{m.group()}”之后的部分"))
    return drafts


def _same_noun(view: PageView, whole: Num, part: Num) -> bool:
    """`30 多名总经理…，其中 11 家商厦总经理`: counts of the same noun (the part's ending in the
    whole's), by another classifier."""
    if whole.type != "count" or part.type != "count" or whole.unit == part.unit:
        return False
    noun = view.noun_after(whole)[:_SHARED_TAIL + 1]
    return len(noun) > _SHARED_TAIL and noun in view.noun_after(part)[:_NOUN_LEAD + len(noun)]


def _totalled_part(view: PageView, part: Num, after: list[Num]) -> bool:
    """`其中已经全部完工的重大工程共 82 个`, `其中 1997 年筹集资金总额 476 亿元`: the one part of its
    measure after `其中`, named with a total word of its own (sum.py takes such a number for the
    total of something else)."""
    return marked_total(view, part) and sum(1 for n in after if n.same_measure(part)) == 1


def _counted_by(view: PageView, whole: Num, part: Num) -> bool:
    """`12 个项目…，其中 1 项`: a part counted by the first character of the whole's noun."""
    return whole.type == part.type == "count" and bool(part.unit) and whole.unit != part.unit \
        and view.noun_after(whole).startswith(part.unit)


def _category_parts(view: PageView) -> list[Draft]:
    """`年末常住人口 6500 万人，城镇常住人口 4100 万人`, `财政赤字 2.38 万亿元，中央财政赤字 1.55 万亿元`:
    a number named like another with one member of a category set before the name (城镇, 中央:
    data/complementary.toml) is a part of it; in the sentence, or in one of the next three of
    the paragraph (then a part over the whole is unverifiable)."""
    drafts = []
    for whole in view.nums:
        if whole.type not in SUMMABLE_TYPES or whole.qualifier not in ("exact", "about"):
            continue
        wname = unscoped(head(view, whole))
        if len(wname) < _SHARED_TAIL or cues.contains_any(wname, "sum", "not_amount"):
            continue
        later = [n for k in range(_CATEGORY_SENTENCES + 1) for n in view.in_sentence(whole.sentence + k)
                 if n.start > whole.end and n.paragraph == whole.paragraph and n.same_measure(whole)
                 and n.qualifier != "range"]
        for part in later:
            pname = unscoped(head(view, part))
            member = _category_member(pname, wname)
            if member is None or not same_scope(whole, part) or _siblings(view, whole, part) \
                    or cues.contains_any(view.text[whole.end:part.start], "sum", "partial") \
                    or bracket_wholes.reading(view, whole, part, part.start) not in (None, bracket_wholes.BRACKET):
                continue  # a breakdown after `其中` is sum.py's; a bracket's aside is no whole
            apart = part.sentence != whole.sentence or any(
                whole.end <= d.start < part.start for d in view.dates)
            drafts.append(part_of_draft(whole, part, f"“{member}”是“{wname}”的一类，其",
                                        "两个数不在同一句或所指时间不同" if apart else None))
            break
    return drafts


def _category_member(pname: str, wname: str) -> str | None:
    """The member of a category set that opens a part's name which is otherwise the whole's
    (`城镇人口` of `常住人口`: 城镇 + 人口); not where the whole is named by a member of a set
    of the same kind (`农村住宅` and `城镇住宅` are siblings)."""
    for members in cues.complementary_sets():
        m = next((m for m in members if pname.startswith(m)), None)
        rest = pname[len(m):] if m else ""
        if m is None or len(rest) < _SHARED_TAIL or rest[0] in _TOTAL_CHARS or not wname.endswith(rest):
            continue
        if any(x in wname for ms in cues.complementary_sets() if m in ms for x in ms):
            continue
        own = wname[:len(wname) - len(rest)]
        if own and own[-1] == m[-1] or modifier_kinds.siblings(m, own):
            continue  # `国家级开发区` / `省级开发区`, `居民储蓄存款` / `企业存款`: modifiers of one kind name siblings
        return m
    return None


def _among(view: PageView) -> list[Draft]:
    """`在全市 13 个县（市、区）中，有 9 个…`: a count among a counted whole is a part of it."""
    drafts = []
    for whole in view.nums:
        if whole.type != "count" or whole.qualifier != "exact":
            continue
        after = view.text[whole.end:whole.end + _AMONG_NOUN + 1]
        at = after.find("中")
        noun = re.sub(r"（[^（）]*）", "", after[:at]) if at >= 0 else ""  # `县（市、区）`
        if at < 0 or any(c in noun for c in "，。；：、（）"):
            continue
        rest = whole.end + at + 1
        parts = [n for n in view.between(rest, rest + _AMONG_GAP + 6) if n.type == "count"]
        if parts and parts[0].start - rest <= _AMONG_GAP and same_unit(parts[0].unit, whole.unit) \
                and among.counts_alike(view, whole, noun, parts[0]) \
                and cues.ends_with_any(view.text[rest - 1:parts[0].start], "part_of", "among_lead"):
            drafts.append(part_of_draft(whole, parts[0], "其中的"))
    return drafts


def _siblings(view: PageView, a: Num, b: Num) -> bool:
    """Items of one list (`棚户区改造 47.63 万户、老旧小区改造 68.56 万户`): parallel, not a whole
    and its part."""
    lo, hi = sorted((a, b), key=lambda n: n.start)
    between = view.text[lo.end:hi.start]
    return "、" in between and not any(c in between for c in "，；。：")


def _parts(view: PageView, whole: Num, label: str) -> list[tuple[Num, str, str | None]]:
    extent = cues.ends_with_any(label.rstrip(_STRIP), "part_of", "whole_end")
    plan = cues.contains_any(label, "part_of", "whole_plan")
    cumulative = cues.contains_any(label, "part_of", "whole_cumulative")
    total_noun = _total_noun(label)
    out = []
    near = {id(n): n for n in view.in_sentence(whole.sentence)}  # only these may be parts
    if extent:
        near.update((id(n), n) for n in view.in_paragraph(whole.paragraph))
    if plan:
        near.update((id(n), n) for n in view.between(whole.end, whole.end + _PLAN_REACH))
    for part in sorted(near.values(), key=lambda n: (n.start, n.end)):
        if part is whole or not part.same_measure(whole) or part.qualifier in ("over", "under", "range"):
            continue
        plabel = view.label_before(part)
        if _is_whole(plabel) or cues.contains_any(plabel, "part_of", "not_part") or _siblings(view, whole, part):
            continue
        later = part.start > whole.start
        if extent and later and part.paragraph == whole.paragraph and _progress(plabel) \
                and part.sentence - whole.sentence <= _EXTENT_SENTENCES and not _progress(label):
            out.append((part, "已完成的部分", None))
        elif plan and later and part.article == whole.article and _progress(plabel) and not _has_plan(plabel) \
                and (part.sentence - whole.sentence <= _EXTENT_SENTENCES
                     or _same_thing(_strip_verbs(label) + view.noun_after(whole),
                                    _strip_verbs(plabel) + view.noun_after(part))):
            # a plan may be exceeded (超额完成): progress over it is no error; but a count of the
            # things the plan lists bounds how many of them reach their target
            listed = whole.type == "count" and cues.ends_with_any(label.rstrip(_STRIP), "part_of", "whole_plan_items")
            out.append((part, "计划所列的事物中已达到的部分", None) if listed
                       else (part, "计划中已完成的部分", "实际完成数可以超过计划（超额完成）"))
        elif total_noun and later and part.sentence == whole.sentence and _strip_verbs(plabel).endswith(total_noun) \
                and cues.contains_any(_strip_verbs(plabel), "part_of", "whole_total") is None \
                and not _sibling_topic(label, _strip_verbs(plabel), total_noun) \
                and "；" not in view.text[whole.end:part.start]:
            out.append((part, f"同属“{total_noun}”的部分", None))
        elif total_noun in cues.words("part_of", "topic_totals") and later and part.sentence == whole.sentence \
                and _topic_kind(label, _strip_verbs(plabel)) and "；" not in view.text[whole.end:part.start]:
            # `航道通航总里程达 1.2 万公里…，千吨级及以上航道达 1276 公里`: a kind of the thing the
            # total is said of (the noun before 总), measured alike
            noun = _topic_kind(label, _strip_verbs(plabel))
            out.append((part, f"“{noun}”中的一类",
                        None if _graded_kind(_strip_verbs(plabel), noun) else "两数只以总数所说的事物相连，未必同一口径"))
        elif cumulative and part.sentence == whole.sentence:
            noun = _strip_verbs(label.replace(cumulative, ""))
            if _same_thing(noun, _strip_verbs(plabel)):
                out.append((part, "累计数中的同类数目", None))
    return out


def _graded_kind(plabel: str, noun: str) -> bool:
    """The part's name marks a grade of the thing, open at the top, right before its noun
    (`千吨级及以上航道`, `三级以上航道`): the things of that grade and above are, by the words, some
    of the things the total measures, so a part over the total is an error, not a doubt."""
    return cues.ends_with_any(plabel[:len(plabel) - len(noun)], "sum", "open_top") is not None


def _topic_kind(label: str, plabel: str) -> str | None:
    """The noun a part's name ends with (`航道` of `千吨级及以上航道`) where the whole's name says it
    before its 总 (`航道通航总里程`) and the part's name adds a kind before it."""
    at = max(label.rfind(w) for w in cues.words("part_of", "whole_total"))
    before = label[:at] if at > 0 else ""
    for k in (3, _SHARED_TAIL):
        noun = plabel[-k:]
        if len(plabel) > k and len(noun) == k and noun in before and cues.contains_any(plabel, "part_of", "whole_total") is None:
            return noun
    return None


def _sibling_topic(label: str, plabel: str, noun: str) -> bool:
    """`高速公路总里程 a，铁路营业里程 b`: the part names another thing of the same head (`路`) than
    the thing the total is said of (the words before 总) and not that thing itself, a sibling
    (`铁路`, `农村公路` of `高速公路`), no kind of it (`高速公路` in `新建高速公路里程`)."""
    at = label.rfind("总")
    topic = label[:at] if at > 0 else ""
    qualifier = plabel[:len(plabel) - len(noun)]
    return bool(topic) and bool(qualifier) and topic not in qualifier and topic[-1] in qualifier


def _total_noun(label: str) -> str | None:
    """`协议总投资` gives `投资`: what a total of `总X` totals."""
    for w in cues.words("part_of", "whole_total"):
        at = label.rfind(w)
        noun = label[at + len(w):].rstrip(_STRIP) if at >= 0 else ""
        if len(noun) >= _SHARED_TAIL:
            return noun
    return None


def _strip_verbs(label: str) -> str:
    label = label.rstrip(_STRIP)
    for _ in range(2):
        verb = cues.ends_with_any(label, "part_of", "verbs")
        if verb:
            label = label[: -len(verb)]
    return label


def _progress(label: str) -> bool:
    return cues.contains_any(label, "part_of", "part_progress") is not None


def _has_plan(label: str) -> bool:
    return cues.contains_any(label, "part_of", "whole_plan") is not None


def _is_whole(label: str) -> bool:
    return bool(cues.ends_with_any(label.rstrip(_STRIP), "part_of", "whole_end")
                or cues.contains_any(label, "part_of", "whole_cumulative")
                or cues.contains_any(label, "sum", "total_markers"))


def _same_thing(a: str, b: str) -> bool:
    tail = os.path.commonprefix([a[::-1], b[::-1]])
    return len(tail) >= _SHARED_TAIL


def _nested_bounds(view: PageView) -> list[Draft]:
    """`10 亿元以上项目 9 个、20 亿元以上项目 3 个`: more than 20 亿 is more than 10 亿 too."""
    pairs: list[tuple[Num, Num]] = []
    for bound in view.nums:
        if bound.qualifier != "over" or bound.type not in SUMMABLE_TYPES:
            continue
        after = [n for n in view.in_sentence(bound.sentence) if n.start >= bound.end]
        if after and after[0].type == "count" and after[0].start - bound.end <= _BOUND_GAP \
                and view.clause_end(bound.end) >= after[0].end:
            pairs.append((bound, after[0]))
    drafts = []
    by_sentence: dict[int, list[tuple[Num, Num]]] = {}
    for pair in pairs:
        by_sentence.setdefault(pair[0].sentence, []).append(pair)
    for b1, c1 in pairs:
        for b2, c2 in by_sentence[b1.sentence]:
            if b1.same_measure(b2) and c1.same_measure(c2) \
                    and b2.interval.lo > b1.interval.lo and view.text[b1.end:c1.start] == view.text[b2.end:c2.start]:
                drafts.append(part_of_draft(c1, c2, f"{b2.written}以上的也在{b1.written}以上，"))
    return drafts


RATE_PART = "占比所示的部分"


def restated_after(view: PageView, p: Num, part: Num) -> bool:
    """`占 55%，达 650 亿美元`: the part's amount in the clause right after its share, alone with
    a word of reaching (data/cues.toml [shares] restated_after)."""
    gap = view.text[p.end:part.start]
    return gap[:1] in "，," and gap[1:] in cues.words("shares", "restated_after") and len(gap) > 1


def from_rates(view: PageView, drafts: list[Draft]) -> list[Draft]:
    """`A 3.2 亿元，占 B 的 40%`: a share that holds (a consistent rate) says the number before
    `占` is a part of the whole it is a share of; that part_of is reported with the whole first,
    where no finding already starts with the whole and holds the part. Only a share (`占`, data
    [shares] share_words, between the part and the rate) of at most 100% and the same measure:
    `完成计划的 98%` compares an actual with a plan, no part with its whole."""
    by_start = {n.rec["start"]: n for n in view.nums}
    have = {(d.facts[0]["start"], f["start"]) for d in drafts for f in d.facts[1:]}
    out = []
    for d in drafts:
        if d.check != "rate" or d.verdict != "consistent" or len(d.facts) != 3:
            continue
        p, part, whole = (by_start.get(f["start"]) for f in d.facts)
        if p is None or part is None or whole is None or p.value > 100 or not part.same_measure(whole) \
                or (whole.rec["start"], part.rec["start"]) in have:
            continue
        verbs = [w for w in cues.words("shares", "share_words") if len(w) == 1]  # 占, not 比重: a verb
        if part.end <= p.start:
            said = view.text[part.end:p.start]
        elif restated_after(view, p, part) and whole.end <= p.start:
            said = view.text[max(whole.end, view.clause_start(p.start)):p.start]  # `其中 X 占 55%，达 A`
        else:
            continue
        if not any(w in said for w in verbs):
            continue
        out.append(part_of_draft(whole, part, RATE_PART))
        have.add((whole.rec["start"], part.rec["start"]))
    return out
