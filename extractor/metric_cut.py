"""Where a metric phrase is cut: never inside a word. A phrase read after the number keeps its
first words up to the longest phrase (`_head`), and the noun after a number ends where a word ends
(`_word_end`, `_noun_head`), by jieba's cut and the words of data/metric.toml [noun_after] straddled.
Found by volume (bench/lint_metric.py, lint `cuts_word`): `…养老金标`, `婴幼儿所`, `重点国有企业以`."""
from __future__ import annotations

from .metric_words import _clean, _MAX, _noun_end, word_set


def _head(phrase: str) -> str:
    """The phrase's first `_MAX` characters or fewer, ending where a word ends: a phrase read after
    the number is never cut inside a word (`调高城乡居民基础养老金标准` not `…养老金标`); a first word
    longer than that is cut as before."""
    # (quote marks count for nothing: 国家专精特新“小巨人”企业 is a name of eleven characters)
    if _width(phrase) <= _MAX:
        return phrase
    from .metric_after import segmenter  # (metric_after reads this module's patterns: import late)
    end = width = 0
    for word in segmenter().cut(phrase):
        if width + _width(word) > _MAX:
            break
        end, width = end + len(word), width + _width(word)
    if end < 2:
        return phrase[:_MAX]
    # (…攻坚项目、资金、研发投入: no list mark, dash or trailing verb left at the cut)
    return _clean(phrase[:end].rstrip(_CUT_MARKS)) or phrase[:end]


_CUT_MARKS = "、，,；;：:—…·-"
_QUOTE_MARKS = frozenset("“”‘’")


def _width(words: str) -> int:
    """How many characters `words` hold, quote marks not counted."""
    return len(words) - sum(ch in _QUOTE_MARKS for ch in words)


def _word_end(raw: str, phrase: str) -> str:
    """`phrase`, the head of `raw` a noun was cut to, never ending inside a word: a cut before the
    second character of one of the words of [noun_after] straddled (以及, 所在, 存在) falls before
    that word (`重点国有企业以及…` → 重点国有企业, not …以); so does one inside a word of jieba's cut
    of `raw` (荣立集体二等功 → 荣立集体), unless only the last character would go and the phrase ends
    with a noun of the dictionary (养路工人有9人: 工人, though jieba reads 人有)."""
    n = len(phrase)
    if n < 3 or n >= len(raw) or not raw.startswith(phrase):
        return phrase
    if raw[n - 1:n + 1] in word_set("noun_after", "straddled"):
        return _clean(phrase[:-1]) or phrase  # (大商业银行也存在: 大商业银行, the adverb before the word off too)
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
    return _clean(phrase[:at]) or phrase


def _noun_head(words: str) -> str:
    """The noun the words after a number open with: up to `_noun_end`, never inside a word
    (国营工业企业存在着 → 国营工业企业, not …存)."""
    return _word_end(words, _noun_end().sub("", words))
