"""A habit that opens its sentence as its time (每年年末，某省都要研究决定…２０多件实事; 每逢节假日，学员们还带着两位老人…;
after a dateline: 本报某地１月４日电记者某某报道：每年年末，…): the sentence tells what is done again and again, so its
figures have no period, as a habit in the number's own clause has none (bench/gold/README.md P9, extractor/habits.py).
A year the sentence writes between the habit and the number (每年…，１９９７年共…) is the figure's own."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table


@lru_cache(maxsize=1)
def _lead() -> tuple[re.Pattern, re.Pattern]:
    t = table("period.toml")
    h = t["habit_leads"]
    r = t["recent_news"]
    # a dateline before it (本报某地１月４日电, （记者某某）, 记者某某报道：)
    dateline = (rf"(?:[^，。：:\n]{{0,{int(h['dateline_reach'])}}}?(?:{alternation(t['dateline_closes'])})"
                rf"(?:[（(][^）)]*[）)])?(?:[^，。：:\n]{{0,16}}(?:{alternation(h['byline_ends'])}))?)?")
    habit = rf"^{dateline}(?:{alternation(h['words'])})[^，。；：:\n]{{0,{int(h['clause_reach'])}}}，"
    years = rf"[{r['year_digits']}]{{2,4}}年(?!代)|{alternation(r['year_words'])}"
    return re.compile(habit), re.compile(years)


def habit_lead(text: str, start: int, pos: int) -> bool:
    """Whether the sentence starting at start opens with a habit as its time (its first clause, after any
    dateline, is 每年…/每逢… alone) and writes no year between that clause and the number at pos."""
    habit, years = _lead()
    m = habit.match(text[start:pos])
    return m is not None and start + m.end() <= pos and not years.search(text, start + m.end(), pos)
