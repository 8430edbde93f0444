"""A number in a sentence that normalize() left cut by a line break (a PDF column's short lines:
`…增长11.2%；⏎人民币贷款余额⏎1497.35亿元，比年初增加96.1亿元`, `…；人民币贷款⏎余额1497.35亿元`): the break
is layout, so the sentence is read with it taken out, and the clause names its own subject
(人民币贷款余额), not the subject of the clause before the break (个人存款余额), nor a noun cut in two
(余额). A break counts as layout where the text before it ends no sentence or line of its own, a
clause mark stands between the sentence's start and the break (the sentence runs on through it),
and the line it ends is no heading (a line opening the sentence with no number in it and no clause
mark ending it: `五、金融`, `穷则思变，走…之路`). Words: data/metric.toml [line_joined]. The re-read sees a bounded
window of the text, so each number costs a bounded copy."""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from .clauses import last_mark
from .lexicon import table

_WINDOW = 120


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    t = table("metric.toml")["line_joined"]
    return tuple(t["ends"]), tuple(t["sentence_ends"]), tuple(t["marks"])


def _layout_breaks(text: str, lo: int, hi: int) -> list[int]:
    """The line breaks in [lo, hi) that are layout, lo a sentence's start (or the window's)."""
    ends, _, marks = _words()
    found = []
    line_start = lo
    at = text.find("\n", lo, hi)
    while at >= 0:
        before, line = text[lo:at].rstrip(" "), text[line_start:at].rstrip(" ")
        # (a line of its own after a finished paragraph, no number in it and no mark ending it, is a
        # heading: 。⏎穷则思变，走…之路⏎; a cut line starts inside the sentence, or holds a number)
        heading = (line_start == lo or line_start - 1 not in found) and not line.endswith(marks) \
            and not any(c.isdigit() for c in line)
        if line and not before.endswith(ends) and any(m in before for m in marks) and not heading:
            found.append(at)
        else:
            lo = at + 1  # (a paragraph's break: what follows starts anew, 如下：⏎1—10千伏5米⏎35—110千伏…)
        line_start = at + 1
        at = text.find("\n", at + 1, hi)
    return found


def line_joined(text: str, start: int, end: int, read: Callable[[str, int, int], str | None]) -> str | None:
    """The metric read with the layout line breaks of the number's sentence taken out (None where
    the sentence holds none before the number)."""
    floor = max(0, start - _WINDOW)
    _, sentence_ends, _ = _words()
    lo = (last_mark(text, sentence_ends, floor, start) if sentence_ends else -1) + 1 or floor
    lo = max(lo, floor)
    breaks = _layout_breaks(text, lo, start)
    if not breaks:
        return None
    cut = set(breaks)
    head = "".join(ch for i, ch in enumerate(text[floor:start], floor) if i not in cut)
    window = head + text[start:end] + text[end:end + _WINDOW]
    phrase = read(window, len(head), len(head) + end - start)
    return phrase or None
