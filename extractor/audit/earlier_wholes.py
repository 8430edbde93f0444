"""The whole a share names (`占本年预算支出的 N%`), stated before it under that name.

    本年预算支出 30 亿元。…债款支出 2 亿元，占本年预算支出的 6.7%
        the nearest earlier number whose label holds the name (without its total word and
        scope), or its first four characters and head noun
    占本年预算支出的 N% where the part is LARGER than every number so named
        the whole is still picked by its name, not passed over for its size: a part stated above
        its whole is what the check must flag (smaller_named_whole). Only a sure name, with
        place and period agreeing (measures.alike), makes it the whole; otherwise the share
        stays unverifiable, with the reason.
Size only breaks a tie: the larger numbers so named are tried first.
"""
from __future__ import annotations

import re

from . import cues, frames, measures, whole_names, wholes
from .heads import same_scope
from .model import Num, PageView

_STEM = 4  # characters of a whole's name that an earlier label must hold
_HEAD = 2  # characters of a label's head noun that must match
_TOTAL_MARKS = ("总", "總")
# a lead's words before an account word that say whose budget, not which account (`全省`, `国家`)
_GENERAL = re.compile(r"^(?:全[国省市县区州旗]|国家|本[省市县区])")
_WORDS = re.compile(r"[\u4e00-\u9fff]+")  # a measure's name: words only  # a name opening with it names a total (`总投资`)


def named_whole_earlier(view: PageView, named: str, num: Num, candidates: list[Num],
                        sized: bool = True) -> tuple[Num, str | None] | None:
    """The whole a share names (`占工业支出总数的`), stated in an earlier sentence of the paragraph
    (`工业支出为 85.4 亿元`): the nearest number whose label holds the name without its total
    word (`总数`) and scope (`本年`), or its first four characters at least (`经济建设费` and
    `经济建设支出`). Only the whole name, or its opening words and head noun (`从事农业劳动的人员`
    and `从事农业人员`), with nothing in brackets that narrows it (`地方预算支出（扣除上解中央的部分）`),
    is strong evidence; otherwise a mismatch is unverifiable. `sized` keeps to wholes larger than
    the part where only a total word names them (smaller_named_whole drops it)."""
    stem, suffix = named, ""
    for w in cues.words("rate", "whole_suffixes"):
        if stem.endswith(w):
            stem, suffix = stem[: -len(w)], w
            break
    scope = ""
    for w in cues.words("rate", "whole_scopes"):
        if stem.startswith(w):
            stem, scope = stem[len(w):], w
            break
    account = _account_whole(view, scope, stem, num, candidates)
    if account is not None:
        return account, None
    if not stem and scope:
        # `占全国总量的`: the total of the scope, stated before with the scope in its label; sure
        # where that label also repeats the part's own name (`全国农村劳动力`)
        whole = wholes.scoped_total(view, scope, num, candidates)
        if whole is not None:
            return whole, None
        hits = [n for n in candidates if scope in view.label_before(n, 30)]
        if hits:
            return hits[-1], f"“{named}”未写出名称，前文的 {hits[-1].written} 未必就是它"
        return None
    if _HEAD <= len(stem) < _STEM:
        # `占委员总数的`: a short name is sure only of a number stated as the total of it
        # (`全体委员共 1860 名`, `委员总数为 1860 人`), with its scope (`本年收入`, not
        # `关税、盐税收入共`)
        totals = [n for n in candidates if (n.value > num.value or not sized)
                  and (wholes.total_of(view, n, scope + stem) or _total_named(view, n, stem))]
        if totals:
            return totals[-1], None
        spelled = frames.spelled_out(view, num, stem, suffix, candidates)
        if spelled is not None:
            return spelled
    for k in range(len(stem), _STEM - 1, -1):
        hits = [n for n in candidates if _names(view.label_before(n, 30), stem[:k])]
        if k == len(stem) and hits:
            # `占全部省属企业的 N%` names the group only: the part's own measure over the group, not
            # the group's number of another measure (`省属企业资产总额` for a share of 营业收入)
            agree = [n for n in hits if _group_measure(view, n, stem, num) is None]
            if not agree:
                other = _group_measure(view, hits[-1], stem, num)
                return hits[-1], f"前文的 {hits[-1].written} 是“{stem}”的{other}，未必是 {num.written} 所说的量的整体"
            hits = agree
        if hits:
            label = view.label_before(hits[-1], 30)
            narrowed = "（" in label[label.find(stem[:k]):] or "(" in label[label.find(stem[:k]):]
            # `从事农业劳动的人员总数` and `从事农业人员`: the same opening words and head noun
            same_head = stem[-_HEAD:] in label[label.find(stem[:k]) + k:]
            rival = _rival(view, stem, hits[-1], candidates) if k < len(stem) else None
            if (k == len(stem) or same_head) and not narrowed and rival is None:
                return hits[-1], None
            if rival is not None:
                return hits[-1], f"“{named}”的后半“{rival}”另是 {hits[-1].written} 以外的数的名称，未必是同一整体"
            return hits[-1], f"前文的 {hits[-1].written} 与“{named}”名称不完全相同，未必是同一整体"
    return whole_names.nearest(view, named, num, candidates, sized)


def _account_whole(view: PageView, scope: str, stem: str, num: Num, candidates: list[Num]) -> Num | None:
    """`占本年预算收入的 N%`: the scoped name with its account word (预算, 决算) dropped (`本年收入`),
    written right before an earlier number whose sentence names that account before it (`1956 年
    国家预算规定，本年收入共为 X 元`): the sentence's lead says which account the line is of, so the
    name is the whole's own (a line of another account, `1955 年国家决算…本年收入合计`, is not)."""
    if not scope:
        return None  # `预算收入` alone: the bare head (`收入`) names too many lines
    for word in cues.words("rate", "account_words"):
        if not stem.startswith(word) or len(stem) - len(word) < _HEAD:
            continue
        core = scope + stem[len(word):]
        for n in reversed(candidates):
            said = view.text[view.sentences[n.sentence].start:n.start] if n.sentence >= 0 else ""
            at = said.rfind(core)
            if at > 0 and word in said[:at] and not _bare(said[at + len(core):]):
                # the same account (`政府性基金预算` is not `一般公共预算`) of the same year: a lead
                # of another account or year names another 本年收入
                if not same_scope(n, num) or _account(said[:at], word) != _account(_share_lead(view, num), word):
                    return None
                return n
        return None
    return None


def _share_lead(view: PageView, num: Num) -> str:
    """The share's sentence up to it, where its lead may name the account (`全省2025年一般公共预算收入中`)."""
    return view.text[view.sentences[num.sentence].start:num.start] if num.sentence >= 0 else ""


def _account(lead: str, word: str) -> str:
    """Which account a lead names: the words right before its first account word, after a year
    and a place's total scope (`全省2025年预算` and `国家预算` give ``, `全省政府性基金预算` gives
    `政府性基金`); `` where the lead names none."""
    at = lead.find(word)
    if at < 0:
        return ""
    run = re.search(r"[\u4e00-\u9fff]*$", lead[:at]).group(0)
    run = run[run.rfind("年") + 1:]
    return re.sub(_GENERAL, "", run)


def _bare(rest: str) -> str:
    """What follows a whole's name before its number, less a total word and a copula (`共为`,
    `合计`): nothing where the name is the number's own (not `本年收入中的税收为`)."""
    for w in sorted(cues.words("rate", "total_words"), key=len, reverse=True):
        if rest.startswith(w):
            rest = rest[len(w):]
            break
    return rest.strip("为是达到：:")


def _total_named(view: PageView, n: Num, stem: str) -> bool:
    """`占总投资的`: a short name that is itself a total (`总投资`, `总人口`: 总 and the noun) is
    sure of the number named with it exactly (`共签约项目 62 个，总投资 486.3 亿元`)."""
    return stem[:1] in _TOTAL_MARKS and wholes.own_name(view, n).endswith(stem)


def _group_measure(view: PageView, hit: Num, stem: str, part: Num) -> str | None:
    """The measure a number's label names after the group's name `stem` (`省属企业资产总额` gives
    `资产`), where the part's own label does not name it (`驻合肥市企业实现营业收入`); None where
    the label names nothing after the group, or the measure the part names too."""
    name = wholes.own_name(view, hit)
    rest = name[name.rfind(stem) + len(stem):] if stem in name else ""
    for w in cues.words("rate", "whole_suffixes"):
        if rest.endswith(w):
            rest = rest[: -len(w)]
            break
    if len(rest) < _HEAD or not _WORDS.fullmatch(rest) or rest[-_HEAD:] in view.label_before(part, 30):
        return None  # a bracket after the name (`（扣除上解中央的部分）`) narrows it, names no measure
    return rest[-_HEAD:]


def _rival(view: PageView, stem: str, hit: Num, candidates: list[Num]) -> str | None:
    """`占政府采购成交金额的`, hit `政府采购项目预算金额`: the opening words and the head agree, but
    another number is named by a longer end of the name (`成交金额`) than the hit: that end, else None."""
    own = len(wholes.common_tail(stem, wholes.bare_name(view, hit)))
    for n in candidates:
        tail = wholes.common_tail(stem, wholes.bare_name(view, n))
        if n is not hit and len(tail) >= _STEM and len(tail) > own:
            return tail
    return None


def _names(label: str, name: str) -> bool:
    """Whether a label holds a name (or it without an inner 总: `户籍总人口`) or a word of the same
    meaning for its last word (`经济建设费`, `经济建设支出`; data/cues.toml [rate] same_words)."""
    if name in label or wholes.without_inner_total(name) in label:
        return True
    for group in cues.word_groups("rate", "same_words"):
        for w in group:
            if name.endswith(w):
                if any(name[: -len(w)] + other in label for other in group if other != w):
                    return True
    return False


def smaller_named_whole(view: PageView, named: str, num: Num, candidates: list[Num]) -> tuple[Num, str | None] | None:
    """The whole a share names where no number so named is larger than the part: the number the
    name picks all the same, so that a part stated above its whole is flagged, not left without a
    whole. Only a name named_whole_earlier is sure of picks one; the whole is sure where place
    and period agree and it stands in the part's paragraph or is named exactly, else the reason
    a mismatch stays unverifiable."""
    found = named_whole_earlier(view, named, num, candidates, sized=False)
    if found is None or found[1] is not None:
        # a name that only comes near (`阿尔巴尼亚一年国民生产总值` and `阿尔巴尼亚高息集资`)
        # picks no whole that the part's size already argues against
        return None
    whole, reason = found
    if not measures.alike(whole, num):
        reason = f"{whole.written} 与 {num.written} 的地区或时期未必相同，未必是它的整体"
    elif whole.paragraph != num.paragraph and _stem(named) not in view.label_before(whole, 30):
        # a whole smaller than its part, in another paragraph and named otherwise (`外贸进出口
        # 总值` for `外贸总值`): the size itself casts doubt on the reading
        reason = f"前文的 {whole.written} 小于 {num.written}，名称又不完全相同，未必是同一整体"
    return whole, reason


def _stem(named: str) -> str:
    """The whole's name without its scope word: `本年预算支出总数` gives `预算支出总数`."""
    for w in cues.words("rate", "whole_scopes"):
        if named.startswith(w):
            return named[len(w):]
    return named
