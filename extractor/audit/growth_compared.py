"""A growth rate compared in points with the economy's growth named, not given, beside it.

    地区生产总值…增长 5.4%，…其中农村居民消费增长 7.1%、快于经济增速 1.7 个百分点
        the base is the headline measure's growth (data/cues.toml [growth] comparable_headline)
        said earlier in the paragraph; the new level the rate said right before the comparison

The economy's growth is named by a word of its own (`经济增速`: [growth] economy_growth), which
stands for the headline measure's growth of the same paragraph: a link by meaning, sure where
both stand in one sentence (the year's headline figures); from an earlier sentence a rate the
two levels do not give is unverifiable. Looks are bounded by the
paragraph and _BACK numbers (the audit stays linear in page length).
"""
from __future__ import annotations

import re

from . import cues
from .growth_calc import growth_draft
from .model import Draft, Num, PageView
from .wording import NEAR, Change, word_direction

_BACK = 40  # numbers before the comparison among which the headline growth is looked for


def against_economy(view: PageView, ch: Change, direction: str, clause: str, new: Num) -> Draft | None:
    """`增长 7.1%、快于经济增速 1.7 个百分点`: new − the headline growth said before; None where
    the clause compares with no economy word or no headline growth stands before in the paragraph."""
    words = cues.words("growth", "over_named") + cues.words("growth", "under_named")
    named = "|".join(re.escape(w) for w in cues.words("growth", "economy_growth"))
    if not re.search(f"(?:{'|'.join(map(re.escape, words))})(?:{named})$", clause):
        return None
    base = _headline_growth(view, new)
    if base is None:
        return None
    found = growth_draft(ch, direction, new, base)
    if found.verdict == "inconsistent" and base.sentence != new.sentence:
        return Draft("growth", "unverifiable", found.facts, None, ch.shown,
                     found.explanation.rstrip("。") + f"；但 {base.written} 只凭“经济增速”之名对应，不据此判定有误。")
    return found


def _headline_growth(view: PageView, new: Num) -> Num | None:
    """The first growth rate after a headline measure's name (`地区生产总值…增长 4.8%`) in new's
    paragraph before it, with no other rate between the name and it."""
    heads = cues.words("growth", "comparable_headline")
    for n in reversed(view.before(new.start, _BACK)):
        if n.paragraph != new.paragraph:
            return None
        if n is new or n.type != "percent" or n.unit != "%":
            continue
        start = view.sentences[n.sentence].start
        text = view.text[start:n.start]
        at = max(text.rfind(h) for h in heads)
        if at < 0 or any(m.type == "percent" for m in view.between(start + at, n.start)):
            continue
        if cues.contains_any(view.text[start + at:n.start], "growth", "up"):
            return n
    return None


def against_named(view: PageView, ch: Change) -> Draft | None:
    """`城镇居民…增长 5.1%；农村居民…增长 6.6%，农村居民收入增速快于城镇居民 1.5 个百分点`: points between
    two growth rates the sentence states, the one the comparison names after its word (`快于城镇居民`: the
    rate whose run, back to the rate before it, the sentence's start or a `；`, names 城镇居民) and the
    subject before the word (`农村居民收入增速`: the rate whose run names the subject's first words; a
    subject of rate words only, `增速快于…`, is the nearest other rate); the two share a measure's name.
    Where the names tie both rates by four characters, a gap the two do not give is inconsistent (tied
    by fewer, or across sentences, unverifiable); None where either is not found (data/cues.toml
    [growth] over_named, under_named, rate_names)."""
    words = cues.words("growth", "over_named") + cues.words("growth", "under_named")
    clause = view.text[view.clause_start(ch.start):ch.start]  # as written (`全省平均水平`: the name compared with)
    m = re.search(f"({'|'.join(map(re.escape, words))})([^，,；;。]{{2,12}})$", clause)
    if m is None:
        return None
    other, subject = _core(m.group(2)), _core(clause[:m.start()].split("、")[-1])
    if len(other) < 2:
        return None
    sent = view.sentence_index(ch.start)
    rates: list[tuple[Num, str]] = []
    start = view.sentences[sent].start
    for n in view.in_sentence(sent):
        if n.end > ch.start or n.unit != "%" or word_direction(view.text[max(0, n.start - NEAR):n.start]) is None:
            continue
        # a rate's run: its words back to the rate before it, the sentence's start or a `；`
        run = view.text[rates[-1][0].end if rates else start:n.start]
        rates.append((n, run[run.rfind("；") + 1:]))
    own = [(n, run) for n, run in rates if (_names(run, subject) if len(subject) >= 2 else True)
           and not _names(run, other)]
    if not own:
        return None
    # the rate compared with is of the subject's measure (a name shared, four characters: 人均可支配收入,
    # 产业增加值), not a rate whose run only mentions the name (`稳居全国前十强、增长 4.8%` for `高于全国平均`)
    theirs = [n for n, run in rates if n is not own[-1][0] and _names(run, other) and _shares(run, own[-1][1])]
    later = None
    if not theirs:
        # `增长 5.8%，高于全省 0.4 个百分点。全省地区生产总值增长 5.4%`: the rate compared with, said in the next
        # sentence of the paragraph under the name and the subject's measure (a name shared, four characters)
        later = next((n for n in view.in_sentence(sent + 1) if n.unit == "%" and n.paragraph == view.sentences[sent].paragraph
                      and word_direction(view.text[max(0, n.start - NEAR):n.start]) is not None
                      and _names(_before_in(view, n), other) and _shares(_before_in(view, n), own[-1][1])), None)
        if later is None:
            return None
    base = theirs[-1] if theirs else later
    # 快于/高于: the subject's rate less the other's; 慢于/低于: the other's less the subject's
    found = growth_draft(ch, "up" if m.group(1) in cues.words("growth", "over_named") else "down", own[-1][0], base)
    if later is not None and found.verdict == "inconsistent":
        return Draft("growth", "unverifiable", found.facts, None, ch.shown, found.explanation.rstrip("。")
                     + f"；但 {later.written} 在下一句，只凭名称对应，不据此判定有误。")
    if found.verdict == "inconsistent" and (_named_by(_run_of(rates, base), other) < _SURE
                                            or len(subject) >= 2 and _named_by(own[-1][1], subject) < _SURE):
        # a name tied by two or three characters only (`全省`, `城镇`) may be another measure's: no error said
        return Draft("growth", "unverifiable", found.facts, None, ch.shown, found.explanation.rstrip("。")
                     + "；但两个增速只凭名称的前两三个字对应，不据此判定有误。")
    return found


_SURE = 4  # characters of a name that tie a rate to it surely


def _run_of(rates: list[tuple[Num, str]], n: Num) -> str:
    return next((run for m, run in rates if m is n), "")


def _named_by(run: str, name: str) -> int:
    """How many of the name's first characters stand in the run (0: none, at least two otherwise)."""
    return next((k for k in range(min(4, len(name)), 1, -1) if name[:k] in run), 0)


def _before_in(view: PageView, n: Num) -> str:
    """A rate's words back to its sentence's start."""
    return view.text[view.sentences[n.sentence].start:n.start]


def _shares(a: str, b: str, k: int = 4) -> bool:
    """The two texts share a run of k characters (a measure's name: 地区生产总值)."""
    return any(b[i:i + k] in a for i in range(len(b) - k + 1) if not any(c in "，,；;。、" for c in b[i:i + k]))


def _core(name: str) -> str:
    """A name without the rate word that ends it (`农村居民收入增速`: 农村居民收入) or a 的 before it."""
    rate = cues.ends_with_any(name, "growth", "rate_names")
    return (name[:-len(rate)] if rate else name).rstrip("的").strip()


def _names(run: str, name: str) -> bool:
    """The run names the thing: its first words (four characters at most, two at least) stand in it."""
    return _named_by(run, name) > 0
