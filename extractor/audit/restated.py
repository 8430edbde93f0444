"""sum: a figure said again in a later paragraph, with the words that name it, equal to the first.

    一、学校和学生总体情况 … 其中:在园幼儿 24310 人，小学在校生 52870 人，…
    三、义务教育 … 小学招生 8640 人，小学毕业生 9120 人，在校生 52870 人
        the section restates the overview's 52870 人: the same figure, said twice alike
    全年共完成审计项目 58 个，其中…政府投资审计 24 个 … 四、完成政府投资项目审计 24 个

A bulletin or a report states its figures in an overview and again in the section about each
(学前教育, 义务教育…): an auditor checks that the two agree. Two numbers are taken as one figure
said twice when they have one measure and the same value as written (both exact), stand in
different paragraphs of one article (a headline line may stand as an article of its own just
before its body), and the words before each in its sentence share a name of two characters
or more (four for a figure under 10, said of many things) once words any sentence may hold are dropped (data/restated.toml: 全县, 共有, 比上年 …).
Only equal figures are paired: a figure of another value with like words is as often another
figure (another year, another part), so no mismatch is said here (consistent only).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .amounts import is_change
from .bases import is_base
from .model import Draft, Num, PageView
from .name_numbers import in_name

_WINDOW = 40  # characters of a number's sentence before it that name it
_SHARED = 2  # characters of a name the two must share
_SMALL = (10, 4)  # a figure under 10 (`民办 2 所`) is said of many things: it must share 4 characters
_BACK = 400  # numbers before a figure among which its first statement is looked for
_TITLES = ("title", "subtitle")
_TITLE_LINE = 60  # characters of a line without a clause mark read as a headline
_CLAUSE_MARKS = "，,。；;：:"
_NOT_NAME = re.compile(r"[0-9０-９.．%％,，、。；;：:（）()“”\"\s]+")


@lru_cache(maxsize=1)
def _generic() -> re.Pattern:
    words = sorted(cues.table("restated.toml")["restated"]["generic"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def check(view: PageView) -> list[Draft]:
    drafts = []
    for i, n in enumerate(view.nums):
        if not _figure(view, n):
            continue
        name = words(view, n)
        for m in reversed(view.nums[max(0, i - _BACK):i]):
            if (m.article == n.article or m.article == n.article - 1 and heading(view, m)) and m.paragraph != n.paragraph and m.same_measure(n) \
                    and m.value == n.value and _figure(view, m) \
                    and shared(name, words(view, m), _SMALL[1] if n.value < _SMALL[0] else _SHARED):
                drafts.append(_draft(n, m, view))
                break
    return drafts


def _figure(view: PageView, n: Num) -> bool:
    """An exact amount or count that is a level (not a change, not a comparison's base, not part
    of a name)."""
    return n.type in SUMMABLE_TYPES and n.qualifier == "exact" and n.value > 0 \
        and not is_change(view, n) and not is_base(view, n) and not in_name(view, n)  # `24国集团`: a name


def words(view: PageView, n: Num) -> str:
    """The words before n in its sentence, without numbers and generic words: its name."""
    s_start = view.sentences[n.sentence].start if n.sentence >= 0 else view.page.layout.paragraphs[n.paragraph].start
    before = view.text[max(s_start, n.start - _WINDOW):n.start]
    return generic_dropped(before)


def generic_dropped(name: str) -> str:
    """A name without numbers, marks and the words any sentence may hold (spaces where they stood)."""
    return _generic().sub(" ", _NOT_NAME.sub(" ", name))


def shared(a: str, b: str, size: int) -> bool:
    """Whether the two share a run of `size` characters (no space in it)."""
    grams = {a[i:i + size] for i in range(len(a) - size + 1)}
    return any(b[i:i + size] in grams for i in range(len(b) - size + 1) if " " not in b[i:i + size])


def heading(view: PageView, n: Num) -> bool:
    """A headline line: a title paragraph, or a short line with no clause mark (a web page's
    title under its breadcrumb, which layout reads as body)."""
    para = view.page.layout.paragraphs[n.paragraph]
    line = view.text[view.text.rfind("\n", 0, n.start) + 1:view.text.find("\n", n.end) % (len(view.text) + 1)]
    return para.kind in _TITLES or (len(line) <= _TITLE_LINE and not any(c in line for c in _CLAUSE_MARKS))


def _draft(later: Num, first: Num, view: PageView) -> Draft:
    if heading(view, first):  # a headline's figure told again in the body: the headline is the claim
        return Draft("headline", "consistent", [first.ref(), later.ref()], later.value, first.value,
                     f"标题中的 {first.written} 与正文所述 {later.written} 一致。")
    return Draft("sum", "consistent", [later.ref(), first.ref()], first.value, later.value,
                 f"{later.written} 在后文重述，与前文所述 {first.written} 一致。")
