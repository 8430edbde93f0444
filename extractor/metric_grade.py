"""A count whose words after the classifier are only a grade (`国家级`, `千亿级`, `省级及以上`) or a
scale (`百亿级投资规模的`) counts the noun the grade or scale is of, written further on:
`建成6个国家级、20个省级重点专科`: 6 national and 20 provincial specialties, both of 重点专科 (the
grade alone names nothing a user asks for); `建成15家省级及以上技术中心`; `发现九个亿吨级储量规模的
气田`: the gas fields, of that scale. The grade stays in the phrase (it tells the two counts apart);
where no noun follows (`被评为国家级`: the grade is a predicate's) nothing is changed.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .metric_words import COUNT_WRITTEN, word_set

_WINDOW = 60  # (more than a count's clause reader looks either side)
_GRADE = "[\u4e00-\u9fff]{1,4}级"
_AT_LEAST = "(?:及以上|以上)"
# a grade alone (the metric read so far)
_GRADE_ONLY = re.compile(f"^{_GRADE}$")
_GRADE_HEAD = re.compile(f"^{_GRADE}{_AT_LEAST}?")
# after a grade: the next count of the list (、20个省级…), its number and classifier
_NEXT_COUNT = re.compile(f"^[、和及与]({COUNT_WRITTEN})")
# 亿吨级储量规模的: a scale described, then 的 and the thing of that scale
_SCALE = re.compile(f"^(?:{_GRADE})?[\u4e00-\u9fff]{{0,4}}规模的")

Reader = Callable[[str, int, int, "str | None"], "str | None"]


def graded_noun(text: str, start: int, end: int, unit: str | None, phrase: str | None, read: Reader) -> str | None:
    """The noun a grade or scale right after the count at [start, end) is of, the grade kept
    before it; None where `phrase` (the metric read so far) is no bare grade or scale, or no noun
    follows, or `unit` counts nothing named after it. `read(text, s, e, unit)`: the metric of the count at [s, e) of `text` (unit None: this
    count's own)."""
    if not phrase or unit not in word_set("noun_after", "units"):
        return None
    after = text[end:end + _WINDOW]
    lo = max(0, start - _WINDOW)
    scale = _SCALE.match(after)
    if scale and phrase.endswith("规模"):
        # 九个亿吨级储量规模的气田: the count read as if the scale were not written (九个气田)
        return read(text[lo:end] + after[scale.end():], start - lo, end - lo, None)
    if not _GRADE_ONLY.match(phrase) or not after.startswith(phrase):
        return None
    grade = _GRADE_HEAD.match(after).group()
    listed = _NEXT_COUNT.match(after[len(grade):])
    if listed:
        # 6个国家级、20个省级重点专科: the noun the next count names, without its own grade
        at = end + len(grade) + 1
        noun = _GRADE_HEAD.sub("", read(text, at, at + len(listed.group(1)), listed.group(1)[-1]) or "")
    elif grade != phrase:
        # 15家省级及以上技术中心: the count read past its grade
        noun = _GRADE_HEAD.sub("", read(text[lo:end] + after[len(grade):], start - lo, end - lo, None) or "")
    else:
        return None
    return grade + noun if len(noun) >= 2 and not _GRADE_ONLY.match(noun) else None
