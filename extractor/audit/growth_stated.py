"""The base of a growth stated in another sentence under its period, confirmed by arithmetic.

    1955 年全国农业获得丰收。粮食总产量达到 3,680 亿斤……（paragraphs on）
    粮食产量将要达到 3,989 亿斤，比 1955 年增长 8.4%
        a change that names the year it compares with (`比 1955 年`) and finds no base near
        it takes an earlier level of the article in the new level's measure whose period
        is that year and whose name opens like the new one's (`粮食`), where the two give
        the stated growth within its written precision. A level that does not give the
        growth is the base only where it is the one such level and its name is the new
        one's but for the total word (`粮食总产量`, `粮食产量`): then a mismatch is one;
        otherwise it may be another account, and the finding stays as it was (no base).
The look is bounded (numbers before the change), so the audit stays linear in page length.
"""
from __future__ import annotations

from .growth_bases import named_year
from .growth_calc import growth_draft
from .levels import name_of
from .model import Draft, Num, PageView
from .wording import Change, is_increment

_BACK = 300  # numbers before a change among which its base is looked for
_HEAD = 2  # opening characters of the new level's name the base's name must hold
_NAME = 4  # characters of a name that tie levels paragraphs apart (`铺轨` alone names too many)
_TOTAL = "总"
_AFTER_NAME = "将要预计可"  # words of a plan left on a name (`产量将要达到`)  # `粮食总产量` is `粮食产量`


def fitting_base(view: PageView, ch: Change, direction: str, new: Num, clause: str) -> Draft | None:
    """The consistent growth draft of new over a base stated earlier (see above), or None."""
    year = named_year(clause)
    name = name_of(view, new) or ""
    if year is None or len(name) < _HEAD or ch.kind != "%":
        return None
    head = name[:_HEAD]
    dated = [n for n in view.before(new.start, _BACK) if n.article == new.article and n.sentence != new.sentence
             and n.same_measure(new) and _period(n) == str(year) and not is_increment(view, n)
             and head in (name_of(view, n) or "")]
    for n in reversed(dated):
        found = growth_draft(ch, direction, new, n)
        if found.verdict == "consistent":
            return found
    if len(dated) == 1 and _bare(name_of(view, dated[0]) or "") == _bare(name) and len(_bare(name)) >= _NAME:
        # the one level of that year under the same name but its total word (`粮食总产量` and
        # `粮食产量`): the base the change names, whatever the arithmetic says
        return growth_draft(ch, direction, new, dated[0])
    return None


def _bare(name: str) -> str:
    """The name without its total word and the plan's verb words after it (`粮食产量将要`)."""
    return name.replace(_TOTAL, "").rstrip(_AFTER_NAME)


def _period(n: Num) -> str | None:
    """The period the extractor gave the fact (`1955`)."""
    period = n.rec.get("period") if isinstance(n.rec, dict) else getattr(n.rec, "period", None)
    return str(period) if period is not None else None
