"""rate: a share said right after its part, of a whole named in the share and stated only after it.

    坏账和呆账的债权达 7.7 万亿元，占贷款总额的 12%。（paragraph on）各银行共贷出 62 万亿元，其中…
A news report gives a part and its share of a named whole (`X N，占 Y 的 P%`) first, then, a
sentence or a paragraph later, the whole itself under its own words (`共贷出` for `贷款总额`), so
that share_of_named.py, which looks for the whole before the share, finds none and the share is
left unverifiable. The whole here is a level after the share within a few sentences
(data/share_whole_after.toml), of the part's measure and time, larger than the part, said as a
total (`共`, `合计`, `总额`), whose clause before it holds a character of Y's name less its total
word. Words tie the two so loosely that only the arithmetic holding to the precision written,
for exactly one such level, makes it the whole: the finding is consistent, and nothing is said
where no level or more than one gives the share (the whole may be another number not stated).
"""
from __future__ import annotations

from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .amounts import is_change
from .heads import unscoped
from .model import Draft, Num, PageView
from .named_wholes import SHARE_OF, squeeze
from .rate_drafts import rate_draft
from .rate_terms import shares_time


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("share_whole_after.toml")["share_whole_after"]


def check(view: PageView) -> list[Draft]:
    drafts = []
    for i, part in enumerate(view.nums[:-1]):
        if part.type not in SUMMABLE_TYPES or part.value <= 0 or is_change(view, part):
            continue
        m = SHARE_OF.match(view.text, part.end)
        share = view.nums[i + 1]
        if m is None or share.type != "percent" or share.unit != "%" \
                or not _leads_to(view.text[m.end():share.start]):
            continue
        stem = _untotalled(unscoped(squeeze(m.group("name"))))
        fits = [d for d in (rate_draft(share, part, w) for w in _wholes_after(view, part, share, stem))
                if d.verdict == "consistent"]
        if len(fits) == 1:
            drafts.append(fits[0])
    return drafts


def _leads_to(between: str) -> bool:
    """Only a copula or ratio word between the share's name and its percent, no clause break."""
    between = squeeze(between)
    return len(between) <= int(_data()["lead"]) and not any(c in between for c in "，,；;：:。")


def _untotalled(name: str) -> str:
    """The share's name of the whole without its total word (`贷款总额` gives `贷款`)."""
    end = max((w for w in cues.words("rate", "whole_suffixes") if name.endswith(w)), key=len, default="")
    return name[: len(name) - len(end)]


def _wholes_after(view: PageView, part: Num, share: Num, stem: str) -> list[Num]:
    """Levels after the share, in its sentence or the next few, that may be the whole it names."""
    last = share.sentence + int(_data()["reach"])
    out = []
    for n in view.after(share.end, 40):
        if n.sentence > last or n.article != share.article:
            break
        if n.type not in SUMMABLE_TYPES or not n.same_measure(part) or n.value <= part.value \
                or n.qualifier not in ("exact", "about") or is_change(view, n) or not shares_time(n, part):
            continue
        said = view.text[view.clause_start(n.start):n.start]
        if any(w in said for w in _data()["total_words"]) and any(c in said for c in stem):
            out.append(n)
    return out
