"""A speaker's 现在 reported without quotes: 县扶贫办主任深有感触地说，过去扶贫“撒胡椒面”…；现在集中资金办大事. As inside a
quotation (extractor/lead_times.py quoted), it is the speaker's now, said of the sentence it stands in: the
narration after it (全年举办农民实用技术培训班４２０期) goes on with the year the story reviews, not the year of
writing. And a now inside a quotation of words said in an earlier year (speakers_now) is the speaker's, for the figures
after it in the quotation. Words: data/period.toml speech_opens (a speech verb and the mark that opens what was said)."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .lexicon import table


@lru_cache(maxsize=1)
def _opens() -> tuple[str, ...]:
    return tuple(table("period.toml")["speech_opens"])


def reported(text: str, start: int, at: int) -> bool:
    """Whether `at` lies in words someone is reported to have said, opened (…说，) after `start` (its sentence's start)."""
    return any(text.find(mark, start, at) >= 0 for mark in _opens())


def speakers_now(text: str, start: int, at: int, said: Optional[tuple[int, str]], carried: Optional[str],
                 issue_year: Optional[int]) -> bool:
    """Whether a now (现在, 目前) at `at` lies inside a quotation (opened after `start`, its sentence's, and not closed)
    of words said in an earlier year: a year before the issue's that its sentence states before the quotation opens
    (said: where the sentence's last time before the now ends, and its period; １９６３年春，老支书…说：“现在全村只有
    耕牛１２头…”), or the year a story told of a year before the one just ended carries (carried). The now is the
    speaker's, not the writing's (bench/gold/README.md "A speaker's now"); a quotation in a story of the year just
    ended is more often words said to the writer, of the writing's now."""
    opened = text.rfind("“", start, at)
    if opened < 0 or text.find("”", opened, at) >= 0 or issue_year is None:
        return False
    if said is not None and said[0] <= opened:
        return said[1][:4].isdigit() and int(said[1][:4]) < issue_year
    return said is None and carried is not None and carried[:4].isdigit() and int(carried[:4]) < issue_year - 1
