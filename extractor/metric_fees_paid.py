"""An amount that totals fees listed after a verb of paying (`判决某停车场赔偿王某购车费、修理费等共计18500元`;
`某运输公司赔偿张某医药费、误工费、护理费等共计4200元`) measures the payment, named by its verb (赔偿):
the list closed by 等 says what the payment is made of, and its last fee alone (修理费等) would claim the
total for one part. Words: data/metric.toml [fees_paid]."""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import BREAKS, last_mark
from .lexicon import alternation, table

_CLAUSE_BREAKS = BREAKS


@lru_cache(maxsize=1)
def _shape() -> re.Pattern:
    t = table("metric.toml")["fees_paid"]
    item = f"[^{_CLAUSE_BREAKS}、\\d]{{1,12}}?(?:{alternation(t['fee_ends'])})"
    # the verb, whom it is paid to, two fees or more joined by 、 (the last closed by 等), the word of a total
    return re.compile(f"(?P<verb>{alternation(t['verbs'])})[^{_CLAUSE_BREAKS}\\d]{{0,40}}?"
                      f"(?:{item}、)+{item}等(?:{alternation(t['totals'])})?$")


def fees_paid(text: str, start: int) -> str | None:
    """The verb of paying whose listed fees the amount at `start` totals; None where the words before
    the amount in its clause are no such list."""
    lo = last_mark(text, _CLAUSE_BREAKS, max(0, start - _REACH), start) + 1
    m = _shape().search(text, max(lo, start - _REACH), start)
    return m.group("verb") if m else None


_REACH = 80
