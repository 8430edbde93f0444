"""What a number measures when the words naming it follow it after 的.

A percent then 的 names the part or the rate after it: `２６％的人失业` (the share of people out of work),
`９％的整体失业率`, `１９９６年５％的平均增长率`, `以３％的份额为下限`. A count then 的 names the counted
thing after it: `超过１００家的乐施米铺`. These helpers only find the raw words after the number; the
caller cleans them (metric.py). The words used live in data/metric.toml, section [after].
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .clauses import BREAKS, BRACKETS
from .lexicon import alternation, table
from .metric_gloss import gloss_end

# the noun after 的 ends at the clause's end, at a bracket, or before the next number
_END = re.compile(f"[{re.escape(BREAKS + BRACKETS)}]|\\d|百分之")


@dataclass(frozen=True)
class After:
    """The words after `N的`: `words` up to the clause's end (or the next number), and `measure`,
    the stretch of them up to a word that names a rate or a level (失业率, 比例, 平均值), if any."""
    words: str
    measure: str | None


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern]:
    t = table("metric.toml")["after"]
    link = re.compile(f"(?:{alternation(t['qualifiers'])})?的")
    measure = re.compile(f"^.{{0,10}}?(?:{alternation(t['measure_nouns'])})")
    return link, measure


def words_after(text: str, end: int, longest: int = 30) -> After | None:
    """The words after `的` that follows the number ending at `end` (past 左右/以上), or None when
    no 的 follows it or nothing stands after the 的."""
    link, measure = _words()
    m = link.match(text, end)
    if not m:
        return None
    at = m.end()
    stop = _END.search(text, at, min(len(text), at + longest))
    words = ""
    while stop and gloss_end(text, stop.start()):
        # ５０％的县（市、区）基本普及…: a gloss inside the words is no end of them (and left out of
        # them, so that it takes none of the phrase's length)
        words += text[at:stop.start()]
        at = gloss_end(text, stop.start())
        stop = _END.search(text, at, min(len(text), at + longest))
    words += text[at: stop.start() if stop else min(len(text), at + longest)]
    if not words:
        return None
    rate = measure.match(words)
    return After(words, rate.group() if rate else None)


@lru_cache(maxsize=1)
def weak_heads() -> tuple[str, ...]:
    """Words that end a phrase before a number without naming anything measured: `但高于`, `以`,
    `只有`: the words after the number name it alone."""
    return tuple(table("metric.toml")["after"]["weak_ends"])


_MODIFIED = re.compile("([^的]{1,10})的([^的]{1,16})")


def modified_noun(words: str, marks: str) -> str | None:
    """`早先被停业整顿的金融机构`, `已获得长城标志的产品`: after a count, a modifier holding a
    function character (被, 已, 在: one a bare noun never holds) among its first three characters,
    then 的 then a noun: the whole
    stretch names the counted thing, not the words before the function character."""
    m = _MODIFIED.match(words)
    # the function character opens the modifier (已获得…, 早先被…); further on, a noun came first
    # and the rest is its predicate (水质监测船穿梭在淮河的…, 居民拿到了期待已久的…)
    if m and any(ch in marks for ch in m.group(1)[:3]):
        return m.group()
    return None


_BRACKETED = re.compile("[（(][^（()）]{1,8}[）)]")


@lru_cache(maxsize=1)
def described_patterns() -> tuple[re.Pattern, dict[str, frozenset]]:
    t = table("metric.toml")["described"]
    breaks = re.escape(BREAKS + BRACKETS)
    # (a list of descriptions joined by 、: 看得见、摸得着的实事, 经济贫困、教育基础薄弱的县)
    shape = re.compile(f"([\u4e00-\u9fff]{{1,12}}?(?:、[\u4e00-\u9fff]{{1,8}}?){{0,5}})的([^的{breaks}\\d]{{2,16}}|[^的{breaks}\\d](?=[{breaks}]|$))")
    return shape, {k: frozenset(v) for k, v in t.items()}


@lru_cache(maxsize=1)
def segmenter():  # the metric's own: tags for words around a number
    from .segment import Segmenter
    return Segmenter()


def _is_description(words: list[tuple[str, str]], tags: dict[str, frozenset]) -> bool:
    """问题严重, 新, 经营不善, 早先被停业整顿: words that describe a thing, not a noun. A noun then a
    verb or a preposition is a clause of its own (音乐家组成的乐队, 居民拿到了期待已久的钥匙)."""
    first, last = words[0][1], words[-1][1]
    if first in tags["noun_tags"] and any(t in tags["conjunction_tags"] for _, t in words[1:]):
        return False  # 贫困县妇联主席和最贫困的甘肃…: a noun, then another item joined to it
    if "".join(w for w, _ in words[:2]).startswith(tuple(tags["opening_words"])):
        return True  # 主要是库尔德族的难民: what most of them are, said of the noun after 的
    if words[0][0] in tags["relation_verbs"] or words[-1][0] in tags["level_ends"]:
        return True  # 来自各乡镇的代表, 县级以上的医院: where they come from, a rank they reach or pass
    if first in tags["verb_tags"] and any(t in tags["noun_tags"] for _, t in words[1:]) \
            and last not in tags["compound_end_tags"]:
        return True  # 继续简化商品和服务贸易的协定: a verb and its object, a relative clause
    if first in tags["measure_tags"] and not any(t in tags["noun_tags"] for _, t in words):
        # 百万千瓦级的核电机组, 万亩以上的示范片: a size said of the noun after 的 (not 百万千瓦核电机组的
        # 核电站: a count of the noun before 的)
        return True
    if len(words) == 1:
        return first in tags["predicate_tags"] or first in tags["single_tags"]
    if first in tags["opening_tags"] or words[0][0] in tags["degree_words"]:
        return True
    clause = first in tags["noun_tags"] and any(t in tags["clause_tags"] for _, t in words[1:])
    return last in tags["predicate_tags"] and not clause


def described_noun(words: str) -> str | None:
    """`９家问题严重的银行`, `６项新的扶贫举措`, `１６家经营不善的私人商业银行`: after a count, a
    description (see _is_description) then 的: the counted thing is the noun after 的, up to its
    first word that is no noun. Where the words before 的 are a noun (`５家企业的产品`,
    `８个子公司采取双向选择的办法`), None: the noun before 的 is counted."""
    shape, tags = described_patterns()
    m = shape.match(words)
    if not m:
        return None
    pos = segmenter().pos
    # a list is a description where its first item is (下岗、待岗: jieba tags 待岗 a noun; not
    # 岗台上以潇洒、刚劲的…: the first item, right after the count, holds the counted noun)
    items = [pos(item) for item in m.group(1).split("、")]
    # (集研发、检测、孵化为一体的平台: the frame 集…为一体 describes the noun after 的, whatever its tags)
    framed = m.group(1).startswith(tuple(tags["frame_opens"])) and m.group(1).endswith(tuple(tags["frame_ends"]))
    if not framed and (not all(items) or not _is_description(items[0], tags)):
        return None
    if len(m.group(2)) == 1:
        # …薄弱的县（市、区）: one character before a break (jieba tags 县 zg), with its bracket
        bracket = _BRACKETED.match(words, m.end())
        return m.group(2) + (bracket.group() if bracket else "")
    noun = ""
    tagged = pos(m.group(2))
    # (the clause ends with the words: a last verb of two characters closes the noun, as jieba
    # tags 协定 of 全球性协定; with words after it, it is the predicate: 山民搬了家)
    closed = m.end(2) == len(words) or words[m.end(2)] in BREAKS + BRACKETS
    if framed and closed:
        return m.group(2)  # (集…为一体的科普示范基地: the frame's noun runs to the clause's end, whatever its tags)
    for i, (word, tag) in enumerate(tagged):
        # jieba tags 扶贫举措 as two verbs: verbs of two characters may open the noun, but after a
        # noun a verb is the predicate (邻长纳入…, 山民搬了家)
        opening_verb = tag == "v" and len(word) >= 2 and noun == ""
        closing_verb = tag == "v" and len(word) >= 2 and closed and i == len(tagged) - 1
        if tag not in tags["noun_tags"] and tag not in tags["head_tags"] and not opening_verb and not closing_verb:
            break
        noun += word
    return noun if len(noun) >= 2 else None


def noun_before_verb(words: str, aspect: bool = False) -> str:
    """古瓷器拍卖了 → 古瓷器, 先进脱贫母亲请到北京 → 先进脱贫母亲: after a count, words that do not end
    in a head noun end after their last head noun (jieba's tags), where a predicate of two words or
    more follows it, or one verb with an aspect mark after it (`aspect`: 了, 着, 过); a compound
    ending in its head (邮件处理中心, 生产入网许可证) and words with no noun stay whole; one verb after the head
ends the noun only where it takes no object (鲜花盛开 → 鲜花: [described] intransitive_verbs). First the noun
    ends before a function word that follows it (noun_before_function)."""
    words = noun_before_function(words)
    if len(words) < 4:
        return words  # (a noun of two or three characters is left whole: no tagger for it)
    _, tags = described_patterns()
    tagged = segmenter().pos(words)
    heads = [i for i, (word, tag) in enumerate(tagged)
             if tag in tags["head_end_tags"] or word in tags["head_verbs"] or word in tags["head_characters"]]
    if not heads or heads[-1] == len(tagged) - 1 or tagged[heads[-1] + 1][1] not in tags["predicate_opening_tags"]:
        return words
    if heads[-1] == len(tagged) - 2 and not aspect and tagged[-1][0] not in tags["intransitive_verbs"]:
        return words  # (one verb after the noun: as often a noun jieba tags so, 根本性转变, 国际协定)
    out = "".join(word for word, _ in tagged[: heads[-1] + 1])
    return out if len(out) >= 2 else words


def noun_before_function(words: str) -> str:
    """学员于…, 保健食品通过卫生部, 灾民新村正抓紧兴建, 医药企业事业中遴选出, 在野党今天正式…, 贫困乡镇之一 →
    学员, 保健食品, 灾民新村, 医药企业事业, 在野党, 贫困乡镇: after a count, a word that no noun phrase holds
    once a noun has been read (jieba's tags: a preposition, an adverb; a localizer closing a scope, a time
    word, 之一: [described] function_*) opens the predicate or the scope; the noun ends before it. Words
    with no noun before such a word (元首会议: jieba tags 元首 a time word) stay whole."""
    _, tags = described_patterns()
    tagged = segmenter().pos(words)
    at, seen = 0, False
    for i, (word, tag) in enumerate(tagged):
        # (an adverb of two characters only before a predicate: jieba tags 特新 of 专精特新“小巨人”企业 so)
        following = tagged[i + 1][1] if i + 1 < len(tagged) else ""
        function = tag in tags["function_tags"] \
            or tag in tags["function_adverb_tags"] and (len(word) == 1 or following in tags["predicate_opening_tags"])
        if seen and at >= 1 and (function or word in tags["function_words"]):
            return words[:at]
        seen = seen or tag in tags["noun_tags"]
        at += len(word)
    return words


def ends_in_head(words: str) -> bool:
    """现金回笼计划: the words end with a head noun (jieba's tags), a compound whole."""
    _, tags = described_patterns()
    tagged = segmenter().pos(words)
    return bool(tagged) and (tagged[-1][1] in tags["head_end_tags"] or tagged[-1][0] in tags["head_verbs"])
