"""The hook of three readers of a number whose phrase names its row, rate or period instead of what
is measured: a table's column (metric_table_column.py), a rate's item (metric_unit_cost.py), a period
run's measure (metric_period_item.py), a compared size's subject (metric_size_compared.py). Each returns None where its shape is absent."""
from __future__ import annotations

from collections.abc import Callable

from .metric_period_item import period_item
from .metric_size_compared import size_compared
from .metric_table_column import table_column
from .metric_unit_cost import unit_cost_item


def row_metric(text: str, start: int, end: int, unit: str | None, phrase: str | None,
               measure: Callable[[int, int], str | None]) -> str | None:
    """What the number measures where its phrase is only a table row's place, a rate's unit, a period
    or a compared size."""
    return (table_column(text, start, end) or unit_cost_item(text, start, phrase, unit, measure)
            or period_item(text, start, end, phrase, measure) or size_compared(text, start, phrase))
