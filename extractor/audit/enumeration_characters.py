"""enumeration: a count of characters (`N 字`) against the characters of the words it quotes.

    写下“自强不息”四个大字                       the quotation right before the count
    坚持“团结、奋进”的四字要求                    `的` (or `这`) between them; marks not counted
    写下“勤”“俭”两个大字                          a run of quotations (joined by nothing, `、`, `与`):
                                                 the count is of them all; where it differs, the
                                                 count may be of another thing (words): nothing said
    概括为“十二字方针”：“…”                      a label before a colon, the quotation after it

A count of characters is no count of items (cues.toml `not_items`: `八个字：A、B` counts
characters), so the list rules leave it alone. Where the quotation stands right before the count
the count says how many characters it holds, and another number is an error of the text. After a
colon the quotation may go on with words that explain the label, so a count that differs is
unverifiable there.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..lexicon import alternation
from ..numerals import parse_number
from . import cues
from .lists import ItemList
from .model import Draft, Num, PageView

HOW_BEFORE = "紧接数目之前的引号内的字"
HOW_AFTER = "字数标签冒号之后的引号内的字"
_CJK = re.compile(r"[\u4e00-\u9fff]")
_QUOTED = re.compile(r"“([^“”\n]*)”")


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("enumeration_characters.toml")["characters"]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    """A quotation and the count after it; a count's label, its colon and the quotation after."""
    d = _data()
    numerals = "".join(cues.words("enumeration", "count_numerals"))
    number = f"(?P<n>[{numerals}]{{1,3}}|[1-9][0-9]?)"
    styles = "".join(d["styles"])
    count = f"(?P<c>{number}个?[{styles}]?字)(?![{''.join(d['not_after'])}])"
    quote = f"“(?P<q>[^“”\\n]{{1,{int(d['quote_chars'])}}})”"
    between = alternation(d["between"])
    run = f"(?P<run>(?:“[^“”\\n]{{1,{int(d['quote_chars'])}}}”(?:{alternation(d['joins'])})?){{0,{int(d['run_quotes'])}}})"
    before = re.compile(f"{run}{quote}(?:{between})?{count}")
    after = re.compile(f"(?<![{numerals}\\d第]){count}[\u4e00-\u9fff]{{0,{int(d['label_chars'])}}}”?：{quote}")
    return before, after


def _characters(quoted: str) -> list[str] | None:
    """The characters a quotation counts: its Chinese characters less the marks; None where it
    holds anything else (a digit, a letter: no count of characters then)."""
    marks = _data()["marks"]
    if any(not _CJK.match(c) and c not in marks for c in quoted):
        return None
    return [c for c in quoted if _CJK.match(c)]


def _run_characters(run: str) -> list[str] | None:
    """The characters of the quotations before the last one of a run (`“勤”“俭”`), [] for none;
    None where one of them holds anything but characters and marks."""
    out: list[str] = []
    for quoted in _QUOTED.findall(run):
        chars = _characters(quoted)
        if not chars:
            return None
        out += chars
    return out


def check(view: PageView, draft: Callable[..., Draft], taken: set[int]) -> list[Draft]:
    """`draft` makes the finding (enumeration.enumeration_draft); `taken` holds the raw starts
    of the counts other rules already read."""
    out = []
    before, after = _patterns()
    for pattern, how in ((before, HOW_BEFORE), (after, HOW_AFTER)):
        for m in pattern.finditer(view.text):
            value = parse_number(m.group("n"))
            chars = _characters(m.group("q"))
            earlier = _run_characters(m.groupdict().get("run") or "")
            if value is None or value < 1 or not chars or earlier is None or len(chars) < 2 and value < 2 \
                    or earlier and len(earlier) + len(chars) != value:
                continue  # `“勤劳”“节俭”两个…`: a count that misses a run may be of its words
            chars = earlier + chars
            s, e = m.start("c"), m.end("c")
            rec = view.raw_ref(s, e)
            if rec["start"] in taken or view.sentence_index(s) < 0:
                continue
            count = Num(rec, s, e, "count", float(value), "字", "exact", None, view.text[s:e])
            q0, q1 = m.start("run") if earlier else m.start("q"), m.end("q")
            lst = ItemList(q0, q1, chars, False, False, view.clause_start(q0), view.clause_end(q0))
            found = draft(view, count, lst, True, how)
            if how == HOW_AFTER:
                found = found.doubted("但冒号之后的引语也可能在字数所指的词语之外另有解说，无法据此判定有误。")
            out.append(found)
            taken.add(rec["start"])
    return out
