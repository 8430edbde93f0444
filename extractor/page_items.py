"""Where a web page of news items (a city paper's page online: headline, 本报讯（记者 某某）…, body, and
again) breaks its paragraphs. Such a page sets its items off by blank lines and cuts a paragraph
nowhere else, so normalize reads a line that ends no sentence as one cut at a link and joins it to
the next (国内生产总值达到74.4 / 万亿元). A headline ends no sentence, but the line under it opens a
dispatch (本报讯, 本报某地1月5日电, 新华社某地电): a dateline opens a paragraph, and the headline
stands alone, as the title of the item it opens (layout.py then splits the page into its items)."""
from __future__ import annotations

from .datelines import opens_dispatch


def opens_item(line: str) -> bool:
    """Whether a page's line opens with a dispatch's dateline (本报讯（记者 某某）…, 本报某地1月5日电)."""
    text = line.lstrip()
    return opens_dispatch(text, 0, len(text))

