"""bound: a target set for the coming year beside the result of the year the report closes.

    2025 年…执行到位金额 68.4 亿元。…2026 年，全市法院将力争…执行到位金额达到 72 亿元以上
    2025 年…空气质量优良天数比例 92.9%。…2026 年，全县力争空气质量优良天数比例达到 93% 以上
    全年…检查企业 8640 家。…2026 年…全年检查企业 9000 家以上
A work report, bulletin or meeting report closes with the next year's targets (`力争`, `目标`,
`确保`: data/plan_targets.toml), each of a measure it gave the result of before. The target is
the record of a later year than the result (or the whole year where the result is of its first
months: `前 10 个月 5860.4 亿元`, `全年…突破 7000 亿元`); they share the measure's type and unit and
its name (one ends with the other: `诉前调解成功率`, `调解成功率`). A target is set,
not measured: it is no error for it to lie on either side of the result, so every finding here is
consistent and only records which result the target is set against and how far it moves it.
A change (`增长 4% 以上`) is a target of growth, no level: left to the growth checks.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from ..fact_types import SUMMABLE_TYPES
from .amounts import is_change
from .model import Draft, Num, PageView
from .period_tiles import months_of_year
from .tolerance import fmt_like

_YEAR_END = re.compile(r"^\.\./(\d{4})-12(?:-31)?$")
_TYPES = SUMMABLE_TYPES + ("percent",)
_BACK = 400  # numbers before a target where its result may stand (a report's sections)


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("plan_targets.toml")["plan_targets"]


def check(view: PageView) -> list[Draft]:
    drafts = []
    for t in view.nums:
        year = _year(t)
        if t.type not in _TYPES or year is None or not _targeted(view, t) or is_change(view, t):
            continue
        found = _result(view, t, year)
        if found is not None:
            drafts.append(_draft(t, found))
    return drafts


def _year(n: Num) -> int | None:
    """The year of a number whose period is one whole year (`2026`)."""
    period = str(n.rec.get("period") or "")
    return int(period) if re.fullmatch(r"\d{4}", period) else None


def _targeted(view: PageView, t: Num) -> bool:
    """A plan word opens the target's sentence or stands before it in its clause run (`力争`)."""
    s_start = view.sentences[t.sentence].start if t.sentence >= 0 else max(0, t.start - 60)
    before = view.text[s_start:t.start]
    return any(w in before for w in _data()["plan"]) and not any(w in before for w in _data()["not_plan"])


def _result(view: PageView, t: Num, year: int) -> Num | None:
    """The result of the year before (or of the target year's first months) the target is set
    against: of its measure, one name ending with the other (`诉前调解成功率`, `调解成功率`), the
    same name before a longer one, then the first said (a report gives the whole before its parts:
    the city's `结案率 95.2%` before the middle court's `95.6%`)."""
    mine = _name(t)
    if len(mine) < _data()["shared"] or any(w in mine for w in _data()["not_level"]):
        return None
    found = []
    for n in view.before(t.start, _BACK):
        name = _name(n)
        if n.type != t.type or n.unit != t.unit or n.qualifier not in ("exact", "about") or is_change(view, n) \
                or len(name) < _data()["shared"] or not (name.endswith(mine) or mine.endswith(name)) \
                or any(w in name for w in _data()["not_level"] + _data()["plan"]) or not _closed_before(n, year):
            continue
        found.append((name != mine, n.start, n))
    return min(found, key=lambda f: f[:2])[2] if found else None


def _closed_before(n: Num, year: int) -> bool:
    """n's period is the year before the target's, or months of the target's year from January."""
    period = str(n.rec.get("period") or "")
    end = _YEAR_END.match(period)  # `../2025-12`: a level at the end of the year before
    if end:
        return int(end.group(1)) == year - 1
    if _year(n) is not None:
        return _year(n) == year - 1
    months = months_of_year(n)
    return months is not None and months[0] == year and months[1] == 1 and months[2] != 12


_NOT_WORD = re.compile(r"[^\w]")  # `;R&D经费投入强度`: punctuation the record kept, `&`


def _name(n: Num) -> str:
    """The measure's name in the record, without punctuation, the subject that sets a target and
    the words of a plan."""
    name = _NOT_WORD.sub("", str(n.rec.get("metric") or ""))
    cut = max((name.rfind(w) + len(w) for w in _data()["opens"] if w in name), default=0)
    name = name[cut:]
    for w in _data()["drop"]:
        name = name.replace(w, "")
    return name


def _draft(t: Num, result: Num) -> Draft:
    way = "高于" if t.value > result.value else "低于" if t.value < result.value else "等于"
    text = (f"目标 {t.written} {way}此前实绩 {result.written}（{fmt_like(t.value - result.value, t.text, t.value)} 之差）；"
            f"目标是定下的数，不是统计结果，不据实绩判其对错，只记录二者的关系。")
    return Draft("bound", "consistent", [t.ref(), result.ref()], None, t.shown, text)
