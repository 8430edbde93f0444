"""A zone or park named as the subject of a figure's clause in a province's report: 中国（某省）自贸试验区累计
推出N项制度创新成果，其中M项为全国首创 / 某某文化创意产业园营收超N亿元 / 某某共建产业园落地项目N个. Its figures
are the zone's (bench/gold/README.md: development zones and parks named as the area count), not the
province's, nor those of an area written inside the zone's name (紫云山（包河）…: not 包河区). Such names open
with words the gazetteer does not hold (天开, 湘琼, 紫云山), so no place record finds them. Not a zone: a
clause telling of work done on one (建设某试验区, 加快某示范区: opened by a verb), a kind of zone
(国家生态文明建设示范区, 省级开发区), a list or a count (布局13个绿电产业园区)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .dictionary import default_dictionary
from .lexicon import table

_BRACKETS = "（）()"
_BREAK = re.compile("[，；：,;:]")


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern[str], dict]:
    t = table("place_report_zones.toml")
    ends = "|".join(map(re.escape, sorted(t["zone_ends"], key=len, reverse=True)))
    name = rf"[\u4e00-\u9fff{re.escape(_BRACKETS)}]{{2,{int(t['longest_name'])}}}?"
    return re.compile(rf"({name}(?:{ends}))"), t


def clause_zone(text: str, clause: int, sentence: int, pos: int) -> Optional[str]:
    """The zone whose name opens the sentence (at `sentence`) and the figure's clause (at `clause`, the
    figure at pos), or the sentence's first clause where the figure's, the second, opens with a part word
    (其中); None where no zone's name opens them. A zone opening an earlier clause of a list of deeds
    (某综合保税区封关运行，…新开通航线N条) is no subject of the figure's."""
    zone_re, t = _data()
    if clause == sentence:
        return _opening_zone(text, sentence, pos, zone_re, t)
    if text.startswith(tuple(t["part_openers"]), clause) and not _BREAK.search(text, sentence, clause - 1):
        return _opening_zone(text, sentence, clause - 1, zone_re, t)
    return None


def _opening_zone(text: str, start: int, end: int, zone_re: re.Pattern[str], t: dict) -> Optional[str]:
    m = zone_re.match(text, start, end)
    if m is None:
        return None
    name = m.group(1)
    if name.startswith(tuple(t["kind_starts"])) or name.startswith(tuple(_BRACKETS)):
        return None
    # the stem before the longest end word it holds: none, or one character, is a kind (自贸试验区 alone
    # is the province's own zone, named by no name of its own: the province's figures)
    end = max((e for e in t["zone_ends"] if name.endswith(e)), key=len)
    if len(name) - len(end) < 2:
        return None
    tags = default_dictionary().tags
    # the longest dictionary word opening the name (建设/合肥…, 加快/两岸…, 中国/（某省）…)
    first = next((name[:n] for n in range(min(4, len(name)), 1, -1) if name[:n] in tags), None)
    if first is not None and tags[first] not in t["name_tags"]:
        return None
    return name
