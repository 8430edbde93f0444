"""growth_far_levels._before: two levels ordered by their periods, an open end ordering nothing."""
from __future__ import annotations

from types import SimpleNamespace

from extractor.audit.growth_far_levels import _before


def _num(period: str | None) -> SimpleNamespace:
    return SimpleNamespace(rec={"period": period})


def test_a_year_comes_before_a_later_month() -> None:
    assert _before(_num("1997"), _num("1998-12"))
    assert not _before(_num("1998-12"), _num("1997"))
    assert not _before(_num("1998"), _num("1998-12"))  # the month lies inside the year


def test_an_open_end_orders_nothing() -> None:
    assert not _before(_num("2021/.."), _num("1998-12"))
    assert not _before(_num("../1997-12"), _num("1998"))
    assert not _before(_num(None), _num("1998"))
