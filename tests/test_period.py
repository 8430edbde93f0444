"""Periods (extractor/scope.py, data/period.toml): a comparison's base, targets, datelines."""
from __future__ import annotations

from typing import Optional

from extractor.api import extract_text


def scoped(text: str) -> dict[str, dict]:
    return {f.text: f.model_dump() for f in extract_text(text, "example")}


def test_the_year_before_is_the_base_values_only() -> None:
    facts = scoped("2023年，某区地区生产总值1568.3亿元。城镇居民人均可支配收入68520元，"
                   "比上年的64860元增长5.6%。全年发放贷款1.2亿元。")
    assert facts["64860元"]["period"] == "2022"
    assert facts["68520元"]["period"] == "2023"
    assert facts["5.6%"]["period"] == "2023"
    assert facts["1.2亿元"]["period"] == "2023"


def test_a_change_after_the_base_is_the_compared_figures() -> None:
    facts = scoped("2023年，某县工业比上年增长10.9%。")
    assert facts["10.9%"]["period"] == "2023"


def test_a_target_year_is_its_own_sentences_only() -> None:
    facts = scoped("2023年，某区新增就业1.1万人。力争到2030年，全区生产总值达到3000亿元。全年新建学校5所。")
    assert facts["3000亿元"]["period"] == "2030"  # the year aimed at
    assert facts["5所"]["period"] == "2023"
    assert facts["1.1万人"]["period"] == "2023"
    facts = scoped("截至2023年，全区新建学校12所。1993年10月至1995年间，某某收受1800元。")
    assert facts["12所"]["period"] == "../2023"  # a past year: as of it
    assert facts["1800元"]["period"] == "1993-10/1995"  # 至 ends a span


def test_a_dateline_is_no_period() -> None:
    facts = scoped("本报北京1月8日电 2023年，某市接待游客90万人次。")
    assert facts["90万人次"]["period"] == "2023"
    facts = scoped("本报北京1月8日电 某市去年接待游客90万人次，比前年增长5%。")
    assert facts["90万人次"]["period"] != "XXXX-01-08"


def test_a_whole_area_word_gives_the_enclosing_area() -> None:
    facts = scoped("2023年，长沙市经济平稳运行。芙蓉区新增企业30家，全市新增就业12万人。全国粮食产量增长1%。")
    assert facts["30家"]["place"] == "芙蓉区"
    assert facts["12万人"]["place"] == "长沙市"  # the city, not the district named before
    assert facts["1%"]["place"] == "中国"


def test_a_month_without_a_year_takes_the_year_stated_before_it() -> None:
    facts = scoped("一、2022年工作回顾\n2022年极不平凡。9月份后，某省新增就业3万人。2023年，要新建学校10所。")
    assert facts["3万人"]["period"] == "2022-09"


def test_as_of_a_month_of_last_year() -> None:
    facts = scoped("2023年，某市新增企业500家。截至去年11月末，全市存款余额达2160亿元。今年将新增企业600家。")
    assert facts["2160亿元"]["period"] == "../2022-11"


def test_an_article_that_looks_back_on_its_year() -> None:
    # written the year after: 去年 is the year it reports, not the one before
    facts = scoped("2022年全市税收完成758亿元。去年“两税”实际完成408亿元，比上年增长11.6%。")
    assert facts["408亿元"]["period"] == "2022"
    assert facts["758亿元"]["period"] == "2022"


def test_a_month_is_the_period_of_its_own_paragraph() -> None:
    # web text: one paragraph a line
    facts = scoped("2022年是极不平凡的一年，我们经受住了历史罕见的重大挑战和考验。9月份后，某省新增就业3万人。\n"
                   "全年财政收入6.1亿元，各项民生支出得到有力保障，基本公共服务水平进一步提高。")
    assert facts["3万人"]["period"] == "2022-09"
    assert facts["6.1亿元"]["period"] == "2022"


def test_reaching_a_past_year_is_as_of_it() -> None:
    facts = scoped("到2022年底，全省铁路营业里程达6.6万公里。去年完成投资342亿元。今年安排投资349亿元。")
    assert facts["6.6万公里"]["period"] == "../2022-12"  # the year's end
    assert facts["349亿元"]["period"] == "2023"


def test_a_whole_area_word_names_the_area_of_its_level() -> None:
    facts = scoped("2023年，芙蓉区新增企业30家，全市新增就业12万人。")
    assert facts["30家"]["place"] == "芙蓉区"
    assert facts["12万人"]["place"] == "长沙市"  # from the district's parent, not the district


def test_a_year_end_stock_is_as_of_december() -> None:
    facts = scoped("2023年末，某县各项存款余额85亿元。2023年，全县新增贷款12亿元。")
    assert facts["85亿元"]["period"] == "../2023-12"
    assert facts["12亿元"]["period"] == "2023"  # a flow of the year, no year's end


def test_a_page_id_that_names_a_day_fills_dates_without_a_year() -> None:
    text = "某市捐款\n本报讯 某市１２日向灾区捐款２０万元。去年该市接待游客９０万人次。"
    facts = {f.text: f.model_dump() for f in extract_text(text, "20230115-02-007")}
    assert facts["２０万元"]["period"] == "2023-01-12"
    assert facts["９０万人次"]["period"] == "2022"
    # a day after the issue day is of the month before; an id without a date fills nothing
    facts = {f.text: f.model_dump() for f in extract_text(text, "20230110-02-007")}
    assert facts["２０万元"]["period"] == "2022-12-12"
    facts = {f.text: f.model_dump() for f in extract_text(text, "page-07")}
    assert facts["２０万元"]["period"] == "XXXX-XX-12"


def test_an_events_year_is_not_the_year_reported() -> None:
    facts = scoped("某市工作报告\n去年全市新增就业5万人，筹办2030年某市世界博览会。")
    assert facts["5万人"]["period"] != "2029"
    facts = scoped("2030年，某市新增就业5万人。")
    assert facts["5万人"]["period"] == "2030"


def test_five_year_words_give_the_span() -> None:
    facts = scoped("2026年政府工作报告\n过去五年，全省新增企业3万家，居民人均可支配收入从27000元增长到36000元，"
                   "年均增长5.8%。“十五五”时期，力争年均增长5%。今年新增就业60万人。")
    assert facts["3万家"]["period"] == "2021/2025"
    assert facts["27000元"]["period"] == "2020"  # the level it started from
    assert facts["36000元"]["period"] == "2025"  # the level reached
    assert facts["5.8%"]["period"] == "2021/2025"
    assert facts["5%"]["period"] == "2026/2030"
    assert facts["60万人"]["period"] == "2026"
    facts = scoped("第六个五年计划安排项目890个。")
    assert facts["890个"]["period"] == "1981/1985"


def test_a_part_of_a_year_is_its_own_sentences() -> None:
    facts = scoped("2025年，某省一季度经济增长5.2%。全省新增就业60万人。全年生产总值增长4.9%。")
    assert facts["5.2%"]["period"] == "2025-01/2025-03"
    assert facts["60万人"]["period"] == "2025"
    assert facts["4.9%"]["period"] == "2025"


def test_from_a_years_level_to_another_years_level() -> None:
    facts = scoped("2026年报告\n全省生产总值从2020年的3.6万亿元增长到2025年的4.9万亿元。到2025年底，存款余额8万亿元。")
    assert facts["3.6万亿元"]["period"] == "2020"
    assert facts["4.9万亿元"]["period"] == "2025"  # not as of
    assert facts["8万亿元"]["period"] == "../2025-12"


def test_the_end_of_a_named_year_and_a_change_over_it() -> None:
    text = "某行效益\n截至去年末，全行存款余额为５９０亿元，比上年末增加３７亿元，比上年同期增长６％。今年发放贷款１０亿元。"
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980114-02-004")}
    assert facts["５９０亿元"]["period"] == "../1997-12"
    assert facts["３７亿元"]["period"] == "1997"  # the change over the year
    assert facts["６％"]["period"] == "../1997-12"  # against the same time: still as of it
    assert facts["１０亿元"]["period"] == "1998"
    text = "某行效益\n据统计，上年末各项存款为２７５亿元，比上年末增加３７亿元，增长了１５．６％，占全省的２０％。"
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980114-02-004")}
    assert facts["１５．６％"]["period"] == "1997"  # the rate of that change
    assert facts["２０％"]["period"] == "../1997-12"  # a share of the stock


def test_a_year_looked_back_on() -> None:
    facts = {f.text: f.model_dump() for f in extract_text("某县扶贫\n一年来，全县新打深井３５０眼，解决资金４５００万元。",
                                                           "19980105-03-009")}
    assert facts["４５００万元"]["period"] == "1997"
    facts = scoped("2026年报告\n过去一年，全省新增就业60万人。2026年，全省新增就业65万人。")
    assert facts["60万人"]["period"] == "2025"
    assert facts["65万人"]["period"] == "2026"


def test_a_goals_year_is_not_the_year_reported() -> None:
    facts = scoped("2026年政府工作报告\n着眼2035年远景目标。过去一年，全省新增就业60万人。")
    assert facts["60万人"]["period"] == "2025"


def test_a_level_in_a_five_year_span_is_its_last_year() -> None:
    facts = scoped("2026年政府工作报告\n过去五年，全省生产总值6.6万亿元，专精特新企业450家，"
                   "常住人口城镇化率60%。五年新增就业300万人，8家重点实验室落户。")
    assert facts["6.6万亿元"]["period"] == "2025"
    assert facts["450家"]["period"] == "2025"
    assert facts["60%"]["period"] == "2025"
    assert facts["300万人"]["period"] == "2021/2025"  # a flow over the years
    assert facts["8家"]["period"] == "2021/2025"


def test_a_change_against_a_base_years_back_is_the_span_after_it() -> None:
    facts = scoped("1983年报告\n1982年全国工业总产值达到5000亿元，比1978年增长32%，平均每年增长7%。"
                   "1982年同1978年相比，零售总额由1500亿元增加到2500亿元。1982年工业比上年增长8%。")
    assert facts["32%"]["period"] == "1979/1982"
    assert facts["7%"]["period"] == "1979/1982"
    assert facts["5000亿元"]["period"] == "1982"
    assert facts["1500亿元"]["period"] == "1978"
    assert facts["2500亿元"]["period"] == "1982"
    assert facts["8%"]["period"] == "1982"  # the year before: no span


def test_a_starting_levels_year_is_its_own_number_only() -> None:
    facts = scoped("2026年报告\n过去五年，城镇化率从2020年的53%提升到2025年的58%。新增企业140个。")
    assert facts["53%"]["period"] == "2020"
    assert facts["58%"]["period"] == "2025"
    assert facts["140个"]["period"] == "2021/2025"  # not carried from the starting level
    facts = scoped("从2021年以来，全省新增企业140个。")
    assert facts["140个"]["period"] == "2021/.."  # since, not a starting level


def test_since_runs_to_the_month_a_page_was_issued() -> None:
    text = "某市再就业\n１９９７年４月以来，全市安置下岗职工１．１万名。"
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980109-02-010")}
    assert facts["１．１万名"]["period"] == "1997-04/1998-01"
    facts = {f.text: f.model_dump() for f in extract_text(text, "page-07")}
    assert facts["１．１万名"]["period"] == "1997-04/.."


def test_since_a_year_is_the_whole_years_before_a_january_page_or_a_given_report() -> None:
    text = "某市再就业\n１９９４年以来，全市安置下岗职工１．１万名。"
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980109-02-010")}
    assert facts["１．１万名"]["period"] == "1994/1997"
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980209-02-010")}
    assert facts["１．１万名"]["period"] == "1994/1998-02"  # a later month: up to it
    facts = {f.text: f.model_dump() for f in extract_text("2021年以来，全省新增企业140个。", "gwr2026-anhui")}
    assert facts["140个"]["period"] == "2021/2025"
    facts = {f.text: f.model_dump() for f in extract_text("2025年以来，全省新增企业140个。", "gwr2026-anhui")}
    assert facts["140个"]["period"] == "2025"


def test_dates_read_apart_but_written_as_one_span() -> None:
    text = "某案\n１９８６年至１９９６年１月间，某某侵吞公款１８７６元。\n１９９３年１０月至１９９５年间，某某收受好处费６８００元。"
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980113-05-002")}
    assert facts["１８７６元"]["period"] == "1986/1996-01"
    assert facts["６８００元"]["period"] == "1993-10/1995"
    # a date after its own as-of word stays as of it
    facts = scoped("2023年10月，某市新增企业5家。截至2023年11月，全市企业达到300家。")
    assert facts["300家"]["period"] == "../2023-11"


def test_a_year_after_the_issue_is_a_plan_not_the_year_reported() -> None:
    text = ("某省外贸\n１９９７年１至１０月，全省出口已接近５００亿美元，预计全年可突破６００亿美元。\n"
            "全省的目标是到２０００年出口达到７００亿美元、２０１０年出口上升到２０００亿美元。")
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980106-04-012")}
    assert facts["６００亿美元"]["period"] == "1997"  # 全年: the year reported, not 2010
    assert facts["７００亿美元"]["period"] == "2000"
    assert facts["５００亿美元"]["period"] == "1997-01/1997-10"


def test_a_stock_as_of_a_years_end_is_its_own_paragraphs() -> None:
    text = ("某省扶贫\n本报济南１月９日电 某省把贫困村作为扶贫攻坚的主攻方向，以解决温饱为重点，"
            "到１９９７年底，全省有３００万贫困人口脱贫，贫困村的脱贫率达到８０％。\n"
            "某省确定了扶贫到村、责任到村的措施，全省抽调干部１２００名，进驻３５个贫困县，"
            "帮助贫困村兴办各类企业，发展种植业和养殖业。\n去年全省投入扶贫资金２亿元，"
            "比上年增加１０００万元，各项扶贫资金全部落实到村到户。")
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980110-02-003")}
    assert facts["８０％"]["period"] == "../1997-12"
    assert facts["１２００名"]["period"] is None  # no time of its own, and not the stock's
    assert facts["２亿元"]["period"] == "1997"


def test_a_news_page_number_without_time_has_no_period() -> None:
    text = "某县妇联扶贫\n全县有贫困村４３个，贫困人口５万。１９９７年，全县新建示范小区１２个。"
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980110-07-009")}
    assert facts["４３个"]["period"] is None
    assert facts["１２个"]["period"] == "1997"
    # a report without an issue day reports its year throughout
    facts = scoped("某县工作报告\n全县有贫困村43个。2023年，全县新建示范小区12个。")
    assert facts["43个"]["period"] == "2023"


def test_a_headline_number_takes_the_bodys_period() -> None:
    text = ("某行实现利润近３０亿元（附图片１张）\n本报北京１月９日讯 １９９７年该行完成利润２９．８亿元。"
            "到１９９７年底，全省脱贫率达到７０％。\n全省脱贫率达到７０％\n")
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980110-02-004")}
    assert facts["３０亿元"]["period"] == "1997"  # the body's first period
    assert "１张" not in facts  # a note on the page's pictures in brackets is no fact
    heads = [f for f in extract_text("全省脱贫率达到７０％\n本报讯 １９９７年全省投资１亿元。到１９９７年底，全省脱贫率达到７０％。",
                                     "19980110-02-004") if f.text == "７０％"]
    assert [f.period for f in heads] == ["../1997-12", "../1997-12"]  # the same number in the body


def test_a_time_that_names_no_period() -> None:
    text = ("某市轻工再就业\n本报讯 １９９７年４月以来，全市轻工行业共有１．１万名富余人员走上了新岗位。"
            "近几年，全市纺织系统６０％的企业连年亏损，共有１．５万名职工下岗。去年全市兴办实体１００家。")
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980109-02-011")}
    assert facts["６０％"]["period"] is None
    assert facts["１．５万名"]["period"] is None
    assert facts["１００家"]["period"] == "1997"
    # later in a sentence it is not the period of the facts before it
    facts = scoped("2023年，某市企业亏损面为30%，是近几年的最低水平。")
    assert facts["30%"]["period"] == "2023"
    # the sentences after it keep the year it states later on
    facts = scoped("某市湿地\n近年来，某市累计投入资金9.8亿元，湿地保护率提高到2023年的65.8%。监测到的鸟类增加到228种。")
    assert facts["9.8亿元"]["period"] is None
    assert facts["228种"]["period"] == "2023"


def test_five_years_written_in_figures_and_a_yearly_average() -> None:
    text = ("某省引进外资\n本报讯 近５年来全省已累计引进外资５１９亿美元，约占全国同期引进外资总量的四成，"
            "年平均递增达４０％。全省出口达到８００亿美元。")
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980106-04-013")}
    assert facts["５１９亿美元"]["period"] == "1993/1997"
    assert facts["四成"]["period"] == "1993/1997"
    assert facts["４０％"]["period"] == "1993/1997"  # an average over the span, not a level
    assert facts["８００亿美元"]["period"] == "1997"  # a level reached: the span's last year
    facts = {f.text: f.model_dump() for f in extract_text("某县党建\n本报讯 老黄说，这是我当党代表５年来发展的第十个党员。全县新建企业２万家。",
                                                           "19980105-03-011")}
    assert facts["２万家"]["period"] != "1993/1997"  # someone's own five years


def test_in_news_what_stands_already_is_as_of_the_writing() -> None:
    text = ("某市再就业\n本报讯 去年４月，某市纺织公司确立了再就业工作方针。\n"
            "公司先后组织１０００名富余职工参加双选会，接收富余职工的企业已达８０家，安排就业２５００人。")
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980109-02-012")}
    assert facts["１０００名"]["period"] == "1997"
    assert facts["８０家"]["period"] == "1998-01"
    assert facts["２５００人"]["period"] == "1998-01"
    # a time stated before it in the sentence; and a report, which is no news story
    facts = {f.text: f.model_dump() for f in extract_text("某市\n本报讯 去年底全市企业已达８０家。", "19980109-02-012")}
    assert facts["８０家"]["period"] == "../1997-12"
    facts = scoped("2023年，某市新增企业100家。全市企业已达8000家。")
    assert facts["8000家"]["period"] == "2023"


def test_today_is_the_day_of_the_dispatchs_dateline() -> None:
    text = ("东亚货币继续贬值\n本报曼谷１月５日电 记者报道：今天，曼谷市场泰铢汇率大幅下跌，比上一个交易日下跌６％。\n"
            "据新华社汉城１月６日电 某国昨天宣布，外汇储备仅剩７３亿美元。\n"
            "本报北京１月９日讯 记者今天从某总局获悉，１９９７年，全国共征收各项规费９４０亿元。"
            "其中进口环节税５８５亿元。")
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980107-07-009")}
    assert facts["６％"]["period"] == "1998-01-05"
    assert facts["７３亿美元"]["period"] == "1998-01-05"  # the day before the dispatch
    assert facts["９４０亿元"]["period"] == "1997"
    assert facts["５８５亿元"]["period"] == "1997"  # 今天 of the reporter leads no sentence
    # no dateline before it: no day
    facts = {f.text: f.model_dump() for f in extract_text("某市捐款\n本报讯 今天，某市捐款２０万元。", "19980107-07-009")}
    assert facts["２０万元"]["period"] != "1998-01-07"


def test_a_base_with_a_fall_after_it_is_no_period_of_the_fall() -> None:
    facts = scoped("1994年，人民币汇率并轨，仅较1993年底贬值了7%左右。")
    assert facts["7%"]["period"] == "1994"


def test_lately_in_a_news_story_is_its_month_but_not_when_a_source_spoke() -> None:
    text = ("某省助困\n本报昆明电 记者报道：某省帮扶工作组日前与９家企业签订了帮扶协议，向困难职工发放补助资金。\n"
            "为了让困难家庭在节前领到生活补助，省财政安排１５０万元，作为节日慰问专项资金。")
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980112-03-009")}
    assert facts["９家"]["period"] == "1998-01"
    assert facts["１５０万元"]["period"] == "1998-01"
    text = "拉美引资\n新华社里约热内卢１月７日电 据某报日前报道，在１９９７年，拉美国家共引进外资１１４６亿美元。其中贷款占七成。"
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980109-07-003")}
    assert facts["七成"]["period"] == "1997"


def test_lately_before_a_report_verb_later_in_its_clause_is_when_a_source_spoke() -> None:
    # 日前 then a meeting then 认为: the day of speaking; the review's year stands on
    text = ("某市经济\n本报某市１月６日讯 某市在过去的一年里生产总值增长９．１％。"
            "副市长某某日前在全市经济形势座谈会上谈及此事时认为，这得益于开放。第一，实际引进外资１２亿元，增长８．２％。")
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980107-01-009")}
    assert facts["１２亿元"]["period"] == "1997"
    # but 日前 with a number before any report verb dates the number (now: the page's month)
    text = ("某县扶贫\n本报讯 某县日前向１２个贫困村发放救济款，县长表示还将继续。")
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980107-01-010")}
    assert facts["１２个"]["period"] == "1998-01"


def test_after_a_sentence_dated_now_the_next_keep_what_it_goes_on_to_date() -> None:
    text = ("移民调查\n本报讯 一项调查报告近日正式发表，这一调查是在去年３月至７月间进行的。"
            "调查结果显示，在被访问的５４７名移民中，２６％的人失业。")
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980105-06-009")}
    assert facts["２６％"]["period"] == "1997-03/1997-07"


def test_a_headline_number_takes_the_same_numbers_period_in_the_body() -> None:
    text = ("１９９７年某省又有４０个县达标\n全省６５％人口地区实现目标\n本报讯 １９９７年，全省又有４０个县达到要求。"
            "到１９９７年底，全省实现目标的县累计达到１８８个，人口覆盖率累计达到６５％。")
    facts = [f for f in extract_text(text, "19980112-05-009") if f.text == "６５％"]
    assert [f.period for f in facts] == ["../1997-12", "../1997-12"]


def test_a_span_from_a_base_year_to_a_plans_end() -> None:
    facts = scoped("2026年政府工作报告\n2020年到2025年，工业投资占比重从17.9%提升到35.5%。新增五星级饭店16家。")
    assert facts["17.9%"]["period"] == "2020"
    assert facts["35.5%"]["period"] == "2025"
    assert facts["16家"]["period"] == "2021/2025"
    facts = scoped("2020年到2025年，全省新增企业300家。")  # no levels compared: the years written
    assert facts["300家"]["period"] == "2020/2025"


def test_the_last_few_years_are_the_years_before_the_writing() -> None:
    text = ("某省扶贫\n本报某市１月１２日电 最近３年来，省里先后出台８项扶贫举措。"
            "据统计，最近两年脱贫的村有１２０个。")
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980113-01-009")}
    assert facts["８项"]["period"] == "1995/1997"
    assert facts["１２０个"]["period"] == "1996/1997"
    # 近几年 names no years; and the span is its own sentence's: a report goes back to its year
    facts = scoped("2009年政府工作报告\n过去一年，全省生产总值增长9%。近三年累计，单位生产总值能耗下降10.1%。\n"
                   "企业退休人员养老金人均每月增加110元。")
    assert facts["10.1%"]["period"] == "2006/2008"
    assert facts["110元"]["period"] == "2008"
    facts = scoped("2008年，全省生产总值增长9%。近几年，某市60%的企业亏损。")
    assert facts["60%"]["period"] is None


def test_a_part_of_a_year_that_names_a_report_is_the_period_of_what_follows() -> None:
    text = ("质量抽查\n本报北京１月１４日讯 某局今天公布了１９９７年第四季度产品质量监督抽查结果。"
            "本次共抽查了２８类产品，抽样合格率８１．２％。")
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980115-02-009")}
    assert facts["２８类"]["period"] == "1997-10/1997-12"
    assert facts["８１．２％"]["period"] == "1997-10/1997-12"
    # a part of a year that names an event, not a report, is its own sentence's
    text = ("旅游年\n本报讯 １９９７年下半年，某国爆发金融危机，旅游业受到影响。"
            "政府为此制定了四项措施。")
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980106-07-009")}
    assert facts["四项"]["period"] == "1997"


def test_a_word_of_now_or_of_last_year_before_a_starting_level_is_that_levels_only() -> None:
    text = ("补贴\n本报讯 １９９８年将某类农机具购置补贴比例上调２个百分点，由目前的９％增至１１％。")
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980107-02-009")}
    assert facts["９％"]["period"] == "1998-01"
    assert facts["１１％"]["period"] == "1998"
    facts = scoped("某市2025年统计公报\n全市一般公共预算收入由上年的386.4亿元增加到412.7亿元，增长6.8%。"
                   "全市新建农村公路1260公里。")
    assert facts["386.4亿元"]["period"] == "2024"
    assert facts["412.7亿元"]["period"] == "2025"
    # 从目前的情况看 names no starting level: 目前 stays the sentence's time
    facts = {f.text: f.model_dump() for f in extract_text(
        "找水\n本报讯 从目前的工作情况看，某谷地有１２０处泉眼。", "19980106-04-019")}
    assert facts["１２０处"]["period"] == "1998-01"


def test_the_first_months_of_a_year_are_a_part_of_it() -> None:
    for text, span in [("外贸\n本报讯 去年前１０个月，某省出口１２３亿美元，增长８％。", "1997-01/1997-10"),
                       ("外贸\n本报讯 １９９６年前１１个月，某省出口１２３亿美元，增长８％。", "1996-01/1996-11"),
                       # no year: in a January page, the months are the year before's
                       ("外贸\n本报讯 据统计，前１１个月某省出口１２３亿美元，增长８％。", "1997-01/1997-11"),
                       # a headline's short form, 前N月 (no 个)
                       ("外贸\n本报讯 １９９６年前１１月，某省出口１２３亿美元，增长８％。", "1996-01/1996-11")]:
        facts = {f.text: f.model_dump() for f in extract_text(text, "19980112-02-099")}
        assert facts["１２３亿美元"]["period"] == span and facts["８％"]["period"] == span
    # 提前5个月 counts months before a day: the sentence keeps its year
    text = "改值\n本报讯 １９９３年某国改值货币，这次则提前５个月公布方案，设立了２个兑换点。"
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980103-03-009")}
    assert facts["２个"]["period"] == "1993"


def test_last_month_and_this_month_count_from_the_pages_issue() -> None:
    text = "金融\n本报讯 某国政府上个月关闭了５６家金融机构。另一国最近也中止了９家银行的业务。"
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980105-07-009")}
    assert facts["５６家"]["period"] == "1997-12"
    assert facts["９家"]["period"] != "1997-12"  # the month is its own sentence's
    text = "外债\n本报讯 本月内某国能够得到的援助预计有１１０亿美元。"
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980105-07-010")}
    assert facts["１１０亿美元"]["period"] == "1998-01"
    # without an issue date they name no month
    facts = scoped("上月，全省出口12亿美元。")
    assert facts["12亿美元"]["period"] is None


def test_last_years_end_written_with_its_year_word() -> None:
    text = "企业\n本报讯 截至去年年底，某省有企业１２３家。"
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980112-02-098")}
    assert facts["１２３家"]["period"] == "../1997-12"


def test_a_report_named_by_the_year_it_was_given() -> None:
    from extractor.issue_date import issue_year
    assert issue_year("report-1981") == 1981
    assert issue_year("gwr2026-anhui") == 2026
    assert issue_year("19980110-03-012") == 1998
    assert issue_year("page-12345") is None and issue_year("a-1981-1982") is None and issue_year("example") is None
    text = ("今年的经济情况一个季度比一个季度好，全国粮食产量增长百分之三。"
            "现在，全国已有小型水电站三千多座。一九八二年的计划，要求钢产量增长百分之四。")

    def periods(doc: str) -> dict[str, str]:
        return {f.text: f.period for f in extract_text(text, doc)}
    given = periods("report-1981")
    assert given["百分之三"] == "1981"  # 今年: the year the report was given
    assert given["三千多座"] == "1981"  # as of now, in a report whose month is not known: its year
    assert given["百分之四"] == "1982"  # a later year: the plan's
    # without the year in its name the plan's year is taken for the year written in
    assert periods("report")["百分之三"] == "1982"


def test_years_counted_back_opening_a_clause() -> None:
    def periods(text: str) -> dict[str, str]:
        return {f.text: f.period for f in extract_text(text, "report-1990")}
    # in a report given in 1990: its government's five years, and the four before it
    facts = periods("五年中，全国建成工厂一千二百个。三年中新增就业四百万人。")
    assert facts["一千二百个"] == "1985/1989"
    assert facts["四百万人"] == "1987/1989"
    # not a number of years inside another phrase (在这十二年中的: no clause opens there)
    facts = periods("一九八九年，建成工厂三百个，占这十二年中的百分之二十。")
    assert facts["三百个"] == "1989"


def test_the_whole_year_after_a_year_its_sentence_names() -> None:
    facts = scoped("比如，1990年出口仅增长3.9%。1997年，消费增长10.7%；出口较快，预计全年达到1800亿美元，增长20%。")
    assert facts["1800亿美元"]["period"] == "1997"
    # a smaller part of a year keeps the year the text speaks of, not a year stated earlier
    facts = scoped("1997年，某市新增案件多起：1995年为528户，到1997上半年剧增为3580户。")
    assert facts["3580户"]["period"] == "1997-01/1997-06"


def test_a_time_word_inside_another_word_is_no_time() -> None:
    text = "本报北京1月4日讯 1997年，某部加大调整力度。完成了6个重点项目前期工作，审批改造项目25项。"
    facts = {f.text: f.period for f in extract_text(text, "19980105-02-901")}
    assert facts["6个"] == "1997" and facts["25项"] == "1997"  # 项目前期: no 目前
    text = "本报北京1月4日讯 1997年，某部加大调整力度。目前，已完成重点项目6个。"
    facts = {f.text: f.period for f in extract_text(text, "19980105-02-901")}
    assert facts["6个"] == "1998-01"  # 目前 standing alone: the month of the page


def test_a_years_end_and_start_written_alone() -> None:
    text = "本报北京1月4日讯 1997年，某市上市公司由年初的30多家增加到年末的50多家，市值逾800亿元。"
    facts = {f.text: f.period for f in extract_text(text, "19980105-10-901")}
    assert facts["30多家"] == "../1997-01"  # a starting level: its own number's
    assert facts["50多家"] == "../1997-12" and facts["800亿元"] == "../1997-12"
    text = "本报北京1月4日讯 某区去年加快建设。到年底，全区建成图书室120个。"
    facts = {f.text: f.period for f in extract_text(text, "19980105-10-901")}
    assert facts["120个"] == "../1997-12"
    # when, not as of when: a habit (每年年末) and 年初 that is not a starting level
    text = "本报南京1月4日电 1997年，每年年末某省都要研究20多件实事。今年年初，某区组建3支队伍。"
    facts = {f.text: f.period for f in extract_text(text, "19980105-10-901")}
    assert facts["20多件"] == "1997" and facts["3支"] == "1998"


def test_the_same_months_a_year_before_and_months_read_apart() -> None:
    text = "本报北京1月4日讯 去年1月—10月，某省企业利润总额210亿元，增长30%，而上年同期仅为160亿元。"
    facts = {f.text: f.period for f in extract_text(text, "19980105-09-901")}
    assert facts["210亿元"] == "1997-01/1997-10" and facts["30%"] == "1997-01/1997-10"
    assert facts["160亿元"] == "1996-01/1996-10"  # the same months of the year before
    # 上年 with no months named before it in its sentence: the year before, as always
    facts = scoped("2023年，某区城镇居民人均可支配收入68520元，比上年的64860元增长5.6%。")
    assert facts["64860元"]["period"] == "2022"
    # 去年1月 | — | 11月 read as two months: the months of the year the last is in
    text = "本报北京1月4日讯 关于出口，去年1月—11月一般贸易出口增长27%，是很高的速度。"
    facts = {f.text: f.period for f in extract_text(text, "19980105-09-901")}
    assert facts["27%"] == "1997-01/1997-11"


def test_a_part_of_a_year_as_a_comparisons_base() -> None:
    facts = scoped("2004年，某省粮食产量增长9%，比一季度提高17.2个百分点。")
    assert facts["17.2个百分点"]["period"] == "2004"  # 比一季度: the base, not the period
    facts = scoped("2004年一季度，某省粮食产量增长9%。")
    assert facts["9%"]["period"] == "2004-01/2004-03"


def test_a_time_inside_a_background_phrase_is_its_own_facts_only() -> None:
    facts = scoped("1984年，某省工业产值突破900亿元，在1979到1983年平均每年递增7.9%的基础上，比上年增长14.2%。")
    assert facts["7.9%"]["period"] == "1979/1983"
    assert facts["14.2%"]["period"] == "1984"
    facts = scoped("1997年，某市生产总值在1996年增长9.7%的基础上，继续保持8.8%的增长率。")
    assert facts["9.7%"]["period"] == "1996" and facts["8.8%"]["period"] == "1997"
    # no closing 的基础上 in the clause: the time is the period of what follows
    facts = scoped("1997年，在1996年某市新增企业300家，增长8%。")
    assert facts["300家"]["period"] == "1996" and facts["8%"]["period"] == "1996"


def test_a_later_clause_of_a_change_between_two_years() -> None:
    text = ("这五年，全省生产总值从2020年的3.6万亿元增长到2025年的4.9万亿元、实现跃升，"
            "地方财政收入从3800亿元增长到4400亿元，规上工业产值年均增长6.5%，"
            "商品零售总额突破1.5万亿元，累计完成投资突破9万亿元，清洁能源装机占比由47%提升至73%。")
    facts = {f.text: f.period for f in extract_text(text, "report-2026")}
    assert facts["3800亿元"] == "2020" and facts["4400亿元"] == "2025"  # the same two years
    assert facts["6.5%"] == "2021/2025"  # a yearly average: the span, as before the change
    assert facts["1.5万亿元"] == "2025" and facts["73%"] == "2025"  # levels reached at the end
    assert facts["9万亿元"] == "2021/2025"  # a total over the span
    assert facts["47%"] == "2020"


def test_an_old_reports_plans_and_its_year() -> None:
    def periods(text: str, doc: str) -> dict[str, str]:
        return {f.text: f.period for f in extract_text(text, doc)}
    facts = periods("第一个五年计划期间，基本建设投资总额为四百二十七亿四千万元。今年钢产量将增长百分之二十。",
                    "report-1955")
    assert facts["四百二十七亿四千万元"] == "1953/1957" and facts["百分之二十"] == "1955"
    facts = periods("第六个五年计划期间，工农业总产值平均每年递增百分之四。到一九八五年，职工人数达到一亿二千万人。"
                    "今年财政收入增长百分之三。", "report-1982")
    assert facts["百分之四"] == "1981/1985" and facts["一亿二千万人"] == "1985"
    assert facts["百分之三"] == "1982"


def test_each_occurrence_of_a_relative_word_is_read_alone() -> None:
    text = "本报曼谷1月10日电 当前经济困难，去年底失业人数达120万人，去年经济增长率为0.6%，通货膨胀率高达12%。"
    facts = {f.text: f.period for f in extract_text(text, "19980113-06-901")}
    assert facts["120万人"] == "../1997-12"  # 去年底: a stock at that year's end
    assert facts["0.6%"] == "1997" and facts["12%"] == "1997"  # the next 去年: the year itself


def test_a_year_to_be_made_sure_of_is_a_target() -> None:
    facts = scoped("2023年，某市新增就业3万人。确保2025年全市新建学校20所。全年新增企业500家。")
    assert facts["20所"]["period"] == "2025"  # its own sentence's
    assert facts["500家"]["period"] == "2023"  # never carried on


def test_an_increment_reached_over_years_is_the_span() -> None:
    facts = scoped("一九八二年同一九七八年相比，提高收购价格一项，农民增加的收入达一百二十亿元。")
    assert facts["一百二十亿元"]["period"] == "1979/1982"  # an increment over the years
    facts = scoped("一九八二年同一九七八年相比，农民人均收入增加到二百七十元。")
    assert facts["二百七十元"]["period"] == "1982"  # a level reached: the last year's


def test_years_to_now_opening_a_clause_are_the_years_before_the_writing() -> None:
    facts = scoped("1998年1月，某市召开交通工作会议。４年来，全市投入资金１０亿多元，建成公路３７５公里。")
    assert facts["１０亿多元"]["period"] == "1994/1997"
    # the years of someone's own service, not opening a clause and with no total after them: not
    # read (with a total, 他当代表3年来共提出建议12件, they are the years up to the writing all the same)
    facts = scoped("1998年1月，某市召开交通工作会议。他当代表3年来提出建议１２件。")
    assert facts["１２件"]["period"] != "1995/1997"
    facts = scoped("1998年1月，某市召开交通工作会议。他当代表3年来共提出建议１２件。")
    assert facts["１２件"]["period"] == "1995/1997"


def test_years_in_between_opening_a_sentence_are_the_years_before_the_writing() -> None:
    facts = scoped("1998年1月，某县召开水利工作会议。３年间，全县累计投入水利资金２.５亿元。"
                   "６年间，全县共建成蓄水池１２０处。")
    assert facts["２.５亿元"]["period"] == "1995/1997"
    assert facts["１２０处"]["period"] == "1992/1997"
    # 年内 opens a plan as often as a review: the years ahead are no years before the writing
    facts = scoped("1998年1月，某县召开水利工作会议。３年内，全县将投入水利资金２.５亿元。")
    assert facts["２.５亿元"]["period"] != "1995/1997"
    # inside a sentence after a comma: someone's own years, or a rule's, not the article's years
    facts = scoped("1998年1月，某所召开总结会。有位研究员，六年间五下南极，带回样品３００多份。"
                   "被吊销执照的，二年内不准重新申请，罚款５０００元。")
    assert facts["３００多份"]["period"] != "1992/1997"
    assert facts["５０００元"]["period"] != "1996/1997"


def test_since_a_month_written_with_fen() -> None:
    facts = {f.text: f.model_dump() for f in extract_text(
        "某市房价\n１９９７年４月份以来，全市新建住房２０００套。", "19980112-12-001")}
    assert facts["２０００套"]["period"] == "1997-04/1998-01"  # as after ４月以来
    facts = {f.text: f.model_dump() for f in extract_text(
        "某市房价\n１９９７年４月份，全市新建住房２０００套。", "19980112-12-001")}
    assert facts["２０００套"]["period"] == "1997-04"  # the month alone


def test_since_an_event_that_opened_an_era() -> None:
    text = "某省民航\n改革开放以来，全省民航运输量以年均１８．５％的速度增长。"
    facts = {f.text: f.model_dump() for f in extract_text(text, "19980108-02-001")}
    assert facts["１８．５％"]["period"] == "1979/1997"
    facts = scoped("全国解放以来，某县人口增加百分之五十。")
    assert facts["百分之五十"]["period"] == "1950/.."
    # the event's name alone, or another country's founding, is no period
    facts = scoped("改革开放的成果有目共睹，某市新增企业300家。")
    assert facts["300家"]["period"] is None
    facts = scoped("他是该国建国以来第九任总统，近百名要员出席。")
    assert facts["百名"]["period"] is None


def test_these_n_years_are_the_years_before_the_report() -> None:
    facts = {f.text: f.model_dump() for f in extract_text(
        "在这十年中，我们建成了八百个大中型项目。", "gwr-national-1975")}
    assert facts["八百个"]["period"] == "1965/1974"
    # one year is no span of years
    facts = {f.text: f.model_dump() for f in extract_text(
        "一九七四年，在这一年中，我们建成了八十个大中型项目。", "gwr-national-1975")}
    assert facts["八十个"]["period"] == "1974"


def test_a_past_year_reached_is_that_years_level() -> None:
    facts = {f.text: f.model_dump() for f in extract_text(
        "到一九八二年，储蓄率由一九七八年的百分之三十六点五降到百分之三十。", "gwr-national-1983")}
    assert facts["百分之三十"]["period"] == "1982"
    assert facts["百分之三十六点五"]["period"] == "1978"
    # an explicit as-of stays as of it
    facts = scoped("截至2023年，全区新建学校12所。")
    assert facts["12所"]["period"] == "../2023"


_REPORT_BLOCKS = ("一、1998年工作回顾和1999年的主要任务\n\n　　过去一年，全省人民团结奋斗。\n\n"
                  "国民经济保持较快增长。\n生产总值比上年增长7.8%。\n\n　　在周边国家货币贬值的情况下，我们坚持稳定。\n\n"
                  "在经济发展的同时，改革继续推进。\n省政府组成部门从40个减少到29个。\n\n"
                  "城乡人民生活水平继续提高。\n城镇居民人均可支配收入实际增长5.8%。\n\n"
                  "　　各位代表！今年的经济增长预期为7%左右。\n")


def test_a_reports_blocks_carry_the_year_reviewed() -> None:
    # an indented paragraph splits the layout into blocks; a report given in 1999 is still one text
    facts = {f.text: f.period for f in extract_text(_REPORT_BLOCKS, "report-1999")}
    assert facts["29个"] == "1998"
    assert facts["5.8%"] == "1998"
    assert facts["7%"] == "1999"
    # a page whose id names no year may hold several stories: a block's year stays its own
    facts = {f.text: f.period for f in extract_text(_REPORT_BLOCKS.replace("一、1998年工作回顾和1999年的主要任务", "一、工作的主要任务"),
                                                    "example")}
    assert facts["29个"] != "1998"
    # unless its text says it is one report given in a year (session 18: its first heading reviews 1998, so it was
    # given in 1999, read as under an id that names that year)
    facts = {f.text: f.period for f in extract_text(_REPORT_BLOCKS, "example")}
    assert facts["29个"] == "1998" and facts["7%"] == "1999"


def test_a_level_held_to_is_no_period_of_the_sentence() -> None:
    facts = scoped("1998年某省将突出四个重点。主要目标是：农业增加值增长4%，粮食总产量稳定在1997年的水平，"
                   "乡镇企业增加值增长19%。")
    assert facts["4%"]["period"] == "1998"
    assert facts["19%"]["period"] == "1998"
    facts = scoped("1956年，某省工业总产值比计划规定的1957年的水平498亿元只差38亿元。")
    assert facts["498亿元"]["period"] == "1957"  # the level's own number
    # a year that names no level (1997年的产量) is the period of the facts after it
    facts = scoped("1998年某省将突出四个重点。主要目标是：农业增加值增长4%，1997年的产量增长3%。")
    assert facts["3%"]["period"] == "1997"


_ISSUED = "19980108-99-001"  # an id that names the day the page was issued
_FEATURE_BODY = ("１９９７年，某市游乐业在激烈的市场竞争中稳步发展，全行业营业收入达３０亿元，游客人数创下了历史最高纪录。\n"
                 "１９９５年，该公司在不到一年的时间里就接连获得６张生产入网许可证，其产品占了国内同类产品市场的７０％。\n"
                 "在销售服务方面，公司提出了联网保修、售后服务、立等可取的服务方针，在全国２７个省市建立起维修服务网络。\n")


def _periods(text: str, doc: str = _ISSUED) -> dict[str, str | None]:
    return {f.text: f.period for f in extract_text(text, doc)}


def test_a_features_paragraphs_fall_back_to_its_opening() -> None:
    facts = _periods("某公司发展纪实\n本报记者李明\n" + _FEATURE_BODY)
    assert facts["６张"] == "1995"
    assert facts["２７个"] == "1997"  # the opening's year, not the paragraph's before it
    # a dispatch (本报北京１月７日讯) tells one event: what was stated goes on
    facts = _periods("某公司发展纪实\n本报北京１月７日讯记者李明报道：" + _FEATURE_BODY)
    assert facts["２７个"] == "1995"


def test_an_earlier_day_opening_a_feature_is_an_occasion() -> None:
    facts = _periods("怀念某某同志\n张三\n"
                     "１９９７年１２月２９日，是水利职工敬重的老领导某某同志逝世１０周年的日子，我们怀着敬意纪念他。\n"
                     "１９５２年，他到水利部任职后先从人才培养入手，着手兴办水利教育，筹建了两所水利学院。\n"
                     "在各方面的支持下，水利部陆续建起了武汉、天津等５个水工机械厂，为治水事业奠定了基础。\n")
    assert facts["两所"] == "1952"
    assert facts["５个"] is None
    # a day of the month the page was issued is news of those days
    facts = _periods("特殊的常委扩大会\n本报记者李明\n"
                     "１月２日上午９时４０分，两辆面包车悄悄驶进某厂大门，在家的市领导下了车，站在堆满废料的车间前。\n"
                     "当天的会议临时加了一项议题，商量停产企业职工的生活安排。市工会的同志来了，民政、财政部门的同志也来了。\n"
                     "会上，一份摸底材料发到了与会者手中：半年以上发不出工资的企业共有１８８５户，不少职工家庭生活拮据。\n")
    assert facts["１８８５户"] == "1998-01"


def test_a_date_of_birth_or_founding_is_its_own_sentences_only() -> None:
    facts = _periods("只要人人都献出爱\n王某，１９２１年９月２６日出生于天津。早年就读于某学院化学系，现任某会会长。\n"
                     "陈某、刘某等１６位脱贫母亲的来信让我这个组委会主任感到十分欣慰，这是爱心的成果。\n")
    assert facts["１６位"] is None
    facts = _periods("原来，某饮料厂是１９９０年８月建起来的，最初只是个十几名工人的作坊，靠六十万元起步。")
    assert facts["六十万元"] == "1990-08"  # the facts of its own sentence
    # a year that is not a beginning goes on
    facts = _periods("某市游乐业现状\n本报记者李明\n１９９０年８月，某厂从只有十几个人的小厂起步，当时职工的干劲很足。"
                     "全厂职工靠六十万元起家。\n")
    assert facts["六十万元"] == "1990-08"


def test_some_dozen_years_name_no_period() -> None:
    facts = scoped("1996年，某市游乐业营业收入达30亿元。近十几年来，我国有了几百家游艺机生产单位。")
    assert facts["几百家"]["period"] is None


def test_money_spent_over_a_plan_is_the_span() -> None:
    facts = scoped("“八五”期间，铁路用于购置机车的资金达1000亿元，用于车站改造的投入只有110多亿元。")
    assert facts["1000亿元"]["period"] == "1991/1995"
    # a level reached at the span's end is its last year's, a share of investment too
    facts = scoped("2020年到2025年，某省制造业投资占全部投资的比重从17.9%提升到35.5%，生产总值达到5000亿元。")
    assert facts["35.5%"]["period"] == "2025"
    assert facts["5000亿元"]["period"] == "2025"


def test_what_a_dispatch_says_stands_already_is_as_of_its_writing() -> None:
    facts = _periods("本报郑州１月３日电记者李明报道：据介绍，已经建成和正在建设的大型园区焦作共有８个，"
                     "辐射带动了各类中小园区３０来个。")
    assert facts["８个"] == "1998-01"
    # a time stated before it in its sentence is the period
    facts = _periods("本报郑州１月３日电记者李明报道：１９９６年，已经建成的大型园区焦作共有８个。")
    assert facts["８个"] == "1996"


def test_what_a_condition_supposes_has_no_period() -> None:
    facts = scoped("1997年，某市企业亏损面扩大。如果A公司购并B企业年收益100万元，成本支出90万元，机会成本就是210万元。"
                   "全年工业增长8%。")
    assert facts["100万元"]["period"] is None
    assert facts["90万元"]["period"] is None
    assert facts["8%"]["period"] == "1997"  # the next sentence goes on with the year
    facts = scoped("1981年，工业企业的生产成本只要降低1%，一年就可以增加收入二十亿元。")
    assert facts["二十亿元"]["period"] is None
    # a condition after the number leaves it its period
    facts = scoped("1997年，某市工业增长8%，如果扣除价格因素，增长也不低。")
    assert facts["8%"]["period"] == "1997"


def test_a_price_base_year_is_no_period() -> None:
    facts = scoped("一九五八年粮食总产值拟定为六百九十二亿元（按一九五七年不变价计），比一九五七年增长百分之六点三。")
    assert facts["百分之六点三"]["period"] == "1958"
    facts = scoped("一九五七年工业总产值为六百三十四亿元（按一九五二年不变价计），超过年度计划百分之四点七。")
    assert facts["百分之四点七"]["period"] == "1957"
    # the short form in brackets (（2010年不变价）) is a price base too, and is not carried on
    facts = scoped("2023年，某省将扶贫标准提高到2600元（2015年不变价），城镇化率提高到61.2%。"
                   "全省新增就业9.3万人。")
    assert facts["61.2%"]["period"] == "2023"
    assert facts["9.3万人"]["period"] == "2023"
    # a year that is the period stays one (一九五二年的产值)
    facts = scoped("一九五七年工业总产值为六百二十八亿元，一九五二年的产值为二百七十亿元。")
    assert facts["二百七十亿元"]["period"] == "1952"


def test_a_plans_average_speed_is_a_level_held_to() -> None:
    facts = scoped("一九五八年的粮食总产值比一九五七年增长百分之六点三。这一速度高于第一个五年计划的平均速度。"
                   "油料的指标为二千一百万担，比上一年增加一百三十万担，增长百分之六点七。")
    assert facts["百分之六点七"]["period"] == "1958"


def test_a_plans_first_years() -> None:
    facts = scoped("“八五”头两年，某省工业增长8%。")
    assert facts["8%"]["period"] == "1991/1992"
    facts = scoped("第一个五年计划的前三年，工业总产值共增加了一百七十七亿元。")
    assert facts["一百七十七亿元"]["period"] == "1953/1955"
    facts = scoped("进入“九五”两年来，某省用于购买设备的资金投入110亿元。")
    assert facts["110亿元"]["period"] == "1996/1997"
    # the whole plan, and a plan named bare without its first years, are as before
    facts = scoped("“八五”期间，某省工业增长8%。")
    assert facts["8%"]["period"] == "1991/1995"
    facts = scoped("1997年，某省为实现“九五”目标，工业增长8%。")
    assert facts["8%"]["period"] == "1997"


def test_a_plan_named_bare_is_the_time_of_its_clause() -> None:
    # a plan named bare in quotes, as a time of what its clause counts: the plan's years (as “八五”期间)
    facts = scoped("本报上海１月９日电　按“八五”５１个改造工程计算，每投入１元，新增利润３．１２元。"
                   "这家厂“八五”以年均２６％的幅度上升，快于同行６．８％的幅度。")
    assert facts["５１个"]["period"] == "1991/1995"
    assert facts["３．１２元"]["period"] == "1991/1995"
    assert facts["２６％"]["period"] == "1991/1995"
    assert facts["６．８％"]["period"] == "1991/1995"
    # not the plan's aims or their making, nor a point in it: the time stated stays
    facts = scoped("2025年，全面完成省里“十四五”修路目标，新增公路12处。")
    assert facts["12处"]["period"] == "2025"
    facts = scoped("1997年，某省为实现“九五”目标，工业增长8%。")
    assert facts["8%"]["period"] == "1997"
    facts = scoped("到“九五”末，某省工业增长8%。")
    assert facts["8%"]["period"] != "1996/2000"
    # the end of a plan is a point, its last year: a level then, or the year a target is set for
    facts = scoped("“十三五”末，某市工业产值达到9000亿元。2025年，服务业增加值4500亿元。")
    assert facts["9000亿元"]["period"] == "2020"
    assert facts["4500亿元"]["period"] == "2025"
    facts = scoped("到“十四五”末，某市公交线路将增至300条。")
    assert facts["300条"]["period"] == "2025"
    # a noun right after it names a campaign of its own (“五五”普法: legal teaching's fifth five years)
    facts = scoped("2010年，“五五”普法顺利完成，培训干部300万人次。")
    assert facts["300万人次"]["period"] == "2010"


def test_bribes_taken_over_five_years_are_the_years_flow() -> None:
    # money taken over the years (a flow), not a level reached in the last of them
    facts = scoped("本报长沙１月８日电　原局长王某在１９９３年至１９９７年间多次收受他人钱物２３．９万元。")
    assert facts["２３．９万元"]["period"] == "1993/1997"
    facts = scoped("本报郑州１月１２日电　１９９３年至１９９７年，某县职工人数达到２万人。")
    assert facts["２万人"]["period"] == "1997"


def test_a_comparison_set_before_its_years() -> None:
    facts = scoped("一九八二年和一九七八年相比，农业总产值增长百分之三十三点二。")
    assert facts["百分之三十三点二"]["period"] == "1979/1982"
    facts = scoped("同一九五二年相比，一九五七年工业总产值增长百分之一百二十八点六。")
    assert facts["百分之一百二十八点六"]["period"] == "1953/1957"
    # a change from a starting level to a later year's level names both years
    facts = scoped("某省生产总值从2020年的3.71万亿元增长到2025年的4.86万亿元。")
    assert facts["3.71万亿元"]["period"] == "2020"
    assert facts["4.86万亿元"]["period"] == "2025"


def test_a_features_opening_months_stand_for_their_year() -> None:
    facts = _periods("某省对外开放上新水平\n本报记者李明\n"
                     "１９９７年１至１０月，某省外贸出口总额已接近６００亿美元，预计全年可突破６８０亿美元，再创新高。\n"
                     "走出去的同时，企业也在练内功，靠改革提升自己。某省不少企业都是这样一步步走过来的。\n"
                     "在某电器厂，人们可以看到先进的检测设备和耗资４．５亿元建成的高度现代化的冰箱装配线。\n")
    assert facts["６００亿美元"] == "1997-01/1997-10"
    assert facts["４．５亿元"] == "1997"


def test_a_vague_time_opening_a_features_paragraph_speaks_for_it() -> None:
    text = ("某市游乐业现状透视\n本报记者李明\n"
            "据统计，１９９６年全国到游乐园游玩的有３亿多人次，全年营业收入达到３０亿元，规模相当可观。\n"
            "改革开放初期，不少地方的群众刚刚吃饱穿暖，对游乐设施的要求并不高。当年某区一家集体小厂造的"
            "简易转椅，每台卖４０００元，一次订货会上就接到４７０台订单。\n"
            "十几年过去，游客的要求变了，更看重新鲜和刺激，大型游乐设备会是这一行新的增长点，市场广阔。\n")
    facts = _periods(text)
    assert facts["４０００元"] is None
    assert facts["３０亿元"] == "1996"
    # in a dispatch what was stated goes on
    facts = _periods(text.replace("本报记者李明\n", "本报北京１月７日讯记者李明报道："))
    assert facts["４０００元"] == "1996"


def test_a_year_something_is_expected_in_is_a_forecast() -> None:
    # in the report given in 1985, 今年 is 1985: a forecast for it is no year of the review
    text = "1984年，我国重点建设取得了新的进展。宝山钢铁总厂炼焦、炼铁可望在今年内陆续投产。全年施工的更新改造项目七万四千个。"
    facts = {f.text: f.period for f in extract_text(text, "report-1985")}
    assert facts["七万四千个"] == "1984"
    facts = {f.text: f.period for f in extract_text(text.replace("可望在今年内", "今年内"), "report-1985")}
    assert facts["七万四千个"] == "1985"  # a year stated plainly is what 全年 is of


def test_a_year_a_plan_first_set_is_a_target() -> None:
    facts = scoped("１９５６年，油料产量将要达到３，４１２万担，比五年计划原定１９５７年３，１９０万担的水平超过２２２万担。"
                   "国营机械化农场将增加到１５２个。")
    assert facts["１５２个"]["period"] == "1956"


def test_a_time_a_clause_after_the_fact_is_not_its() -> None:
    # the sentence's first time stands a clause after the fact: the fact keeps the span before it
    facts = scoped("2019年至2022年，某省学校建设共投资300亿元。某市学校建设投资45亿元，建成校舍2.1万套，"
                   "人均面积由2018年底的5.2平方米提高到2022年底的7.1平方米。")
    assert facts["45亿元"]["period"] == "2019/2022"
    assert facts["2.1万套"]["period"] == "2019/2022"
    # not where the time leads the fact's own clause, nor a word of the present after it
    facts = scoped("2019年至2022年，某省学校建设共投资300亿元。2022年某市投资45亿元，建成校舍2.1万套。")
    assert facts["45亿元"]["period"] == "2022"
    assert facts["2.1万套"]["period"] == "2022"
    facts = scoped("本报讯某银行１９９７年效益上新台阶。该行下辖２４个支行，现有员工１６００余人。")
    assert facts["２４个"]["period"] == facts["１６００余人"]["period"]


def test_the_next_few_years_from_the_writing() -> None:
    def on_page(text: str) -> dict[str, dict]:  # a page issued on 1998-01-05
        return {f.text: f.model_dump() for f in extract_text(text, "19980105-02-001")}
    facts = on_page("本报南京１月４日电 某厅说，今后３年全省要新建２０多座水厂。在未来两年内改造学校５所。")
    assert facts["２０多座"]["period"] == "1998/2000"
    assert facts["５所"]["period"] == "1998/1999"
    # no count of years (今后一二年), a grade (今后3年级): no span
    facts = on_page("本报南京１月４日电 今后一二年内增加３０万人。今后3年级学生有２０万人。")
    assert facts["３０万人"]["period"] != "1998/1999"
    assert facts["２０万人"]["period"] != "1998/2000"


def test_only_before_a_figure_is_a_price_not_a_condition() -> None:
    facts = scoped("2023年，某市节能成效明显。只要降低1%，一年就可以增加收入20亿元。租一台彩电每天只要3元钱。")
    assert facts["20亿元"]["period"] is None  # what a condition supposes
    assert facts["3元钱"]["period"] == "2023"


def test_a_dispatchs_figures_with_no_time_are_of_its_month() -> None:
    # a dispatch reports what stands when it was filed: the month the page was issued
    body = ("某市建设生态农业\n本报某市１月３日电记者李明报道：某市已在各地确立了１００个示范村。"
            "全市农村人口占８２％。\n")
    facts = _periods(body)
    assert facts["１００个"] == "1998-01" and facts["８２％"] == "1998-01"
    # a feature (no dateline) gives them none
    assert _periods(body.replace("本报某市１月３日电记者李明报道：", "本报记者李明\n"))["８２％"] is None
    # nor where the story stated a year before them: it tells of more than its day
    facts = _periods("某省扶贫\n本报某市１月３日电某省把贫困村作为帮扶工作的重中之重，以保障吃穿为首要目标。"
                     "到１９９７年底，全省共有５６３万贫困人口摆脱了贫困。\n"
                     "某省提出了干部包村、项目进村、资金到村、政策落地的办法。"
                     "全省４３名领导干部住进贫困村。某省还动员外省企业和社会各界结对帮扶贫困村。\n")
    assert facts["５６３万贫困人口"] == "../1997-12" and facts["４３名"] is None
    # a headline's figure takes its body's, not the month
    facts = _periods("某银行实现利润近４８亿元\n本报北京１月１４日讯 去年该行完成利润４７．８４亿元。\n")
    assert facts["４８亿元"] == "1997"


def test_nowadays_is_a_word_of_the_present() -> None:
    facts = _periods("某县的养殖业\n本报记者李明\n１９９５年，某县办起奶牛场。如今，年产奶粉７０００吨，实现销售收入１．３亿元。\n")
    assert facts["１．３亿元"] == "1998-01"
    facts = _periods("某县的养殖业\n本报记者李明\n１９９５年，某县办起奶牛场，实现销售收入１．３亿元。\n")
    assert facts["１．３亿元"] == "1995"


def test_a_second_dispatch_is_a_story_of_its_own() -> None:
    text = ("两国经济\n本报某市１月９日电记者报道：据某国经济部门日前公布的材料，１９９７年某国经济增长率近８％，"
            "在同类国家中最高，全年物价涨幅为０．５％，经济呈现快增长、低物价的格局。\n"
            "本报某市１月１０日电记者报道：某国部长在此间表示，某国的信息产业已经摆脱落后状态，进入了世界先进国家之列。"
            "他是在介绍某研究所的一份调查报告时说这番话的。\n"
            "这份研究报告说，在知识密集型产品领域，某国占全球市场的份额为１７．１％，排名世界第三。\n")
    facts = _periods(text)
    assert facts["８％"] == "1997" and facts["１７．１％"] == "1998-01"
    # one dispatch goes on: its year stands
    facts = _periods(text.replace("本报某市１月１０日电记者报道：", ""))
    assert facts["１７．１％"] == "1997"


def test_years_and_more_since_are_the_whole_years() -> None:
    facts = _periods("某所\n本报记者李明\n经过探索，某市场已发展成为全国性市场。在筹资功能上，７年多来，"
                     "累计为３６２家挂牌企业募集资金９１１亿元，其中１９９７年募集资金共计４７６亿元。")
    assert facts["９１１亿元"] == "1991/1997" and facts["４７６亿元"] == "1997"


def test_cases_seized_over_five_years_are_the_span() -> None:
    facts = _periods("某事\n本报讯记者报道：５年来，共抓获走私团伙成员２１９６名；查获非法越境人员５２７６０人。")
    assert facts["２１９６名"] == "1993/1997" and facts["５２７６０人"] == "1993/1997"
    # a level reached at the span's end is its last year's
    facts = _periods("某事\n本报讯记者报道：５年来，某市经济稳步发展，城镇化率６０％。")
    assert facts["６０％"] == "1997"


def test_as_of_a_years_start() -> None:
    facts = _periods("某州\n本报记者李明\n某州地处偏远山区。到１９９５年初，全州尚有５０００多贫困户住在土坯房里。"
                     "１９９６年初，州政府筹资３００万元。")
    assert facts["５０００多贫困户"] == "../1995-01"
    assert facts["３００万元"] == "1996"  # a year's start alone: when, not as of


def test_this_years_forecast_as_a_starting_level() -> None:
    facts = {f.text: f.period for f in extract_text(
        "１９８２年的计划，要求国民收入增速由今年预计的３％提高到４％。", "report-1981")}
    assert facts["３％"] == "1981" and facts["４％"] == "1982"
    facts = {f.text: f.period for f in extract_text(
        "１９８２年的计划，要求国民收入的增长速度比今年预计提高４％。", "report-1981")}
    assert facts["４％"] == "1982"


def test_a_price_base_is_no_base_of_a_change() -> None:
    facts = {f.text: f.period for f in extract_text(
        "一九五七年的工业总产值预计达到六百二十八亿元（按一九五二年不变价格计算），比上一年增长百分之六点九。", "report-1958")}
    assert facts["百分之六点九"] == "1957" and facts["六百二十八亿元"] == "1957"
    facts = {f.text: f.period for f in extract_text(
        "一九五七年的工业总产值达到六百二十八亿元，比一九五二年增长百分之一百二十八。", "report-1958")}
    assert facts["百分之一百二十八"] == "1953/1957"  # a real base years back: the span after it


def test_traditional_characters_name_bases_and_plans() -> None:
    facts = {f.text: f.period for f in extract_text(
        "一九五三年全國完成的基建投資比較一九五二年增加了百分之九十六。"
        "我國在第一個五年計劃期間要新建和擴建的大型工廠礦山約有六百個。", "report-1954")}
    assert facts["百分之九十六"] == "1953" and facts["六百個"] == "1953/1957"


def test_acts_counted_over_five_years_are_the_span() -> None:
    facts = {f.text: f.period for f in extract_text(
        "五年间，省政府提出地方性法规议案50件，颁布政府规章150件。五年间，某省城镇化率60%。", "report-2003")}
    assert facts["50件"] == "1998/2002" and facts["150件"] == "1998/2002"
    assert facts["60%"] == "2002"  # a level: the span's last year's
    # foreign capital used, pilots tried, firms settled over the years: flows too
    facts = {f.text: f.period for f in extract_text(
        "五年来，开放不断扩大。七十余项改革试点先行探索，实际使用外资180亿美元，50余家外地企业布局拓展，"
        "上市公司增至60家。", "report-2026")}
    assert facts["七十余项"] == facts["180亿美元"] == facts["50余家"] == "2021/2025"
    assert facts["60家"] == "2025"


def test_currently_is_a_word_of_the_present() -> None:
    facts = _periods("农村电价\n本报记者李明\n１９９７年，某省整顿农村电价。当前，城市居民照明电价的构成只有三项。\n")
    assert facts["三项"] == "1998-01"
    facts = _periods("农村电价\n本报记者李明\n１９９７年，某省整顿农村电价。城市居民照明电价的构成只有三项。\n")
    assert facts["三项"] == "1997"


def test_a_few_years_opening_a_sentence_stand_for_its_paragraph() -> None:
    text = ("某地双拥\n本报某市１月１０日电记者报道：１９９７年，某地建成双拥模范走廊，全地区共有文明单位１５５６个。\n"
            "４年间，驻地官兵先后出动２４０万个工日，参加８２项重点工程建设。地方帮助部队办好农副业基地，"
            "先后为驻地官兵解决了７００多件实实在在的难事。\n"
            "某地注意利用外地力量、发动社会力量帮扶特困村，某地区建成文明窗口６００多个。\n")
    facts = _periods(text)
    assert facts["７００多件"] == "1994/1997"
    assert facts["６００多个"] == "1997"  # the next paragraph: what stood before the span


def test_years_since_after_a_subject_before_a_total() -> None:
    facts = _periods("某事\n本报讯记者报道：据统计，全国某部门５年来共破获案件５１２起。该社１０年来共推出各类读物１０７５种。"
                     "他当代表３年来提出建议２０件。")
    assert facts["５１２起"] == "1993/1997" and facts["１０７５种"] == "1988/1997"
    assert facts["２０件"] != "1995/1997"  # no total after it: someone's own years, not read


def test_years_a_plan_is_set_in_are_the_years_ahead() -> None:
    facts = _periods("某事\n本报讯记者报道：预计３年中煤炭行业转岗分流的人员有１２０万人。"
                     "列入５０强的企业要在３年内达到投入占年销售额的３％。力争用３年时间，在这５０个市场中建成网络。")
    assert facts["１２０万人"] == "1998/2000" and facts["３％"] == "1998/2000" and facts["５０个"] == "1998/2000"
    # years spent on what is done: no plan
    facts = _periods("某事\n本报讯记者报道：１９９７年，某市用３年时间建成了２０座桥。")
    assert facts["２０座"] == "1997"


def test_a_byline_naming_a_paper_is_no_dateline() -> None:
    from extractor.datelines import has_dateline
    for byline in ("本报记者李明《中国电力报》记者王刚\n", "新华社记者李明新华社通讯员王刚\n"):
        assert not has_dateline(byline, 0, len(byline))
    for line in ("本报北京１月４日讯记者李明报道：", "本报合肥电记者李明报道：", "本报讯记者李明"):
        assert has_dateline(line, 0, len(line))


def test_a_story_signed_with_a_closing_dateline_is_a_dispatch() -> None:
    # the dateline in brackets as the story's last words (…（新华社某地１月１２日电）): a dispatch too, its
    # figures with no time of their own are of the month of issue
    body = ("某县牧区受灾\n新华社记者李明\n某县牧区连降大雪，慰问组来到受灾最重的乡。\n"
            "牧民某某家的羊群，大雪过后只剩下４０多只了。上级下拨３００万元用于救济灾民。\n")
    facts = _periods(body + "（新华社某县１月１２日电）\n")
    assert facts["４０多只"] == "1998-01" and facts["３００万元"] == "1998-01"
    assert _periods(body + "（据新华社某县１月１２日电）")["３００万元"] == "1998-01"
    # without it, or with a photographer's credit in its place, a feature: none
    assert _periods(body)["３００万元"] is None
    assert _periods(body + "（新华社记者王刚摄）\n")["３００万元"] is None
    # its 今天 is the day it was signed (no dateline before it to count from)
    facts = _periods("某馆重新开放\n新华社记者李明\n今天上午，某馆重新开放，开门半小时就有３０００多人入馆参观。\n"
                     "（新华社某市１月６日电）\n")
    assert facts["３０００多人"] == "1998-01-06"
    assert _periods("某馆重新开放\n新华社记者李明\n今天上午，某馆重新开放，开门半小时就有３０００多人入馆参观。\n"
                    "（新华社记者王刚摄）\n")["３０００多人"] is None
    # a dateline in brackets that the story goes on after is no signature of the whole
    from extractor.datelines import closes_with_dateline
    long = "某县牧区连降大雪，慰问组来到受灾最重的乡。" * 12
    assert closes_with_dateline(long + "（新华社某县１月１２日电）\n", 0, len(long) + 14)
    assert not closes_with_dateline(long + "（新华社某县１月１２日电）灾情已得到控制。\n", 0, len(long) + 23)


def test_a_year_written_without_its_word_before_a_half() -> None:
    facts = _periods("假种坑农\n李明\n眼下在农村，农民讲究良种良法的越来越多。\n"
                     "受害的农户１９９５年为５２８户，到１９９７上半年一下子增加到３５８０户。\n")
    assert facts["３５８０户"] == "1997-01/1997-06"


def test_a_features_opening_since_is_no_period_of_its_paragraphs() -> None:
    text = ("某国集资风潮\n李明\n历时５年的某国高息集资事件引发的金融危机，最终导致了某国经济崩溃、社会动荡和政治危机。"
            "从１９９７年初开始，血本无归的储户从上街抗议一步步发展到围堵政府部门。\n"
            "这场风波的根子，是近几年在全国蔓延的非法集资。它的办法是：拿新加入者交来的钱，"
            "当作回报发给先加入的人，如此滚动下去。\n"
            "这些集资项目许诺的月息高达２０％—３０％，比当时银行的存款利息高出许多倍，"
            "这对于平均月薪６５美元的某国人来说，是极具吸引力的。\n")
    assert _periods(text)["６５美元"] is None
    # a year it reviews stands for them
    assert _periods(text.replace("从１９９７年初开始", "１９９７年"))["６５美元"] == "1997"


def test_years_since_ending_a_clause_after_its_subject() -> None:
    facts = _periods("某事\n本报讯记者报道：实施某某行动两年来，各地已帮助５８．８万妇女摆脱了贫困。"
                     "某大陆桥开通５年来，过境集装箱运输共完成４２５０２标准箱。")
    assert facts["５８．８万妇女"] == "1996/1997"
    # a number of years written with tens (三十六年来) is not read from its last figures (十六)
    facts = _periods("某队\n本报讯记者报道：某队组建于一九六二年。三十六年来，共飞行二百一十三次。")
    assert facts["二百一十三次"] != "1982/1997"


def test_a_reports_year_end_stock_is_its_sentences_only() -> None:
    text = ("这五年，全国财政收入年均增长12.1%。2022年底，全国共有博物馆6565个，比2017年增加1429个。"
            "我国高技术制造业增加值年均增长10.2%。")
    facts = {f.text: f.period for f in extract_text(text, "report-2023")}
    assert facts["6565个"] == "../2022-12"
    assert facts["10.2%"] == "2018/2022"  # back to the five years the report reviews
    # within its own sentence it stands for every figure after it
    assert facts["1429个"] == "2018/2022"  # a change against a base years back: the span after it
    facts = {f.text: f.period for f in extract_text(
        "2022年底，全国共有博物馆6565个；城乡居民储蓄存款余额120万亿元。", "report-2023")}
    assert facts["120万亿元"] == "../2022-12"


def test_these_years_are_the_years_just_named() -> None:
    facts = {f.text: f.period for f in extract_text(
        "从１９７９至１９８１年，国家共计减少财政收入五百二十亿元。这三年城镇共安排两千多万人就业。", "report-1981")}
    assert facts["两千多万人"] == "1979/1981"  # not the three years before the writing (1978/1980)
    facts = {f.text: f.period for f in extract_text(
        "１９９５年和１９９６年，全市新建学校５所。这两年里，全市投入资金３亿元。", "report-1997")}
    assert facts["３亿元"] == "1995/1996"
    # years named that are not as many: the last years before the writing, as before
    facts = {f.text: f.period for f in extract_text(
        "１９９０年至１９９５年，全市新建学校５所。这两年里，全市投入资金３亿元。", "report-1997")}
    assert facts["３亿元"] == "1995/1996"
    facts = {f.text: f.period for f in extract_text(
        "１９９０年至１９９５年，全市新建学校５所。这三年里，全市投入资金３亿元。", "report-1998")}
    assert facts["３亿元"] == "1995/1997"


def test_a_count_of_years_before_a_change_is_the_years_named_before_it() -> None:
    facts = {f.text: f.period for f in extract_text(
        "在一九六二年和一九六三年，粮食两年增长百分之二十一，棉花两年增长百分之三十。", "report-1964")}
    assert facts["百分之二十一"] == "1962/1963" and facts["百分之三十"] == "1962/1963"
    facts = {f.text: f.period for f in extract_text(
        "全省出口总额由一九八四年的十亿元增加到一九八七年的二十亿元，三年共增加十亿元。", "report-1988")}
    assert facts["二十亿元"] == "1987"
    assert [f.period for f in extract_text(
        "全省出口总额由一九八四年的十亿元增加到一九八七年的二十亿元，三年共增加十亿元。", "report-1988")
        if f.text == "十亿元"][-1] == "1985/1987"
    # a rate its clause says held over a run of years (连续三年) is of the run up to the year told
    # (bench/gold/README.md: rates over years -> the span, as DEV gold reads 连续３年涨幅超过２０％)
    facts = {f.text: f.period for f in extract_text(
        "一九八七年，全省财政收入连续三年增长百分之九。", "report-1988")}
    assert facts["百分之九"] == "1985/1987"
    # a run in another clause leaves a level of the year alone
    facts = {f.text: f.period for f in extract_text(
        "一九八七年，全省粮食连续三年增产，农民人均纯收入达到五百元。", "report-1988")}
    assert facts["五百元"] == "1987"


def test_a_level_right_after_its_years_end_is_as_of_it() -> None:
    # a year-end stock is as of that year's end, its year written or not (bench/gold/README.md)
    facts = {f.text: f.period for f in extract_text(
        "１９９７年经济回升。当年危机中，外汇储备由１９９５年底的１２０亿美元猛降至１９９６年底的４０亿美元。",
        "19980107-07-009")}
    assert facts["１２０亿美元"] == "../1995-12" and facts["４０亿美元"] == "../1996-12"
    facts = {f.text: f.period for f in extract_text(
        "１９９７年，会员单位数量由年初的５４０多家增加到年末的７５０多家。", "19980105-10-019")}
    assert facts["７５０多家"] == "../1997-12"
    facts = {f.text: f.period for f in extract_text("截至１９９７年底，全省存款余额为５亿元。", "19980105-10-019")}
    assert facts["５亿元"] == "../1997-12"


def _doc_periods(text: str, doc: str) -> dict[str, object]:
    return {f.text: f.period for f in extract_text(text, doc)}


def test_a_dateline_inside_a_paragraph_opens_a_dispatch_of_its_own() -> None:
    # the layout may run two dispatches into one paragraph: the second one's figures are not of
    # the first one's day
    facts = _doc_periods("本报北京１月１２日讯１１日晨，民政部向灾区调运４００顶帐篷。"
                     "本报张北１月１２日电记者某某报道：在灾区，２５支医疗队开展救治。", "19980113-01-099")
    assert facts["４００顶"] == "1998-01-11"
    assert facts["２５支"] == "1998-01"  # the month of issue, not the 11th
    # without a dateline the day still goes on in its paragraph
    facts = _doc_periods("本报北京１月１２日讯１１日晨，民政部向灾区调运４００顶帐篷。"
                     "在灾区，２５支医疗队开展救治。", "19980113-01-099")
    assert facts["２５支"] == "1998-01-11"


def test_a_figure_before_its_sentences_first_time_after_a_semicolon() -> None:
    # nothing stated before the sentence: a time after a semicolon is another statement's
    facts = _doc_periods("本报东京１月１２日电某国首相表示，政府将拿出３０万亿日元财政资金；"
                     "从２月起实施２万亿日元的特别减税。", "19980113-07-099")
    assert facts["３０万亿日元"] == "1998-01"
    # after a comma the time dates what the figure is the subject of
    facts = _doc_periods("本报北京１月４日讯某行对１２５４户重点企业的跟踪调查显示，１９９７年企业效益有所好转。",
                     "19980105-01-099")
    assert facts["１２５４户"] == "1997"


def test_a_whole_history_count_is_as_of_the_writing() -> None:
    facts = _doc_periods("本报北京１月１２日讯某某说，建国以来我国选手共获得１１２３项世界冠军，"
                     "创造８８０项世界纪录；全国体育场馆达６１万个。", "19980113-08-099")
    assert facts["１１２３项"] == "../1998-01" and facts["８８０项"] == "../1998-01"
    assert facts["６１万个"] == "1998-01"  # another statement's, after the semicolon
    # a superlative (建国以来最大的) names no period
    facts = _doc_periods("本报北京１月１２日讯某局破获了建国以来最大的走私案，案值近２亿元。", "19980112-03-099")
    assert facts["２亿元"] != "../1998-01"


def test_an_explicit_as_of_the_writing_is_as_of_the_month_of_issue() -> None:
    facts = _doc_periods("本报北京１月５日讯截至目前，全市已建成社区服务中心１２０个。", "19980105-01-099")
    assert facts["１２０个"] == "../1998-01"
    facts = _doc_periods("本报北京１月５日讯目前全市有居委会３００个。", "19980105-01-099")
    assert facts["３００个"] == "1998-01"  # a plain 目前: the month itself


def test_centuries_count_from_the_writing() -> None:
    facts = _doc_periods("本世纪某国房价曾有５次连续３年累计涨幅超过７０％。", "19980112-07-099")
    assert facts["５次"] == "1901/2000" and facts["７０％"] == "1901/2000"
    facts = _doc_periods("有关部门决定加大投入，到本世纪末力争帮助１００万贫困妇女脱贫。", "19980110-07-099")
    assert facts["１００万贫困妇女"] == "2000"
    facts = _doc_periods("本报北京１月５日讯全市有居委会３００个。", "19980105-01-099")
    assert facts["３００个"] == "1998-01"  # no century word: the dispatch's month


def test_a_level_that_stands_now_in_a_span_running_to_the_writing() -> None:
    facts = _doc_periods("本报北京１月１２日讯改革开放以来，全国有３亿多人经常参加体育锻炼，"
                     "青少年累计近１０亿人次达标。", "19980113-08-099")
    assert facts["３亿多人"] == "1998-01"  # had now
    assert facts["１０亿人次"] == "1979/1997"  # a total over the years: the span


def test_a_year_a_thing_is_named_for_is_no_period() -> None:
    text = ("2016年，全国城镇新增就业1314万人。部署启动面向2030年的重大科技专项，新设6个国家级高新区。"
            "技术交易额超过1万亿元。")
    facts = _doc_periods(text, "report-2017")
    assert facts["6个"] == "2016" and facts["1万亿元"] == "2016"
    # a target year (力争到2030年) still gives its own sentence its period
    facts = _doc_periods("2016年，全国城镇新增就业1314万人。力争到2030年，新设60个国家自主创新示范区。", "report-2017")
    assert facts["60个"] == "2030"


def test_a_reports_present_is_its_own_sentences() -> None:
    # a report given early in 1975 that reviews 1974: its 现在 does not date the sentences after it
    text = ("一九七四年工业总产值比一九六四年增长一点九倍。现在事实已经给了他们有力的回答。"
            "同我国建立贸易往来的国家增加到近百个。")
    assert _doc_periods(text, "report-1975")["百个"] == "1974"
    # in its own sentence it is the year the report was given
    text = "一九七四年工业总产值比一九六四年增长一点九倍。同我国有贸易往来的国家，现在已增加到近百个。"
    assert _doc_periods(text, "report-1975")["百个"] == "1975"


def test_xianzai_inside_another_word_is_no_time() -> None:
    facts = _doc_periods("本报北京１月５日讯１９９６年，把政府作用更多体现在服务上，全市新建学校５所。", "19980105-01-099")
    assert facts["５所"] == "1996"
    facts = _doc_periods("本报北京１月５日讯１９９６年，全市新建学校５所。现在全市有学校３００所。", "19980105-01-099")
    assert facts["３００所"] == "1998-01"


def test_a_decided_span_is_what_the_next_sentences_go_on_about() -> None:
    text = ("会费的原则\n某某\n某国际组织大会在１９９７年底前夕通过一项决定，确定了１９９８年至２０００年各成员的"
            "会费分摊比例表。甲国缴纳会费２５％的比例仍然不变，乙、丙、丁等国的比例适当上调，这个决议表明，会费分摊"
            "仍然遵循着原有的原则。\n会费比例的原则，是以各成员经济总量在全球经济总量中的占比为基础，同时考虑"
            "人均国民生产总值来计算各国应缴的会费额。甲国会费分摊比例曾为３０％，这是会费委员会规定的上限。")
    facts = _doc_periods(text, "19980101-03-099")
    assert facts["２５％"] == "1998/2000"
    assert facts["３０％"] != "1998/2000"  # its paragraph only
    # a span not said to be decided after the time: the sentence's lead goes on as before
    text = "截至１９９７年底，全省１９９５年至１９９７年的项目已完成。全省共有企业３００家。"
    assert _doc_periods(text, "19980101-03-099")["３００家"] != "1995/1997"


def test_a_plans_goal_year_gives_the_plans_years_to_what_describes_it() -> None:
    text = ("新华社北京１月１２日电某工程今天转入二期建设，其主要目标是：确保２００３年大坝截流，首批机组并网。"
            "其主要工程量为：争取４台机组投入运行；二期移民安置５５万人。")
    facts = _doc_periods(text, "19980113-01-099")
    assert facts["４台"] == "1998/2003" and facts["５５万人"] == "1998/2003"
    # a target year without a goal or phase word is its own sentence's only
    text = ("新华社北京１月１２日电某工程今天开始施工，确保２００３年水库蓄水，首批机组发电。"
            "全市已安置移民５５万人。")
    assert _doc_periods(text, "19980113-01-099")["５５万人"] != "1998/2003"


def test_a_centurys_end_after_dao_is_aimed_at() -> None:
    text = ("社会主义能够消除贫穷\n某某\n国家加大扶贫投入，到本世纪末基本解决山区贫困群众的吃饭问题。"
            "某省是山区省，农村人口占全省人口的８０％以上，山区面积占全省面积的７０％，这是扶贫的难点所在。")
    facts = _doc_periods(text, "19980113-10-099")
    assert facts["８０％"] != "2000"  # a target is its own sentence's, not carried on
    facts = _doc_periods("国家加大扶贫攻坚力度，到本世纪末使农村贫困人口减少８０％。", "19980113-10-099")
    assert facts["８０％"] == "2000"


def test_a_sum_over_a_span_to_the_writing_is_no_standing_level() -> None:
    text = "本报天津１月１１日电自１９９６年以来，天津共发生储蓄冒领案件１９起，涉案金额达３８０万元。"
    assert _doc_periods(text, "19980112-10-099")["３８０万元"] == "1996/1997"


def test_a_month_to_come_after_cong_qi_is_that_month() -> None:
    facts = _doc_periods("本报北京１月５日讯某市从２月起实施新办法，减免税费３亿元。", "19980105-01-099")
    assert facts["３亿元"] == "1998-02"
    # a month before the issue's, 以来, or a habit (每年从１０月份开始) stays since the year before's
    facts = _doc_periods("本报北京１２月５日讯某市从２月起实施新办法，减免税费３亿元。", "19981205-01-099")
    assert facts["３亿元"] == "1998-02/1998-12"
    facts = _doc_periods("本报北京１月５日讯某户每年从１０月份开始进城淘粪，全家收入３０００元。", "19980105-01-099")
    assert facts["３０００元"] != "1998-10"
    # a review of the year before: 从１０月起 without a word of taking effect is last October
    facts = _doc_periods("本报北京１月５日讯去年房地产投资上半年负增长，但从１０月起，市场成交开始活跃，"
                         "全年投资３亿元。", "19980105-01-099")
    assert facts["３亿元"] != "1998-10"


def test_a_phase_ending_in_a_named_year_gives_its_years_to_what_follows() -> None:
    text = ("新华社北京１月１２日电某水利枢纽二期工程今天开工，确保２００３年首批机组发电。"
            "二期工程总投资４００亿元，安置移民５５万人。")
    facts = _doc_periods(text, "19980113-01-099")
    assert facts["４００亿元"] == "1998/2003" and facts["５５万人"] == "1998/2003"
    # a first phase's year past is no plan: the sentences after it keep their own fallback
    text = ("新华社北京１月１２日电某水利枢纽一期工程已于１９９７年完工。"
            "全市安置移民５５万人。")
    assert _doc_periods(text, "19980113-01-099")["５５万人"] != "1998/2003"


def test_a_count_since_the_founding_is_as_of_the_writing() -> None:
    text = "本报北京１月１２日讯新中国成立以来，全国共培养大学毕业生３００万人。"
    assert _doc_periods(text, "19980113-08-099")["３００万人"] == "../1998-01"
    # a change over the years since is the span
    text = "本报北京１月１２日讯新中国成立以来，全国人口增加了３亿人。"
    assert _doc_periods(text, "19980113-08-099")["３亿人"] == "1950/1997"


def test_a_total_reached_over_a_few_years_is_their_span() -> None:
    # ３年来 in a January 1998 story: what a bare 达 reaches over them is a total over the span
    text = ("某州扶贫\n本报讯 ３年来，全州共筹措资金１２００万元，群众捐物价值达８５０万元，"
            "全州农民人均纯收入增加到１３００元。")
    facts = {f.text: f.period for f in extract_text(text, "19980110-05-002")}
    assert facts["１２００万元"] == "1995/1997"
    assert facts["８５０万元"] == "1995/1997"
    assert facts["１３００元"] == "1997"  # 增加到: a level reached, the last year's
    # a five-year review's bare 达 stays the level of its last year
    text = "某省经济\n本报讯 五年来，全省经济较快发展，外汇储备达３００亿美元。"
    facts = {f.text: f.period for f in extract_text(text, "19980110-05-002")}
    assert facts["３００亿美元"] == "1997"


def test_a_photos_caption_under_a_dispatch_is_of_its_month() -> None:
    head = "某地抗灾\n本报某市１月１２日电　１１日，市里派出２０辆卡车驶往灾区。\n（张明李华）\n"
    caption = "图片：\n某部出动运输车辆３０台，医疗队５支，帮助灾民。\n"
    facts = {f.text: f.period for f in extract_text(head + caption, "19980113-01-010")}
    assert facts["３０台"] == "1998-01" and facts["５支"] == "1998-01"
    # a caption with no dispatch before it tells of no month
    facts = {f.text: f.period for f in extract_text("冬日\n" + caption, "19980113-01-010")}
    assert facts["３０台"] is None


def test_the_kth_run_of_years_of_a_longer_span() -> None:
    text = ("体育目标\n本报讯 我国下世纪体育事业的发展目标是：第一个１０年，参加锻炼的人数达到总人口的４０％；"
            "第二个１０年，达到总人口的５０％。")
    facts = {f.text: f.period for f in extract_text(text, "19980113-08-099")}
    assert facts["４０％"] == "2001/2010" and facts["５０％"] == "2011/2020"
    # no run named: the whole span
    facts = {f.text: f.period for f in extract_text("体育目标\n本报讯 下世纪参加锻炼的人数达到总人口的４０％。",
                                                   "19980113-08-099")}
    assert facts["４０％"] == "2001/2100"


def test_a_dispatch_filed_the_month_before_the_issue_writes_in_its_month() -> None:
    text = ("某港航线\n本报某市１２月３１日电　目前，某港已开通集装箱航线６条。该地区自９月以来降雪已达４０余次。"
            "一年来，全港新增泊位３个。")
    facts = {f.text: f.period for f in extract_text(text, "19980101-02-099")}
    assert facts["６条"] == "1997-12" and facts["４０余次"] == "1997-09/1997-12"
    assert facts["３个"] == "1997"  # its years stay the page's: the year then ending
    # filed in the month of issue: the page's month
    facts = {f.text: f.period for f in extract_text(text.replace("１２月３１日", "１月１日"), "19980101-02-099")}
    assert facts["６条"] == "1998-01"
    # a time that begins after the month filed runs on to the page's
    text = "某项制度\n本报北京１２月３１日讯　自１９９８年１月起，全国将有５０个城市实行新制度。"
    facts = {f.text: f.period for f in extract_text(text, "19980101-02-099")}
    assert facts["５０个"] != "1998-01/1997-12"


def test_years_within_which_a_total_was_reached_are_the_years_before() -> None:
    text = ("某垦区\n本报讯 垦区连年丰收。３年内，垦区累计投入资金３１．２亿元。"
            "在两年多的时间里，共投资了３亿元，建设项目近４０个。")
    facts = {f.text: f.period for f in extract_text(text, "19980103-01-099")}
    assert facts["３１．２亿元"] == "1995/1997"
    assert facts["３亿元"] == "1996/1997" and facts["４０个"] == "1996/1997"
    # a plan's years within (将 before the total): not the years past
    facts = {f.text: f.period for f in extract_text("某垦区\n本报讯 垦区连年丰收。三年内，全垦区将累计新建住宅５万套。", "19980103-01-099")}
    assert facts["５万套"] != "1995/1997"


def test_a_level_fallen_to_in_a_span_is_its_last_years() -> None:
    # in a five-year review a level reached by falling (下降到) is the last year's, like 上升到
    facts = {f.text: f.period for f in extract_text(
        "过去五年，国际收支顺差占国内生产总值的比重从9.4%下降到2.8%，服务贸易占比逐年提高。", "gwr-national-2013")}
    assert facts["2.8%"] == "2012" and facts["9.4%"] == "2007"
    # a fall over the span, not to a level (下降了), keeps the span
    facts = {f.text: f.period for f in extract_text(
        "过去五年，单位国内生产总值能耗下降了17.2%。", "gwr-national-2013")}
    assert facts["17.2%"] == "2008/2012"


def test_a_year_named_inside_a_sentence_of_a_five_year_review_is_its_own() -> None:
    # a report's five-year review: one of the five years named inside a sentence dates that
    # sentence only; the next sentences go on with the five years (their flows and averages)
    text = ("这五年，全省经济平稳发展。粮食产量稳步提高，去年达到650亿斤；农民人均纯收入达到8000元。"
            "全省新建水库120座，解决300万农村人口饮水问题。进出口总额年均增长12%。")
    facts = {f.text: f.period for f in extract_text(text, "report-2016")}
    assert facts["8000元"] == "2015"
    assert facts["120座"] == "2011/2015"
    assert facts["300万农村人口"] == "2011/2015"
    assert facts["12%"] == "2011/2015"
    # a year set off as the topic (刚刚过去的2015年，…) speaks for what follows
    text = "这五年，全省经济平稳发展。刚刚过去的2015年，我们稳增长。全省生产总值增长7%，新建学校30所。"
    facts = {f.text: f.period for f in extract_text(text, "report-2016")}
    assert facts["7%"] == "2015"
    # not a plan's years: 今年要… in the years of the plan goes on to the list after it
    text = "今后五年，全省生产总值年均增长6%。民生为大，今年要办好十件实事。新建学校20所，新增就业5万人。"
    facts = {f.text: f.period for f in extract_text(text, "report-2016")}
    assert facts["20所"] == "2016"


def test_the_level_a_change_started_from_is_the_year_before() -> None:
    # a year's review: the level a change started from, with no year of its own, is the year before
    facts = {f.text: f.period for f in extract_text(
        "过去一年，机构改革进展顺利。省政府工作部门从40个减少到29个。", "report-1999")}
    assert facts["40个"] == "1997" and facts["29个"] == "1998"
    # a set's size merged or grown to another (由26个整合为19个, 由12个发展到20个): the same
    facts = {f.text: f.period for f in extract_text(
        "过去一年，改革扎实推进。全市各类园区由26个整合为19个。重点实验室由12个发展到20个。", "report-2021")}
    assert facts["26个"] == "2019" and facts["19个"] == "2020"
    assert facts["12个"] == "2019" and facts["20个"] == "2020"
    # not where the sentence names the level's year (是1997年的1.8倍，…比重从2.5%…), nor 从…方面
    facts = {f.text: f.period for f in extract_text(
        "2002年，地方债发行3412亿元，是1997年的1.9倍，占地区生产总值的比重从2.5%提高到3.4%。"
        "今年重点从八个方面实现突破。", "report-2003")}
    assert facts["2.5%"] == "1997" and facts["八个"] == "2003"


def test_a_month_of_an_older_year_is_not_the_next_paragraphs() -> None:
    # 1996年4月，…决定共建… on a page of January 1998: when the story's events began; the next
    # paragraph is not of 1996 (a month of the year a January page reviews still gives its year)
    text = ("某市供水工程建成通水\n本报兰州十二月三十一日电十二月二十六日，某市供水工程正式竣工供水，该市城区的"
            "用水难题从此缓解。\n该市市政设施欠账多，进入九十年代以后，供水紧张的矛盾越来越大，日供水量只有"
            "二点三万吨。一九九六年四月，有关部门决定合作共建该市供水工程。\n该市供水工程日供水五万吨，可解决市区"
            "十三万人口生活用水，能满足城市今后较长时期的用水需要。")
    facts = {f.text: f.period for f in extract_text(text, "19980101-02-099")}
    assert facts["十三万人口"] is None
    facts = {f.text: f.period for f in extract_text(text.replace("一九九六年", "一九九七年"), "19980101-02-099")}
    assert facts["十三万人口"] == "1997"


def test_a_dispatch_after_an_editors_note_is_a_dispatch() -> None:
    # 编辑点评：… set before 本报银川1月2日电…: the story is a dispatch all the same, its standing
    # figures with no time of their own are of the month of issue (a feature's would have none)
    note = "编辑点评：" + "每个地方都有自己的优势，农业就是这里的一大优势，关键在于如何找准切入点。" * 8
    body = ("本报银川１月２日电记者某某报道：某区大力发展特色农业。经过几年的摸索，目前粮食、瓜果、"
            "枸杞等支柱产业已基本成形，有力带动了农民增收。\n"
            "某县办起了成规模的养殖场，全县鸡、牛的存栏量分别达到２００万只和３０万头，分别占全区的３３％和１２％。")
    facts = {f.text: f.period for f in extract_text("某区：农业产业化铺筑致富路\n" + note + "\n" + body, "19980103-01-099")}
    assert facts["２００万只"] == "1998-01" and facts["３３％"] == "1998-01"
    facts = {f.text: f.period for f in extract_text(
        "某区：农业产业化铺筑致富路\n" + note + "\n" + body.split("\n")[1], "19980103-01-099")}
    assert facts["２００万只"] is None  # no dateline at all: a feature


def test_an_earlier_year_when_something_was_proposed_is_its_sentences() -> None:
    # the 2007 report reviews 2006: 2004年我们提出用三年时间… dates its own sentence, the next
    # sentences go back to the year reviewed
    text = ("过去一年，各项事业取得新进展。2004年政府提出用三年时间基本解决农民工工资拖欠问题，这项工作已如期完成。"
            "省财政用于农村低保的补助资金142亿元，比上年增加27亿元。")
    facts = {f.text: f.period for f in extract_text(text, "report-2007")}
    assert facts["142亿元"] == "2006" and facts["27亿元"] == "2006"


def test_a_level_right_after_a_relative_word_without_de_is_the_start() -> None:
    # 由上年18亿元增加到95亿元 in a year's plan: 上年 dates the starting level only, as 由上年的… does
    facts = {f.text: f.period for f in extract_text(
        "今年要建立助学贷款贴息制度，为此省财政投入将由上年18亿元增加到95亿元。", "report-2007")}
    assert facts["18亿元"] == "2006" and facts["95亿元"] == "2007"
    # not a date after the word (从去年９月…到现在: a month)
    facts = {f.text: f.period for f in extract_text(
        "从去年９月到现在，政府先后作过六次报告。", "report-1981")}
    assert facts["六次"] != "1980-09"


def test_this_year_in_a_dispatch_filed_in_december_is_that_year() -> None:
    # a dispatch of 12月30日 on the page of 1 January 1998: its 今年 is 1997, its 明年 1998; its
    # 近两年来 and 今后３年 still count from the page's year (the writing looks back and ahead from then)
    text = ("中南外长高度评价两国建交\n本报约翰内斯堡１２月３０日电记者某某报道：两国外长今天在招待会上发表讲话。"
            "他说，双边贸易额１９９６年为１３亿美元，今年则可望达到１６亿美元，明年将超过２０亿美元。"
            "近两年来，两国新建合资企业３０家，今后３年还将新建５０家。")
    facts = {f.text: f.period for f in extract_text(text, "19980101-03-099")}
    assert facts["１６亿美元"] == "1997" and facts["２０亿美元"] == "1998"
    assert facts["３０家"] == "1996/1997" and facts["５０家"] == "1998/2000"


def test_a_year_after_kuaiyu_is_a_comparisons_base() -> None:
    # 快于/高于 a year compares with it, as 比 does: the facts after it keep the year under review
    facts = scoped("2025年，某省生产总值增长4.6%，快于2024年0.7个百分点。全年新培育龙头企业120家。")
    assert facts["4.6%"]["period"] == "2025"
    assert facts["0.7个百分点"]["period"] == "2025"
    assert facts["120家"]["period"] == "2025"
    # the base's own number is its year (高于2024年的2.2%), and a year that is no base still dates what follows
    facts = scoped("2025年，某省生产总值增长4%，高于2024年的2.2%。2024年新培育龙头企业120家。")
    assert facts["2.2%"]["period"] == "2024"
    assert facts["120家"]["period"] == "2024"
    facts = scoped("2025年，某省生产总值增长2.5%，远低于2024年3.8%的水平。")
    assert facts["3.8%"]["period"] == "2024"
    assert facts["2.5%"]["period"] == "2025"
    # a base naming no period gives its own number none, not the year stated before it
    facts = scoped("去年全球共发生了17次大地震，也低于近年来每年20次的平均数。")
    assert facts["20次"]["period"] is None


def test_acts_done_over_a_five_year_review_are_its_flows() -> None:
    # trains run, bodies formed, schools rebuilt, bills laid over the five years: the span; a level
    # reached, or a system that covers people (惠及: no act over the years), the last year
    text = ("这五年，全省经济平稳发展。开行中欧班列700列，组建500个城乡学校共同体，新改扩建学校1600余所，"
            "提请审议地方性法规草案50件。常住人口城镇化率达到66%。医保制度惠及3000万城乡居民。")
    facts = {f.text: f.period for f in extract_text(text, "report-2016")}
    assert facts["700列"] == "2011/2015"
    assert facts["500个"] == "2011/2015"
    assert facts["1600余所"] == "2011/2015"
    assert facts["50件"] == "2011/2015"
    assert facts["66%"] == "2015"
    assert facts["3000万城乡居民"] == "2015"


def test_a_base_after_gaoyu_gives_its_own_number_where_its_level_word_follows() -> None:
    facts = scoped("1986年，全省基本建设投资比上年增长7.3%，大大低于1985年增长44.6%的速度。")
    assert facts["44.6%"]["period"] == "1985"
    assert facts["7.3%"]["period"] == "1986"
    facts = scoped("1997年，非洲经济平均增长3.8%，高于1990—1995年间1.9%的平均值。")
    assert facts["1.9%"]["period"] == "1990/1995"
    assert facts["3.8%"]["period"] == "1997"


def test_the_dispatchs_own_day_goes_on_into_its_next_paragraphs() -> None:
    # a dispatch's day leading a sentence (８日, the dateline's) dates the event it reports, also in the
    # paragraphs after it; another day (６日) is its own paragraph's, the next ones get the month
    def periods(day: str) -> dict[str, str]:
        text = ("边境激战\n新华社贝鲁特１月８日电（记者某某）" + day + "，某国游击队和军队在南部占领区内展开激战，"
                "共有４名士兵和一名平民在战斗中受伤。\n据当地电台报道，当天早７点，占领军士兵炮击位于边界的"
                "两个村庄，炸毁了一些房屋。\n下午两点多钟，在占领区内的公路上，一支巡逻队遭到了游击队的袭击，"
                "对方打出了３０多枚火箭弹，所幸未造成人员伤亡。\n")
        return {f.text: f.period for f in extract_text(text, "19980110-03-006")}
    facts = periods("８日")
    assert facts["４名"] == "1998-01-08"
    assert facts["３０多枚"] == "1998-01-08"
    facts = periods("６日")
    assert facts["４名"] == "1998-01-06"
    assert facts["３０多枚"] == "1998-01"


def test_a_few_recent_years_opening_a_paragraph_of_a_five_year_review_run_to_the_next_heading() -> None:
    # 近两年，… opening a paragraph of the five years' review: the two years for the paragraphs after it
    # (the plan's money and its shares), until the next heading brings the five years back
    text = ("五年来，我们主要做了以下工作：\n（一）加强和改善宏观调控。\n"
            "近两年，面对国际金融危机冲击，我们果断实行积极的财政政策。\n"
            "实施两年新增3.5万亿元的建设计划，其中，新增中央投资0.96万亿元。\n"
            "民生工程投资占43.7%，重大基础设施建设占23.6%。\n"
            "（二）做好“三农”工作。\n中央财政支农投入累计近2.6万亿元，年均增幅超过19%。\n")
    facts = {f.text: f.period for f in extract_text(text, "report-2011")}
    assert facts["3.5万亿元"] == "2009/2010"
    assert facts["0.96万亿元"] == "2009/2010"
    assert facts["43.7%"] == "2009/2010"
    assert facts["2.6万亿元"] == "2006/2010"
    assert facts["19%"] == "2006/2010"


def test_a_month_or_day_named_by_a_word_after_a_year() -> None:
    # １９９８年元月 is January, １９９８年元旦 its first day; not 元旦前 (the days before it)
    facts = scoped_doc("本报济南１月１日电 市政府决定从１９９８年元月起，把居民最低生活保障标准每月提高１０元。",
                       "19980102-02-005")
    assert facts["１０元"] == "1998-01"
    facts = scoped_doc("据新华社上海１月１日电 １９９８年元旦之际，市民欢度节日。来自各区的３万多人参加了长跑活动。",
                       "19980102-01-003")
    assert facts["３万多人"] == "1998-01-01"
    facts = scoped_doc("本报重庆１月１日电 １９９７年元旦前，第一批６０００床被子发运到各地。", "19980102-02-004")
    assert facts["６０００床"] == "1997"
    # from a start to come: that start, not a span running back to the page's month
    facts = scoped_doc("据新华社华盛顿１月５日电 从１９９９年元旦起，欧洲将开始实行单一货币。", "19980107-07-004")
    assert facts["１９９９年"] == "1999-01-01"


def scoped_doc(text: str, doc: str) -> dict[str, Optional[str]]:
    return {f.text: f.period for f in extract_text(text, doc)}


def test_a_base_named_shangnian_in_a_report_is_the_year_before_the_one_discussed() -> None:
    # a report's review of 2016: 由上年下降2.3% is 2015's; 转为增长8.5% and the next facts are 2016's
    text = "一、2016年工作回顾\n过去一年，经济运行稳中向好。规模以上企业营收由上年下降3.1%转为增长7.2%，单位能耗下降4%。"
    facts = {f.text: f.period for f in extract_text(text, "report-2017")}
    assert facts["3.1%"] == "2015"
    assert facts["7.2%"] == "2016"
    assert facts["4%"] == "2016"
    # a level from 由上年的 (由上年的64个增加到205个): the same year before; 去年 stays the year before the writing
    text = "一、2008年工作回顾\n过去一年，示范县由上年的64个增加到205个。去年新增就业980万人。"
    facts = {f.text: f.period for f in extract_text(text, "report-2009")}
    assert facts["64个"] == "2007"
    assert facts["205个"] == "2008"
    assert facts["980万人"] == "2008"


def test_a_span_set_against_as_a_sum_is_a_base() -> None:
    # 相当于/是 + years + 总和 in one clause: the years a five-year figure is set against, not the
    # period of the facts after it
    text = ("一、过去五年的回顾\n五年来，经济持续增长。五年全国铁路建设投资2400亿元，相当于1950年到1992年"
            "全国铁路建设投资的总和。新建车站30个。")
    facts = {f.text: f.period for f in extract_text(text, "report-1998")}
    assert facts["2400亿元"] == "1993/1997"
    assert facts["30个"] == "1993/1997"
    text = ("一、过去五年的回顾\n五年来，经济持续增长。五年全国港口建设投资900亿元，是1950年到1992年"
            "港口建设投资总和的2倍。新建泊位40个。")
    facts = {f.text: f.period for f in extract_text(text, "report-1998")}
    assert facts["40个"] == "1993/1997"
    # no word of a sum after the years: a period as before (相当于 alone names no base)
    text = "一、过去一年的回顾\n1996年，全省粮食总产达到4.9亿吨，相当于1993年全年水平。新建学校20所。"
    facts = {f.text: f.period for f in extract_text(text, "report-1997")}
    assert facts["20所"] != "1993"


def test_the_years_of_an_effort_done_are_the_years_before_the_writing() -> None:
    # 通过３年的努力 in a 1998 dispatch: 1995/1997 for the facts of its sentence
    facts = scoped_doc("本报西宁１月５日电 通过３年的努力，全省先后投资１２亿元，新建学校３００所。全省现有教师５万名。",
                       "19980106-02-001")
    assert facts["１２亿元"] == "1995/1997"
    assert facts["３００所"] == "1995/1997"
    assert facts["５万名"] == "1998-01"
    # an effort still ahead (再经过), or a point after some years (经过３年后): no span of years
    facts = scoped_doc("本报西宁１月５日电 再经过３年的努力，全省将新建学校３００所。", "19980106-02-001")
    assert facts["３００所"] != "1995/1997"
    facts = scoped_doc("本报西宁１月５日电 经过３年后，全省新建学校３００所。", "19980106-02-001")
    assert facts["３００所"] != "1995/1997"


def test_the_dispatch_day_inside_its_first_sentence_goes_on_with_its_event() -> None:
    # 今天 after the subject of a dispatch's first sentence: the day of the event the next paragraph details
    text = ("据新华社北京１月１３日电 一批优秀教师今天在京受到教育部的表彰。\n"
            "在这次表彰中，３２所学校被授予“先进学校”称号，６０人被授予“优秀教师”称号。")
    facts = scoped_doc(text, "19980114-04-001")
    assert facts["３２所"] == "1998-01-13"
    assert facts["６０人"] == "1998-01-13"
    # the day someone spoke: what they told stands as of the month
    text = ("本报北京１月７日讯 一些专家今天说，治沙要有长远眼光。\n"
            "专家们指出，全国４００个县受到风沙危害。")
    facts = scoped_doc(text, "19980108-04-001")
    assert facts["４００个"] == "1998-01"


def test_a_calendar_name_after_a_relative_year() -> None:
    # 今年元旦期间 in a January page: January of the year named, carried as a month of the issue is
    facts = scoped_doc("本报兰州１月１０日电 今年元旦期间，各地开展了走访活动。武威的领导先后走访了３０多个连队。",
                       "19980111-02-001")
    assert facts["３０多个"] == "1998-01"
    facts = scoped_doc("本报武汉１月１０日电 今年元旦，全州５２４７个贫困户搬进新房。", "19980111-02-001")
    assert facts["５２４７个"] == "1998-01-01"
    # 元旦前 names neither the day nor the month
    facts = scoped_doc("本报武汉１月１０日电 今年元旦前，全州５２４７个贫困户搬进新房。", "19980111-02-001")
    assert facts["５２４７个"] not in ("1998-01", "1998-01-01")


def test_an_effort_a_plan_follows_is_ahead() -> None:
    # 经过三年调整，我们要努力达到…: the years ahead of a plan, not the years before the writing
    facts = scoped_doc("本报成都１月３日电 经过３年的努力，全市要新建学校３００所。", "19980104-02-009")
    assert facts["３００所"] != "1995/1997"


def test_a_figure_marked_as_standing_now_is_of_the_month_of_issue() -> None:
    # 已有, 已拥有, 尚有 in its clause, no time of its own before it: what stands at the writing, also in a
    # dispatch that stated the year it reviews before it (bench/gold/README.md: what exists now)
    facts = _periods("某区农业\n本报某市１月３日电记者李明报道：１９９７年，某区粮食获得丰收。\n"
                     "家庭农场逐年添置农机，已拥有拖拉机１万余台。全区尚有１５％的乡村不通公路。\n"
                     "各地建起了农副产品市场３６３个。\n")
    assert facts["１万余台"] == "1998-01" and facts["１５％"] == "1998-01"
    assert facts["３６３个"] == "1997"  # not marked as now: the year reviewed
    # a feature's too
    assert _periods("某区农业\n李明\n某区已在各乡建立了８０个示范村。\n")["８０个"] == "1998-01"
    # not 还有 (also), not under a run of years to now (数年来: the total since a start left open)
    facts = _periods("某区农业\n李明\n还有一位老人捐了１０００元。数年来，某公司捐助社会的资金已高达５０００万元。\n")
    assert facts["１０００元"] is None and facts["５０００万元"] is None
    # nor in an earlier year's scene, nor with a time of its own before it
    facts = _periods("某队纪实\n李明\n１９９５年夏，剧团开始排练。那时，已年过五十的团长面临两个选择。\n"
                     "截至１９９７年底，全区已有１７个县被命名。\n")
    assert facts["两个"] == "1995" and facts["１７个"] == "../1997-12"


def test_a_month_after_same_year_is_in_the_year_written_last() -> None:
    # 同年 points back at the last year written, not at the page's year
    facts = _periods("某馆纪事\n李明\n某馆于１９７７年５月建成，同年９月９日起接待参观者。\n"
                     "１９９６年下半年，某省各地陆续组建了核价小组。截至同年１２月３日，某省８４个县的水价均已批复。\n")
    assert facts["９月９日"] == "1977-09-09" and facts["１２月３日"] == "../1996-12-03"
    assert facts["８４个"] == "../1996-12-03"
    # no year written within reach: the page's reading as before (a month after the issue month: the year before)
    assert _periods("某馆纪事\n李明\n同年９月９日起接待参观者。\n")["９月９日"] == "1997-09-09"


def _news(text: str, doc: str = "19980112-01-008") -> dict[str, dict]:
    return {f.text: f.model_dump() for f in extract_text(text, doc)}


def test_the_latest_count_of_a_dispatch_is_of_its_day() -> None:
    facts = _news("某县救灾\n本报某地１月１１日电 记者报道：灾区群众生活已经安排。据最新统计，灾区已收到棉衣８２００件，"
                  "捐款１２０万元。")
    assert facts["８２００件"]["period"] == "1998-01-11"
    assert facts["１２０万元"]["period"] == "1998-01-11"
    # a time written after it is its facts'
    facts = _news("某省旅游\n本报某地１月１１日电 据最新统计，１９９７年１至１１月，全省接待游客３２０万人次。")
    assert facts["３２０万人次"]["period"] == "1997-01/1997-11"
    # no dateline: no day
    facts = _news("某县救灾\n据最新统计，灾区已收到棉衣８２００件。")
    assert facts["８２００件"]["period"] != "1998-01-11"


def test_as_of_that_day_in_a_dispatch() -> None:
    facts = _news("某国大选\n新华社某地１月１１日电 某国今天举行大选。选举委员会说，截至当日中午，"
                  "在册的５２０万名选民中已有４９０万人投票。投票率达到９４％。")
    assert facts["５２０万名"]["period"] == "../1998-01-11"
    assert facts["４９０万人"]["period"] == "../1998-01-11"
    assert facts["９４％"]["period"] == "../1998-01-11"  # the next sentence goes on with the count
    # 截至今天 says the same (the 今天 inside it no year's as-of of its own); a plain 今天 is the day
    facts = _news("某地余震\n本报某地１月１１日讯 记者从某局获悉：截至今天上午９时，某地共发生余震２７０次，"
                  "其中４级以上６次。")
    assert facts["２７０次"]["period"] == "../1998-01-11" and facts["６次"]["period"] == "../1998-01-11"
    facts = _news("某地余震\n本报某地１月１１日讯 今天上午，某地发生余震２７０次。")
    assert facts["２７０次"]["period"] == "1998-01-11"
    # a plain 已有 with nothing before it: the month of issue
    facts = _news("某国大选\n新华社某地１月１１日电 某国已有４９０万人登记。")
    assert facts["４９０万人"]["period"] == "1998-01"


def test_from_a_year_to_now_is_the_years_since() -> None:
    facts = _news("某医生\n１９９６年，某医生获奖。据统计，从１９８５年至今，登门求教的就有３２００多人。", "19980105-05-003")
    assert facts["３２００多人"]["period"] == "1985/1997"
    # 至今 alone: what stands now
    facts = _news("某厂\n本报讯 某厂至今已有职工３２０人。", "19980105-05-003")
    assert facts["３２０人"]["period"] == "1998-01"


def test_an_open_past_and_what_came_after_an_undated_event_stop_the_year() -> None:
    facts = _news("某案宣判\n本报讯 某某１９９２年至１９９５年间挪用公款３４万元，案发后退赔赃款２１万元。",
                  "19980113-05-002")
    assert facts["３４万元"]["period"] == "1992/1995"
    assert facts["２１万元"]["period"] is None  # after the case broke: no year said
    facts = _news("某地礼金\n某县调查。１９９７年，农户送礼越来越重，礼金从前几年的每份２０元涨到现在的２００元。", "19980107-10-003")
    assert facts["２０元"]["period"] is None
    assert facts["２００元"]["period"] == "1998-01"
    # without them the year stated goes on
    facts = _news("某案宣判\n本报讯 某某１９９２年至１９９５年间挪用公款３４万元，退赔赃款２１万元。",
                  "19980113-05-002")
    assert facts["２１万元"]["period"] == "1992/1995"


def test_a_surveys_shares_keep_its_year_past_words_of_opinion() -> None:
    text = ("观众调查\n１９９７年，某台调查了观众。百分之五十二的观众想看到自己已经或正在经历的事，"
            "百分之三十四的观众希望增长知识。百分之六十的观众认为现在的电视剧更贴近百姓，百分之四十五的观众给予好评。")
    facts = _news(text, "19980109-11-004")
    for share in ("百分之五十二", "百分之三十四", "百分之六十", "百分之四十五"):
        assert facts[share]["period"] == "1997", share
    # 已经 and 现在 standing as times: the month of issue
    facts = _news("某市\n本报讯 全市已经建成图书室３２０个。现在全市有读者１２万人。", "19980109-11-004")
    assert facts["３２０个"]["period"] == "1998-01"
    assert facts["１２万人"]["period"] == "1998-01"


def test_a_features_opening_month_is_an_occasion_not_what_it_goes_on_to_tell() -> None:
    body = ("他在大山深处的村小教书３０年，走遍了全乡的每一个村寨，动员失学的孩子回到课堂，一家一户地上门做工作。\n"
            "据统计，在他和同事们的努力下，全乡适龄儿童入学率达９８％，许多学生考上了县里的重点中学。\n")
    facts = _periods("记某乡村教师\n张三\n"
                     "１９９７年１０月，某乡教师王五被评为全省优秀教师，他的事迹在当地群众中广为传颂，受到各方面的好评。\n" + body)
    assert facts["９８％"] is None
    # a year opening it is the year the feature reviews
    facts = _periods("记某乡村教师\n张三\n"
                     "１９９７年，某乡教师王五又一次走遍了全乡，他的事迹在当地群众中广为传颂，受到各方面的好评和称赞。\n" + body)
    assert facts["９８％"] == "1997"


def test_this_week_and_last_week_count_from_the_dateline() -> None:
    text = ("某公司赔款\n据新华社某地１月２日电 某保险公司本周向５名乘客支付赔款８０万美元。\n"
            "本报某地１月８日电 某国股市本周以来已累计下跌６％。该国上周出口下降３％。")
    facts = _news(text, "19980105-07-005")
    assert facts["８０万美元"]["period"] == "1997-12-29/1998-01-02"  # Friday 2 January: from its Monday
    assert facts["６％"]["period"] == "1998-01-05/1998-01-08"
    assert facts["３％"]["period"] == "1997-12-29/1998-01-04"  # the whole week before
    # no dateline: no week
    facts = _news("某公司赔款\n某保险公司本周向５名乘客支付赔款８０万美元。", "19980105-07-005")
    assert facts["８０万美元"]["period"] != "1997-12-29/1998-01-02"


def test_years_ago_are_counted_back_from_the_writing() -> None:
    facts = _news("某山村\n本报讯 这个村４年前人均收入只有１５０元，１９９７年人均收入超过９００元。", "19980115-11-002")
    assert facts["１５０元"]["period"] == "1994"
    assert facts["９００元"]["period"] == "1997"
    # 年前的 names what it dates: the years since, not that year
    facts = _news("某县\n本报讯 ３年前的目标已经实现，全县共建成水窖１２００个。", "19980113-09-004")
    assert facts["１２００个"]["period"] != "1995"
    # a year written in full (２０００年前) is no count of years back
    facts = _news("某厂\n本报讯 该厂计划在２０００年前更新４０％的设备。", "19980115-04-004")
    assert facts["４０％"]["period"] != "1998"


def test_a_meeting_named_by_its_year_is_no_period_of_the_plans_after_it() -> None:
    # 去年召开的…会议 names an occasion (as 建于１９７０年 names a founding): what the report plans
    # next is still the year it plans, not the year of the meeting
    text = ("二、今年的任务\n１９９６年是实施计划的第一年。今年计划粮食产量增长百分之三。"
            "各地要贯彻去年召开的全国农业工作会议精神，稳定各项基本政策。国家准备重点支持３００个产粮大县。")
    facts = _periods(text, "gwr-national-1996")
    assert facts["３００个"] == "1996"
    # an act of the year before, told as such, goes on
    text = ("二、今年的任务\n１９９６年是实施计划的第一年。去年，全国召开了农业工作会议，确定了各项基本政策。"
            "国家重点支持了３００个产粮大县。")
    facts = _periods(text, "gwr-national-1996")
    assert facts["３００个"] == "1995"


def test_a_five_year_total_and_a_change_since_a_years_end_years_back() -> None:
    text = ("一、过去五年的回顾\n过去五年，各项事业取得进展。2000年出口总额达2100亿美元。"
            "五年累计利用外资2500亿美元。外汇储备2000年底达1500亿美元，比1995年底增加800亿美元。")
    facts = _periods(text, "gwr-national-2001")
    assert facts["2500亿美元"] == "1996/2000"  # the five years, not the year the sentence before stated
    assert facts["800亿美元"] == "1996/2000"  # the change over the years since the base's end
    assert facts["1500亿美元"] == "../2000-12"
    # against the end of the year before: the year's change
    facts = _periods("外汇储备2000年底达1500亿美元，比1999年底增加100亿美元。", "gwr-national-2001")
    assert facts["100亿美元"] == "2000"


def test_a_year_aimed_at_from_now_is_the_span_from_the_writing() -> None:
    text = "各地要抓紧落实安居工程，在从现在起到本世纪末的这几年里，力争解决６０００万人的住房困难。"
    assert _periods(text, "gwr-national-1994")["６０００万人"] == "1994/2000"
    assert _periods("从今年到２０００年，每年新增２０００万人。", "gwr-national-1994")["２０００万人"] == "1994/2000"
    # a year aimed at, not from now: that year
    assert _periods("到２０００年，每年新增２０００万人。", "gwr-national-1994")["２０００万人"] == "2000"


def test_new_years_day_named_alone_on_a_news_page_is_that_day() -> None:
    text = ("某市送温暖\n本报某地１月５日电 记者李明报道：仅元旦一天，就有２４００名干部走进困难职工家中。\n"
            "元旦这一天，市委书记来到一户特困职工家中。临走，他留下３００元钱。\n")
    facts = _periods(text, "19980107-99-001")
    assert facts["２４００名"] == "1998-01-01"
    assert facts["３００元钱"] == "1998-01-01"  # the next sentences of its paragraph go on with the day
    # the days around it (元旦期间) are the month; the days before it (元旦前夕) and a list of
    # holidays (元旦、春节) name no day
    facts = _periods("某市送温暖\n本报某地１月５日电 仅元旦期间，全市送去慰问金８２０万元。\n", "19980107-99-001")
    assert facts["８２０万元"] == "1998-01"
    facts = _periods("某市送温暖\n本报讯 为了让职工过好元旦、春节，全市筹集资金１５０万元。\n", "19980107-99-001")
    assert facts["１５０万元"] != "1998-01-01"
    # a year written before it is read with that year (１９９９年元旦)
    facts = _periods("某市\n本报讯 新线将于１９９９年元旦通车，总投资５亿元。\n", "19980107-99-001")
    assert facts["５亿元"] == "1999-01-01"


def test_a_feature_paragraph_opened_by_a_day_of_the_issue_is_the_scene_after_it() -> None:
    opening = ("某市路口装上测速探头后，司机们开车规矩多了，全市３０余万辆汽车的车主都知道闯红灯再也躲不过去，"
               "城市交通秩序随之明显好转。\n")
    later = ("走进指挥大厅，值班的副大队长向我们介绍，整个系统由探头、传输线路和后台电脑三部分组成。墙上３０多块"
             "显示屏轮流播放各处路况，８名值班员把拍到的违章车牌逐一录入数据库，再交给各中队处理。\n")
    scene = ("１月３日上午，我们乘车沿着城区的三条干道转了一圈，看到４１处交叉口的上空都架着探头，总数有５２个，"
             "它们日夜不停地拍摄过往的车辆。\n")
    facts = _periods("探头管交通\n本报记者李明\n" + opening + scene + later)
    assert facts["３０余万辆"] is None  # the opening states no time
    assert facts["５２个"] == "1998-01-03"
    assert facts["８名"] == "1998-01"  # the scene the paragraphs after the day go on to tell
    # a day said inside a later paragraph (not opening it) is no scene of the paragraphs after it
    aside = ("这篇报道是我们调查后写成的两篇中的前一篇，讲整治以前的情况；后一篇定在１月２０日刊登，讲各部门"
             "怎样整治。\n")
    assert _periods("探头管交通\n本报记者李明\n" + opening + aside + later)["８名"] is None


def test_a_deed_told_as_background_in_a_dispatch_has_no_month() -> None:
    text = ("某县科技兴农\n本报某地１月８日电 某县建立科技信息网，发展信息员２００名。他们还从县财政拨款４０万元，"
            "修建了一条公路。县里先后为农民发放科技书籍３万册。\n")
    facts = _periods(text, "19980109-99-001")
    assert facts["２００名"] == "1998-01"  # the dispatch's own news
    assert facts["４０万元"] is None
    assert facts["３万册"] is None


def test_the_whole_year_after_a_year_a_plan_was_proposed_in_is_the_year_reviewed() -> None:
    text = ("一、过去一年的工作\n2006年，国内生产总值增长10%。\n（五）改善民生。2004年我们提出用三年时间解决拖欠农民工"
            "工资问题，这项工作已经完成。"
            "提高了优抚对象的补助标准，全年中央财政优抚支出90亿元，比上年增长30%。")
    facts = _periods(text, "gwr-national-2007")
    assert facts["90亿元"] == "2006"  # the year the report reviews, not the year of the proposal
    # a year the review states itself stays the year of its 全年
    text = "（五）改善民生。2006年，各地提高了优抚对象的补助标准，全年中央财政优抚支出90亿元。"
    assert _periods(text, "gwr-national-2007")["90亿元"] == "2006"
    text = "（五）回顾。2005年，各地提高了优抚对象的补助标准，全年中央财政优抚支出90亿元。"
    assert _periods(text, "gwr-national-2007")["90亿元"] == "2005"


def test_a_clause_going_on_a_list_after_a_flow_in_a_five_year_span_is_of_the_span() -> None:
    # each number its own clause, the verb in the first: all three conferred over the years
    text = ("过去五年，某省发展教育。经过考核，授予博士学位二十六人，硕士学位九千人，学士学位二十多万人。"
            "高校获得科研成果八千多项，其中得到省级奖励的有三百二十项。")
    facts = _periods(text, "gwr2026-example")
    assert facts["二十六人"] == "2021/2025"
    assert facts["九千人"] == "2021/2025"
    assert facts["二十多万人"] == "2021/2025"
    assert facts["三百二十项"] == "2021/2025"  # a part of the total before it
    # a level in a clause after a flow, of another unit or reached (达), stays the span's last year
    text = "过去五年，某省新建学校120所，在校学生350万人。共培训教师8万名，专任教师达到60万名。"
    facts = _periods(text, "gwr2026-example")
    assert facts["120所"] == "2021/2025"
    assert facts["350万人"] == "2025"
    assert facts["60万名"] == "2025"
    # as does a clause saying what there is, though of the same unit
    facts = _periods("过去五年，某省新建学校120所，全省共有学校800所。", "gwr2026-example")
    assert facts["120所"] == "2021/2025"
    assert facts["800所"] == "2025"


def test_the_clauses_after_a_five_years_total_are_totals_too() -> None:
    text = ("过去五年，某省保障民生。加强就业服务，五年累计投入资金900亿元，实现大学毕业生就业1200万人，"
            "困难人员就业300万人。全省共有就业服务机构2000家。")
    facts = _periods(text, "gwr2026-example")
    assert facts["1200万人"] == "2021/2025"
    assert facts["300万人"] == "2021/2025"
    assert facts["2000家"] == "2025"  # another sentence: a level


def test_a_starting_level_of_a_span_written_by_its_years_is_the_first_year() -> None:
    text = "从一九七八年到一九八二年，某省医院由三百二十所增加到四百一十所。"
    facts = _periods(text, "gwr-national-1983")
    assert facts["三百二十所"] == "1978"
    assert facts["四百一十所"] == "1982"
    # a span named without its years starts from the year before it
    text = "2026年报告\n过去五年，全省医院由320所增加到410所。"
    facts = _periods(text, "gwr2026-example")
    assert facts["320所"] == "2020"
    assert facts["410所"] == "2025"


def test_a_past_years_end_after_a_five_year_span_is_as_of_it() -> None:
    text = "五年来，农村金融发展。涉农贷款余额从2007年末的5.1万亿元增加到2012年末的15.2万亿元。"
    facts = _periods(text, "gwr-national-2013")
    assert facts["5.1万亿元"] == "../2007-12"
    assert facts["15.2万亿元"] == "../2012-12"
    # a year's end ahead of the writing is aimed at
    text = "力争贷款余额到2015年末达到20万亿元。"
    assert _periods(text, "gwr-national-2013")["20万亿元"] == "2015-12"


def reported(text: str) -> dict[str, dict]:
    """The facts of a report given in 2016 (its id names the year, as a report's file does)."""
    return {f.text: f.model_dump() for f in extract_text(text, "report-2016")}


def test_clauses_after_a_change_ending_in_the_sentences_lead_year_take_what_stood_before() -> None:
    # the change's end year leads its sentence (a year named inside an earlier sentence of the five-year
    # review is that sentence's only): the clauses after the change go on with the five years
    text = ("2016年政府工作报告\n\n　　过去五年，我们取得了显著成就。出口连续两年下降，2015年比上年减少3.1%。\n\n"
            "　　加快实施助学制度，财政投入从2011年的16亿元增加到 2015年的287亿元，覆盖面扩大到普通高中，"
            "共资助学生1950万名，还为1100多万名寄宿生提供生活补助。")
    facts = reported(text)
    assert (facts["16亿元"]["period"], facts["287亿元"]["period"]) == ("2011", "2015")
    assert facts["1950万名"]["period"] == facts["1100多万名"]["period"] == "2011/2015"


def test_clauses_after_a_change_in_a_years_review_keep_that_year() -> None:
    facts = reported("2016年政府工作报告\n\n　　2015年，某省助学投入从2014年的16亿元增加到 2015年的21亿元，"
                   "覆盖面扩大到普通高中，共资助学生52万名。")
    assert facts["52万名"]["period"] == "2015"


def test_a_change_from_a_framed_base_to_a_years_end_is_as_of_it() -> None:
    # the base set at the sentence's opening is the change's start, the year's end where it stands
    facts = scoped("同建国初期相比，到1962年年底，全省中学生增加了百分之六十。"
                   "与上年相比，到1962年年底，全省小学生增加了百分之五。")
    assert facts["百分之六十"]["period"] == "../1962-12"
    assert facts["百分之五"]["period"] == "1962"  # the year before: the year's change
