"""The standard time of a census or sample survey, stated once in its bulletin's opening paragraph.

A bulletin of a 人口普查, 经济普查, 农业普查 or 1%人口抽样调查 says at which moment its counts were taken (我市以2020年11月1日
零时为标准时点进行了第七次全国人口普查; 普查标准时点为2018年12月31日): every figure it reports is of that day, whatever
the span of its fieldwork (于2020年11月1日至12月10日…完成了普查登记) or the date it was published. Read only before the
bulletin's first heading and within the page's first `reach` characters (words: data/period.toml [standard_time]), so
that a later mention of another census (以2020年11月1日零时为标准时点的第七次全国人口普查 in a yearly bulletin's body) sets
nothing. Used by extractor/document_time.py as the document's time of a page whose title names none."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .lexicon import alternation, table

_DIGIT = "[0-9０-９]"
_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


@dataclass(frozen=True)
class StandardTime:
    """The day a census's figures are of (`period`, 2020-11-01), its year, and where its statement ends."""
    period: str
    year: int
    end: int


@lru_cache(maxsize=1)
def _words() -> dict:
    return table("period.toml")["standard_time"]


@lru_cache(maxsize=1)
def _statement() -> re.Pattern:
    """以{day}{hour}为{a few characters}{mark} (以2020年11月1日零时为普查标准时点) or {mark}为{day} (普查标准时点为2018年12月31日)."""
    w = _words()
    day = (rf"(?P<{{n}}y>(?:19|20|１９|２０){_DIGIT}{{{{2}}}})\s*年\s*(?P<{{n}}m>{_DIGIT}{{{{1,2}}}})\s*月"
           rf"\s*(?P<{{n}}d>{_DIGIT}{{{{1,2}}}})\s*日")
    hour = rf"(?:{alternation(w['hours'])})?"
    mark = alternation(w["marks"])
    between = rf"[^，,。；;：:\n]{{0,{int(w['between'])}}}"
    return re.compile(rf"以\s*{day.format(n='a')}\s*{hour}\s*为{between}(?:{mark})"
                      rf"|(?:{mark})\s*(?:为|是)?\s*[:：]?\s*{day.format(n='b')}")


def _number(written: str) -> int:
    return int(written.translate(_FULL_WIDTH))


def standard_time(text: str, start: int, end: int) -> Optional[StandardTime]:
    """The standard time stated between start and end (clipped to the first `reach` characters after start), or
    None where none is stated or its day is no day of the calendar (2020年13月1日)."""
    m = _statement().search(text, start, min(end, start + int(_words()["reach"])))
    if not m:
        return None
    side = "a" if m["ay"] else "b"
    year, month, day = (_number(m[side + part]) for part in "ymd")
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return StandardTime(f"{year}-{month:02d}-{day:02d}", year, m.end())
