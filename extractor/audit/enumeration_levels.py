"""enumeration: levels of administration written one character each, run together, then counted.

    建立区县镇村四级网格体系                 区、县、镇、村: four levels, 四级
    健全州县两级督办机制                     two

    全市县乡两级                             `全市` is the whole the levels are of: 县、乡
    省市两级联动，县乡配合                    the count after `省市` only

Reports name the tiers of government a network or a fund spans by their one-character names
with no mark between them (`省市县乡村五级`); lists.py splits items at `、` and never sees these.
The characters are the level words of data/admin_levels.toml that are one character long; the
run is every such character right before the count, less a first one that a word before it
takes (`全市`: the whole, not a level; `城市`), as the segmenter reads the words around it. Each character names a level of its own, so a count
equal to the run is consistent. A count below the run is inconsistent when the levels cannot
be fewer than it (admin_levels.fewest_levels: `县乡村两级`; `省市` may be one tier, but in the chain
`省市县乡村` the 市 between 省 and 县 is the prefecture, so `省市县乡村四级` is inconsistent) and no
word can take the run's first character: nothing but a mark stands before the run, or the words
before it end there (`优化省市县乡村四级`: no word of the dictionary ends on 省). Where a word of
the dictionary ends on that character it is unverifiable, since the segmenter may have left a
character of that word in the run (`全省市县乡三级`, `健全县乡村两级`: 全县). A count above the run is left unsaid: a level may be meant twice or a
word before may have taken one (`城市县乡三级`).

    。县乡村两级服务网络基本形成                  three levels after a full stop: inconsistent
    健全县乡村两级服务网络                        after a word: unverifiable
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..numerals import parse_number
from . import cues, lists
from .lists import ItemList, pos_tags
from .model import Draft, Num, PageView

HOW = "紧接数目之前逐字写出的各级名称"
_LOOK_BACK = 4  # characters before a run read for a word that takes its first character


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    table = cues.table("admin_levels.toml")
    chars = "".join(sorted(w for w in table["levels"] if len(w) == 1))
    numerals = "".join(cues.words("enumeration", "count_numerals"))
    counted = "|".join(re.escape(w) for w in table["words"]["counted"])
    return re.compile(f"(?P<run>[{chars}]{{2,6}})(?P<n>[{numerals}])(?P<cls>{counted})")


def _run_start(text: str, start: int, end: int) -> int:
    """Where the run of levels starts: past any character of it that a word before it takes
    (`全市县乡`: 全市 is the whole; `城市县乡`: 城市), by the words of the text around it."""
    at = max(0, start - _LOOK_BACK)
    for word, _tag in pos_tags(text[at:end]):
        if at < start < at + len(word):
            return at + len(word)
        at += len(word)
        if at >= start:
            break
    return start


def _after_word(text: str, start: int) -> bool:
    """Whether a character of a word (Chinese, a letter or a digit) stands right before `start`."""
    return start > 0 and (text[start - 1].isalnum())


def _word_may_take(text: str, start: int) -> bool:
    """Whether a word of the dictionary ends on the run's first character, starting in the few
    characters before it (`健全县乡村`: 全县; `城市县乡`: 城市), so that the segmenter may have read
    it wrong; after `优化省市县乡村` no word ends on 省 (化省, 优化省 are none) and the run is
    certain."""
    words = lists._segmenter().dictionary_tags()
    return any(text[start - k:start + 1] in words for k in range(1, min(_LOOK_BACK, start) + 1))


def check(view: PageView, draft: Callable[..., Draft], taken: set[int]) -> list[Draft]:
    """`draft` makes the finding (enumeration.enumeration_draft); `taken` holds the raw starts of
    the counts other rules already read."""
    out = []
    for m in _pattern().finditer(view.text):
        start = _run_start(view.text, m.start("run"), m.end("run"))
        run = view.text[start:m.end("run")]
        value = parse_number(m.group("n"))
        # (地区一级是省的派出机构: 一级 names a level, it counts no list; a count of levels is two or more)
        if value is None or value < 2 or len(run) < 2 or len(set(run)) < len(run) or value > len(run):
            continue
        s, e = m.start("n"), m.end()
        rec = view.raw_ref(s, e)
        if rec["start"] in taken or view.sentence_index(s) < 0:
            continue
        count = Num(rec, s, e, "count", float(value), m.group("cls"), "exact", None, view.text[s:e])
        lst = ItemList(start, m.end("run"), list(run), False, False, view.clause_start(start), view.clause_end(start))
        d = draft(view, count, lst, True, HOW)
        if value < len(run) and _after_word(view.text, start) and _word_may_take(view.text, start):
            d = d.doubted("但紧接在词语之后，所列第一级也可能连着前面的词语，无法据此判定有误。")
        out.append(d)
        taken.add(rec["start"])
    return out
