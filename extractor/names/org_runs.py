"""Lists of bodies run together with no mark between them (…教育局江西省图书馆福建省厦门市委组织部):
a province or city written in full right after a body's name heads the next body."""
from __future__ import annotations

from bisect import bisect_left

from .org_lists import org_data
from .place_mention import Mention


def new_body_at(head_starts: dict[int, Mention], at: int, s: int, strong: bool = False) -> bool:
    """A division written in full (湖南省, 广州市) or a province's short form (湖南) starts at
    `at`, right after a body, with a word between it and the suffix at s: the
    heading of the next body in a list run together (…卫生局湖南省新华书店), not a unit of the
    body before it (…银行上海分行 keeps the place next to the unit word). A strong suffix names
    a body of its own right after the place (…新华书店江苏省歌舞剧院): no unit ends so."""
    h = head_starts.get(at)
    return h is not None and (_fresh_place(h) or _state_head(h)) and (s - h.end >= 1 or strong)


def _state_head(h: Mention) -> bool:
    """中国, 中央, 全国, or a body's word beginning so (中国农学会, 中央电视台), right after a
    body's name: the next body of a list run together (…中国电影公司/中国农学会…), as a body
    of the state is no unit of another's."""
    heads = org_data()["list_heads"]
    return h.kind in ("head", "country") and (h.name in heads or h.kind == "head" and h.name.startswith(tuple(heads)))


def fresh_starts(places: list[Mention]) -> frozenset[int]:
    """Where a province or city written in full begins (吉林省, 广州市), or a word of state
    (中国, 中国农学会): after another body's name it heads a body of its own, where a short
    form may head the body's own unit (中国水产科学院/黑龙江水产研究所)."""
    return frozenset(p.start for p in places if p.kind == "full" and _fresh_place(p) or _state_head(p))


def _fresh_place(h: Mention) -> bool:
    """A place that heads a body of its own after another body's name: a division written in
    full (湖南省, 广州市) or a province's short form (湖南)."""
    return h.kind == "full" and h.level in ("province", "city", "county") or h.kind == "short" and h.level == "province"


def last_heading(run: list[Mention]) -> Mention:
    """Where a run of places and bodies' words heads the body after it: at the last fresh place
    that follows a body's word (新华书店/广东省/广州市 + 委宣传部 begins at 广东省), else its start
    (words of state head with what follows: 中共/广东省委)."""
    words_of_state = org_data()["heads"]
    for i in range(len(run) - 1, 0, -1):
        if run[i - 1].kind == "head" and run[i - 1].name not in words_of_state \
                and (_fresh_place(run[i]) or _state_head(run[i])):
            return run[i]
    return run[0]


def chains(places: list[Mention], starts: list[int], start: int, s: int) -> list[list[Mention]]:
    """Runs of places written one after another (常德市武陵区) between start and s (places
    sorted by start, starts their starts)."""
    runs: list[list[Mention]] = []
    for p in places[bisect_left(starts, start):bisect_left(starts, s)]:
        if p.end > s:
            continue
        if runs and runs[-1][-1].end == p.start:
            runs[-1].append(p)
        else:
            runs.append([p])
    return runs
