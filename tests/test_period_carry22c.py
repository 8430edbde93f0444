"""Times a report names that are no time its next sentences go on with (extractor/sentence_periods.py,
extractor/time_exprs_carry.py): the plan's five years named inside a sentence of a year's work (…，“十五五”时期
某市新增常住人口50万), a year inside a cause clause (由于上一年的收成较好), a later plan's span (“七五”期间还将…)
beyond its paragraph; and flows over a five-year span counted by events (评为, 出访, 访问: data/period.toml
span_flow_words), not a level before a part of it counted next (extractor/span_points.py)."""
from extractor.engine import page_records
from extractor.page import Page
from extractor.records import NUMERIC_TYPES


def _periods(text: str, doc: str = "page") -> dict[str, str]:
    return {r.text: r.period for r in page_records(Page.read(text, doc), NUMERIC_TYPES)}


_WORK = ("2026年某省政府工作报告\n各位代表：\n三、2026年工作安排\n"
         "推进以人为核心的城镇化。实施城市更新行动，“十五五”时期省会城市新增常住人口50万。\n"
         "抓好和美乡村建设。编制“十五五”乡村振兴规划，做好村庄布局。全省污水治理率达70%，"
         "改造危房6200户左右。\n")
_GOALS = ("2026年某省政府工作报告\n各位代表：\n二、“十五五”时期主要目标\n"
          "“十五五”时期，全省地区生产总值年均增长5%左右。\n城镇新增就业累计达到300万人。\n")


def test_plan_named_inside_a_year_s_work_is_its_sentence_s() -> None:
    got = _periods(_WORK, "gwr2026-x")
    assert got["50万"] == "2026/2030"  # its own sentence names the plan's years
    assert got["70%"] == "2026" and got["6200户"] == "2026"  # the next paragraph: the year's work


def test_plan_under_its_heading_goes_on() -> None:
    got = _periods(_GOALS, "gwr2026-x")
    assert got["300万人"] != "2026"  # (the plan's section: its years, not the report's one year)


_CAUSE = ("一九五八年国民经济计划草案的报告\n各位代表：\n"
          "在一九五八年的生产中，钢铁各部门仍然增长较快。纺织各部门的生产，由于一九五七年的棉花收成较好，"
          "增速也有提高。例如，棉布的产量，比上一年增加四十万匹，增长百分之九点五。\n")
_CAUSE_NOT = ("一九五八年国民经济计划草案的报告\n各位代表：\n"
              "在一九五八年的生产中，钢铁各部门仍然增长较快。一九五七年的棉花收成较好。"
              "棉布的产量增加四十万匹。\n")


def test_year_in_a_cause_clause_does_not_carry() -> None:
    got = _periods(_CAUSE, "gwr-national-1958")
    assert got["四十万匹"] == "1958" and got["百分之九点五"] == "1958"


def test_year_stated_as_its_sentence_s_own_still_carries() -> None:
    got = _periods(_CAUSE_NOT, "gwr-national-1958")
    assert got["四十万匹"] == "1957"  # (no cause: the year stated goes on)


_CAUSE_NOW = ("一九五六年国家决算和预算的报告\n\n　　各位代表：\n\n　　一九五五年的工作有了很大的成绩。\n\n"
              "　　由于今年春季农村的副业生产受到忽视，农民手中的现钱较少。\n\n"
              "　　近五个月里，不少工地的进度落后于计划，约有四十个。\n")


def test_cause_in_the_report_s_own_year_goes_on() -> None:
    got = _periods(_CAUSE_NOW, "gwr-national-1956")
    assert got["四十个"] == "1956"  # (a cause later than the year reviewed: the report's own year, as before)


_LATER_PLAN = ("一九八三年政府工作报告\n\n　　各位代表：\n\n"
               "　　今后五年，要加强能源和交通的建设。“七五”期间还将新建一批大项目，约有三百个。\n\n"
               "　　财政收入有百分之八十以上来自城市。\n")


def test_later_plan_is_its_paragraph_s() -> None:
    got = _periods(_LATER_PLAN, "gwr-national-1983")
    assert got["三百个"] in ("1986/1990", "1990")  # (a level in the plan: its last year)
    assert got["百分之八十"] != "1990" and got["百分之八十"] != "1986/1990"


_REVIEW = ("一九八三年政府工作报告\n各位代表：\n"
           "过去五年里，我国同十二个国家建交。在此期间，国家领导人出访了七十个国家，有六十个国家的元首来华访问。\n"
           "这五年各行各业人才辈出，被评为劳动模范的有两万一千多人。普通高等学校增加到七百一十五所。\n")


def test_events_over_five_years_are_flows() -> None:
    got = _periods(_REVIEW, "gwr-national-1983")
    assert got["七十个"] == "1978/1982" and got["六十个"] == "1978/1982"
    assert got["两万一千多人"] == "1978/1982"
    assert got["七百一十五所"] == "1982"  # a level reached: the span's last year


_COURTS = ("2026年某市中级人民法院工作报告\n各位代表：\n二、五年来工作回顾\n"
           "五年来，全市法院新建人民法庭5个，人民法庭总数达到26个。全市9个基层法院中有3个被评为全省优秀法院。\n")


def test_a_level_before_a_title_won_stays_a_level() -> None:
    got = _periods(_COURTS, "court-x")
    assert got["3个"] == "2021/2025"  # titles won over the five years (bench/gold/README.md)
    assert got["9个"] == "2025"  # (the courts there are: the title is the next figure's)
