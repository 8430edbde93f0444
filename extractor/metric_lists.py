"""Numbers of a list (`分别增长4.5%、3%`; `实际增长8.4%和8%` after two amounts): the k-th number measures
the k-th item named before 分别 (一般公共预算收入、税收收入), or the k-th subject of the clauses before
(城镇居民收入9400元，农村居民收入2900元，分别增长…), or the topic of short categories (教师合格率，
小学、初中分别达到…)."""
from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon import table

from .metric_graded_items import graded_items
from .metric_list_enumerated import enumerated_items
from .metric_list_heads import item_heads, with_shared_head
from .metric_places import place_items_measure
from .metric_scope_items import all_scope, scope_items_measure, scope_run_measure
from .metric_list_items import items_before, mixed_items, names_nothing, opening_cut, paired_numbers
from .metric_subject import subject_of, subject_before, subject_before_at
from .metric_subject_scope import scope_stripped
from .metric_change_words import change_only, change_word
from .metric_words import clean, DIGIT, structure, word_set, word_tuple
from .metric_cut import trim


RESPECTIVELY = "分别"


LISTING = ("和", "、")  # the marks between the numbers of a list


SENTENCE_PART = re.compile(".*[，。；：！？,;:!?\n]", re.S)  # up to the last break


_BREAK = re.compile("[，。；：！？,;:!?\n]")


_CHANGE_BEFORE_TAIL = re.compile("(?:年均|平均每年|同比|实际)+$")


_LIST_NUMBER = re.compile(r"\d[\d.]*|百分之[零〇一二三四五六七八九十百千点]+")  # 分别增长百分之十一和百分之二十点九
_TIMES = ("年", "月", "日", "季度")
_ITEM_MARKS = re.compile("[、和及与]")
_YEARS = re.compile(r"\d+年")


class Listed(NamedTuple):
    """What a number of a list measures: the item's subject, or the topic of the list (categories of
    it: 小学、初中分别达到…), which takes no change word after it."""
    subject: str
    topic: bool = False


def _without_share_tail(named: str) -> str:
    """The items of a 分别 list less a share word after the last (…和无关联多元化企业所占的比重 → …企业): a
    share said of every item, not a head the items share; unchanged where no list is left before it."""
    tail = next((w for w in word_tuple("lists", "share_tails") if named.endswith(w)), "")
    rest = named[:len(named) - len(tail)] if tail else named
    return rest if tail and any(m in rest for m in "、和") and len(clean(rest.split("、")[-1])) >= 2 else named


_VERB_LONGEST = 2  # 完成, 实现: a bare verb after 分别 (longer is a measure of its own: 分别实现利润总额)
_VERB_REACH = 80  # back to the figure whose act it repeats, about a sentence

_SELF_STANDING = 3  # items, and characters an item (each a noun of its own: 人工造林、飞播造林、封山育林、退化林修复)
_LONGER_LAST = 2  # (试验发展经费 after 基础研究、应用研究: a longer last item that names its own thing)


def _self_standing(nouns: list[str]) -> bool:
    """Three or more items each a noun at length, the last at most two characters longer than the shortest:
    no head noun that only the last holds for all (集成电路、工业机器人产量; 家电、通讯器材、智能穿戴设备零售额)."""
    # (一季度、上半年、前三季度和全年地区生产总值: times or places before are scope, the measure the last item's)
    # (two items, 韩国现代重工和大宇重工固定资产: a pair is as often a modifier list before one noun)
    return len(nouns) >= _SELF_STANDING and min(map(len, nouns)) >= _SELF_STANDING \
        and len(nouns[-1]) - min(map(len, nouns)) <= _LONGER_LAST and not all_scope(nouns[:-1]) \
        and not any(DIGIT.search(x) for x in nouns)  # (1995、1996、1997年价格总水平: years are no items)


def _measures_at_ends(nouns: list[str]) -> bool:
    """用水量、能耗、二氧化碳排放量: a first item written at length that ends as a measure (…量, …额, …率) and a
    last that does too name a measure each, whatever the lengths between (a modifier list has no measure
    before its last item: 工业、农业产值; 出口、进口总额 has a bare first item, left to the shared head)."""
    finals = table("metric.toml")["lists"]["measure_finals"]
    return len(nouns[0]) >= _SELF_STANDING and nouns[0][-1] in finals and nouns[-1][-1] in finals \
        and not all_scope(nouns[:-1]) and not any(DIGIT.search(x) for x in nouns)


def respective_subject(text: str, start: int, own: bool = False) -> Listed | None:
    """A、B 各自在前面的分句里，`分别实际增长7.7%和6.8%`: the k-th number of a 分别 list with no
    subject of its own measures the k-th of as many subjects before it (城镇居民人均可支配收入9422元，
    农村居民人均纯收入2936元，分别增长7.7%和6.8%)."""
    part = SENTENCE_PART.match(text, max(0, start - 40), start)  # back past the list marks
    lo = part.end() if part else max(0, start - 40)
    at = text.find(RESPECTIVELY, lo, start)
    if at < 0:
        # 人均可支配收入12460元，人均纯收入3985元，实际增长7.2%和6%: a clause of only a change and a
        # list of numbers reads as a 分别 list
        digit = DIGIT.search(text, lo, start + 1)
        if not digit or _YEARS.search(text, lo, start):
            return None  # (回落到1990年和1991年的2.1%和2.9%: a series by year, not a list of subjects)
        # 游客人次、旅游花费增长6.2%、8.1%: items as many as the numbers before one change word
        # read as a 分别 list too
        at = lo if change_only().match(clean(text[lo:digit.start()])) else _unmarked_list(text, lo, digit.start())
        if at is None:
            return None
    tail = _BREAK.search(text, start)  # the list runs on past 、 and 和 to the next break
    numbers = [m.start() for m in _LIST_NUMBER.finditer(text, at, tail.start() if tail else len(text))
               if not text.startswith(_TIMES, m.end())]  # 分别比1995年增长69%和67%: 1995 is no item
    if len(numbers) < 2 or start not in numbers:
        return None
    # 非税收入、土地出让收入年均分别增长6.2%、2%: the items in the clause itself, each named in
    # full (城镇、农村居民收入 shares its noun: left to the shared core)
    head = SENTENCE_PART.match(text, max(0, at - 40), at)  # back past the list marks
    # (死亡人数同比分别下降: the change's tail off before 比 is read as a comparison)
    named = subject_of(_CHANGE_BEFORE_TAIL.sub("", text[head.end() if head else max(0, at - 40):at]))
    named = _without_share_tail(named)
    # 事故起数和死亡人数分别下降: two items joined by 和
    items = [clean(scope_stripped(x)) for x in (named.split("、") if "、" in named else named.split("和"))]
    # 农业、交通、环保和文物保护的支出分别为…: 、 and one 和 between four items (metric_list_items.py)
    items = [clean(scope_stripped(x)) for x in mixed_items(named, len(numbers)) or ()] or items
    marker = _partner_marker(named)
    bare = [x.removeprefix(marker) for x in items] if marker else items
    # (与湘潭市、衡阳市分别签订合同: the word before the first place is no part of it, whatever the measure)
    marker, items = (marker, bare) if marker and all_scope(bare) else (None, items)
    partnered = _partnered(marker, items, text[at + len(RESPECTIVELY):numbers[0]]) \
        if marker and text.startswith(RESPECTIVELY, at) and len(items) == len(numbers) else None
    if partnered:
        return Listed(partnered[numbers.index(start)], topic=True)
    if text.startswith(RESPECTIVELY, at) and len(items) == len(numbers):
        # 一季度、二季度、三季度分别实现利润总额…: times or places are the numbers' scope, the measure is named
        # after 分别 (metric_scope_items.py)
        measure = scope_items_measure(items, text[at + len(RESPECTIVELY):numbers[0]], clean(named.split("、")[-1]))
        if measure:
            return Listed(measure, topic=True)
        # 规模以上工业企业一季度、上半年和全年研发费用分别为…: the run's owner and its measure around the times
        # (the items as written: their scope words are not yet stripped)
        run = scope_run_measure([x.strip() for x in mixed_items(named, len(numbers)) or named.split("、")])
        if run:
            change = clean(text[at + len(RESPECTIVELY):numbers[0]])
            return Listed(run + change if change_only().fullmatch(change) else run, topic=True)
        # 营业收入1000亿元，上半年、下半年分别增长5%和6%: with only a change after 分别, the topic before
        topic = subject_before(text, head.end() if head else max(0, at - 40)) if all_scope(items) else None
        change = clean(text[at + len(RESPECTIVELY):numbers[0]])
        if topic and change_only().fullmatch(change):
            return Listed(trim(topic) + change, topic=True)
        verb = text[at + len(RESPECTIVELY):numbers[0]]
        if topic and 0 < len(verb) <= _VERB_LONGEST and verb + topic in text[max(0, at - _VERB_REACH):at]:
            # 赣州市完成交通投资186.3亿元；南昌市、九江市分别完成172.8亿元: the act of the figure before said again
            return Listed(trim(topic), topic=True)
        if topic and verb in word_set("after", "being"):
            # 受灾人口3.8万人，甲县、乙县分别为1.2万人、0.9万人: with only a verb of being after 分别, the parts
            # of the topic's figure before, by place or time
            return Listed(trim(topic), topic=True)
    shared = place_items_measure(items, clean(named.split("、")[-1])) if len(items) == len(numbers) else None
    if shared:
        return Listed(shared)  # 甲镇、乙镇、丙镇在校学生分别为…: places are each number's scope, not its measure
    # 观众人数和门票收入分别增长12.3%、7%: 7% too (比1996年分别增长: a base alone is no subject)
    own = own or (len(clean(text[lo:at])) >= 2 and not structure()[3].fullmatch(text[lo:at]))
    if len(items) > 1:
        items[-1] = clean(_CHANGE_BEFORE_TAIL.sub("", items[-1]))
        # items named alike (…收入、…收入; …量、…量) or each named at length (接待旅游总人数、
        # 游客旅游总花费), not a modifier list with one noun (集成电路、工业机器人产量)
        if len(items) == len(numbers) and (items[-1] and all(len(x) >= 3 and x[-1] == items[-1][-1] for x in items)
                                           or (all(len(x) >= 5 for x in items) and not _shares_noun(items))):
            return Listed(with_shared_head(items)[numbers.index(start)])
        if len(items) == len(numbers) and all(len(x) <= 2 for x in items):
            # 教师合格率，小学、初中、高中分别达到97%、94%、70%: categories of the topic before
            # (read before the list: with no break before it, the list's own words are no topic)
            topic = subject_before(text, head.end() if head else max(0, at - 40))
            if topic:
                return Listed(topic, topic=True)
            # (出口和进口增长10%和5%: with no topic before, the short items are nouns of their own)
    # 旅客、货物和交通工具分别占全国的80%、33%和90%: short nouns joined by 、 and 和 (not a
    # modifier list before one long noun: 城镇和农村居民收入)
    # (工业投资年均分别增长, 死亡人数同比分别下降: the tail is the change's, not the item's)
    graded = graded_items(items) if len(items) == len(numbers) else None
    if graded:
        return Listed(graded[numbers.index(start)])  # 大型、中型、小微型企业: each grade of the noun (metric_graded_items.py)
    nouns = [clean(scope_stripped(_CHANGE_BEFORE_TAIL.sub("", x))) for x in _ITEM_MARKS.split(named)]
    # (a longer last item where the first is a measure of its own: 接待游客、旅游总花费; not 城镇和农村居民收入)
    whole = bool(nouns[0]) and _names_measure(nouns[0])
    if len(nouns) == len(numbers) > 1 and all(len(x) >= 2 for x in nouns) and not _attribute_only(nouns[0]) \
            and (max(map(len, nouns[1:])) <= (6 if whole else 4) or _self_standing(nouns) or _measures_at_ends(nouns)) \
            and not (nouns[-1].endswith(word_tuple("lists", "measures")) and not _names_measure(nouns[0])):  # 工业、农业产值
        return Listed(nouns[numbers.index(start)])
    attribute = len(items) > 1 and _attribute_only(items[0])
    if len(items) == len(numbers) > 1 and all(len(x) >= 2 for x in items) and not attribute:
        # 集成电路、工业机器人产量 (a modifier before one noun): the head is each item's, not the last item whole
        # (国有、集体商店销售额: an attribute takes the last item's noun with its head, item_heads below)
        headed = with_shared_head(items)
        if headed != items:
            return Listed(headed[numbers.index(start)])
    split = item_heads(items, attribute) if len(items) == len(numbers) > 1 else None
    split = split or (item_heads(opening_cut(items)) if len(items) == len(numbers) > 2 else None)
    if split:
        return Listed(split[numbers.index(start)])  # 食品、药品抽检合格率 → 食品抽检合格率, 药品抽检合格率
    if len(items) > 1:
        return None
    # 甲收入和乙收入，去年分别达到…: the items named in a clause before one that names nothing itself
    paired = paired_numbers(text, head.end() if head else lo, len(numbers)) if names_nothing(items[0]) else None
    if paired and paired[0] != start:
        # 分别为A亿元、B亿元，比上年增长X%、Y%: each number of the list after measures its pair's thing
        listed = respective_subject(text, paired[numbers.index(start)])
        if listed:
            return listed
        # 城镇、农村居民人均可支配收入分别达到…元和…元，分别增长…: the pairs' list names one noun its items share (left
        # whole there): the subject of that clause for each number, never subjects of the clauses before it
        subject, _ = subject_before_at(text, lo)
        return Listed(subject) if subject else None
    earlier = items_before(text, head.end() if head else lo, len(numbers)) if names_nothing(items[0]) else None
    if earlier:
        named_items = item_heads(earlier) or item_heads(opening_cut(earlier)) or with_shared_head(earlier)
        return Listed(named_items[numbers.index(start)])
    if own:
        # a subject of its own and no list of items: left as it is, unless it is one measure of
        # things listed before it in the sentence
        enumerated = enumerated_items(text, at, len(numbers))
        # 长丰县、肥东县、庐江县，油菜籽产量分别增长…: places or times listed before are the scope, the clause's
        # own subject the measure (metric_scope_items.py)
        measure = scope_items_measure(enumerated, text[lo:at]) if enumerated else None
        if measure:
            return Listed(measure)
        return Listed(enumerated[numbers.index(start)]) if enumerated else None
    subjects: list[str] = []
    pos = lo
    for _ in numbers:
        subject, pos = subject_before_at(text, pos)
        if not subject:
            return None
        subjects.append(subject)
    return Listed(subjects[len(numbers) - 1 - numbers.index(start)])


def _partner_marker(named: str) -> str | None:
    """对 of 对泰国、印度尼西亚分别进出口 (其中对日本、韩国): the partner word opening a 分别 list's items; None without one."""
    opening = named.strip().removeprefix("其中").lstrip("，,")  # (其中对日本、韩国分别进出口: a part of the trade)
    return next((m for m in table("metric.toml")["partners"]["markers"] if opening.startswith(m)), None)


def _partnered(marker: str, items: list[str], after: str) -> list[str] | None:
    """对泰国进出口, 对印度尼西亚进出口, …: each item with the partner `marker` and the measure after 分别, where the
    items are places and the measure is a trade (place_scope.toml partner_after, the words by which
    place_partners.py keeps a partner out of the place); None otherwise."""
    measure = clean(after)
    if len(measure) < 2 or change_only().match(measure):
        return None
    if not any(w in measure for w in table("place_scope.toml")["partner_after"]):
        return None  # (向长沙市、株洲市分别拨付资金: places given money are the figures' places, no trade's partners)
    return [marker + x + measure for x in items]


def _unmarked_list(text: str, lo: int, first: int) -> int | None:
    """`销售额和利润比上年增长35%和12%`: where the clause from `lo` to its first number `first` is
    items joined by 、 or 和, then one change word, and as many numbers follow as items, the list
    reads as if 分别 stood before the change word: that place, or None."""
    clause = text[lo:first]
    change = change_word().search(clause)
    if not change or change.start() == 0:
        return None
    items = _ITEM_MARKS.split(subject_of(clause[:change.start()]))
    # 这家公司去年的销售额与利润: what the first item's 的 follows is its owner and time, no part of the item
    items[0] = items[0][items[0].rfind("的") + 1:]
    tail = _BREAK.search(text, first)
    numbers = [m for m in _LIST_NUMBER.finditer(text, first, tail.start() if tail else len(text))
               if not text.startswith(_TIMES, m.end())]
    if len(items) < 2 or len(items) != len(numbers) or not all(2 <= len(x) <= _UNMARKED_LONGEST for x in items):
        return None
    return lo + change.start()


_UNMARKED_LONGEST = 10


def _names_measure(item: str) -> bool:
    """利用外资 (in 利用外资、投资分别增长), 接待游客, 农业产值: an item that ends with a measure or a
    character that names one, or a verb and its object, is a measure itself, no modifier of the last
    item's (工业 in 工业、农业产值, 新能源汽车 in 新能源汽车、集成电路产量)."""
    t = table("metric.toml")["lists"]
    if item.endswith(tuple(t["measures"])) or item[-1:] in t["measure_finals"]:
        return True
    from .metric_after import segmenter  # (late: the tagger loads on first use)
    words = segmenter().pos(item) if len(item) >= 4 else []
    return len(words) >= 2 and words[0][1] == "v" and words[-1][1] in ("n", "nz", "vn")


def _attribute_only(item: str) -> bool:
    """刑事 (in 刑事、治安案件), 国有: an item of one attribute word names no thing alone (jieba tags it b): it
    takes the noun the last item ends with, as a modifier of a list does."""
    from .metric_after import segmenter  # (late: the tagger loads on first use)
    words = segmenter().pos(item)
    return len(words) == 1 and words[0][1] in table("metric.toml")["lists"]["attribute_tags"]


def _shares_noun(items: list[str]) -> bool:
    """战略性新兴产业、高新技术产业增加值: the last item goes on past the first's ending word, the
    noun after it (增加值) belonging to every item."""
    at = items[-1].find(items[0][-2:])
    return 0 <= at < len(items[-1]) - 2
