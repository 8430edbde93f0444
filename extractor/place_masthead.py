"""The masthead of a newspaper page (某市日报  2025年12月20日  第2版  要闻·项目建设): the paper's name with
its issue's date or page number on the page's first line. The area inside the paper's name is where the
paper is printed, as a dateline says where news was filed (bench/gold/README.md): it is no title place of
the first story and no area the story opens with (a zone's story, 高新区集中签约… / 某市高新区…签约, stays the
zone's). A title ending in 报 with no issue's mark (某县一季度经济运行情况通报) is a title, not a masthead."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import table


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    t = table("place_masthead.toml")
    ends = "|".join(sorted(map(re.escape, t["paper_ends"]), key=len, reverse=True))
    paper = re.compile(rf"\s*\S{{1,10}}?(?:{ends})(?=\s|\d)")
    issue = re.compile("|".join(f"(?:{m})" for m in t["issue_marks"]))
    return paper, issue


def masthead_end(text: str) -> int:
    """Where the page's masthead line ends, 0 where its first line is none."""
    paper, issue = _pattern()
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    m = paper.match(text, 0, line_end)
    if m is None or not issue.search(text, m.end(), line_end):
        return 0
    return line_end
