"""rate: a share said right after its part, of a whole stated only after it.

    坏账和呆账的债权达 7.7 万亿元，占贷款总额的 12%。（paragraph on）各银行共贷出 62 万亿元，其中…
    共有 1.1 万名下岗职工重新就业，再就业率达 74%。（paragraph on）…共有 1.5 万名职工下岗。
A news report gives a part and its share of a named whole (`X N，占 Y 的 P%`) first, then, a
sentence or a paragraph later, the whole itself under its own words (`共贷出` for `贷款总额`), so
that share_of_named.py, which looks for the whole before the share, finds none and the share is
left unverifiable. The whole here is a level after the share within a few sentences
(data/share_whole_after.toml), of the part's measure and time, larger than the part, said as a
total (`共`, `合计`, `总额`), whose clause before it holds a character of Y's name less its total
word. A rate named right after its numerator (`X 人…，X率达 P%`, rate_after_part.py's, whose
whole that module looks for only before) takes the same whole after it, tied to the numerator by
a label word of two characters both share (rate_after_part.tied). Words tie the two so loosely that only the arithmetic holding to the precision written,
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
from .rate_after_part import numerator_before, rate_name_before, tied
from .rate_drafts import rate_draft
from .rate_terms import shares_time
from .share_part_unstated import untotalled

_AFTER = 40  # numbers after the share read for its whole (bounded: linear time)


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("share_whole_after.toml")["share_whole_after"]


def check(view: PageView) -> list[Draft]:
    drafts = _shares_of_named(view)
    for p in view.nums:
        if p.type != "percent" or p.unit != "%" or p.sentence < 0 or p.value <= 0 or not rate_name_before(view, p):
            continue
        part = numerator_before(view, p)
        if part is not None and part.value > 0:
            wholes = [w for w in _wholes_after(view, part, p) if tied(view, part, w)]
            drafts.extend(_only_fit(p, part, wholes))
    return drafts


def _shares_of_named(view: PageView) -> list[Draft]:
    """`X N，占 Y 的 P%`: the whole a level after the share whose words hold a character of Y."""
    drafts = []
    for i, part in enumerate(view.nums[:-1]):
        if part.type not in SUMMABLE_TYPES or part.value <= 0 or is_change(view, part):
            continue
        m = SHARE_OF.match(view.text, part.end)
        share = view.nums[i + 1]
        if m is None or share.type != "percent" or share.unit != "%" \
                or not _leads_to(view.text[m.end():share.start]):
            continue
        stem = untotalled(unscoped(squeeze(m.group("name"))))
        wholes = [w for w in _wholes_after(view, part, share)
                  if any(c in view.text[view.clause_start(w.start):w.start] for c in stem)]
        drafts.extend(_only_fit(share, part, wholes))
    return drafts


def _only_fit(p: Num, part: Num, wholes: list[Num]) -> list[Draft]:
    """The finding of the one whole that gives the rate to its precision; none where none or several do."""
    fits = [d for d in (rate_draft(p, part, w) for w in wholes) if d.verdict == "consistent"]
    return fits if len(fits) == 1 else []


def _leads_to(between: str) -> bool:
    """Only a copula or ratio word between the share's name and its percent, no clause break."""
    between = squeeze(between)
    return len(between) <= int(_data()["lead"]) and not any(c in between for c in "，,；;：:。")


def _wholes_after(view: PageView, part: Num, share: Num) -> list[Num]:
    """Levels after the share, in its sentence or the next few, that may be the whole it names."""
    last = share.sentence + int(_data()["reach"])
    out = []
    for n in view.after(share.end, _AFTER):
        if n.sentence > last or n.article != share.article:
            break
        if n.type not in SUMMABLE_TYPES or not n.same_measure(part) or n.value <= part.value \
                or n.qualifier not in ("exact", "about") or is_change(view, n) or not shares_time(n, part):
            continue
        if any(w in view.text[view.clause_start(n.start):n.start] for w in _data()["total_words"]):
            out.append(n)
    return out
