"""span: a number of years said after the years it spans, taking them up again.

    从 2016 至 2019 年，全县共计修建农村公路 860 公里……。这四年…      `这 N 年` opens a later clause
    从 2011 年到 2020 年底，……已经走过 10 年                          a verb of time gone by (`走过`)
The first and last year (the first may leave out its `年`) and, in the same sentence or the next,
the first count of years after a word that takes a span up (data/cues.toml [span_later]); span.py
reads the count said right after the years. A count that fits neither way of counting (both
ends, or from the base year) is inconsistent after `这` (no other span stands between: `这` takes
up the one just named; `这两年` is said loosely too), else unverifiable: `走过 N 年` may count from
another start. `这一年` is one year of the span, not read.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..numerals import parse_number
from . import cues
from .model import Draft, PageView
from .span import MAX_YEARS, judged, said_after, year_of

_REACH = 90  # characters from the last year to the count that takes the span up
_SENTENCES = 1  # sentences after the years' one where the count may stand
_SURE_FROM = 3  # years from which `这 N 年` surely counts the span just named


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    words = "".join(cues.words("span", "year_digits"))
    year = f"(?:\\d{{4}}|[{words}]{{4}})"
    joins = "|".join(re.escape(w) for w in cues.words("span", "joins"))
    ends = "|".join(re.escape(w) for w in cues.words("span_later", "year_ends"))
    years = re.compile(f"(?P<y1>{year})(?P<y1n>年)?(?:{joins})(?P<y2>{year})年(?:{ends})?")
    takers = "|".join(re.escape(w) for w in cues.words("span_later", "takers"))
    not_after = re.escape("".join(cues.words("span_later", "not_after")))
    count = re.compile(f"(?P<taker>{takers})(?P<n>[一二两三四五六七八九十]{{1,3}}|\\d{{1,3}})(?:个)?年(?![{not_after}])")
    return years, count


def check(view: PageView) -> list[Draft]:
    drafts = []
    years, count = _patterns()
    after = said_after()
    for m in years.finditer(view.text):
        if after.match(view.text, m.start()):
            continue  # `…年到…年的四年间`: span.py reads it
        y1, y2 = year_of(m.group("y1")), year_of(m.group("y2"))
        if y1 is None or y2 is None or not 0 < y2 - y1 < MAX_YEARS:
            continue
        sent = view.sentence_index(m.start())
        last = min(sent + _SENTENCES, len(view.sentences) - 1)
        stop = min(view.sentences[last].end, m.end() + _REACH) if sent >= 0 else m.end() + _REACH
        other = years.search(view.text, m.end(), stop)
        if other:
            stop = other.start()  # another span said first takes the count
        c = count.search(view.text, m.end(), stop)
        n = parse_number(c.group("n")) if c else None
        if n is None or n < 2:
            continue  # `这一年`: one year of the span, not its length
        n = int(n)
        ok, expected, text = judged(y1, y2, n, c.group("n") + "年", "后文所述")
        # `这两年` is also said loosely of the last few years
        sure = c.group("taker") in cues.words("span_later", "sure_takers") and n >= _SURE_FROM
        if not ok and not sure:
            text = text.rstrip("。") + "，但后文的年数也可能另有所指，无法据此判定有误。"
        facts = [view.raw_ref(c.start("n"), c.end()),
                 view.raw_ref(m.start("y1"), m.end("y1") + (1 if m.group("y1n") else 0)),
                 view.raw_ref(m.start("y2"), m.end("y2") + 1)]
        verdict = "consistent" if ok else "inconsistent" if sure else "unverifiable"
        drafts.append(Draft("span", verdict, facts, expected, n, text))
    return drafts
