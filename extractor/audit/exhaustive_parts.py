"""Whether a breakdown's parts are every category of the total (`其他…` last, `分配如下：`, age groups) or may overlap.

Apart from sum.py because these rules read the parts' labels and the words around the list,
and decide only how the sum is held to the total: equal to it, or not above it.
"""
from __future__ import annotations

import re

from . import cues, nested_thresholds
from .breakdown_region import SHORT_LABEL
from .model import Num, PageView

_JOINERS = "、，；：和及与以并且另外"


def part_labels(view: PageView, parts: list[Num], start: int) -> list[str]:
    """The words naming each part: from the clause start, or the end of the part before, to the part."""
    out, prev = [], start
    for p in parts:
        lo = max(prev, view.clause_start(p.start), start)
        out.append(view.text[lo:p.start].strip(_JOINERS))
        prev = p.end
    return out


_AGE_FIRST = re.compile(r"^(?:0|零)\s*[—\-－~至到]")


def age_groups(labels: list[str]) -> tuple[str, ...] | None:
    """Age groups from 0 up to an open top (`0—15岁`, `16—59岁`, `60岁及以上`) cover everyone."""
    if len(labels) < 2 or not all("岁" in label for label in labels):
        return None
    if _AGE_FIRST.search(labels[0]) and cues.contains_any(labels[-1], "sum", "open_top"):
        return ("各年龄组",)
    return None


def open_list(view: PageView, last: Num, end: int) -> bool:
    """The list ends with an open word (`等`, data/cues.toml [enumeration] open_end) right after its last part."""
    after = view.text[last.end:min(end + 3, last.end + 6)]
    return any(after.lstrip("个人项家次").startswith(w) for w in cues.words("enumeration", "open_end"))


def rest_item(labels: list[str], whole: str = "") -> str | None:
    """The word by which the last part is named as what the others leave (`其他`): the name opens
    with it and goes on with nothing of its own, only the kind of the whole (`其他卫生机构` under
    `卫生机构`, the words before the total in `whole`), the kind every other part is (`其他建设项目`
    after `工业建设项目`, `农业建设项目`) or a word of any kind (`其他行业`, `其他支出`, `其他各项`,
    data/cues.toml [sum] residual_kinds).
    `其他运输设备制造业` after `汽车制造业` is one more named category, not the rest; so is
    `其他医院` beside `医院` and `卫生院` under `卫生机构`: a kind only one part is names that part's
    siblings (the hospitals not listed), not what every listed part leaves."""
    last = labels[-1]
    word = next((w for w in cues.words("shares", "residual") if last.startswith(w)), None)
    if word is None:
        return None
    kind = _no_copula(last[len(word):])
    # the other parts' names lose their copula too (`工业建设项目是 a，…，其他建设项目是 c`)
    if not kind or kind in cues.words("sum", "residual_kinds") or _no_copula(whole).endswith(kind) \
            or all(_no_copula(lb).endswith(kind) for lb in labels[:-1]):
        return word
    return None


def _no_copula(label: str) -> str:
    """A part's name without the verb that gives its number (`建设项目是` -> `建设项目`)."""
    for end in cues.words("sum", "residual_copulas"):
        if label.endswith(end):
            return label[: -len(end)]
    return label


def opens_on(view: PageView, cue: int, total: Num, sent: int) -> bool:
    """`总诊疗人次 T，比上年增长 g%。其中：医院 a，…，其他机构 c`: a sentence that opens with its cue
    breaks down the total of the sentence before it, as if it were said in the same one, unless the
    sentence after says another amount of the total's unit (`…还向国家上缴 d 元，这也包括在国营企业
    收入以内`): a total said apart from its breakdown may take in a part the text adds after it."""
    if total.sentence != sent - 1 or view.text[view.sentences[sent].start:cue].strip():
        return False
    if sent + 1 >= len(view.sentences):
        return True
    nxt = view.sentences[sent + 1]
    return not any(n.unit == total.unit for n in view.between(nxt.start, nxt.end))


def lists_uses(view: PageView, total: Num, colon: int) -> bool:
    """`共安排资金 50 亿元，主要用于：A a、B b`: the clause before the colon only says what the
    total goes to (data/cues.toml [sum] colon_leads)."""
    said = view.text[view.clause_start(colon):colon]
    return view.clause_start(colon) - 1 <= view.clause_end(total.end) and len(said) <= SHORT_LABEL + 2 \
        and cues.ends_with_any(said, "sum", "colon_leads") is not None


def complete_colon(view: PageView, colon: int) -> str | None:
    """`其分配如下：`: a lead that says the whole list follows (and not only its main items)."""
    said = view.text[view.clause_start(colon):colon]
    word = cues.ends_with_any(said, "sum", "colon_complete")
    return word if word and not cues.contains_any(said, "sum", "colon_some") else None


def may_overlap(view: PageView, parts: list[Num]) -> bool:
    """Parts named by a property (`具有经济价值鱼类 23 种`, `同时…`) may count the same things twice;
    parts named by open-top thresholds (`100Mbps 及以上`, `1000Mbps 及以上`) hold one another."""
    return nested_thresholds.nested(view, parts) or any(cues.contains_any(view.label_before(p) + view.noun_after(p), "sum", "overlap_markers")
               for p in parts)
