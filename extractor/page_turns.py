"""The turns of a transcript (a press conference's 实录, an interview): each opens with its speaker's role
and a colon (`主持人：`, `发布人（市统计局局长 李华）：`, `记者：请问…`), and a turn is a paragraph of its own,
whatever the widths of the page's lines say: a page of short turns reads like a column's lines, and
normalize joined the question to the answer before it (its numbers then took the question's time and
place). Roles: data/page_turns.toml."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table


@lru_cache(maxsize=1)
def _turn() -> re.Pattern:
    t = table("page_turns.toml")
    between = int(t["longest_between"])
    # the role opens the line; a bracket of office and name, or a name after a space or after a role of
    # two characters or more (主持人王明：; 问题： is no role of 问 and a name), before the colon
    name = r"[\u4e00-\u9fff·]{2,4}"
    return re.compile(rf"^(?:{alternation(t['roles'])})"
                      rf"(?:\s*[（(][^（）()：:]{{1,{between}}}[）)]|\s+{name}|(?<=[\u4e00-\u9fff]{{2}}){name})?\s*[：:]")


def opens_turn(line: str) -> bool:
    """Whether a page's line opens a speaker's turn (主持人：…, 记者：请问…, 发布人（…）：)."""
    return _turn().match(line.lstrip()) is not None
