"""The whole of a share that does not name it plainly: a frame, a stated total, or a fit.

A share that does not name its whole takes the whole the passage set up for it:

    在 752 名出席代表中，工农代表 213 人；妇女代表 168 人，占 22.34%
        `在 N X 中，` (or `N X 中，`) before the share in its sentence, with no `其中` between:
        N is the whole of every bare share of the sentence whose part counts alike (the same
        unit, 名 with 人), whatever siblings stand between them
    全省共录用公务员 1260 名。……其中，女性 527 人，占 41.83%
    在 960 名委员中，中共党员 430 名，非中共人士 530 名。其中，妇女委员 172 名，占 17.92%
        a `其中` sentence with no whole of its own: the nearest earlier frame or stated total
        (`共`, `总数`, `全体`: data/frames.toml) of the article that counts alike and exceeds
        the part

The words only say which wholes are possible; the arithmetic decides among them: the whole
that gives the stated share is taken (the share's own check found a different one, or none).
Where none gives it, a mismatch is a mismatch only with strong evidence: the frame of the
share's own sentence, or a carried whole whose counted noun the part repeats (`妇女委员` of
`委员`) with no other larger count of the measure between it and the share that could be the
whole instead (the sibling parts a frame's sentence lists do not count as such), or with a few
such counts none of which gives the share either (every reading fails). A share whose
whole no words give may still take a number of its measure named with its head noun that gives
it (fitting_whole): reported only as a fit. A frame or total smaller than the part is still
its whole where it counts what the part counts (people, or the noun repeated: below_wholes.py),
so that a part stated above it is flagged. Every look is bounded (the audit stays linear in
page length).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import below_wholes, cues, wholes
from .heads import level_in_flow, stock_in_flow
from .model import CLAUSE_BREAKS, Num, PageView

_BACK = 80  # numbers before a share among which a carried whole is looked for
_HEAD = 2  # characters of a frame's counted noun the part must repeat
_FAR = 300  # numbers before a share among which a whole named loosely is looked for
_OTHERS = 3  # larger counts between a carried whole and its share beyond which no reading is sure
_VERBS = "为是达有：:"
_LEVEL_VERBS = "为是达到：:约近共计"  # verbs between a stated total's name and its number
_SPELLED_GAP = 4  # characters a longer name may hold between a short name's words (`外贸进出口总值`)
_NAMED = re.compile(r"占([^，。；、的]{2,10})的(?:比重|比例)?(?:为|达)?$")


@lru_cache(maxsize=1)
def _cues() -> dict:
    return cues.table("frames.toml")["frames"]


def frame_noun(view: PageView, n: Num) -> str | None:
    """The counted noun of a frame `N X 中，` opened by n (`出席代表` of `752 名出席代表中，`),
    None where n opens no frame: the `中` must close n's clause within a short noun."""
    limit = int(_cues()["noun_limit"])
    after = view.text[n.end:n.end + limit + 2]
    at = after.find("中")
    if at < 0 or at > limit or any(c in after[:at] for c in CLAUSE_BREAKS + "、（）()"):
        return None
    if not after[at + 1:at + 2] or after[at + 1] not in _cues()["closers"]:
        return None
    return after[:at].lstrip("".join(_cues()["classifiers"])) or None


def _alike(whole: Num, part: Num) -> bool:
    return whole.same_measure(part) and whole.value > part.value


def _stated_total(view: PageView, n: Num) -> bool:
    """n is said as a total: its clause before it holds a total word (`共录用公务员`, `总数为`)."""
    label = view.label_before(n, 30)
    for w in _cues()["not_total"]:  # 中共党员, 公共服务: 共 of another word
        label = label.replace(w, "")
    return any(w in label for w in _cues()["total_marks"])


_OPEN = ("over", "under")  # qualifiers of a number said as a bound, not a value


def fits(p: Num, part: Num, whole: Num) -> bool:
    # a whole said as a bound (`逾 3250 亿美元`) has no upper end: any smaller share "fits" it
    return whole.value > 0 and whole.qualifier not in _OPEN \
        and (part.interval / whole.interval).scale(100.0).meets(p.interval)


def sentence_frame(view: PageView, p: Num, part: Num) -> Num | None:
    """The frame of the share's own sentence: the nearest `N X 中，` before the part, counting
    alike, with no `其中` between (a `其中` breaks down the number before it instead)."""
    s_start = view.sentences[p.sentence].start
    for n in reversed(view.before(part.start, _BACK)):
        if n.sentence != p.sentence or n.end <= s_start:
            break
        if n is part or not n.same_measure(part) or frame_noun(view, n) is None:
            continue
        if any(w in view.text[n.end:part.start] for w in _cues()["breakdown"]):
            return None
        if _alike(n, part) or _counts_part(view, n, part):
            return n  # a frame no larger than its part is still its frame (below_wholes.py)
    return None


def _counts_part(view: PageView, whole: Num, part: Num) -> bool:
    """The frame or total counts what the part counts, whatever their sizes: people with people
    (`752 名代表中` … `妇女 800 人`) or the noun the part repeats, place and period agreeing."""
    noun = (frame_noun(view, whole) or below_wholes.name(view, whole))[-_HEAD:]
    repeated = len(noun) == _HEAD and noun in view.label_before(part, 30) + view.noun_after(part)
    return below_wholes.alike(whole, part) and (part.unit in _cues()["people"] or repeated)


def carried_below(view: PageView, p: Num, part: Num) -> Num | None:
    """Where no earlier count of the measure is larger than the part: the nearest frame or
    stated total of its paragraph counting what it counts, with no other number of the measure
    between (a sibling part said with its share aside): the whole of a part stated above it."""
    s_start = view.sentences[p.sentence].start
    for n in reversed(view.before(s_start, _BACK)):
        if n.article != p.article or n.paragraph != p.paragraph:
            return None
        if not n.same_measure(part):
            continue
        if n.value > part.value:
            return None  # a larger count: the readings by size decide
        if (frame_noun(view, n) is not None or _stated_total(view, n)) and _counts_part(view, n, part):
            return n
        if not view.text[n.end:n.end + 8].lstrip("，, ").startswith(("占", "佔")):
            return None  # another count between: no reading is sure
    return None


def carried_whole(view: PageView, p: Num, part: Num) -> tuple[Num, str | None] | None:
    """The whole a share's sentence breaks down when it gives none of its own: the nearest
    earlier frame or stated total of the article counting alike, with the reason a mismatch
    would be unverifiable (None where the evidence is strong). A sentence without `其中` takes
    it only where the part repeats the noun the whole counts (`非中共人士委员` of `委员`)."""
    s_start = view.sentences[p.sentence].start
    cue = view.text.rfind(_cues()["breakdown"][0], s_start, part.start) >= 0
    earlier = [n for n in view.before(s_start, _BACK) if n.article == p.article and _alike(n, part)]
    below = carried_below(view, p, part) if cue else None
    if below is not None:
        return below, None  # the nearest total counting the part, though the part is stated above it
    if not earlier:
        return None
    for i in range(len(earlier) - 1, -1, -1):
        n = earlier[i]
        noun = frame_noun(view, n)
        head = (noun or view.label_before(n, 30)).rstrip(_VERBS)[-_HEAD:]
        repeated = len(head) == _HEAD and head in view.label_before(part, 30) + view.noun_after(part)
        # `选出代表 860 名。…其中，妇女代表 186 名，占…`: a count of people named by the noun the
        # part repeats is the group `其中` breaks down, where no other larger count stands in its
        # sentence (`常住人口 A，户籍人口 B`: either) or between
        # (`860 名代表出席了大会`: the noun may follow the count)
        named_after = view.noun_after(n).lstrip("".join(_cues()["classifiers"]))[:_HEAD]
        repeated_after = len(named_after) == _HEAD and named_after in view.label_before(part, 30)
        counted = cue and (repeated or repeated_after) and n.type == "count" and n.unit in _cues()["people"] \
            and not any(m is not n and _alike(m, part) for m in view.in_sentence(n.sentence))
        repeated = repeated or counted
        if noun is None and not _stated_total(view, n) and not counted:
            continue
        if not (cue or repeated):
            return None
        between = [m for m in earlier[i + 1:] if not _sibling(view, n, m)]
        if noun is None and not _stated_total(view, n) and between:
            return n, f"{n.written} 与 {part.written} 之间还有 {between[-1].written}，未必是它所分的总数"
        # a part the frame's sentence lists may itself be what `其中` breaks down (`在 1200 名
        # 职工中，已再就业的有 780 人。其中，…`): the arithmetic may choose it, though it never
        # makes the frame's reading unsure
        fitting = [m for m in earlier[i + 1:] if fits(p, part, m)]
        if fitting and not fits(p, part, n):
            return fitting[-1], None  # the count said between is the one 其中 breaks down
        if len(between) > _OTHERS:
            return n, f"{n.written} 与 {part.written} 之间还有 {between[-1].written} 等数，未必是它所分的总数"
        # a frame counts the part's people whoever they are (`在 N 名委员中` … `其中，妇女 M 人`),
        # and so does a stated total that `其中` breaks down with nothing between; with counts
        # between, a total said otherwise only where the part repeats its noun
        if not repeated and not (cue and (noun is not None or not between and _nothing_between(view, n, p))):
            return n, f"{part.written} 未重复 {n.written} 所计的“{head}”，未必是它的一部分"
        return n, None  # between, if any, gives the share no more than n: every reading fails
    return None


def _nothing_between(view: PageView, whole: Num, p: Num) -> bool:
    """No number of any measure stands in the sentences between a total and the share's (one
    that did could be what `其中` breaks down: `举办培训班 120 期。其中，…`)."""
    start = view.sentences[whole.sentence].end
    return not any(n.sentence < p.sentence for n in view.between(start, view.sentences[p.sentence].start))


def scoped_whole(view: PageView, p: Num, part: Num) -> tuple[Num, str | None] | None:
    """`在录用人员中，本科以上学历的有 1031 人，占 81.83%` after `全省共录用公务员 1260 名`: a
    sentence opening with a scope that has no number takes the nearest earlier frame or stated
    total of the article counting alike whose words share a word of two characters with the
    scope (`录用`). Only words come near, so a mismatch is unverifiable, unless the total is
    named as the scope itself (`委员中，` and `本届委员共 960 名`)."""
    scope = wholes.opener(view, part)
    if len(scope) < _HEAD or any(c.isdigit() for c in scope):
        return None
    grams = {scope[i:i + _HEAD] for i in range(len(scope) - 1)}
    s_start = view.sentences[p.sentence].start
    for n in reversed(view.before(s_start, _BACK)):
        if n.article != p.article or not _alike(n, part):
            continue
        if frame_noun(view, n) is None and not _stated_total(view, n):
            continue
        words = (frame_noun(view, n) or "") + view.label_before(n, 30)
        if not any(g in words for g in grams):
            continue
        if (frame_noun(view, n) or wholes.bare_name(view, n)).endswith(scope):
            return n, None  # `委员中，` after `本届委员共 960 名`: the total of the scope itself
        return n, f"“{scope}”只以相同的词对应 {n.written}，未必就是它"
    return None


def named_whole(view: PageView, p: Num, part: Num) -> tuple[Num, None] | None:
    """`其中，妇女委员 172 名，占委员总数的 17.92%` after `在 960 名委员中，`: a share that names
    its whole as the total of a noun (`委员总数`, `全体委员`) takes the nearest earlier frame
    or stated total of the article counting alike that counts that noun."""
    before = view.text[view.clause_start(p.start):p.start]
    m = _NAMED.search(before)
    if m is None:
        return None
    stem = m.group(1)
    for w in _cues()["whole_words"]:
        stem = stem.replace(w, "")
    if not stem:
        return _bare_total(view, p, part)
    if len(stem) < _HEAD:
        return None
    for n in reversed(view.before(part.start, _BACK)):
        if n.article != p.article:
            break
        if n is part or not _alike(n, part):
            continue
        noun = frame_noun(view, n)
        if (noun or "").endswith(stem) or (_stated_total(view, n) and wholes.bare_name(view, n).endswith(stem)):
            return n, None
    return None


def _bare_total(view: PageView, p: Num, part: Num) -> tuple[Num, None] | None:
    """`其中，妇女代表 260 人，占总人数的 21.7%` after `在 1200 名代表中，`: a whole named only as
    the total (`总数`, `总人数`) of a part that `其中` opens is the count `其中` breaks down: the
    frame of the share's own sentence, or the frame or stated total carried to it, where that
    reading is strong (carried_whole gives no reason to doubt it)."""
    s_start = view.sentences[p.sentence].start
    if view.text.rfind(_cues()["breakdown"][0], s_start, part.start) < 0:
        return None
    framed = sentence_frame(view, p, part)
    if framed is not None:
        return framed, None
    carried = carried_whole(view, p, part)
    return carried if carried is not None and carried[1] is None else None


def _sibling(view: PageView, frame: Num, n: Num) -> bool:
    """n is one of the parts a frame's sentence lists (`在 N X 中，A a 名，B b 名`), or the part
    of a share said right after it: not a whole a later `其中` could break down instead."""
    if view.text[n.end:n.end + 8].lstrip("，, ").startswith(("占", "佔")):
        return True
    return frame_noun(view, frame) is not None and n.sentence == frame.sentence and n.start > frame.end


def review(view: PageView, p: Num, found: tuple, named: bool = False) -> tuple:
    """found = (part, whole or None[, weak]) from the share's own reading (`named`: a share
    that names its whole, `占委员总数的`); the whole the passage offers replaces it where the
    arithmetic confirms that one and not the found one, or where the found whole is missing or
    weak and the offered one is strong."""
    part, whole, weak = found if len(found) == 3 else (*found, None)
    if whole is not None and stock_in_flow(view, whole, part):
        whole, weak = None, None  # a level is no share of an addition (heads.py): no whole found
        found = (part, None)
    elif whole is not None and weak is None:
        weak = level_in_flow(view, whole, part)
        found = (part, whole, weak) if weak else found
    if whole is not None and fits(p, part, whole):
        return found
    if named:
        offered = named_whole(view, p, part)
    else:
        framed = sentence_frame(view, p, part)
        offered = (framed, None) if framed is not None else carried_whole(view, p, part) or scoped_whole(view, p, part)
    if offered is None:
        return found
    if offered[0] is whole:
        return (part, whole, None) if offered[1] is None else found  # the passage makes it sure
    other, other_weak = offered
    if fits(p, part, other):
        return part, other, None
    if whole is not None and weak is None:
        return found  # two readings, neither gives the share: the found one's mismatch stands
    return (part, other, other_weak) if other_weak is None or whole is None else found


def spelled_out(view: PageView, num: Num, stem: str, suffix: str, candidates: list[Num]) -> tuple | None:
    """`占外贸总值的 46.9%` after `外贸进出口总值达 3250.6 亿美元`: a short name with its total word
    stands for the total stated under a longer name that opens with the name and ends with the
    total word. Sure where one number of the measure is named so and the words between narrow
    nothing (`进出口`, data/frames.toml whole_gap_words); words that may narrow it (`外贸出口总值`)
    or several such numbers leave a mismatch unverifiable."""
    if not suffix:
        return None
    hits, broad = [], []
    for n in candidates:
        label = view.label_before(n, 30).rstrip(_LEVEL_VERBS)
        at = label.rfind(stem)
        if n.value > num.value and at >= 0 and label.endswith(suffix) and not wholes.in_longer_word(label, at, stem) \
                and len(label) - len(suffix) - at - len(stem) <= _SPELLED_GAP:
            hits.append(n)
            gap = label[at + len(stem):len(label) - len(suffix)]
            broad.append(not gap or gap in _cues()["whole_gap_words"])
    if broad.count(True) == 1:  # `外贸进出口总值` beside `外贸出口总值`: the whole is the broad one
        return hits[broad.index(True)], None
    if len(hits) == 1:
        return hits[0], f"前文的 {hits[0].written} 名称中多出的字可能使它只是“{stem}{suffix}”的一部分"
    if hits:
        return hits[-1], f"前文有 {len(hits)} 个数都以“{stem}…{suffix}”为名，未必是 {hits[-1].written}"
    return None


def fitting_whole(view: PageView, p: Num, num: Num, named: str) -> tuple | None:
    """`占外贸总值的 46.9%` with the whole stated anywhere before in the article under a longer
    name (`外贸进出口总值 3250.6 亿美元`): a number of the same measure whose label holds the
    name's head noun and that gives the rate. Only a fit is reported: a whole found this way is
    too loose for a mismatch to mean anything, which then stays unverifiable."""
    stem = named
    for w in cues.words("rate", "whole_suffixes"):
        if stem.endswith(w):
            stem = stem[: -len(w)]
            break
    head = stem.rstrip("的")[-_HEAD:]
    if len(head) < _HEAD:
        return None
    # a bounded look back keeps the audit linear in the page's length
    for n in reversed([n for n in view.before(num.start, _FAR) if n.article == p.article]):
        if n is num or not n.same_measure(num) or n.value <= num.value or n.qualifier in _OPEN \
                or head not in view.label_before(n, 30):
            continue
        if (num.interval / n.interval).scale(100.0).meets(p.interval):
            return num, n, f"{n.written} 只是前文名称相近的数"
    return None
