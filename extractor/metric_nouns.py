"""What a number counts or measures when its noun comes after it or is described: the noun after a
count (１２家去年被责令关闭的小煤窑), a thing after 的 whose value an amount is, a share's part, a
list of nouns counted together, two nouns joined by 和 (moved out of metric.py to keep it small)."""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import BREAKS
from .lexicon import alternation, table, word_list
from .metric_after import After, described_noun, modified_noun, weak_heads
from .metric_agree import agreeing_noun
from .metric_gapped import gapped_noun
from .metric_count_list import counted_list, joined_after
from .metric_priced import priced_subject
from .metric_labeled_part import labeled_part
from .metric_cut import head_words, HEAD_LONGEST, joined_noun, JOINED_LONGEST, noun_head
from .metric_words import any_number, clean, DIGIT, strip_quotes, word_tuple, leading_pattern
from .metric_cut import cut_marks
from .metric_change_words import change_word
from .metric_cut import trim

@lru_cache(maxsize=1)
def countable_noun_set() -> frozenset:
    return frozenset(word_list("countable_nouns.txt"))


@lru_cache(maxsize=1)
def people_nouns() -> frozenset:
    return frozenset(table("people_counts.toml")["after_number"]["nouns"])


def named_after_percent(after: After, phrase: str | None) -> str | None:
    """`９％的整体失业率`, `２６％的人失业`: a percent then 的 measures the words after it; a rate or
    a level there (失业率, 比例) keeps in front the phrase before the number where that names
    something (甲方承担维修费用４０％的比例). A change after 的 (５％的增长) is left to the subject."""
    if leading_pattern("change", "words").match(after.words) or (phrase and change_word().search(phrase)):
        weak = not phrase or len(clean(phrase)) < 2 or phrase.endswith(weak_heads())
        if weak and after.measure and not (phrase and change_word().search(phrase)):
            # 实现7%左右的增长速度, 今年要实现8%的增长目标: nothing before names it, the rate after does
            return clean(after.measure)
        return None  # 平均每年递增7.9%的基础上: a change's rate, named before it
    if after.measure:
        noun = clean(after.measure)
        manner = next((w for w in word_tuple("after", "manner_marks") if phrase and phrase.endswith(w)), "")
        subject = clean(phrase[: -len(manner)]) if manner else ""
        if len(subject) >= 2:
            return trim(subject + noun)  # 美国经济将以2.5%的温和速度增长: the subject before 以 grows at that rate
        if phrase and len(phrase) >= 2 and not phrase.endswith(weak_heads()) and not phrase.startswith("的"):
            return trim(phrase + noun)
        return noun if len(noun) >= 2 else None
    attitude = attitude_part(after.words)
    if attitude:
        return attitude
    people = _people_first(after.words)
    # (a predicate of some length follows the people; 城镇居民收入 is one noun)
    if people and len(after.words) - len(people) >= _PREDICATE_SHORTEST:
        return people  # ６５％的居民认为物价基本稳定: the people whose share it is, not what they think
    noun = clean(strip_quotes(noun_head(after.words)))
    return head_words(noun) if len(noun) >= 2 else None


_PREDICATE_SHORTEST = 3


@lru_cache(maxsize=1)
def _attitude() -> re.Pattern:
    verbs = alternation(table("metric.toml")["after"]["attitude_verbs"])
    return re.compile(f"([\u4e00-\u9fff]{{2,{_HOLDER_LONGEST}}}?)(?:[对向][^，。；：]{{1,14}}?)?((?:{verbs})[\u4e00-\u9fff]{{1,4}})")


_HOLDER_LONGEST = 8


def attitude_part(words: str) -> str | None:
    """`企业经营者对今年的前景表示悲观` → 企业经营者表示悲观, `读者感到满意`: the words after N%的 ending with a verb of
    a stated attitude name the share of those who hold it, by the holders and the attitude (an object of 对/向
    left out); None where the words do not end so."""
    m = _attitude().fullmatch(words)
    if not m:
        return None
    holder = clean(m.group(1))
    return holder + m.group(2) if len(holder) >= 2 else None
_PEOPLE_OPENING = 2  # how far into the words a noun of people may begin (手机用户; not 兼职工作)


def _people_first(words: str) -> str | None:
    """`居民认为物价基本稳定`, `读者对作家努力反映百姓关…`: the words up to the first noun of people that
    begins near their start; None where none does (人只有兼职工作: 职工 lies inside 兼职工作)."""
    m = _PEOPLE_WORDS.match(words)
    if not m:
        return None
    found = [(at + len(n), n) for n in people_nouns() for at in [m.group().find(n)] if 0 <= at <= _PEOPLE_OPENING]
    if not found:
        return None
    words, end = m.group(), min(found)[0]
    while end < len(words) and words[end] in "和与及、":
        # (干部和群众: people joined to people are counted together)
        nxt = [end + 1 + len(n) for n in people_nouns() if words.startswith(n, end + 1)]
        if not nxt:
            break
        end = max(nxt)
    return words[:end] if end >= 2 else None


_VALUED = re.compile("的([^，。；：！？,;:!?\\n]{2,24})")


def valued_thing(text: str, end: int) -> str | None:
    """价值50万元的物品: the thing whose value the amount is, after 的 (after 等 in a list)."""
    m = _VALUED.match(text, end)
    if not m:
        return None
    noun = m.group(1)
    noun = noun[noun.rfind("等") + 1:] if "等" in noun else noun.split("、")[0]
    noun = noun.split("的")[0]  # 药品和医疗器械的交接仪式: the thing, not what it is part of
    noun = clean(noun_head(noun))
    return head_words(noun) if len(noun) >= 2 else None


@lru_cache(maxsize=1)
def share_words() -> tuple[re.Pattern, tuple[str, ...]]:
    """The share word of a phrase (占, 仅占; 相当于 only where a whole and 的 follow it to the phrase's end or the
    number: 相当于成本的|３０％, not 相当于增产|１５％) and the words that open with 占 and are no share (占地)."""
    t = table("metric.toml")["share"]
    whole = rf"(?:{alternation(t['whole_words'])})(?=[^{re.escape(BREAKS)}]*的$)"
    mark = re.compile(f"(?:{alternation(t['before'])})*(?:{alternation(t['words'])}|{whole})")
    return mark, tuple(t["not_words"])


def share_part(text: str, start: int, phrase: str) -> str | None:
    """The part whose share a percent is: 热带农业增加值占农业比重 → 热带农业增加值; a phrase that
    opens with the share word (占外贸总值) takes the subject of the clause before."""
    mark, not_words = share_words()
    # (the phrase is read without the 的 that ends it right before the number: 相当于工资总额|的６％)
    m = mark.search(phrase + "的" if text.endswith("的", 0, start) else phrase)
    if not m or phrase.startswith(not_words, m.end() - 1):
        return None
    part = clean(phrase[: m.start()])
    if len(clean(any_number().sub("", part))) >= 2:
        whole = change_word().sub("", phrase[m.end():])  # (贡献份额占: the noun before 占 is the part's)
        if whole.endswith(word_tuple("share", "nouns")):
            # 外债余额占全年出口收入的比重从90%降到70%, 服务业增加值占GDP比重提高2.7个百分点: the share
            # itself is named, and it is what the number measures (the part inside it)
            return trim(clean(phrase))
        return part
    # 0.7元至0.8元占44.2%: a part named only by its band of values is a part of the subject before
    # (其中5G套餐用户307万户，占移动电话用户的60%: the part before, named with a number as its label)
    return labeled_part(text, start) or priced_subject(text, start) or None


def counted_after(after_raw: str, stop: re.Pattern, listed: str = "", unit: str | None = None) -> str | None:
    """What a count counts where the plain noun rule misreads it: `１２家去年被责令关闭的小煤窑`
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
        # 以节水为题材的壁画、展板和灯箱: the nouns listed after the described one are counted with it
        words = listed or after_raw
        at = words.find("的" + described)
        return joined_after(words, at + 1, described) if at >= 0 else described
    # 两个国家重点扶持的贫困县: nouns closed by a verb with no object before 的, the verb's object after it
    gapped = gapped_noun(after_raw, unit) if not modified else None
    if gapped:
        return gapped
    if modified:
        cut = re.compile("[，。；：、]").search(modified)
        noun = clean(modified[: cut.start()] if cut else modified)
        return noun if len(noun) <= cut_marks()[1] else noun[noun.rfind("的") + 1:]
    # ６艘价值１亿美元的船舶, ２３条全长３万公里的光缆干线: a word of size opens the description before its number
    sized_word = _size_word().match(after_raw)
    if sized_word:
        cut = stop.search(after_raw, sized_word.end())
        noun = clean(noun_head(after_raw[sized_word.end(): cut.start() if cut else len(after_raw)]))
        if len(noun) >= 2 and not DIGIT.search(noun):
            return head_words(noun)
    number = any_number().match(after_raw)
    if number and number.end() < len(after_raw):
        rest = after_raw[number.end():]
        sized = _SIZED.match(rest) if (DIGIT.search(number.group()) or len(number.group()) >= 2) \
            and not number.group().endswith(tuple(table("metric.toml")["noun_after"]["units"])) else None
        if sized:
            # ２个２０多岁的小伙子, ３８根７５米长的巨大锚索: a size before 的 describes the noun after it
            # (not 三位一体的…: one numeral alone opens a word; not １５类３４１９种产品的关税: a count of its own)
            cut = stop.search(rest, sized.end())
            noun = clean(noun_head(rest[sized.end(): cut.start() if cut else len(rest)]))
            if len(noun) >= 2 and not DIGIT.search(noun):
                return head_words(noun)
        cut = stop.search(rest)
        noun = clean(noun_head(rest[: cut.start()] if cut else rest))
        if len(noun) >= 2 and not DIGIT.search(noun):
            return head_words(noun)
    return None


@lru_cache(maxsize=1)
def _size_word() -> re.Pattern:
    """价值, 全长, 总面积: a word naming a size that opens the description of a counted thing before its number
    (data/metric.toml [described] size_words)."""
    # (the size's number, written as the page writes it: ３·５万公里, 1.2亿美元; up to its 的)
    return re.compile(f"(?:{alternation(table('metric.toml')['described']['size_words'])})(?:约|近|达|为)?"
                      "\\d[^，。；：、！？\\n的]{0,10}的(?=[\u4e00-\u9fff])")


# the rest of a size after its number, up to its 的 (岁的, 米长的, 多岁的)
_SIZED = re.compile("[^，。；：、！？\n的\\d]{1,5}的(?=[\u4e00-\u9fff])")
def noun_list(text: str, end: int, noun: str) -> str:
    """The count's noun `noun` at `end` with the nouns listed after it (metric_count_list.py), else its head."""
    return counted_list(text, end, noun) or head_words(noun)


# 解困和慰问资金: a short noun, a joining word, a short noun that ends the clause
_SHORT_FIRST = 4
_PLAIN = re.compile("[\u4e00-\u9fff]+")
_JOINED = re.compile(f"[和与及]([^\\d，。；：、！？的\n]{{2,{JOINED_LONGEST}}})(?=[，。；：！？\n]|$)")


def joined_end(after_raw: str, at: int) -> int:
    """`拿出1127万元解困和慰问资金，`: two short nouns joined by 和 up to the clause's end name one
    thing given or counted (and the whole is the metric), as do a verb with two objects so joined
    (`３万人接受普法教育和国防教育。`: the objects share the verb, the second is no new clause); where
    the second part holds a number (6.2公里高架路和50公里地下管网) or runs on, the first ends at 和."""
    m = _JOINED.match(after_raw, at)
    if m and 2 <= at <= _SHORT_FIRST:
        return m.end()
    # (a longer first part: a plain phrase, and a short plain noun after 和, not 新党和平” inside a name)
    plain = m and at <= HEAD_LONGEST and _PLAIN.fullmatch(after_raw, 0, at) and joined_noun(m.group(1))
    return m.end() if plain else at


_PEOPLE_WORDS = re.compile("[^，。；：！？、\\d的]{2,12}")


def people_after(text: str, at: int) -> str | None:
    """`千余人的库尔德难民`, `３００人的代表团成员`: after `N人的`, words up to a noun of people (难民,
    成员…) name the people counted; None where they name no people (５０人的规模)."""
    m = _PEOPLE_WORDS.match(text, at)
    if not m:
        return None
    words = m.group()
    ends = [words.find(n) + len(n) for n in people_nouns() if n in words]
    return words[: max(ends)] if ends and len(words[: max(ends)]) >= 2 else None


@lru_cache(maxsize=1)
def currencies() -> frozenset:
    """The units a money amount is recorded in (元, 美元, 港元…)."""
    return frozenset(table("money.toml")["units"].values())
