"""The honor a counted group got: `刘某等46人被授予“优秀环卫工人”称号` counts those honored, and a user
asking for the number of 优秀环卫工人 wants it; the names before `等` or the word `同志` name no measure.
The words live in data/metric.toml, section [honor].
"""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import BREAKS
from .lexicon import alternation, table
from .metric_words import strip_quotes
from .metric_cut import trim


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, frozenset]:
    t = table("metric.toml")["honor"]
    stop = re.escape(BREAKS)
    # a generic noun and an adverb at most, the verb, then the honor up to its end word within the
    # clause (or, after a verb of naming, the clause's end: grades of one title joined by 、 stay in
    # it, 获评省级示范级、先进级数字车间, where no number follows the mark)
    lead = f"(?:{alternation(t['generic_nouns'])})?(?:{alternation(t['adverbs'])})?"
    title = f"(?:[^{stop}\\d]|、(?=[^{stop}\\d]{{2}}))"
    shape = re.compile(
        f"{lead}(?:{alternation(t['verbs'])})([^{stop}]{{1,20}}?(?:{alternation(t['ends'])}))"
        f"|{lead}(?:{alternation(t['naming_verbs'])})({title}{{2,24}}?)(?=[{stop}、]|$)(?!、[^{stop}\\d]{{2}})")
    return shape, frozenset(t["units"])


def honor_after(text: str, end: int, unit: str | None) -> str | None:
    """The honor named after a count of those who got it, without the word 称号 and quotes
    (`“优秀环卫工人”称号` → 优秀环卫工人, `获金奖` → 金奖); None where no verb of honor follows."""
    shape, units = _pattern()
    if unit not in units:
        return None
    m = shape.match(text, end)
    if not m:
        return None
    honor = m.group(1) or m.group(2)
    honor = honor[:-2] if honor.endswith("称号") else honor
    honor = strip_quotes(re.sub("[『』「」“”]", "", honor))  # (no cleaning: 全国 opens a title whole)
    if len(honor) < 2:
        return None
    # (grades of one title, 省级示范级、先进级数字车间, are the title whole: no cut to its last grade)
    return honor if "、" in honor else trim(honor)
