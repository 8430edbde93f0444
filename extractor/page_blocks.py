"""A narrower block inside a page's column: a 专栏 box, a 注： note or an indented quote wraps at its own width,
so several lines in a row share a width short of the page's column. Judged against the page's column each of
them would end a paragraph, cutting words and numbers (…建设情况：202 / 5年全省新建…); judged against the
block's own width they join, and the shorter line after them is the block's last."""
from __future__ import annotations

import re
import statistics

_LEAST_BLOCK = 3  # the fewest lines in a row that show a block's own column
_BLOCK_SPREAD = 0.12  # a block's lines, cut at its width, differ by this share of it at most (digits count whole)
_NARROWEST_BLOCK = 8  # lines in a row shorter than this are headings or names, no column
_NARROWER = 0.8  # a block this much narrower than the page's column sets its lines apart when judged against it
# a block's text runs across its lines: most of them hold a clause mark (a list of names or headings holds none)
_CLAUSE_MARK = re.compile(r"[，。；：！？、,;:!?]")


def block_columns(texts: list[str], widths: list[int], in_table: list[bool], column: float,
                  may_open: list[bool]) -> list[float]:
    """For each line, the width of the narrower block it is set in (0 where none): lines in a row (at least
    _LEAST_BLOCK) whose widths differ little, narrower than the page's column, most of them holding a clause
    mark, and the shorter line after them. may_open: whether a line may be a block's first (not a line that
    ends a sentence, the last of a paragraph before the block, nor a line of its own such as a heading). A
    table's line is in no block. Linear: each line joins one run."""
    out = [0.0] * len(texts)
    if not column:
        return out
    lo = 0
    for hi in range(len(texts) + 1):
        run = widths[lo:hi + 1]
        if hi < len(texts) and not in_table[hi] and (hi > lo or may_open[hi]) \
                and max(run) - min(run) <= max(1, _BLOCK_SPREAD * max(run)):
            continue
        if hi - lo >= _LEAST_BLOCK:
            width = statistics.median(widths[lo:hi])
            marked = sum(_CLAUSE_MARK.search(x) is not None for x in texts[lo:hi])
            if _NARROWEST_BLOCK <= width < _NARROWER * column and 2 * marked >= hi - lo:
                last = hi + 1 if hi < len(texts) and not in_table[hi] and widths[hi] < widths[hi - 1] else hi
                out[lo:last] = [width] * (last - lo)
        lo = hi if hi < len(texts) and not in_table[hi] and may_open[hi] else hi + 1
    return out
