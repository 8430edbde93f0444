"""Counts and amounts whose words name their kind elsewhere than right before the number: an amount
whose clause is only a bare investment word after a count of projects of one kind (`其中高端装备项目
12个、投资186.4亿元` -> 高端装备项目投资; `完成投资` keeps its verb: 工业项目完成投资), and a count whose
bare noun follows a threshold (`计划总投资20亿元以上项目7个` -> 20亿元以上项目). Words: data/metric.toml
[kind_amount], [threshold_count]. Both read a bounded stretch before the number (one clause, or two)."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .metric_clause_before import previous_clause
from .metric_subject import clause_start


@lru_cache(maxsize=1)
def _kind_shapes() -> tuple[re.Pattern, re.Pattern]:
    t = table("metric.toml")["kind_amount"]
    amount = re.compile(f"(?P<noun>(?:{alternation(t['verbs'])})?(?:{alternation(t['nouns'])}))(?:{alternation(t['joins'])})?")
    count = re.compile(f"\\d[\\d.]*[万]?[多余]?(?:{alternation(t['units'])})")
    return amount, count


def kind_amount(text: str, start: int, phrase: str | None) -> str | None:
    """其中高端装备项目12个、投资186.4亿元 -> 高端装备项目投资: an amount whose clause holds only a
    bare investment word, right after a clause whose last count counts a kind of project, is that
    kind's; None where the shape does not hold."""
    amount, count = _kind_shapes()
    lo = clause_start(text, start)
    own = amount.fullmatch(text, lo, start) if phrase and lo > 0 and text[lo - 1] in "、，," else None
    if not own:
        return None
    j, hi = previous_clause(text, lo)
    # (the clause's last count, its noun before or after it: 项目12个, 8项重点水利工程)
    m = next(reversed(list(count.finditer(text, j, hi))), None) if hi > j else None
    if not m:
        return _named_project(text[j:hi], own.group("noun"))
    from .metric import metric_for  # (late: metric imports the modules that import this one)
    unit = next(u for u in table("metric.toml")["kind_amount"]["units"] if text.startswith(u, m.end() - len(u)))
    kind = metric_for(text, m.start(), m.end(), unit)
    if not kind or not kind.endswith(tuple(table("metric.toml")["kind_amount"]["kinds"])):
        return None
    return kind + own.group("noun")


def _named_project(clause: str, noun: str) -> str | None:
    """赣州经开区的锂电池正极材料项目 + 总投资 -> 锂电池正极材料项目总投资: a clause that only names one
    project of a kind (no number, no verb of its own past its last 的) is what the amount is of."""
    t = table("metric.toml")["kind_amount"]
    name = clause.rpartition("的")[2]
    if len(name) < t["named_shortest"] or not name.endswith(tuple(t["kinds"])) or not _CJK_ONLY.fullmatch(name):
        return None
    return name + noun


_CJK_ONLY = re.compile("[\u4e00-\u9fff]+")


@lru_cache(maxsize=1)
def _threshold() -> re.Pattern:
    t = table("metric.toml")["threshold_count"]
    return re.compile(f"\\d[\\d.]*(?:{alternation(t['units'])})(?:{alternation(t['marks'])})的?"
                      f"(?P<head>{alternation(t['heads'])})$")


def threshold_count(text: str, start: int, phrase: str | None) -> str | None:
    """计划总投资20亿元以上项目7个 -> 20亿元以上项目: a bare counted noun right after a threshold keeps the
    threshold (the 的 between dropped); None where the noun is not bare or no threshold is before it."""
    if phrase not in table("metric.toml")["threshold_count"]["heads"]:
        return None
    lo = clause_start(text, start)
    m = _threshold().search(text, lo, start)
    if not m or m.group("head") != phrase:
        return None
    return (text[m.start():m.start("head")].removesuffix("的") + phrase).replace(" ", "")
