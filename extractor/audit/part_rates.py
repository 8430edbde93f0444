"""rate: a rate named right after a part that its sentence holds within a whole, as the part's share.

    全市 31 个行业大类中有 22 个增加值实现增长，增长面为 71.0%        22 of the 31 (among.py)
    全县规模以上工业企业 312 家，其中增加值实现增长的 198 家，增长面为 63.5%   198 of the 312 (其中)
    全市监测的 42 种主要工业产品中，有 27 种产量同比增长，产品增长面为 66.7%   27 ÷ 42 = 64.29%: an error
A bulletin counts the units of a whole that did something (`有 M 个…增长`) and names at once the
share they are of it (`增长面`, `比例`, `覆盖率`), without `占`: the rate's words name neither term,
so rate.py, which ties terms by the rate's words, finds none. What ties them here is the sentence's
own structure, which an earlier check already read: a part_of finding of the sentence (the whole
counted before `中，有` or `，其中`) whose part is the number right before the rate's name. The rate
is that part over that whole. A rate whose name says a change (`增长率`, `增速`) is the part's own
growth, not its share, and is left alone; so is a rate another check reported on (run after all
checks, over their drafts). Both terms come from the sentence's structure, so a mismatch beyond
rounding is an error.
"""
from __future__ import annotations

from functools import lru_cache

from . import cues
from .model import Draft, Num, PageView
from .rate_drafts import rate_draft


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("part_rates.toml")["part_rates"]


def from_parts(view: PageView, drafts: list[Draft]) -> list[Draft]:
    """The rates named right after a part of a part_of draft of its sentence, not yet a claim."""
    by_start = {n.rec["start"]: n for n in view.nums}
    claims = {d.facts[0]["start"] for d in drafts}
    wholes: dict[int, Num] = {}  # a part's start: its whole, said in the part's sentence
    for d in drafts:
        if d.check != "part_of" or d.verdict != "consistent" or len(d.facts) != 2:
            continue
        whole, part = (by_start.get(f["start"]) for f in d.facts)
        if whole is not None and part is not None and whole.sentence == part.sentence and whole.end <= part.start:
            wholes.setdefault(part.rec["start"], whole)
    out = []
    for i, part in enumerate(view.nums[:-1]):
        whole = wholes.get(part.rec["start"])
        p = view.nums[i + 1]
        if whole is None or p.type != "percent" or p.unit != "%" or p.rec["start"] in claims \
                or p.sentence != part.sentence or p.value > 100 \
                or not _share_named(view.text[part.end:p.start], view.label_before(part), part.unit or ""):
            continue
        out.append(rate_draft(p, part, whole))
        claims.add(p.rec["start"])
    return out


def _share_named(between: str, label: str, unit: str) -> bool:
    """The words between a part and a rate name the part's share: `，增长面为`, `增加值实现增长，
    增长面为` (the rest of the part's clause, then a clause of the rate's name alone). A name
    ending in `比重`/`占比` with words before it names what is shared: only the part's own measure
    (`企业占比`, `家数比重`, its label's end or its unit) makes it the part's share of the whole;
    `营业收入比重` after `其中高新技术企业 320 家` is the firms' share of another amount."""
    said, _, name = between.strip().rpartition("，") if "，" in between else between.strip().rpartition(",")
    if any(c in said for c in "，,；;。：:") or len(said) > _cues()["longest_said"]:
        return False
    if not name or any(c in name for c in "；;。：:") or len(name) > _cues()["longest_name"] + 2:
        return False
    for w in sorted(_cues()["copulas"], key=len, reverse=True):
        if name.endswith(w):
            name = name[: -len(w)]
            break
    if not name.endswith(tuple(_cues()["share_ends"])) or any(w in name for w in _cues()["growth_words"]):
        return False
    end = next((w for w in _cues()["measure_ends"] if name.endswith(w)), None)
    return end is None or _names_measure(name[: -len(end)], label, unit)


def _names_measure(head: str, label: str, unit: str) -> bool:
    """`` (a bare `比重`), `企业`, `企业数`, `家数`: the head of a share's name that counts the
    part's own units; `营业收入`, `增加值`, `出口额` name another amount of them."""
    for w in sorted(_cues()["count_words"], key=len, reverse=True):
        if head.endswith(w):
            head = head[: -len(w)]
            break
    return not head or (unit != "" and head == unit) or (label != "" and label.endswith(head))
