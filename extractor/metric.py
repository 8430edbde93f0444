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
The words and characters used live in data/metric.toml. The parts: metric_clause.py (the phrase the
number's own clause names, read first), metric_words.py (the data as patterns, cleaning a phrase),
metric_subject.py (the subject read back from the clauses before),
metric_lists.py (numbers of 分别 lists), metric_after.py (words after `N的` naming the number),
metric_context.py (the subject named before past generic nouns and bases, counts before, purposes),
metric_topic.py (a bare measure after a sentence's topic), metric_refer.py (the same amount said
before, the amount before a share clause, a noun of money after an amount), metric_pointer.py (a
share named again by 这个比重), metric_honor.py (the honor a counted group got), metric_script.py
(a page in traditional characters read in simplified ones), metric_cut.py (a phrase never cut
inside a word).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .metric_after import words_after
from .metric_average import averaged
from .metric_becoming import becoming_subject
from .metric_rate_subject import rate_subject
from .metric_bracket import bracket_open, heading_window, without_degree
from .metric_clause import clause_metric
from .metric_compared_clause import compared_clause
from .metric_coordinated import coordinated
from .metric_context import (
    bases_only, chinese_amount, counted_head, earlier_count, HEADLESS, HIDE, LATIN_NUMBER,
    named_subject_before, opens_clause, partitive_count, place_frame, topic_frame, predicate_only, purpose_after, SHOW, elliptic_object, topic_before,
)
from .clauses import with_halfwidth
from .lexicon import alternation, table
from .metric_reference import compared_level
from .metric_script import as_printed, simplified, unit_simplified
from .metric_refer import amount_of_share, same_amount_before
from .metric_topic import colon_topic, topic_measure
from .metric_fees_paid import fees_paid
from .metric_field import field_label
from .metric_fulfilled import fulfilled_plan, plan_target
from .metric_elided import elided_subject, from_level_subject
from .metric_gloss import gloss_near, gloss_opening, put_back, with_gloss_after
from .metric_joined import completed
from .metric_named_rows import named_row
from .metric_item_lines import item_resource
from .metric_kind import kind_amount
from .metric_grade import graded_noun
from .metric_headless import described_part
from .metric_honor import honor_after
from .metric_collective import without_collective
from .metric_means import price_paid
from .metric_people import people_predicate
from .metric_sized import sized_thing
from .metric_share_whole import part_before, whole_only
from .metric_pointer import bare_share, pointed_share
from .metric_quoted import quoted_head
from .metric_nounless import thing_named
from .metric_count_list import joined_after
from .metric_change_after import change_of_amount
from .metric_places import parallel_metric, place_group, place_only, placed_item, places_named, scope_only
from .metric_money import spends, taken_for
from .metric_paid_before import paid_before
from .metric_examples import counts_examples, listed_examples
from .metric_money_after import money_noun_after, past_per_unit
from .metric_per_head import per_head_bracket
from .metric_rows import row_metric
from .metric_threshold_set import threshold_set
from .metric_nouns import currencies, _named_after, _share_part, _share_words
from .metric_value import LISTED_NUMBER, value_of, value_words
from .metric_list_run import list_last, shared_after
from .metric_lists import _LISTING, _respective_subject, _RESPECTIVELY, _SENTENCE_PART
from .metric_from_to import _from_to_subject
from .metric_priced import given_after, priced_subject
from .metric_subject import _clause_start, _subject, _subject_before, _without_aside
from .metric_words import any_number, CLAUSE_END, clean, DIGIT, number_scope, structure, word_set, word_tuple, balanced
from .metric_change_words import change_only, change_bases, change_size, change_word, plan_only
from .metric_per_unit import PER_UNIT_MARK, per_unit_rest
from .metric_cut import trim

_BRACKET_WINDOW = 200  # (more than any reader looks back or ahead)
_NOT_TIME = re.compile(r"\d[\d.]*(?![\d.]*(?:年|月|日|季度))")


def metric_for(text: str, start: int, end: int, unit: str | None = None,
               printed: str | None = None) -> str | None:
    """The metric phrase for the number at [start, end) of normalized text: never holding a
    clause break or another number (what follows the last number of a phrase is its own). A page
    in traditional characters is read in simplified ones, the phrase given as printed. `printed`:
    `text` is already a page's simplified view (page.py), this its text as printed."""
    if printed is not None:
        phrase = _metric_for(text, start, end, unit)
        return phrase if printed is text else as_printed(phrase, text, printed, start, end)
    view = simplified(text)
    if view is text:
        return _metric_for(text, start, end, unit)
    return as_printed(_metric_for(view, start, end, unit_simplified(unit)), view, text, start, end)


def _metric_for(text: str, start: int, end: int, unit: str | None = None) -> str | None:
    # 寄宿生9870人，校均约241人: an average in a clause of its own is of the figure before it (metric_average.py)
    average = averaged(text, start, unit, lambda s, e: _metric_for(text, s, e, unit))
    if average:
        return average
    # 电子社保卡领用1052.3万人，领用率75.2%: a rate named by its act alone is the count's subject's (metric_rate_subject.py)
    rate = rate_subject(text, start, lambda s, e, u: _metric_for(text, s, e, u)) if _PERCENT.search(text, start, end) else None
    if rate:
        return rate
    # 造成860人住院，比前年多120人: a clause that only compares is the figure's before it (metric_compared_clause.py)
    compared = compared_clause(text, start, end, unit, lambda s, e: _metric_for(text, s, e, unit))
    if compared:
        return compared
    # 城镇新增就业5210人,年度目标为4500人,完成年度目标的115.8%: the figure fulfilled, not the target (metric_fulfilled.py)
    fulfilled = fulfilled_plan(text, start, lambda s, e: _metric_for(text, s, e)) if _PERCENT.search(text, start, end) else None
    if fulfilled:
        return fulfilled
    # 一般公共预算收入31.46亿元,为年初预算30.80亿元的102.1%: the target's amount is the plan of the figure before
    target = plan_target(text, start, end, lambda s, e: _metric_for(text, s, e, unit)) if unit else None
    if target:
        return target
    # 利润总额超过50亿元的企业有4户: a count of the set a threshold picks out is named with it (metric_threshold_set.py)
    picked = threshold_set(text, start, end, unit) if unit in word_set("noun_after", "units") else None
    if picked:
        return picked
    # 受灾较重的有甲县、乙县等11个县: a count closing a list of examples counts what names the list (metric_examples.py)
    examples = listed_examples(text, start, end) if counts_examples(unit) else None
    if examples:
        return examples
    phrase = _metric_read(text, start, end, unit)
    # 6个国家级、20个省级重点专科: a grade or scale alone after the count is of the noun further on
    phrase = graded_noun(text, start, end, unit, phrase, lambda t, s, e, u: _metric_for(t, s, e, u or unit)) or phrase
    # 经费由80万元（人均5.2元）: a per-head amount in brackets is of the amount outside (metric_per_head.py)
    phrase = per_head_bracket(text, start, end, lambda s, e: _metric_for(text, s, e, unit)) or phrase
    phrase = row_metric(text, start, end, unit, phrase, lambda s, e: _metric_for(text, s, e, unit)) or phrase
    # 一等奖（３名）: a count alone in brackets after a heading, naming nothing, counts the heading
    heading = None if phrase or not unit or _PERCENT.search(text, start, end) else heading_window(text, start, end)
    # 售1.4万卢布, 各地可降至16%, 保持6%一档的税率: a phrase with no noun names nothing; the unit, the noun after
    # 的 or the subject before does (metric_nounless.py)
    phrase = thing_named(text, start, end, unit, phrase, lambda: named_subject_before(text, start)) or phrase
    phrase = (_metric_read(heading[0], heading[1], heading[2], unit) or phrase) if heading else phrase
    # 全省共停建、缓建办公楼建设项目189个: words joined by 、 to the phrase's opening are part of it (metric_coordinated.py)
    phrase = coordinated(text, start, end, phrase, lambda view: _metric_for(view, start, end, unit)) or phrase
    # 第三产业发展很快，在国内生产总值中占40%: a frame naming only the share's whole; the part is the subject
    # before (metric_share_whole.py)
    # (泰国金融机构资产中的40%: N% of X, X named as what the share is taken of, stays)
    if whole_only(phrase) and _PERCENT.search(text, start, end) and not text.endswith("的", 0, start):
        phrase = part_before(text, start) or phrase
    # 利润和税金均增长: an adverb of each or both (均, 双双) measures nothing
    return without_collective(phrase)


def _metric_read(text: str, start: int, end: int, unit: str | None = None) -> str | None:
    opened = bracket_open(text, start, end)
    if opened is not None:
        # 如某品牌（17.3%）: the bracket gives the figure of the words before it; read the number as
        # standing there (a window of the text, so each such number costs a bounded copy)
        lo = max(0, opened - _BRACKET_WINDOW)
        closed = text.find("）", end, end + 4) + 1 or text.find(")", end, end + 4) + 1
        window = text[lo:opened] + text[start:end] + text[closed:closed + _BRACKET_WINDOW]
        phrase = _metric_for(window, opened - lo, opened - lo + end - start, unit)
        return without_degree(phrase) if phrase else phrase
    gloss = gloss_near(text, start)
    if gloss is not None:
        # 最低生活保障（低保）标准提高10%: read without the gloss, then put it back in the phrase
        return _without_gloss(text, gloss, start, end, unit)
    label = field_label(text, start, end)
    if label:
        return label  # 中标金额：683.47万元下浮率：7.93%: a form's value is its label's (metric_field.py)
    before = same_amount_before(text, start, end, unit)
    if before is not None:  # 经费只有2000万元。…都来争这2000万元: the amount named again is the one before
        return _metric_for(text, before, before + end - start, unit)
    honor = honor_after(text, end, unit)
    if honor:
        return honor  # 刘某等46人被授予“优秀环卫工人”称号: the honor those counted got
    pointed = pointed_share(text, start) if _PERCENT.search(text, start, end) else None
    if pointed:
        return pointed  # 在一九五〇年，这个比重约为60%: the share the sentence before named
    # (a clause with no subject of its own measures the one before: metric_elided.py)
    phrase = elided_subject(text, start) or _metric(text, start, end, unit) or from_level_subject(text, start, end)
    if unit in currencies():  # 赔偿…购车费、修理费等共计18500元: the payment (metric_fees_paid.py)
        phrase = fees_paid(text, start) or phrase
    if unit in currencies():  # 为了3万元的回扣费: the money noun after the amount (metric_money_after.py)
        phrase = money_noun_after(text, end, phrase) or phrase
        # 工钱共计1.1万元，…仅付给1000元: paid, of the money named before (metric_paid_before.py)
        phrase = paid_before(text, start, phrase) or phrase
    phrase = past_per_unit(text, start, end, phrase, lambda t, s, e: elided_subject(t, s) or _metric(t, s, e, unit))
    phrase = phrase or None
    if bare_share(phrase):
        # 这个比重约为60%，而在一九五五年只有48%: the share pointed to earlier in the sentence
        phrase = pointed_share(text, start, sentence=True) or phrase
    opening = gloss_opening(text, start, phrase) if phrase else None
    if opening is not None:
        # 广义货币（M2）增速由…，回落到…的12%: the phrase opens after a gloss of the clause before;
        # read as the gloss's own clause is, without it, then put it back
        return _without_gloss(text, opening, start, end, unit)
    # 外贸出口：全年完成1200亿元，增长8.5%: a clause naming nothing after a topic and a colon is the topic's
    phrase = colon_topic(text, start, phrase) or phrase
    # 营业收入居前5位的企业分别为:甲集团1520.3亿元、…: an item's name measures nothing (metric_named_rows.py)
    # 1.某某项目:…,资金186万元; 基础设施类项目3个、资金334万元: the item's money (metric_item_lines.py)
    named = named_row(text, start, phrase) or item_resource(text, start, phrase)
    if named:
        return named
    framed = place_frame(text, start, phrase)
    if framed:
        return framed  # 快递业务收入方面，南昌市完成52.6亿元: the places are scope, the frame's topic the measure
    if phrase and (place_only(phrase, text, start, end) or placed_item(phrase, text, start) or place_group(phrase)):
        # 美国为45%: the place is scope; the run's earlier number or clause names what is measured
        phrase = parallel_metric(text, start, lambda s, e: _metric(text, s, e), unit) or phrase
    else:
        # 莆田市、三明市分别增长5.1%、3.8%; 远安县下降1.6%: a place and a change is an item of the run too
        phrase = placed_change(phrase, lambda: parallel_metric(text, start, lambda s, e: _metric(text, s, e), unit)) \
            or phrase
    hidden = LATIN_NUMBER.sub(lambda m: m.group().translate(HIDE), phrase) if phrase else phrase
    amounts = list(chinese_amount().finditer(phrase)) if phrase else []
    cut = bool(amounts) and len(phrase) - amounts[-1].end() >= 2
    if cut:
        # 原来设想的六百亿元多出: an amount in Chinese numerals ends the phrase as digits do
        phrase = hidden = phrase[amounts[-1].end():]
    if hidden and DIGIT.search(hidden) or cut:
        parts = [clean(x.translate(SHOW)) for x in any_number().split(hidden)]
        # 培训46期2,760人: a number right after another shares what the one before it measures
        phrase = next((x for x in reversed(parts) if len(x) >= 2), None) if len(parts[-1]) < 2 else parts[-1]
        if phrase and change_only().match(phrase):
            # 比原来设想的600亿元多出54%: what is left after the base's number is a change of the subject before
            subject = named_subject_before(text, start)
            phrase = trim(subject) + phrase if subject else phrase
        if phrase and predicate_only().fullmatch(phrase):
            # 有可能超过1987年创纪录的: what is left after the time names nothing; the subject before does
            phrase = trim(named_subject_before(text, start)) or phrase
    if phrase:
        # 重工业生产，…，今年的产值预计比去年下降5%: a bare measure is the topic's the sentence opens with
        phrase = topic_measure(text, start, phrase) or phrase
    # 还有高达40%的年终回报率 (nothing before names it), 教师、医生代表占…的38% (nouns listed together)
    phrase = completed(text, start, end, phrase, bool(_PERCENT.search(text, start, end)), unit in currencies(),
                       unit)
    # 19个省（区）: a gloss right after the noun counted is part of it
    phrase = with_gloss_after(text, end, joined_after(text, end, quoted_head(text, end, phrase))) if phrase else phrase
    return balanced(phrase) if phrase else phrase


def _without_gloss(text: str, gloss: tuple[int, int], start: int, end: int, unit: str | None) -> str | None:
    """The metric read from a window of the text with the gloss at `gloss` taken out, the gloss put
    back where the phrase runs across it (each gloss read so costs a bounded copy)."""
    a, b = gloss
    lo, hi = max(0, a - _BRACKET_WINDOW), min(len(text), b + _BRACKET_WINDOW)
    phrase = _metric_for(text[lo:a] + text[b:hi], start - lo - (b - a), end - lo - (b - a), unit)
    return put_back(phrase, text[lo:a], text[b:hi], text[a:b]) if phrase else phrase


def _metric(text: str, start: int, end: int, unit: str | None = None, _depth: int = 0) -> str | None:
    # 这些工程，年内能够交付使用的有23个: the description tells the part; 以3万元的价格: the price;
    # 某国去年有5230人死于车祸: what the people counted do
    part = (described_part(text, start, end, unit) or price_paid(text, start, end, unit)
            or people_predicate(text, start, end, unit, lambda t, s, e: _metric(t, s, e, unit, 1))
            or sized_thing(text, start, end, unit)) if _depth == 0 else None
    if part:
        return part
    if _depth == 0 and unit in word_set("noun_after", "units"):
        # 园区和工业集中区由150个整合为96个: both levels of a verb of becoming are the subject's (metric_becoming.py)
        becoming = becoming_subject(text, start, end)
        if becoming:
            return becoming
    phrase = clause_metric(text, start, end, unit)
    kind = kind_amount(text, start, phrase) if _depth > 0 else None
    if kind:
        return kind  # 外资项目7个，总投资58.6亿元，占比12.1%: the amount a share is of, its kind's (metric_kind.py)
    if _depth == 0 and unit in word_set("noun_after", "units"):
        # 91家金融公司中的58家, 其中的4家: a count of some among others counts those others (where
        # the phrase names something after the number, only a count written …中的N)
        # (至少有8家是合并的结果: no noun after it, a predicate)
        named_after = phrase is not None and text.find(phrase[:2], end, end + 8) >= 0 \
            and not structure()[2].match(phrase) and not text.startswith("是", end)
        before = not named_after
        among = partitive_count(text, start, unit, lambda s_, e_: clause_metric(text, s_, e_, unit), strong=not before)
        if among:
            return among
    compared = compared_level(text, start, end) if _depth == 0 else ""
    if compared:
        return compared  # 低于13%左右的预期目标: the level the subject before is compared with
    if _depth == 0 and _PERCENT.search(text, start, end) and not text.endswith(word_tuple("after", "being"), 0, start):
        # (山区面积达92.8%的贫困地区: after 达 the number is the subject's, whatever follows)
        after = words_after(text, end)
        named = _named_after(after, phrase) if after else None
        if named:
            return named
        if after and after.measure and phrase in word_set("after", "keeping"):
            # 工业增加值…，继续保持9.5%的增长速度: the rate kept is the subject's before
            subject = named_subject_before(text, start)
            if subject:
                return trim(subject + clean(after.measure))
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
    if _depth == 0 and (_RESPECTIVELY in text[max(0, start - 30):start] or text[start - 1:start] in _LISTING
                        or text[end:end + 1] in _LISTING):
        listed = _respective_metric(text, start, end, unit, phrase)
        if listed is not None:
            return listed
    head = _listed_head(text, start, end, unit, phrase, _depth)
    if head:
        return head
    clause = text[_clause_start(text, start):start]
    # (去年完成209.9亿元: a clause of only scope words and a verb of reaching, as much as 达 alone)
    # (首次突破100亿元: an adverb is no subject either; 有超过2000亿美元的外汇储备: named after 的)
    adverbs = word_set("trailing", "adverbs")
    # (而去年1月至11月就达到1.3万人: months and a bare adverb are scope too)
    verb = next((v for v in word_tuple("reaching", "verbs") if clause.endswith(v)), "") if phrase is None else ""
    bare = clean(_MONTHS.sub("", clause[: len(clause) - len(verb)])) if verb else "-"
    reaching_only = clause.endswith(word_tuple("reaching", "verbs")) and not text.startswith("的", end) \
        and (not clean(clause) or clean(clause) in adverbs or bare in word_set("reaching", "adverbs"))
    if (phrase is None or phrase in adverbs) and _depth == 0 and (_REACHING_ONLY.fullmatch(clause) or reaching_only):
        # 贸易顺差突破400亿美元，达403.4亿美元: a clause of only 达 measures the subject before it
        counted = unit in word_set("noun_after", "units")
        alone = end == len(text) or bool(CLAUSE_END.match(text, end))  # (215家正在施工: its own predicate)
        # (…1400亿美元巨额债务的一部分，大约为500亿美元: an amount in the same currency, its noun after it)
        earlier = earlier_count(text, start, unit, lambda s_, e_: clause_metric(text, s_, e_, unit)) \
            if (counted or unit in currencies()) and alone else None
        # (甲镇、乙镇在校学生分别为6820人、5940人，合计12760人: a total right after a list in its unit
        # is of what the list measures)
        earlier = earlier or (_listed_total(text, start, unit) if alone else None)
        if earlier:
            return earlier  # 地方有18个建设项目，共计119个: what the count before in the same unit counts
        subject = _subject_before(text, start)
        if subject:
            return counted_head(subject) if counted else subject
    if _depth == 0 and unit in word_set("noun_after", "units") and HEADLESS.search(clause) \
            and (end == len(text) or CLAUSE_END.match(text, end)):  # (的是100多名中学生: named after)
        # 这批改造工程，在年底前能够全部交付的有64个: a description with no noun after its 的
        # counts the things the clause before names
        subject = named_subject_before(text, start)
        if subject:
            return counted_head(subject)
    # 中央下拨1000万元用于救济灾民, 另有600万元用于…: the purpose right after the amount names it too
    # (其中去年发放2300万元，扶持…: a part of a total named before is named by that total, not by a purpose)
    part = text.startswith(word_tuple("frame", "parts"), _clause_start(text, start))
    used_for = (purpose_after(text, end, direct=True) or taken_for(text, end, phrase)) if phrase and _depth == 0 and unit in currencies() \
        and not part and (structure()[1].search(phrase) or len(clean(phrase)) < 2 or spends(phrase)) else ""
    if used_for or phrase and _depth == 0 and structure()[1].search(phrase) and CLAUSE_END.match(text, end):
        # 省财政拿出150万元，作为送温暖活动资金: an amount given with no noun after it is named by
        # the purpose the next clause gives it
        purpose = used_for or ("" if part else purpose_after(text, end))
        if purpose:
            return purpose
        given = elliptic_object(text, start, end, phrase) if not _PERCENT.search(text, start, end) else ""
        if given:
            return given  # 发行超长期特别国债，…，今年先发行1万亿元: the thing the verb gave before
    if phrase is None and _depth == 0 and _PERCENT.search(text, start, end):
        # 钢产量4347万吨，完成计划的108.7%: 完成 and a bare 计划 are each a scope word, so the clause reads as
        # naming nothing; together they name the plan fulfilled (as 完成年度计划 does)
        bare = clause.strip().removesuffix("的")
        phrase = bare if plan_only().fullmatch(bare) else phrase
    if phrase and _depth == 0 and plan_only().match(phrase) and _PERCENT.search(text, start, end):
        # 粮食总产量达到3680亿斤，完成年度计划的102%: the plan fulfilled is the subject's
        subject = _subject_before(text, start)
        # 全年税收收入目标为1080亿元,前三季度完成年度目标的75.2%: the subject before is the target itself; what
        # it targets is what was fulfilled
        subject = _target_thing(subject) or subject
        if subject:
            plan = plan_only().match(phrase)
            excess = plan.group("verb") in word_tuple("plan", "excess_verbs")  # (超过年度计划4%: not 完成)
            return trim(subject + (plan.group("verb") if excess else "完成") + plan.group("plan"))
    if phrase is None and _depth == 0:
        # 社会商品零售额不仅没有减少，而且将比上年增长4%: a clause of only a connective and a change
        clause = clean(_without_aside(clause))  # (减少了: the trailing 了 off)
        change_at = change_word().search(clause)
        # (比1991年增长, 比原投资计划减少: a base before the change names nothing)
        head = clean(number_scope().sub("", clean(_subject(clause[:change_at.start()])))) if change_at else "-"
        if change_at and change_at.start() < len(clause) and not head:
            subject = _subject_before(text, start)
            if subject:
                return trim(subject) + change_bases().sub("", clean(change_at.group()))
    if phrase and _depth == 0 and phrase.endswith(value_words()):
        valued = value_of(text, start, end, phrase, lambda s_, e_: _metric(text, s_, e_, None, 1))
        if valued:
            return valued
    # 其中有17个奥运会小项的世界冠军，占总数的18.5%: a share with no part of its own is the amount's before
    earlier = amount_of_share(text, start) if phrase and _depth == 0 and _PERCENT.search(text, start, end) else None
    # (…的有甲、乙等27种，占总数的77%: the count's set named before its examples, metric_examples.py)
    part = (listed_examples(text, earlier[0], earlier[1]) or _metric(text, *earlier, _depth + 1)) if earlier else None
    if part and scope_only(part):
        # 其中鄱阳县2.18万人,占全市的40.6%: the part's place is scope; the amount read whole names what it counts
        whole = _metric_for(text, *earlier)
        part = whole if whole and not scope_only(whole) else part
    if part and len(part) >= 2 and not DIGIT.search(part) and not _share_words()[0].match(part):
        return part
    if phrase and _depth == 0 and _PERCENT.search(text, start, end):
        share = _share_part(text, start, phrase)
        if share:
            return share
    if phrase and _depth == 0 and PER_UNIT_MARK in phrase:
        rest = per_unit_rest(phrase)
        if rest is not None:
            # 照明电价，整顿前每千瓦时平均为0.8元; 现在是每千瓦时0.68元: a price per unit whose clause
            # names nothing else measures the subject before it
            subject = (given_after(text, end) or priced_subject(text, start)) if len(rest) < 2 else ""
            return trim(subject) if subject else (rest if len(rest) >= 2 else phrase)
    if phrase and _depth == 0 and unit not in word_set("noun_after", "units"):  # (由84个委办局减至: counted)
        ranged = _from_to_subject(text, start)
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
        of_amount = change_of_amount(text, _clause_start(text, start), change_bases().sub("", phrase),
                                     lambda s_, e_, u_: _metric_for(text, s_, e_, u_), scope_only) \
            if _depth == 0 and change_only().match(phrase) else None
        if of_amount:
            return of_amount
        subject = named_subject_before(text, start)
        if subject:
            change = change_bases().sub("", phrase)
            subject = trim(subject)
            # (…，增长率为30.8%，而上年同期仅为…，增长率为59%: the subject read back already ends with it)
            return subject if subject.endswith(change) else subject + change
    if phrase and _depth == 0 and (phrase in word_set("generic", "nouns") or bases_only(phrase)
                                   or predicate_only().fullmatch(phrase)):
        # 其总额为842亿美元, 数量由年初的530多家: a measure named by a generic noun alone is the
        # subject's; 而上年同期仅为249.5亿元: a clause of only its base measures the subject before
        subject = named_subject_before(text, start)
        if subject:
            return trim(subject + phrase) if phrase in word_set("generic", "nouns") else trim(subject)
    return phrase


_PLACE_FINALS = "省市县区州旗盟"  # (a place's name that opens a measure ends so: 台北市人口; not 城中村, 中心镇)


def placed_change(phrase: str | None, run: Callable[[], str | None]) -> str | None:
    """莆田市增长, 最小的安阳市偏少, 南平市分别增长: a phrase of a place (or places) and a word of change names
    where, not what: what the run (`run()`, read only then) measures changed, its own change word replaced by
    the phrase's. None where the phrase is not so, or the run names nothing but a place."""
    tail = change_word().search(phrase or "")
    stem = clean(phrase[:tail.start()].removesuffix(_RESPECTIVELY)) if tail else ""
    if not stem or not places_named(stem):
        return None
    measured = run()
    if not measured or DIGIT.search(measured) or scope_only(measured):
        return None
    own = change_word().search(measured)
    measured = clean(measured[:own.start()]) if own else measured
    # (福州市、厦门市分别增长6.1%、5.8%: the run before is the list's first place and its change, 福州市增长: a measure
    # that opens with a place, another item's, is none of this item's)
    if any(places_named(measured[:n]) for n in range(2, len(measured) + 1)
           if n == len(measured) or measured[n - 1] in _PLACE_FINALS):
        return None
    return measured + change_bases().sub("", tail.group()) if len(measured) >= 2 else None


def _target_thing(subject: str | None) -> str | None:
    """全年税收收入目标 → 税收收入: the thing a target named as the subject aims at; None where the subject
    names no target (粮食总产量) or nothing is left."""
    t = table("metric.toml")["plan"]
    m = re.fullmatch(f"(?:{alternation(t['modifiers'])})*(?P<thing>.+?)(?:{alternation(t['noun_qualifiers'])})*"
                     f"(?:{alternation(t['nouns'])})", subject or "")
    return m.group("thing") if m and len(m.group("thing")) >= 2 else None


def _respective_metric(text: str, start: int, end: int, unit: str | None, phrase: str | None) -> str | None:
    """A top-level number of a 分别 list, or listed with others: the subject the list's clause
    names with the change word before its first number, or the noun its last number names after
    it; None where the list names neither ('' is an answer: the caller stops there as before)."""
    change = clean(DIGIT.split(phrase or "", maxsplit=1)[0])  # 实际增长7.7%和: 实际增长
    own = bool(change) and not change_only().match(change)  # the clause names its subject
    # (刑事案件6214件、民事案件58930件，分别占审结案件总数的6.6%和62.8%: a share's whole is no subject; the parts
    # are the items before)
    share = bool(change) and bool(_share_words()[0].match(change))
    # (竣工面积2322万平方米，比1996年分别增长: a clause opening with its base borrowed the subject before)
    own = own and not structure()[3].match(text[_clause_start(text, start):start])
    listed = _respective_subject(text, start, own)
    if listed is None and share and _parts_listed_before(text, start):
        # (蛋、肉产量为1.4万吨，分别占全区的33%和12%: one figure before, no parts listed: left as before)
        listed = _respective_subject(text, start, False)
    if listed and listed.subject.endswith(word_tuple("lists", "actor_ends")):
        listed = None  # 基金会与香港委员会分别拨出40万和300万港元: who gave, not what is measured
    if listed and _period_items().fullmatch(listed.subject):
        listed = None  # 一至四季度分别收到38、45、52、51件: the numbers' times, not what they measure
    if listed is None and text[end - 1:end].isdigit() \
            and _period_items().fullmatch((phrase or "").split(_RESPECTIVELY)[0]):
        # 一至四季度分别收到38、45、52、51件: the bare numbers of a list over periods in a row measure what
        # its last (with the unit) does
        last = list_last(text, end, unit)
        return _metric_for(text, last[0], last[1], unit) if last else None
    if listed is None and _RESPECTIVELY in (phrase or ""):
        # 分别拨出40万和300万港元购买救灾物资: the first numbers of a list share the noun the last names after it
        shared = shared_after(text, end, lambda s_, e_: _metric(text, s_, e_, unit, 1))
        if shared:
            return shared
    if listed and listed.topic:
        return trim(listed.subject)
    if listed:
        # every number of the list takes the change word before the list's first number
        # (分别增长4.5%、3%: 3% too), not the rest of the phrase (工业品出厂和原材料购进价格比上年分别上涨)
        part = _SENTENCE_PART.match(text, max(0, start - 40), start)
        digit = next((m for m in _NOT_TIME.finditer(text, part.end() if part else max(0, start - 40), start + 1)),
                     None)  # (分别比1995年增长69%: the list's first number, not its base year)
        word = change_word().search(text, max(0, digit.start() - 16), digit.start()) if digit else None
        suffix = word.group() if word else ("" if own or share else change)
        return trim(listed.subject) + change_bases().sub("", suffix)  # the subject cut, never the change
    return None


def _parts_listed_before(text: str, start: int) -> bool:
    """刑事案件6214件、民事案件58930件，分别占…的6.6%和62.8%: the clause before the share list's holds a figure for each
    share (the parts whose shares they are), within its sentence."""
    lo = _clause_start(text, start)
    head = max(text.rfind(c, 0, max(0, lo - 1)) for c in "。；;\n") + 1
    stop = _SENTENCE_STOP.search(text, start)
    shares = len(_NOT_TIME.findall(text, lo, stop.start() if stop else len(text)))
    return shares >= 2 and len(_NOT_TIME.findall(text, head, lo)) >= shares


# a statement's end: 。, a ； between statements or a paragraph's end (clauses.SENTENCE_BREAKS with ；, as the
# clause before a share list is read to a ；, and without ！？, kept as before: no list of figures ends so)
_SENTENCE_STOP = re.compile(f"[{re.escape(with_halfwidth('。；'))}\n]")


@lru_cache(maxsize=1)
def _period_items() -> re.Pattern:
    """一至四季度, 1至3月, 第一至三季度: periods in a row named as a 分别 list's items (data/metric.toml [lists])."""
    t = table("metric.toml")["lists"]
    n = f"[{re.escape(t['period_numerals'])}]{{1,2}}"
    return re.compile(rf"第?{n}(?:{alternation(t['period_joins'])})第?{n}(?:{alternation(t['period_ends'])})")


def _listed_total(text: str, start: int, unit: str | None) -> str | None:
    """What the 分别 list that ends right before the clause of the number at `start` measures: the
    list's last number read as the list is; None where the clause before is no such number in `unit`."""
    lo = _clause_start(text, start)
    last = _LIST_LAST.search(text, max(0, lo - 16), lo)
    if not unit or not last or not text.startswith(unit, last.end("number")) or last.end("number") + len(unit) != lo - 1:
        return None
    if _RESPECTIVELY not in text[max(0, last.start() - 60):last.start()] or text[last.start() - 1:last.start()] not in _LISTING:
        return None
    return _metric_for(text, last.start(), lo - 1, unit)


_LIST_LAST = re.compile(r"(?P<number>\d[\d.]*[万亿]?)[^\d，、；。]{1,3}[，；]$")


def _listed_head(text: str, start: int, end: int, unit: str | None, phrase: str | None, depth: int) -> str | None:
    """A number listed right after another (`4.4%、5.9%`, `9.4%和14.2%`) measures what the list's
    head measures; None where no number stands just before the list mark or the head names nothing."""
    signed = start >= 3 and text[start - 1] in _SIGNS and text[start - 2] in "、和及与"  # (、—0.8%和—1.2%)
    mark = start - 2 if signed else start - 1
    if depth < 4 and start >= 2 and text[mark] in "、和及与":
        # 分别增长4.4%、5.9%: a number listed right after another measures what the head does
        m = LISTED_NUMBER.search(text, max(0, mark - 15), mark)
        if m and DIGIT.search(m.group()) and (phrase is None or DIGIT.search(phrase) or change_only().match(phrase)
                                               or not DIGIT.search(text[start:end][:1])):
            head = _metric(text, m.start(), mark, unit, depth + 1)
            if head is None and depth == 0:
                # (分别比上年增长9.4%和14.2%: the head measures a subject read back only at the top level)
                head = _metric_for(text, m.start(), mark, unit)
            if head and _PERCENT.search(text, start, end) and _share_words()[0].match(head):
                # 分别占全区的33%和12%: the head's share is of the part named before it, as the head's is
                head = _share_part(text, m.start(), head) or head
            return head or None
    return None


_SIGNS = "—－-"  # a minus sign written before a listed number
# 四成; a fraction is a share too (三分之一, 1/3)
_PERCENT = re.compile("[%％‰]|分之|百分点|\\d/\\d|(?<=[一二三四五六七八九十两])成$")


# a month or a span of months (1月至11月, 1至10月份), or a day (1月9日), inside a clause's scope
_MONTHS = re.compile("\\d{1,2}(?:月份?)?(?:至|到|—|－|-)\\d{1,2}月份?|\\d{1,2}月份?(?:\\d{1,2}日)?")
# 1997年为10.1%, 总共有7941件: a clause of only these words measures the subject before it
# (the year in digits or, as older reports print it, in Chinese numerals: 一九五六年达到七亿元)
_REACHING_ONLY = re.compile(f"(?:\\d{{4}}年|[{table('metric.toml')['comparison']['year_digits']}]{{4}}年)?"
                            "(?:尚|还|仍)?(?:总共|一共|共计|累计|合计|总计|共|计|约)?(?:有|达到|达|为)?")
