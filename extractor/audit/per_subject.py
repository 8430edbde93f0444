"""average: a figure per head named by its subject (`游客人均花费 812 元`, `从业人员人均 7.72 万元`),
against a total said right before it and the count of that subject stated earlier.

    全市共接待游客 1286.4 万人次，…；实现旅游总收入 98.7 亿元，同比增长 11.2%，游客人均花费 812 元。
    省属企业从业人员 41.3 万人。…工资总额 318.7 亿元，同比增长 4.5%，从业人员人均 7.72 万元。
The words that tie the numbers: the subject before `人均`/`户均` (`游客`) names the count (an
earlier count of people or households of the article whose words hold it: `接待游客`), and the
total is the amount of the figure's measure said right before it (at most two clauses, no `；`)
marked as a total (`总收入`, `总额`). bounds.py reads a count in the figure's own clause run and
average.py a count named by `按 … 计算` or `每万名 X`; this reads the count named by the subject,
across `；` or sentences. A total over the count that gives the figure is consistent. A mismatch
is reported only where the words tie the terms closely: the measure after the per-head word
names the total (`人均工资` of `工资总额`; `游客人均花费` of `旅游总收入`, data/per_subject.toml
same), the total names no holder but the subject (`村集体经济总收入` is no income of `脱贫户`),
the count names the whole subject (not `其中过夜游客` of all visitors) and is no year-end stock
(`年末从业人员`: a statistical per-head figure is over an average count). Elsewhere a mismatch
says nothing (the total may measure something else). Only where no other check took the figure
(CLAIM_ONLY).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .arith import sharp
from .model import Draft, Num, PageView, same_unit
from .tolerance import Interval, fmt_like, written

REACH = 60  # numbers back in the article among which the subject's count is looked for
CLAUSES = 2  # commas between the total and the figure at most
_MIN_SUBJECT = 2


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("per_subject.toml")["per_subject"]


def check(view: PageView) -> list[Draft]:
    out: list[Draft] = []
    for per in view.nums:
        if per.type not in SUMMABLE_TYPES or per.qualifier != "exact" or per.sentence < 0:
            continue
        found = _subject(view, per)
        if not found:
            continue
        subject, units = found
        total = _total(view, per)
        if total is None:
            continue
        count = _count(view, per, total, subject, units)
        if count is None:
            continue
        d = _draft(per, total, count, _tied(view, per, total, count, subject))
        if d:
            out.append(d)
    return out


def _core(name: str) -> str:
    """A measure's name without the words of a total (`工资总额` → `工资`, `旅游总收入` → `旅游收入`)."""
    for w in ("总额", "总量", "总计", "合计", "共计"):
        name = name[: -len(w)] if name.endswith(w) else name
    return name.replace("总", "")


def _tied(view: PageView, per: Num, total: Num, count: Num, subject: str) -> bool:
    """Whether the words tie the three numbers so closely that a mismatch is an error: the measure
    after the per-head word is the head of the total's name, the total's name holds no other holder
    than the subject, the count names the whole subject and is no year-end stock."""
    label = view.label_before(per, 30)
    word = next((w for w in _cues()["per"] if w in label), None)
    if word is None:
        return False
    noun = _core(label[label.rfind(word) + len(word):].strip("为是达了"))
    name = view.label_before(total, 16)
    for w in _cues()["words"]["not_subject"]:
        name = name.split(w)[-1]
    name = _core(name.strip("，,、：:的为是达"))
    heads = [noun] + list(_cues()["same"].get(noun, [])) if noun else []
    head = next((h for h in heads if name.endswith(h)), None)
    if head is None:
        return False
    holder = name[: -len(head)] if head else name
    if holder and not holder.endswith(subject):
        return False  # `村集体经济总收入`: the total is another holder's
    counted = view.label_before(count, 20)
    if subject not in counted or any(w in counted for w in _cues()["words"]["part"]):
        return False  # `其中过夜游客`: the count of a part of those the total is of
    s_start = view.sentence_span(count.start)[0]
    return not any(w in view.text[s_start:count.start] for w in _cues()["words"]["stock"])


def _subject(view: PageView, per: Num) -> Optional[tuple[str, list[str]]]:
    """(`游客`, the units it is counted in) of `游客人均花费`: the words before the per-head word."""
    label = view.label_before(per, 30)
    for word, units in _cues()["per"].items():
        at = label.rfind(word)
        if at < 0:
            continue
        subject = label[:at]
        for w in _cues()["words"]["not_subject"]:
            subject = subject.split(w)[-1]
        subject = "".join(c for c in subject[-6:] if "\u4e00" <= c <= "\u9fff")
        if len(subject) >= _MIN_SUBJECT:
            return subject, list(units)
    return None


def _total(view: PageView, per: Num) -> Optional[Num]:
    """The amount of the figure's measure right before it, marked as a total."""
    for n in reversed(view.before(per.start, 4)):
        if n.sentence != per.sentence:
            return None
        between = view.text[n.end:per.start]
        if "；" in between or ";" in between or sum(between.count(c) for c in "，,") > CLAUSES:
            return None
        if n.same_measure(per):
            name = view.label_before(n, 12)
            return n if n.value > per.value and sharp(n) and any(w in name for w in _cues()["words"]["total"]) else None
    return None


def _count(view: PageView, per: Num, total: Num, subject: str, units: list[str]) -> Optional[Num]:
    """The nearest earlier count of the article in the subject's units whose words hold the subject."""
    for n in reversed(view.before(total.start, REACH)):
        if n.article != per.article:
            break
        if n.type != "count" or not any(same_unit(n.unit, u) or (n.unit or "").endswith(u) for u in units):
            continue
        if subject[-_MIN_SUBJECT:] in view.label_before(n, 20) and sharp(n) and n.value > 0:
            return n
    return None


def _computed(per: Num) -> Interval:
    """The values a figure computed by division stands for: rounded to its last written digit
    (`1086 元` of 1086.13), though a whole number of yuan written alone would be exact."""
    w = written(per.text)
    if w is None or not w[0]:
        return per.interval
    number, decimals, _ = w
    half = 0.5 * 10.0 ** -decimals * per.value / number
    return Interval(per.value - half, per.value + half)


def _draft(per: Num, total: Num, count: Num, tied: bool) -> Optional[Draft]:
    ok = (total.interval / count.interval).meets(_computed(per))
    if not ok and not tied:
        return None  # the total may measure something else than the figure's
    point = total.value / count.value
    text = (f"{total.written} ÷ {count.written} = {fmt_like(point, per.text, per.value)}，"
            f"与所述 {per.written} {'一致' if ok else '不符'}（总量为人均数前所说的总数，人数为其主语所计之数）。")
    return Draft("average", "consistent" if ok else "inconsistent", [per.ref(), total.ref(), count.ref()],
                 round(point, 4), per.shown, text)
