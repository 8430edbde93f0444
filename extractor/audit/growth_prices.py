"""growth_prices: growth of measures reported at comparable prices (`地区生产总值`, `增加值`, `实际增长`),
which two levels in current prices cannot verify, and levels said at constant prices, which can."""
from __future__ import annotations

from . import cues
from .model import Draft, Num, PageView
from .wording import Change, ends_before_change, is_increment, own_subject

_TARGET_REACH = 120  # characters around a rate searched for target words (a page may be one sentence)
_CONSTANT_AFTER = 16  # a parenthesis after a level saying its prices


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
    if cues.contains_any(view.text[start:min(view.clause_end(ch.end), ch.end + _TARGET_REACH)], "growth", "target"):
        return None  # a target (`预期目标是：全市生产总值增长 6.5% 左右`) has nothing to check yet
    levels = [n for n in local if n.start >= lo and n.type == "money" and not is_increment(view, n)]
    facts = [ch.ref] + [n.ref() for n in levels[-1:]]
    why = f"所述增长是“{basis}”的" if basis else f"{measure}的增长按可比价格计算"
    return Draft("growth", "unverifiable", facts, None, ch.shown,
                 f"{why}，基期的值未在文中给出，无法核对 {ch.written}。")


def _words_only(view: PageView, start: int, end: int) -> str:
    """The text of [start, end) without the numbers in it (with their units and scale words)."""
    out, pos = [], start
    for n in view.between(start, end):
        out.append(view.text[pos:n.start])
        pos = max(pos, n.end)
    return "".join(out) + view.text[pos:end]
