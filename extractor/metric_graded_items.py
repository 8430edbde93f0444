"""Items of a 分别 list that are grades or sizes of one noun written once, after the last item
(`大型、中型、小微型企业分别为…家`, `国家级、部级创新平台分别达到…家`): each grade takes that noun (大型企业,
国家级创新平台), not the last item whole nor the bare grade. Every item must end its grade with the same
final (型, 级) within a few characters, the last item going on with the noun. Words: data/metric.toml
[graded_items]."""
from __future__ import annotations

from functools import lru_cache

from .lexicon import table


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], int]:
    t = table("metric.toml")["graded_items"]
    return tuple(t["finals"]), t["longest"]


def graded_items(items: list[str]) -> list[str] | None:
    """[大型, 中型, 小微型企业] → [大型企业, 中型企业, 小微型企业]; None where the items are no grades of
    one noun."""
    finals, longest = _words()
    if len(items) < 2 or not items[0] or not items[0].endswith(finals):
        return None
    final = items[0][-1]
    if any(len(x) > longest or not x.endswith(final) for x in items[:-1]):
        return None
    at = items[-1].find(final, 1, longest)
    noun = items[-1][at + 1:] if at > 0 else ""
    if len(noun) < 2:
        return None
    return [x + noun for x in items[:-1]] + [items[-1]]
