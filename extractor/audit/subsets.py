"""part_of for a part said in the clause right after its whole, counting the same things.

    中央机关有 118 个单位上报了进展，有 95 个单位清理出…      the next clause opens with `有`: how many
    10 家最大的银行中，至少有 8 家                             of the things just counted hold what
    7 个县（市），吨粮县（市）就有 5 个                          follows (`就有` after a kind of them,
    5000 多件，达到一级文物标准的有百余件                      `…的有` after a property of them)
    清理出移动电话 47 万多部，已处理 14.7 万多部               the next clause opens with `已` and a
                                                              verb: how many of them reached a stage
    施工项目 7.4 万个，全部建成的 3.9 万个                     a clause opening with a word of
                                                              completion (`全部`, `基本`, `建成`):
                                                              may count things of other years too
What ties the two numbers is what they count (among.counts_alike: one unit, and for a generic
classifier no other counted noun after the part), not their distance: `有 12 个省，有 15 个市`
counts another thing. A whole said with `有` right before it and a part clause opening with a
subject of its own (`东部有 12 个，西部有 15 个`) are peers, never read here: the lead must open
the part's clause, or follow a kind (`就有`) or a property (`的有`). A stage word without `已`
(`基本建成`, `结案`) may count things begun in other years: a part over the whole is then
unverifiable (data/subsets.toml), unless the whole is everything worked on in the period
(`全年施工的`). After a plain `有` the part may be another batch (unverifiable), unless the whole's
clause closes with `中` (`被检查的 24 家企业中，…的有 20 家`) or the part is said with `是`
(`有 31 个是煤矿`): both say the part is some of those very things.
    全国 9 个小麦亩产千斤县，焦作就有 4 个                   a number inside the whole's noun is no
                                                              rival whole unless it counts alike
    全县共有 214 个行政村。已有 183 个村通了公路               the part says the whole's noun again
                                                              (its head, `村`): then also in the next
                                                              sentence, same paragraph, place, period
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from ..fact_types import SUMMABLE_TYPES
from .among import counts_alike
from .amounts import is_amount, is_change, marked_total
from .bases import plan_words
from .findings import part_of_draft
from .heads import head, same_scope, unscoped
from .hedges import names_agree
from .lists import pos_tags
from .model import CLAUSE_BREAKS, Draft, Num, PageView
from .period_tiles import months_of_year
from .sentence_parts import longest_shared

_WHOLE_NOUN = 24  # the words between a whole and the end of its clause (`个单位上报了清理进展情况`)
_PART_LEAD = 12  # the words between the part's clause start and the part
_CONDITION_LEAD = 24  # the same with a condition holding a number (`人均收入达到 2 万元的有`)
_WHOLE_QUALIFIERS = ("exact", "about", "over")
_PART_QUALIFIERS = ("exact", "about", "over")
_NAMED = 2  # characters after a part compared with the whole's noun
_VERB_AFTER = 6  # characters after a part segmented for a verb said of it
_YEAR_REACH = 6  # numbers after the months' number where the year's may stand
_YEAR_SENTENCES = 2
_NOUN_WITHIN = 8  # `个常任理事国` between a whole and `有`
_NAMED_LEAD = 8  # `正税额是` between `其中` and its part
_GLOSS_NUMS = 4  # numbers a gloss may hold
_GLOSS = re.compile(r"（[^（）]{1,40}）|\([^()]{1,40}\)")


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("subsets.toml")["subsets"]


def check(view: PageView) -> list[Draft]:
    return _next_clause(view) + _back_reference(view) + _months_in_year(view) + _has_within(view)


def _has_within(view: PageView) -> list[Draft]:
    """`新开工 75 个大型项目有 32 个分布在中西部`, `安理会 5 个常任理事国有 3 个弃权`: a count, its
    noun, and `有` with a count of the same things right after, in one clause (`能有`, `会有`
    and joined nouns say something else)."""
    drafts = []
    c = _cues()
    for i, whole in enumerate(view.nums[:-1]):
        part = _next_outside_gloss(view, i)
        if part is None:
            continue
        if whole.type not in SUMMABLE_TYPES or whole.qualifier not in _WHOLE_QUALIFIERS or whole.value < 2 \
                or part.qualifier not in _PART_QUALIFIERS or part.sentence != whole.sentence:
            continue
        between = view.text[whole.end:part.start]
        said = next((w for w in c["has_within"] if between.endswith(w)), None)
        if said is None:
            continue
        # a gloss in brackets (`“两基”（基本普及…）攻坚县`) is no part of the noun's length
        noun = _GLOSS.sub("", between[:-len(said)])
        if not noun or len(noun) > _NOUN_WITHIN or any(ch in CLAUSE_BREAKS + "、" for ch in noun) \
                or any(w in noun for w in c["not_within"]) or is_change(view, whole) or not is_amount(view, whole):
            continue
        if counts_alike(view, whole, noun, part) and not is_change(view, part):
            drafts.append(part_of_draft(whole, part, f"“{whole.written}{noun}”中“{said}”的"))
    return drafts


def _next_outside_gloss(view: PageView, i: int) -> Num | None:
    """The number after the i-th, past those inside a bracketed gloss right after it
    (`攻坚县（基本普及九年义务教育…）已有 317 个`)."""
    whole = view.nums[i]
    for part in view.nums[i + 1:i + _GLOSS_NUMS + 2]:
        between = view.text[whole.end:part.start]
        if between.count("（") == between.count("）") and between.count("(") == between.count(")"):
            return part
    return None


def _months_in_year(view: PageView) -> list[Draft]:
    """`1 月至 11 月，来华旅游人数达 5236 万多人次，…，预计全年来华旅游入境人数约 5400 万人次`: the
    months from January of a year within the same measure said for the whole year (`全年`) later
    in the paragraph (`全年` between them), the first such number after it (the records' periods: `1997-01/1997-11`
    and `1997`). Names that share less than the measure's words make a part over the year's
    number unverifiable."""
    drafts = []
    taken: set[int] = set()
    for i, part in enumerate(view.nums):
        months = months_of_year(part)
        if part.type not in SUMMABLE_TYPES or months is None or months[1] != 1 \
                or part.qualifier not in _PART_QUALIFIERS or is_change(view, part) \
                or _year_said_before(view, i, str(months[0])):
            continue
        year = str(months[0])
        for whole in view.nums[i + 1:i + 1 + _YEAR_REACH]:
            if whole.paragraph != part.paragraph or whole.sentence - part.sentence > _YEAR_SENTENCES:
                break
            if whole.rec.get("period") != year or not whole.same_measure(part) or whole.start in taken \
                    or whole.qualifier not in _WHOLE_QUALIFIERS or is_change(view, whole):
                continue
            if not any(w in view.text[part.end:whole.start] for w in _cues()["whole_year"]):
                break
            taken.add(whole.start)
            name, wname = unscoped(head(view, part)), unscoped(head(view, whole))
            # the records' metrics are the names without the words around them (`约`, `预计全年`)
            same = longest_shared(name, wname) >= min(len(name), len(wname)) > 1 \
                or names_agree(str(part.rec.get("metric") or ""), str(whole.rec.get("metric") or ""))
            weak = None if same else "两数的名称不尽相同"
            drafts.append(part_of_draft(whole, part, f"{year}年前{months[2]}个月的", weak))
            break
    return drafts


def _year_said_before(view: PageView, i: int, year: str) -> bool:
    """`全年…医保基金收入 87.08 亿元…。1-11 月，基金收入 79.85 亿元…。（一）职工医保…全年收入 58.62
    亿元`: the months' year was said before them in the paragraph (the same measure over the
    year), so a year's number after them is of another whole (a section's fund), no whole of
    the months' number."""
    part = view.nums[i]
    return any(n.paragraph == part.paragraph and part.sentence - n.sentence <= _YEAR_SENTENCES
               and n.rec.get("period") == year and n.same_measure(part) and not is_change(view, n)
               for n in view.nums[max(0, i - _YEAR_REACH):i])


def _back_reference(view: PageView) -> list[Draft]:
    """`…共达三亿二千万亩。其中有一亿九千万亩…`, `…16 家航空公司在伦敦开会。值得注意的是，其中 6 家是
    欧洲公司`: `其中` opening a clause, before any number of its sentence, refers to the sentence
    before; its one number (sum.py reads two or more) is part of the one number of that sentence
    that counts the same things (two such numbers: which one is meant is not said)."""
    drafts = []
    for word in _cues()["back_open"]:
        at = view.text.find(word)
        while at >= 0:
            found = _back_pair(view, at, at + len(word))
            if found is not None:
                label = view.label_before(found[0])
                sure = any(w in label for w in _cues()["total_words"]) or label.endswith(tuple(_cues()["has_open"]))
                drafts.append(part_of_draft(found[0], found[1], "上一句所说的数中“其中”的部分",
                                            None if sure else "“其中”也可能指上一句所说的另一群体"))
            at = view.text.find(word, at + len(word))
    return drafts


def _back_pair(view: PageView, at: int, end: int) -> tuple[Num, Num] | None:
    sent = view.sentence_index(at)
    lead = view.text[end:end + 1]
    inside = view.clause_start(at) != at  # `帮助其中 10 户企业`, `把其中的 4 家合并`
    if sent <= 0 or inside and lead not in _cues()["back_inside"] and not lead.isdigit():
        return None
    mine = [n for n in view.in_sentence(sent) if n.type in SUMMABLE_TYPES]
    if any(n.end <= at for n in mine):
        return None  # a whole in its own sentence: sum.py and part_of.py read `T，其中 a`
    lead = view.text[end:end + _PART_LEAD]
    after = [n for n in mine if n.start >= end]
    if not after or after[0].start - end > len(lead) or after[0].qualifier not in _PART_QUALIFIERS \
            or not _back_lead(view.text[end:after[0].start]):
        return None
    part = after[0]
    if any(n.same_measure(part) for n in after[1:]) or is_change(view, part):
        return None  # parts of a breakdown (sum.py), or a change
    prev = view.sentences[sent - 1]
    if prev.paragraph != view.sentences[sent].paragraph:
        return None
    wholes = [n for n in view.in_sentence(sent - 1) if n.type in SUMMABLE_TYPES and n.qualifier in _WHOLE_QUALIFIERS
              and not is_change(view, n) and is_amount(view, n)
              and counts_alike(view, n, view.text[n.end:view.clause_end(n.end)], part)]
    if len(wholes) > 1 and (marked_total(view, wholes[-1])
                            or any(w in view.label_before(wholes[-1]) for w in _cues()["total_words"])):
        wholes = wholes[-1:]  # `共增加 a 亩，加上原有的，共达 T 亩`: the total said last
    if len(wholes) != 1 or any(w in view.label_before(wholes[0]) for w in _cues()["restricted"]):
        return None  # `仅有 2 人在 60 岁以下。其中 4 位…`: `其中` is of the group the few were taken from
    return wholes[0], part


def _back_lead(lead: str) -> bool:
    """`其中有 a`, `其中，包括 a`, `其中正税额是 a`: nothing, a `有` word, or a short name and its copula."""
    c = _cues()
    lead = lead.lstrip("，：的")
    return lead in c["back_lead"] or len(lead) <= _NAMED_LEAD and not any(ch.isdigit() for ch in lead) \
        and lead.endswith(tuple(c["back_copulas"])) and not any(w in lead for w in c["not_part"])


def _next_clause(view: PageView) -> list[Draft]:
    drafts = []
    for i, whole in enumerate(view.nums):
        if whole.type not in SUMMABLE_TYPES or whole.qualifier not in _WHOLE_QUALIFIERS or is_change(view, whole) \
                or not is_amount(view, whole):
            continue
        comma = view.clause_end(whole.end)
        if view.text[comma:comma + 1] not in ("，", "。") or comma - whole.end > _WHOLE_NOUN:
            continue
        inner = [n for n in view.nums[i + 1:i + 2] if n.start < comma]
        opening = view.text[view.clause_start(whole.start):whole.start]
        if any(opening.startswith(w) for w in _cues()["not_whole_open"]) \
                or any(w in opening for w in _cues()["not_whole"]):
            continue  # `其中 4 项`: a part, its siblings follow; `每年 300 万`: a rate
        if _included(opening, view.text[whole.end:comma]):
            continue  # `包括…156 个单位在内，…的有 694 个`: the number is inside the one after it
        found = _part(view, whole, comma + 1, opening)
        after_share = _after_share(view, comma + 1)
        if found is None and after_share is not None:
            # `分流职工 4.6 万多人，85% 以上参加了培训，先后有 3.1 万多人找到新岗位`: a clause
            # of only a share of the whole keeps its topic to the clause after it
            found = _part(view, whole, after_share, opening)
        if found is not None and not any(_rival(view, n, comma, found[0]) for n in inner):
            part, why, weak = found
            drafts.append(part_of_draft(whole, part, why, weak))
    return drafts


def _included(opening: str, after: str) -> bool:
    """包括 A 在内: A is counted inside what follows, so it is no whole of it."""
    start, end = _cues()["included"]
    return start in opening and end in after


def _said_again(view: PageView, whole: Num, part: Num, noun: str) -> bool:
    """`全县共有 214 个行政村。已有 183 个村通了公路`: across a full stop the part is of the whole
    only in the next sentence of its paragraph, with the whole's noun said again and no other
    place or period."""
    return part.sentence == whole.sentence + 1 and part.paragraph == whole.paragraph \
        and same_scope(whole, part) and _noun_repeated(view, part, noun)


def _noun_repeated(view: PageView, part: Num, noun: str) -> bool:
    """`全县 214 个行政村，已有 183 个村通了公路`: the words after the part, up to what is said of
    them, close the whole's noun (`村` of `行政村`, `县` of `县`)."""
    core = _noun_core(noun.rstrip("中当之里"))  # `24 家企业中`: the noun before `中`
    text = view.text[part.end:part.end + _VERB_AFTER]
    for k in range(1, min(len(core), len(text)) + 1):
        rest = text[k:]
        if core.endswith(text[:k]) and (not rest or rest[0] in CLAUSE_BREAKS or rest[0] in _cues()["predicate_starts"]
                                        or _verb_first(rest)):
            return True
    return False


def _name_before(view: PageView, whole: Num) -> str:
    """`这个乡共有自然村 45 个。`: a whole closing its clause is named before it, by the words after
    the last verb of its name (`自然村`)."""
    words = pos_tags(unscoped(head(view, whole)))
    last = max((k for k, (_, tag) in enumerate(words) if tag.startswith("v")), default=-1)
    return "".join(w for w, _ in words[last + 1:])


def _noun_core(noun: str) -> str:
    """The whole's noun before the first verb said of it (`单位` of `单位上报了进展`)."""
    words = pos_tags(noun) if noun else []
    for k, (_, tag) in enumerate(words):
        if tag == "v" and k:
            return "".join(w for w, _ in words[:k])
    return noun


def _verb_first(text: str) -> bool:
    words = pos_tags(text)
    return bool(words) and words[0][1].startswith("v")


def _rival(view: PageView, n: Num, comma: int, part: Num) -> bool:
    """Another number after the whole in its clause that could be what the part is of: one that
    counts the same things (`9 个小麦亩产千斤县` holds `千斤`, a weight, no rival of a count of县)."""
    return n.same_measure(part) or counts_alike(view, n, view.text[n.end:comma], part)


def _after_share(view: PageView, start: int) -> int | None:
    """Where the clause after the one from `start` begins, when that one opens with a percent (a
    share of the whole before it, no subject of its own) and holds no other number; else None."""
    end = view.clause_end(start)
    nums = view.between(start, end)
    if len(nums) != 1 or nums[0].type != "percent" or nums[0].start != start or view.text[end:end + 1] != "，":
        return None
    return end + 1


def _part(view: PageView, whole: Num, start: int, opening: str) -> tuple[Num, str, str | None] | None:
    """The part in the clause from `start`: its first number, if the clause's words before it say
    how many of the whole's things it counts."""
    end = view.clause_end(start)
    nums = past_condition(view, [n for n in view.between(start, end) if n.type in SUMMABLE_TYPES], start)
    if not nums or nums[0].qualifier not in _PART_QUALIFIERS or nums[0].start - start > _lead_limit(view, start, nums[0]):
        return None
    part = nums[0]
    lead = view.text[start:part.start]
    noun = view.text[whole.end:view.clause_end(whole.end)] or _name_before(view, whole)
    if not counts_alike(view, whole, noun, part) or is_change(view, part) or not _same_things(view, part, noun):
        return None
    if part.sentence != whole.sentence and not _said_again(view, whole, part, noun):
        return None
    if _of_plan_after(view, part):
        return None  # `新增泊位 1.2 万个，已建成 1.35 万个，完成年度目标的 112.5%`: the whole is a target
    c = _cues()
    if lead in c["has_open"] or any(lead.endswith(w) for w in c["has_after"]):
        if any(w in lead for w in c["not_has"]):
            return None  # `另有`, `共有`: more of them, or all of them
        said = max((w for w in c["has_open"] + c["has_after"] if lead.endswith(w)), key=len)
        if opening.endswith(said):
            return None  # `有 400 人在天上飞，有 400 人分住各地`: peers, not a part
        sure = said in c["has_sure"] or _among_whole(noun) or _partitive(view, part, lead)
        return part, f"“{whole.written}”之后一句说其中有的", None if sure else "“有”也可能引出另一批"
    if any(w in lead for w in c["not_part"]):
        return None  # `已累计 20 家`, `已达 30 个`: a stock that holds the number before it
    stage = next((w for w in c["stage_open"] if lead.startswith(w)), None)
    if stage and lead != stage:
        return part, f"“{whole.written}”之后一句说“{stage}”做到的", None
    if any(lead.startswith(w) for w in c["done_open"]) or any(lead.rstrip("的").endswith(w) for w in c["done_verbs"]):
        worked = any(w in opening for w in c["done_within"])  # `全年施工的项目`: those finished in the year too
        return part, f"“{whole.written}”之后一句说完成的", None if worked else "完成的也可能包括以前开始的"
    return None


def _lead_limit(view: PageView, start: int, part: Num) -> int:
    """How far a part may stand from its clause's start: further after a condition holding a
    number and closed by `…的有` (`研发投入占营业收入 3% 以上的有`); a long lead of words alone
    may be a subject of its own, another group's."""
    closed = view.text[start:part.start].endswith(tuple(_cues()["condition_close"]))
    return _CONDITION_LEAD if closed and view.between(start, part.start) else _PART_LEAD


def past_condition(view: PageView, nums: list[Num], start: int) -> list[Num]:
    """The numbers of a clause from `start`, past those of a condition said before `…的有 M`
    (`人均收入达到 2 万元的有 17 个`, `注册资本超过千万元的有 42 家`): a number of another
    measure than M inside the words that single out the things counted is no part; M is."""
    for k, n in enumerate(nums[1:], 1):
        lead = view.text[start:n.start]
        if lead.endswith(tuple(_cues()["condition_close"])) and not any(ch in CLAUSE_BREAKS for ch in lead) \
                and not any(m.same_measure(n) for m in nums[:k]):
            return nums[k:]
    return nums


def _of_plan_after(view: PageView, part: Num) -> bool:
    """The part's sentence goes on to take it as a share of a plan (`完成年度目标的 112.5%`): the
    number before was that target, which the part done may exceed; the rate check weighs the two."""
    end = view.sentences[part.sentence].end
    for n in view.between(part.end, end):
        if n.type != "percent":
            continue
        clause = view.text[view.clause_start(n.start):n.start]
        if clause.rstrip("约近").endswith("的") and any(w in clause for w in plan_words()):
            return True
    return False


def _among_whole(noun: str) -> bool:
    """`被检查的 24 家企业、医院中，…的有 M 家`: the whole's clause closes with `中`, so the
    clause after it counts some of those very things."""
    return noun.endswith(tuple(_cues()["among_close"]))


def _partitive(view: PageView, part: Num, lead: str) -> bool:
    """`地方建设的 32 个项目，有 31 个是煤矿`: `有 M 个是` says what M of the things just counted are."""
    return lead == "有" and view.text.startswith("是", part.end)


def _same_things(view: PageView, part: Num, noun: str) -> bool:
    """The words right after the part name what the whole counts, or start what is said of them
    (`有 95 个单位清理出`, `至少有 8 家是`, `就有 5 个。`); `有 7974 名伤员` after `几百名医护人员`
    counts others."""
    after = view.text[part.end:part.end + _NAMED]
    if not after or after[0] in CLAUSE_BREAKS or after[0] in _cues()["predicate_starts"]:
        return True
    if after in noun or _noun_repeated(view, part, noun):
        return True
    # `先后有 3.1 万多人找到了新岗位`: a verb right after the part says what its things did
    return _verb_first(view.text[part.end:part.end + _VERB_AFTER])

