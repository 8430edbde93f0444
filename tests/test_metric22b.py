"""Session 22, second round (metric22b): what a change or a base measures in a run. A clause that only says where
the subject stands (居全省首位) is no subject, though scope words cut off leave a noun (首位); places with a change
(莆田市、三明市分别增长, 远安县下降) are items of the run before them (metric_placed_change); a run of places
is read back past more than three places within its sentence (metric_subject._CLAUSES_BACK_IN_SENTENCE); a base
said as 与…的N相比 is what the figure before it is compared with, and the changes after it are that figure's
(metric_compared_clause)."""
from __future__ import annotations

import pytest

from metric_of import metric_of

_RUN = ("全省9个设区市中，福州市全社会用电量612.4亿千瓦时，居全省首位，占全省的18.6%，增长7.9%；泉州市588.7亿千瓦时，"
        "增长6.2%；厦门市421.5亿千瓦时，增长8.1%；漳州市356.8亿千瓦时，增长7.2%；宁德市342.6亿千瓦时，增长12.4%；"
        "莆田市、三明市、龙岩市、南平市分别增长5.1%、3.8%、4.6%和2.9%。")
_COUNTIES = ("分县市区看,猇亭区、宜都市、枝江市、当阳市、夷陵区规上工业增加值分别增长10.2%、9.8%、8.7%、7.9%和7.1%;"
             "远安县、兴山县分别下降1.6%和0.8%。")
_CENSUS = "全市常住人口为5163847人。与2010年第六次全国人口普查的5458210人相比，减少294363人，下降5.39%。"


@pytest.mark.parametrize("sentence,text,metric", [
    # a rank clause is passed over: the share and the growth are the figure's before it
    (_RUN, "18.6%", "全社会用电量"),
    (_RUN, "7.9%", "全社会用电量"),
    (_RUN, "6.2%", "全社会用电量"),
    # a run of five places, each a clause of its figure and one of its change
    (_RUN, "12.4%", "全社会用电量"),
    # places listed with a change are items of the run
    (_RUN, "5.1%", "全社会用电量"),
    (_RUN, "2.9%", "全社会用电量"),
    (_COUNTIES, "1.6%", "规上工业增加值"),
    (_COUNTIES, "0.8%", "规上工业增加值"),
    # 与…的N相比: the base level and the changes after it are the figure's before
    (_CENSUS, "5458210人", "常住人口"),
    (_CENSUS, "294363人", "常住人口"),
    (_CENSUS, "5.39%", "常住人口"),
    ("今年出口额为51亿美元。与去年同期的48亿美元相比，增长6%。", "6%", "出口额"),
])
def test_what_the_number_measures(sentence: str, text: str, metric: str):
    got = metric_of(sentence, text)
    assert got is not None and metric in got, got


@pytest.mark.parametrize("sentence,text,metric", [
    # a place that names its own measure keeps it (not the run's before)
    ("福州市全社会用电量612.4亿千瓦时，增长7.9%；厦门市工业用电量200亿千瓦时，增长3.1%。", "3.1%", "工业用电量"),
    # a rank clause with a noun of its own is a subject (not a predicate word)
    ("全市粮食产量居全省首位，增长3.5%。", "3.5%", "粮食产量"),
    # 与 joining two things compared (no base level said before 相比) is left as before
    ("工业增加值增长8%，与全省平均水平相比，高出1.2个百分点。", "8%", "工业增加值"),
])
def test_own_measures_kept(sentence: str, text: str, metric: str):
    got = metric_of(sentence, text)
    assert got is not None and metric in got, got
