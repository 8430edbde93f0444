"""Levels a change is stated against that no numeric fact holds, or that stand sentences away.

    恒生指数上扬 598.94 点，以 8720 点收盘，上升 7.4%      index points: no fact type holds
                                                          them (they are neither counts nor
                                                          quantities), so they are read here
    本年收入合计 27203319000 元。……本年收入增长 966485000 元，即增长 3.68%
                                                          the level named like the increment's
                                                          subject, a few sentences before it
Cue words in data/cues.toml [levels].
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import cues
from .model import Num, PageView

_POINTS = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)点(?![钟半多])")
_HAN = re.compile(r"[^\u4e00-\u9fff]")
_SENTENCES_BACK = 3  # a named level stands at most this many sentences before its increment
_SUBJECT = (2, 12)
_BACK_REFERENCE = 400  # sentences searched for levels a change refers back to (`如前所说`)
_NAME_MIN = 3  # a shorter name (`收入`) names too many things
_YEARS = re.compile(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年")  # a subject of this many characters names a measure; fewer or more does not


def index_points(view: PageView, sent: int) -> list[Num]:
    """`5068.8 点` in a sentence about a stock index, as numbers of the unit 点 (those the extractor
    gives as records already are left out: a level read twice is two levels to choose from)."""
    if sent < 0:
        return []
    cache = view.__dict__.setdefault("_index_points", {})  # one read per sentence, however many changes
    if sent not in cache:
        cache[sent] = _read_points(view, sent)
    return cache[sent]


def _read_points(view: PageView, sent: int) -> list[Num]:
    s = view.sentences[sent]
    text = view.text[s.start:s.end]
    if not cues.contains_any(text, "levels", "index_words"):
        return []
    out = []
    recorded = {n.start for n in view.in_sentence(sent)}
    for m in _POINTS.finditer(text):
        if cues.ends_with_any(text[:m.start()], "levels", "clock_words"):
            continue  # `下午 3 点收盘`: an hour
        start, end = s.start + m.start(), s.start + m.end()
        if start in recorded:
            continue
        value = float(m.group(1))
        out.append(Num(view.raw_ref(start, end), start, end, "quantity", value, "点", "exact", None,
                       view.text[start:end], sent, s.paragraph, s.article))
    return out


def subject_of(view: PageView, n: Num) -> str | None:
    """What an amount of change is the change of: `本年收入增长 966485000 元` gives 本年收入."""
    label = view.label_before(n).rstrip("了")
    for w in _direction_words():
        if label.endswith(w):
            label = label[:-len(w)]
            break
    else:
        return None
    for w in cues.words("levels", "not_subject"):
        label = label.replace(w, "")
    subject = _HAN.sub("", label)
    return subject if _SUBJECT[0] <= len(subject) <= _SUBJECT[1] else None


@lru_cache(maxsize=1)
def _direction_words() -> tuple[str, ...]:
    return tuple(sorted(cues.words("growth", "up") + cues.words("growth", "down"), key=lambda w: -len(w)))


def named_level(view: PageView, inc: Num) -> Num | None:
    """The level an increment is the change of, said a few sentences before under the same name
    (`本年收入合计 N 元`); None when no number there is named so, or the nearest one so named is
    itself a change, a rate or a share."""
    subject = subject_of(view, inc)
    if subject is None:
        return None
    first = max(0, inc.sentence - _SENTENCES_BACK)
    for sent in range(inc.sentence, first - 1, -1):
        for n in reversed(view.in_sentence(sent)):
            if n.end > inc.start or not n.same_measure(inc):
                continue
            label = view.label_before(n)
            if subject not in label:
                continue
            if cues.direction(label, "growth") or cues.contains_any(label, "sum", "not_amount") \
                    or cues.contains_any(label, "levels", "not_level"):
                return None  # the nearest number so named is not a level
            return n
    return None


def named_alike(view: PageView, inc: Num, level: Num) -> bool:
    """`１９５５年本年收入合计 B` … `１９５５年本年收入增长 D`: the level of the same paragraph is
    named exactly as the increment's subject, with the same years: the link is sure, not likely."""
    if level.paragraph != inc.paragraph or subject_of(view, inc) is None:
        return False
    label = view.label_before(inc).rstrip("了")
    for w in _direction_words():
        if label.endswith(w):
            label = label[:-len(w)]
            break
    name = name_of(view, level)
    own = undated_words(label)
    same_years = _YEARS.findall(label) == _YEARS.findall(view.label_before(level))
    return name is not None and name == own and same_years


def level_named_in(view: PageView, said: str, like: Num) -> Num | None:
    """`本年收入合计 N 元。……本年收入完成预算的 96.98%，比预算数 B 少 D`: the nearest level of
    like's measure, a few sentences before, whose name (its label less dates and total words, at
    least three characters) is written in `said` (the change's sentence before its base); or,
    anywhere before in the article, the total of the year's accounts (`本年支出合计`) that `said`
    names with a scope word of the same meaning (`1956 年决算支出`: same_account_name)."""
    first = max(0, like.sentence - _SENTENCES_BACK - 2)
    for sent in range(like.sentence - 1, first - 1, -1):
        if view.sentences[sent].article != view.sentences[like.sentence].article:
            return None
        for n in reversed(view.in_sentence(sent)):
            if not n.same_measure(like):
                continue
            name = name_of(view, n)
            if name and name in said:
                return n
    return account_total(view, said, like)


def account_total(view: PageView, said: str, like: Num) -> Num | None:
    """The nearest earlier total of the article (`本年支出合计 B`) in like's measure that the
    subject `said` names with a scope word of the same meaning (`1956 年决算支出`)."""
    article = view.sentences[like.sentence].article
    for sent in range(like.sentence - 1, max(-1, like.sentence - 1 - _BACK_REFERENCE), -1):
        if view.sentences[sent].article != article:
            return None
        for n in reversed(view.in_sentence(sent)):
            if n.same_measure(like) and cues.ends_with_any(view.label_before(n), "levels", "sum_words") \
                    and same_account_name(said, name_of(view, n) or ""):
                return n
    return None


def same_account_name(said: str, name: str) -> bool:
    """Whether a subject (`1956 年决算支出占预算数的`) names an account (`本年支出`) with a scope
    word of the same meaning (data/cues.toml [levels] account_scopes): both open with one, the
    words after the subject's agree with the account's name after its own."""
    said = undated_words(said)
    for group in cues.word_groups("levels", "account_scopes"):
        own = next((w for w in group if name.startswith(w)), None)
        if own is None or len(name) - len(own) < 2:
            continue
        rest = name[len(own):]
        if any(said.startswith(w + rest) for w in group):
            return True
    return False


def name_of(view: PageView, n: Num) -> str | None:
    """`本年收入合计` gives 本年收入; None for a change, a comparison or a rate."""
    label = view.label_before(n)
    if cues.direction(label, "growth") or cues.contains_any(label, "sum", "not_amount") \
            or cues.contains_any(label, "levels", "not_level"):
        return None
    label = undated_words(label)
    for w in cues.words("levels", "total_words"):
        if label.endswith(w):
            label = label[:-len(w)]
            break
    return label if len(label) >= _NAME_MIN else None


def undated_words(said: str) -> str:
    """The Chinese words of a label or name, its years (`1956年`, `一九五六年`) and numbers off."""
    return _HAN.sub("", _YEARS.sub("", said))


def change_said_before(view: PageView, d: Num, from_label: re.Pattern, to_label: re.Pattern) -> tuple[Num, Num, bool] | None:
    """`如前所说，全国职工增加了 D`: the levels `职工由 B 增加到 A` said earlier under the change's
    subject (a few sentences before, or anywhere before where the sentence says it refers back),
    as (A, B, whether the sentence refers back)."""
    subject = subject_of(view, d)
    for w in cues.words("levels", "scope_words"):
        if subject and subject.startswith(w):
            subject = subject[len(w):]
    if not subject or len(subject) < _SUBJECT[0]:
        return None
    said = view.text[view.sentences[d.sentence].start:d.start]
    back = cues.contains_any(said, "levels", "back_reference") is not None
    first = max(0, d.sentence - (_BACK_REFERENCE if back else _SENTENCES_BACK))
    article = view.sentences[d.sentence].article
    for sent in range(d.sentence - 1, first - 1, -1):
        if view.sentences[sent].article != article:
            break
        nums = [n for n in view.in_sentence(sent) if n.same_measure(d)]
        for i, base in enumerate(nums):
            if not from_label.search(_label(view, base)):
                continue
            tos = [n for n in nums[i + 1:] if to_label.search(_label(view, n))]
            if tos and subject in view.text[view.clause_start(base.start):base.start]:
                return tos[0], base, back
    return None


def _label(view: PageView, n: Num) -> str:
    return view.text[max(view.clause_start(n.start), view.prev_end(n.start, dates=False)):n.start]


def plan_confirms(view: PageView, total: Num, plan: Num) -> bool:
    """`比预算数 P 少支 D` right after the plan: P − D (or P + D) gives the total, so the text's
    own numbers say the total is the actual the plan is compared with."""
    end = view.clause_end(plan.end)
    for d in view.between(plan.end, end):
        way = cues.direction(view.label_before(d), "change") if d.same_measure(plan) else None
        if way is not None:
            got = plan.interval + d.interval if way == "up" else plan.interval - d.interval
            return got.meets(total.interval)
    return False


def rate_confirms(view: PageView, total: Num, plan: Num) -> bool:
    """`决算支出占预算数的 R%，比预算数 P` before the plan in its sentence: total ÷ P gives R, so
    the text's own numbers say the total is the actual the plan is compared with."""
    said = view.between(view.sentences[plan.sentence].start, plan.start)
    for r in said:
        if r.type == "percent" and r.unit == "%" and plan.value > 0:
            return (total.interval / plan.interval).scale(100.0).meets(r.interval)
    return False

