"""Five-year periods written as words (这五年, 今后五年, “十四五”时期, 第六个五年计划): the span of
years they name, found in a stretch of text (data/period.toml)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, NamedTuple, Optional

from .clauses import sentence_start
from .lexicon import alternation, table
from .span_flows import list_head, listed_after_flow, opened_by_total, own_item, without_level_names, written_from
from .word_starts import led_by_first_chars


_DIGITS = "一二三四五六七八九"


class _FiveYears(NamedTuple):
    words: re.Pattern                  # 这五年 / 今后五年, the group `ahead` set for the latter
    plans: re.Pattern                  # a plan named by its number, the group `n`
    starts: dict[int, int]
    right_before: tuple[str, ...]      # a bare plan right after these is a point aimed at (到“九五”末)
    clause_verbs: re.Pattern           # its clause names the plan's making or aims (完成国家“十四五”…)
    clause_aims: re.Pattern
    not_after: tuple[str, ...]         # a point in the plan (“九五”末, “八五”以来)
    followed_by: tuple[str, ...]       # what may follow a plan read as a time, besides a figure


@lru_cache(maxsize=1)
def _five_years() -> _FiveYears:
    t = table("period.toml")
    # each plan form names the number in its own group (a pattern may not repeat a group's name)
    forms = [re.escape(p).replace(re.escape("{n}"), "{n}") for p in t["plan_names"]]
    plan = "|".join(f.replace("{n}", f"(?P<n{i}>十?[{_DIGITS}]|十)") for i, f in enumerate(forms))
    figures = set(t["five_years_in_figures"])
    ahead = _digit_forms(t["five_years_ahead"], figures)
    back = _digit_forms(t["five_years_back"], figures)
    words = f"(?P<ahead>{alternation(ahead)})|{alternation(back)}"
    # each led by a test of its first character: the alternatives were tried at every
    # character of every sentence, a third of the cost of reading a sentence's times
    plan_firsts = {"十" + _DIGITS if p.startswith("{n}") else p[0] for p in t["plan_names"] if p}
    word_firsts = {w[0] for w in [*ahead, *back] if w}
    return _FiveYears(_led(words, word_firsts), _led(plan, plan_firsts),
                      {int(k): int(v) for k, v in t["plan_starts"].items()},
                      tuple(t["bare_plan_not_right_before"]), re.compile(alternation(t["bare_plan_clause_verbs"])),
                      re.compile(alternation(t["bare_plan_clause_aims"])), tuple(t["bare_plan_not_after"]),
                      tuple(t["bare_plan_followed_by"]))


def _led(pattern: str, firsts: set[str]) -> re.Pattern:
    if not firsts:  # no words: the pattern as it is
        return re.compile(pattern)
    return re.compile(f"(?=[{''.join(sorted(map(re.escape, ''.join(firsts))))}])(?:{pattern})")


def _digit_forms(words: list[str], figures: set[str]) -> list[str]:
    """The words as written, and those of `figures` with the five in figures too (近5年来, as news
    pages write it; a bare 5年来 is more often someone's own five years)."""
    return [*words, *(w.replace("五", d) for w in words if w in figures for d in "5５")]


def plan_number(s: str) -> int:
    """The number a five-year plan is named by (十一 of “十一五”: 11)."""
    return _number(s)


def _number(s: str) -> int:
    if s == "十":
        return 10
    tens = 10 if s.startswith("十") else 0
    return tens + _DIGITS.index(s[-1]) + 1


def plan_span(n: int, starts: Optional[dict[int, int]] = None) -> tuple[int, int]:
    """The years of the n-th five-year plan."""
    starts = starts or _five_years().starts
    if n in starts:
        first = starts[n]
    else:
        top = max(starts)
        first = starts[top] + 5 * (n - top)
    return first, first + 4


def five_year_periods(text: str, start: int, end: int,
                      year: Optional[int]) -> Iterator[tuple[int, int, str]]:
    """(start, end, period) of each five-year expression between start and end; year: the year the
    article was written (这五年 and 今后五年 count from it; without it they give nothing)."""
    fy = _five_years()
    for m in fy.plans.finditer(text, start, end):
        n = next(v for k, v in m.groupdict().items() if v)
        a, b = plan_span(_number(n), fy.starts)
        first = _first_years(text, m.end(), end)
        if first:  # “八五”期间的头两年: the plan's first years
            yield m.start(), first[0], f"{a}/{a + first[1] - 1}"
        else:
            yield m.start(), m.end(), f"{a}/{b}"
    for m in _BARE_PLAN.finditer(text, start, end):
        first = _first_years(text, m.end(), end)
        if first:  # 进入“九五”两年来, “八五”头两年: a plan named bare, its first years
            a, _ = plan_span(_number(m.group("n")), fy.starts)
            yield m.start(), first[0], f"{a}/{a + first[1] - 1}"
        elif _bare_plan_is_time(text, m.start(), m.end(), fy):
            # 据对“八五”５１个技术改造项目统计, 我们“八五”以年均２６％的速度增长: the plan's years
            yield m.start(), m.end(), "{}/{}".format(*plan_span(_number(m.group("n")), fy.starts))
    if year is None:
        return
    for m in fy.words.finditer(text, start, end):
        a = year if m.group("ahead") else year - 5
        yield m.start(), m.end(), f"{a}/{a + 4}"


def opening_five_periods(text: str, start: int, end: int, year: Optional[int]) -> Iterator[tuple[int, int, str]]:
    """(start, end, period) of each bare 五年 opening a sentence or a clause after ； that runs into its figure (五年实际利用外资1680亿美元
    in a 1996 report: 1991/1995; after “九五”期间… in its paragraph: 1996/2000); year: the year of the writing."""
    if year is None:
        return
    fy = _five_years()
    for m in _opening_five().finditer(text, start, end):
        if text[m.start() - 1:m.start()] in _COMMAS and (_names_a_year(text, m.start() - 1) or _plans(text, m.start())):
            continue  # 2030年，五年城镇新增就业…: the five years to the year just named; …目标，…，五年…: a plan's
        yield m.start(), m.end(), _paragraph_plan(text, m.start(), fy) or f"{year - 5}/{year - 1}"


_COMMAS = "，,"
_CLAUSE_BREAKS = "。；！？\n，,"


def _plans(text: str, at: int) -> bool:
    """Whether the sentence before `at` states a plan (坚持把增加就业作为…的优先目标，…，五年城镇新增就业4500万人: the plan's
    five years, which the sentences before carry): data/period.toml [year_end_stocks] target_words."""
    since = sentence_start(text, at)
    return any(w in text[since:at] for w in table("period.toml")["year_end_stocks"]["target_words"])


def _names_a_year(text: str, comma: int) -> bool:
    """Whether the clause before the comma at `comma` names a year (2030年，; 一九八五年…，; 今年，), which a 五年 after it
    counts to; a clause with none (全国普通高等学校达到一千零一十六所，五年新建三百四十一所; 按可比价格计算，五年平均每年
    增长…) leaves it the five years reviewed."""
    since = max(text.rfind(c, 0, comma) for c in _CLAUSE_BREAKS) + 1
    return bool(_A_YEAR.search(text, since, comma))


# a year a clause names: written (2030年, 一九八五年) or said (今年, 上年)
_A_YEAR = re.compile(r"(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4}|[今去明本当上前])年")
_PLAN_LOOK_BACK = 400  # characters of its paragraph a bare 五年 looks back over for the plan it counts


def _paragraph_plan(text: str, at: int, fy: _FiveYears) -> Optional[str]:
    """The span of the plan named last before `at` in its paragraph (“九五”期间…：…；五年…, “十一五”期间，…；五年淘汰…
    in a 2007 report: the plan's years, not the five before the writing)."""
    since = max(text.rfind("\n", 0, at) + 1, at - _PLAN_LOOK_BACK)
    found = None
    for m in fy.plans.finditer(text, since, at):
        found = plan_span(_number(next(v for v in m.groupdict().values() if v)), fy.starts)
    return f"{found[0]}/{found[1]}" if found else None


@lru_cache(maxsize=1)
def _opening_five() -> re.Pattern:
    """五年 opening a sentence or a clause, with a figure in its clause (data/period.toml five_years_opening_*; after
    a comma only where the clause before names no year: 2030年，五年城镇新增就业… counts the five years to the year just
    named, opening_five_periods)."""
    t = table("period.toml")
    stop = re.escape("".join(t["five_years_opening_not_before"]))
    figure = "0-9０-９一二三四五六七八九十两百千万"
    return re.compile(rf"(?:(?<=[。；！？\n，,])|^)五年(?![{stop}])(?=[^，。；：！？\n{figure}]{{1,{int(t['five_years_opening_reach'])}}}[{figure}])",
                      re.M)


def _bare_plan_is_time(text: str, at: int, end: int, fy: _FiveYears) -> bool:
    """Whether a plan named bare in quotes is when its clause's figures fall, not the plan's aims,
    its making or a point at its end (为实现“九五”目标, 制定“十五”规划, 到“九五”末)."""
    if text.endswith(fy.right_before, 0, at) or text.startswith(fy.not_after, end):
        return False
    if not (_FIGURE_START.match(text, end) or text.startswith(fy.followed_by, end)):
        return False  # “五五”普法: a campaign of its own, not the plan
    before = _CLAUSE_BREAK.split(text[max(0, at - _CLAUSE_REACH):at])[-1]
    after = _CLAUSE_BREAK.split(text[end:end + _CLAUSE_REACH], maxsplit=1)[0]
    return not fy.clause_verbs.search(before) and not fy.clause_aims.search(after)


# (not a plan named with 时期, 期间, 计划, 规划 or 以来, which plan_names reads; 以 otherwise is a manner, “八五”以年均…)
_BARE_PLAN = re.compile(rf"“(?P<n>十?[{_DIGITS}]|十)五”(?![时期计规]|以[来后前])")
# the first few years of a plan: 头两年, 前三年, 两年来 (a count of years alone says its first ones
# only with 来/中/里/间 after it)
_FIRST = re.compile(r"的?(?:(?P<head>头|前|最初)(?P<k>[两二三四2-4２-４])年|(?P<k2>[两二三四2-4２-４])年(?:来|中|里|间))")


def _first_years(text: str, at: int, end: int) -> Optional[tuple[int, int]]:
    """(where it ends, how many) of a plan's first years written right after the plan's name."""
    m = _FIRST.match(text, at, end)
    if not m:
        return None
    return m.end(), _count(m.group("k") or m.group("k2"))


def recent_year_periods(text: str, start: int, end: int,
                        year: Optional[int]) -> Iterator[tuple[int, int, str]]:
    """(start, end, period) of each `last few years` between start and end (最近3年来 in a 1998
    article: 1995/1997, the years before the writing); year: the year the article was written."""
    if year is None:
        return
    for m in _recent_years().finditer(text, start, end):
        n = _count(m.group("k") or m.group("k2") or m.group("k3") or m.group("k4") or m.group("k5")
                   or m.group("k6"))
        if n >= 2:
            yield m.start(), m.end(), f"{year - n}/{year - 1}"
        elif n == 1 and (m.group("k5") or m.group("k6")):
            # one year of an effort done or a total reached within it (经过一年…整顿，共查封…): the year before
            yield m.start(), m.end(), str(year - 1)
    for m in _years_ago().finditer(text, start, end):
        # ３年前梁某拿出１０万元 in a 1998 article: 1995, the facts after it in its sentence
        n = _count(m.group("k"))
        if n >= 1:
            yield m.start(), m.end(), str(year - n)
    for m in _years_ahead().finditer(text, start, end):
        # 今后3年 in a 1998 article: 1998/2000, the writing's year and the ones after it
        n = _count(m.group("k"))
        if n >= 1:
            yield m.start(), m.end(), f"{year}/{year + n - 1}" if n > 1 else str(year)


_FIGURES = str.maketrans("０１２３４５６７８９", "0123456789")


@lru_cache(maxsize=1)
def _recent_years() -> re.Pattern:
    """最近3年来, 近两年: the last few years before the writing (data/period.toml recent_years)."""
    t = table("period.toml")["recent_years"]
    n = rf"(?P<k>[0-9０-９]{{1,2}}|十?[两{_DIGITS}]|十)"
    led = f"(?:{alternation(t['before'])}){n}(?:{alternation(t['after'])})"
    # a clause opens after these (or at the text's start); no number runs on before it (十二年中)
    alone = rf"(?:(?<=[，。；：！？\n])|^){n.replace('?P<k>', '?P<k2>')}(?:{alternation(t['clause_after'])})"
    opening = rf"(?:(?<=[。！？\n])|^){n.replace('?P<k>', '?P<k3>')}(?:{alternation(t.get('sentence_after', []))})"
    # and after the clause's subject, where a word of a total follows (部门５年来共破获…)
    totals = t.get("subject_after_total", [])
    subject = rf"(?<![0-9０-９第十百{_DIGITS}两几数]){n.replace('?P<k>', '?P<k4>')}(?:{alternation(t['clause_after'])})(?=(?:{alternation(totals)}))" \
        if totals else "(?!)"
    # and years within which a total was reached, opening a clause (３年内，垦区累计投入…, 在两年多的时间里，共投资…):
    # the years before the writing, where no word of a plan comes before the total (三年内，全市将新建…)
    within = t.get("within_after", [])
    total = rf"，?[^，。；！？{''.join(t.get('within_not', []))}]{{0,12}}?(?:{alternation(t.get('within_total', []))})"
    past = rf"(?:(?<=[，。；：！？\n在])|^){n.replace('?P<k>', '?P<k5>')}(?:{alternation(within)})(?={total})" \
        if within else "(?!)"
    # and the years of an effort done (通过４年的苦干实干): not one still ahead (再经过十年), nor a point (经过３年后)
    effort = "".join(f"(?<!{re.escape(w)})" for w in t.get("effort_not_before", [])) \
        + rf"(?:{alternation(t['effort_before'])}){n.replace('?P<k>', '?P<k6>')}年" \
        rf"(?!{alternation(t['effort_not_after'])}|[0-9０-９])" \
        rf"(?![^。；！？]{{0,{int(t.get('effort_plan_reach', 0))}}}?(?:{alternation(t.get('effort_plan_after', ['(?!)']))}))" \
        if t.get("effort_before") else "(?!)"
    # led by its first characters: its lookbehinds left the engine none (5x faster scans)
    return led_by_first_chars(re.compile(f"{led}|{alone}|{opening}|{subject}|{past}|{effort}", re.M))


@lru_cache(maxsize=1)
def _years_ago() -> re.Pattern:
    """３年前, 两年前: a year counted back from the writing (data/period.toml recent_years ago_*); not a
    year written in full (２０００年前), nor one that names what it dates (３年前的承诺: the years since)."""
    t = table("period.toml")["recent_years"]
    n = rf"(?<![0-9０-９第十百{_DIGITS}两几数多])(?P<k>[0-9０-９]{{1,2}}|十?[两{_DIGITS}]|十)"
    return re.compile(f"{n}(?:{alternation(t['ago_after'])})(?!{alternation(t['ago_not_before'])})")


@lru_cache(maxsize=1)
def _years_ahead() -> re.Pattern:
    """今后3年, 未来两年内: the next few years from the writing (data/period.toml recent_years ahead_*)."""
    t = table("period.toml")["recent_years"]
    n = rf"(?P<k>[0-9０-９]{{1,2}}|十?[两{_DIGITS}]|十)"
    # 今后一二年: no count of years, no span; 今后3年级: a grade, no years
    stop = alternation(t["ahead_not_before"])
    return re.compile(f"(?:{alternation(t['ahead_before'])}){n}(?:{alternation(t['ahead_after'])})(?!{stop}|[0-9０-９])")


def _count(s: str) -> int:
    s = s.translate(_FIGURES)
    return int(s) if s.isdigit() else _number(s.replace("两", "二"))


_SPAN = re.compile(r"^(\d{4})/(\d{4})$")
_RATE = re.compile(r"百分之|[0-9０-９.．·]+(?:%|％|个?百分点)")  # a share is a level, never a total


@lru_cache(maxsize=1)
def _span_words() -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern, re.Pattern, tuple[str, ...]]:
    t = table("period.toml")
    # the start word also with a level's qualifier after it (由平均2900元下降到…: the average's start)
    starts = tuple(w + q for w in t["span_start_before"] for q in ("", *t.get("span_start_qualifiers", [])))
    return (tuple(t["span_end_before"]), starts, re.compile(alternation(t["span_flow_words"])),
            re.compile(alternation([*t["span_average"], *t.get("span_total", []), *t.get("span_increment", [])])),
            tuple(w + e for w in t.get("span_spent", []) for e in t["span_end_before"]))


@lru_cache(maxsize=1)
def _few_years_total() -> tuple[str, ...]:
    """The words of a total reached over a few years other than five (data/period.toml few_years_total)."""
    return tuple(table("period.toml").get("few_years_total", []))


_CLAUSE_BREAK = re.compile("[，。；：！？,;:!?\n]")
_FIGURE_START = re.compile("[0-9０-９一二三四五六七八九十两几数]")
_CLAUSE_REACH = 40


def span_point(text: str, pos: int, period: Optional[str]) -> Optional[str]:
    """The year of a level inside a span of years (2021/2025): a level reached (增长到36439元)
    is the last year's, the level it started from (从27136元) the year before the first;
    any other fact keeps the span."""
    m = _SPAN.match(period or "")
    if not m:
        return period
    end_words, start_words, flow, average, spent = _span_words()
    # the clause before the number: 年平均递增达40% is a rate over the span, 累计突破1万亿元 a total
    # over it, 增加的收入达260亿元 an increment over it, not a level reached
    clause = _CLAUSE_BREAK.split(text[max(0, pos - _CLAUSE_REACH):pos])[-1]
    # a later item of a list (分别提升至88%左右、91%以上) is read by the words before the list's first
    head = list_head(text, pos)
    if text.endswith(spent, 0, head):
        return period  # 期间…购买飞机的金额达1000亿元: spent over the span
    # (a bare 达 is a total, not a level, over a few years other than five, and in a sentence a five
    # years' total opens: ５年来共查获…，案值达２６.５亿元)
    bare_total = text.endswith(_few_years_total(), 0, head) and (
        int(m.group(2)) - int(m.group(1)) != 4 or opened_by_total(text, pos) and not _RATE.match(text, pos))
    if text.endswith(end_words, 0, head) and not average.search(clause) and not bare_total:
        return m.group(2)
    if text.endswith(start_words, 0, head):
        first, last = int(m.group(1)), int(m.group(2))
        return str(first if written_from(text, pos, first, last) else first - 1)
    if int(m.group(2)) - int(m.group(1)) == 4:  # a five-year span: a level is its last year's
        # the clause around the number: 8家全国重点实验室落户 says the flow after it; not past a 、 right
        # after the figure (跨过3万亿元、年均增长5%: the next item's verb), nor a level's name (投入强度)
        after = own_item(_CLAUSE_BREAK.split(text[pos:pos + _CLAUSE_REACH], maxsplit=1)[0])
        # (nor past a part of it counted next in its clause: 全市9个基层法院中有3个被评为…, the title is the 3's;
        # 6组10家省属国企实现战略性重组 is one act of both)
        after = _PART_COUNTED.split(after, maxsplit=1)[0]
        clause = without_level_names(_CLAUSE_BREAK.split(text[max(0, pos - _CLAUSE_REACH):pos])[-1] + after)
        if not flow.search(clause) and not opened_by_total(text, pos) \
                and not listed_after_flow(text, pos, flow, end_words):
            return m.group(2)
    return period


def change_start(text: str, pos: int, period: Optional[str], start: int = 0) -> Optional[str]:
    """The level a change started from, with no year of its own, in a year's review (国务院组成部门从40个
    减少到29个 in the 1999 report's review of 1998; 所得税率从55%降至33%): the year before, as a
    base value names its year (bench/gold/README.md); a span's start: span_point. Not where its
    sentence names the year of a level before it (是1997年的1.8倍，占…比重从2.5%…: that year's). start:
    where the sentence starts."""
    if not period or not period.isdigit():
        return period
    end_words, start_words, _, _, _ = _span_words()
    if not text.endswith(start_words, 0, pos) or _LEVEL_YEAR.search(text, max(start, pos - _CLAUSE_REACH * 2), pos):
        return period
    after = _CLAUSE_BREAK.split(text[pos:pos + _CLAUSE_REACH], maxsplit=1)[0]
    # a change to a level (增加到, 降至, 整合为), not 达/突破 (重点从八个方面实现突破: no level)
    return str(int(period) - 1) if any(w in after for w in end_words if w.endswith(_CHANGE_TO)) else period


_PART_COUNTED = re.compile("[中里]?有(?=[0-9０-９一二三四五六七八九两])")
_CHANGE_TO = ("到", "至", "为")
_LEVEL_YEAR = re.compile(r"(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年的")


def consecutive_years(text: str, pos: int, period: Optional[str]) -> Optional[str]:
    """A figure its clause says held over a run of years (连续３年涨幅超过20%, 连续三年增长百分之九)
    is of the run, the years up to the one it is told in (1995/1997), like a yearly average; not a
    run in another clause (粮食连续10年增产，人均纯收入达2537元: a level of its year)."""
    if not period or not period.isdigit():
        return period
    clause = _CLAUSE_BREAK.split(text[max(0, pos - _CLAUSE_REACH):pos])[-1]
    m = None
    for m in _consecutive().finditer(clause):
        pass
    n = _count(m.group("k")) if m else 0
    return f"{int(period) - n + 1}/{period}" if n >= 2 else period


@lru_cache(maxsize=1)
def _consecutive() -> re.Pattern:
    words = table("period.toml")["recent_years"].get("run_before", [])
    return re.compile(rf"(?:{alternation(words)})(?P<k>[0-9０-９]{{1,2}}|十?[两{_DIGITS}]|十)年(?!代)") \
        if words else re.compile("(?!)")


def ordinal_part(text: str, start: int, pos: int, period: Optional[str]) -> Optional[str]:
    """The k-th run of N years of a longer span, named between start and pos (下世纪…：第一个10年，…40%:
    2001/2010 of 2001/2100; 第二个10年: 2011/2020), where the span holds it."""
    m = _SPAN.match(period or "")
    found = None
    for found in _ordinal_part().finditer(text, start, pos):
        pass
    if not m or not found:
        return period
    k, n = _count(found.group("i")), _count(found.group("k"))
    first, last = int(m.group(1)) + (k - 1) * n, int(m.group(1)) + k * n - 1
    return f"{first}/{last}" if k >= 1 and n >= 2 and last <= int(m.group(2)) else period


@lru_cache(maxsize=1)
def _ordinal_part() -> re.Pattern:
    words = table("period.toml")["recent_years"].get("ordinal_part", [])
    n = rf"[0-9０-９]{{1,2}}|十?[两{_DIGITS}]|十"
    return re.compile("|".join(w.replace("{i}", f"(?P<i>{n})").replace("{n}", f"(?P<k>{n})") for w in words)) \
        if words else re.compile("(?!)")


_SINCE = re.compile(r"^\d{4}/\.\.$")


def level_since(text: str, pos: int, period: Optional[str]) -> bool:
    """Whether the number at pos is a level that stands now in a span running on to the writing
    (改革开放以来，…全国有3亿多人经常参加体育锻炼; 1994年以来…总数达120家): its clause says it is had or
    reached (data/period.toml since_level_before, span_end_before) and not that it flowed over the
    years (累计, 新增, 年均, 共…: span_flow_words), so it is of the writing, not of the span."""
    if not _SINCE.match(period or ""):
        return False
    clause = _CLAUSE_BREAK.split(text[max(0, pos - _CLAUSE_REACH):pos])[-1]
    end_words, _, flow, _, spent = _span_words()
    t = table("period.toml")
    had = tuple(t.get("since_level_before", []))
    # 年均 says a rate over the years; 总计达 a stock's total (体育场馆总计达61.6万个), no flow (累计 is one);
    # 盗卖金额达380万元: an amount over the years (span_spent)
    return text.endswith((*end_words, *had), 0, pos) and not text.endswith(spent, 0, pos) and \
        not flow.search(clause) and not any(w in clause for w in t["span_average"])


def history_count(text: str, pos: int, period: Optional[str]) -> bool:
    """Whether the number at pos counts a whole history (新中国成立以来，共培养大学生300万人: the span
    from the founding, data/period.toml whole_history_events): as of the writing, like 建国以来, unless
    its clause says it changed over the years (人口增加百分之六十: the span)."""
    if not _SINCE.match(period or ""):
        return False
    t = table("period.toml")
    founding = {int(t["since_events"][e]) for e in t.get("whole_history_events", []) if e in t["since_events"]}
    clause = _CLAUSE_BREAK.split(text[max(0, pos - _CLAUSE_REACH):pos])[-1]
    return int(period[:4]) in founding and not any(w in clause for w in t.get("history_change", []))


@lru_cache(maxsize=1)
def _event_since() -> tuple[re.Pattern, dict[str, int]]:
    """改革开放以来, 全国解放以来: the events of data/period.toml since_events, each with the
    first whole year after it."""
    t = table("period.toml")
    events = {k: int(v) for k, v in t["since_events"].items()}
    closes = alternation(t["since_event_close"])
    return re.compile(f"(?P<e>{alternation(list(events))})(?:{closes})"), events


def event_since_periods(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, period) of each `since an event` between start and end: `1979/..`, the span
    running on to the writing (extractor/issue_date.py closes it)."""
    pattern, events = _event_since()
    for m in pattern.finditer(text, start, end):
        yield m.start(), m.end(), f"{events[m.group('e')]}/.."


@lru_cache(maxsize=1)
def _counted_years() -> tuple[re.Pattern, tuple[str, ...]]:
    """两年增长, 四年增长, 两年平均每年增长: a bare count of years before a change or a total
    (data/period.toml counted_years)."""
    t = table("period.toml")["counted_years"]
    n = rf"(?P<k>[0-9０-９]{{1,2}}|十?[两{_DIGITS}]|十)"
    return (led_by_first_chars(re.compile(rf"(?<![0-9０-９十百千万亿零〇{_DIGITS}两几数])(?:{n})年(?=(?:{alternation(t['after'])}))")),
            tuple(t["not_after"]))


def counted_year_periods(text: str, start: int, end: int,
                         found: list[tuple[int, int, Optional[str], str]]) -> list[tuple[int, int, Optional[str], str]]:
    """A count of years before a change (粮食两年增长百分之四十六 after 一九五八年和一九五九年; 四年增长
    after 由一九七八年的…增加到一九八二年的…): the years ending at the latest year its sentence named
    before it (none where it named none: 五年累计… opening a sentence is the five-year words' own)."""
    pattern, not_after = _counted_years()
    added = []
    for m in pattern.finditer(text, start, end):
        if text.endswith(not_after, 0, m.start()) or any(a <= m.start() < b for a, b, _, _ in found):
            continue  # 连续三年, 前三年, 这三年: words of their own
        named = [int(p) for a, _, p, _ in found if a < m.start() and p and p.isdigit()]
        last = max(named, default=None)
        n = _count(m.group("k"))
        if last and n >= 2:
            added.append((m.start(), m.end(), f"{last - n + 1}/{last}", "recent"))
    return sorted([*found, *added], key=lambda t: t[0]) if added else found
