"""Session 24 (periodpd24): how People's Daily stories state a fact's period, by mechanism. Own words and numbers."""
from __future__ import annotations

from extractor.api import extract_text


def _periods(text: str, doc: str = "19980110-05-001") -> dict[str, str | None]:
    return {f.text: f.period for f in extract_text(text, doc) if f.type in ("money", "count", "percent")}


_HEAD = "某厂见闻\n本报讯 "


def test_consecutive_years_listed_without_a_count_are_the_run_of_years():
    # (extractor/year_lists.py joint_year_periods) the list's figure is said of both years, not the last one's
    p = _periods(_HEAD + "１９９５年，该厂接到订单３１家，２００６、２００７年出口订单也都占７５％以上。\n")
    assert p["７５％"] == "2006/2007"
    p = _periods(_HEAD + "１９８８年和１９８９年，该县每年扶持２万人脱贫，把失业率压在３．５％以下。\n")
    assert p["２万人"] == "1988/1989" and p["３．５％"] == "1988/1989"


def test_years_apart_or_paired_figures_keep_their_own_years():
    # negative: two years with a gap name no run; a list paired figure by figure keeps each its year
    p = _periods(_HEAD + "１９８８年和１９９１年，该县扶持２万人脱贫。\n")
    assert p["２万人"] == "1991"
    p = _periods(_HEAD + "废品率由２００３、２００４年的１２．５％、９．５％降到２００７年的４．２％。\n")
    assert p["１２．５％"] == "2003" and p["９．５％"] == "2004"
    # negative: a month after the list's last year dates that month (no run of whole years)
    p = _periods(_HEAD + "２００６、２００７年１２月，该厂各招收工人４０名。\n")
    assert p["４０名"] != "2006/2007"


def test_years_listed_with_one_figure_each_are_no_run():
    # negative: 分别 gives each year its figure; they are not said of the years together
    p = _periods(_HEAD + "据农场提供的资料：２００１、２００２、２００３年产值连年增长，分别为３２０万元、４１０万元、５５０万元。\n")
    assert "2001/2003" not in p.values()
