"""member_wholes: a rate's whole that the audit found, which the words show is some other amount.

A stated share `A … 占 B 的 N%` is checked against the whole the rate module picked. Where the page
itself shows that pick holds less than the whole B names, a mismatch is no evidence of an error and
stays unverifiable (a match still confirms the rate):

    联合收割机 32.5 万台，其中小麦联合收割机 19.6 万台 … 5.8 万台，占联合收割机总量的 17.8%
        19.6 is a member listed after `其中`: a part of the whole, not the whole (breakdown)
    分地区看，无为市实现社会消费品零售总额 218.45 亿元 … 餐饮收入 184.24 亿元，占社会消费品零售总额的 11.6%
        218.45 is one district's, listed after `分地区看` (breakdown)
    1-10 月出口交货值 186.5 亿元，占营业收入的 4.4%  vs  10 月份营业收入 452.3 亿元
        a whole over a shorter time inside the part's time cannot hold the part (time)
    民生支出 312560 万元，占一般公共预算支出的 78.4%  vs  一般公共服务支出 32518 万元
        the picked amount is not named B, and another amount before is (`一般公共预算支出 398624`) (name)
    耕地保有量完成国家下达任务的 100.2%  vs  永久基本农田保护任务 6540.2 万亩
        a plan named for another item (`永久基本农田保护`) than the part's or the phrase's (plan)

Where the part and the whole found are siblings after one cue of their sentence (`共有 T，其中集中供养 a，
分散供养 b，集中供养率 N%`), the breakdown's total before the cue is the whole (sibling_total).

Not doubted (the rate stays checked): a whole said before the breakdown its part is listed in
(`T，其中 A a，占 N%`), a member that is the part's own scope in the same breakdown sentence
(`分地区看，A 市 X，其中 Y，占 A 市的 N%`), a whole over the part's time or longer, a whole named
as the phrase names it (`全县一般公共预算支出` for `一般公共预算支出`), a plan of the part's item.
"""
from __future__ import annotations

from functools import lru_cache

from . import breakdown_cues, cues, wholes
from .heads import record_field
from .model import Num, PageView

_LABEL = 30  # characters of a label read for a name
_MIN_NAME = 4  # a phrase name shorter than this picks too loosely to overrule the pick


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("member_wholes.toml")["member_wholes"]


def doubt(view: PageView, p: Num, part: Num, whole: Num | None, named: str) -> str | None:
    """Why `whole` may not be the whole of the share `p` of `part` (`named`: the whole's name in
    `占 B 的`, '' for a bare share); None where nothing on the page says so. Only a share naming its
    whole is doubted: a bare share's whole is tied by structure (`其中`, a sibling share), which a
    breakdown cue or a part's period misread (a year for January–September) does not overrule."""
    if whole is None or whole is part:
        return None
    if view.clause_start(p.start) <= whole.start and whole.end <= p.start:
        return None  # `占全国 1786 个县的 28%`: the phrase states its whole itself
    if not named:
        return None  # a bare share's whole is tied by structure (`其中`, a sibling share), which these do not overrule
    return (_shorter_time(part, whole) or _breakdown_member(view, part, whole, named)
            or _other_name(view, p, whole, named) or _other_plan(view, p, part, whole, named))


def _shorter_time(part: Num, whole: Num) -> str | None:
    """The whole's period is a shorter span inside the part's (a month of January–October, a
    quarter of the year): a flow over less time holds no flow over more."""
    pw, pp = record_field(whole, "period"), record_field(part, "period")
    if not pw or not pp or ".." in pw + pp:
        return None
    (lo_w, hi_w), (lo_p, hi_p) = _months(pw), _months(pp)
    if lo_p <= lo_w and hi_w <= hi_p and (lo_w, hi_w) != (lo_p, hi_p):
        return f"{whole.written} 所属时期（{pw}）短于 {part.written} 的时期（{pp}），不是其整体"
    return None


def _months(period: str) -> tuple[str, str]:
    first, _, last = period.partition("/")
    last = last or first
    lo = first if len(first) > 4 else first + "-01"
    hi = last if len(last) > 4 else last + "-12"
    return lo[:7], hi[:7]


def _breakdown_member(view: PageView, part: Num, whole: Num, named: str) -> str | None:
    """The whole is listed after a breakdown cue (`其中`, `分地区看`, `按…分`, `分别为`) of its own
    sentence, and the part is not a member of it said after the whole in that sentence; a whole
    named just as the phrase names it (`完成年度任务的 N%。分季度看，…，年度任务为 B`, `其中出口 a` for
    `占出口的`) is that whole."""
    own = _unscoped(_trim(wholes.own_name(view, whole)))
    own = _trim(own[len(next((w for w in cues.words("sum", "partial") if own.startswith(w)), "")):])
    phrase = _unscoped(named)
    kind = any(len(w) >= 2 and own.endswith(w) and len(own) > len(w) for w in (phrase, _core(phrase)))
    if not kind or own.startswith(phrase):
        # only a member named as a kind of the whole the phrase names (words of its own, then that
        # name: `小麦联合收割机` for `联合收割机总量`, `甲县实现社会消费品零售总额`) is surely a part of it;
        # `其中出口 a … 占出口的`, `其中农村 R … 占农村人口的`, `规模以上工业企业 R&D 经费 W … 占规模以上
        # 工业企业的` may be the whole named
        return None
    start, _ = view.sentence_span(whole.start)
    cue = breakdown_cues.first_breakdown(view, start, whole.start)
    if cue is None or view.text[cue] == "：" or any(c in view.text[cue:whole.start] for c in "）)；;"):
        # `（包括相当于县的旗、市…）`: a breakdown in brackets closes with them; `其中利润 a，税金 b；完成
        # 工业总产值 W`: the list closed at `；`
        return None
    if part.sentence == whole.sentence and part.start > whole.start:
        return None  # `分地区看，A 市 X，其中 Y，占 A 市的 N%`: the member is the part's scope
    return f"{whole.written} 是其句中分项（“{view.text[cue:cue + 4]}…”之后）所列的一项，未必是所占的整体"


def _unscoped(name: str) -> str:
    """A name without the scope words before it (`全年`, `全省`)."""
    for w in cues.words("rate", "whole_scopes"):
        name = name[len(w):] if name.startswith(w) else name
    return name


def _trim(name: str) -> str:
    return name.strip(_data()["trim"])


def _core(named: str) -> str:
    """The phrase's name without a total tail (`联合收割机总量` gives `联合收割机`)."""
    for t in _data()["name_tails"]:
        if named.endswith(t) and len(named) - len(t) >= 2:
            return named[: -len(t)]
    return named


def _plan_word(name: str) -> str | None:
    """The plan or target word a name ends with (`年度任务`, `预算数`); `一般公共预算支出` names an
    actual amount."""
    for w in cues.words("rate", "target_words") + cues.words("rate", "plan_words"):
        if name.endswith((w, w + "数", w + "额")):
            return w
    return None


def _other_name(view: PageView, p: Num, whole: Num, named: str) -> str | None:
    """The whole's name does not hold the phrase's, and an amount of its measure before the
    share does, as its own name's end: the phrase names that one."""
    core = _core(named)
    if len(core) < _MIN_NAME or _plan_word(core):
        return None
    if core in view.label_before(whole, _LABEL):
        return None
    for n in view.before(p.start, 400):
        if n is not whole and n.same_measure(whole) and _trim(wholes.own_name(view, n)).endswith(core):
            return f"{whole.written} 的名称不是“{named}”，文中另有名为此的数 {n.written}"
    return None


def _other_plan(view: PageView, p: Num, part: Num, whole: Num, named: str) -> str | None:
    """A plan whose own name names an item (`永久基本农田保护任务`) whose head noun neither the
    phrase, the part's label nor the share's clause says: the plan of another item."""
    if whole.sentence == part.sentence and whole.end <= part.start and _adjacent(view, whole, part):
        return None  # `年初预算 W，全年执行 a，预算执行率 N%`: the clause after the plan goes on with its item
    name = _trim(wholes.own_name(view, whole))
    word = _plan_word(name)
    if word is None:
        return None
    stem = _trim(_unscoped(name[: name.rfind(word)]))
    if len(stem) < 2:
        return None
    # the item the plan is of, named or only by its head noun (`水利支出预算数` of `实际支出`)
    said = view.text[view.clause_start(p.start):p.start] + view.label_before(part, _LABEL) + named
    if stem[-2:] in said:
        return None
    return f"{whole.written} 是“{stem}”的{word}，不是 {part.written} 所完成的{word}"


def _adjacent(view: PageView, a: Num, b: Num) -> bool:
    """b stands in the clause right after a's, no other number between."""
    between = view.text[a.end:b.start]
    return sum(between.count(c) for c in "，,") <= 1 and not any(c in between for c in "；;。") \
        and not view.between(a.end, b.start)


def sibling_total(view: PageView, part: Num, whole: Num | None) -> Num | None:
    """`共有特困人员 T，其中集中供养 a，分散供养 b，集中供养率 N%`: where the part and the whole found
    are both members listed after one breakdown cue of their sentence, the whole is a sibling; the
    breakdown's total said before the cue in that sentence (larger, of the measure) is the whole."""
    if whole is None or whole is part or whole.sentence != part.sentence:
        return None
    start, _ = view.sentence_span(whole.start)
    first = min(part.start, whole.start)
    cue = breakdown_cues.first_breakdown(view, start, first)
    if cue is None or view.text[cue] == "：" or any(c in view.text[cue:max(part.start, whole.start)] for c in "）)；;"):
        return None
    totals = [n for n in view.between(start, cue) if n.same_measure(whole) and n.value > max(whole.value, part.value)]
    return totals[-1] if totals else None
