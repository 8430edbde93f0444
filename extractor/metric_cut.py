"""Where a metric phrase is cut: never inside a word. A phrase read after the number keeps its
first words up to the longest phrase (`head_words`; a short noun joined by 和 at its end stays), and the
noun after a number ends where a word ends (`word_end`, `noun_head`), by jieba's cut and the words of
data/metric.toml [noun_after] straddled.
Found by volume (bench/lint_metric.py, lint `cuts_word`): `…养老金标`, `婴幼儿所`, `重点国有企业以`.
A long phrase read before the number keeps its end (`trim`), cut after a list mark or 的, else where a word
starts."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import table
from .metric_words import COUNT_NUMERALS, clean, noun_end, word_set

HEAD_LONGEST = 12  # the longest phrase kept whole
JOINED_LONGEST = 6  # the longest second part joined by 和/与/及 after a short first (解困和慰问资金)
_JOINED_NOUN_LONGEST = 4  # the longest second part kept after a long first (接受普法教育和国防教育)
# a plain phrase up to the longest, a joining word, a short second part that ends it
_JOINED_WHOLE = re.compile(f"[\u4e00-\u9fff]{{2,{HEAD_LONGEST}}}[和与及]([\u4e00-\u9fff]{{2,{_JOINED_NOUN_LONGEST}}})")
# words of a second part that make it no plain noun: a place (农具修配厂和天津), a pronoun (及其提名),
# a preposition, a numeral (和近千名), a locative (和贫困户家中), a particle
_NOT_JOINED_TAGS = ("ns", "r", "p", "m", "f", "s", "u")
_NUMERAL = re.compile(f"[{COUNT_NUMERALS}]")


def joined_noun(part: str) -> bool:
    """`part`, the words after 和/与/及 that end a phrase, is a short plain noun: a second object of the
    phrase's verb (接受普法教育和国防教育), kept with the first so the phrase names the whole thing."""
    from .metric_after import segmenter  # (metric_after reads this module's patterns: import late)
    return 2 <= len(part) <= _JOINED_NOUN_LONGEST and not _NUMERAL.search(part) \
        and not any(tag.startswith(_NOT_JOINED_TAGS) for _, tag in segmenter().pos(part))


def head_words(phrase: str) -> str:
    """The phrase's first `HEAD_LONGEST` characters or fewer, ending where a word ends: a phrase read after
    the number is never cut inside a word (`调高城乡居民基础养老金标准` not `…养老金标`); a first word
    longer than that is cut as before."""
    # (quote marks count for nothing: 国家专精特新“小巨人”企业 is a name of eleven characters)
    if _width(phrase) <= HEAD_LONGEST:
        return phrase
    joined = _JOINED_WHOLE.fullmatch(phrase)
    if joined and joined_noun(joined.group(1)):
        return phrase  # 接受普法教育和国防教育: a second object joined to the first stays
    from .metric_after import segmenter  # (metric_after reads this module's patterns: import late)
    end = width = 0
    for word in segmenter().cut(phrase):
        if width + _width(word) > HEAD_LONGEST:
            break
        end, width = end + len(word), width + _width(word)
    if end < 2:
        return phrase[:HEAD_LONGEST]
    # (…攻坚项目、资金、研发投入: no list mark, dash or trailing verb left at the cut)
    return clean(phrase[:end].rstrip(_CUT_MARKS)) or phrase[:end]


_CUT_MARKS = "、，,；;：:—…·-"
_QUOTE_MARKS = frozenset("“”‘’")


def _width(words: str) -> int:
    """How many characters `words` hold, quote marks not counted."""
    return len(words) - sum(ch in _QUOTE_MARKS for ch in words)


def word_end(raw: str, phrase: str) -> str:
    """`phrase`, the head of `raw` a noun was cut to, never ending inside a word: a cut before the
    second character of one of the words of [noun_after] straddled (以及, 所在, 存在) falls before
    that word (`重点国有企业以及…` → 重点国有企业, not …以); so does one inside a word of jieba's cut
    of `raw` (荣立集体二等功 → 荣立集体), unless only the last character would go and the phrase ends
    with a noun of the dictionary (养路工人有9人: 工人, though jieba reads 人有)."""
    n = len(phrase)
    if n < 3 or n >= len(raw) or not raw.startswith(phrase):
        return phrase
    if raw[n - 1:n + 1] in word_set("noun_after", "straddled"):
        return clean(phrase[:-1]) or phrase  # (大商业银行也存在: 大商业银行, the adverb before the word off too)
    from .metric_after import segmenter  # (metric_after reads this module's patterns: import late)
    from .segment import shared_words
    at = 0
    for word in segmenter().cut(raw):
        if at + len(word) > n:
            break
        at += len(word)
    if at == n or at < 2 or at == n - 1 and any(
            (shared_words().get(phrase[-k:]) or "").startswith("n") and shared_words().get(phrase[-k:]) != "nr"
            for k in (2, 3)):
        return phrase
    return clean(phrase[:at]) or phrase


def noun_head(words: str) -> str:
    """The noun the words after a number open with: up to `noun_end`, never inside a word
    (国营工业企业存在着 → 国营工业企业, not …存)."""
    return word_end(words, noun_end().sub("", words))


@lru_cache(maxsize=1)
def cut_marks() -> tuple[str, int]:
    t = table("metric.toml")["cut"]
    return t["after"], int(t["longest"])


# how far past the longest phrase a cut after a mark is still taken before one at a word start
_SLACK = 4


def trim(phrase: str) -> str:
    """A long phrase keeps its end, cut after a list mark or 的 (never inside a word): of
    `城镇、农村常住居民人均可支配收入增长` the part after the last 、 that fits."""
    marks, longest = cut_marks()
    if len(phrase) <= HEAD_LONGEST:
        return phrase
    if len(phrase) <= longest:
        # a list before a shared noun (城镇、农村常住居民人均可支配收入): its last item with the noun
        at = phrase.rfind("、")
        return phrase[at + 1:] if len(phrase) - at > 3 else phrase
    for i in range(len(phrase) - HEAD_LONGEST, len(phrase) - 1):
        if i > 0 and phrase[i - 1] in marks:
            return phrase[i:]
    for i in range(len(phrase) - longest - 1, max(0, len(phrase) - longest - _SLACK - 1), -1):
        if phrase[i - 1] in marks:
            return phrase[i:]  # (…和加工的个体手工业的产值已占…总产值: a mark just past the longest)
    return _whole_words_tail(phrase, longest)


def _whole_words_tail(phrase: str, longest: int) -> str:
    """The phrase's last `longest` characters or fewer, starting where a word starts: a phrase
    with no mark to cut after is never cut inside a word (`哈尔滨冰雪旅游市场…` not `尔滨冰雪旅游市场…`)."""
    from .metric_after import segmenter  # (metric_after reads this module's patterns: import late)
    at, after_digits = 0, False
    for word in segmenter().cut(phrase):
        # (1998年是…: a unit after digits goes with them, the phrase starts after it)
        if len(phrase) - at <= longest and not (after_digits and len(word) == 1):
            break
        at += len(word)
        after_digits = word[-1:].isdigit()
    return phrase[at:] if len(phrase) - at >= 2 else phrase[-longest:]
