"""What a number's clause names by its structure (metric_clause.py) and, where the clause names nothing of its own
(a verb of reaching, a change, a base, a plan, a price per unit, a generic noun), the subject before it. The
fallback reader of metric.py, apart from it because metric.py only picks among readers of wider context."""
from __future__ import annotations

import re

from .metric_after import words_after
from .metric_becoming import becoming_subject
from .metric_clause import clause_metric
from .metric_part_predicate import part_predicate
from .metric_context import (
    bases_only, counted_head, earlier_count, HEADLESS, named_subject_before, opens_clause, partitive_count, topic_frame, predicate_only, purpose_after, elliptic_object, topic_before,
)
from .lexicon import alternation, table
from .metric_reference import compared_level
from .metric_refer import amount_of_share
from .metric_kind import kind_amount
from .metric_headless import described_part
from .metric_means import price_paid
from .metric_people import people_predicate
from .metric_sized import sized_thing
from .metric_change_after import change_of_amount
from .metric_places import scope_only
from .metric_money import spends, taken_for
from .metric_examples import listed_examples
from .metric_nouns import currencies, named_after_percent, share_part, share_words
from .metric_value import value_of, value_words
from .metric_lists import LISTING, RESPECTIVELY
from .metric_from_to import from_to_subject
from .metric_priced import given_after, priced_subject
from .metric_subject import clause_start, subject_of, subject_before, without_aside
from .metric_words import CLAUSE_END, clean, DIGIT, number_scope, structure, word_set, word_tuple, PERCENT
from .metric_change_words import change_only, change_bases, change_size, change_word, plan_only
from .metric_per_unit import PER_UNIT_MARK, per_unit_rest
from .metric_cut import trim
from .metric_respective import listed_head, listed_total, respective_metric


def structure_metric(text: str, start: int, end: int, unit: str | None = None, depth: int = 0) -> str | None:
    """The metric the number's clause names read from its structure (metric_clause.py) and, where that names
    nothing or only a change, a base, a plan or a generic noun, the subject before it; `depth` > 0 reads a
    number another reader names (a list's head, a share's amount), without the readers that look further."""
    from .metric import read_metric  # (late: metric imports this module)
    # 这些工程，年内能够交付使用的有23个: the description tells the part; 以3万元的价格: the price;
    # 某国去年有5230人死于车祸: what the people counted do
    part = (described_part(text, start, end, unit) or price_paid(text, start, end, unit)
            or people_predicate(text, start, end, unit, lambda t, s, e: structure_metric(t, s, e, unit, 1))
            or sized_thing(text, start, end, unit)) if depth == 0 else None
    if part:
        return part
    if depth == 0 and unit in word_set("noun_after", "units"):
        # 园区和工业集中区由150个整合为96个: both levels of a verb of becoming are the subject's (metric_becoming.py)
        becoming = becoming_subject(text, start, end)
        if becoming:
            return becoming
    phrase = clause_metric(text, start, end, unit)
    kind = kind_amount(text, start, phrase) if depth > 0 else None
    if kind:
        return kind  # 外资项目7个，总投资58.6亿元，占比12.1%: the amount a share is of, its kind's (metric_kind.py)
    if depth == 0 and unit in word_set("noun_after", "units"):
        # 91家金融公司中的58家, 其中的4家: a count of some among others counts those others (where
        # the phrase names something after the number, only a count written …中的N)
        # (至少有8家是合并的结果: no noun after it, a predicate)
        named_after = phrase is not None and text.find(phrase[:2], end, end + 8) >= 0 \
            and not structure()[2].match(phrase) and not text.startswith("是", end)
        before = not named_after
        predicate = part_predicate(text, start, end, unit)
        if predicate:
            return predicate  # 在１２０家餐馆中，有１８家卫生不合格: the part is named by what defines it
        among = partitive_count(text, start, unit, lambda s_, e_: clause_metric(text, s_, e_, unit), strong=not before)
        if among:
            return among
    compared = compared_level(text, start, end) if depth == 0 else ""
    if compared:
        return compared  # 低于13%左右的预期目标: the level the subject before is compared with
    if depth == 0 and PERCENT.search(text, start, end) and not text.endswith(word_tuple("after", "being"), 0, start):
        # (山区面积达92.8%的贫困地区: after 达 the number is the subject's, whatever follows)
        after = words_after(text, end)
        named = named_after_percent(after, phrase) if after else None
        if named:
            return named
        if after and after.measure and phrase in word_set("after", "keeping"):
            # 工业增加值…，继续保持9.5%的增长速度: the rate kept is the subject's before
            subject = named_subject_before(text, start)
            if subject:
                return trim(subject + clean(after.measure))
    if depth == 0 and phrase and PERCENT.search(text, start, end):
        framed = topic_frame(text, start, phrase)
        if framed:
            return framed  # 在高端装备产品方面，某国在全球市场上的比例为12.4%
    if depth == 0 and PERCENT.search(text, start, end) and opens_clause(text, start) \
            and not text.startswith("的", end):
        # 原定今年全部投产的项目，90%以上可以按计划实现: a percent that opens its clause after a clause
        # that is only a noun (no number in it) is a share of that noun
        topic = topic_before(text, start)
        if topic:
            return topic
    if depth == 0 and (RESPECTIVELY in text[max(0, start - 30):start] or text[start - 1:start] in LISTING
                        or text[end:end + 1] in LISTING):
        listed = respective_metric(text, start, end, unit, phrase)
        if listed is not None:
            return listed
    head = listed_head(text, start, end, unit, phrase, depth)
    if head:
        return head
    clause = text[clause_start(text, start):start]
    # (去年完成209.9亿元: a clause of only scope words and a verb of reaching, as much as 达 alone)
    # (首次突破100亿元: an adverb is no subject either; 有超过2000亿美元的外汇储备: named after 的)
    adverbs = word_set("trailing", "adverbs")
    # (而去年1月至11月就达到1.3万人: months and a bare adverb are scope too)
    verb = next((v for v in word_tuple("reaching", "verbs") if clause.endswith(v)), "") if phrase is None else ""
    bare = clean(_MONTHS.sub("", clause[: len(clause) - len(verb)])) if verb else "-"
    reaching_only = clause.endswith(word_tuple("reaching", "verbs")) and not text.startswith("的", end) \
        and (not clean(clause) or clean(clause) in adverbs or bare in word_set("reaching", "adverbs"))
    if (phrase is None or phrase in adverbs) and depth == 0 and (_REACHING_ONLY.fullmatch(clause) or reaching_only):
        # 贸易顺差突破400亿美元，达403.4亿美元: a clause of only 达 measures the subject before it
        counted = unit in word_set("noun_after", "units")
        alone = end == len(text) or bool(CLAUSE_END.match(text, end))  # (215家正在施工: its own predicate)
        # (…1400亿美元巨额债务的一部分，大约为500亿美元: an amount in the same currency, its noun after it)
        earlier = earlier_count(text, start, unit, lambda s_, e_: clause_metric(text, s_, e_, unit)) \
            if (counted or unit in currencies()) and alone else None
        # (甲镇、乙镇在校学生分别为6820人、5940人，合计12760人: a total right after a list in its unit
        # is of what the list measures)
        earlier = earlier or (listed_total(text, start, unit) if alone else None)
        if earlier:
            return earlier  # 地方有18个建设项目，共计119个: what the count before in the same unit counts
        subject = subject_before(text, start)
        if subject:
            return counted_head(subject) if counted else subject
    if depth == 0 and unit in word_set("noun_after", "units") and HEADLESS.search(clause) \
            and (end == len(text) or CLAUSE_END.match(text, end)):  # (的是100多名中学生: named after)
        # 这批改造工程，在年底前能够全部交付的有64个: a description with no noun after its 的
        # counts the things the clause before names
        subject = named_subject_before(text, start)
        if subject:
            return counted_head(subject)
    # 中央下拨1000万元用于救济灾民, 另有600万元用于…: the purpose right after the amount names it too
    # (其中去年发放2300万元，扶持…: a part of a total named before is named by that total, not by a purpose)
    part = text.startswith(word_tuple("frame", "parts"), clause_start(text, start))
    used_for = (purpose_after(text, end, direct=True) or taken_for(text, end, phrase)) if phrase and depth == 0 and unit in currencies() \
        and not part and (structure()[1].search(phrase) or len(clean(phrase)) < 2 or spends(phrase)) else ""
    if used_for or phrase and depth == 0 and structure()[1].search(phrase) and CLAUSE_END.match(text, end):
        # 省财政拿出150万元，作为送温暖活动资金: an amount given with no noun after it is named by
        # the purpose the next clause gives it
        purpose = used_for or ("" if part else purpose_after(text, end))
        if purpose:
            return purpose
        given = elliptic_object(text, start, end, phrase) if not PERCENT.search(text, start, end) else ""
        if given:
            return given  # 发行超长期特别国债，…，今年先发行1万亿元: the thing the verb gave before
    if phrase is None and depth == 0 and PERCENT.search(text, start, end):
        # 钢产量4347万吨，完成计划的108.7%: 完成 and a bare 计划 are each a scope word, so the clause reads as
        # naming nothing; together they name the plan fulfilled (as 完成年度计划 does)
        bare = clause.strip().removesuffix("的")
        phrase = bare if plan_only().fullmatch(bare) else phrase
    if phrase and depth == 0 and plan_only().match(phrase) and PERCENT.search(text, start, end):
        # 粮食总产量达到3680亿斤，完成年度计划的102%: the plan fulfilled is the subject's
        subject = subject_before(text, start)
        # 全年税收收入目标为1080亿元,前三季度完成年度目标的75.2%: the subject before is the target itself; what
        # it targets is what was fulfilled
        subject = _target_thing(subject) or subject
        if subject:
            plan = plan_only().match(phrase)
            excess = plan.group("verb") in word_tuple("plan", "excess_verbs")  # (超过年度计划4%: not 完成)
            return trim(subject + (plan.group("verb") if excess else "完成") + plan.group("plan"))
    if phrase is None and depth == 0:
        # 社会商品零售额不仅没有减少，而且将比上年增长4%: a clause of only a connective and a change
        clause = clean(without_aside(clause))  # (减少了: the trailing 了 off)
        change_at = change_word().search(clause)
        # (比1991年增长, 比原投资计划减少: a base before the change names nothing)
        head = clean(number_scope().sub("", clean(subject_of(clause[:change_at.start()])))) if change_at else "-"
        if change_at and change_at.start() < len(clause) and not head:
            subject = subject_before(text, start)
            if subject:
                return trim(subject) + change_bases().sub("", clean(change_at.group()))
    if phrase and depth == 0 and phrase.endswith(value_words()):
        valued = value_of(text, start, end, phrase, lambda s_, e_: structure_metric(text, s_, e_, None, 1))
        if valued:
            return valued
    # 其中有17个奥运会小项的世界冠军，占总数的18.5%: a share with no part of its own is the amount's before
    earlier = amount_of_share(text, start) if phrase and depth == 0 and PERCENT.search(text, start, end) else None
    # (…的有甲、乙等27种，占总数的77%: the count's set named before its examples, metric_examples.py)
    part = (listed_examples(text, earlier[0], earlier[1]) or structure_metric(text, *earlier, depth + 1)) if earlier else None
    if part and scope_only(part):
        # 其中鄱阳县2.18万人,占全市的40.6%: the part's place is scope; the amount read whole names what it counts
        whole = read_metric(text, *earlier)
        part = whole if whole and not scope_only(whole) else part
    if part and len(part) >= 2 and not DIGIT.search(part) and not share_words()[0].match(part):
        return part
    if phrase and depth == 0 and PERCENT.search(text, start, end):
        share = share_part(text, start, phrase)
        if share:
            return share
    if phrase and depth == 0 and PER_UNIT_MARK in phrase:
        rest = per_unit_rest(phrase)
        if rest is not None:
            # 照明电价，整顿前每千瓦时平均为0.8元; 现在是每千瓦时0.68元: a price per unit whose clause
            # names nothing else measures the subject before it
            subject = (given_after(text, end) or priced_subject(text, start)) if len(rest) < 2 else ""
            return trim(subject) if subject else (rest if len(rest) >= 2 else phrase)
    if phrase and depth == 0 and unit not in word_set("noun_after", "units"):  # (由84个委办局减至: counted)
        ranged = from_to_subject(text, start)
        if ranged:
            return trim(ranged)
    if phrase and phrase.startswith(word_tuple("comparison", "bases")):
        # 比原投资计划减少了16.1%: a clause of only a base and a change measures the subject before
        rest = phrase[next(len(b) for b in sorted(word_tuple("comparison", "bases"), key=len, reverse=True)
                           if phrase.startswith(b)):]
        if rest and change_only().match(rest):
            phrase = rest
    if phrase and (change_only().match(phrase) or change_size().match(phrase)):
        # 地区生产总值8600亿元、增长6.2%; 财政收入3.72万亿元，增长12.4%; 某指数下跌69点，降幅为1.35%
        # 越城区128.64亿元,增长3.8%; 据…统计，…贸易额39.6亿美元，增长6.3%: right after an amount, what the
        # amount measures grew (metric_change_after.py), not what opens the sentence (a source, a place)
        of_amount = change_of_amount(text, clause_start(text, start), change_bases().sub("", phrase),
                                     lambda s_, e_, u_: read_metric(text, s_, e_, u_), scope_only) \
            if depth == 0 and change_only().match(phrase) else None
        if of_amount:
            return of_amount
        subject = named_subject_before(text, start)
        if subject:
            change = change_bases().sub("", phrase)
            subject = trim(subject)
            # (…，增长率为30.8%，而上年同期仅为…，增长率为59%: the subject read back already ends with it)
            return subject if subject.endswith(change) else subject + change
    if phrase and depth == 0 and (phrase in word_set("generic", "nouns") or bases_only(phrase)
                                   or predicate_only().fullmatch(phrase)):
        # 其总额为842亿美元, 数量由年初的530多家: a measure named by a generic noun alone is the
        # subject's; 而上年同期仅为249.5亿元: a clause of only its base measures the subject before
        subject = named_subject_before(text, start)
        if subject:
            return trim(subject + phrase) if phrase in word_set("generic", "nouns") else trim(subject)
    return phrase


def _target_thing(subject: str | None) -> str | None:
    """全年税收收入目标 → 税收收入: the thing a target named as the subject aims at; None where the subject
    names no target (粮食总产量) or nothing is left."""
    t = table("metric.toml")["plan"]
    m = re.fullmatch(f"(?:{alternation(t['modifiers'])})*(?P<thing>.+?)(?:{alternation(t['noun_qualifiers'])})*"
                     f"(?:{alternation(t['nouns'])})", subject or "")
    return m.group("thing") if m and len(m.group("thing")) >= 2 else None


# a month or a span of months (1月至11月, 1至10月份), or a day (1月9日), inside a clause's scope
_MONTHS = re.compile("\\d{1,2}(?:月份?)?(?:至|到|—|－|-)\\d{1,2}月份?|\\d{1,2}月份?(?:\\d{1,2}日)?")
# 1997年为10.1%, 总共有7941件: a clause of only these words measures the subject before it
# (the year in digits or, as older reports print it, in Chinese numerals: 一九五六年达到七亿元)
_REACHING_ONLY = re.compile(f"(?:\\d{{4}}年|[{table('metric.toml')['comparison']['year_digits']}]{{4}}年)?"
                            "(?:尚|还|仍)?(?:总共|一共|共计|累计|合计|总计|共|计|约)?(?:有|达到|达|为)?")
