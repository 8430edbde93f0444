"""sum / part_of: parts said `X中，` (no `在`) of a whole X said in a sentence before, each measure apart.

    各项规费为 2,460,000,000 元，占本年预算收入的 16.6%。各项规费中，行政事业性收费为 1,730,000,000 元
        1,730,000,000 is a part of 2,460,000,000
    工程建设项目 64 个，成交金额 6.12 亿元；…。工程建设项目中，房建市政类 32 个、3.41 亿元，交通水利类
    19 个、1.96 亿元，其他工程 13 个、0.75 亿元
        64 = 32 + 19 + 13 (counts), 6.12 = 3.41 + 1.96 + 0.75 (amounts)

scope_parts.py reads `在 X 中，`; a budget report or a bulletin as often drops the `在` and opens
a sentence (or a clause after `；`) with the name of a whole just said, to break it down. Without
`在` the words before `中，` are as often a time or an activity (`实际编纂过程中，`, `本次比赛中，`),
so the whole must be said by that name (scope_parts' names: a total word dropped, 费 read as 支出;
`增加的 X` an increase of X) in the clause of its amount, or in the clause before when the two
measures of one thing stand side by side (`工程建设项目 64 个，成交金额 6.12 亿元`), in the sentence
or two before (data/scope_open_parts.toml: closers; names opening with `其`, `这`… are other
checks'). The parts run to `；` or to a nested `其中` (its parts are parts of a part); a `；`
opening a breakdown by another dimension (`；按标段性质分，`) starts a second set of parts of the
same whole (only one finding per claim is kept, CLAIM_ONLY, so the first is reported). For each
measure of the parts the whole is the nearest number of that measure so named. One part is held
against the whole (part_of); two or more are summed, a complete breakdown where the last part is
what is left (`其他…`) or the parts name every member of a category set (`新增`/`原有`), else a
partial one (they must only not exceed the whole). A claim another check reads is left to it
(CLAIM_ONLY).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from ..fact_types import SUMMABLE_TYPES
from .amounts import is_amount, is_change
from .breakdown_cues import next_dimension
from .findings import part_of_draft, sum_draft
from .model import Draft, Num, PageView
from .scope_parts import named_whole
from .scope_wholes import names_itself
from .declared_sets import complementary

_NAME = (2, 14)  # characters of X
_SENTENCES = 2  # sentences back where the whole may stand


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("scope_open_parts.toml")["scope_open_parts"]


@lru_cache(maxsize=1)
def _scope_re() -> re.Pattern:
    """`X中，` after a sentence end, `；` or a line break (kept only where a sentence starts there):
    group 1 is X, holding no digit, colon or bracket (a label or a count, not a name)."""
    ends = "|".join(map(re.escape, sorted(_cues()["closers"], key=len, reverse=True)))
    return re.compile(f"(?:^|(?<=[。；;！？\\n]))([^，。；;！？、\\n0-9０-９：:（(]{{{_NAME[0]},{_NAME[1]}}}?)(?:{ends})")


def check(view: PageView) -> list[Draft]:
    drafts = []
    for m in _scope_re().finditer(view.text):
        name = m.group(1)
        sent = view.sentence_index(m.start())
        if name.startswith(tuple(_cues()["not_open"])) or sent < 0 or not _opens(view, m.start(), sent):
            continue
        names, increase = named_whole(name)
        names += _unheaded(names)
        for measure in (g for parts in _breakdowns(view, m.end(), sent) for g in _measures(parts)):
            found = _whole(view, sent, names, increase, measure[0])
            if found is None:
                continue
            whole, by_name = found
            if len(measure) == 1:
                drafts.append(part_of_draft(whole, measure[0], f"“{name}中”所说的部分"))
                continue
            # a whole only paired with its thing's other measure, smaller than one part, is another number
            if not by_name and whole.value <= max(p.value for p in measure):
                continue
            drafts.append(_summed(view, name, whole, measure))
    return drafts


def _opens(view: PageView, start: int, sent: int) -> bool:
    """The scope opens its sentence or a clause after `；` (a line break inside a sentence opens nothing)."""
    return view.text[start - 1:start] in ("；", ";") or not view.text[view.sentences[sent].start:start].strip()


def _unheaded(names: list[str]) -> list[str]:
    """`货物类项目` for the whole said `其中货物类 58 个`: a kind's name may drop the word for the
    things counted (data/scope_open_parts.toml: heads), two characters of the kind left at least."""
    return [n[:-len(h)] for n in names for h in _cues()["heads"] if n.endswith(h) and len(n) - len(h) >= 2]


def _breakdowns(view: PageView, after: int, sent: int) -> list[list[Num]]:
    """The parts after the scope, and those of each breakdown of the same whole by another
    dimension that follows a `；` (`工程建设项目中，房建市政类 32 个…；按标段性质分，施工类 53 个…`)."""
    out = [_parts(view, after, sent)]
    end = view.sentences[sent].end
    at = after
    # another scope after a plain `；` (`…；服务类项目中，…`) ends the whole's breakdowns
    while out[-1] and (at := view.text.find("；", at + 1, end)) >= 0 and next_dimension(view, at, end) == at:
        out.append(_parts(view, view.text.find("，", at, end) + 1 or end, sent))
    return out


def _parts(view: PageView, after: int, sent: int) -> list[Num]:
    """The amounts after `after` up to `；` or a nested `其中` (a part's own breakdown)."""
    end = view.sentences[sent].end
    stops = [view.text.find(w, after, end) for w in ["；", ";", *cues.words("sum", "partial")]]
    end = min([i for i in stops if i >= 0], default=end)
    return [n for n in view.in_sentence(sent) if after <= n.start < end and n.type in SUMMABLE_TYPES
            and n.type != "percent" and is_amount(view, n) and not is_change(view, n)]


def _measures(parts: list[Num]) -> list[list[Num]]:
    groups: list[list[Num]] = []
    for n in parts:
        g = next((g for g in groups if g[0].same_measure(n)), None)
        if g is None:
            groups.append([n])
        else:
            g.append(n)
    return groups


def _summed(view: PageView, name: str, whole: Num, parts: list[Num]) -> Draft:
    """Parts summed against the whole: all of it where the last is what is left or they name every
    member of a category set, else some of it."""
    if view.label_before(parts[-1]).lstrip("，、,").startswith(tuple(cues.words("shares", "residual"))):
        return sum_draft(whole, parts, True, "末项为“其他”，各部分即全部")
    members = complementary([view.text[view.clause_start(p.start):p.start] for p in parts])
    if members:
        return sum_draft(whole, parts, True, f"各部分（{'/'.join(members)}）构成全部类别")
    return sum_draft(whole, parts, False, f"“{name}中”只列出其中几项")


def _whole(view: PageView, sent: int, names: list[str], increase: bool, part: Num) -> tuple[Num, bool] | None:
    """The nearest number of the part's measure in the sentences before whose clause names X (the
    sentence before its number, for an increase), and whether it is named so (not only paired)."""
    para = view.sentences[sent].paragraph
    for back in range(sent - 1, max(-1, sent - 1 - _SENTENCES), -1):
        if view.sentences[back].paragraph < para - 1:  # a scope opening a paragraph takes up the one before
            return None
        start = view.sentences[back].start
        alike = [n for n in reversed(view.in_sentence(back))
                 if n.same_measure(part) and increase == is_change(view, n) and is_amount(view, n)]
        # a number named X comes before one only said beside X's other measure (`其中货物类 58 个、
        # 0.71 亿元，服务类 39 个` pairs 0.71 with 39 as well)
        for n in alike:
            lo = start if increase else max(start, view.clause_start(n.start))
            # X named after the number of its measure before n in its clause (加上上级补助收入241.53亿元、…和上年结转9.86亿元: 9.86 is no
            # 上级补助收入); an increase's X stands anywhere before it in the sentence
            lo = lo if increase else max([lo] + [m.end for m in view.in_sentence(back) if m.end <= n.start and m.same_measure(n)])
            if any(names_itself(view.text[lo:n.start], w) for w in names):
                return n, True
        paired = [n for n in alike if not increase and _paired(view, back, n, names)]
        if paired:
            return paired[0], False
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
