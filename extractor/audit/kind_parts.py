"""kind_parts: a figure whose metric is its whole's metric with words put before it.

    汽车产量 86 万辆，……，新能源汽车产量 31 万辆          `新能源汽车产量` is a kind of `汽车产量`
    出口总额 2400 亿元，其中机电产品出口总额 1300 亿元    with `其中` or without it
    进出口总额 5379 亿元；……机电产品进出口额 2100 亿元    the whole's name without its total word
                                                          (`总`) is the name the kind ends with
    五年完成水利投资 3200 亿元。……2025 年完成水利投资 760 亿元
                                                          a year's figure inside a span's total
                                                          (the part's period inside the whole's)
    重大建设项目共有 300 个，……可以有 51 个水利项目完工   a short whole (a noun of two characters, a
    全省乡村教师为 N 万人，其中任教小学的教师 M 万人       count's last noun) the text marks as a total
                                                          (data's total_marks, scope_marks right
                                                          before its name) or its part as some of it
                                                          (`其中`), the kind in its sentence or the next
    高速公路通车里程 8000 公里，公路通车里程 21 万公里    the kind said first in the sentence
    已有 1.1 万名下岗职工再就业。⏎…共有 1.5 万名职工下岗  the kind said first, its whole in a later
                                                          sentence of its paragraph or the next one,
                                                          marked a total, each name cut where it runs
                                                          on into what is said of it (`职工下岗`: 职工),
                                                          each word the whole's clause says of its noun
                                                          (下岗) said of the kind too
A reader checks part ≤ whole. The relation is generated broadly from the metrics the extractor
gives each figure (the part's metric ends with the whole's, or with the whole's without its total
word, and is longer), the whole in the part's paragraph or the one before it (or later in the
part's sentence), of the same type and unit, place (where both are known), the part's period
inside the whole's, neither an amount of change; the arithmetic that holds is the evidence that
the two are part and whole, so only a part within its whole is reported (`consistent`), and a part
over it says nothing (the names may only look alike: `城镇新增就业` over `城镇就业` is another
measure). Metrics that do not add up (`农村居民人均可支配收入` against `居民人均可支配收入`, rates,
prices) and words that make another measure (`新增`, `累计`) are left out (data/kind_parts.toml).
A whole another check took with other parts is still this part's whole: the same pair found twice
is one finding (drafts_of keeps the first).
"""
from __future__ import annotations

import bisect

from ..fact_types import SUMMABLE_TYPES
from ..traditional import simplified_view
from . import cues
from .amounts import is_change
from .findings import part_of_draft
from .growth_open import is_threshold
from .heads import months, overlapping_scope, record_field
from .lists import pos_tags
from .model import Draft, Num, PageView
from .wording import is_increment

_BACK = 40  # figures before a part, in its paragraph and the one before, among which its whole is looked for
_SAID = ("exact", "about")  # a span's total and a year's figure said as amounts, not as bounds
_YEAR = 4  # digits of a year in a record's period
_PARAGRAPHS = 1  # paragraphs before the part's in which its whole may be said


def _data() -> dict:
    return cues.table("kind_parts.toml")["kind_parts"]


def check(view: PageView) -> list[Draft]:
    data = _data()
    out: list[Draft] = []
    seen: list[Num] = []  # the figures of the part's paragraph and the one before, so far
    levels = [n for n in view.nums if _level(view, n, data) or _total_passed(view, n, data)]
    spans = [n for n in levels if _span(n)]  # figures of a span of years (`五年累计`), in page order
    at = 0  # the first of `spans` after the figure read
    named: dict[str, Num] = {}  # the article's figures of paragraphs before the part's, the latest of each metric
    later: dict[str, tuple[list[int], list[Num]]] = {}  # each name's figures, in page order: wholes after kinds
    for n in levels:
        for name in _said_names(n.rec.get("metric") or ""):
            starts, figures = later.setdefault(name, ([], []))
            starts.append(n.start)
            figures.append(n)
    for k, n in enumerate(levels):
        while at < len(spans) and spans[at].start <= n.start:
            at += 1
        if is_threshold(view, n):  # a mark a total passed is a whole, never a part
            seen.append(n)
            continue
        if seen and seen[0].article != n.article:
            named = {}
        named.update((w.rec.get("metric") or "", w) for w in seen if w.paragraph < n.paragraph
                     and not is_threshold(view, w))
        seen = [w for w in seen if n.paragraph - w.paragraph <= _PARAGRAPHS][-_BACK:]
        whole = next((w for w in reversed(seen) if _kind_of(view, n, w, data)), None)
        if whole is None:  # `高速公路通车里程 8000 公里，公路通车里程 21 万公里`: the kind said first
            whole = _next_whole(view, n, levels, k + 1, data)
        if whole is None:  # `2025 年完成水利投资 760 亿元` … `五年累计完成水利投资 3200 亿元`: paragraphs apart
            near = spans[max(0, at - _BACK):at][::-1] + spans[at:at + _BACK]
            whole = next((w for w in near if w.article == n.article and _in_span(n, w, data)), None)
        if whole is None:  # `下岗职工 1.1 万名` … paragraphs on … `安置下岗职工 2000 多人`
            whole = _article_whole(n, named, data)
        why = None
        if whole is None:  # `已有 1.1 万名下岗职工再就业。` ⏎ `…共有 1.5 万名职工下岗。`: the kind said first
            whole, why = _later_whole(view, n, later, data)
        # the whole is chosen by the names, then tested: a kind as large as its whole is the same
        # figure said twice, and a kind over it says nothing (the names may only look alike)
        if whole is not None and n.value < whole.value and whole.interval.hi >= n.interval.lo:
            out.append(part_of_draft(whole, n, why or _why(n, whole)))
        seen.append(n)
    return out


def _article_whole(part: Num, named: dict[str, Num], data: dict) -> Num | None:
    """News articles name a whole once and come back to a kind of it paragraphs later: the latest
    figure of an earlier paragraph of the article whose metric the part's ends
    with, words put before it, of the same measure and place, with periods that share
    some time (across paragraphs the records' periods are read less surely than in one: `1997-04/
    1998-01` since April, `1997` the year). One look-up a suffix: linear in the page. The caller
    keeps it only where the part is smaller (an equal one is the figure said again, a headline's)."""
    pm = part.rec.get("metric") or ""
    for cut in range(data["added_min"], len(pm) - data["whole_min"] + 1):
        whole = named.get(pm[cut:])
        if whole is not None and part.same_measure(whole) and overlapping_scope(part, whole) \
                and not any(pm[:cut].startswith(w) or pm[:cut].endswith(w) for w in data["not_kind"]):
            return whole
    return None


def _later_whole(view: PageView, part: Num, later: dict[str, tuple[list[int], list[Num]]],
                 data: dict) -> tuple[Num | None, str | None]:
    """The whole said after its kind, in a later sentence of the kind's paragraph or of the next
    one: the first later figure named (a verb of having left out: `共有 N 名职工`) by the end of the
    kind's name, words put before it, of the same measure, place and time, that its clause marks a
    total (`共有`, data's total_marks): a figure said later of the same noun may be a later level
    (`矿产达 74 种。到了…，矿产增加到 103 种`) or a sibling (`按此法已使 N 名下岗职工再就业`), which no
    total word says. The kind's name is its metric, or where that runs on past what is counted
    (`下岗职工重新找到工作`) its words up to a word of predicate. With the whole, the explanation
    names both as the text says them (`下岗职工都在“职工下岗”之列`). A bounded number of look-ups a
    figure: linear in the page."""
    for name in _said_names(part.rec.get("metric") or ""):
        for cut in range(data["added_min"], len(name) - data["marked_min"] + 1):
            added, noun = name[:cut], name[cut:]
            starts, figures = later.get(noun, ([], []))
            at = bisect.bisect_right(starts, part.end)
            if at == len(figures) or any(added.startswith(w) or added.endswith(w) for w in data["not_kind"]) \
                    or any(c in added for c in data["joins"]) or any(w in added for w in data["pointers"]):
                continue
            whole = figures[at]
            if whole.sentence == part.sentence or whole.article != part.article \
                    or whole.paragraph - part.paragraph > _PARAGRAPHS:
                continue
            if part.same_measure(whole) and overlapping_scope(part, whole) and _mark(view, whole, data["total_marks"]) >= 0 \
                    and _said_of_kind(view, part, whole, data):
                said = simplified_view(_named(whole.rec.get("metric") or "")) + _said_of(view, whole)
                return whole, f"{name}都在“{said}”之列："
    return None, None


def _said_of_kind(view: PageView, part: Num, whole: Num, data: dict) -> bool:
    """Whether what the whole's clause says of its noun is said of the kind too: each word after
    the noun (`职工下岗`: 下岗) stands in the kind's clause (`下岗职工再就业`), or nothing is said
    (`共有 1.5 万名职工`). `职工参加了技能培训` counts other people than `下岗职工重新上岗` does, and
    `农民工外出务工` others than `返乡农民工`: a noun alike is no whole then."""
    kind = view.text[part.start:view.clause_end(part.end)]
    return all(word in kind for word, tag in pos_tags(_said_of(view, whole)) if tag not in data["unsaid_tags"])


def _said_of(view: PageView, whole: Num) -> str:
    """What the whole's clause says of its noun after it (`1.5 万名职工下岗`: 下岗; none: '')."""
    noun = simplified_view(_named(whole.rec.get("metric") or ""))
    after = view.text[whole.end:view.clause_end(whole.end)].rstrip()
    return after[len(noun):] if after.startswith(noun) else after


def _said_names(metric: str) -> list[str]:
    """A metric, and where it runs on past what is counted into what is said of it (`下岗职工重新找到
    工作`, `农民工返乡`), each run of its words before a word of predicate (a verb, an adverb, a
    preposition: data's name_ends tags), the verb of having it opens with left out."""
    metric = _named(metric)
    names, at = [metric], 0
    for word, tag in pos_tags(metric):
        if at >= _data()["marked_min"] and tag in _data()["name_ends"]:
            names.append(metric[:at])
        at += len(word)
    return names


def _next_whole(view: PageView, part: Num, levels: list[Num], at: int, data: dict) -> Num | None:
    """The whole said right after its kind: the next figure of the measure in the sentence (read
    from levels[at], in page order, no further than the part's sentence: linear in the page), in
    the same clause group (no `；` between: in `A 新招生 a；B 新招生 b；…` a name may have lost its
    own words, and the next figure is a sibling's)."""
    nxt = None
    for i in range(at, len(levels)):
        if levels[i].sentence != part.sentence:
            break
        if levels[i].same_measure(part):
            nxt = levels[i]
            break
    if nxt is None or "；" in view.text[part.end:nxt.start]:
        return None
    return nxt if _kind_of(view, part, nxt, data) else None


def _bare(name: str) -> bool:
    """A name that says what is measured but not of what (`竣工面积`): two figures so named may be
    of different things (data/period_parts.toml bare_measures)."""
    return name in cues.table("period_parts.toml")["period_parts"]["bare_measures"]


def _why(part: Num, whole: Num) -> str:
    pm, wm = _named(part.rec.get("metric") or ""), _named(whole.rec.get("metric") or "")
    pp, wp = record_field(part, "period"), record_field(whole, "period")
    if pp and wp and pp != wp:
        return f"{pp}的{pm}在{wp}的{wm}之内："
    return f"{pm}是{wm}的一种："


def _named(metric: str) -> str:
    """A metric as the explanation names it: without the verb of having it opens with (`有职工`: 职工)."""
    verb = next((v for v in _data()["held_verbs"] if metric.startswith(v) and len(metric) > len(v)), "")
    return metric[len(verb):]


def _span(n: Num) -> bool:
    """A figure of a span of years (`2021/2025`): a total a year's figure may be part of."""
    period = record_field(n, "period") or ""
    first, _, last = period.partition("/")
    return len(first) == len(last) == _YEAR and first.isdigit() and last.isdigit() and first < last


def _in_span(part: Num, whole: Num, data: dict) -> bool:
    """A year's figure (or a part's) of the metric a span's total names, the year inside the span:
    the same name, or a kind of it."""
    pm, wm = part.rec.get("metric") or "", whole.rec.get("metric") or ""
    if whole.qualifier not in _SAID or part.qualifier not in _SAID or any(w in wm for w in data["span_levels"]) \
            or len(wm) < data["whole_min"]:
        return False  # `粮食产量稳定在 800 亿斤以上`: a level each year of the span, no sum of them
    return record_field(part, "period") != record_field(whole, "period") and part.same_measure(whole) \
        and _within(part, whole) and not any(c in wm for c in data["joins"]) and (pm == wm and not _bare(wm) or any(_added(pm, name, data) is not None for name in whole_names(wm, data)))


def _level(view: PageView, n: Num, data: dict) -> bool:
    """An amount of a metric that adds up, not a change, a comparison or a mark passed (`突破 80 亿元`)."""
    metric = n.rec.get("metric") or ""
    return (n.type in SUMMABLE_TYPES and n.sentence >= 0 and n.value > 0 and len(metric) >= data["marked_min"]
            and _said(n, data)
            and not any(w in metric for w in data["not_additive"])
            and not is_change(view, n) and not is_increment(view, n) and not is_threshold(view, n))


def _said(n: Num, data: dict) -> bool:
    """A figure said as an amount: exact, about, or a round figure and more (`一百多家`); not a
    bound of a class (`销售收入 100 亿元以上的企业`) nor a vague one (`几十个甚至上百个`)."""
    if any(w in n.text for w in data["vague"]):
        return False
    return n.qualifier in _SAID or n.qualifier == "over" and any(w in n.text for w in data["more"])


def _total_passed(view: PageView, n: Num, data: dict) -> bool:
    """`总算力突破 1.3 万 PF`: a mark a total passed (its metric names a total) bounds each kind of it
    from above no less than the total itself."""
    metric = n.rec.get("metric") or ""
    return is_threshold(view, n) and n.type in SUMMABLE_TYPES and n.value > 0 and n.sentence >= 0 \
        and len(whole_names(metric, data)) > 1 and not any(w in metric for w in data["not_additive"])


def whole_names(metric: str, data: dict) -> list[str]:
    """The names a kind of a whole may end with: the whole's metric, and the same without its total
    word (`进出口总额` → 进出口额, `播种总面积` → 播种面积): a kind is rarely itself called a total."""
    names = [metric]
    for word in data["total_words"]:
        at = metric.find(word)
        if 0 < at and at + len(word) < len(metric):
            names.append(metric[:at] + metric[at + len(word):])
    return [n for n in names if len(n) >= data["whole_min"]]  # `总里程` leaves 里程: of anything


def _kind_of(view: PageView, part: Num, whole: Num, data: dict) -> bool:
    """part's metric is whole's with words put before it or before its head noun, of the same
    measure and place, in its period; or a short whole the text marks as a total (`共有 1.5 万名
    职工`, `拥有 12 亿人口`) or a part it marks as some of a whole (`其中`) with words put before
    the whole's noun (`下岗职工`, `贫困人口`), where a period only one of them states is the other's."""
    pm, wm = part.rec.get("metric") or "", whole.rec.get("metric") or ""
    if pm == wm or not part.same_measure(whole) or not _same_scope(view, part, whole, data):
        return False
    if pm.startswith(tuple(data["undone"])) and any(w in _before(view, whole) for w in data["done_marks"]):
        return False  # `未完成…的村 8 个` beside `已完成…的村 118 个`: two halves, not a kind and its whole
    if len(wm) >= data["whole_min"] and _within(part, whole) and (
            any(_added(pm, name, data) is not None for name in whole_names(wm, data)) or _restricted(pm, wm, data)):
        return True
    if not 0 <= part.sentence - whole.sentence <= 1 or not _within(part, whole, lenient=True):
        return False
    nouns = _nouns(view, whole, data)
    scoped = nouns and any(w + simplified_view(nouns[0]) in _before(view, whole) for w in data["scope_marks"])
    if not scoped and _mark(view, whole, data["total_marks"]) < 0:
        nouns = nouns[:1] if part.start > whole.end and _mark(view, part, data["subset_marks"]) >= 0 else []
    return any((_added(name, noun, data) or "-").isalpha() for noun in nouns for name in _part_names(view, part, noun))


def _same_scope(view: PageView, part: Num, whole: Num, data: dict) -> bool:
    """`全省共有职工 N 万人，全市有下岗职工 M 万人`: words of scope that differ right before the two
    figures (data's scope_marks) say two places, whatever places the records were given (a scope
    word alone gives none); a figure with none is read in the other's."""
    said = [next((w for w in data["scope_marks"] if w in _before(view, n)), None) for n in (part, whole)]
    return None in said or said[0] == said[1]


def _mark(view: PageView, n: Num, words: list[str]) -> int:
    """Where the last of the words stands in the figure's clause before it, read back no further
    than data's mark_reach (-1: none)."""
    return max(_before(view, n).rfind(w) for w in words)


def _before(view: PageView, n: Num) -> str:
    return view.text[max(view.clause_start(n.start), n.start - _data()["mark_reach"]):n.start]


def _nouns(view: PageView, whole: Num, data: dict) -> list[str]:
    """The names a marked whole's kinds may end with: its metric without a verb of having (`有企业`:
    企业), a name of letters only, no list (`度夏考察和越冬考察`; a list in a clause before `的` leaves
    the noun after it) nor brackets; where the name is
    said before its total word (`重大工业建设项目共有 300 个`), a count's also each shorter end of
    it (建设项目, 项目), or before its figure after a word of scope (`全省乡村教师为 N 万人`):
    a count counts its last noun, whatever words come before. A name said after the total word
    (`共有 4 名甲方士兵、2 名乙方士兵`, `共有在编职工 N 人，退休职工 M 人`) may open a list of
    siblings: only a kind of the whole name is its part. An amount's end is a word of measure (`产量`) that names no thing:
    `油料产量` is no kind of `粮食产量`."""
    wm = whole.rec.get("metric") or ""
    noun = next((wm[len(v):] for v in data["held_verbs"] if wm.startswith(v)), wm)
    if any(c in noun for c in data["joins"]):  # `继续施工和开始施工的…企业`: the list is the clause's, the noun after it one
        noun = noun.rpartition("的")[2]
    if len(noun) < data["marked_min"] or not noun.isalpha() or any(c in noun for c in data["joins"]):
        return []
    before = _before(view, whole)
    named = before.find(simplified_view(noun[-data["marked_min"]:]))
    said_first = whole.type == "count" and named >= 0 and not any(0 <= before.find(w) < named for w in data["total_marks"])
    ends = range(len(noun) - 1, data["marked_min"] - 1, -1) if said_first else ()
    return [noun] + [noun[-k:] for k in ends]


def _part_names(view: PageView, part: Num, noun: str) -> list[str]:
    """The part's metric, and where it runs on past the noun (`退休工人领到了补贴`) the words up to
    the noun when they are said right after the figure (`8000 名退休工人`): what a count counts."""
    pm = part.rec.get("metric") or ""
    at = pm.find(noun)
    if at < 0 or at + len(noun) == len(pm):
        return [pm]
    said = pm[:at + len(noun)]
    shown = simplified_view(said)  # the view's text is in simplified characters, a metric as the page has it
    return [pm, said] if view.text.startswith(shown, part.end) or part.text.endswith(shown) else [pm]


def _restricted(pm: str, wm: str, data: dict) -> bool:
    """`登记选民 3.2 亿人`, … `参加投票的选民 2.8 亿人`: a clause with `的` before the noun that ends
    the whole's name picks some of the things the whole counts; not where the whole's name has a
    clause of its own (`属于中央各部的项目`, `属于地方的项目`: two kinds side by side) or the clause
    joins names (`商业、粮食…方面的支出`)."""
    clause, _, noun = pm.rpartition("的")
    return bool(clause) and len(noun) >= data["head_min"] and len(clause) >= data["added_min"] \
        and wm.endswith(noun) and "的" not in wm and not any(c in clause for c in data["joins"]) \
        and not any(w in clause for w in data["not_kind"] + data["pointers"])


def _added(pm: str, name: str, data: dict) -> str | None:
    """The words a part's name puts into a whole's name: before it (`新能源` + `汽车产量`) or
    before its head noun (`国营` + `工业` + `企业收入`, `参加` + `高级` + `农业生产合作社的农户`);
    None where the part's name is not the whole's with words put in, or the words make another
    measure (`新增`), a list (`企业和事业`: more than one kind) or no kind (one character)."""
    extra = len(pm) - len(name)
    if extra < data["added_min"]:
        return None
    for cut in [0] + list(range(1, len(name) - data["head_min"] + 1)):
        if pm.startswith(name[:cut]) and pm.endswith(name[cut:]):
            added = pm[cut:cut + extra]
            if not any(added.endswith(w) or added.startswith(w) for w in data["not_kind"]) \
                    and not any(c in added for c in data["joins"]) and not any(w in added for w in data["pointers"]):
                return added
    return None


def _within(part: Num, whole: Num, lenient: bool = False) -> bool:
    """The same place, and the part's period inside the whole's (a year's figure inside a span's
    total; a span's inside a year's is no part); lenient: a period only one states (`拥有 12 亿人口`
    has none: the time of the text) is not another period."""
    if record_field(part, "place") != record_field(whole, "place"):
        return False
    pp, wp = record_field(part, "period"), record_field(whole, "period")
    if not pp or not wp or pp == wp:
        return pp == wp or lenient
    (plo, phi), (wlo, whi) = months(pp), months(wp)
    return wlo <= plo and phi <= whi
