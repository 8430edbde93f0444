"""What a number measures: the short phrase of its clause that names the metric.

Read from the clause's structure: the object before the number (`发放创业担保贷款 84 笔`),
`X 为/达/共 N` (`发放金额为 1237 万`), the noun after a classifier (`335 个村`, `五个督导组`),
or, for a number that opens its clause, what follows it (`69 人咨询了创业服务相关内容`).
The phrase is kept short and clean: scope before it is cut off (a number with its unit such as
`截至11月`, `2022年`, `5000万以上`; a leading place name `株洲经开区`; `全市`), so are verbs of
handing out (`发放`) where a noun remains; a clause that holds only its comparison base or a time
(`比上年同期的289.4亿元`, `1996年达160亿美元`) measures what the clause before it names; after a
verb of giving or a list word the noun after the amount names it (`设立2000万元产业发展基金`).
A clause that names nothing itself (a change after a time or a modal, `上半年是下降`; the size of a
change, `降幅为`; a price per unit, `每千瓦时平均为`; a plan, `完成年度计划的`; a base, `比原计划减少`)
measures the subject before it; so do both levels of `由A增至B`.
The words and characters used live in data/metric.toml. The parts: metric_words.py (the data as
patterns, cleaning a phrase), metric_subject.py (the subject read back from the clauses before),
metric_lists.py (numbers of 分别 lists), metric_after.py (words after `N的` naming the number),
metric_context.py (the subject named before past generic nouns and bases, counts before, purposes),
metric_topic.py (a bare measure after a sentence's topic), metric_refer.py (the same amount said
before, the amount before a share clause, a noun of money after an amount).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import BREAKS
from .lexicon import alternation, table
from .metric_after import noun_before_verb, words_after
from .metric_context import (
    bases_only, chinese_amount, counted_head, earlier_count, ENDING_HEAD, HEADLESS, HIDE, LATIN_NUMBER,
    named_subject_before, opens_clause, partitive_count, PLAIN_NUMBER, topic_frame, predicate_only, purpose_after, SHOW, elliptic_object, topic_before,
)
from .metric_reference import compared_level
from .metric_refer import amount_of_share, ASPECT, money_head, same_amount_before, without_exception_close
from .metric_topic import topic_measure
from .metric_elided import elided_subject, from_level_subject
from .metric_joined import completed
from .metric_places import elliptic_count, parallel_metric, place_only, placed_item
from .metric_nouns import (
    currencies, people_after,
    _counted_after, _countable_nouns, _joined_end, _named_after, _noun_list, _people_nouns, _share_part, _share_words,
    _valued_thing,
)
from .metric_lists import _LISTING, listed_nouns, _respective_subject, _RESPECTIVELY, _SENTENCE_PART, shared_after
from .metric_subject import (
    _clause_start, _from_to_subject, _given_after, _past_aside, _previous_subject, _priced_subject, _scope_stripped,
    _SPAN_NOUN, _subject, _subject_before, _without_aside,
)
from .metric_words import (
    _any_number, _change, _change_bases, _change_size, _change_word, _CLAUSE_END, _clean, _cut,
    _DIGIT, _MAX, _noun_end, _number_scope, _patterns, _PER_UNIT_MARK, _per_unit_rest, _plan_only, _strip_quotes,
    _structure, _trim, _word_set, _word_tuple, balanced,
)


_NOT_TIME = re.compile(r"\d[\d.]*(?![\d.]*(?:年|月|日|季度))")
# a number just before a list mark: the head of `4.4%、5.9%` or `10%、7.9%`
_LISTED_NUMBER = re.compile(r"\d[\d.,%]*(?:个百分点|[万亿]?[^\d、，。；：！？\s]{0,2})$")


def metric_for(text: str, start: int, end: int, unit: str | None = None) -> str | None:
    """The metric phrase for the number at [start, end) of normalized text: never holding a
    clause break or another number (what follows the last number of a phrase is its own)."""
    before = same_amount_before(text, start, end, unit)
    if before is not None:  # 经费只有2000万元。…都来争这2000万元: the amount named again is the one before
        return metric_for(text, before, before + end - start, unit)
    # (a clause with no subject of its own measures the one before: metric_elided.py)
    phrase = elided_subject(text, start) or _metric(text, start, end, unit) or from_level_subject(text, start, end)
    phrase = phrase or None
    if phrase and (place_only(phrase, text, start) or placed_item(phrase, text, start)):
        # 美国为45%: the place is scope; the run's earlier number or clause names what is measured
        phrase = parallel_metric(text, start, lambda s, e: _metric(text, s, e)) or phrase
    hidden = LATIN_NUMBER.sub(lambda m: m.group().translate(HIDE), phrase) if phrase else phrase
    amounts = list(chinese_amount().finditer(phrase)) if phrase else []
    cut = bool(amounts) and len(phrase) - amounts[-1].end() >= 2
    if cut:
        # 原来设想的六百亿元多出: an amount in Chinese numerals ends the phrase as digits do
        phrase = hidden = phrase[amounts[-1].end():]
    if hidden and _DIGIT.search(hidden) or cut:
        parts = [_clean(x.translate(SHOW)) for x in _any_number().split(hidden)]
        # 培训46期2,760人: a number right after another shares what the one before it measures
        phrase = next((x for x in reversed(parts) if len(x) >= 2), None) if len(parts[-1]) < 2 else parts[-1]
        if phrase and _change().match(phrase):
            # 比原来设想的600亿元多出54%: what is left after the base's number is a change of the subject before
            subject = named_subject_before(text, start)
            phrase = _trim(subject) + phrase if subject else phrase
        if phrase and predicate_only().fullmatch(phrase):
            # 有可能超过1987年创纪录的: what is left after the time names nothing; the subject before does
            phrase = _trim(named_subject_before(text, start)) or phrase
    if phrase:
        # 重工业生产，…，今年的产值预计比去年下降5%: a bare measure is the topic's the sentence opens with
        phrase = topic_measure(text, start, phrase) or phrase
    # 还有高达40%的年终回报率 (nothing before names it), 教师、医生代表占…的38% (nouns listed together)
    phrase = completed(text, start, end, phrase, bool(_PERCENT.search(text, start, end)), unit in currencies())
    return balanced(phrase) if phrase else phrase


def _metric(text: str, start: int, end: int, unit: str | None = None, _depth: int = 0) -> str | None:
    phrase = _metric_for(text, start, end, unit)
    if _depth == 0 and unit in _word_set("noun_after", "units"):
        # 91家金融公司中的58家, 其中的4家: a count of some among others counts those others (where
        # the phrase names something after the number, only a count written …中的N)
        named_after = phrase is not None and text.find(phrase[:2], end, end + 8) >= 0 \
            and not _structure()[2].match(phrase)  # (至少有8家是合并的结果: no noun after it)
        before = not named_after
        among = partitive_count(text, start, unit, lambda s_, e_: _metric_for(text, s_, e_, unit), strong=not before)
        if among:
            return among
    compared = compared_level(text, start, end) if _depth == 0 else ""
    if compared:
        return compared  # 低于13%左右的预期目标: the level the subject before is compared with
    if _depth == 0 and _PERCENT.search(text, start, end) and not text.endswith(_word_tuple("after", "being"), 0, start):
        # (山区面积达92.8%的贫困地区: after 达 the number is the subject's, whatever follows)
        after = words_after(text, end)
        named = _named_after(after, phrase) if after else None
        if named:
            return named
    if _depth == 0 and phrase and _PERCENT.search(text, start, end):
        framed = topic_frame(text, start, phrase)
        if framed:
            return framed  # 在高端装备产品方面，某国在全球市场上的比例为12.4%
    if _depth == 0 and _PERCENT.search(text, start, end) and opens_clause(text, start) \
            and not text.startswith("的", end):
        # 原定今年全部投产的项目，90%以上可以按计划实现: a percent that opens its clause after a clause
        # that is only a noun (no number in it) is a share of that noun
        topic = topic_before(text, start)
        if topic:
            return topic
    change = _clean(_DIGIT.split(phrase or "", maxsplit=1)[0])  # 实际增长7.7%和: 实际增长
    if _depth == 0 and (_RESPECTIVELY in text[max(0, start - 30):start] or text[start - 1:start] in _LISTING
                        or text[end:end + 1] in _LISTING):
        own = bool(change) and not _change().match(change)  # the clause names its subject
        # (竣工面积2322万平方米，比1996年分别增长: a clause opening with its base borrowed the subject before)
        own = own and not _structure()[3].match(text[_clause_start(text, start):start])
        listed = _respective_subject(text, start, own)
        if listed and listed.subject.endswith(_word_tuple("lists", "actor_ends")):
            listed = None  # 基金会与香港委员会分别拨出40万和300万港元: who gave, not what is measured
        if listed is None and _RESPECTIVELY in (phrase or ""):
            # 分别拨出40万和300万港元购买救灾物资: the first numbers of a list share the noun the last names after it
            shared = shared_after(text, end, lambda s_, e_: _metric(text, s_, e_, unit, _depth + 1))
            if shared:
                return shared
        if listed and listed.topic:
            return _trim(listed.subject)
        if listed:
            # every number of the list takes the change word before the list's first number
            # (分别增长4.5%、3%: 3% too), not the rest of the phrase (工业品出厂和原材料购进价格比上年分别上涨)
            part = _SENTENCE_PART.match(text, max(0, start - 40), start)
            digit = next((m for m in _NOT_TIME.finditer(text, part.end() if part else max(0, start - 40), start + 1)),
                         None)  # (分别比1995年增长69%: the list's first number, not its base year)
            word = _change_word().search(text, max(0, digit.start() - 16), digit.start()) if digit else None
            suffix = word.group() if word else ("" if own else change)
            return _trim(listed.subject) + _change_bases().sub("", suffix)  # the subject cut, never the change
    signed = start >= 3 and text[start - 1] in _SIGNS and text[start - 2] in "、和及与"  # (、—0.8%和—1.2%)
    mark = start - 2 if signed else start - 1
    if _depth < 4 and start >= 2 and text[mark] in "、和及与":
        # 分别增长4.4%、5.9%: a number listed right after another measures what the head does
        m = _LISTED_NUMBER.search(text, max(0, mark - 15), mark)
        if m and _DIGIT.search(m.group()) and (phrase is None or _DIGIT.search(phrase) or _change().match(phrase)
                                               or not _DIGIT.search(text[start:end][:1])):
            head = _metric(text, m.start(), mark, unit, _depth + 1)
            if head is None and _depth == 0:
                # (分别比上年增长9.4%和14.2%: the head measures a subject read back only at the top level)
                head = metric_for(text, m.start(), mark, unit)
            if head and _PERCENT.search(text, start, end) and _share_words()[0].match(head):
                # 分别占全区的33%和12%: the head's share is of the part named before it, as the head's is
                head = _share_part(text, m.start(), head) or head
            if head:
                return head
    clause = text[_clause_start(text, start):start]
    # (去年完成209.9亿元: a clause of only scope words and a verb of reaching, as much as 达 alone)
    # (首次突破100亿元: an adverb is no subject either; 有超过2000亿美元的外汇储备: named after 的)
    adverbs = _word_set("trailing", "adverbs")
    # (而去年1月至11月就达到1.3万人: months and a bare adverb are scope too)
    verb = next((v for v in _word_tuple("reaching", "verbs") if clause.endswith(v)), "") if phrase is None else ""
    bare = _clean(_MONTHS.sub("", clause[: len(clause) - len(verb)])) if verb else "-"
    reaching_only = clause.endswith(_word_tuple("reaching", "verbs")) and not text.startswith("的", end) \
        and (not _clean(clause) or _clean(clause) in adverbs or bare in _word_set("reaching", "adverbs"))
    if (phrase is None or phrase in adverbs) and _depth == 0 and (_REACHING_ONLY.fullmatch(clause) or reaching_only):
        # 贸易顺差突破400亿美元，达403.4亿美元: a clause of only 达 measures the subject before it
        counted = unit in _word_set("noun_after", "units")
        alone = end == len(text) or bool(_CLAUSE_END.match(text, end))  # (215家正在施工: its own predicate)
        # (…1400亿美元巨额债务的一部分，大约为500亿美元: an amount in the same currency, its noun after it)
        earlier = earlier_count(text, start, unit, lambda s_, e_: _metric_for(text, s_, e_, unit)) \
            if (counted or unit in currencies()) and alone else None
        if earlier:
            return earlier  # 地方有18个建设项目，共计119个: what the count before in the same unit counts
        subject = _subject_before(text, start)
        if subject:
            return counted_head(subject) if counted else subject
    if _depth == 0 and unit in _word_set("noun_after", "units") and HEADLESS.search(clause) \
            and (end == len(text) or _CLAUSE_END.match(text, end)):  # (的是100多名中学生: named after)
        # 这批改造工程，在年底前能够全部交付的有64个: a description with no noun after its 的
        # counts the things the clause before names
        subject = named_subject_before(text, start)
        if subject:
            return counted_head(subject)
    if phrase and _depth == 0 and _structure()[1].search(phrase) and _CLAUSE_END.match(text, end):
        # 省财政拿出150万元，作为送温暖活动资金: an amount given with no noun after it is named by
        # the purpose the next clause gives it
        purpose = purpose_after(text, end)
        if purpose:
            return purpose
        given = elliptic_object(text, start, end, phrase) if not _PERCENT.search(text, start, end) else ""
        if given:
            return given  # 发行超长期特别国债，…，今年先发行1万亿元: the thing the verb gave before
    if phrase and _depth == 0 and _plan_only().match(phrase) and _PERCENT.search(text, start, end):
        # 粮食总产量达到3680亿斤，完成年度计划的102%: the plan fulfilled is the subject's
        subject = _subject_before(text, start)
        if subject:
            plan = _plan_only().match(phrase)
            excess = plan.group("verb") in _word_tuple("plan", "excess_verbs")  # (超过年度计划4%: not 完成)
            return _trim(subject + (plan.group("verb") if excess else "完成") + plan.group("plan"))
    if phrase is None and _depth == 0:
        # 社会商品零售额不仅没有减少，而且将比上年增长4%: a clause of only a connective and a change
        clause = _clean(_without_aside(clause))  # (减少了: the trailing 了 off)
        change_at = _change_word().search(clause)
        # (比1991年增长, 比原投资计划减少: a base before the change names nothing)
        head = _clean(_number_scope().sub("", _clean(_subject(clause[:change_at.start()])))) if change_at else "-"
        if change_at and change_at.start() < len(clause) and not head:
            subject = _subject_before(text, start)
            if subject:
                return _trim(subject) + _change_bases().sub("", _clean(change_at.group()))
    if phrase and _depth == 0 and phrase.endswith(_word_tuple("value", "words")):
        valued = _valued_thing(text, end)
        if valued:
            return valued
        if phrase in _word_tuple("value", "words"):
            # 水泥500吨，价值12万元; 骤跌260亿英镑（相当于420亿美元）: the value of the amount before
            before = _LISTED_NUMBER.search(text, max(0, start - 16), max(0, start - len(phrase) - 1))
            if not (before and _DIGIT.search(before.group())):
                # 3亿谢克尔（合8600万美元）, 二亿至二点五亿英镑，约合三亿至四亿美元: any currency, any numerals
                at = text.rfind(phrase, max(0, start - len(phrase) - 3), start)
                before = _AMOUNT_BEFORE.search(text, max(0, at - 24), at) if at > 0 else None
            if before:
                head = _metric(text, before.start(), before.end(), None, _depth + 1)
                if head and head not in _word_tuple("value", "words"):
                    return head
    # 其中有17个奥运会小项的世界冠军，占总数的18.5%: a share with no part of its own is the amount's before
    earlier = amount_of_share(text, start) if phrase and _depth == 0 and _PERCENT.search(text, start, end) else None
    part = _metric(text, *earlier, _depth + 1) if earlier else None
    if part and len(part) >= 2 and not _DIGIT.search(part) and not _share_words()[0].match(part):
        return part
    if phrase and _depth == 0 and _PERCENT.search(text, start, end):
        share = _share_part(text, start, phrase)
        if share:
            return share
    if phrase and _depth == 0 and _PER_UNIT_MARK in phrase:
        rest = _per_unit_rest(phrase)
        if rest is not None:
            # 照明电价，整顿前每千瓦时平均为0.8元; 现在是每千瓦时0.68元: a price per unit whose clause
            # names nothing else measures the subject before it
            subject = (_given_after(text, end) or _priced_subject(text, start)) if len(rest) < 2 else ""
            return _trim(subject) if subject else (rest if len(rest) >= 2 else phrase)
    if phrase and _depth == 0 and unit not in _word_set("noun_after", "units"):  # (由84个委办局减至: counted)
        ranged = _from_to_subject(text, start)
        if ranged:
            return _trim(ranged)
    if phrase and phrase.startswith(_word_tuple("comparison", "bases")):
        # 比原投资计划减少了16.1%: a clause of only a base and a change measures the subject before
        rest = phrase[next(len(b) for b in sorted(_word_tuple("comparison", "bases"), key=len, reverse=True)
                           if phrase.startswith(b)):]
        if rest and _change().match(rest):
            phrase = rest
    if phrase and (_change().match(phrase) or _change_size().match(phrase)):
        # 地区生产总值8600亿元、增长6.2%; 财政收入3.72万亿元，增长12.4%; 某指数下跌69点，降幅为1.35%
        subject = named_subject_before(text, start)
        if subject:
            change = _change_bases().sub("", phrase)
            subject = _trim(subject)
            # (…，增长率为30.8%，而上年同期仅为…，增长率为59%: the subject read back already ends with it)
            return subject if subject.endswith(change) else subject + change
    if phrase and _depth == 0 and (phrase in _word_set("generic", "nouns") or bases_only(phrase)
                                   or predicate_only().fullmatch(phrase)):
        # 其总额为842亿美元, 数量由年初的530多家: a measure named by a generic noun alone is the
        # subject's; 而上年同期仅为249.5亿元: a clause of only its base measures the subject before
        subject = named_subject_before(text, start)
        if subject:
            return _trim(subject + phrase) if phrase in _word_set("generic", "nouns") else _trim(subject)
    return phrase


_SIGNS = "—－-"  # a minus sign written before a listed number
_SENTENCE_PART_END = re.compile(f"[{re.escape(BREAKS)}]")
_ITEM_LONGEST = 6
_PERCENT = re.compile("[%％‰]|百分之|百分点|(?<=[一二三四五六七八九十两])成$")  # 四成
# an amount that ends just before a value word: its number (digits or Chinese numerals, a range) and
# a unit of up to four characters, then a bracket or a comma
_AMOUNT_BEFORE = re.compile("(?:\\d[\\d.,·]*|[零〇○一二两三四五六七八九十百千万亿点至—]{2,})[万亿]*"
                            "[^\\d\\s，。；：、（）()]{1,4}(?=[（(，,]?$)")


# a change on to another level after an amount (猛降至1994年底的60亿美元, 发展到现在的50元)
_TO_LEVEL = re.compile("[至到][^，。；：]{0,12}?\\d")


# a month or a span of months (1月至11月, 1至10月份) inside a clause's scope
_MONTHS = re.compile("\\d{1,2}(?:月份?)?(?:至|到|—|－|-)\\d{1,2}月份?|\\d{1,2}月份?")
# 1997年为10.1%, 总共有7941件: a clause of only these words measures the subject before it
_REACHING_ONLY = re.compile("(?:\\d{4}年)?(?:总共|一共|共计|累计|合计|总计|共|计|约)?(?:有|达到|达|为)?")


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


# (and a short head noun after the quote up to the clause's end: “交通安全进校园”活动)
_QUOTED = re.compile("“([^“”，。；：！？\\d\n]{2,16})”(?:([\u4e00-\u9fff]{1,3})(?=[，。；：！？\n]|$))?")
def _metric_for(text: str, start: int, end: int, unit: str | None = None) -> str | None:
    _, giving, not_noun, opens_with_base, qualifier_head = _structure()
    inside = _SPAN_NOUN.sub("", text[start:end])
    if unit == "人" and len(inside) >= 2 and not inside.startswith(unit):
        return inside  # 494.86万贫困人口 (counted in 人): the noun is inside the span
    if unit in _people_nouns() and inside.endswith(unit) or unit == "人" and inside == "人口":
        return inside  # 3000多万皖北地区群众 (counted in 群众): the people described, inside the span
    if unit and inside == unit:
        if unit in _countable_nouns():
            return inside  # 10万群众, 东部9省市: the counted noun is the span's unit
        word = text[end - len(unit):end + 1]
        if word in _word_set("noun_after", "unit_words"):
            return word  # 近八亿人口: the unit opens the noun counted
    if unit == "人" and text.startswith("的", end):
        people = people_after(text, end + 1)
        if people:
            return people  # 千余人的库尔德难民: the people a count of 人 then 的 describes
    # the clause back to its last break
    lo = _clause_start(text, start, 50)  # far enough not to cut a long subject inside a word
    raw_before = _without_aside(_past_aside(text, lo) + text[lo:start])
    subject = _subject(raw_before)
    # 比上年同期的289.4亿元, 1996年达160亿美元: a clause that holds only a base or a time
    # measures what the clause before it names
    if opens_with_base.match(raw_before) or _number_scope().fullmatch(_clean(subject)) \
            or _opens_from_base().match(raw_before):
        previous = _subject(_previous_subject(text, lo))
        head = ENDING_HEAD.search(text, max(0, lo - 12), max(0, lo - 1)) if unit in _word_set("noun_after", "units") \
            and text[lo - 1:lo] in "，；" and (end == len(text) or _CLAUSE_END.match(text, end)) else None
        if head:
            return head.group(1)  # 每人在300元以上的大队，1979年有1622个: the clause before ends with what is counted
        if len(_clean(previous)) < 2:
            # 消费水平，由175元提高到288元，1984年达到320元: past a clause that names no subject
            previous = _subject_before(text, start)
        elif _clean(previous).startswith(_word_tuple("change", "sizes")):
            # 新开工面积…，且增速明显加快，由3月份增长7.4%: past a clause of how the change went
            previous = named_subject_before(text, start) or previous
        subject = previous or subject
    before = _clean(_scope_stripped(subject))
    if len(before) == 1 and lo >= 2 and text[lo - 1] == "、":
        # 追缴款、物共计30万元: one noun of a list is the list's last item, the list names it
        before = _clean(_scope_stripped(_subject(text[_clause_start(text, lo - 1):start])))
    elif unit in _word_set("noun_after", "units") and 2 <= len(before) <= _ITEM_LONGEST and before == _clean(raw_before) \
            and lo >= 2 and text[lo - 1] == "、" and _RESPECTIVELY not in text[max(0, lo - 40):min(len(text), end + 4)]:
        # 星级宾馆、饭店25个, 大中型拖拉机、收割机2万余台: a count after nouns listed counts them together
        # (the whole list, up to the longest phrase: not cut to its last item by _trim)
        before = listed_nouns(text, lo - 1) + before
        if "、" in before and len(before) <= _cut()[1] and _CLAUSE_END.match(text, end):
            return before
    # and on to its next break, at most 30 characters
    ceiling = min(len(text), end + 30)
    tail = _CLAUSE_END.search(text, end, ceiling)
    hi = tail.start() if tail else ceiling
    # 10万只以上候鸟: a qualifier after the unit stands between the number and its noun
    after_raw = qualifier_head.sub("", text[end:hi])
    after_raw = without_exception_close(raw_before, after_raw)  # 除４亿美元的资本金外
    counted = unit in _word_set("noun_after", "units")
    # 全行完成80亿元…计划: the verb of giving is read before the phrase is cleaned of it
    gives = bool(giving.search(before) or giving.search(raw_before))
    # (建立了10多亿元的副食品风险基金: after 的, a noun of money names the amount whatever the verb)
    money_noun = unit in currencies() and after_raw.startswith("的") \
        and _clean(_noun_end().sub("", re.split("[，。；：、]", after_raw[1:])[0])).endswith(
            _word_tuple("money_nouns", "ends") + _word_tuple("money_nouns", "ends_after_de"))
    if (counted or gives or money_noun) and after_raw.startswith("的"):
        # 超过100家的乐施米铺, 提供230亿美元的长期贷款: the noun after 的 is what is counted or given
        after_raw = after_raw[1:]
        if money_noun and not after_raw.startswith(_word_tuple("money_nouns", "heads")):
            # 有2000亿美元的居世界首位的外汇储备: the noun of money after the last 的 (not 的贷款是…的)
            after_raw = after_raw[re.split("[，。；：、\\d]", after_raw)[0].rfind("的") + 1:]  # (not past a number)
    _, _, stop = _patterns()
    if counted:
        sentence_end = _SENTENCE_PART_END.search(text, end, ceiling)
        listed = qualifier_head.sub("", text[end:sentence_end.start() if sentence_end else ceiling]) \
            if text.startswith("、", hi) else ""
        named = _counted_after(after_raw, stop, listed)
        if named:
            return named
    cut = stop.search(after_raw)
    after = after_raw[: cut.start()] if cut else after_raw
    if cut:
        after = after_raw[: _joined_end(after_raw, cut.start())]
    quoted = _QUOTED.match(after_raw)
    if quoted:
        after = quoted.group(1) + (quoted.group(2) or "")  # 核发250万元“再就业与解困资金”: the quoted name is one noun, 与 and all
    digit = PLAIN_NUMBER.search(after)
    after = _clean(after[: digit.start()] if digit else after)  # 48个班2,160名: 班 (38家国家级5G工厂: whole)
    noun = _strip_quotes(_noun_end().sub("", after))
    # 3家合并: a function character cut a verb after its first character, leaving no noun
    # (342个村都建起了: a one-character noun counted as a unit is a noun whole, its predicate after it)
    after = noun if len(noun) >= 2 or noun == _strip_quotes(after) or counted and noun in _countable_nouns() else ""
    is_noun = bool(after) and (after_raw[:1] == after[:1] or bool(quoted)) and not not_noun.match(after)
    # `N 个 X`: the noun after a classifier names what is counted; `设立2000万元产业发展基金`:
    # after a verb of giving, the noun after the amount names what was given
    # 6.2公里高架路和50公里地下管网: after a list word, the noun after the number is its own
    # 张三等10位经营者, 电池、插头等5类产品: after a list closed by 等, the noun after the number
    listed = raw_before.endswith(("和", "及", "与", "等")) and unit != "人"
    # 中央财政承担的15亿元资金, 刚领的六百多元工资: after a description ending in 的, the noun after
    # an amount is what the description describes, and so what the amount is
    described = raw_before.endswith("的") and unit in currencies() \
        and not after.startswith(tuple(_word_set("generic", "nouns"))) \
        and not _change().match(after) and not _TO_LEVEL.search(text, end, hi)
    # (新增的100亿元规模: 规模 names nothing; 设想的六百亿元多出: a change; 由…的234亿美元猛降至: a level of a change)
    # 欠原苏联1400亿美元巨额债务: a money amount right before a noun of money names that noun
    owned = unit in currencies() and after not in _word_set("generic", "nouns") \
        and (after.endswith(_word_tuple("money_nouns", "ends"))
             or money_noun and after.endswith(_word_tuple("money_nouns", "ends_after_de")))
    head = money_head(after) if unit in currencies() and not owned and is_noun else None
    if head:
        after, owned = head, True  # 10亿美元资金投入了…: the noun of money, a predicate after it
    if is_noun and (counted or gives or listed or described or owned):
        if not counted:
            return after[:_MAX]
        nouns = _noun_list(text, end, after)
        # 6件古瓷器拍卖了, 13位先进脱贫母亲请到北京: the noun, not its predicate (a list stays whole)
        aspect = after_raw.startswith(after) and after_raw[len(after):len(after) + 1] in ASPECT
        return noun_before_verb(after, aspect)[:_MAX] if nouns == after[:_MAX] else nouns
    if len(after) >= 2 and raw_before.endswith(_word_tuple("beneficiary", "marks")):
        return after[:_MAX]
    if unit in _word_set("noun_after", "event_units") and is_noun and len(after) >= 2 \
            and after[0] not in table("metric.toml")["noun_after"]["ends_before"] + "要":  # (三次被省…评为)
        return after[:_MAX]  # 包括5次强降雪, 督促有关部门22次现场办公: a count of times counts the event after it
    if before and _number_scope().fullmatch(before):
        before = ""  # 1997年为10.1%: a time alone names nothing measured
    if before and counted and not after and unit and not _DIGIT.search(raw_before) and _CLAUSE_END.match(text, end):
        earlier = elliptic_count(text, start, end, unit, before, lambda s, e: _metric_for(text, s, e, unit))
        if earlier:
            return earlier  # 获得1081个世界冠军…，共夺得103个: 夺得世界冠军
    if before:
        if "分别" in before and _change().match(before[before.find("分别"):]):
            before = before.replace("分别", "")  # X分别增长 a%、b%: X增长
        return _trim(before)
    if after:
        return after[:_MAX]
    return None
