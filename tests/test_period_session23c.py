"""Session 23 (period23c): a span of months opening a report's sub-section is that sub-section's only. Own words
and numbers."""
from __future__ import annotations

from extractor.api import extract_text
from extractor.period_look_back import sub_section_span


def _periods(text: str, doc: str = "own-report-2026") -> dict[str, str | None]:
    return {f.text: f.period for f in extract_text(text, doc) if f.type in ("money", "count", "percent")}


_HEAD = "某省政府工作报告\n——2026年1月20日在某省第十四届人民代表大会第五次会议上\n各位代表：\n一、2025年工作回顾\n"


def test_a_season_opening_a_sub_section_ends_at_the_next_heading():
    # (extractor/period_look_back.py sub_section_span) (四)…2024—2025雪季(…) is (四)'s; (五) is the year reviewed
    p = _periods(_HEAD + "(三)开放水平持续提升。全省进出口总额3210亿元，增长6.1%。\n"
                 "(四)冰雪经济火热出圈。2024—2025雪季(2024年11月至2025年3月),全省接待游客1.86亿人次,"
                 "实现旅游收入2534.6亿元。某市接待游客9000万人次。\n"
                 "(五)民生实事全部兑现。年初承诺的民生实事全部完成，新建改建农村公路桥梁320座，新增城镇就业33.6万人。\n")
    assert p["1.86亿人次"] == "2024-11/2025-03" and p["9000万人次"] == "2024-11/2025-03"
    assert p["320座"] == "2025" and p["33.6万人"] == "2025"


def test_a_whole_year_opening_a_sub_section_goes_on():
    # negative: (一)2025年,… is a year, no span of months: the next sub-section keeps it
    assert not sub_section_span("(一)2025年，…", 0, "2025", "2026")
    assert not sub_section_span("全省接待游客…", 0, "2024-11/2025-03", "2025")  # no sub-section opens there
    assert not sub_section_span("(四)1-9月，…", 0, "2025-01/2025-09", "2025-01/2025-06")  # months under months
    assert sub_section_span("(四)2024—2025雪季…", 0, "2024-11/2025-03", "2025")


_STORY = "某县脱贫纪实\n本报兰州１月１０日电 去年，某县解决温饱６．２万人，全县上下坚持开发式扶贫，群众生产生活条件明显改善。\n"


def test_an_as_of_month_stops_at_a_year_end_of_its_own_and_at_its_paragraph():
    # (extractor/period_year_end.py year_end_stock, past_as_of_month) 截至去年１１月底 is its stock's; a later 年末 is the year's
    # end, its change the year's; the next paragraph tells the year
    p = _periods(_STORY + "截至去年１１月底，县信用社农户储蓄存款余额１．３６亿元。草畜产业起步较快，"
                 "年末全县羊只饲养量达到２８．６万只，比上年末增长１７．２％。\n"
                 "群众收入明显增加。全县农民人均纯收入７４２元，比上年增加１５６元，是历史上增幅最大的一年。\n", "19980112-02-001")
    assert p["１．３６亿元"] == "../1997-11"
    assert p["２８．６万只"] == "../1997-12" and p["１７．２％"] == "1997"
    assert p["７４２元"] == "1997"


def test_an_as_of_month_with_no_year_end_after_it_goes_on_in_its_paragraph():
    # negative: the next sentence of its paragraph states no time of its own: the as-of month stands
    p = _periods(_STORY + "截至去年１１月底，县信用社农户储蓄存款余额１．３６亿元。其中，定期存款８６００万元。\n",
                 "19980112-02-001")
    assert p["８６００万元"] == "../1997-11"


def test_a_speakers_now_reported_without_quotes_sets_no_year_for_the_narration():
    # (extractor/period_speech.py) …主任说，过去…；现在… then 全年…: the year reviewed, not the year of writing
    p = _periods(_STORY + "县扶贫办主任说，过去扶贫撒胡椒面，效果不明显；现在集中资金办大事。"
                 "全年举办农民培训班４２０期。\n", "19980112-02-001")
    assert p["４２０期"] == "1997"
    # negative: the narration's own 现在 (no one speaking) dates the figures after it as before
    q = _periods(_STORY + "现在全县已有农民专业合作社３２家。全年举办农民培训班４２０期。\n", "19980112-02-001")
    assert q["４２０期"] != "1997" or q["３２家"] != "1997"


def test_an_as_of_month_with_no_year_end_goes_on_into_the_next_paragraph():
    # negative: a list of points all as of 11月末 (———产销…。截至１９９７年１１月末，… / ———亏损面…): the month goes on
    p = _periods(_STORY + "———购销两旺。到１９９７年１１月底，百户重点企业完成产值３２１．５亿元，增长９％。\n"
                 "———亏损户数减少。百户重点企业中亏损的占２２．４％，分布在纺织、煤炭等行业。\n", "19980105-01-001")
    assert p["２２．４％"] == "../1997-11"


_REPORT_1986 = "政府工作报告\n——一九八六年三月二十五日在第六届全国人民代表大会第四次会议上\n各位代表：\n一、“六五”计划的胜利完成\n"


def test_a_vague_time_ranking_a_figure_blanks_nothing_after_it():
    # (extractor/period_superlative.py) 是近些年来…最大的一年: a base, the figures after it keep the year
    p = _periods(_REPORT_1986 + "一九八五年零售物价总指数比上年上涨百分之八点八，是近些年来上涨幅度最大的一年；"
                 "全民所有制单位固定资产投资完成一千六百八十亿元，比上年增长百分之四十一点八。\n", "own-report-page")
    assert p["一千六百八十亿元"] == "1985" and p["百分之四十一点八"] == "1985"
    # negative: a vague time opening what it dates names no period, as before
    q = _periods(_REPORT_1986 + "近些年来，一些企业亏损额达到二十亿元。\n", "own-report-page")
    assert q["二十亿元"] is None


def test_a_cut_against_the_year_before_is_a_change_of_the_year():
    # (period.toml compared_by: 压缩, 缩减) 比上年压缩七十八亿元: the plan year's change, not the base's
    p = _periods(_REPORT_1986 + "今年全民所有制单位基本建设投资安排一千零九十六亿元，比上年压缩七十八亿元。\n", "own-report-page")
    assert p["七十八亿元"] == "1986"


def test_a_bare_five_years_after_a_comma_with_no_year_before_it():
    # (extractor/five_years.py opening_five_periods) …达到一千零一十六所，五年新建三百四十一所: the five years reviewed
    p = _periods(_REPORT_1986 + "全国普通高等学校达到一千零一十六所，五年新建三百四十一所。\n", "own-report-page")
    assert p["三百四十一所"] == "1981/1985"
    # negative: a clause naming a year before the comma: the five years counted to it are read as before
    q = _periods(_REPORT_1986 + "一九九〇年，五年新建高等学校一百所。\n", "own-report-page")
    assert q["一百所"] != "1981/1985"
    # negative: a sentence stating a plan (…作为首要目标，…，五年城镇新增就业…): the plan's five years carried, not the past
    r = _periods("政府工作报告\n——2011年3月5日在第十一届全国人民代表大会第四次会议上\n各位代表：\n“十二五”时期主要目标任务。"
                 "把扩大就业放在突出位置作为首要目标，为劳动者提供更多岗位，五年城镇新增就业4000万人。\n",
                 "own-report-page")
    assert r["4000万人"] == "2011/2015"


def test_a_since_said_inside_a_news_sentence_is_its_paragraphs():
    # (sentence_periods: a since after its sentence opens) …情谊,１９９６年以来…累计… then the next paragraph: the year
    p = _periods(_STORY + "某市对口帮扶某县以来，两地干部群众结下了深厚情谊，１９９６年以来某市累计提供帮扶资金１８６０万元。\n"
                 "这个县山大沟深，水土流失严重，县里集中力量抓了五项扶贫工程，新修梯田８．６万亩，新打水窖２．３万眼。\n",
                 "19980112-02-001")
    assert p["１８６０万元"] == "1996/1997"
    assert p["五项"] == "1997"
    # negative: a since opening its sentence goes on as before (what it opens is the story's span)
    q = _periods(_STORY + "１９９６年以来，某市累计提供帮扶资金１８６０万元。\n"
                 "这个县山大沟深，水土流失严重，县里集中力量抓了五项扶贫工程，新修梯田８．６万亩，新打水窖２．３万眼。\n",
                 "19980112-02-001")
    assert q["１８６０万元"] == "1996/1997"
