"""An amount that its clause only says was paid or received (`那家主人…仅付给１０００元`, `一般干部十五年可
领取十五万多元`, `送餐费不论远近１次只收１个埃镑`) is of the money the story named before it: news prose names
the money once (`工钱共计１．１万元`, `住房补助金发放标准：…`) and then tells who paid how much of it. The
metric is the verb with that money noun (`付给工钱`, `领取住房补助金`): the nearest noun of money ([money_nouns]
ends and 钱, as jieba cuts the words) before the amount in its paragraph, within a reach. Where a noun of money
follows the amount (`交了３元停车费`), or the clause names the money itself, the other readers decide; where
no such noun stands before, nothing changes (`他当场掏出１００元`). Words: data/metric.toml [money_paid].

A noun with a figure of its own is that figure's, not the paid amount's: one written right beside an amount
(`农业税２０００万元`, `５元挂号费`) anywhere, and in a sentence before the amount's one whose clause states a
figure (`职工平均工资６００元。厂里还…支付１５００元`): a new sentence that pays an amount seldom pays out of a figure
an earlier sentence stated, where within one sentence it does (`工钱共计１．１万元，…仅付给１０００元`)."""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import BREAK_CLASS, paragraph_start, sentence_start
from .lexicon import alternation, table
from .metric_nouns import currencies
from .metric_words import clean, DIGIT, word_tuple, names_money


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...], frozenset, frozenset, int]:
    t = table("metric.toml")["money_paid"]
    return (tuple(t["verbs"]), tuple(t["whom"]), frozenset(t["not_nouns"]), frozenset(t["modifier_tags"]),
            int(t["reach"]))


def paid_verb(phrase: str | None) -> str:
    """仅付给 → 付给, 工头每天付我们 → 付, 可领取 → 领取: the verb of paying or receiving that ends the phrase (whom
    it was paid to after it left off); '' where the phrase ends otherwise."""
    verbs, whom, _, _, _ = _words()
    cleaned = clean(phrase or "")
    if not cleaned.endswith(verbs + whom) or cleaned.endswith(word_tuple("money_paid", "nouns_ending")):
        return ""  # (转移支付: a noun of the money itself, no act of paying)
    from .metric_after import segmenter  # (metric_after reads metric_words' patterns: import late)
    words = [w for w, _ in segmenter().pos(cleaned)]
    if len(words) >= 2 and words[-1] in whom:
        words.pop()
    last = words[-1] if words else ""
    adverb = next((a for a in word_tuple("money_paid", "adverbs") if last.startswith(a)), "")
    if adverb and last[len(adverb):] in verbs:
        return last[len(adverb):]  # (只付: jieba's one word, an adverb and the verb)
    # (a word of the phrase, not its end: 增收, 税收 name income, no act of paying)
    return last if last in verbs else ""


@lru_cache(maxsize=1)
def _figure() -> tuple[re.Pattern, re.Pattern]:
    """An amount of money (in digits or Chinese numerals), and one that ends where the text read ends."""
    numerals = table("metric.toml")["money_paid"]["numerals"]
    amount = f"[{numerals}\\d.．]+(?:多|余)?[万亿]*(?:{alternation(currencies())})"
    return re.compile(amount), re.compile(f"{amount}$")


def _own_figure(text: str, at: int, end: int, sentence: int) -> bool:
    """The noun text[at:end] has a figure of its own: an amount right beside it, or, in a sentence before
    the amount's one (`sentence` its start), an amount in the noun's clause after it."""
    amount, ending = _figure()
    if ending.search(text, max(0, at - 12), at) or amount.match(text, end):
        return True  # (５元挂号费, 农业税２０００万元)
    if end > sentence:
        return False
    stop = BREAK_CLASS.search(text, end)
    return bool(amount.search(text, end, stop.start() if stop else len(text)))


def money_before(text: str, start: int) -> str:
    """The nearest noun of money before `start` in its paragraph and reach that has no figure of its own
    (住房补助金发放标准… → 住房补助金: a noun right before it joined on); '' where none stands there."""
    _, _, not_nouns, modifier_tags, reach = _words()
    lo = max(0, start - reach, paragraph_start(text, start))
    sentence = sentence_start(text, start, lo)
    from .metric_after import segmenter  # (metric_after reads metric_words' patterns: import late)
    tagged = segmenter().pos(text[lo:start])
    more = word_tuple("money_paid", "ends")
    end = start  # (text[end - len(word):end] is the word read)
    for i in range(len(tagged) - 1, -1, -1):
        word = tagged[i][0]
        end -= len(word)
        if names_money(word, more) and word not in not_nouns and not DIGIT.search(word):
            if _own_figure(text, end, end + len(word), sentence):
                continue
            before = tagged[i - 1] if i > 0 else ("", "")
            joined = before[0] + word if before[1] in modifier_tags and len(before[0]) >= 2 else word
            return joined
    return ""


def paid_before(text: str, start: int, phrase: str | None) -> str:
    """The verb of paying that ends `phrase` with the noun of money named before the amount at `start`
    ('' where the phrase ends with no such verb or no such noun stands before)."""
    verb = paid_verb(phrase)
    noun = money_before(text, start) if verb else ""
    # (交款时…还是交18800旧卢布: a noun that opens with the verb names the act, not the money)
    return verb + noun if noun and not noun.startswith(verb) else ""
