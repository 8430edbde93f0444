"""The time of a report, bulletin or release read top-down (extractor/document_time.py): the title's time, then each
section's at its heading, then what paragraphs and clauses state. Each shape with an example that must change and
one that must not (pages written for the tests: places real, figures made up)."""
from __future__ import annotations

from extractor.document_time import DocumentTime, SectionClock, document_time, title_time
from extractor.page import Page
from test_period_session16 import periods

USER = "my-file"  # an id that names no day nor year: the page is read by what it prints


def test_a_title_names_the_documents_time() -> None:
    def read(title: str):
        found = title_time(title, 0, len(title))
        return found.period if found else None
    assert read("某县2025年卫生健康事业发展统计公报") == "2025"
    assert read("2026年1-3季度全省省属企业经济运行情况") == "2026-01/2026-09"
    assert read("2026年前三季度某市经济运行情况") == "2026-01/2026-09"
    assert read("2026年10月某市居民消费价格运行简况") == "2026-10"
    assert read("某县2025/2026学年教育事业发展统计公报") == "2025/2026"
    assert read("关于2026年全市秋粮生产情况的报告") == "2026"
    assert read("关于2026年第三季度全市政务服务工作情况的通报") == "2026-07/2026-09"
    assert read("某镇2025年工作总结") == "2025"
    assert read("某县二〇二五年国民经济和社会发展统计公报") == "2025"
    # no document time: a review and a plan, a notice, a plan, a news headline, a time before the year
    assert read("关于2025年工作总结及2026年工作打算的报告") is None
    assert read("某县财政局关于下达2026年第二批专项资金的通知") is None
    assert read("某市2026年重点项目建设计划") is None
    assert read("2026年某市招商引资重大项目集中签约活动举行") is None
    assert read("某市前10个月经济运行情况和2026年十件民生实事推进情况") is None
    assert read("2026年全省春运工作情况通报会召开") is None  # (a meeting the news tells of)


REPORT = ("某市农业农村局\n关于2026年全市秋粮生产情况的报告\n市委、市政府：\n"
          "2026年，全市秋粮生产再获丰收。现将有关情况报告如下。\n"
          "一、生产条件\n"
          "（一）高标准农田建设。2026年全市新建高标准农田46.0万亩。2022年至2026年，全市累计建成高标准农田218.6万亩。\n"
          "（二）农机装备。秋收期间全市投入拖拉机2.36万台。\n"
          "二、惠农补贴\n"
          "大豆生产者补贴共计49980万元，已于10月中旬全部兑付到户。农机购置补贴兑付资金2.14亿元。\n")


def test_a_heading_starts_its_section_on_the_documents_time() -> None:
    # 2022年至2026年… said in （一）: that paragraph's; （二） and 二、 start on the report's year again
    assert periods(REPORT, USER, ("218.6万亩", "2.36万台", "49980万元")) == ["2022/2026", "2026", "2026"]
    # unchanged: a paragraph that is no heading goes on with the span said before it in its section, where the
    # page has no document time (a title naming no report's word)
    plain = REPORT.replace("关于2026年全市秋粮生产情况的报告", "秋粮生产再获丰收").replace(
        "（二）农机装备。", "")
    assert periods(plain, USER, ("2.36万台",)) != ["2026"]


def test_a_month_said_in_a_later_clause_is_its_sentences_own() -> None:
    # …共计49980万元，已于10月中旬全部兑付到户。 then the next sentence's 2.14亿元: the report's year
    assert periods(REPORT, USER, ("2.14亿元",)) == ["2026"]
    # unchanged: a month opening its sentence goes on (截至10月底，…。…收购秋粮金额…: as of the month)
    text = REPORT.replace("大豆生产者补贴共计49980万元，已于10月中旬全部兑付到户。",
                          "截至10月底，大豆生产者补贴共计49980万元。")
    assert periods(text, USER, ("2.14亿元",)) == ["../2026-10"]


RELEASE = ("首页 > 数据发布\n2026年1-3季度全省省属企业经济运行情况\n发布时间: 2026-10-28 16:40\n"
           "今年以来，省国资委指导省属企业稳增长、调结构、强创新，全省省属企业生产经营总体平稳、稳中有进，主要经济指标好于"
           "全国地方国有企业平均水平。现将1-3季度运行情况发布如下。\n"
           "一、效益指标稳步增长。1-3季度，32户省属企业累计实现营业收入9862.4亿元，同比增长5.8%；实现利润总额612.5亿元，"
           "同比增长7.3%，增加41.7亿元；实现净利润468.9亿元，同比增长6.9%。\n"
           "二、资产规模持续扩大。截至9月末，省属企业资产总额4.68万亿元，较年初增长4.9%；负债总额2.98万亿元；平均资产负债率为"
           "62.4%，保持在合理区间。\n"
           "分行业看，能源类企业实现利润总额238.6亿元，占省属企业利润总额的39.0%；制造业企业实现利润总额146.9亿元，同比增长"
           "11.5%。“十四五”时期(2021-2025年)，省属企业利润总额年均增长8.6%，资产总额年均增长7.9%。\n"
           "民生保障方面，省属企业应付职工薪酬中工资总额318.7亿元，同比增长4.5%，从业人员人均7.72万元，"
           "人均营业收入238.8万元。\n")


def test_a_releases_span_is_its_figures_and_a_stock_or_look_back_is_its_paragraphs() -> None:
    # the title's 1-3季度 for the body's figures; 截至9月末 and the five years stop at the next paragraph
    assert periods(RELEASE, USER, ("9862.4亿元", "4.68万亿元", "238.6亿元", "8.6%", "318.7亿元")) == [
        "2026-01/2026-09", "../2026-09", "2026-01/2026-09", "2021/2025", "2026-01/2026-09"]
    # a news page (its id names its day) takes no time from its title (document_time is None there); its body's
    # own words that it reports the span (现将1-3季度运行情况发布如下: period_lead_carry) give the span still
    assert document_time(Page.read(RELEASE, "20261029-01-001")) is None
    assert periods(RELEASE, "20261029-01-001", ("238.6亿元",)) == ["2026-01/2026-09"]


def test_a_sections_own_year_holds_for_its_sub_headings() -> None:
    # 三、下一步工作打算 / 2027年，全市力争…: its (一)… plan for 2027, not the report's 2026
    text = REPORT + "三、下一步工作打算\n2027年，全市力争秋粮播种面积稳定在810万亩以上。\n（一）新建高标准农田项目40个以上。\n"
    assert periods(text, USER, ("40个",)) == ["2027"]
    # unchanged: an as-of opening the section's first sentence is that sentence's, not its sub-headings'
    text = REPORT + "三、收购进度\n截至10月底，全市秋粮收获进度99.6%。\n（一）全市收购秋粮金额42.6亿元。\n"
    assert periods(text, USER, ("42.6亿元",)) == ["2026"]


def test_a_heading_is_a_numbered_line_not_a_list_of_numbers() -> None:
    clock = SectionClock(DocumentTime("2026", 2026, 0))
    text = "一、收购进度\n三、惠农补贴落实情况\n（二）农机装备。\n一、二季度分别增长5%\n一是种粮比较效益偏低"
    sub, listed, item = text.index("（二）"), text.index("一、二季度"), text.index("一是")
    assert clock.open_section(text, text.index("三、")) == "2026"
    assert (clock.section, clock.opened) == ("2026", text.index("三、"))  # a first-rank heading starts a section
    clock.section = "2027"  # (as said() sets it: 六、2027年工作打算)
    assert clock.open_section(text, sub) == "2027"  # the second rank: its section's time, and no new section
    # no heading: a list of quarters or months (一、二季度分别增长…), a sentence's list item (一是…)
    assert clock.open_section(text, listed) is None
    assert clock.open_section(text, item) is None
    assert (clock.section, clock.opened) == ("2027", text.index("三、"))


SUMMARY = ("某镇人民政府\n某镇2025年工作总结\n县委、县政府：\n"
           "　　2025年，在县委、县政府的坚强领导下，全镇上下凝心聚力、真抓实干，较好完成了全年各项目标任务。现将有关情况总结如下。\n"
           "一、主要工作成效\n"
           "（一）经济发展稳中有进。全镇完成地区生产总值18.6亿元，同比增长5.2%；完成固定资产投资4.3亿元，同比增长6.8%。"
           "“十四五”时期，全镇累计完成固定资产投资19.7亿元，年均增长7.1%。\n"
           "（二）民生保障持续加强。全年城镇新增就业620人，发放各类救助资金1280万元。\n"
           "三、2026年工作计划\n"
           "（一）抓项目促发展。新引进项目8个以上，新增规上企业3家。\n")


def test_a_yearly_summary_reads_its_sections_by_its_year_and_its_plans_year() -> None:
    # the five years said in （一） stop at （二）: the summary's year; under 三、2026年工作计划, 2026
    assert periods(SUMMARY, USER, ("19.7亿元", "620人", "1280万元", "8个")) == ["2021/2025", "2025", "2025", "2026"]
    # the same text whose title names no time (某镇工作总结) reads sentence by sentence: its 全年 after the five years is
    # still the year its opening states (2025年，…), not the five years' first (2021, read so before session 21:
    # extractor/lead_times.py over_years)
    assert periods(SUMMARY.replace("某镇2025年工作总结", "某镇工作总结"), USER,
                   ("19.7亿元", "620人", "1280万元")) == ["2021/2025", "2025", "2025"]


def test_a_yearly_text_whose_title_names_no_year_covers_the_year_its_signing_closes() -> None:
    # 某镇工作总结 signed 2025年12月20日: 2025; 某县…年度报告 signed 2026年1月20日: 2025 (its sections as above)
    signed = SUMMARY.replace("某镇2025年工作总结", "某镇工作总结") + "某镇人民政府\n2025年12月20日\n"
    assert periods(signed, USER, ("620人", "8个")) == ["2025", "2026"]
    signed = SUMMARY.replace("某镇2025年工作总结", "某镇政府信息公开工作年度报告") + "某镇人民政府\n2026年1月20日\n"
    assert periods(signed, USER, ("620人",)) == ["2025"]
    # unchanged: signed in the middle of a year, a yearly text's year is not known from its date
    # (its 全年 after the five years still reads 2025 from the opening's 2025年 since session 21: the text's time is what
    # is checked here)
    signed = SUMMARY.replace("某镇2025年工作总结", "某镇工作总结") + "某镇人民政府\n2025年8月20日\n"
    assert document_time(Page.read(signed, USER)) is None


def test_a_title_naming_the_year_a_report_was_given_is_no_time_it_covers() -> None:
    # 2026年某省政府工作报告 over ——2026年1月27日在…会议上: given in 2026, it reviews 2025; read as under an id naming
    # its year (before session 20 the title's 2026 was every untimed figure's year on a user's file)
    head = "2026年某省政府工作报告\n——2026年1月27日在某省第十四届人民代表大会第四次会议上\n各位代表：\n"
    body = "一、2025年工作回顾\n过去一年，全省新增城镇就业3.1万人，新建改建农村公路180公里。\n"
    for title in ("2026年某省政府工作报告\n", "2026年某省国民经济运行情况报告\n"):
        text = head.replace("2026年某省政府工作报告\n", title) + body
        assert document_time(Page.read(text, USER)) is None, title
        assert periods(text, USER, ("3.1万人",)) == periods(text, "gwr2026-x", ("3.1万人",)) == ["2025"]
    # unchanged: a title naming a year other than the one given covers its own (2025年…执行情况 given in 2026)
    closed = "某市2025年国民经济运行情况报告\n——2026年1月20日在某市第九届人民代表大会第五次会议上\n各位代表：\n"
    found = document_time(Page.read(closed + body, USER))
    assert found is not None and found.period == "2025"
