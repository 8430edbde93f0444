"""Percents and averages confirmed by arithmetic (see arith.py): a change that two levels give,
a change that its increment and new level give, a share that one amount over another gives, an
average that a total over a count gives. Every finding is `consistent`."""
from __future__ import annotations

from typing import Optional

from . import cues
from .arith import AMOUNT_TYPES, WINDOW, between_claims, bounded, digits, exact_places, has_any, label, near, related, sharp, words
from .model import Draft, Num, PageView
from .tolerance import Interval, as_number, fmt, fmt_like, rounded

FAR = 1500  # characters back that a whole stated earlier may lie from its part


def drafts(view: PageView) -> list[Draft]:
    out: list[Draft] = []
    for p in view.nums:
        if p.type == "percent" and p.unit in ("%", "‰", None) and bounded(p) and "百分点" not in p.text:
            d = _growth(view, p) or _rate(view, p)
            if d:
                out.append(d)
        elif p.type in AMOUNT_TYPES and bounded(p):
            d = _average(view, p) or _amount_change(view, p)
            if d:
                out.append(d)
    return out


def _direction(view: PageView, p: Num) -> Optional[str]:
    return way_of(label(view, p, 8))


def way_of(text: str) -> Optional[str]:
    """'up' or 'down' where the words before a number end with a word of rising or falling."""
    text = text.rstrip("了约近达为到")
    for way in ("up", "down"):
        if any(text.endswith(w) for w in words("growth", way)):
            return way
    return None


def says_difference(text: str) -> bool:
    """The words before a number end with a word of difference of no way (`差额`, `相差`): the
    number is a change between two levels, neither of them nor a part of one."""
    text = text.rstrip("了约近达为是")
    return any(text.endswith(w) for w in words("growth", "difference"))


def _levels(view: PageView, p: Num) -> list[Num]:
    return [m for m in near(view, p) if m.type in AMOUNT_TYPES and sharp(m)]


def _growth(view: PageView, p: Num) -> Optional[Draft]:
    """`由 A 增加到 B，增长 p%` or `B，比上年 A 增长 p%`: the two levels of one metric, the larger
    the new one when the percent is a rise; or `B，增加 D，即 p%` with the increment."""
    way = _direction(view, p)
    if p.value <= 0 or has_any(label(view, p, 12), "yearly", "words"):
        return None
    scale = 1000.0 if "‰" in p.text or "千分之" in p.text else 100.0
    levels = _levels(view, p)
    for i, a in enumerate(levels):
        for b in levels[i + 1:]:
            if not a.same_measure(b) or a.value == b.value:
                continue
            new, old = (max(a, b, key=lambda n: n.value), min(a, b, key=lambda n: n.value))
            if way == "down":
                new, old = old, new
            if way and not _is_change(view, a) and not _is_change(view, b):
                got = ((new.interval - old.interval) / old.interval).scale(scale * (1 if way == "up" else -1))
                if got.meets(p.interval) and _telling(p, new, old) and _same_thing(view, new, old) \
                        and not between_claims(view, p, [a, b], lambda m: _direction(view, m) is not None):
                    return _growth_draft(p, new, old, way, scale)
            inc = _increment(view, p, a, b, way, scale)
            if inc:
                return inc
    return None


def _is_change(view: PageView, m: Num) -> bool:
    """An amount of change (`增加 250 亿元`), not a level (`增加到 360 亿元`, `由 A`)."""
    text = label(view, m, 6).rstrip("了约近")
    return any(text.endswith(w) for way in ("up", "down") for w in words("growth", way))


def _same_thing(view: PageView, new: Num, old: Num) -> bool:
    """Two levels of one metric: related metrics, or different periods, or a span word between them."""
    if related(new, old):
        return True
    pn, po = new.rec.get("period"), old.rec.get("period")
    if pn and po and pn != po:
        return True
    first, second = sorted((new, old), key=lambda n: n.start)
    between = view.text[first.end:second.start]
    return len(between) <= 12 and has_any(between, "growth", "span") is not None


def _telling(p: Num, *others: Num) -> bool:
    """Not a coincidence of round numbers: the percent or the levels written with several digits."""
    places = [exact_places(n) for n in others]
    return digits(p) >= 2 and min(places) >= 2 and sum(places) >= 4


def _increment(view: PageView, p: Num, a: Num, b: Num, way: Optional[str], scale: float) -> Optional[Draft]:
    """The smaller of a, b is the amount of change (`增产 D`, whose words say which way), the
    larger the new level, written before it: `总产量 N，比上年增产 D，即 p%`."""
    inc, new = (a, b) if a.value < b.value else (b, a)
    said = way_of(label(view, inc, 6))
    if said is None or (way and way != said):
        return None
    if inc.sentence != new.sentence and not related(inc, new):
        return None  # `本年收入 N。…本年支出增长 D`: a level of another name is not the increment's
    way = said
    start = new.interval - inc.interval if way == "up" else new.interval + inc.interval
    if start.lo <= 0:
        return None
    got = (inc.interval / start).scale(scale)
    if not (got.meets(p.interval) and digits(p) + digits(inc) + digits(new) >= 5) \
            or between_claims(view, p, [inc, new], lambda m: _direction(view, m) is not None):
        return None
    base = new.value - inc.value if way == "up" else new.value + inc.value
    point = inc.value / base * scale
    op = "−" if way == "up" else "+"
    text = (f"{inc.written} ÷ ({new.written} {op} {inc.written}) = {fmt(point, 2)}%，与所述 {p.written} 一致"
            f"{rounded(point, p.value)}（由算术得出：增量与新水平给出基数）。")
    return Draft("growth", "consistent", [p.ref(), inc.ref(), new.ref()], round(point, 3), p.shown, text,
                 {"found_by": "arithmetic"})


def _growth_draft(p: Num, new: Num, old: Num, way: str, scale: float) -> Draft:
    sign = 1 if way == "up" else -1
    point = sign * (new.value - old.value) / old.value * scale
    word = "增长" if way == "up" else "下降"
    text = (f"({new.written} − {old.written}) ÷ {old.written} = {fmt(sign * point, 2)}%，与所述{word} {p.written} 一致"
            f"{rounded(point, p.value)}（由算术得出：两个同类水平给出此变化）。")
    return Draft("growth", "consistent", [p.ref(), new.ref(), old.ref()], round(point, 3), p.shown, text,
                 {"found_by": "arithmetic"})


def _rate(view: PageView, p: Num) -> Optional[Draft]:
    """A share: part ÷ whole × 100 within the percent's precision, the part the smaller, the
    percent stated as a share (a share word before it or a metric shared with the part)."""
    if p.value >= 100 or _direction(view, p):
        return None
    scale = 1000.0 if "‰" in p.text or "千分之" in p.text else 100.0
    if any(view.text.startswith(w, p.end) for w in words("rate", "level_next")):
        return None
    levels = _levels(view, p)
    for i, a in enumerate(levels):
        for b in levels[i + 1:]:
            if not a.same_measure(b) or a.value == b.value:
                continue
            part, whole = (a, b) if a.value < b.value else (b, a)
            # the share word stands between the amounts and the percent (`占 W 的 p%`) or before p
            said = view.text[min(part.end, whole.end, view.clause_start(p.start)):p.start]
            worded = has_any(said[-40:], "rate", "share") is not None
            if digits(p) < 2 and not (worded and "占" in said[-40:]):
                continue  # a one-digit share (2%) only where 占 says it is a share
            if not (worded or (digits(p) >= 3 and (related(p, part) or related(p, whole)))):
                continue
            got = (part.interval / whole.interval).scale(scale)
            if got.meets(p.interval) and _telling(p, part, whole) and _not_increment(view, part) \
                    and not between_claims(view, p, [a, b], lambda m: _direction(view, m) is None):
                return _rate_draft(p, part, whole, scale)
    return _far_whole(view, p, scale)


def _rate_draft(p: Num, part: Num, whole: Num, scale: float) -> Draft:
    point = part.value / whole.value * scale
    text = (f"{part.written} ÷ {whole.written} = {fmt(point, 2)}%，与所述 {p.written} 一致"
            f"{rounded(point, p.value)}（由算术得出：部分与整体给出此比重）。")
    return Draft("rate", "consistent", [p.ref(), part.ref(), whole.ref()], round(point, 3), p.shown,
                 text, {"found_by": "arithmetic"})


def _far_whole(view: PageView, p: Num, scale: float) -> Optional[Draft]:
    """`东部地区共有从业人员 A 人，占全国总量的 p%`, the national total stated sentences before:
    the part is the amount right before p (`占` between them), the whole an earlier amount of its
    measure in the article. Only a percent written with three digits or more, where a chance
    match is rare, may reach that far."""
    if digits(p) < 3 or "占" not in view.text[view.clause_start(p.start):p.start] + label(view, p, 12):
        return None
    before = [m for m in view.before(p.start, 2) if m.sentence == p.sentence]
    if not before or before[-1].type not in AMOUNT_TYPES or not sharp(before[-1]):
        return None
    part = before[-1]
    if "占" not in view.text[part.end:p.start] or digits(part) < 3:
        return None
    earlier = [m for m in view.before(part.start, 4 * WINDOW) if m.article == p.article
               and part.start - m.end <= FAR and m.same_measure(part) and sharp(m) and m.value > part.value]
    for whole in reversed(earlier):
        if digits(whole) >= 3 and (part.interval / whole.interval).scale(scale).meets(p.interval):
            return _rate_draft(p, part, whole, scale)
    return None


def _not_increment(view: PageView, part: Num) -> bool:
    """A part written as an amount of change (`增加 D`) makes the percent a growth rate, not a share."""
    return has_any(label(view, part, 4), "growth", "increment") is None


def _amount_change(view: PageView, d: Num) -> Optional[Draft]:
    """`渔业产量 1959 年 502 万吨，比 1957 年 312 万吨增加 190 万吨`: an amount of change (its words
    say which way) equal to the difference of two levels of its measure and metric nearby."""
    way = way_of(label(view, d, 6))
    if way is None or not sharp(d) or digits(d) < 2:
        return None
    # levels, not other amounts of change (`2023 年增加 250 亿元，2024 年增加 360 亿元`)
    levels = [m for m in _levels(view, d) if m.same_measure(d) and m.value > d.value and digits(m) >= 2
              and not _is_change(view, m)]
    for i, a in enumerate(levels):
        for b in levels[i + 1:]:
            new, old = (a, b) if (a.value > b.value) == (way == "up") else (b, a)
            if a.value == b.value:
                continue
            got = (new.interval - old.interval).scale(1 if way == "up" else -1)
            if got.meets(d.interval) and _same_thing(view, new, old) \
                    and not between_claims(view, d, [a, b], lambda m: way_of(label(view, m, 6)) is not None):
                point = (new.value - old.value) * (1 if way == "up" else -1)
                text = (f"{new.written} − {old.written} = {fmt_like(abs(point), d.text, d.value)}，与所述"
                        f"{'增加' if way == 'up' else '减少'} {d.written} 一致（由算术得出：两个同类水平之差）。")
                return Draft("growth", "consistent", [d.ref(), new.ref(), old.ref()], as_number(point if way == "up" else -point),
                             d.shown if way == "up" else -d.value, text, {"found_by": "arithmetic"})
    return None


def _average(view: PageView, avg: Num) -> Optional[Draft]:
    """`平均每 X` / `人均` amounts: a total of the same measure over a count nearby."""
    if has_any(label(view, avg, 10), "average", "per") is None or digits(avg) < 2:
        return None
    nearby = [m for m in near(view, avg) if bounded(m) and m.value > 0]
    for total in nearby:
        if not total.same_measure(avg) or total.value <= avg.value:
            continue
        for count in nearby:
            if count.type != "count" or count is total or count.value <= 1:
                continue
            got = total.interval / count.interval
            if got.meets(avg.interval) and digits(total) + digits(count) >= 4:
                point = total.value / count.value
                text = (f"{total.written} ÷ {count.written} = {fmt(point, 2)}，与所述平均 {avg.written} 一致"
                        f"{rounded(point, avg.value)}（由算术得出）。")
                return Draft("average", "consistent", [avg.ref(), total.ref(), count.ref()], as_number(point),
                             avg.shown, text, {"found_by": "arithmetic"})
    return None


__all__ = ["drafts", "Interval"]
