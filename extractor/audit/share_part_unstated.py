"""rate: a share that `其中` gives of the whole just said, the part itself not given.

    全村去年人均收入 1800 元，其中养殖收入占 50% 以上        the whole 1800 元, the part's amount not said
    厂里有职工 260 人，其中下岗后返岗的占 89%                a count the clause before closes with
News prose gives a whole and at once, after `其中`, the share some part of it takes, without the
part's own amount. An auditor lists the share as unverifiable against the whole it is a share of
(the part is missing), so that a reader sees which number would check it. Read only where the
share's clause opens with `其中` and ends with `占` before the share (no number between: a part
said with its amount is rate.py's), and the whole is the last number of the clause right before,
an amount (money, count, quantity) closing that clause but for its noun (data/share_part_unstated.toml);
where the sentence counts other measures before it (`接待游客 500 万人次，旅游收入 30 亿元，其中国内
游客占 90%`), the part's words must share a word with the whole's name, or the whole count members
and the part name none of the other measures (_fits).
Where the part's amount follows the share in a clause of its own word of reaching alone
(`其中私人企业债务占 55%，达 650 亿美元`), the share is checked: part ÷ whole (rate_drafts.py), an
error where it misses, as the words tie all three. The same where the share names its whole (`A 占 B 的 N%`, `占 B 的比重达 N%`), the part A says
no amount of its own (no number in its clause before the verb) and B names an amount of the
sentence before the share's clause or of the sentence before (its paragraph's), the nearest:
B less a scope word at its start (`全体代表` gives `代表`), its last characters (four at most) in
that amount's name (data/share_part_unstated.toml [named]); none that is a change or a threshold.
    选出的代表共 3200 名。…选出的妇女代表占全体代表的 21.4%        the whole 3200 名, the part's not said
    共选出代表 3200 名，其中妇女代表占代表总数的 21.4%            B less its total word (`总数`) names it
A share whose clause says no part of its own (`X 元，占 B 总数 N%`) takes the amount closing the clause
before as its part: that amount is no whole here.
Only a share no other check took (CLAIM_ONLY and FACT_ONLY in __init__.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..fact_types import SUMMABLE_TYPES
from ..time_words import scope_words
from . import cues
from .amounts import is_change
from .model import Draft, Num, PageView
from .part_of import restated_after
from .rate_drafts import rate_draft
from .rate_phrases import phrase_name
from .rate_terms import shares_time
from .thresholds import is_bound

_LABEL = 40  # characters of a whole's label read for the share's name of it


@lru_cache(maxsize=1)
def _data() -> dict:
    return cues.table("share_part_unstated.toml")["share_part_unstated"]


@lru_cache(maxsize=1)
def _clause() -> re.Pattern:
    """The share's clause before the percent: `其中` + the part's words + `占`, no digit between."""
    d = _data()
    opener = "|".join(map(re.escape, d["openers"]))
    verb = "|".join(map(re.escape, sorted(d["share_verbs"], key=len, reverse=True)))
    approx = "|".join(map(re.escape, cues.words("approx", "words")))
    return re.compile(rf"^(?:{opener})[，,]?[^\d，,；;。：:]{{1,{int(d['part_words'])}}}?(?:{verb})(?:{approx})?$")


def check(view: PageView) -> list[Draft]:
    drafts = []
    for p in view.nums:
        if p.type != "percent" or p.sentence < 0:
            continue
        c_start = view.clause_start(p.start)
        if not _clause().match(view.text[c_start:p.start]) or c_start < 1:
            found = _named_share(view, p, c_start)
            if found is not None:
                drafts.append(found)
            continue
        whole = _whole(view, p, c_start)
        if whole is None:
            continue
        part = _part_after(view, p, whole)
        if part is not None:
            drafts.append(rate_draft(p, part, whole))
            continue
        drafts.append(Draft("rate", "unverifiable", [p.ref(), whole.ref()], None, p.shown,
                            f"{p.written} 是“其中”所说部分在 {whole.written} 中的比重，"
                            f"该部分本身的数值未在文中给出，无法核对。"))
    return drafts


def _whole(view: PageView, p: Num, c_start: int) -> Num | None:
    """The last number of the clause before the share's, of its sentence, an amount that closes
    that clause (only its noun after it: `260 人，`, `20 万员工的地质队伍，`)."""
    before = [n for n in view.in_sentence(p.sentence) if n.end <= c_start - 1]
    if not before:
        return None
    whole = before[-1]
    prev_start = view.clause_start(c_start - 1)
    tail = view.text[whole.end:c_start - 1]
    if whole.start < prev_start or whole.type not in SUMMABLE_TYPES or whole.value <= 0 \
            or is_change(view, whole) or len(tail) > int(_data()["noun_after"]) \
            or any(w in tail for w in _data()["not_whole_after"]):
        return None
    others = [n for n in before[:-1] if n.type in SUMMABLE_TYPES and not n.same_measure(whole)]
    if others and not _fits(view, p, c_start, whole, others):
        return None  # `接待游客 500 万人次，旅游收入 30 亿元，其中国内游客占`: the last amount is not the whole
    return whole


def _fits(view: PageView, p: Num, c_start: int, whole: Num, others: list[Num]) -> bool:
    """Where the sentence counts other measures before the share, whether the last amount is still
    the whole: the part's words share a word with its name (`其中门票收入占` of `旅游收入 30 亿元`),
    or it counts members (`容纳职工 260 人，其中计划生育户占`) and the part shares no word with the
    name of another measure (`旅游收入…，接待游客…人次，其中门票收入占`: the money's part)."""
    part = view.text[c_start:p.start]
    run = int(_data()["shared_word"])

    def shares(name: str) -> bool:
        return any(part[i:i + run] in name for i in range(len(part) - run + 1))

    if shares(view.text[view.clause_start(whole.start):whole.start]):
        return True
    return whole.type in _data()["member_types"] \
        and not any(shares(view.text[view.clause_start(n.start):n.start]) for n in others)


def _part_after(view: PageView, p: Num, whole: Num) -> Num | None:
    """`占 55%，达 650 亿美元`: the part's amount right after the share, of the whole's measure,
    alone in its clause with a word of reaching (data/cues.toml [shares] restated_after)."""
    after = [n for n in view.in_sentence(p.sentence) if n.start >= p.end]
    if not after or not after[0].same_measure(whole) or after[0].value > whole.value \
            or not restated_after(view, p, after[0]):
        return None
    return after[0]


def _named_share(view: PageView, p: Num, c_start: int) -> Draft | None:
    """`A 占 B 的 N%` whose part A says no amount in its clause: unverifiable with the amount B
    names (_named_whole) or with A's amount restated right after the share (`占全县耕地的百分之十，
    即三十万亩`: _restated_part), or checked where both are found (a mismatch unverifiable, as
    only names tie them); None where neither is in the text."""
    named = _share_name(view, p, c_start)
    if named is None:
        return None
    whole = _named_whole(view, p, c_start, named)
    part = _restated_part(view, p)
    if part is not None and whole is not None and part.same_measure(whole):
        return rate_draft(p, part, whole, "部分与整体只由名称对应")
    if part is not None:
        return Draft("rate", "unverifiable", [p.ref(), part.ref()], None, p.shown,
                     f"{p.written} 是 {part.written} 在“{named}”中的比重，该整体的数值未在文中给出，无法核对。")
    if whole is not None:
        return Draft("rate", "unverifiable", [p.ref(), whole.ref()], None, p.shown,
                     f"{p.written} 是所述部分在 {whole.written} 中的比重，该部分本身的数值未在文中给出，无法核对。")
    return None


def _share_name(view: PageView, p: Num, c_start: int) -> str | None:
    """B of `A 占 B 的 N%` / `A 占 B 十分之一`, where no number stands in A's words; None where the
    clause has no share verb or A says a number."""
    d = _data()["named"]
    before = view.text[c_start:p.start]
    verb, at = max(((v, before.rfind(v)) for v in d["verbs"]), key=lambda x: x[1])
    if at < 0 or view.between(c_start, c_start + at):
        return None
    named = phrase_name(view, p) or before[at + len(verb):].strip(d["qualifiers"])
    approx = cues.ends_with_any(named, "approx", "words")
    return named[: len(named) - len(approx)] if approx else named


@lru_cache(maxsize=1)
def _scopes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The scope words a whole's name may open with, longest first: the shared ones (cues whole_scopes), and
    those a part's subject may add."""
    return (tuple(sorted(cues.words("rate", "whole_scopes"), key=len, reverse=True)),
            tuple(sorted(_data()["named"]["subject_scopes"], key=len, reverse=True)))


def _named_whole(view: PageView, p: Num, c_start: int, named: str) -> Num | None:
    """`选出的妇女代表占全体代表的 N%`: the amount the share's named whole B stands for; the
    nearest before the share's clause, in its sentence or the one before, of the share's time.
    A whole named by a scope word alone (`占全国的`) names no measure: the part's own words
    (`我省粮食产量`) then name it, so that another measure of that scope (`全国人口`) is not taken."""
    d = _data()["named"]
    scopes, subject_scopes = _scopes()
    named = untotalled(_unscoped(named, scopes))
    if not named:
        named = _unscoped(_subject(view, p, c_start), scopes + subject_scopes)
    key = named[-int(d["name_chars"]):]
    if len(key) < int(d["shortest"]) or any(w in named for w in d["not_wholes"]):
        return None
    near = [n for n in view.in_sentence(p.sentence) if n.end <= c_start]
    if p.sentence > 0 and view.sentences[p.sentence - 1].paragraph == view.sentences[p.sentence].paragraph:
        near = list(view.in_sentence(p.sentence - 1)) + near
    if near and not _subject(view, p, c_start) and _closes_clause_before(view, near[-1], c_start):
        return None  # `社会文教费为 X 元，占地方预算支出总数 N%`: X is the part the share's clause leaves unsaid
    for n in reversed(near):
        if n.type in SUMMABLE_TYPES and n.value > 0 and key in view.label_before(n, _LABEL) \
                and not is_change(view, n) and not is_bound(view, n) \
                and shares_time(n, p) and _same_year_words(view, n, p):
            return n
    return None


def _unscoped(name: str, scopes: tuple[str, ...]) -> str:
    """A name without the scope word it opens with (`全体代表` gives `代表`, `全国` gives '')."""
    return next((name[len(w):] for w in scopes if name.startswith(w)), name)


def _closes_clause_before(view: PageView, n: Num, c_start: int) -> bool:
    """n ends the clause right before the share's (its noun at most after it: `覆盖人口 997 万，`)."""
    return n.type in SUMMABLE_TYPES and n.start >= view.clause_start(c_start - 1) \
        and len(view.text[n.end:c_start - 1]) <= int(_data()["noun_after"])


def untotalled(name: str) -> str:
    """A name without the total word it ends with (`代表总数` gives `代表`): the amount of the whole
    is said under the name of the things it counts (`选出代表 3200 名`)."""
    end = max((w for w in cues.words("rate", "whole_suffixes") if name.endswith(w)), key=len, default="")
    return name[: len(name) - len(end)]


def _subject(view: PageView, p: Num, c_start: int) -> str:
    """A of `A 占 B 的 N%`: the part's words before the share's verb."""
    before = view.text[c_start:p.start]
    at = max(before.rfind(v) for v in _data()["named"]["verbs"])
    return before[:at].strip(_data()["named"]["qualifiers"]) if at > 0 else ""


def _same_year_words(view: PageView, n: Num, p: Num) -> bool:
    """The two do not name different years by words of time (`去年…1.2 亿人次。今年…占 3%`)."""
    a, b = _year_word(view, n), _year_word(view, p)
    return a is None or b is None or a == b


def _year_word(view: PageView, n: Num) -> int | None:
    """The year a word of time in n's sentence before it names, counted from the writing
    (`去年` -1, `今年` 0), None where none does; not a base after a comparing word (`比上年`)."""
    said = view.text[view.sentences[n.sentence].start:n.start]
    found = None
    for word, delta in scope_words().relative:
        at = said.find(word)
        if at >= 0 and not said[:at].endswith(_BASE_BEFORE) and (found is None or at < found[0]):
            found = (at, delta)
    return found[1] if found else None


_BASE_BEFORE = ("比", "较", "与", "同")  # a year word right after these is a comparison's base


def _restated_part(view: PageView, p: Num) -> Num | None:
    """`占…十分之一即一亿六千万亩`: the share's part restated right after it, a comma at most and a
    word of restating or reaching between (data/share_part_unstated.toml [named] restate, and
    data/cues.toml [shares] restated_after); an amount, not another share."""
    after = view.after(p.end, 1)
    if not after or after[0].sentence != p.sentence or after[0].type not in SUMMABLE_TYPES or after[0].value <= 0:
        return None
    gap = view.text[p.end:after[0].start].lstrip("，,")
    words = (*_data()["named"]["restate"], *cues.words("shares", "restated_after"))
    return after[0] if gap in words and view.text[p.end:after[0].start] != "" else None
