"""What a number counts or measures when its noun comes after it or is described: the noun after a
count (５６家早先被停业整顿的金融机构), a thing after 的 whose value an amount is, a share's part, a
list of nouns counted together, two nouns joined by 和 (moved out of metric.py to keep it small)."""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import BREAKS
from .lexicon import alternation, table, word_list
from .metric_after import After, described_noun, modified_noun, weak_heads
from .metric_agree import agreeing_noun
from .metric_listed import counted_apart, listed_after
from .metric_subject import _priced_subject
from .metric_cut import _head, _noun_head
from .metric_words import (
    _any_number, _change_word, _clean, _cut, _DIGIT, _strip_quotes, _trim, _word_tuple, _leading,
)

@lru_cache(maxsize=1)
def _countable_nouns() -> frozenset:
    return frozenset(word_list("countable_nouns.txt"))


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset:
    return frozenset(table("people_counts.toml")["after_number"]["nouns"])


def _named_after(after: After, phrase: str | None) -> str | None:
    """`９％的整体失业率`, `２６％的人失业`: a percent then 的 measures the words after it; a rate or
    a level there (失业率, 比例) keeps in front the phrase before the number where that names
    something (美国缴纳联合国会费２５％的比例). A change after 的 (５％的增长) is left to the subject."""
    if _leading("change", "words").match(after.words) or (phrase and _change_word().search(phrase)):
        weak = not phrase or len(_clean(phrase)) < 2 or phrase.endswith(weak_heads())
        if weak and after.measure and not (phrase and _change_word().search(phrase)):
            # 实现7%左右的增长速度, 今年要实现8%的增长目标: nothing before names it, the rate after does
            return _clean(after.measure)
        return None  # 平均每年递增7.9%的基础上: a change's rate, named before it
    if after.measure:
        noun = _clean(after.measure)
        manner = next((w for w in _word_tuple("after", "manner_marks") if phrase and phrase.endswith(w)), "")
        subject = _clean(phrase[: -len(manner)]) if manner else ""
        if len(subject) >= 2:
            return _trim(subject + noun)  # 美国经济将以2.5%的温和速度增长: the subject before 以 grows at that rate
        if phrase and len(phrase) >= 2 and not phrase.endswith(weak_heads()) and not phrase.startswith("的"):
            return _trim(phrase + noun)
        return noun if len(noun) >= 2 else None
    people = _people_first(after.words)
    # (a predicate of some length follows the people; 城镇居民收入 is one noun)
    if people and len(after.words) - len(people) >= _PREDICATE_SHORTEST:
        return people  # ６５％的居民认为物价基本稳定: the people whose share it is, not what they think
    noun = _clean(_strip_quotes(_noun_head(after.words)))
    return _head(noun) if len(noun) >= 2 else None


_PREDICATE_SHORTEST = 3
_PEOPLE_OPENING = 2  # how far into the words a noun of people may begin (手机用户; not 兼职工作)


def _people_first(words: str) -> str | None:
    """`居民认为物价基本稳定`, `读者对作家努力反映百姓关…`: the words up to the first noun of people that
    begins near their start; None where none does (人只有兼职工作: 职工 lies inside 兼职工作)."""
    m = _PEOPLE_WORDS.match(words)
    if not m:
        return None
    found = [(at + len(n), n) for n in _people_nouns() for at in [m.group().find(n)] if 0 <= at <= _PEOPLE_OPENING]
    if not found:
        return None
    words, end = m.group(), min(found)[0]
    while end < len(words) and words[end] in "和与及、":
        # (干部和群众: people joined to people are counted together)
        nxt = [end + 1 + len(n) for n in _people_nouns() if words.startswith(n, end + 1)]
        if not nxt:
            break
        end = max(nxt)
    return words[:end] if end >= 2 else None


_VALUED = re.compile("的([^，。；：！？,;:!?\\n]{2,24})")


def _valued_thing(text: str, end: int) -> str | None:
    """价值50万元的物品: the thing whose value the amount is, after 的 (after 等 in a list)."""
    m = _VALUED.match(text, end)
    if not m:
        return None
    noun = m.group(1)
    noun = noun[noun.rfind("等") + 1:] if "等" in noun else noun.split("、")[0]
    noun = noun.split("的")[0]  # 药品和医疗器械的交接仪式: the thing, not what it is part of
    noun = _clean(_noun_head(noun))
    return _head(noun) if len(noun) >= 2 else None


@lru_cache(maxsize=1)
def _share_words() -> tuple[re.Pattern, tuple[str, ...]]:
    t = table("metric.toml")["share"]
    mark = re.compile(f"(?:{alternation(t['before'])})*(?:{alternation(t['words'])})")
    return mark, tuple(t["not_words"])


def _share_part(text: str, start: int, phrase: str) -> str | None:
    """The part whose share a percent is: 热带农业增加值占农业比重 → 热带农业增加值; a phrase that
    opens with the share word (占外贸总值) takes the subject of the clause before."""
    mark, not_words = _share_words()
    m = mark.search(phrase)
    if not m or phrase.startswith(not_words, m.end() - 1):
        return None
    part = _clean(phrase[: m.start()])
    if len(_clean(_any_number().sub("", part))) >= 2:
        whole = _change_word().sub("", phrase[m.end():])  # (贡献份额占: the noun before 占 is the part's)
        if whole.endswith(_word_tuple("share", "nouns")):
            # 财政赤字占国内生产总值的比重从2.8%降到1.5%, 服务业增加值占GDP比重提高2.7个百分点: the share
            # itself is named, and it is what the number measures (the part inside it)
            return _trim(_clean(phrase))
        return part
    # 0.7元至0.8元占44.2%: a part named only by its band of values is a part of the subject before
    return _priced_subject(text, start) or None


def _counted_after(after_raw: str, stop: re.Pattern, listed: str = "", unit: str | None = None) -> str | None:
    """What a count counts where the plain noun rule misreads it: `５６家早先被停业整顿的金融机构`
    (a modifier then 的), `等３６类１５２７种产品` (another count before the noun: both count it),
    `１３名出席大会的代表` (the noun after 的 that the classifier counts: metric_agree.py)."""
    agreeing = agreeing_noun(after_raw, unit)
    if agreeing:
        return agreeing
    ends = table("metric.toml")["noun_after"]["ends_before"]
    modified = modified_noun(after_raw, ends)
    # (listed: the words after the count on past list marks, for 看得见、摸得着的实事)
    described = described_noun(listed or after_raw) if not modified else None
    if described:
        return described
    if modified:
        cut = re.compile("[，。；：、]").search(modified)
        noun = _clean(modified[: cut.start()] if cut else modified)
        return noun if len(noun) <= _cut()[1] else noun[noun.rfind("的") + 1:]
    number = _any_number().match(after_raw)
    if number and number.end() < len(after_raw):
        rest = after_raw[number.end():]
        sized = _SIZED.match(rest) if (_DIGIT.search(number.group()) or len(number.group()) >= 2) \
            and not number.group().endswith(tuple(table("metric.toml")["noun_after"]["units"])) else None
        if sized:
            # ２个２０多岁的小伙子, ３８根７５米长的巨大锚索: a size before 的 describes the noun after it
            # (not 三位一体的…: one numeral alone opens a word; not １５类３４１９种产品的关税: a count of its own)
            cut = stop.search(rest, sized.end())
            noun = _clean(_noun_head(rest[sized.end(): cut.start() if cut else len(rest)]))
            if len(noun) >= 2 and not _DIGIT.search(noun):
                return _head(noun)
        cut = stop.search(rest)
        noun = _clean(_noun_head(rest[: cut.start()] if cut else rest))
        if len(noun) >= 2 and not _DIGIT.search(noun):
            return _head(noun)
    return None


# the rest of a size after its number, up to its 的 (岁的, 米长的, 多岁的)
_SIZED = re.compile("[^，。；：、！？\n的\\d]{1,5}的(?=[\u4e00-\u9fff])")
_NOUN_LIST = re.compile("[^，。；：！？的（(\\d\n]{2,30}")


def _noun_list(text: str, end: int, noun: str) -> str:
    """`3115个机关、企事业单位的`: a count's noun that a list of short nouns goes on after, up to
    的 or a break: the whole list is counted."""
    m = _NOUN_LIST.match(text, end)
    # (经济贫困、教育基础薄弱的县: a list before 的 and a noun modifies that noun)
    # (世界冠军、创造29项: a list cut by a number is no list of nouns)
    follows = text[m.end():m.end() + 2] if m else ""
    ends = not follows or follows[:1] in BREAKS or (follows[:1] == "的" and follows[1:].isdigit())
    if m and m.group().startswith(noun + "、") and ends:
        items = m.group().split("、")
        if all(1 <= len(x) <= 6 for x in items) and len(m.group()) <= 20 and not counted_apart(items):
            return m.group()
    return listed_after(text, end, noun) or _joined_noun(text, end, noun) or _head(noun)


def _joined_noun(text: str, end: int, noun: str) -> str | None:
    """`１３０多名乡镇干部和企业家进京`: a count's noun joined by 和/及 to a second plain noun (both
    of jieba's noun tags word by word, no place or person's name, a predicate after the second)
    counts both together; None where either is no such noun (一名平民: a count of its own; 最偏远的…:
    a description; 有关部门的负责人: a noun of 的, so the list's end is not known; 北京: an actor)."""
    t = table("metric.toml")["noun_after"]
    at = end + len(noun)
    if not text.startswith(noun, end) or text[at:at + 1] not in t["joined_words"] or text[at + 1:at + 2] == "其":
        return None
    window = _NOUN_LIST.match(text, at + 1)
    if not window or _head(noun) != noun or len(_plain_noun(noun)) != len(noun):
        return None
    second = _plain_noun(window.group())
    rest = text[at + 1 + len(second):at + 2 + len(second)]
    if not 2 <= len(second) <= t["joined_longest"] or rest == "的" or _DIGIT.search(second):
        return None
    return noun + text[at] + second


def _plain_noun(words: str) -> str:
    """The plain noun `words` open with: their first words of jieba's noun tags, up to a name of a
    place or person or a word that ends a noun after a count (全部, 依法), ending with a plain noun's tag."""
    from .metric_after import segmenter  # (the tagger loads on first use only)
    t = table("metric.toml")
    stops = frozenset(t["noun_after"]["ends_before_words"]) | frozenset(t["noun_after"]["joined_stops"])
    noun = headed = ""
    for word, tag in segmenter().pos(words):
        if tag not in _noun_tags() or tag in t["noun_after"]["joined_name_tags"] or word in stops:
            break
        noun += word
        if tag in t["noun_after"]["joined_end_tags"]:
            headed = noun  # (海鸟中毒死亡, 地区发展了…: a noun the tagger gives a verb's sense ends no noun)
    return headed


@lru_cache(maxsize=1)
def _noun_tags() -> frozenset:
    return frozenset(table("metric.toml")["described"]["noun_tags"])


# 解困和慰问资金: a short noun, a joining word, a short noun that ends the clause
_JOINED = re.compile("[和与及]([^\\d，。；：、！？的\n]{2,6})(?=[，。；：！？\n]|$)")


def _joined_end(after_raw: str, at: int) -> int:
    """`拿出1127万元解困和慰问资金，`: two short nouns joined by 和 up to the clause's end name one
    thing given or counted (and the whole is the metric); where the second part holds a number
    (6.2公里高架路和50公里地下管网) or runs on, the first noun ends at 和."""
    m = _JOINED.match(after_raw, at)
    return m.end() if m and 2 <= at <= 4 else at


_PEOPLE_WORDS = re.compile("[^，。；：！？、\\d的]{2,12}")


def people_after(text: str, at: int) -> str | None:
    """`千余人的库尔德难民`, `３００人的代表团成员`: after `N人的`, words up to a noun of people (难民,
    成员…) name the people counted; None where they name no people (５０人的规模)."""
    m = _PEOPLE_WORDS.match(text, at)
    if not m:
        return None
    words = m.group()
    ends = [words.find(n) + len(n) for n in _people_nouns() if n in words]
    return words[: max(ends)] if ends and len(words[: max(ends)]) >= 2 else None


@lru_cache(maxsize=1)
def currencies() -> frozenset:
    """The units a money amount is recorded in (元, 美元, 港元…)."""
    return frozenset(table("money.toml")["units"].values())
