"""share lists: the shares of one whole that a text lists make up 100%.

Structures read (cue words in data/cues.toml [shares]):
    在工业总产值中，A 所占的比重为 a%，B b%，C c%       shares of a whole named once (`在 X 中`,
                                                      `占 X 的`), the later ones unnamed
    A 占出口总额的比重由 a0% 上升到 a1%，B 的比重由 b0% 下降到 b1%
                                                      levels `由…到`: the shares it starts from
                                                      make up the whole, and so do those reached
    A x 元，占 a%；B y 元，占 b%                      shares after amounts, the whole unnamed
Shares of one whole follow each other in a sentence, or run on over the sentences of a
paragraph while each names the same whole. Shares inside a nested `其中` (to the next `；`)
are shares of a part and stay out (shares.py reads them); a share of a plan or a budget
(`占预算数的 96%`) is a completion rate, not a piece of a whole. A list whose shares meet
100% within their rounding (half a unit of each share's last digit) covers the whole:
consistent. A list that misses 100% is only a
finding where the text says it is complete (`如下`, `分别`, a last item `其他`, or items naming
every member of a category set, data/complementary.toml): then it is inconsistent, where it
falls short by at most _NEAR (further off, a misreading is likelier), or goes over 100% by any
amount, or misses by any amount where the items are value bands covering the whole range
(bands.py) or name every kind of a division the text declared (declared_sets.py). Otherwise
the list may name only some of the parts, and nothing is said.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import bands, cues, declared_sets
from .model import Draft, Num, PageView
from .declared_sets import complementary
from .tolerance import Interval, chinese_place, fmt, written

_NEAR = 10.0  # a complete list this far from 100% is more likely misread than wrong
_FRAME_LEN = 16  # most characters of the whole's name in `在 X 中`
_LABEL_TAIL = 60  # the words before a share read for its whole (keeps a long clause linear)
_FRAME_REACH = 150  # how far before a share a frame `在 X 中` of its sentence is looked for
_RESPECTIVE = "分别"
_RESTATING = ("分别为", "分别是", "分别占")  # a clause that only restates the shares ends so before them
_JOINS = "、和及"
_OTHER_END = "同一组各项在变动另一端的比重合为 100%，各项涵盖全部"
_AGAIN = "同一组各项在句中先列的比重合为 100%，各项涵盖全部"
_AGAIN_LATER = "同一组各项在句中后列的比重合为 100%，各项涵盖全部"


@dataclass
class Share:
    num: Num
    whole: str | None  # the whole's name without scope words; None when unnamed
    slot: str  # "from": the share a change starts from; "to": the share stated or reached
    label: str
    first: tuple[Share, ...] = ()  # of a list restated at another time: the list said first


@lru_cache(maxsize=1)
def _frame() -> re.Pattern:
    return re.compile(f"在([^，；。：在]{{2,{_FRAME_LEN}}}?)中")


def _normal(whole: str) -> str | None:
    whole = whole.strip("的 ")
    changed = True
    while changed and whole:
        changed = False
        for w in cues.words("shares", "whole_scopes"):
            if whole.startswith(w) and len(whole) > len(w):
                whole, changed = whole[len(w):], True
        for w in cues.words("shares", "whole_suffixes"):
            if whole.endswith(w) and len(whole) > len(w):
                whole, changed = whole[:-len(w)], True
    return whole or None


def _whole_named(label: str) -> str | None:
    """The whole a share's clause names: `占出口总额的比重由…` gives `出口总额`, `在 X 中…` X."""
    at = max(label.rfind(w) for w in ("占", "佔"))
    if at >= 0:
        rest = label[at + 1:]
        cut = min((i for i in (rest.find(w) for w in ("的比重", "的比例", "比重", "比例")) if i >= 0),
                  default=rest.rfind("的"))
        if cut > 0:
            return rest[:cut]
    frames = list(_frame().finditer(label))
    return frames[-1].group(1) if frames else None


def slot(label: str) -> str:
    """`…比重由 1991 年的` ends at a starting share; `…上升到`, `…为` at a share reached."""
    starts = [i for w in cues.words("shares", "from_words") for i in _all(label, w)
              if not any(label.startswith(n, i) for n in cues.words("shares", "not_from"))]
    if not starts:
        return "to"
    after = label[max(starts) + 1:]
    return "to" if any(w in after for w in cues.words("growth", "to_words")) or "为" in after else "from"


def _all(text: str, word: str) -> list[int]:
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def _label(view: PageView, n: Num) -> str:
    """The clause before a number; with the clause before it when that one names the share
    and holds no number (`…所占的比重，已从 60.8% 降低到`)."""
    start = max(view.clause_start(n.start), n.start - _LABEL_TAIL)
    label = view.text[start:n.start]
    if start > 0 and view.text[start - 1] == "，" and not view.between(view.clause_start(start - 1), start):
        before = view.text[max(view.clause_start(start - 1), start - 1 - _LABEL_TAIL):start - 1]
        if cues.ends_with_any(before.rstrip("是为"), "shares", "share_words"):
            return before + "，" + label
    return label


def share(view: PageView, n: Num) -> Share | None:
    if n.type != "percent" or n.unit != "%":
        return None
    label = _label(view, n)
    if not cues.contains_any(label, "shares", "share_words"):
        return None
    tail = label.rstrip("了")
    if cues.ends_with_any(tail, "growth", "up") or cues.ends_with_any(tail, "growth", "down"):
        return None  # `比重提高 5%`: a change of the share, not a share
    named = _whole_named(label)
    if named is None:
        s_start = view.sentences[n.sentence].start
        frames = list(_frame().finditer(view.text, max(s_start, n.start - _FRAME_REACH), n.start))
        named = frames[-1].group(1) if frames else None
    if named is None and cues.contains_any(label, "shares", "this_share"):
        named = _whole_before(view, n.sentence)
    whole = _normal(named) if named else None
    if whole is not None and whole in cues.words("shares", "not_wholes"):
        return None
    return Share(n, whole, slot(label), label)


def _whole_before(view: PageView, sent: int) -> str | None:
    """The whole the sentence before names (`在工业总产值中的比重`), where it is of the same
    paragraph and says a share: `这一比重` in the next sentence is that share."""
    if sent <= 0 or view.sentences[sent - 1].paragraph != view.sentences[sent].paragraph:
        return None
    before = view.text[view.sentences[sent - 1].start:view.sentences[sent].start]
    return _whole_named(before) if cues.contains_any(before, "shares", "share_words") else None


def _nested(view: PageView, sent: int, shares: list[Share]) -> set[int]:
    """Starts of the shares inside a `其中` that follows a share of the sentence."""
    s = view.sentences[sent]
    out: set[int] = set()
    for cue in cues.words("sum", "partial"):
        for at in _all(view.text[s.start:s.end], cue):
            at += s.start
            if not any(x.num.end <= at for x in shares):
                continue
            stop = view.text.find("；", at, s.end)
            stop = s.end if stop < 0 else stop
            out |= {x.num.start for x in shares if at < x.num.start < stop}
    return out


def _restated(view: PageView, sent: int, shares: list[Share]) -> list[Share]:
    """`A、B、C 所占的比重分别为 a%、b% 和 c%，1969 年分别为 x%、y% 和 z%`: a later clause of the
    sentence that says `分别` again over as many percentages, listed the same way, restates the
    same items' shares (at another time) without a share word of its own."""
    if len(shares) < 2 or _RESPECTIVE not in shares[0].label or not _listed([sh.num for sh in shares], view):
        return []
    rest = [n for n in view.in_sentence(sent) if n.start > shares[-1].num.end]
    if len(rest) != len(shares) or any(n.type != "percent" or n.unit != "%" for n in rest) \
            or not _listed(rest, view):
        return []
    lead = view.text[view.clause_start(rest[0].start):rest[0].start]
    if not lead.endswith(_RESTATING) or cues.contains_any(lead, "growth", "up") or cues.contains_any(lead, "growth", "down"):
        return []  # `利润分别增长 x%、y%`: changes of the items, not their shares
    return [Share(n, shares[0].whole, shares[0].slot, _label(view, n), tuple(shares)) for n in rest]


def _listed(nums: list[Num], view: PageView) -> bool:
    """Numbers that follow each other joined by `、`, `和`, `及` only."""
    return all(view.text[a.end:b.start] and all(c in _JOINS for c in view.text[a.end:b.start])
               for a, b in zip(nums, nums[1:]))


def _groups(view: PageView, para: int) -> list[list[Share]]:
    """The shares of a paragraph by the whole they name: a list of one whole may run on past
    a nested breakdown of another (`（一）工业占经济建设费的 53%。其中，重工业占工业支出的
    88%…（二）农业占经济建设费的 13%`); a share with its whole unnamed belongs to the share
    before it in its sentence, or opens a list of its own."""
    by_sentence: dict[int, list[Share]] = {}
    for n in view.in_paragraph(para):
        sh = share(view, n) if n.sentence >= 0 else None
        if sh is not None:
            by_sentence.setdefault(n.sentence, []).append(sh)
    groups: list[list[Share]] = []
    named: dict[str, list[Share]] = {}
    for sent in sorted(by_sentence):
        again = _restated(view, sent, by_sentence[sent])
        if again:
            groups.append(again)  # the same items at another time: a list of their own
        inner = _nested(view, sent, by_sentence[sent])
        current: list[Share] | None = None
        for sh in by_sentence[sent]:
            if sh.num.start in inner:
                continue
            if sh.whole is None and current is not None:
                sh.whole = current[0].whole
                current.append(sh)
                continue
            if sh.whole is not None and current is not None and current[0].whole is None:
                current[0].whole = sh.whole  # `国营占 63.8%` before the whole is named
                for x in current:
                    x.whole = sh.whole
                named.setdefault(sh.whole, current)
                if named[sh.whole] is not current:
                    named[sh.whole] += current
                    groups.remove(current)
                    current = named[sh.whole]
                current.append(sh)
                continue
            if sh.whole is None:
                current = [sh]
                groups.append(current)
            else:
                current = named.get(sh.whole)
                if current is None:
                    current = named[sh.whole] = [sh]
                    groups.append(current)
                else:
                    current.append(sh)
    return groups


def check(view: PageView) -> list[Draft]:
    drafts = []
    for para in sorted({n.paragraph for n in view.nums if n.paragraph >= 0}):
        groups = _groups(view, para)
        # the same items listed twice in a sentence (two years): where one list makes up 100%, the
        # items are every part of the whole, so the other list must make it up too
        restated = {id(g[0].first[0]): g for g in groups if g[0].first}
        for group in groups:
            by_slot = {slot: [sh for sh in group if sh.slot == slot] for slot in ("from", "to")}
            again = restated.get(id(group[0]))
            for slot, other in (("from", "to"), ("to", "from")):
                shares = by_slot[slot]
                if len(shares) >= 2:
                    paired = _paired(view, shares, by_slot[other]) or _exact_cover(shares[0].first)
                    later = again is not None and _exact_cover(again)
                    d = _draft(view, shares, paired or later,
                               _AGAIN if shares[0].first else _AGAIN_LATER if later else _OTHER_END)
                    drafts += [d] if d is not None else _adjacent_runs(view, shares)
        for before, after in zip(groups, groups[1:]):
            drafts += _complementary_across(view, before, after)
    return drafts


def _adjacent_runs(view: PageView, shares: list[Share]) -> list[Draft]:
    """A paragraph's shares of one whole that do not make up 100% together may hold several
    breakdowns of it (`水运的比重上升为 18%。…这一比重（铁路的）下降到 30%。铁路以外的比重已占 70%`):
    each run of shares in one sentence or sentences next to each other that makes up 100% within
    its rounding is one breakdown, consistent; a run that does not is no finding (the words do
    not say where one breakdown ends)."""
    runs: list[list[Share]] = [[shares[0]]]
    for sh in shares[1:]:
        if sh.num.sentence - runs[-1][-1].num.sentence <= 1:
            runs[-1].append(sh)
        else:
            runs.append([sh])
    if len(runs) == 1:
        return []
    drafts = [_draft(view, run) for run in runs if len(run) >= 2 and _covers(run)]
    return [d for d in drafts if d is not None and d.verdict == "consistent"]


def _complementary_across(view: PageView, before: list[Share], after: list[Share]) -> list[Draft]:
    """`城镇人口比重提高到 63% 左右。乡村人口比重下降到 37% 左右。`: shares in sentences next to
    each other, the whole unnamed in one of them (or in both), whose items name every member of a
    category set (城镇/乡村, data/complementary.toml) one each, are the breakdown of one whole: 100%
    within their rounding is consistent; otherwise unverifiable, for two sentences may speak of
    two times or two scopes and no word says they do not."""
    if None not in (before[0].whole, after[0].whole) or after[0].num.sentence != before[-1].num.sentence + 1:
        return []
    drafts = []
    for slot in ("from", "to"):
        shares = [sh for sh in before if sh.slot == slot] + [sh for sh in after if sh.slot == slot]
        members = complementary([sh.label for sh in shares])
        if members is None or any(sh.num.qualifier not in ("exact", "about") for sh in shares) \
                or not any(sh.slot == slot for sh in before) or not any(sh.slot == slot for sh in after):
            continue
        if _covers(shares):
            d = _draft(view, shares)
            if d is not None:
                drafts.append(d)
            continue
        point = sum(sh.num.value for sh in shares)
        said = " + ".join(sh.num.written for sh in shares)
        drafts.append(Draft("sum", "unverifiable", [sh.num.ref() for sh in shares], round(point, 4), 100,
                            f"相邻两句中各部分（{'/'.join(members)}）的比重 {said} = {fmt(point, 2)}%，不是 100%；"
                            f"但两句可能说的是不同时点或范围，无法据此判定。", {"breakdown": "exhaustive"}))
    return drafts


def _covers(shares: tuple[Share, ...] | list[Share]) -> bool:
    """Shares that make up 100% within their rounding."""
    got = Interval(0.0, 0.0)
    for sh in shares:
        got = got + rounded_share(sh.num)
    return bool(shares) and got.meets(Interval.point(100.0))


def _exact_cover(shares: tuple[Share, ...] | list[Share]) -> bool:
    return all(sh.num.qualifier == "exact" for sh in shares) and _covers(shares)


def _paired(view: PageView, shares: list[Share], other: list[Share]) -> bool:
    """The same items' shares at the other end of the change (`A 的比重由 a0% 上升到 a1%，B 的
    比重由 b0% 下降到 b1%`), one in each item's clause, that make up 100%: the items are then
    every part of the whole, at both ends."""
    if len(other) != len(shares) or any(sh.num.qualifier not in ("exact", "about") for sh in other):
        return False
    if any(view.clause_start(a.num.start) != view.clause_start(b.num.start) for a, b in zip(shares, other)):
        return False
    return _covers(other)


def rounded_share(n: Num) -> Interval:
    """A share as rounded to its last written digit (`28%` is 27.5–28.5): shares that make up a
    whole are rounded, not cut, so the wider reading of a computed rate does not apply."""
    w = written(n.text)
    place = 10.0 ** -w[1] if w is not None else chinese_place(n.text)
    if place is None:
        return n.interval
    half = 0.5 * place
    return Interval(n.value - half, n.value + half)


def _complete(view: PageView, shares: list[Share]) -> str | None:
    """Why the text says the list is every part of the whole, if it does."""
    first = shares[0].num
    lead = view.text[view.sentences[first.sentence].start:first.start]
    said = cues.contains_any(lead, "shares", "complete")
    if said:
        return f"“{said}”列出全部部分"
    if cues.contains_any(shares[-1].label, "shares", "residual"):
        return "最后一项为“其他”，各项涵盖全部"
    # `第一、二、三产业增加值占比分别为…`: the items before 分别 name every member of a set
    members = complementary([sh.label for sh in shares]) or declared_sets.shortened(_kind_labels(shares))
    return f"各部分（{'/'.join(members)}）构成全部类别" if members else None


def _kind_labels(shares: list[Share]) -> list[str]:
    """What names each share: its label, or, for shares said together after `分别`
    (`A、B和C所占的比重分别为 a%、b%和c%`), the names listed before it, one a share; a list
    restated at another time (`1969 年分别为…`) is named by the list said first."""
    said = list(shares[0].first)
    if len(said) == len(shares):
        shares = said
    first = shares[0].label
    at = first.find(_RESPECTIVE)
    if at < 0 or any(sh.num.sentence != shares[0].num.sentence or _RESPECTIVE not in sh.label for sh in shares):
        return [sh.label for sh in shares]
    names = re.split(f"[{_JOINS}]", first[:at])
    return names if len(names) == len(shares) else [sh.label for sh in shares]


def _draft(view: PageView, shares: list[Share], paired: bool = False, pair_why: str = "") -> Draft | None:
    rough = any(sh.num.qualifier != "exact" for sh in shares)
    if any(sh.num.qualifier not in ("exact", "about") for sh in shares):
        return None  # `30% 以上`: a list of bounds cannot be held to 100%
    got = Interval(0.0, 0.0)
    for sh in shares:
        got = got + rounded_share(sh.num)
    point = sum(sh.num.value for sh in shares)
    said = " + ".join(sh.num.written for sh in shares)
    whole = shares[0].whole or "同一整体"
    which = "起始" if shares[0].slot == "from" else ""
    facts = [sh.num.ref() for sh in shares]
    if got.meets(Interval.point(100.0)):
        # shares said as about (`71% 左右`, `约 29%`) that meet 100% as written: the text rounded
        # them so that they make the whole
        how = "“左右”“约”的比重按所写数字取整读，" if rough else ""
        return Draft("sum", "consistent", facts, round(point, 4), 100,
                     f"{whole}的各部分{which}比重 {said} = {fmt(point, 2)}%，合为整体 100%（{how}在所写精度之内）。",
                     {"breakdown": "exhaustive"})
    if rough and not paired:
        return None  # about shares off 100% prove nothing unless the other end shows the list complete
    if rough:
        # `由 63.5% 上升到 70% 左右`: shares said as about miss 100% only beyond their looser reading
        wide = Interval(0.0, 0.0)
        for sh in shares:
            wide = wide + (sh.num.interval if sh.num.qualifier == "about" else rounded_share(sh.num))
        if wide.meets(Interval.point(100.0)):
            return None
        got = wide
    if paired:
        # the other end's shares of the same items make 100%: the list is read right and complete
        why = pair_why or _OTHER_END
    else:
        banded = bands.cover([sh.label for sh in shares])  # bands leave nothing out: no misreading to fear
        # so too names of every kind of a division the text declared (declared_sets.py): each
        # share is read by its kind's name
        kinds = declared_sets.covers(view, _kind_labels(shares), shares[0].num.start)
        banded = banded or (f"各部分（{'/'.join(kinds)}）是文中所分的全部类型" if kinds else None)
        why = banded or _complete(view, shares)
        # far short of 100% a complete list is likelier misread than wrong; over it, the parts of
        # a whole said complete hold more than all of it whichever way they are read
        if why is None or point < 100 - _NEAR and not banded:
            return None
    return Draft("sum", "inconsistent", facts, round(point, 4), 100,
                 f"{whole}的各部分{which}比重 {said} = {fmt(point, 2)}%，而{why}，合计应为 100%；"
                 f"即使各项按所写精度{'（“左右”按宽松读法）' if rough else ''}取整，合计也只在 {fmt(got.lo, 2)}%–{fmt(got.hi, 2)}% 之间。",
                 {"breakdown": "exhaustive"})
