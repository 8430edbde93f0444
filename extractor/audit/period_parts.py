"""part_of across years: one year's amount within the total a text states for a span of years
that holds the year.

    1994 年至 1997 年全国共投资 542 亿元 … 1997 年全年预计可完成投资 160 亿元
    五年城镇新增就业 603.7 万人 … （2025 年）城镇新增就业 121.7 万人
    1997 年全省共接待海外游客 120 万人次 … 12 月份接待海外游客 11 万人次
The span and the year are the records' periods (`1994/1997` holds `1997`), both of one article (a
page of several reports or articles pairs no year of one with the span of another); a year's number said as
the year's total (`全年`, `共`, `累计`, no level at its end: data/period_parts.toml) holds the
numbers of its months. The two numbers are
named alike once the words of time and accumulation are dropped (data/period_parts.toml: one
name is the other less words before it, four characters at least), of one type, unit and place
(a place known for one of them only may be another),
neither a change nor an average, both of additions or neither, the span's not said as more on top
(`再新增`). Names that are not one the other less words may still tie: the same object after
other verbs (`筹建` / `新筹集保障性租赁住房`: a few characters before it, or an object long enough to
name one thing alone), or a kind the span's name holds (`燃气管网` of `供热、燃气老旧管网`); such a
pair is never more than unverifiable. A span's number said as a level kept (`稳定在 500 万吨以上`)
bounds each year's number (bound), no sum of them. A year's amount over the span's
total is inconsistent where the total says it adds up (`累计`, `共`), or where both clauses say
their things were made (`新建`, `建成`: additions of the span and of the year), or where the span's
is of things done (`建设高标准农田`, a verb of doing opening its name, no level said); the year's
name may then add words before the span's (`实际使用外资`), else unverifiable. A total said as planned
or forecast (`预计`, `计划`, `目标`, `任务`, `力争`) is no amount that happened: a year over it is
unverifiable.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from ..fact_types import SUMMABLE_TYPES
from .amounts import is_change
from .findings import part_of_draft, sum_draft
from .stated_bound import bound_draft
from .heads import measured_name
from .model import Draft, Num, PageView

_SPAN = re.compile(r"(\d{4})/(\d{4})")
_YEAR = re.compile(r"\d{4}")
_MONTH = re.compile(r"\d{4}-\d\d(?:-\d\d)?")  # `1997-12`, a month (or a day) of one year
_MONTHS = re.compile(r"(\d{4})-\d\d/(\d{4})-\d\d")
_NAME = 4  # the shortest name that ties numbers sentences apart
_LONGEST = 16  # names are compared by their endings up to this length (keeps a page linear)
_PER_WHOLE = 8  # parts held against one total
_HEAD = 2  # the head noun two names of one measure end with (`投资`, `面积`, `就业`)
_TOPIC = 4  # characters two sentences share where a part's name leaves out the whole's words
_HEAD_CANDIDATES = 64  # numbers of one head looked at per total (keeps a page linear)
_OBJECT = 5  # characters of the object two names end with alike whatever verbs stand before it
_KIND = 2  # characters of the modifier that names a kind in a span's list of kinds
_LEVEL_WEAK = "整体所说的是各年保持的水平，名称或统计口径未必与该年数字相同"
_LONG_OBJECT = 8  # characters of an object that names one thing whatever words stand before it
_NAMED_APART = "整体未明言为各年合计，或两数名称不尽相同"
_PLANNED = "整体所说的是计划、预计或目标数，不是已发生的合计"
_VERB = 3  # characters before that object in either name: a verb (`筹建`, `新筹集`), no modifier


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("period_parts.toml")["period_parts"]


def _bare(name: str, said: bool = False) -> str:
    """A name less the words of time, accumulation and doing (`共投资`, `预计可完成投资`: 投资)
    and of reaching at its end (`收入累计超`: 收入); a word that only holds one of them (`公共` of
    `一般公共预算`) stays whole; a word of addition inside it is said first, for comparing (`said`:
    in the order the text has it, for explanations)."""
    for _ in range(2):  # `累计超过`, `提升到`: words of reaching or bounding said right before the number
        end = next((w for w in _cues()["reaching"] if name.endswith(w)), None)
        name = name[: -len(end)] if end else name
    parts = re.split("(" + "|".join(_cues()["kept"]) + ")", name)
    for w in _cues()["dropped"]:
        parts = [x if x in _cues()["kept"] else x.replace(w, "") for x in parts]
    bare = "".join(parts)
    # an addition's word may stand before the thing's modifier or after it (`城镇新增就业`,
    # `新增城镇就业`): one name, said first
    added = next((w for w in _cues()["increment"] if w in bare[1:]), None)
    if said or added is None or any(w in bare for w in _cues()["increment_held"]):
        return bare
    return added + bare.replace(added, "", 1)


def _adds(bare: str) -> bool:
    """The name counts what was added (`新增就业`), not what was done to things in two ways
    (`新建改造…管网`: built or renovated, a verb of doing right after the word of addition)."""
    for w in _cues()["increment"]:
        at = bare.find(w)
        if at >= 0 and not bare[at + len(w):].startswith(tuple(_cues()["done"])):
            return True
    return False


def _changed(view: PageView, n: Num) -> bool:
    """A change or comparison, not an amount; `累计超 1.6 万亿元`, whose record reads 超 as a bound
    (qualifier over), is an amount said as more than so much, no excess over a plan."""
    label = view.label_before(n).rstrip()
    if n.qualifier == "over" and label.endswith(tuple(_cues()["bound_words"])):
        return False
    return is_change(view, n)


def _totalled(text: str, words: str = "total") -> bool:
    """The text says a number adds up (`累计`, `共`), not as part of another word (`公共`)."""
    for w in _cues()["kept"]:
        text = text.replace(w, "")
    return any(w in text for w in _cues()[words])


def _place(n: Num) -> str | None:
    p = n.rec.get("place")
    return p if isinstance(p, str) else None


def check(view: PageView) -> list[Draft]:
    wholes, parts, by_head = [], {}, {}
    for n in view.nums:
        period = n.rec.get("period")
        if n.type not in SUMMABLE_TYPES or n.qualifier in ("range", "under") or not isinstance(period, str):
            continue
        name = measured_name(view, n)
        if any(w in name for w in _cues()["average"]) or _changed(view, n):
            continue
        span = _SPAN.fullmatch(period) or _named_span(view, n, period)
        year = _year(period)
        if span and int(span.group(1)) < int(span.group(2)):
            wholes.append((n, name, int(span.group(1)), int(span.group(2))))
        elif year is not None:
            if _year_total(view, n, period, name):
                wholes.append((n, name, year, year))  # `全年共接待 120 万人次`: the year's months are in it
            if any(w in view.text[view.clause_start(n.start):n.start] for w in _cues()["span_words"]):
                continue
            bare = _bare(name)
            entry = (n, bare, year, not _YEAR.fullmatch(period))  # the last: months of the year only
            if len(bare) >= _NAME:
                for k in range(_NAME, min(len(bare), _LONGEST) + 1):
                    parts.setdefault(bare[-k:], []).append(entry)
            if len(bare) >= _HEAD:
                by_head.setdefault(bare[-_HEAD:], []).append(entry)
    kept = []
    for whole, name, first, last in wholes:
        bare = _bare(name)
        if len(bare) < _HEAD or bare in _cues()["bare_measures"] or _beyond(view, whole):
            continue
        added = _adds(bare)
        alike = _alike(parts, bare) if len(bare) >= _NAME else []
        fits = [p for p in alike + _headed(view, whole, bare, by_head) if _fits(whole, first, last, added, *p)]
        kept.append((whole, name, first, last, bare, fits))
    # a name that leaves words out belongs to the least specific total that holds it (`投资` of
    # the nation's `教职工住房建设投资`, not of the schools' `中小学教职工住房建设投资`)
    shortest: dict[int, int] = {}
    # a name that ends with the names of two totals belongs to the longer one (`一至四季度…电信业务收入`
    # to the year's `电信业务收入`, not to a new business line's `共完成业务收入`)
    longest_end: dict[int, int] = {}
    for *_, bare, fits in kept:
        for p in fits:
            shortest[p[0].start] = min(shortest.get(p[0].start, len(bare)), len(bare))
            if p[1].endswith(bare):
                longest_end[p[0].start] = max(longest_end.get(p[0].start, 0), len(bare))
    drafts = []
    for whole, name, first, last, bare, fits in kept:
        told = _totalled(name)
        shown = _bare(name, said=True)
        added = _adds(bare)
        found: dict[int, tuple[Num, str]] = {}
        listed: dict[int, list[Num]] = {}
        for part, pbare, year, _ in fits:
            if pbare.endswith(bare) and len(bare) < longest_end.get(part.start, 0):
                continue
            if _ends_alike(bare, pbare) or len(bare) <= shortest[part.start]:
                found.setdefault(part.start, (part, pbare))
        for part, pbare in list(found.values())[:_PER_WHOLE]:
            # an addition over a span (`2021—2025年城镇新增就业`) is its years' additions added up, as
            # a total said with 累计/共 is: a year's addition of the same name cannot exceed it
            # so is a span's count of things made (`五年来新建……275个口袋公园`) against a year's
            # count of the same things made (`85个口袋公园等建成开放`): flows both, not a stock
            summed = told or _summed(view, whole)
            # the year's name may add words before the span's (`实际使用外资` in `五年累计使用外资`): the
            # same thing or a narrower one, where the span's is said as a sum or as things done
            weak = None if (summed or added or _made(view, whole) and _made(view, part)) and pbare == bare \
                or (summed or _done(view, whole, bare)) and pbare.endswith(bare) \
                else _NAMED_APART
            if _planned(view, whole, name):
                weak = _PLANNED  # `全年预计新建`: a forecast or target, no amount that happened
            years = f"{first}—{last}年" if first < last else f"{first}年全年"
            if first < last and _kept_level(view, whole):
                # `棉花总产量连续 5 年稳定在 500 万吨以上`: a level every year of the span keeps, so
                # a bound on the year's number, no sum of the years
                drafts.append(bound_draft(whole, part, whole.qualifier, _LEVEL_WEAK,
                                          f"{years}每年的“{shown}”都在所说的界限内，{_said(part.rec['period'])}"))
                continue
            if weak == _NAMED_APART:
                listed.setdefault(part.sentence, []).append(part)
                continue
            drafts.append(part_of_draft(whole, part, f"{years}的“{shown}”包含{_said(part.rec['period'])}的部分，其", weak))
        for group in listed.values():
            # kinds of the span's things the year lists in one sentence (`燃气管网…、供水管网…`):
            # distinct items, their sum within the span's total (over it: unverifiable only)
            said = f"{years}的“{shown}”包含{_said(group[0].rec['period'])}所列各类"
            drafts += [sum_draft(whole, group, False, said, disjoint=False)] if len(group) > 1 else \
                [part_of_draft(whole, group[0], f"{years}的“{shown}”包含{_said(group[0].rec['period'])}的部分，其",
                               _NAMED_APART)]
    return drafts


def _ends_alike(bare: str, pbare: str) -> bool:
    return len(pbare) >= _NAME and (bare.endswith(pbare) or pbare.endswith(bare))


def _fits(whole: Num, first: int, last: int, added: bool, part: Num, pbare: str, year: int, months: bool) -> bool:
    """A year of the span (months of it, where the total is a year's), of the same measure and
    place, in another sentence, both of additions or neither."""
    return first <= year <= last and (months or first < last) and part.same_measure(whole) \
        and part.sentence != whole.sentence and part.article == whole.article \
        and added == _adds(pbare) and _place(part) == _place(whole)


def _headed(view: PageView, whole: Num, bare: str, by_head: dict) -> list:
    """The year's numbers of the same head noun whose name is the total's with words left out
    (`竣工面积` of `竣工建筑面积`, `投资` of `城镇教职工住房建设投资`) or the same short name (`就业`;
    a name that short only against a total said to add up, `共`):
    a name that leaves words out must share its topic with the total's sentence (the words it
    leaves out are said before it), and neither may name a thing of its own the other lacks."""
    out = []
    summed = _summed(view, whole)
    for p in by_head.get(bare[-_HEAD:], [])[:_HEAD_CANDIDATES]:
        pbare = p[1]
        if len(pbare) < _NAME and not summed:
            continue  # `实现四个现代化`: a short name ties numbers only to a total said to add up (`共安排`)
        if pbare == bare:
            out.append(p)
        elif len(pbare) < len(bare) and _left_out(pbare, bare) and _same_topic(view, whole, p[0]):
            out.append(p)
        elif _same_object(pbare, bare) or _listed_kind(view, whole, pbare, bare):
            out.append(p)  # weak (the names differ): never more than unverifiable
    return out


def _same_object(pbare: str, bare: str) -> bool:
    """The two names end in one object of some length (`保障性租赁住房`) and differ only in the
    verbs before it (`筹建`, `新筹集`): what was done to the same things in the span and in the year."""
    k = 0
    while k < min(len(pbare), len(bare)) and pbare[-1 - k] == bare[-1 - k]:
        k += 1
    # what stands before the object is a verb's few characters in each, not a kind of its own
    # (`国家中小企业特色产业集群`, `优势特色产业集群`: two kinds of cluster), unless the object is
    # long enough to name one thing alone (`两项补贴和困难救助的资金`)
    return k >= _LONG_OBJECT or k >= _OBJECT and max(len(pbare), len(bare)) - k <= _VERB


def _kept_level(view: PageView, whole: Num) -> bool:
    """A span's number said as a level kept (`稳定在`, `保持在`) and as a bound (`以上`, `以下`)."""
    clause = view.text[view.clause_start(whole.start):whole.start]
    return whole.qualifier in ("over", "under") and any(w in clause for w in _cues()["level"])


def _listed_kind(view: PageView, whole: Num, pbare: str, bare: str) -> bool:
    """The year's name is one kind of the span's head noun that the span's name holds (`燃气管网` of
    `新建改造供热、供排水、燃气老旧管网`): the kind's modifier in the span's name, the head ending
    both names, and the span's number no level kept over its years (`稳定在 1300 亿斤以上`: each
    year's, no sum of them)."""
    kind = pbare[:-_HEAD]
    if not pbare.endswith(bare[-_HEAD:]) or len(kind) < _KIND or len(pbare) >= len(bare) or kind not in bare[:-_HEAD]:
        return False
    clause = view.text[view.clause_start(whole.start):view.clause_end(whole.end)]
    return not any(w in clause for w in _cues()["stock"]) and (_kept_level(view, whole)
                                                               or not any(w in clause for w in _cues()["level"]))


def _summed(view: PageView, whole: Num) -> bool:
    """The total's clause says it adds up (`这三年城镇共安排两千多万人就业`)."""
    return _totalled(view.text[view.clause_start(whole.start):whole.start])


def _done(view: PageView, whole: Num, bare: str) -> bool:
    """A span's number of things done (`建设高标准农田 2556 万亩`, `认定…人才 1.26 万人`): its name
    opens with a verb of doing (data/period_parts.toml done), it is no bound, and its clause says no
    level (`稳定在`, `达到`, `年末`): what was done in the span adds up its years'."""
    clause = view.text[view.clause_start(whole.start):view.clause_end(whole.end)]
    return bare.startswith(tuple(_cues()["done"])) and whole.qualifier in ("exact", "about") \
        and not any(w in clause for w in _cues()["stock"] + _cues()["level"])


def _made(view: PageView, n: Num) -> bool:
    """The number's clause says what it counts was made (`新建`, `建成开放`), before or after it."""
    clause = view.text[view.clause_start(n.start):view.clause_end(n.end)]
    return any(w in clause for w in _cues()["made"]) and not any(w in clause for w in _cues()["stock"])


def _left_out(short: str, long: str) -> bool:
    """`short` is `long` with words left out, keeping its order and its head."""
    it = iter(long)
    return short[-_HEAD:] == long[-_HEAD:] and all(c in it for c in short)


def _same_topic(view: PageView, whole: Num, part: Num) -> bool:
    """The two sentences, up to each number, share a run of words (`教职工住房建设`)."""
    a = _words(view, whole)
    b = _words(view, part)
    grams = {a[i:i + _TOPIC] for i in range(len(a) - _TOPIC + 1)}
    return any(b[i:i + _TOPIC] in grams for i in range(len(b) - _TOPIC + 1))


def _words(view: PageView, n: Num) -> str:
    start, _ = view.sentence_span(n.start)
    return "".join(c for c in view.text[start:n.start] if "\u4e00" <= c <= "\u9fff")


def _year_total(view: PageView, n: Num, period: str, name: str) -> bool:
    """A year's number said as the year's total (`全年共接待`, `1997年累计新增`), not a level at its end."""
    if not _YEAR.fullmatch(period) or any(w in name for w in _cues()["stock"]):
        return False
    clause = view.text[view.clause_start(n.start):n.start]
    return _totalled(clause, "year_total") and not any(w in clause for w in _cues()["stock"])


def _year(period: str) -> int | None:
    """The one year a period lies in: `2011`, a month of it (`2011-12`), or months of one year
    (`1981-01/1981-09`)."""
    if _YEAR.fullmatch(period):
        return int(period)
    if _MONTH.fullmatch(period):
        return int(period[:4])
    m = _MONTHS.fullmatch(period)
    return int(m.group(1)) if m and m.group(1) == m.group(2) else None


def _said(period: str) -> str:
    """A part's period as the text would say it: `2026年`, `2025年1—9月`."""
    m = re.fullmatch(r"(\d{4})-(\d\d)/\d{4}-(\d\d)", period)
    if m:
        return f"{m.group(1)}年{int(m.group(2))}—{int(m.group(3))}月"
    m = re.fullmatch(r"(\d{4})-(\d\d)(?:-(\d\d))?", period)
    if m:
        return f"{m.group(1)}年{int(m.group(2))}月" + (f"{int(m.group(3))}日" if m.group(3) else "")
    return f"{period}年"


def _named_span(view: PageView, n: Num, period: str) -> re.Match | None:
    """A number whose record says one year but whose clause counts the years up to it
    (`五年城镇新增就业 4500 万人`, period 2015): the span those years make, ending with it."""
    if not _YEAR.fullmatch(period):
        return None
    before = view.text[view.clause_start(n.start):n.start]
    years = [k for w, k in _cues()["years_of_span"].items() if w in before]
    if len(years) != 1 or years[0] < 2:
        return None  # none, or two spans named in one clause: which one is the number's is unsaid
    last = int(period)
    return _SPAN.fullmatch(f"{last - years[0] + 1}/{last}")


def _planned(view: PageView, whole: Num, name: str) -> bool:
    """A total said as planned, forecast or aimed at (`全年预计新建`, `计划完成`, `目标任务`): no
    amount that happened, so a part over it is no error of the text."""
    clause = view.text[view.clause_start(whole.start):view.clause_end(whole.end)]
    return any(w in clause + name for w in _cues()["planned"])


def _beyond(view: PageView, whole: Num) -> bool:
    """The span's amount is said as more on top of what was done (`再新增`): the year's is not in it."""
    before = view.text[view.clause_start(whole.start):whole.start]
    return any(w in "".join(before.split()) for w in _cues()["beyond"])


def _alike(parts: dict, bare: str) -> list:
    """The year's numbers whose name ends with the total's, or ends the total's."""
    out = list(parts.get(bare[-_LONGEST:], [])) if len(bare) <= _LONGEST else []
    for k in range(_NAME, min(len(bare), _LONGEST) + 1):
        out += [p for p in parts.get(bare[-k:], []) if p[1] == bare[-k:] and len(bare) > k]
    return out
