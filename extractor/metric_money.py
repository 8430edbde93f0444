"""What a money amount measures where the words around it name an act on it, not a subject:
goods it is the worth of (`5万元的学习用品`, `价值80万元的物资运往山区`: the goods noun), a purpose
after a verb that only takes it out (`拿出60多万元帮助几所学校`) or that names the act of spending it
(`投资30多万元更新了设备`: the act and the purpose), and the verb of handing it over
that 把/将 puts it before (`将20万元人民币捐献给…`). The words live in data/metric.toml, sections
[money_goods], [money_taken] and [money_handed]."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, table
from .metric_cut import head_words
from .metric_refer import ASPECT
from .metric_words import DIGIT, clean, word_tuple
from .metric_cut import trim

_AFTER_DE = re.compile("(?:左右|以上|多)?的([^，。；：！？,;:!?\\n的]{2,24})")


def goods_end(noun: str) -> str | None:
    """The noun up to the end of its last goods word (物资运往山区 → 物资; 药品和医疗器械 whole),
    None where it names no goods."""
    ends = [noun.rfind(w) + len(w) for w in word_tuple("money_goods", "words") if w in noun]
    if not ends:
        return None
    return noun if noun.startswith(word_tuple("money_goods", "joined"), max(ends)) else noun[: max(ends)]


def goods_after(after: str) -> str | None:
    """The goods an amount is worth, named right after it with 的 (`的学习用品运到…` → 学习用品)."""
    m = _AFTER_DE.match(after)
    if not m:
        return None
    noun = m.group(1)
    if DIGIT.search(noun):
        return None  # 的3部照相机和2000多元现金: another amount's words, not goods of this one
    # (等物资, 棉衣、棉被等物资: the goods word that closes the list)
    noun = noun[noun.rfind("等") + 1:] if "等" in noun else noun
    goods = goods_end(noun)
    return goods if goods and len(goods) >= 2 else None


@lru_cache(maxsize=1)
def _taken_for() -> tuple[re.Pattern, tuple[str, ...]]:
    t = table("metric.toml")["money_taken"]
    # (帮助几所学校、老人: the first item of a list of beneficiaries; a number ends it: another amount;
    # a 的 after it, checked by taken_for: 投资３０亿美元兴建的电厂, the purpose describes a noun)
    return re.compile(f"(?:{alternation(t['purposes'])})[^，。；：！？、（(\\d\\n的]{{1,16}}"), tuple(t["verbs"])


def taken_for(text: str, end: int, phrase: str | None) -> str:
    """拿出60多万元帮助几所学校: after a verb that only takes the amount out, the purpose right after
    the amount; 投资30多万元更新了设备: after a verb that names the act of spending (spends()), the act
    and the purpose ('' where no purpose follows)."""
    purpose, verbs = _taken_for()
    m = purpose.match(text, end)
    if not (phrase and m) or "从" in phrase:
        return ""  # (从专项经费中拿出80万元支持…: the fund it is taken from names it)
    if text.startswith("的", m.end()) and not any(a in m.group() for a in ASPECT):
        # (外商投资３０亿美元兴建的电厂已投产: amount and purpose describe the noun after 的, the sentence is of
        # that noun; the act alone names the amount, as the other readers give it. Not a purpose with its aspect,
        # the clause's predicate whose object 的 describes: 投资２００万元搭建了一个…的展台)
        return ""
    act = spends(phrase)
    if act:
        # (全行员工还捐资20万元支持教育事业 → 捐资支持教育事业: who spent it is no part of what it measures)
        return trim(act + head_words(clean(m.group())))  # (never cut inside a word: metric_cut.py)
    return trim(clean(m.group())) if clean(phrase).endswith(verbs) else ""


def spends(phrase: str | None) -> str:
    """投资, 某厂垫支 → 投资, 垫支: the verb naming the act of spending ([money_taken] acts) that ends the
    phrase before an amount; '' where it ends with none."""
    cleaned = clean(phrase or "")
    return next((v for v in word_tuple("money_taken", "acts") if cleaned.endswith(v)), "")


@lru_cache(maxsize=1)
def _handed() -> tuple[re.Pattern, re.Pattern]:
    t = table("metric.toml")["money_handed"]
    mark = re.compile(f"(?:{alternation(t['marks'])}){t['between']}$")
    verb = re.compile(f"(?:左右|多)?(?:{alternation(t['own'])})?({alternation(t['verbs'])})")
    return mark, verb


def handed_over(raw_before: str, text: str, end: int) -> str:
    """张某将20万元人民币捐献给基金会 → 捐献给: the verb of handing an amount that 把/将 puts before
    it ('' where no such verb follows the amount at once)."""
    mark, verb = _handed()
    m = verb.match(text, end) if mark.search(raw_before) else None
    return m.group(1) if m else ""
