"""Things listed earlier in a sentence that a 分别 list measures in turn (`米、面、油…六大类产品的总产量…年均递增
速度分别为a、b、…`). Apart from metric_lists.py: the items are not the list clause's own but a run of short
items before it, found by its own pattern."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .metric_subject_scope import scope_stripped
from .metric_words import clean, DIGIT


# a run of short items joined by 、 (and a last one by 和/及/与) earlier in the sentence
_ITEM_RUN = re.compile("[\u4e00-\u9fff]{1,12}(?:、[\u4e00-\u9fff]{1,6})+(?:[和及与][\u4e00-\u9fff]{1,6})?")
_SENTENCE_START = re.compile("[。！？\n；]")
_YEAR = re.compile("\\d{4}年")


@lru_cache(maxsize=1)
def _run_words() -> tuple[re.Pattern, re.Pattern]:
    t = table("metric.toml")["lists"]
    # what ends the last item: a count of the items (六大类, 三种), or a word after the items (等, 的, 与)
    tail = re.compile(f"(?:[{t['item_numerals']}\\d]+大?[{t['item_units']}]|{alternation(t['item_tail_words'])}).*$")
    scope = re.compile(f"^(?:{alternation(t['whole_scopes'])})(?=.)")
    return tail, scope


def enumerated_items(text: str, at: int, count: int) -> list[str] | None:
    """米、面、油、糖、茶、果六大类产品的总产量与１９８５年相比，年均递增速度分别为a、b、…:
    a 分别 list whose clause names one measure of things listed earlier in its sentence, as many
    as its numbers, measures each listed thing in turn (the nearest such run of short items)."""
    tail, scope = _run_words()
    floor = max(0, at - 80)
    starts = [m.end() for m in _SENTENCE_START.finditer(text, floor, at)]
    lo = starts[-1] if starts else floor
    for run in reversed(list(_ITEM_RUN.finditer(text, lo, at))):
        if DIGIT.search(_YEAR.sub("", text[run.end():at])):
            return None  # (接待人数153.9万人次，创汇12.4亿美元，分别…: numbers between name their own)
        pieces = re.split("、|[和及与](?=[\u4e00-\u9fff]{1,6}$)", run.group())
        pieces[-1] = tail.sub("", pieces[-1])
        pieces[0] = scope.sub("", clean(scope_stripped(pieces[0])))[-6:]
        items = [clean(x) or x for x in pieces]
        if len(items) == count and all(1 <= len(x) <= 6 for x in items):
            return items
    return None
