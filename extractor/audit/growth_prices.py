"""growth_prices: growth of measures reported at comparable prices (`地区生产总值`, `增加值`, `实际增长`),
which two levels in current prices cannot verify, and levels said at constant prices, which can."""
from __future__ import annotations

from ..fact_types import SUMMABLE_TYPES
from . import cues
from .growth_open import aim_in
from .levels import name_of, undated_words
from .model import Draft, Num, PageView
from .wording import Change, ends_before_change, is_increment, own_subject

_TARGET_REACH = 120  # characters around a rate searched for target words (a page may be one sentence)
_CONSTANT_AFTER = 16  # a parenthesis after a level saying its prices
_SENTENCES_BACK = 2  # a real growth restating a nominal one follows it within this many sentences
_SUBJECT_MIN = 4  # characters of a subject that tie a level to it by name (`支出` alone names too many)
_HEAD = 2  # opening characters of the subject the level's name must hold as written


def real_measure(view: PageView, new: Num, ch: Change) -> str | None:
    """The measure named before the new value or in the change's clause, when it is one whose
    growth is reported at comparable prices (`地区生产总值`, `增加值`; data/cues.toml)."""
    lo = view.sentences[new.sentence].start if new.sentence >= 0 else new.start
    said = view.text[max(lo, new.start - 30):ch.start]
    basis = cues.contains_any(view.text[view.clause_start(ch.start):ch.start], "growth", "price_basis")
    if basis:
        return f"所述增长是“{basis}”的（剔除价格变动）"
    measure = cues.contains_any(said, "growth", "comparable_prices")
    if measure and (new.type != "money" or any(w + measure in said for w in cues.words("growth", "per_measure"))):
        # `单位地区生产总值能耗由 0.62 吨降至 0.53 吨`: a ratio to GDP in tonnes, not a value at prices
        return None
    return f"{measure}的增长按可比价格计算" if measure else None


def constant_prices(view: PageView, n: Num, ch: Change) -> bool:
    """`643.7 亿元（按 1957 年不变价格计算）`, `按 1952 年不变价格计算，总产值由 A 增加到 B`: the
    levels said at constant prices, so their ratio is the real growth."""
    after = view.text[n.end:n.end + _CONSTANT_AFTER]
    if after[:1] in "（(" and cues.contains_any(after.split("）")[0], "growth", "constant_prices"):
        return True
    lo = view.sentences[n.sentence].start if n.sentence >= 0 else n.start
    return cues.contains_any(view.text[lo:ch.start], "growth", "constant_levels") is not None


def real_without_base(view: PageView, ch: Change, clause: str, local: list[Num], lo: int) -> Draft | None:
    """`全省生产总值 4.93 万亿元、增长 5.6%` with no base word: the growth of a measure reported at
    comparable prices is the year's real growth, whose base the page does not give; any other
    bare `增长 X%` is left alone (its base may be anything)."""
    if ch.kind not in ("%", "倍"):
        return None
    # the words back to the number before name what grew (`国内生产总值增长 9.5% 地方财政收入增长`),
    # unless they are one more predicate of the clause's subject (`生产总值达 A、居全国第十、增长`)
    c_start = view.clause_start(ch.start)
    said = view.text[max(c_start, view.prev_end(ch.start, dates=False)):ch.start].split("、")[-1]
    for wider in (clause, view.text[lo:ch.start]):
        # the levels' own words (`达到 1.5 万亿元、增长`: 万亿元) name no subject of the change
        if own_subject(view, _words_only(view, ch.start - len(said), ch.start)):
            break
        said = wider
    basis = next((w for w in cues.words("growth", "price_basis") if w in said
                  and (w not in cues.words("growth", "real_before_change") or ends_before_change(said, w))), None)
    measure = cues.contains_any(said, "growth", "comparable_headline")
    if measure and any(w + measure in said for w in cues.words("growth", "per_measure")):
        measure = None  # `单位国内生产总值能耗下降 3%`: a ratio to GDP, not GDP
    if basis is None and measure is None:
        return None
    sent = view.sentence_index(ch.start)
    start = view.sentences[sent].start
    if sent > 0 and view.text[:start].rstrip().endswith("："):
        start = view.sentences[sent - 1].start  # `主要预期目标是：⏎国内生产总值增长 8% 左右`
    start = max(start, ch.start - _TARGET_REACH)
    if aim_in(view, start, min(view.clause_end(ch.end), ch.end + _TARGET_REACH)):
        return None  # a target (`预期目标是：全市生产总值增长 6.5% 左右`) has nothing to check yet
    levels = [n for n in local if n.start >= lo and n.type == "money" and not is_increment(view, n)]
    named = None if levels or basis is None else level_named_before(view, ch)
    facts = [ch.ref] + [n.ref() for n in levels[-1:]] + ([named.ref()] if named else [])
    why = f"所述增长是“{basis}”的" if basis else f"{measure}的增长按可比价格计算"
    said_level = f"{named.written} 是其本期的值，" if named else ""
    return Draft("growth", "unverifiable", facts, None, ch.shown,
                 f"{why}，{said_level}基期的值未在文中给出，无法核对 {ch.written}。")


def level_named_before(view: PageView, ch: Change) -> Num | None:
    """`农田水利投资为 A，比上年增长 x%。剔除物价上涨因素，农田水利投资实际增长 y%`: a real growth whose
    clauses hold no level restates the growth of a level said a sentence or two before in its
    paragraph, under the subject the change names (written out in full there, or shortened:
    `水利投资` for `农田水利投资`, its characters in order, its first two as written)."""
    subject = _change_subject(view, ch)
    sent = view.sentence_index(ch.start)
    if len(subject) < _SUBJECT_MIN or sent < 0:
        return None
    paragraph = view.sentences[sent].paragraph
    for back in range(sent, max(-1, sent - 1 - _SENTENCES_BACK), -1):
        if view.sentences[back].paragraph != paragraph:
            return None
        for n in reversed(view.in_sentence(back)):
            if n.end > ch.start or n.type not in SUMMABLE_TYPES or is_increment(view, n):
                continue
            if _shortens(subject, name_of(view, n) or ""):
                return n
    return None


def _change_subject(view: PageView, ch: Change) -> str:
    """The words a change's clause names what changed with, up to its real or change word
    (`则 1963 年农田水利投资实际增长` gives 则农田水利投资)."""
    said = view.text[view.clause_start(ch.start):ch.start]
    cut = [said.find(w) for w in cues.words("growth", "price_basis") + cues.words("growth", "up")
           + cues.words("growth", "down") if w in said]
    return undated_words(said[:min(cut)] if cut else said)


def _shortens(subject: str, name: str) -> bool:
    """Whether the end of subject, at least _SUBJECT_MIN characters, names name: it ends name,
    opens with two characters written together in name, and has all its characters in name in order
    (a short form drops characters, never reorders them)."""
    for start in range(len(subject) - _SUBJECT_MIN + 1):
        tail = subject[start:]
        if not name.endswith(tail[-1]) or tail[:_HEAD] not in name:
            continue
        at = name.find(tail[:_HEAD])
        rest = iter(name[at:])
        if all(c in rest for c in tail):
            return True
    return False


def _words_only(view: PageView, start: int, end: int) -> str:
    """The text of [start, end) without the numbers in it (with their units and scale words)."""
    out, pos = [], start
    for n in view.between(start, end):
        out.append(view.text[pos:n.start])
        pos = max(pos, n.end)
    return "".join(out) + view.text[pos:end]
