"""Scope that opens a subject and is no part of what is measured (`株洲经开区投入`, `某某科技有限公司年产`,
`发放创业担保贷款`, `全国65%人口`, `把企业数量`): places, bodies, the whole country, verbs of handing out,
the actor before 将/把, and a number with its unit. Apart from metric_subject.py: every reader of a phrase
strips it so, not only the subject read back."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .metric_change_words import change_only
from .metric_words import (
    clean, LIST_JOINS, leading_pattern, number_scope, strip_quotes, structure, word_set, word_tuple,
)


# the number, its scale and qualifier words at the head of a span: what is left is a noun
SPAN_NOUN = re.compile(r"^[\s\d.,，%·一二两三四五六七八九十百千万亿零〇点余多几数约近]+")


@lru_cache(maxsize=1)
def _whole_country() -> tuple[str, ...]:
    return tuple(table("metric.toml")["whole_country"]["words"])


def scope_stripped(before: str) -> str:
    leading_place, *_ = structure()
    before = whole = strip_quotes(before)
    # 1995、1996年的: the marks between listed numbers belong to the numbers
    parts = [p for p in number_scope().split(before) if p not in LIST_JOINS] or [""]
    if len(parts) > 1 and len(clean(parts[-1])) < 2 and len(clean(parts[-2])) >= 2:
        # 占全县耕地面积46.5万亩的61.5%: the share is of the whole named before that number;
        # 国内生产总值2000年达: what is measured stands before the time
        before = clean(parts[-2])
    elif len(parts[-1]) >= 2 and not before.endswith("的"):
        before = clean(parts[-1])
        if len(parts) > 1 and change_only().match(before) and len(clean(parts[-2])) >= 2:
            # 智利股市８日下挫: the subject stands before the day, the change after it
            before = clean(parts[-2]) + before
        elif len(parts) > 1 and before in word_set("trailing", "adverbs") and len(clean(parts[-2])) >= 2:
            before = clean(parts[-2])  # 家庭拥有率1997年首次超过: the adverb names nothing
        elif len(parts) > 1 and parts[-1].startswith(word_tuple("trailing", "adverbs")) \
                and number_scope().findall(whole)[-1].endswith("日") and len(clean(parts[-2])) >= 2:
            before = clean(parts[-2])  # 某国股市13日也扭转了颓势: the subject before the day, a predicate after
    if before.startswith(_whole_country()) and len(before) != 3 and before[2:3] != "性":  # (全国性社团: a kind)
        before = before[2:]  # 全国65%人口, 我国工业总产值: the whole country is scope (not 全国性)
    m = leading_place.match(before)
    if m and len(before) - m.end() >= 2 and _word_ends(before, m.end()):
        before = before[m.end():]  # 株洲经开区投入 → 投入, 武陵区举办招聘会 → 举办招聘会 (not 新建乡/村公路)
    else:
        before = before[_division_at_start(before):]  # 高台县新增… (高 opens no name by the pattern)
    m = _organization().search(before)
    # (新增上市公司数量, 占全部上市公司的: a kind of company is what is measured, not a name)
    if m and len(before) - m.end() >= 2 and before[m.end()] != "的" \
            and not m.group().endswith(word_tuple("organization", "kinds")) \
            and not m.group().startswith(word_tuple("share", "words")):
        before = before[m.end():]  # 某某科技有限公司年产 → 年产 (but 八方集团的大客户 is its own)
    m = leading_pattern("actions", "words").match(before)
    if m and len(before) - m.end() >= 2 and not before.startswith(word_tuple("actions", "keeps_before"), m.end()):
        before = before[m.end():]  # 发放创业担保贷款 → 创业担保贷款
    return clean(_disposal_object(before))


@lru_cache(maxsize=1)
def _disposal() -> re.Pattern:
    t = table("metric.toml")["disposal"]
    # (将 is as often `will`: 准备金将重点向纺织倾斜; only after a verb of intent is it disposal)
    intent = "|".join(f"(?<={re.escape(w)})" for w in t["intent_before_jiang"])
    return re.compile(f"(?:{alternation(t['marks'])}|(?:{intent})将)(?!{alternation(t['not_words'])})")


def _disposal_object(phrase: str) -> str:
    """打算将撤军的范围, 把企业数量: after 将/把 of disposal, the object is what the number measures;
    the actor and the verb of intent before it are not (a change or a base after 将, 将比上年增长, is
    the future, and the phrase stays whole)."""
    m = None
    for m in _disposal().finditer(phrase, 1):
        pass
    if m is None:
        return phrase
    rest = clean(phrase[m.end():])
    if len(rest) < 2 or change_only().match(rest) or rest.startswith(word_tuple("disposal", "not_objects")):
        return phrase
    return rest


@lru_cache(maxsize=1)
def _organization() -> re.Pattern:
    t = table("metric.toml")["organization"]
    # (a character of the name: no joiner of a list, but for the words that only hold one and a
    # joiner after a body's name, a list of names: 甲公司和乙公司)
    after_name = "|".join(f"(?<={re.escape(w)})" for w in t["ends"])
    char = f"(?:{alternation(t['joiners_inside'])}|(?:{after_name})(?:{alternation(t['joiners'])})" \
           f"|(?!{alternation(t['joiners'])}).)"
    return re.compile(f"^{char}{{2,}}?(?:{alternation(t['ends'])})")


def _division_at_start(phrase: str) -> int:
    """The length of a division's full name that opens the phrase with at least two characters
    after it (高台县新增… → 3), its end a word's end, else 0: the phrase is never cut inside the name."""
    from .names.divisions import gazetteer, key_heads  # the names package imports rules; import late
    g = gazetteer()
    top = min(len(phrase) - 2, 9)
    if "\u4e00" <= phrase[:1] <= "\u9fff":
        # only the lengths of the names that open with the phrase's first two characters are
        # looked up (most phrases open no name: one look-up of the head, not eight of prefixes)
        return next((k for k in key_heads(g).get(phrase[:2], ()) if k <= top and g.full(phrase[:k])
                     and _word_ends(phrase, k)), 0)
    for k in range(top, 1, -1):
        if g.full(phrase[:k]) and _word_ends(phrase, k):
            return k
    return 0


def _word_ends(phrase: str, k: int) -> bool:
    """A word of the phrase ends after its first k characters: `新建乡村公路` opens no town 新建乡, since 乡 opens
    乡村 (a town's name is cut only where the words are cut: 高台县/新增)."""
    from .metric_after import segmenter  # (late: the segmenter loads its dictionary on first use)
    at = 0
    for w in segmenter().cut(phrase):
        at += len(w)
        if at >= k:
            return at == k
    return True


def division_only(phrase: str) -> bool:
    """北京, 广东省: the phrase is a division's name and nothing else."""
    from .names.divisions import gazetteer  # the names package imports rules; import late
    g = gazetteer()
    return bool(g.full(phrase) or g.short(phrase))
