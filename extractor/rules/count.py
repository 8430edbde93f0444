"""Counts: a number with its classifier, scaled by 万/亿 (docs/records.md count).

Rules:
    <number><scale>?<classifier>        提供岗位 45479 个, 26.5 万户, 7 万余人次, 五个督导组
    <number>至<number><classifier>      5 至 15 户, 三到五个
    <written number>枝|朵               18万枝鲜花, 三千朵 (never 六枝特区: data/classifiers_written.txt)
    <pair><scale><classifier>           三四百人 (300 to 400)
    <number><scale>和<number><scale><classifier>  3万和5万户: the classifier written once after a list
    分别<verb><number>、<number><classifier>  分别收到38、45、52、51件: plain numbers after 分别 ("respectively")
                                        take the classifier written once after the list's last
    <arabic><countable-noun>            东部9省市 (no classifier: the noun is the unit)
    <number><scale>?人口                494.86万贫困人口 counts people in 人
    <vague><scale><noun>                数百万游客, 上万群众 (data/vague_count_nouns.txt: the noun is the unit)
    数以<scale>计的<noun>               数以万计的游客 (10000, over; with no noun of people after it, no count)
    <number><scale><name>人             50万库尔德人, 一亿中国人 (人 closing the word: before a break or a function word)
    <number>分 (a score)                巅峰赛两千分, 考核得分95分: points only after a cue of data/scores.toml
    <numeral>大<noun>                   四大工程, 三大油田 (the noun is the unit; data/count_words.toml)
    <numeral>方<party word>             三方一致同意, 四方会谈 (parties, unit 方)
    <numeral>国|省                      北欧四国, 东北三省 (三 and up: 两国 is mostly a relation's sides)
    万<classifier of people>            万名青年志愿者 (a bare 万 before 名: 10000)
    分<number>路                        兵分五路, 分成３路 (groups sent by separate routes)
    <numeral>点：                       体会有三点： (points of an argument)
    <number>个月 counted                上涨的有8个月, 前10个月中 before it (months counted, not a length)
    <number>天 counted                  优良天数273天 (days of a kind counted, not a length)
A count is whole, except an average (每百户拥有摩托车36.4辆); 一 before a classifier is the article,
except before a casualty (一人死亡) or joined to another count of its classifier (三名工人和一名技术员).
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from ..candidate import Candidate, pair_candidate
from ..fact_types import COUNT
from ..lexicon import alternation, table, word_list
from .base import Context, Rule, measured, rule
from ..clauses import BREAKS
from .fragments import (ARABIC, BIG, CN_CHARS, SMALL, START, VAGUE, amount, elided, measure, measure_range,
                        pair_range, leaves_unit, LINK, PRE, POST)

CLASSIFIERS = word_list("classifiers.txt")
NOUNS = word_list("countable_nouns.txt")
_CLS = alternation(CLASSIFIERS)
_WORD_STARTS = tuple(table("non_facts.toml")["classifier_word_starts"]["words"])


def _classified(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    unit = m.group("unit")
    after = ctx.text[m.end("unit"): m.end("unit") + len(unit)]
    if after == unit:
        return None  # 一项项, 一个个: reduplication means "each", not a number
    if m.group("amount") == "一" and not m.groupdict().get("amount2") and not _one_counted(m, ctx):
        return None  # 一个, 一批: the article "a", not a count
    if ctx.text.startswith(_WORD_STARTS, m.start("unit")):
        return None  # 数万群众: the classifier's character opens a noun
    c = measured(m, COUNT.name, unit, r.name, whole=not _averaged(m, ctx.text))
    if c is not None and c.end == m.end("unit"):
        # 1126家（次）: the note that a firm is counted once a time it came is the count's
        c.end += next((len(w) for w in _TIMES_NOTE if ctx.text.startswith(w, c.end)), 0)
    return c


_WORDS = table("count_words.toml")
# 1126家（次）, 580人(次): a count of visits written as one of its classifier with 次 in brackets
_TIMES_NOTE = tuple(_WORDS["times_note"]["written"])
_ONE = _WORDS["one"]
_CASUALTY = re.compile(alternation(_ONE["casualties"]))
_ONE_NOT_BEFORE = tuple(_ONE["not_before"])
_LINKS = "和及与、"
_NOT_ONE = CN_CHARS.replace("一", "")


def _one_counted(m: re.Match, ctx: Context) -> bool:
    """一 counted, not the article: 造成一人死亡, 三名工人和一名技术员 (data/count_words.toml [one])."""
    text, start, end, unit = ctx.text, m.start("amount"), m.end("unit"), m.group("unit")
    tail = text[end: end + int(_ONE["reach"]) + 2]
    tail = tail[:min((i for i, ch in enumerate(tail) if ch in BREAKS), default=len(tail))]
    if _CASUALTY.search(tail) and not text[max(0, start - 3): start].endswith(_ONE_NOT_BEFORE):
        return True
    if text[start - 1: start] not in _LINKS:
        return False
    # (a count of more than one: 一个民族、一个群体 lists articles, not counts)
    before = ctx.clause_before(start - 1, 24)
    return re.search(rf"(?:[\d{_NOT_ONE}]|[\d{CN_CHARS}]一){re.escape(unit)}", before) is not None


_AVERAGES = _WORDS["averages"]
_AVERAGE_CUES = tuple(_AVERAGES["cues"])
_SENTENCE_ENDS = "。；！？;!?\n"


def _averaged(m: re.Match, text: str) -> bool:
    """A count with a decimal point after a word of averaging in its sentence: 每百户36.4辆."""
    amount = m.group("amount")
    if not any(ch in ".．·点" for ch in amount):
        return False
    start = m.start("amount")
    before = text[max(0, start - int(_AVERAGES["reach"])): start]
    before = before[max(before.rfind(ch) for ch in _SENTENCE_ENDS) + 1:]
    return any(cue in before for cue in _AVERAGE_CUES)


_WRITTEN = alternation(word_list("classifiers_written.txt"))
_SCALE_OR_DIGIT = re.compile(r"[\d百千万亿佰仟萬億]")


def _written(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    """18万枝, 三千朵: a classifier that a lone Chinese digit before it makes part of a name (六枝)."""
    amount = m.group("amount")
    if len(amount) < 2 and not amount.isdigit() or not _SCALE_OR_DIGIT.search(amount):
        return None
    return _classified(m, ctx, r)


def _elided(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    """3万和5万户: the first amount counted in the classifier written after the last (not where a
    noun of people before it counts it in 人: 人口100万和50万户)."""
    if not leaves_unit(m.group("amount"), ctx.text, m.start()):
        return None
    c = _classified(m, ctx, r)
    if c is not None:
        c.end = m.end()
    return c


_RESPECTIVE = _WORDS["respective"]
# 分别收到 right before a list: the adverb, a verb of at most `verb_reach` characters of words
_RESPECTIVE_BEFORE = re.compile(rf"(?:{alternation(_RESPECTIVE['adverbs'])})[\u4e00-\u9fff]{{0,{int(_RESPECTIVE['verb_reach'])}}}$")
# (counts are whole: 分别高4.2和0.7个百分点 lists no counts; 142.6、218.5万人次 scaled after the last)
_PLAIN = r"\d+(?:\.\d+)?"
_LIST_CHARS = "0123456789.、和"
_LIST_SCALES = {"万": Decimal(10000), "亿": Decimal(100000000)}
_RESPECTIVE_NOT_AFTER = tuple(_RESPECTIVE["not_after"])


def _respective(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    """分别收到38、45、52、51件: a plain number of a list 分别 opens counted in the classifier written
    once after its last (a plain number of a list with no 分别, 第1、2、3条, counts nothing)."""
    head = m.start()
    while head > 0 and ctx.text[head - 1] in _LIST_CHARS:
        head -= 1
    if not _RESPECTIVE_BEFORE.search(ctx.text, max(0, head - 8), head) \
            or ctx.text.startswith(_RESPECTIVE_NOT_AFTER, m.end("unit")):
        return None
    scale = m.group("scale")
    if scale:
        # 分别接待游客142.6、218.5、104.9万人次: the scale written once after the last is each number's
        value = Decimal(m.group("amount")) * _LIST_SCALES[scale]
        if value != value.to_integral_value() or ctx.text.startswith(_WORD_STARTS, m.start("unit")):
            return None
        return Candidate(m.start(), m.end(), COUNT.name, Decimal(int(value)), m.group("unit"), "exact", None, r.name)
    if "." in m.group("amount"):
        return None
    c = _classified(m, ctx, r)
    if c is not None:
        c.end = m.end()
    return c


def _pair(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    return pair_candidate(m, COUNT.name, m.group("unit"), r.name)


def _noun(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    return measured(m, COUNT.name, m.group("unit"), r.name)


def _people(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    return measured(m, COUNT.name, "人", r.name)


# the noun must end its word: 107国道 and ISO9002国际 hold no count of 国
_NOUN_TAILS = re.escape(table("non_facts.toml")["noun_tails"]["chars"])
_NOUN_SHAPE = (rf"(?P<pre>{PRE})?{START}(?P<amount>{ARABIC}(?:{BIG})?)(?P<q2>余|多)?"
               rf"(?P<unit>(?>{alternation(NOUNS)}))(?![{_NOUN_TAILS}])")
_PEOPLE = (rf"(?P<pre>{PRE})?{START}(?P<amount>{ARABIC}(?:{BIG})?)(?P<q2>余|多)?"
           rf"(?P<unit>(?![年月日天周时个岁歲])(?:[\u4e00-\u9fff]{{0,4}}?)人口)(?P<post>{POST})?")  # 15岁人口: an age



def _vague_noun(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    if not m.group("amount"):
        return None
    return measured(m, "count", m.group("unit"), r.name)


_PEOPLE_COUNTS = table("people_counts.toml")
_SCALES = "万亿萬億"


_DIGIT_CHARS = re.compile(r"[\d一二两三四五六七八九十]")


def _scaled(m: re.Match, text: str) -> bool:
    """A number scaled by 万/亿 (a count of people written without a classifier is large); one of
    scale words alone (千百万, 亿万) only after a vague or reaching word (上百万, 近千万)."""
    amount = m.group("amount")
    if not any(ch in _SCALES for ch in amount):
        return False
    return bool(_DIGIT_CHARS.search(amount) or m.group("vague") or m.group("pre")
                or text[m.start() - 1:m.start()] in ("上", "成"))


# 43万农民, 3000多万皖北地区群众: a scaled number, a few describing characters, a noun of people
_AFTER = _PEOPLE_COUNTS["after_number"]
# 数百万游客, 上万群众, 上千志愿者: a vague amount of scale words alone, then a noun counted as it is
# (the nouns of people as well: never one that opens a longer word, 上万人民币)
_VAGUE_NOUNS = (rf"(?:{alternation(word_list('vague_count_nouns.txt') + tuple(_AFTER['nouns']))})"
                rf"(?!{alternation(_AFTER['not_followed_by'])})")
_VAGUE_NOUN = (rf"{START}(?:(?P<vague>{VAGUE})|(?<=上|成))(?P<amount>{SMALL}?{BIG}{{0,2}})"
               rf"(?P<unit>{_VAGUE_NOUNS})")
# 数以万计的游客, 数以百万计的农民: counted in tens of thousands, millions (the lower bound is written)
_GAP = (rf"(?:{alternation(_AFTER['gap_words'])})?"
        rf"(?:(?![{re.escape(_AFTER['gap_not'])}])[\u4e00-\u9fff]){{0,{int(_AFTER['gap'])}}}?")
# (with describing words before the noun as after any number: 数以百计的无辜村民)
_COUNTED_IN = (rf"{START}(?P<vague>数)以(?P<amount>{SMALL}?{BIG}{{0,2}})计的?(?P<gap>{_GAP})"
               rf"(?P<unit>{_VAGUE_NOUNS})")
# (only a number whose scale word stands within its first characters: the rest are turned down anyway)
_SCALED_AHEAD = rf"(?=[^，。；\s]{{0,10}}?[{_SCALES}])"
_PEOPLE_AFTER = _SCALED_AHEAD + measure(rf"(?P<gap>{_GAP})(?P<noun>{alternation(_AFTER['nouns'])})"
                        rf"(?!{alternation(_AFTER['not_followed_by'])})")
# 50万库尔德人, 一亿中国人: a scaled number, a people's or a place's name, then 人 closing the word
_NAMED = rf"(?:(?![{re.escape(_AFTER['gap_not'])}])[\u4e00-\u9fff]){{2,{int(_AFTER['gap'])}}}?"
_PEOPLE_NAMED = _SCALED_AHEAD + measure(rf"(?P<gap>{_NAMED})(?P<noun>人)(?=[{re.escape(_AFTER['named_followed_by'])}]|$)")
# what the describing words may not open with: a unit makes the number that unit's (6万户计划生育家庭)
_UNIT_WORDS = tuple(CLASSIFIERS) + word_list("quantity_units.txt") + tuple(table("money.toml")["units"]) \
    + ("年", "月", "日", "天", "岁")
_NOT_UNIT_WORDS = tuple(_AFTER["unit_word_starts"])


def _unit_opens(gap: str) -> bool:
    """The describing words open with a unit (6万户计划生育家庭), not with a name that only starts
    with a unit's character (900万天津人民)."""
    return gap.startswith(_UNIT_WORDS) and not gap.startswith(_NOT_UNIT_WORDS)


def _counted_in(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    return None if _unit_opens(m.group("gap")) else _vague_noun(m, ctx, r)


def _people_after(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    if not _scaled(m, ctx.text) or _unit_opens(m.group("gap")):
        return None
    noun = m.group("noun")
    return measured(m, COUNT.name, "人" if noun == "人口" else noun, r.name)  # 人口 counts 人, as <…>人口 does


# 贫困人口有207万, 失业人数达120万: a noun of people, words of reaching, a scaled number ending its clause
_BEFORE = _PEOPLE_COUNTS["before_number"]
_YEAR_OF = r"|[\d一二三四五六七八九〇零]{4}年(?:底|末|初)?的" if _BEFORE["year_of"] else ""
_NOUN_BEFORE = re.compile(rf"(?P<noun>{alternation(_BEFORE['nouns'])})(?:{alternation(_BEFORE['links'])}{_YEAR_OF})*$")
_CHANGE_TO = alternation(_BEFORE["change_to"])
# (or a mark that is no word: 减少到90万 ●, a bullet of a title's list)
_NO_WORD = r"\s*[^\s\u4e00-\u9fff\d.．%％‰A-Za-zＡ-Ｚａ-ｚ]"
_PEOPLE_BEFORE = (rf"{_SCALED_AHEAD}(?P<pre>{PRE})?{START}{amount()}(?P<unit>)(?P<post>{POST})?"
                  rf"(?=[{re.escape(BREAKS)}、）)]|\s*$|{_NO_WORD}|{LINK}|{_CHANGE_TO})")  # or a list goes on: 人口13亿和…


# the amount before, scaled, and the link word of a list (1260万和)
# (or the level a change starts from: 从320万减少到)
_LISTED_BEFORE = re.compile(rf"{START}(?:{ARABIC}|[{CN_CHARS}点]+)(?:余|多)?{BIG}{{1,2}}(?:余|多)?"
                            rf"(?:{LINK}|{_CHANGE_TO})(?:{_YEAR_OF[1:] or '(?!)'}|目前的)?$")


def _people_before(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    if not _scaled(m, ctx.text):
        return None
    noun = _NOUN_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
    if not noun:  # 人数分别增加1260万和1830万: the next amount of a list the noun counted
        prev = _LISTED_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
        noun = prev and _NOUN_BEFORE.search(ctx.text, max(0, prev.start() - 24), prev.start())
    if not noun:
        return None
    return measured(m, COUNT.name, _BEFORE["units"].get(noun.group("noun"), "人"), r.name)


_SCORES = table("scores.toml")
_SCORE_CUES = tuple(_SCORES["cues"]["words"])
_SCORE_TIME_WORDS = tuple(_SCORES["cues"]["time_words"])
_SCORE_END = rf"(?:(?![\u4e00-\u9fff])|(?=[{re.escape(_SCORES['after']['chars'])}]))"


def _score(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    """分 is points only after a score cue in the number's clause (not minutes, not cents), never an
    ordinal (第85分)."""
    if ctx.text[m.start() - 1: m.start()] == "第":
        return None
    before = ctx.text[max(0, m.start() - int(_SCORES["cues"]["lookback"])): m.start()]
    before = before[max(before.rfind(b) for b in BREAKS) + 1:]
    if not any(cue in before for cue in _SCORE_CUES) or any(w in before for w in _SCORE_TIME_WORDS):
        return None
    return measured(m, COUNT.name, "分", r.name)


# a numeral from 两 to 十 alone (not a digit of 十五大 or 第三): the count of the noun it is fused with
_FUSED = rf"{START}(?<!第)(?P<amount>[两二三四五六七八九十])(?![{CN_CHARS}])"
_MAJOR = rf"{_FUSED}大(?P<unit>(?>{alternation(_WORDS['major']['nouns'])}))(?![{_NOUN_TAILS}])"
_PARTIES = rf"{_FUSED}(?P<unit>方)(?={alternation(_WORDS['parties']['after'])})"
# 北欧四国, 西南十一省: a numeral of three or more (to ninety-nine) fused with 国/省
_NATIONS = _WORDS["nations"]
_THREE_UP = "(?:[三四五六七八九]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?)"
_NATIONS_SHAPE = (rf"{START}(?<!第)(?P<amount>{_THREE_UP})(?P<unit>{alternation(_NATIONS['nouns'])})"
                  rf"(?!{alternation(_NATIONS['not_followed_by'])})")


_BARE_UNITS = alternation(_WORDS["bare_scale"]["units"])
# 万名青年志愿者: a bare 万 before a classifier of people (a qualifier before it is the generic rule's)
_BARE = rf"{START}(?P<amount>万)(?P<unit>{_BARE_UNITS})"


def _bare(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    return Candidate(m.start("amount"), m.end("unit"), COUNT.name, Decimal(10000), m.group("unit"), "exact",
                     None, r.name)


_ROUTES = "|".join(f"(?<={re.escape(w)})" for w in _WORDS["routes"]["before"])
_POINTS = _WORDS["points"]
_POINT_TIMES = tuple(_POINTS["not_before"])
_POINTS_SHAPE = rf"{_FUSED}(?P<unit>点)(?={alternation(_POINTS['after'])})"


def _points(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    """体会有三点：: points of an argument, never a time (下午两点：)."""
    if ctx.text[max(0, m.start() - 2): m.start()].endswith(_POINT_TIMES):
        return None
    return _noun(m, ctx, r)


_MONTHS = _WORDS["months"]
_COUNTED_AFTER = tuple(_MONTHS["counted_after"])
_WHOLE_BEFORE = tuple(_MONTHS["whole_followed_by"])
_SOME_MONTHS = re.compile(rf"(?:{alternation(_MONTHS['counted_after'])})[\d{CN_CHARS}]+个月")


def _months(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    """上涨的有8个月, and 前10个月中 before it: months counted as items, not a length of time
    (data/count_words.toml [months])."""
    text, start, end = ctx.text, m.start("amount"), m.end("unit")
    counted = text.endswith(_COUNTED_AFTER, max(0, start - 4), start)
    if not counted and text.startswith(_WHOLE_BEFORE, end):
        rest = text[end: end + int(_MONTHS["reach"])]
        rest = rest[:min((i for i, ch in enumerate(rest) if ch in _SENTENCE_ENDS), default=len(rest))]
        counted = _SOME_MONTHS.search(rest) is not None
    return measured(m, COUNT.name, "个月", r.name) if counted else None


_DAYS_AFTER = tuple(_WORDS["days"]["counted_after"])


def _days(m: re.Match, ctx: Context, r: Rule) -> Optional[Candidate]:
    """优良天数273天: days of a kind counted, not a length of time (data/count_words.toml [days])."""
    start = m.start("pre") if m.group("pre") else m.start("amount")
    counted = ctx.text.endswith(_DAYS_AFTER, max(0, start - 5), start)
    return measured(m, COUNT.name, "天", r.name) if counted else None


RULES = [
    # (above the duration rule's priority: the same span read as months or days counted)
    rule("<number>个月 counted", COUNT.name, measure("个月"), _months, priority=3),
    rule("<number>天 counted", COUNT.name, measure("天"), _days, priority=3),
    rule("<number><scale>?<classifier>", COUNT.name, measure(_CLS), _classified, priority=1),
    rule("<written number><scale>?枝|朵", COUNT.name, measure(_WRITTEN), _written, priority=1),
    rule("<number>至<number><classifier>", COUNT.name, measure_range(_CLS), _classified, priority=1),
    rule("<number><scale>和<number><scale><classifier>", COUNT.name, elided(_CLS), _elided, priority=2),
    rule("分别<verb><number>、<number><classifier>", COUNT.name,
         rf"{START}(?P<amount>{_PLAIN})(?=(?:、{_PLAIN}){{0,8}}(?:、|和){_PLAIN}(?P<scale>[万亿])?(?P<unit>{_CLS}))",
         _respective,
         priority=2),
    rule("<pair><scale><classifier>", COUNT.name, pair_range(_CLS), _pair, priority=1),
    rule("<arabic><countable-noun>", COUNT.name, _NOUN_SHAPE, _noun, priority=0),
    rule("<number><scale>?<…>人口", COUNT.name, _PEOPLE, _people, priority=1),
    rule("<vague><scale><noun>", COUNT.name, _VAGUE_NOUN, _vague_noun, priority=0),
    rule("数以<scale>计的<noun>", COUNT.name, _COUNTED_IN, _counted_in, priority=0),
    rule("<number><scale><…><people>", COUNT.name, _PEOPLE_AFTER, _people_after, priority=0),
    rule("<number><scale><name>人", COUNT.name, _PEOPLE_NAMED, _people_after, priority=0),
    rule("<people><…><number><scale>", COUNT.name, _PEOPLE_BEFORE, _people_before, priority=2),
    rule("<number>分 (a score)", COUNT.name, measure("分") + _SCORE_END, _score, priority=0),
    rule("<numeral>大<noun>", COUNT.name, _MAJOR, _noun, priority=0),
    rule("<numeral>方<party word>", COUNT.name, _PARTIES, _noun, priority=0),
    rule("<numeral>国|省", COUNT.name, _NATIONS_SHAPE, _noun, priority=0),
    rule("万<classifier of people>", COUNT.name, _BARE, _bare, priority=0),
    rule("分<number>路", COUNT.name, rf"(?:{_ROUTES})" + measure("路"), _noun, priority=0),
    rule("<numeral>点：", COUNT.name, _POINTS_SHAPE, _points, priority=0),
]
