"""sum / part_of: parts said `X中，` (no `在`) of a whole X said in a sentence before, each measure apart.

    工程建设项目 64 个，成交金额 6.12 亿元；…。工程建设项目中，房建市政类 32 个、3.41 亿元，交通水利类
    19 个、1.96 亿元，其他工程 13 个、0.75 亿元
        64 = 32 + 19 + 13 (counts), 6.12 = 3.41 + 1.96 + 0.75 (amounts)
    货物类 58 个、0.71 亿元。…货物类中，教育装备 17 个、0.26 亿元

scope_parts.py reads `在 X 中，`; a bulletin as often drops the `在` and names the whole by what
it counts, the parts then given in two measures side by side (how many, how much). The scope
opens a sentence or follows `；` (data/scope_wholes.toml: closers; names opening with `其`,
`这`… are other checks'). For each measure of the parts in the scope's sentence (up to its `；`),
the whole is the nearest number of that measure in the sentence or two before whose clause names
X (scope_parts' names: a total word dropped, 费 read as 支出). One part is held against the whole
(part_of); two or more are summed, a complete breakdown where the last part is what is left
(`其他…`), else a partial one (they must only not exceed the whole).
"""
from __future__ import annotations

from ..fact_types import SUMMABLE_TYPES
from .amounts import is_amount, is_change
from .findings import part_of_draft, sum_draft
from .model import Draft, Num, PageView
from .scope_parts import _names as scope_names  # the names a whole may go by (one rule, kept there)
from .scope_wholes import scope_cues, scope_re

_SENTENCES = 2  # sentences back where the whole may stand
_REST = ("其他", "其它", "其余")  # a last part named as what is left closes the breakdown


def check(view: PageView) -> list[Draft]:
    drafts = []
    for m in scope_re().finditer(view.text):
        name = m.group(1)
        if name.startswith(tuple(scope_cues()["not_open"])):
            continue
        sent = view.sentence_index(m.end())
        if sent < 0:
            continue
        # the parts run to `；` or to a nested `其中` (its parts are parts of a part)
        ends = [i for i in (view.text.find("；", m.end(), view.sentences[sent].end),
                            view.text.find("其中", m.end(), view.sentences[sent].end)) if i >= 0]
        end = min(ends) if ends else view.sentences[sent].end
        parts = [n for n in view.in_sentence(sent) if m.end() <= n.start < end and n.type in SUMMABLE_TYPES
                 and is_amount(view, n) and not is_change(view, n)]
        for measure in _measures(parts):
            whole = _whole(view, sent, name, measure[0])
            if whole is None or whole.value <= max(p.value for p in measure) and len(measure) > 1:
                continue
            why = f"“{name}中”所说的部分"
            if len(measure) == 1:
                drafts.append(part_of_draft(whole, measure[0], why))
            else:
                rest = view.label_before(measure[-1]).lstrip("，、,").startswith(_REST)
                drafts.append(sum_draft(whole, measure, rest, "末项为“其他”，各部分即全部" if rest
                                        else f"“{name}中”只列出其中几项"))
    return drafts


def _measures(parts: list[Num]) -> list[list[Num]]:
    groups: list[list[Num]] = []
    for n in parts:
        g = next((g for g in groups if g[0].same_measure(n)), None)
        if g is None:
            groups.append([n])
        else:
            g.append(n)
    return groups


def _whole(view: PageView, sent: int, name: str, part: Num) -> Num | None:
    """The nearest number of the part's measure in the sentences before whose clause names X."""
    names = scope_names(name)
    para = view.sentences[sent].paragraph
    for back in range(sent - 1, max(-1, sent - 1 - _SENTENCES), -1):
        if view.sentences[back].paragraph < para - 1:
            return None
        start = view.sentences[back].start
        for n in reversed(view.in_sentence(back)):
            if not n.same_measure(part) or is_change(view, n) or not is_amount(view, n):
                continue
            said = view.text[max(start, view.clause_start(n.start)):n.start]
            if any(w in said for w in names) or _paired(view, back, n, names):
                return n
    return None


def _paired(view: PageView, sent: int, n: Num, names: list[str]) -> bool:
    """`工程建设项目 64 个，成交金额 6.12 亿元`: n follows, in the next clause, a number of another
    measure whose clause names the whole: the two are said of one thing side by side."""
    start = view.sentences[sent].start
    before = [m for m in view.in_sentence(sent) if m.end <= n.start]
    if not before or before[-1].same_measure(n):
        return False
    first = before[-1]
    if view.clause_start(first.start) == view.clause_start(n.start) or \
            view.clause_start(n.start) != view.clause_end(first.end) + 1:
        return False
    return any(w in view.text[max(start, view.clause_start(first.start)):first.start] for w in names)
