"""growth: a stated change whose new level its sentence (or the sentence before) gives and whose
base the report said elsewhere under the same name, found broadly and kept by arithmetic.

    （2030 年）本年收入合计 4,860,200,000 元 …
    （2031 年）本年收入共为 5,254,300,000 元，…。同 2030 年决算比较，本年收入增长 8.11%
        5,254,300,000 ÷ 4,860,200,000 − 1 = 8.11%
    今年油菜籽的指标为三万七千五百吨，比上一年增加三千五百吨     (三万四千吨 said before)
        37500 − 34000 = 3500 吨
    教育支出所占的比重为 19.65%，比 2030 年…所占的比重上升 1.23%   (18.42% said before)
        19.65 − 18.42 = 1.23 (points)
A report reviews one year and then plans the next: the change said with the new year's level has
its base in the review, sentences or pages before. growth.py reads the levels of the change's own
clauses; report_bases.py the far base of a rate of three digits named `比 <year>`. Here every
stated change (a percent, an amount of change, or a share's change in points where its words
name a share) is a candidate: its new level is the nearest amount of its sentence before it, or,
where its sentence has none, the levels of the paragraph's sentences before whose names its clause
shares (`本年收入增长` and `本年收入共为`); its bases the earlier levels of that measure in the same
document whose name (record metric or head) shares a pair of characters with the new level's,
words of every change aside, and whose year is the one the change names (else not the new level's
year or later). The pair is kept only where the arithmetic holds within the precision written and
one base value alone gives it: arithmetic that holds is the evidence of the relation, so such a
finding is `consistent`; a miss says nothing (the levels may be defined otherwise) and leaves the
claim to the checks after. A change said at comparable prices or `实际` is not held to nominal
levels: where it restates the nominal change of the same name said just before (`本年收入增长
8.11%。…则本年收入实际增长 11.40%`), it is unverifiable with that change's level.
A finding here takes the place of a growth left unverifiable with fewer levels (OPENS_GROWTH in
__init__.py); a claim any other check reported on keeps its finding.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..documents import document_finder
from . import cues
from .arith import AMOUNT_TYPES, digits, sharp
from .heads import head
from .model import Draft, Num, PageView
from .tolerance import Interval, as_number, fmt, fmt_like
from .wording import clause_before, word_direction
from .yearly import label_year, years_in

_YEARS = re.compile("[〇零一二三四五六七八九]{4}年?|[〇零一二三四五六七八九十]{1,3}年")  # 一九五五年, 五年
_CANDIDATES = 200  # earlier levels of one measure looked at per change (keeps a page linear)
_NEAR_NEW = 3  # levels named alike in the sentences before that may be a change's new level
_SURE = 2  # pairs of characters a change's clause shares with a level before to name it alone
_SENTENCES_BACK = 3  # sentences of its paragraph before a change whose clause names its level
_ONE_YEAR = re.compile(r"\d{4}")


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("growth_far_bases.toml")["growth_far_bases"]


def check(view: PageView) -> list[Draft]:
    document = document_finder(view.page.layout)
    index: dict[tuple, list[Num]] = {}  # earlier levels by measure and document, in page order
    for n in view.nums:
        if n.value > 0 and sharp(n):
            index.setdefault(_measure(n) + (document(n.start),), []).append(n)
    out = []
    tied: dict[int, Num] = {}  # the new level of each change the arithmetic tied, by its start
    for p in view.nums:
        if p.sentence < 0 or p.value <= 0 or not sharp(p):
            continue
        way = word_direction(view.label_before(p).rstrip("了"), clause_before(view, p.start))
        if way is None:
            continue
        real = cues.contains_any(clause_before(view, p.start), "growth", "price_basis")
        news, _ = _news(view, p)
        said = view.text[view.sentences[p.sentence].start:p.start]
        d = None
        for new in news if not real else []:
            kind = _kind(p, new, said)
            if kind is not None:
                d = _draft(view, p, way, kind, new, index.get(_measure(new) + (document(new.start),), []))
            if d is not None:
                tied[p.start] = new
                break  # the nearest level the arithmetic ties
        if d is None and real:
            d = _restated(view, p, real, tied)
        if d is not None:
            out.append(d)
    return out


def _restated(view: PageView, p: Num, real: str, tied: dict[int, Num]) -> Draft | None:
    """`本年收入增长 8.11%。…，则本年收入实际增长 11.40%`: a real change restating the nominal change
    of the same name said just before is of that change's level; its base, cleared of what the
    words leave out, is not in the text, so it is unverifiable with its level."""
    said = _grams(clause_before(view, p.start))
    lo = view.sentences[max(0, p.sentence - 1)].start
    for c in reversed(view.between(lo, p.start)):
        if c.type != p.type or c.paragraph != p.paragraph or not _is_change(view, c) \
                or len(said & _grams(clause_before(view, c.start))) < _SURE:
            continue
        news, sure = ([tied[c.start]], True) if c.start in tied else _news(view, c)
        own = bool(news) and news[0].sentence == c.sentence
        if not news or not (own or sure) or _kind(p, news[0], "") is None:
            return None
        text = f"{p.written} 是对 {c.written}（{news[0].written} 的变化）按“{real}”口径的重述；扣除的数额文中未给出，无法核对。"
        return Draft("growth", "unverifiable", [p.ref(), news[0].ref()], None, p.shown, text, {"found_by": "name"})
    return None


def _measure(n: Num) -> tuple:
    """Type and unit, a unit of a group of one meaning (名 with 人) keyed by its group."""
    unit = n.unit or ""
    for group in cues.unit_groups():
        if unit in group:
            return (n.type, min(group))
    return (n.type, unit)


def _kind(p: Num, new: Num, said: str) -> str | None:
    """What the change is of its new level: a percent of an amount (`rate`), an amount of change
    of an amount of its measure (`amount`), percent points of a share its words name (`比重下降`,
    `points`)."""
    if p.type == "percent" and p.unit == "%":
        if new.type in AMOUNT_TYPES:
            return "rate" if digits(p) >= 2 else None
        if new.type == "percent" and new.unit == "%" and cues.contains_any(said, "growth", "not_base"):
            return "points" if digits(p) >= 2 and digits(new) >= 2 else None
        return None
    if p.type in AMOUNT_TYPES and new.same_measure(p):
        return "amount" if digits(p) >= 2 or digits(new) >= 3 else None
    return None


def _news(view: PageView, p: Num) -> tuple[list[Num], bool]:
    """The amounts the change may be said of, nearest first: of its sentence before it, else the
    level it reaches in the clause after (`增加 N，达到 M`), else, where the change's clause names it (`本年收入增长`), of the sentences before in its paragraph,
    the most alike first, then the nearest (True: the first named beyond doubt)."""
    s = view.sentences[p.sentence]
    own = [n for n in view.between(s.start, p.start) if not _is_change(view, n) and _level(n)]
    if own:
        return own[-1:], False  # the nearest: a farther one is another phrase's (`新招生 A，…，在校学生 B，增长`)
    after = _level_after(view, p)
    if after is not None:
        return [after], False
    said = _grams(clause_before(view, p.start))
    if not said:
        return [], False
    prev = [n for k in range(max(0, p.sentence - _SENTENCES_BACK), p.sentence) for n in view.in_sentence(k)
            if n.paragraph == p.paragraph and not _is_change(view, n) and _level(n)]
    alike = [(len(said & _name(view, n)), n.start, n) for n in prev]
    alike = sorted((a for a in alike if a[0] > 0), key=lambda a: (a[0], a[1]), reverse=True)
    # named beyond doubt: two pairs of characters or more, and no other level named as alike
    sure = bool(alike) and alike[0][0] >= _SURE and (len(alike) == 1 or alike[1][0] < alike[0][0])
    return [n for _, _, n in alike[:_NEAR_NEW]], sure


def _level_after(view: PageView, p: Num) -> Num | None:
    """`增设 6 万张，总数达到 33.9 万张`, `增长 40%，达到 21.6 万人`: the level the change reaches,
    said first in the clause right after it, with a word of reaching."""
    end = view.clause_end(p.end)
    n = next(iter(view.after(p.end, 1)), None)
    if n is None or n.sentence != p.sentence or view.clause_start(n.start) <= p.end \
            or view.clause_start(n.start) > end + 1 or not _level(n) or _is_change(view, n):
        return None
    label = view.text[view.clause_start(n.start):n.start]
    return n if any(label.endswith(w) for w in _cues()["reached"]) else None


def _level(n: Num) -> bool:
    """A number that can be a level: not a span of time (`两年数额`, `三个月`)."""
    return (n.unit or "") not in _cues()["time_units"]


def _is_change(view: PageView, n: Num) -> bool:
    return word_direction(view.label_before(n).rstrip("了"), clause_before(view, n.start)) is not None


def _name(view: PageView, n: Num) -> frozenset[str]:
    """The pairs of characters naming a number: of its record's metric (which carries a name said
    in the clause before: `基本建设总投资额，拟定为 A`) and of its head, less years written in
    Chinese numerals and the words any change or level is said with (`增加`, `本年`)."""
    metric = n.rec.get("metric") if isinstance(n.rec.get("metric"), str) else ""
    return _grams(metric + "|" + head(view, n))


def _grams(text: str) -> frozenset[str]:
    text = _YEARS.sub("|", text)
    text = re.sub(r"[^\u4e00-\u9fff]+", "|", text)
    stop = set(_cues()["stop_pairs"])
    return frozenset(g for i in range(len(text) - 1) if "|" not in (g := text[i:i + 2]) and g not in stop)


def _shares(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a & b)


def _year(view: PageView, n: Num) -> int | None:
    """The year a level is of: its label's, else its record's period when that is one year."""
    year = label_year(view, n)
    period = n.rec.get("period")
    if year is None and isinstance(period, str) and _ONE_YEAR.fullmatch(period):
        year = int(period)
    return year


def _named_year(view: PageView, p: Num, new_year: int | None) -> int | None:
    """The base year the change names after its comparison word (`比一九五五年`, `同上年比较`)."""
    s = view.sentences[p.sentence]
    said = view.text[s.start:p.start]
    for w in cues.words("growth", "not_base"):  # 比重: a share, not `比` of a comparison
        said = said.replace(w, "·" * len(w))
    at = max(said.rfind(w) for w in _cues()["compared"])
    if at < 0:
        return None
    said = said[at:]
    years = years_in(said)
    if years:
        return years[0]
    if new_year is not None and any(w in said for w in _cues()["last_year"]):
        return new_year - 1
    return None


def _draft(view: PageView, p: Num, way: str, kind: str, new: Num, levels: list[Num]) -> Draft | None:
    name = _name(view, new)
    if not name:
        return None
    new_year = _year(view, new)
    named = _named_year(view, p, new_year)
    fits = _FITS[kind]
    held: list[Num] = []
    earlier = [b for b in levels if b.end <= new.start][-_CANDIDATES:]
    for base in earlier:
        if base.sentence == p.sentence or base.value == new.value or _is_change(view, base) \
                or not _shares(name, _name(view, base)):
            continue
        year = _year(view, base)
        if named is not None and year is not None and year != named:
            continue
        if new_year is not None and year is not None and year >= new_year:
            continue
        if fits(p, way, new, base):
            held.append(base)
    if len({b.value for b in held}) != 1:
        return None
    base = held[-1]  # the nearest of one value
    return _explain(p, way, kind, new, base)


def _rate(p: Num, way: str, new: Num, base: Num) -> bool:
    if (new.value > base.value) != (way == "up"):
        return False
    ratio = (new.interval / base.interval).scale(100.0)
    hundred = Interval(100.0, 100.0)
    return (ratio - hundred if way == "up" else hundred - ratio).meets(p.interval)


def _difference(p: Num, way: str, new: Num, base: Num) -> bool:
    if (new.value > base.value) != (way == "up"):
        return False
    return (new.interval - base.interval).scale(1 if way == "up" else -1).meets(p.interval)


_FITS: dict[str, Callable[[Num, str, Num, Num], bool]] = {"rate": _rate, "amount": _difference, "points": _difference}


def _explain(p: Num, way: str, kind: str, new: Num, base: Num) -> Draft:
    sign = 1 if way == "up" else -1
    word = ("增长" if way == "up" else "下降") if kind != "amount" else ("增加" if way == "up" else "减少")
    if kind == "rate":
        point = (new.value / base.value - 1.0) * 100.0
        text = f"({new.written} − {base.written}) ÷ {base.written} = {fmt(point, 2)}%"
    else:
        point = new.value - base.value
        text = f"{new.written} − {base.written} = {fmt_like(abs(point), p.text, p.value)}"
    text += f"，与所述{word} {p.written} 一致（由算术得出：基期水平见前文，按名称对应）。"
    return Draft("growth", "consistent", [p.ref(), new.ref(), base.ref()], as_number(round(sign * point, 3)),
                 p.shown if way == "up" else -p.value, text, {"found_by": "arithmetic"})
