"""A yearly average change (`从 1995 年的 4200 亿元增加到 2000 年的 6760 亿元，平均每年增长 10.0%`)
against its two levels: compounded over the years between the two years that date them; an
average amount (`平均每年增加 2053 亿元`) is the change divided by those years.

The stated rate is often at comparable prices while the levels are in current prices, so a rate
that the levels do not give is unverifiable, never inconsistent; one they give is consistent.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from .levels import name_of
from .model import Draft, Num, PageView
from .tolerance import Interval, as_number, fmt, fmt_like, rounded
from .wording import own_subject

_YEAR_DIGITS = "(\\d{4}|[〇○零一二三四五六七八九]{4})"
_YEAR = re.compile(_YEAR_DIGITS + "年(?:的|底|末)?(?:将达到|达到|将为|将达|为|是|达)?$")
_ANY_YEAR = re.compile(_YEAR_DIGITS + "年")
# `1982 年同 1978 年相比` (last, first) at the head of a clause; not `从 1979 年到 1982 年`, whose
# first year may be the base's or the first year grown
_SPAN = re.compile(f"(?:^|[，：]){_YEAR_DIGITS}年(?:同|与|和|比){_YEAR_DIGITS}年相?比")
_DATED = 10  # characters before a level that may hold its year
_OPENER = re.compile(f"^{_YEAR_DIGITS}年(?:底|末|全年)?[，,]")  # `1996 年，` opening a sentence


def year_value(written: str) -> int | None:
    """`1982`, `１９８２` or `一九八二` as a year."""
    if written.isdigit():
        return int(written)
    digits = "".join(str("〇一二三四五六七八九".find(c)) if c in "〇一二三四五六七八九" else "0" for c in written)
    return int(digits)


def year_of(view: PageView, n: Num) -> int | None:
    m = _YEAR.search(view.text[max(view.clause_start(n.start), n.start - _DATED):n.start])
    return year_value(m.group(1)) if m else None


def _years_of(view: PageView, base: Num, new: Num) -> tuple[int | None, int | None]:
    """The years of two levels: each one's own (`由 1997 年的 B 增加到 2002 年的 A`), or, for two
    undated levels, the two years the sentence compares first (`一九八二年同一九七八年相比，…由 B
    增加到 A`)."""
    y0, y1 = year_of(view, base) or label_year(view, base), year_of(view, new) or label_year(view, new)
    if y0 is not None or y1 is not None or base.sentence < 0:
        return y0, y1
    m = _SPAN.search(view.text[view.sentences[base.sentence].start:base.start])
    if m is None:
        return None, None
    return year_value(m.group(2)), year_value(m.group(1))


def years_in(text: str) -> list[int]:
    """The years written in a stretch of text (`一九八二年…比一九七八年`), in order."""
    return [year_value(m.group(1)) for m in _ANY_YEAR.finditer(text)]


@lru_cache(maxsize=1)
def _year_span() -> re.Pattern:
    """`1953 年至 1955 年`, `1953—1955 年`: two years joined as the ends of a span (data/cues.toml [span] joins)."""
    joins = "|".join(re.escape(w) for w in cues.words("span", "joins"))
    return re.compile(f"{_YEAR_DIGITS}年?(?:{joins}){_YEAR_DIGITS}年")


def years_each(label: str) -> list[int]:
    """The years a level's label gives it as the level of each (`1954 年和 1955 年都`: both), none
    where the years are the ends of a span (`1953 年至 1955 年`) or the label sums or averages over
    them (`…三年共`, `…平均每年`; data/cues.toml [span] over_years): such a level is no year's."""
    years = years_in(label)
    if _year_span().search(label) or (len(years) > 1 and cues.contains_any(label, "span", "over_years")):
        return []
    return years


def from_total_draft(ref: dict, written: str, shown: float, stated: Interval, total: Num,
                     y0: int, y1: int) -> Draft | None:
    """`比 1978 年增长 32.6%，平均每年增长 7.3%`: the yearly rate compounded from the total change
    over the years between, against the stated one. Both are rates of the same measure on the
    same price basis, so a mismatch is one."""
    years = y1 - y0
    if years <= 1 or total.interval.lo <= -100:
        return None
    lo = ((1 + total.interval.lo / 100) ** (1 / years) - 1) * 100
    hi = ((1 + total.interval.hi / 100) ** (1 / years) - 1) * 100
    point = ((1 + total.value / 100) ** (1 / years) - 1) * 100
    ok = Interval(lo, hi).meets(stated)
    text = (f"{y0} 年至 {y1} 年共 {years} 年，(1 + {total.written})^(1/{years}) − 1 = {fmt(point, 2)}%，"
            f"与所述平均每年 {written} {'一致' if ok else '不符'}。")
    return Draft("growth", "consistent" if ok else "inconsistent", [ref, total.ref()], round(point, 3), shown, text)


def compound_draft(view: PageView, ref: dict, written: str, shown: float, stated: Interval,
                   direction: str, new: Num, base: Num, real: str | None,
                   span: tuple[int, str] | None = None) -> Draft | None:
    """The yearly rate the two levels give over the years that date them, against the stated
    one (a percent); None when the levels are not dated by a year each. `span`: the years and
    the words that give them where the levels carry no year (`这五年`, growth_spans.py), or where
    one carries none and the span's years give the stated rate."""
    y0, y1 = _years_of(view, base, new)
    if span is not None and y0 is None and y1 is None:
        years, words = span
        return _compound(ref, written, shown, stated, direction, new, base, real, years, f"“{words}”共 {years} 年")
    if span is not None and (y0 is None) != (y1 is None):
        # `过去五年，…由 2020 年的 A 增加到 B`: one end dated, the span the paragraph names gives the
        # years; the undated end may close a shorter run, so only arithmetic that holds is taken
        years, words = span
        found = _compound(ref, written, shown, stated, direction, new, base, real, years, f"“{words}”共 {years} 年")
        return found if found is not None and found.verdict == "consistent" else None
    if y0 is None or y1 is None or y1 <= y0 or base.value <= 0 or new.value <= 0:
        return None
    return _compound(ref, written, shown, stated, direction, new, base, real, y1 - y0, f"{y0} 年至 {y1} 年共 {y1 - y0} 年")


def _compound(ref: dict, written: str, shown: float, stated: Interval, direction: str, new: Num, base: Num,
              real: str | None, years: int, span: str) -> Draft | None:
    if years <= 0 or base.value <= 0 or new.value <= 0:
        return None
    sign = 1.0 if direction == "up" else -1.0
    lo = ((new.interval.lo / base.interval.hi) ** (1 / years) - 1) * 100 * sign
    hi = ((new.interval.hi / base.interval.lo) ** (1 / years) - 1) * 100 * sign
    point = ((new.value / base.value) ** (1 / years) - 1) * 100
    ok = Interval(min(lo, hi), max(lo, hi)).meets(stated)
    formula = f"({new.written} ÷ {base.written})^(1/{years}) − 1 = {fmt(point, 2)}%"
    facts = [ref, new.ref(), base.ref()]
    if ok:
        return Draft("growth", "consistent", facts, round(point, 3), shown,
                     f"{span}，{formula}，与所述年均 {written} 一致。")
    if real is None and price_free(new):
        return Draft("growth", "inconsistent", facts, round(point, 3), shown,
                     f"{span}，{formula}，与所述年均 {written} 不符"
                     f"（{new.written} 与 {base.written} 不含可比价格调整：实物量、人数或外币额）。")
    why = real or "年均增速常按可比价格计算，文中两端是现价"
    return Draft("growth", "unverifiable", facts, None, shown,
                 f"{span}，名义计算 {formula}，与所述年均 {written} 不同；"
                 f"但{why}，无法据此判定有误。")


def price_free(n: Num) -> bool:
    """A level whose yearly rate is its own, not a real rate at comparable prices: a quantity, a
    count, or an amount in a currency whose growth is never restated at comparable prices (a
    foreign one: `亿美元`); amounts in 元 may be (data/cues.toml [growth] comparable_units)."""
    if n.type != "money":
        return n.type in ("count", "quantity")
    return n.unit is not None and n.unit not in cues.words("growth", "comparable_units")


def per_year_draft(view: PageView, d: Num, direction: str, new: Num, base: Num) -> Draft | None:
    """`从 1997 年的 B 增加到 2002 年的 A，平均每年增加 D`: D against (A − B) ÷ years; None when
    the levels are not dated by a year each."""
    y0, y1 = _years_of(view, base, new)
    if y0 is None or y1 is None or y1 <= y0:
        return None
    years = y1 - y0
    sign = 1.0 if direction == "up" else -1.0
    got = (new.interval - base.interval).scale(sign / years)
    point = sign * (new.value - base.value) / years
    ok = got.meets(d.interval)
    formula = (f"({new.written} − {base.written})" if sign > 0 else f"({base.written} − {new.written})")
    text = (f"{y0} 年至 {y1} 年共 {years} 年，{formula} ÷ {years} = {fmt_like(point, d.text, d.value)}，"
            f"与所述平均每年{'增加' if sign > 0 else '减少'} {d.written} {'一致' + rounded(point, d.value) if ok else '不符'}。")
    return Draft("growth", "consistent" if ok else "inconsistent", [d.ref(), new.ref(), base.ref()],
                 as_number(point), d.shown, text)


def label_year(view: PageView, n: Num) -> int | None:
    """The one year written in a level's label back to the number before (`一九四九年钢产量为 B`),
    else the year its sentence opens with as a clause of its own (`1996 年，全省财政收入为 B`);
    None for none or two."""
    label = view.text[max(view.clause_start(n.start), view.prev_end(n.start, dates=False)):n.start]
    years = years_in(label)
    if _year_span().search(label):
        return None  # `1953—1955 年共 B`: the level of a span, no one year's
    if years:
        return years[0] if len(years) == 1 else None
    return opening_year(view, n)


def opening_year(view: PageView, n: Num) -> int | None:
    """`1996 年，全省财政收入为 B`: the year of a sentence-opening clause that holds that year
    alone, dating the levels after it that name no year of their own (none where another year
    is written between)."""
    if n.sentence < 0:
        return None
    head = view.text[view.sentences[n.sentence].start:n.start]
    m = _OPENER.match(head)
    if m is None or years_in(head[m.end():]):
        return None
    return year_value(m.group(1))


def dated_pair(view: PageView, levels: list[Num]) -> tuple[list[Num], list[Num]]:
    """`1980 年为 A，1985 年将达到 B`, `一九四九年钢产量为 B，一九七八年达到 A`: the last two levels
    of one measure dated by years, as ([base], [new]) by their years, in either order of the text
    (`今年为 A，去年为 B`); two empty lists when there are none such. A change after a pair in
    reverse order may be the older level's own: its caller gives a miss to older_said_last."""
    years = [(n, year_of(view, n) or label_year(view, n)) for n in levels]
    dated = [(n, y) for n, y in years if y is not None]
    if len(dated) < 2:
        # `去年出口为 A，今年达到 B`: years named relative to the report's (去年 before 今年)
        dated = [(n, y) for n, y in ((n, relative_year(view, n)) for n in levels) if y is not None]
    if len(dated) >= 2 and dated[-2][0].same_measure(dated[-1][0]) and dated[-2][1] != dated[-1][1] \
            and _same_thing(view, dated[-2][0], dated[-1][0]):
        # `去年为 A，前年为 B，增长 X%`: the later year said first is as plainly the new level
        (base, _), (new, _) = sorted(dated[-2:], key=lambda d: d[1])
        return [base], [new]
    return [], []


def older_said_last(found: Draft, base: Num, new: Num) -> Draft:
    """A dated pair in reverse order (`2025 年为 A，2024 年为 B，增长 X%`): the change right after
    the older level may be that level's own change (B over the year before it), so a miss against
    the pair is unverifiable, not an error; in the order of time the pair stands as found."""
    if base.start < new.start or found.verdict != "inconsistent":
        return found
    found.explanation = found.explanation.rstrip("。")
    return found.doubted(f"；但较早年份的 {base.written} 说在后，紧随其后的变化可能是它自身的变化，不据此判定有误。")


def relative_year(view: PageView, n: Num) -> int | None:
    """The year a level's label names relative to the report's own (`去年` −1, `今年` 0,
    data/cues.toml [growth] relative_years), one such word alone; None for none or a written year."""
    label = view.text[max(view.clause_start(n.start), view.prev_end(n.start, dates=False)):n.start]
    if years_in(label) or cues.contains_any(label, "growth", "part_year"):
        return None  # `今年一季度出口 A`: a part of the year is no level of the year
    found = [off for off, words in _relative_years().items() for w in words if w in label]
    return found[0] if len(found) == 1 else None


def this_year_words() -> tuple[str, ...]:
    """今年, 本年: the words naming the report's own year (data/cues.toml [growth] relative_years 0)."""
    return _relative_years()[0]


@lru_cache(maxsize=1)
def _relative_years() -> dict[int, tuple[str, ...]]:
    return {int(k): tuple(v) for k, v in cues.table("cues.toml")["growth"]["relative_years"].items()}


def _same_thing(view: PageView, base: Num, new: Num) -> bool:
    """The later level names nothing of its own (`一九七八年达到 A`) or the base's name
    (`一九八二年钢产量为 A`), not another thing (`一九八二年棉花产量为 A`)."""
    label = view.text[max(view.clause_start(new.start), view.prev_end(new.start, dates=False)):new.start]
    for words in _relative_years().values():
        for w in words:
            label = label.replace(w, "")
    if not own_subject(view, _ANY_YEAR.sub("", label)):
        return True
    name = name_of(view, new)
    return name is not None and name == name_of(view, base)
