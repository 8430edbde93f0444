"""The metric phrase a number's own clause names, read from the words around it: the noun inside
its span (`494.86万贫困人口`), the subject before it cut of scope (`发放金额为 1237 万`), the noun
after a classifier, a verb of giving, a list word or 的 (`335 个村`, `设立2000万元产业发展基金`),
or, for a clause that holds only a base or a time (`比上年同期的289.4亿元`), the clause before it.
metric.py reads this first and falls back from it to lists, shares, changes and subjects before.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import BREAKS
from .lexicon import alternation, table
from .metric_cause import past_cause
from .metric_elided_noun import elided_noun
from .metric_after import described_noun, noun_before_function, noun_before_verb
from .metric_context import ENDING_HEAD, named_subject_before, PLAIN_NUMBER
from .metric_listed_nouns import listed_nouns
from .metric_lists import RESPECTIVELY
from .metric_nouns import (
    currencies, people_after, counted_after, countable_noun_set, joined_end, noun_list, people_nouns,
)
from .metric_money import goods_after, handed_over
from .metric_places import elliptic_count
from .metric_refer import ASPECT, money_before_predicate, money_head, without_exception_close
from .metric_clause_before import counted_before, past_aside, previous_subject
from .metric_subject import clause_start, subject_of, subject_before, without_aside
from .metric_subject_scope import scope_stripped, SPAN_NOUN
from .metric_cut import head_words, noun_head, word_end
from .metric_change_words import change_only, plan_only
from .metric_words import (
    CLAUSE_END, clean, DIGIT, noun_end, number_scope, phrase_patterns, strip_quotes, structure, word_set, word_tuple,
)
from .metric_cut import cut_marks
from .metric_cut import trim

_SET_MARK = "大"  # 四大工程 (rules/count.py <numeral>大<noun>: the noun is the unit)
_SENTENCE_PART_END = re.compile(f"[{re.escape(BREAKS)}]")
_ITEM_LONGEST = 6
# a change on to another level after an amount (猛降至1994年底的60亿美元, 发展到现在的50元)
_TO_LEVEL = re.compile("[至到][^，。；：]{0,12}?\\d")


@lru_cache(maxsize=1)
def _opens_from_base() -> re.Pattern:
    """`由一九七九年的二百四十亿元增加到一九八三年的`: a clause that opens with 由/从 and a year or
    an amount names no subject of its own (the clause before does)."""
    t = table("metric.toml")
    digits = t["comparison"]["year_digits"]
    amount = "[零〇○一二两三四五六七八九][零〇○一二两三四五六七八九十百千万亿点]+"  # 由一百七十五元
    # (从1996年到2020年美国石油产量…: a span of years is scope, the clause names its subject after it)
    span = f"(?!\\d{{4}}年?(?:到|至|—|－|-)\\d{{4}}年)"
    return re.compile(f"^(?:{alternation(t['leading']['connectives'])})?[由从]{span}(?:\\d|[{digits}]{{4}}年|{amount}|$)")


def _noun_in_span(text: str, start: int, end: int, unit: str | None) -> str | None:
    """The noun a span holds itself (`494.86万贫困人口`, `10万群众`, `近八亿人口`) or, for a count of
    人 then 的, the people it describes after; None where neither names a noun."""
    inside = SPAN_NOUN.sub("", text[start:end])
    if unit == "人" and len(inside) >= 2 and not inside.startswith(unit):
        return inside  # 494.86万贫困人口 (counted in 人): the noun is inside the span
    if unit in people_nouns() and inside.endswith(unit) or unit == "人" and inside == "人口":
        return inside  # 3000多万皖北地区群众 (counted in 群众): the people described, inside the span
    if unit and inside == _SET_MARK + unit:
        return unit  # 兼并两大企业, 三大油田的开发: the noun after 大 is what is counted
    if unit and inside == unit:
        if unit in countable_noun_set():
            return inside  # 10万群众, 东部9省市: the counted noun is the span's unit
        word = text[end - len(unit):end + 1]
        if word in word_set("noun_after", "unit_words"):
            return word  # 近八亿人口: the unit opens the noun counted
    if unit == "人" and text.startswith("的", end):
        people = people_after(text, end + 1)
        if people:
            return people  # 千余人的库尔德难民: the people a count of 人 then 的 describes
    return None


# (and a short head noun after the quote up to the clause's end: “交通安全进校园”活动)
_QUOTED = re.compile("“([^“”，。；：！？\\d\n]{2,16})”(?:([\u4e00-\u9fff]{1,3})(?=[，。；：！？\n]|$))?")


def _event_itself(after_raw: str) -> bool:
    """46次贿赂的财物, 两次访华的情景: after a count of times, words before 的 holding a verb or a noun are the
    event counted (what follows 的 is of it); a size or a manner alone (大规模的清查, 一分钟的延续时间) is not."""
    from .metric_after import segmenter  # (the metric's tagger, as described_noun reads it)
    head = after_raw.split("的", 1)[0]
    return any(tag[:1] in "vn" for _, tag in segmenter().pos(head))


def clause_metric(text: str, start: int, end: int, unit: str | None = None) -> str | None:
    """The metric phrase the clause of the number at [start, end) names itself: the noun inside
    its span, the subject before it or the noun after it; None where the clause names nothing."""
    _, giving, not_noun, opens_with_base, qualifier_head = structure()
    spanned = _noun_in_span(text, start, end, unit)
    if spanned is not None:
        return spanned
    # the clause back to its last break
    lo = clause_start(text, start, 50)  # far enough not to cut a long subject inside a word
    raw_before = without_aside(past_aside(text, lo) + text[lo:start])
    subject = subject_of(raw_before)
    # 比上年同期的289.4亿元, 1996年达160亿美元: a clause that holds only a base or a time
    # measures what the clause before it names
    if opens_with_base.match(raw_before) or number_scope().fullmatch(clean(subject)) \
            or _opens_from_base().match(raw_before):
        previous = subject_of(previous_subject(text, lo))
        head = ENDING_HEAD.search(text, max(0, lo - 12), max(0, lo - 1)) if unit in word_set("noun_after", "units") \
            and text[lo - 1:lo] in "，；" and (end == len(text) or CLAUSE_END.match(text, end)) else None
        if head:
            return head.group(1)  # 每人在300元以上的大队，1979年有1622个: the clause before ends with what is counted
        if len(clean(previous)) < 2:
            # 有3.2万多宗案件，较上年同期下降8%: a clause of only a count measures the things counted;
            # 消费水平，由175元提高到288元，1984年达到320元: past a clause that names no subject
            previous = counted_before(text, lo) or subject_before(text, start)
        elif clean(previous).startswith(word_tuple("change", "sizes")) or plan_only().match(clean(previous)):
            # 新开工面积…，且增速明显加快，由3月份增长7.4%: past a clause of how the change went;
            # 收入28.46亿元，完成调整预算27.96亿元的101.8%，比上年的…: past a plan fulfilled
            previous = named_subject_before(text, start) or previous
        subject = previous or subject
    before = clean(scope_stripped(subject))
    if before in word_set("reporting", "verbs"):
        before = ""  # 目前已证实有7人在…中死亡: how the count was learned names nothing counted
    if len(before) == 1 and lo >= 2 and text[lo - 1] == "、":
        # 追缴款、物共计30万元: one noun of a list is the list's last item, the list names it
        before = clean(scope_stripped(subject_of(text[clause_start(text, lo - 1):start])))
    elif unit in word_set("noun_after", "units") and 2 <= len(before) <= _ITEM_LONGEST \
            and before == clean(scope_stripped(raw_before)) and len(clean(raw_before)) <= _ITEM_LONGEST \
            and lo >= 2 and text[lo - 1] == "、" and RESPECTIVELY not in text[max(0, lo - 40):min(len(text), end + 4)]:
        # 星级宾馆、饭店25个, 大中型拖拉机、收割机2万余台: a count after nouns listed counts them together
        # (the whole list, up to the longest phrase: not cut to its last item by trim; the last item as
        # written, 社区健身园等: a word of scope inside a list item is the item's own)
        before = listed_nouns(text, lo - 1) + clean(raw_before)
        if "、" in before and len(before) <= cut_marks()[1] and CLAUSE_END.match(text, end):
            return before
    # and on to its next break, at most 30 characters
    ceiling = min(len(text), end + 30)
    tail = CLAUSE_END.search(text, end, ceiling)
    hi = tail.start() if tail else ceiling
    # 10万只以上候鸟: a qualifier after the unit stands between the number and its noun
    after_raw = qualifier_head.sub("", text[end:hi])
    after_raw = without_exception_close(raw_before, after_raw)  # 除４亿美元的资本金外
    if not before and (unit in word_set("noun_after", "units") or unit in word_set("existential", "units")):
        after_raw = past_cause(after_raw)  # 18家因治理无望被责令关停: what they do, not why (metric_cause.py)
    counted = unit in word_set("noun_after", "units")
    # 全行完成80亿元…计划: the verb of giving is read before the phrase is cleaned of it
    gives = bool(giving.search(before) or giving.search(raw_before))
    # (建立了10多亿元的副食品风险基金: after 的, a noun of money names the amount whatever the verb)
    money_noun = unit in currencies() and after_raw.startswith("的") \
        and clean(noun_end().sub("", re.split("[，。；：、]", after_raw[1:])[0])).endswith(
            word_tuple("money_nouns", "ends") + word_tuple("money_nouns", "ends_after_de"))
    if (counted or gives or money_noun) and after_raw.startswith("的"):
        # 超过100家的乐施米铺, 提供230亿美元的长期贷款: the noun after 的 is what is counted or given
        after_raw = after_raw[1:]
        if money_noun and not after_raw.startswith(word_tuple("money_nouns", "heads")):
            # 有2000亿美元的居世界首位的外汇储备: the noun of money after the last 的 (not 的贷款是…的)
            after_raw = after_raw[re.split("[，。；：、\\d]", after_raw)[0].rfind("的") + 1:]  # (not past a number)
    _, _, stop = phrase_patterns()
    if counted:
        sentence_end = _SENTENCE_PART_END.search(text, end, ceiling)
        # (with its break: the last item of a list read on is seen to end there)
        listed = qualifier_head.sub("", text[end:sentence_end.end() if sentence_end else ceiling]) \
            if text.startswith("、", hi) else ""
        named = counted_after(after_raw, stop, listed, unit)
        if named:
            return named
    cut = stop.search(after_raw)
    after = after_raw[: cut.start()] if cut else after_raw
    if cut:
        after = after_raw[: joined_end(after_raw, cut.start())]
    quoted = _QUOTED.match(after_raw)
    if quoted:
        after = quoted.group(1) + (quoted.group(2) or "")  # 核发250万元“再就业与解困资金”: the quoted name is one noun, 与 and all
    digit = PLAIN_NUMBER.search(after)
    after = clean(after[: digit.start()] if digit else after)  # 48个班2,160名: 班 (38家国家级5G工厂: whole)
    noun = strip_quotes(noun_head(after))
    # 3家合并: a function character cut a verb after its first character, leaving no noun
    # (342个村都建起了: a one-character noun counted as a unit is a noun whole, its predicate after it)
    after = noun if len(noun) >= 2 or noun == strip_quotes(after) or counted and noun in countable_noun_set() else ""
    after = word_end(after_raw, after)  # (重点国有企业以及…: 重点国有企业, not …以)
    is_noun = bool(after) and (after_raw[:1] == after[:1] or bool(quoted)) and not not_noun.match(after)
    # `N 个 X`: the noun after a classifier names what is counted; `设立2000万元产业发展基金`:
    # after a verb of giving, the noun after the amount names what was given
    # 6.2公里高架路和50公里地下管网: after a list word, the noun after the number is its own
    # 张三等10位经营者, 电池、插头等5类产品: after a list closed by 等, the noun after the number
    listed = raw_before.endswith(("和", "及", "与", "等")) and unit != "人"
    # 中央财政承担的15亿元资金, 刚领的六百多元工资: after a description ending in 的, the noun after
    # an amount is what the description describes, and so what the amount is
    described = raw_before.endswith("的") and unit in currencies() \
        and not after.startswith(tuple(word_set("generic", "nouns"))) \
        and not change_only().match(after) and not _TO_LEVEL.search(text, end, hi)
    # (新增的100亿元规模: 规模 names nothing; 设想的六百亿元多出: a change; 由…的234亿美元猛降至: a level of a change)
    # 欠原苏联1400亿美元巨额债务: a money amount right before a noun of money names that noun
    owned = unit in currencies() and after not in word_set("generic", "nouns") \
        and (after.endswith(word_tuple("money_nouns", "ends"))
             or money_noun and after.endswith(word_tuple("money_nouns", "ends_after_de")))
    head = money_head(after) if unit in currencies() and not owned and is_noun else None
    if not head and unit in currencies() and not owned and is_noun:
        head = money_before_predicate(after)  # 20亿元市级产业引导基金投运: the fund, not its start
    if head:
        after, owned = head, True  # 10亿美元资金投入了…: the noun of money, a predicate after it
    event = described_noun(after_raw) if unit in word_set("noun_after", "event_units") else None
    if event and not _event_itself(after_raw):
        return event  # 组织了４次大规模的清查: a description then 的, the event after it (metric_after.py)
    if is_noun and (counted or gives or listed or described or owned):
        if not counted:
            return head_words(after)
        nouns = noun_list(text, end, after)
        # 6件古瓷器拍卖了, 13位先进脱贫母亲请到北京: the noun, not its predicate (a list stays whole)
        aspect = after_raw.startswith(after) and after_raw[len(after):len(after) + 1] in ASPECT
        return head_words(noun_before_verb(after, aspect)) if nouns == head_words(after) else nouns
    if len(after) >= 2 and raw_before.endswith(word_tuple("beneficiary", "marks")):
        return head_words(after)
    if unit in word_set("noun_after", "event_units") and is_noun and len(after) >= 2 \
            and after[0] not in table("metric.toml")["noun_after"]["ends_before"] + "要":  # (三次被省…评为)
        # 包括5次强降雪, 督促有关部门22次现场办公: a count of times counts the event after it (两次元首会议均未…:
        # the event, not what it did)
        return head_words(noun_before_function(after))
    if before and number_scope().fullmatch(before):
        before = ""  # 1997年为10.1%: a time alone names nothing measured
    if before and counted and not after and unit and not DIGIT.search(raw_before) and CLAUSE_END.match(text, end):
        earlier = elliptic_count(text, start, end, unit, before, lambda s, e: clause_metric(text, s, e, unit))
        if earlier:
            return earlier  # 获得1081个世界冠军…，共夺得103个: 夺得世界冠军
    elided = elided_noun(text, start, end, unit, raw_before, lambda s, e: clause_metric(text, s, e, unit)) \
        if counted else None
    if elided:
        return elided  # 编写了一本《国防教育读本》，…购买了３０００本: 购买国防教育读本 (metric_elided_noun.py)
    goods = goods_after(text[end:ceiling]) if before and unit in currencies() else None
    if goods:
        return goods  # 带着近5万元的学习用品去学校: the goods the amount is worth (a list of them whole)
    handed = handed_over(raw_before, text, end) if unit in currencies() else ""
    if handed:
        return handed  # 张某将20万元人民币捐献给基金会: the act of handing it over
    if before:
        if "分别" in before and change_only().match(before[before.find("分别"):]):
            before = before.replace("分别", "")  # X分别增长 a%、b%: X增长
        return trim(before)
    if after:
        return head_words(after)
    return None
