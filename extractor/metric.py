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
number's own clause names, read first), metric_structure.py (that phrase, or the subject before where it
names nothing of its own: the fallback this module's readers fall to), metric_respective.py (the numbers
of 分别 and other lists), metric_placed_change.py (a place and a change, an item of a run),
metric_words.py (the data as patterns, cleaning a phrase; metric_change_words.py, metric_per_unit.py),
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

from .metric_average import averaged
from .metric_rate_subject import rate_subject
from .metric_bracket import bracket_open, heading_window, without_degree
from .metric_compared_clause import compared_clause
from .metric_coordinated import coordinated
from .metric_context import chinese_amount, HIDE, LATIN_NUMBER, named_subject_before, place_frame, predicate_only, SHOW
from .metric_script import as_printed, simplified, unit_simplified
from .metric_refer import same_amount_before
from .metric_topic import colon_topic, topic_measure
from .metric_fees_paid import fees_paid
from .metric_field import field_label
from .metric_fulfilled import fulfilled_plan, plan_target
from .metric_elided import elided_subject, from_level_subject
from .metric_gloss import gloss_near, gloss_opening, put_back, with_gloss_after
from .metric_joined import completed
from .metric_named_rows import named_row
from .metric_item_lines import item_resource
from .metric_grade import graded_noun
from .metric_honor import honor_after
from .metric_collective import without_collective
from .metric_share_whole import part_before, part_of_framed, whole_only
from .metric_pointer import bare_share, pointed_share
from .metric_quoted import quoted_head
from .metric_nounless import thing_named
from .metric_count_list import joined_after
from .metric_places import parallel_metric, place_group, place_only, placed_item
from .metric_paid_before import paid_before
from .metric_paid_for import paid_for
from .metric_examples import counts_examples, listed_examples
from .metric_money_after import money_noun_after, past_per_unit
from .metric_per_head import per_head_bracket
from .metric_rows import row_metric
from .metric_threshold_set import threshold_set
from .metric_nouns import currencies
from .metric_words import any_number, clean, DIGIT, word_set, balanced, PERCENT
from .metric_change_words import change_only
from .metric_cut import trim
from .metric_structure import structure_metric
from .metric_placed_change import placed_change

_BRACKET_WINDOW = 200  # (more than any reader looks back or ahead)


def metric_for(text: str, start: int, end: int, unit: str | None = None,
               printed: str | None = None) -> str | None:
    """The metric phrase for the number at [start, end) of normalized text: never holding a
    clause break or another number (what follows the last number of a phrase is its own). A page
    in traditional characters is read in simplified ones, the phrase given as printed. `printed`:
    `text` is already a page's simplified view (page.py), this its text as printed."""
    if printed is not None:
        phrase = read_metric(text, start, end, unit)
        return phrase if printed is text else as_printed(phrase, text, printed, start, end)
    view = simplified(text)
    if view is text:
        return read_metric(text, start, end, unit)
    return as_printed(read_metric(view, start, end, unit_simplified(unit)), view, text, start, end)


def read_metric(text: str, start: int, end: int, unit: str | None = None) -> str | None:
    """The metric phrase for the number at [start, end) of text already in the script it is read in (metric_for
    without the traditional-character view): the readers of other numbers call back into it."""
    # 寄宿生9870人，校均约241人: an average in a clause of its own is of the figure before it (metric_average.py)
    average = averaged(text, start, unit, lambda s, e: read_metric(text, s, e, unit))
    if average:
        return average
    # 电子社保卡领用1052.3万人，领用率75.2%: a rate named by its act alone is the count's subject's (metric_rate_subject.py)
    rate = rate_subject(text, start, lambda s, e, u: read_metric(text, s, e, u)) if PERCENT.search(text, start, end) else None
    if rate:
        return rate
    # 造成860人住院，比前年多120人: a clause that only compares is the figure's before it (metric_compared_clause.py)
    compared = compared_clause(text, start, end, unit, lambda s, e: read_metric(text, s, e, unit))
    if compared:
        return compared
    # 城镇新增就业5210人,年度目标为4500人,完成年度目标的115.8%: the figure fulfilled, not the target (metric_fulfilled.py)
    fulfilled = fulfilled_plan(text, start, lambda s, e: read_metric(text, s, e)) if PERCENT.search(text, start, end) else None
    if fulfilled:
        return fulfilled
    # 一般公共预算收入31.46亿元,为年初预算30.80亿元的102.1%: the target's amount is the plan of the figure before
    target = plan_target(text, start, end, lambda s, e: read_metric(text, s, e, unit)) if unit else None
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
    phrase = graded_noun(text, start, end, unit, phrase, lambda t, s, e, u: read_metric(t, s, e, u or unit)) or phrase
    # 经费由80万元（人均5.2元）: a per-head amount in brackets is of the amount outside (metric_per_head.py)
    phrase = per_head_bracket(text, start, end, lambda s, e: read_metric(text, s, e, unit)) or phrase
    phrase = row_metric(text, start, end, unit, phrase, lambda s, e: read_metric(text, s, e, unit)) or phrase
    # 一等奖（３名）: a count alone in brackets after a heading, naming nothing, counts the heading
    heading = None if phrase or not unit or PERCENT.search(text, start, end) else heading_window(text, start, end)
    # 售1.4万卢布, 各地可降至16%, 保持6%一档的税率: a phrase with no noun names nothing; the unit, the noun after
    # 的 or the subject before does (metric_nounless.py)
    phrase = thing_named(text, start, end, unit, phrase, lambda: named_subject_before(text, start)) or phrase
    phrase = (_metric_read(heading[0], heading[1], heading[2], unit) or phrase) if heading else phrase
    # 全省共停建、缓建办公楼建设项目189个: words joined by 、 to the phrase's opening are part of it (metric_coordinated.py)
    phrase = coordinated(text, start, end, phrase, lambda view: read_metric(view, start, end, unit)) or phrase
    # 第三产业发展很快，在国内生产总值中占40%: a frame naming only the share's whole; the part is the subject
    # before (metric_share_whole.py)
    # (泰国金融机构资产中的40%: N% of X, X named as what the share is taken of, stays)
    if whole_only(phrase) and PERCENT.search(text, start, end) and not text.endswith("的", 0, start):
        phrase = part_before(text, start) or phrase
    elif PERCENT.search(text, start, end):
        # (…，在上缴税金中的比重为５５％: read with the clause before's part and frame, the part alone)
        phrase = part_of_framed(text, start, phrase) or phrase
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
        phrase = read_metric(window, opened - lo, opened - lo + end - start, unit)
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
        return read_metric(text, before, before + end - start, unit)
    honor = honor_after(text, end, unit)
    if honor:
        return honor  # 刘某等46人被授予“优秀环卫工人”称号: the honor those counted got
    pointed = pointed_share(text, start) if PERCENT.search(text, start, end) else None
    if pointed:
        return pointed  # 在一九五〇年，这个比重约为60%: the share the sentence before named
    # (a clause with no subject of its own measures the one before: metric_elided.py)
    phrase = elided_subject(text, start) or structure_metric(text, start, end, unit) or from_level_subject(text, start, end)
    if unit in currencies():  # 赔偿…购车费、修理费等共计18500元: the payment (metric_fees_paid.py)
        phrase = fees_paid(text, start) or phrase
    if unit in currencies():  # 为了3万元的回扣费: the money noun after the amount (metric_money_after.py)
        phrase = money_noun_after(text, end, phrase) or phrase
        # 交纳150埃镑，才能取得打鱼的许可证: what a sum paid gets (metric_paid_for.py)
        phrase = paid_for(text, start, end) or phrase
        # 工钱共计1.1万元，…仅付给1000元: paid, of the money named before (metric_paid_before.py)
        phrase = paid_before(text, start, phrase) or phrase
    phrase = past_per_unit(text, start, end, phrase, lambda t, s, e: elided_subject(t, s) or structure_metric(t, s, e, unit))
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
        phrase = parallel_metric(text, start, lambda s, e: structure_metric(text, s, e), unit) or phrase
    else:
        # 莆田市、三明市分别增长5.1%、3.8%; 远安县下降1.6%: a place and a change is an item of the run too
        phrase = placed_change(phrase, lambda: parallel_metric(text, start, lambda s, e: structure_metric(text, s, e), unit)) \
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
    phrase = completed(text, start, end, phrase, bool(PERCENT.search(text, start, end)), unit in currencies(),
                       unit)
    # 19个省（区）: a gloss right after the noun counted is part of it
    phrase = with_gloss_after(text, end, joined_after(text, end, quoted_head(text, end, phrase))) if phrase else phrase
    return balanced(phrase) if phrase else phrase


def _without_gloss(text: str, gloss: tuple[int, int], start: int, end: int, unit: str | None) -> str | None:
    """The metric read from a window of the text with the gloss at `gloss` taken out, the gloss put
    back where the phrase runs across it (each gloss read so costs a bounded copy)."""
    a, b = gloss
    lo, hi = max(0, a - _BRACKET_WINDOW), min(len(text), b + _BRACKET_WINDOW)
    phrase = read_metric(text[lo:a] + text[b:hi], start - lo - (b - a), end - lo - (b - a), unit)
    return put_back(phrase, text[lo:a], text[b:hi], text[a:b]) if phrase else phrase
