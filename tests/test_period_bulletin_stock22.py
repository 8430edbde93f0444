"""A stock said with no year's end in a bulletin of a year's results is as of the year's end (../2025-12), as 年末's
are (extractor/period_bulletin_stock.py); the year's flows, changes and plans keep the year, and a text that is no
bulletin (a work report, a month's release) reads its 现有 as before. Under 年末, 累计达到 is a level reached and
比上年的 the base as of the year before's end (data/period.toml [year_end_stocks])."""
from extractor.engine import page_records
from extractor.page import Page
from extractor.records import NUMERIC_TYPES

_BULLETIN = ("某省通信管理局\n2025年某省通信业统计公报\n2025年，全省通信业运行平稳。\n一、网络基础设施\n"
             "全年全省受理电信用户申诉1.86万件，比上年下降12.4%。\n"
             "移动电话基站总数42.18万个，其中5G基站14.63万个，全年新增2.87万个，5G基站占基站总数的34.7%，"
             "每万人拥有5G基站29.0个。力争新建5G基站2.5万个。\n"
             "年末全省农机合作社9865个，比上年增加412个。全年新建乡镇运输服务站214个，年末累计达到1287个。\n"
             "年末全省拖拉机298.6万台，比上年的311.7万台减少13.1万台。\n"
             "二、安全生产\n全省现有数据中心企业418家。\n")
_REPORT = ("2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n2025年，全市现有高新技术企业418家，全年新增56家。\n")


def _periods(text: str, doc: str = "page") -> dict[str, str]:
    return {r.text: r.period for r in page_records(Page.read(text, doc), NUMERIC_TYPES)}


def test_bulletin_stocks_stand_at_the_year_end() -> None:
    got = _periods(_BULLETIN)
    assert got["29.0个"] == "../2025-12"  # 拥有, after a clause framed by 全年
    assert got["34.7%"] == "../2025-12"  # 占基站总数的
    assert got["418家"] == "../2025-12"  # 现有


def test_bulletin_flows_changes_and_plans_keep_the_year() -> None:
    got = _periods(_BULLETIN)
    assert got["1.86万件"] == "2025" and got["12.4%"] == "2025"  # 全年…受理: a flow
    assert got["2.87万个"] == "2025"  # 全年新增
    assert got["2.5万个"] != "../2025-12"  # 力争: a plan
    assert got["412个"] == "2025"  # 比上年增加: a change


def test_year_end_level_reached_and_base() -> None:
    got = _periods(_BULLETIN)
    assert got["1287个"] == "../2025-12"  # 年末累计达到
    assert got["311.7万台"] == "../2024-12"  # 比上年的: the base


def test_no_bulletin_keeps_its_reading() -> None:
    got = _periods(_REPORT)
    assert got["418家"] != "../2025-12"  # a work report: no bulletin of results


_WATER = ("2025年某省水资源公报\n一、综述\n2025年，全省平均降水量812.4毫米，比上年偏少8.2%。汛期"
          "（6—9月）降水量占全年降水量的62.3%。全省水资源总量413.8亿立方米，比上年偏少11.4%。\n")
_RUN = ("某县民政局关于2025年第三季度民政事业统计数据的通报\n一、城乡最低生活保障\n"
        "1-9月全县发放城乡低保资金5975.0万元。其中城市低保资金856.4万元。\n")


def test_glossed_season_is_its_sentence_only() -> None:
    got = _periods(_WATER)
    assert got["11.4%"] == "2025"  # (not the flood season's months: 汛期（6—9月） glosses its own sentence's season)


def test_written_run_still_goes_on() -> None:
    assert _periods(_RUN)["856.4万元"] == "2025-01/2025-09"  # (a run not in brackets: as session 22's first round)
