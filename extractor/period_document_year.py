"""A year that only names a document a sentence speaks of (全县68个预算单位全部公开2025年部门预算和2024年部门决算, in a
report on 2025): the budget or final accounts of that year are what was published, not a time the sentence or the
sentences after it report, so it is a label (kind "label": no period of any fact, extractor/scope.py), neither leading its sentence nor
carried on (县政务服务中心…全年接待群众查阅2360人次
after it: the report's year, not 2024). A year whose budget word goes on into a figure's name (2024年全县一般公共预算
收入12亿元) or a report on it (2024年预算执行情况) is a time as before. Words: data/period.toml [document_years].
Used by extractor/time_exprs.py Times.of."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .lexicon import alternation, table


@lru_cache(maxsize=1)
def _named() -> re.Pattern:
    t = table("period.toml")["document_years"]
    return re.compile(rf"度?(?:{alternation(t['holders'])})?(?:{alternation(t['documents'])})"
                      rf"(?=[{''.join(t['after'])}]|$)")


def names_document(text: str, end: int) -> bool:
    """Whether the time ending at `end` is the year of a document named right after it (2025年部门预算和…)."""
    return _named().match(text, end) is not None


def document_labels(text: str, found: list[tuple[int, int, Optional[str], str]]
                    ) -> list[tuple[int, int, Optional[str], str]]:
    """found with each time of no kind that names a document's year (2024年部门决算) made a label."""
    return [(a, b, p, "label") if not k and p and names_document(text, b) else (a, b, p, k) for a, b, p, k in found]
