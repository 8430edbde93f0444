"""A form's `label：value` fields run together on one line (the page's lines joined by normalize():
`中标金额：683.47万元下浮率：7.93%包2：…`). A value right after `label：` that ends its field there (the
text's end, a clause break, an aside opening, or straight into the next `label：`) measures the label:
683.47万元 is the 中标金额, not the 下浮率 that labels the next value. The label is read back from the
colon to a break and cut of what stands before it (the previous field's value, a place, a time) as a
subject is (metric_subject_scope.scope_stripped); a label that is only scope or opens a list names nothing.
A value with words of its own after it (`数量：5台设备`) is read as before. Words: data/metric.toml [field]."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import table
from .metric_subject_scope import division_only, scope_stripped
from .metric_words import clean, number_scope

_COLONS = "：:"


@lru_cache(maxsize=1)
def _words() -> dict:
    return table("metric.toml")["field"]


@lru_cache(maxsize=1)
def _field_end() -> re.Pattern:
    """What may follow a value that ends its field: nothing, a break or an aside, or the next label
    (a short run of words, no number, then a colon)."""
    t = _words()
    word = f"[^\\s{re.escape(t['breaks'])}]"
    # (包2：: a lot's number is part of its label, but a label never opens with a number)
    return re.compile(f"$|[，。；！？\\n（(）)、]|(?P<label>(?!\\d){word}{{1,{t['next_longest']}}}[{_COLONS}])")


def field_label(text: str, start: int, end: int) -> str | None:
    """The label of the field whose value is the number at [start, end), or None where the number
    does not stand right after `label：` or has words of its own after it."""
    if start < 3 or text[start - 1] not in _COLONS or not _field_end().match(text, end):
        return None
    t = _words()
    colon = start - 1
    lo = colon
    while lo > 0 and colon - lo < t["longest"] and text[lo - 1] not in t["breaks"]:
        lo -= 1
    if lo > 0 and text[lo - 1] not in t["breaks"]:
        return None  # (a run longer than any label: prose, not a form)
    run = text[lo:colon]
    # (5.12%供应商数量：4家: the value of the field before ran in; a percent ends it as a unit does)
    run = run[max(run.rfind("%"), run.rfind("％")) + 1:]
    label = clean(scope_stripped(run))
    if len(label) < 2 or number_scope().fullmatch(label) or label.endswith(tuple(t["not_ends"])) \
            or not any("\u4e00" <= c <= "\u9fff" for c in label):
        return None  # (全年：, 2025年：, 其中：, 具体如下：: scope or a list's opening, no measure)
    if division_only(label):
        return None  # (广陵区：0.7%: a place is the figure's scope; metric_places reads what it measures)
    return label
