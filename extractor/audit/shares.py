"""sum of shares: `A 占 B 的 T%，其中，男性占 a%，女性占 b%`.

The shares after `其中` (to the next `；`) are read as shares of the same whole as the share
before it, so they add up to it when they name every category (男/女, data/complementary.toml)
and stay under it otherwise. They may instead be shares within the part (`男性占 60%` of that
part), which add up to 100%. Parts that name every category and fit neither reading are
inconsistent; parts that name only some and exceed the share before them may be shares within
the part of a partial list: unverifiable.

Levels (`比重从 60.8% 降低到 30.7%，其中 A 从 41.5% 降低到 21.1%，B 从 19.3% 降低到 9.6%`) are read
slot by slot: the shares the change starts from against the total's starting share, the shares
reached against the share reached. After a share, a part written as such a level is a share of
the same whole even without `占`; a part that only changes (`其中出口增长 20%`) is not a share.
"""
from __future__ import annotations

from . import cues
from .model import Draft, Num, PageView
from .share_lists import Share, share, slot
from .declared_sets import complementary
from .tolerance import Interval, fmt

_LENGTHS = (2, 3, 4, 1)  # characters of each word a whole's name joins (`超过或低于`), words first


def check(view: PageView) -> list[Draft]:
    drafts = []
    for cue in cues.words("sum", "partial"):
        at = view.text.find(cue)
        while at >= 0:
            drafts += _breakdown(view, at, at + len(cue))
            at = view.text.find(cue, at + len(cue))
    return drafts


def _level(view: PageView, n: Num) -> Share | None:
    """A percent written as a level `从 a% 降低到 b%` after a share: a share of the same whole."""
    if n.type != "percent" or n.unit != "%":
        return None
    label = view.text[max(view.clause_start(n.start), n.start - 60):n.start]  # a long clause stays linear
    has_from = any(w in label for w in cues.words("shares", "from_words"))
    tail = label.rstrip("了")
    if not has_from or cues.ends_with_any(tail, "growth", "up") or cues.ends_with_any(tail, "growth", "down"):
        return None
    return Share(n, None, slot(label), label)


def _breakdown(view: PageView, cue: int, after: int) -> list[Draft]:
    sent = view.sentence_index(cue)
    if sent < 0:
        return []
    s_start, s_end = view.sentences[sent].start, view.sentences[sent].end
    semi = view.text.find("；", after, s_end)
    end = semi if semi >= 0 else s_end
    totals = [sh for sh in (share(view, n) for n in view.between(s_start, cue)) if sh is not None]
    if not totals:
        return []
    # the total's slots: the share reached last, the share it started from in the same clause
    last = totals[-1]
    by_slot = {last.slot: last.num}
    if last.slot == "to" and len(totals) > 1 and totals[-2].slot == "from" \
            and view.clause_start(totals[-2].num.start) == view.clause_start(last.num.start):
        by_slot["from"] = totals[-2].num
    parts = [sh for sh in (share(view, n) or _level(view, n) for n in view.between(after, end)) if sh is not None]
    drafts = []
    named = _named_members(view.text[s_start:cue])
    for which, total in by_slot.items():
        mine = [sh for sh in parts if sh.slot == which]
        if len(mine) >= 2 and all(sh.num.qualifier == "exact" for sh in mine + [Share(total, None, which, "")]):
            lead = view.text[view.clause_start(total.start):total.start]
            # each part's words from the one before it (its label may stop at a number in brackets)
            spans = [view.text[a:sh.num.start] for a, sh in zip([after] + [sh.num.end for sh in mine], mine)]
            drafts.append(_draft(total, mine, named or _joined_members(lead, spans), spans))
    return drafts


def _joined_members(lead: str, labels: list[str]) -> tuple[str, ...]:
    """`超出或不足法定年龄的职工占…的 11.11%，其中，不足法定年龄的占 1.25%，超出法定年龄的占 9.86%`:
    the whole named as two words joined (`超出或不足`, `工业和农业`), each part named by one of
    them: the parts are its members, all of them. The words are read short (two to four
    characters each side of the join word, else one), kept only where the parts name each one once."""
    for j in cues.words("shares", "members_joiners") + ("或",):
        at = lead.find(j)
        while at > 0:
            for a in [k for k in _LENGTHS if k <= at]:
                for b in _LENGTHS:
                    pair = (lead[at - a:at], lead[at + len(j):at + len(j) + b])
                    if len(pair[1]) == b and _listed(pair, labels):
                        return pair
            at = lead.find(j, at + len(j))
    return ()


def _named_members(lead: str) -> tuple[str, ...]:
    """The members a whole names itself (`国家机构经费，包括国防费和行政管理费所占的比重`
    gives 国防费, 行政管理费); none where the list is left open (`包括 A、B 等`)."""
    at, opener = max(((lead.rfind(w), w) for w in cues.words("shares", "members_open")), default=(-1, ""))
    if at < 0:
        return ()
    rest = lead[at + len(opener):]
    stop = min((i for i in (rest.find(w) for w in cues.words("shares", "members_close")) if i > 0), default=-1)
    if stop < 0 or cues.contains_any(rest[:stop], "shares", "members_open_end"):
        return ()
    items = [rest[:stop]]
    for j in cues.words("shares", "members_joiners"):
        items = [x for item in items for x in item.split(j)]
    return tuple(x for x in items if x) if len(items) >= 2 and all(items) else ()


def _listed(members: tuple[str, ...], labels: list[str]) -> tuple[str, ...] | None:
    """The members, where the parts name each of them once, in any order."""
    if not members or len(members) != len(labels):
        return None
    hit = [[m for m in members if m in label] for label in labels]
    return members if all(len(h) == 1 for h in hit) and len({h[0] for h in hit}) == len(members) else None


def _draft(total: Num, parts: list[Share], named: tuple[str, ...] = (), spans: list[str] | None = None) -> Draft:
    labels = [sh.label for sh in parts]
    members = complementary(labels) or _listed(named, labels) or _listed(named, spans or [])
    got = Interval(0.0, 0.0)
    for p in parts:
        got = got + p.num.interval
    point = sum(p.num.value for p in parts)
    said = " + ".join(p.num.written for p in parts)
    facts = [total.ref()] + [p.num.ref() for p in parts]
    value = round(point, 3)
    if members and got.meets(total.interval):
        return Draft("sum", "consistent", facts, value, total.shown,
                     f"“其中”各部分（{'/'.join(members)}）的比重 {said} = {fmt(point, 2)}%，与所述 {total.written} 一致。")
    if got.meets(Interval(100.0, 100.0)):
        return Draft("sum", "consistent", facts, value, total.shown,
                     f"“其中”各部分的比重 {said} = 100%：是 {total.written} 这部分之内的比重，自成一体。")
    if members:
        return Draft("sum", "inconsistent", facts, value, total.shown,
                     f"“其中”各部分（{'/'.join(members)}）的比重 {said} = {fmt(point, 2)}%，既不等于所述 "
                     f"{total.written}，也不是部分之内的 100%。")
    if got.lo <= total.interval.hi + 1e-9:
        return Draft("sum", "consistent", facts, value, total.shown,
                     f"“其中”所列部分的比重 {said} = {fmt(point, 2)}%，不超过所述 {total.written}"
                     f"（“其中”只列出部分类别）。", {"breakdown": "partial"})
    return Draft("sum", "unverifiable", facts, value, total.shown,
                 f"“其中”所列部分的比重 {said} = {fmt(point, 2)}%，超过所述 {total.written}，但它们也可能是"
                 f"这部分之内的比重（未列全），无法据此判定。", {"breakdown": "partial"})
