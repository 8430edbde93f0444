"""Which document of a joined page (layout_heads.py, Layout.documents) a position or an article
belongs to: what one document says (its year, a base figure of its accounts) is not another's."""
from __future__ import annotations

import bisect
from typing import Callable

from .layout import Layout


def document_finder(layout: Layout) -> Callable[[int], int]:
    """A lookup from a normalized offset to the index of its document: 0 on a page of one
    document, and for text before the first one or between two (blank lines), the one before."""
    starts = [s for s, _ in layout.documents]
    return lambda pos: max(0, bisect.bisect_right(starts, pos) - 1)


def article_documents(layout: Layout) -> dict[int, int]:
    """Each article's document (an article never runs across two: layout.analyse splits first)."""
    at = document_finder(layout)
    return {a.index: at(a.start) for a in layout.articles}
