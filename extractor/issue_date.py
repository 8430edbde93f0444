"""The date a page was issued, where its document id names one (`19980110-03-012`,
`2023-05-01/01`): archives name pages by the day they appeared. Dates written without a year or
month in such a page (新华社１月８日电, １２日) are read in that month and year."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import NamedTuple, Optional

_YEAR = r"(?P<y>(?:19|20)\d{2})"
_MONTH = r"(?P<m>0[1-9]|1[0-2])"
_DAY = r"(?P<d>0[1-9]|[12]\d|3[01])"
_SEP = r"[-_/.]?"
# the id's date stands at its start or after a folder separator, and no digit runs on from it
_ID_DATE = re.compile(rf"(?:^|/){_YEAR}{_SEP}{_MONTH}{_SEP}{_DAY}(?!\d)")
# an id that names a year alone (report-1981, gwr2026-anhui): the year a report was given in; no
# digit may run on either side (page-12345 names none), and a decade is no year (report-1980s,
# 1980年代: its reports were given in any of ten years; 2016sichuan still names 2016)
_ID_YEAR = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?!\d|s(?![a-z])|年代)")
_UNKNOWN_DAY = re.compile(r"XXXX-XX-(\d{2})")
_UNKNOWN_MONTH = re.compile(r"XXXX-(\d{2})")


class Issued(NamedTuple):
    year: int
    month: int
    day: int


def issued_id(value: str) -> str:
    """The id a date the caller gives for a page is read by (Page.read's `date`, the commands'
    --date): `1998-01-05`, a day, reads the page as an archive's page of that day; `2026`, a year
    alone, as a report given that year (what a report's head line says of itself). Raises
    ValueError, in one line, for anything else."""
    value = value.strip()
    m = re.fullmatch(r"((?:19|20)[0-9]{2})(?:-([0-9]{2})-([0-9]{2}))?", value)  # ASCII digits: issue_date reads those
    if m and m[2] is None:
        return f"given-{m[1]}"
    if m:
        try:
            date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            m = None
    if not m:
        raise ValueError(f"a page's date is YYYY-MM-DD (the day it was issued) or YYYY (the year a report "
                         f"was given), not {value!r}")
    return value


@lru_cache(maxsize=64)
def issue_date(doc: str) -> Optional[Issued]:
    """The date that a document id names (Page.dated: the id a page is read by), or None."""
    m = _ID_DATE.search(doc or "")
    return Issued(int(m["y"]), int(m["m"]), int(m["d"])) if m else None


def issue_year(doc: str) -> Optional[int]:
    """The year a document id names: its issue date's, else a year it names alone (archives of
    reports name them by the year they were given: gwr-national-1981 was given in November 1981,
    its 今年 is 1981 and its 1982年的计划 a plan). None where it names none or more than one. A year
    alone is a file's name: Page.dated goes by it last, after what the report's head says of itself."""
    issued = issue_date(doc)
    if issued:
        return issued.year
    return _id_year(doc)


@lru_cache(maxsize=64)
def _id_year(doc: str) -> Optional[int]:
    found = {m["y"] for m in _ID_YEAR.finditer(doc or "")}
    return int(found.pop()) if len(found) == 1 else None


def fill_period(period: Optional[str], issued: Optional[Issued]) -> Optional[str]:
    """A period with an unknown year (XXXX) completed from the issue date: a day after the issue
    day is in the month before, a month after the issue month in the year before."""
    if not period or not issued or "XXXX" not in period:
        return period

    def day(m: re.Match) -> str:
        y, mo = issued.year, issued.month
        if int(m.group(1)) > issued.day:
            y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
        return f"{y}-{mo:02d}-{m.group(1)}"

    def month(m: re.Match) -> str:
        y = issued.year - 1 if int(m.group(1)) > issued.month else issued.year
        return f"{y}-{m.group(1)}"

    return _UNKNOWN_MONTH.sub(month, _UNKNOWN_DAY.sub(day, period))


def now_period(period: Optional[str], issued: Optional[Issued], given: Optional[int] = None) -> Optional[str]:
    """fill_period, and "as of now" in the year of issue (目前, 现有: ../1998) is the month the page
    was issued (1998-01): what the page says stands then; "since" runs up to that month. given: the
    year a report was given in, where its month is not known: its "as of now" is that year's."""
    period = fill_period(period, issued)
    if not issued and given and period == f"../{given}":
        return str(given)
    if not issued and given and period and _SINCE_YEAR.match(period):
        return _whole_years_since(int(period[:4]), given)
    if issued and period == f"../{issued.year}":
        return f"{issued.year}-{issued.month:02d}"
    if issued and period and period.endswith("/.."):
        if issued.month in (1, 12) and _SINCE_YEAR.match(period):
            # 1994年以来 in a January page: the whole years since, up to the year just ended (in a
            # dispatch filed in December, the year ending: 1994/1997)
            return _whole_years_since(int(period[:4]), issued.year + (issued.month == 12))
        start, now = period[:-3], f"{issued.year}-{issued.month:02d}"
        if start == now or start[:7] > now:
            # 从１９９８年１月起 in a January 1998 page: that month, not a span of it to itself; 从１９９９年元旦起:
            # a start to come (a plan), not a span running back to the page's month (从１月２日开始…下跌了２０％
            # in a January page is still a span: 1998-01-02/1998-01)
            return start
        return f"{period[:-2]}{issued.year}-{issued.month:02d}"  # 4月以来: up to the page's month
    return period


_SINCE_YEAR = re.compile(r"^\d{4}/\.\.$")


def _whole_years_since(since: int, now: int) -> str:
    """The years from `since` through the last one over before `now`, the year a report was given
    or a January page issued in (1979年以来 in the 1983 report: 1979/1982): the years it can review.
    A since of the year before or a later one (从1999年起: a plan) is that year."""
    if since >= now - 1:
        return str(since)
    return f"{since}/{now - 1}"


def filed_before_issue(datelines: list[tuple[int, int, str]], issued: Optional[Issued]) -> dict[int, Issued]:
    """The day each article was filed where its first dateline (pos, article, YYYY-MM-DD) names a month
    before the page's issue (本报大连12月31日电 on the page of 1998-01-01): it writes in that month."""
    out: dict[int, Issued] = {}
    for _, art, day in datelines:
        if art in out or not issued:
            continue
        y, m, d = (int(x) for x in day.split("-"))
        out[art] = Issued(y, m, d)
    return {art: d for art, d in out.items() if (d.year, d.month) < (issued.year, issued.month)}


def filed_now(period: Optional[str], filed: Optional[Issued], issued: Optional[Issued],
              given: Optional[int] = None) -> Optional[str]:
    """now_period for a dispatch filed in the month before the issue (filed: filed_before_issue):
    its 目前 (../1998 in the page's year) and 9月以来 run to the month it was filed; a time that
    begins after that month (自1998年1月1日起 in a dispatch of 31 December) runs to the page's."""
    if not filed or not issued or (period and period[:7] > f"{filed.year}-{filed.month:02d}"):
        return now_period(period, issued, given)
    if period == f"../{issued.year}":
        return f"{filed.year}-{filed.month:02d}"
    return now_period(period, filed, given)
