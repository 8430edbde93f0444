"""A speaker's 现在 reported without quotes: 县扶贫办主任深有感触地说，过去扶贫“撒胡椒面”…；现在集中资金办大事. As inside a
quotation (extractor/lead_times.py quoted), it is the speaker's now, said of the sentence it stands in: the
narration after it (全年举办农民实用技术培训班４２０期) goes on with the year the story reviews, not the year of
writing. Words: data/period.toml speech_opens (a speech verb and the mark that opens what was said)."""
from __future__ import annotations

from functools import lru_cache

from .lexicon import table


@lru_cache(maxsize=1)
def _opens() -> tuple[str, ...]:
    return tuple(table("period.toml")["speech_opens"])


def reported(text: str, start: int, at: int) -> bool:
    """Whether `at` lies in words someone is reported to have said, opened (…说，) after `start` (its sentence's start)."""
    return any(text.find(mark, start, at) >= 0 for mark in _opens())
