"""restated_bounds.py: a bound or rough figure and the exact figure it stands for, said apart.
Examples written for these tests (no real page)."""
from __future__ import annotations

from extractor.audit import drafts_of, restated_bounds
from extractor.audit.model import PageView
from extractor.page import Page
from extractor.pipeline import load, run
from extractor.records import NUMERIC_TYPES


def view_of(text: str) -> PageView:
    page = Page.read(text, "t")
    return PageView(page, run(load(NUMERIC_TYPES), page))


def found(text: str) -> list[tuple[str, str, str]]:
    v = view_of(text)
    return [(d.check, d.verdict, d.facts[0]["text"]) for d in restated_bounds.check(v)]


PARAGRAPH = ("今年前三季度，临川县乡村旅游持续升温，接待游客约{rough}万人次。各乡镇新建农家乐四十余家。"
             "据县文旅局统计，前三季度临川县乡村旅游接待游客{exact}万人次，旅游收入3.1亿元。")


def test_a_rough_figure_kept_by_its_exact_value_in_one_paragraph() -> None:
    assert found(PARAGRAPH.format(rough="46", exact="45.8")) == [("bound", "consistent", "46万人次")]


def test_a_rough_figure_the_exact_value_misses_gives_nothing() -> None:
    assert found(PARAGRAPH.format(rough="46", exact="41.2")) == []  # another figure, or an error: not said here


HEADLINE = ("石门港去年吞吐量逾{bound}万吨\n"
            "本报讯 记者从港务部门获悉，石门港去年完成货物吞吐量{exact}万吨，比上年增长百分之九，"
            "其中集装箱运输增长较快。")


def test_a_headline_floor_cut_from_the_body_value() -> None:
    assert found(HEADLINE.format(bound="八千二百", exact="8236.5")) == [("bound", "consistent", "八千二百万吨")]


def test_a_floor_far_below_the_value_is_no_restatement() -> None:
    # a value well past the bound's last written digit may be another figure: the arithmetic says little
    assert found(HEADLINE.format(bound="八千", exact="9236.5")) == []


def test_a_headline_leaves_out_the_currency_of_its_story() -> None:
    text = ("东岭市民储蓄存款突破两千七百亿\n"
            "本报讯 截至去年末，东岭市城乡居民储蓄存款余额达2734.6亿元，比年初增加312亿元。")
    assert found(text) == [("bound", "consistent", "两千七百亿")]


def test_a_figure_said_roughly_within_itself_is_no_threshold() -> None:
    # `多` inside the number: a rough figure, even with a number after it in its clause
    text = "全省1.8万多个行政村的2600万农户参加了医疗保险。全省18236个行政村都建立了卫生室。"
    assert found(text) == [("bound", "consistent", "1.8万多个")]


def test_a_threshold_with_its_count_after_it_is_no_rough_figure() -> None:
    text = "全县亩产达到500公斤以上的有45个村。今年全县亩产517公斤。"
    assert found(text) == []


def test_one_name_with_a_list_mark_said_twice_in_a_paragraph() -> None:
    text = "全县160多个厂、矿的3万名职工参加投票。全县163个厂、矿共选出代表900名。"
    assert found(text) == [("bound", "consistent", "160多个")]


def test_names_of_different_things_are_not_paired() -> None:
    text = ("今年前三季度，临川县接待游客约46万人次。各乡镇新建农家乐四十余家。"
            "前三季度，全县培训乡村旅游从业人员45.8万人次。")
    assert found(text) == []


def test_a_claim_another_check_reads_is_left_to_it() -> None:
    # `突破 2000 万吨，达 2069.7 万吨`: stated_bound.py ties the two in one sentence
    v = view_of("该油田去年原油产量首次突破2000万吨，达2069.7万吨。全年原油产量2069.7万吨创历史新高。")
    bounds = [d for d in drafts_of(v) if d.check == "bound" and d.facts[0]["text"] == "2000万吨"]
    assert len(bounds) == 1 and "与他处确切数" not in bounds[0].explanation


# average_terms.py: a mean per day or month of a whole year's total, the year's days unsaid
def averages(text: str) -> list[tuple[str, str, str]]:
    from extractor.audit import average_terms
    v = view_of(text)
    return [(d.verdict, d.facts[0]["text"], d.facts[1]["text"]) for d in average_terms.check(v)]


def test_a_mean_per_day_of_a_years_total() -> None:
    text = "2023年，青溪市消防部门共接警出动1825起。全年平均每天出动5起，比上年略有增加。"
    assert averages(text) == [("consistent", "5起", "1825起")]


def test_a_mean_per_day_the_year_does_not_give_says_nothing() -> None:
    text = "2023年，青溪市消防部门共接警出动1825起。全年平均每天出动12起，比上年略有增加。"
    assert averages(text) == []  # a miss may be of another span: no finding


def test_a_part_of_a_year_is_no_year_of_days() -> None:
    text = "2023年前三季度，青溪市消防部门共接警出动1369起。平均每天出动5起。"
    assert averages(text) == []


FAR_HOLDERS = ("全县原有农业合作社三百多个，去年合并为四十二个联社。\n"
               "各联社积极兴办农机站。目前已建成农机站{total}个，平均每个联社{mean}个，农机手近千人。")


def test_a_mean_over_holders_counted_paragraphs_before() -> None:
    assert averages(FAR_HOLDERS.format(total="一百二十六", mean="三")) == [("consistent", "三个", "一百二十六个")]


def test_a_mean_over_far_holders_that_misses_says_nothing() -> None:
    assert averages(FAR_HOLDERS.format(total="一百二十六", mean="五")) == []
