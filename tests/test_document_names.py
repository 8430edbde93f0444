"""A page joined from many documents: the name a place's figures carry is the one the figure's
own document writes (article_places.ArticlePlaces._full), not an older name another document gives it
first (北平 of an old report for the 北京市 of a new one)."""
from __future__ import annotations

from extractor.api import extract_text
from extractor.page import Page

GAP = "\n\n\n"
OLD = """政府工作报告
——1950年6月12日在第一届全国人民代表大会第一次会议上
各位代表：
北平解放以来，城市面貌焕然一新，工厂陆续复工，市场物价逐步趋于稳定，人民生活有所改善。
一年来，全国修复铁路八千公里，恢复和新建公路两万公里，粮食产量比上年增加一成以上。
北平、天津等城市的工商业逐步恢复，私营工厂开工率明显提高，城乡物资交流日益活跃。
"""
NEW = """北京市政府工作报告
——2010年1月20日在北京市第十三届人民代表大会第三次会议上
各位代表：
过去一年，北京市地区生产总值增长百分之十，新增就业岗位四十二万个，城乡居民收入稳步增长。
北京市新建保障性住房五万套，改造老旧小区二百个，新增公共绿地一千二百公顷。
"""


def _places(text: str, lo: int) -> dict[tuple[int, str], str | None]:
    return {(f.start - lo, f.text): f.place for f in extract_text(text, "t")
            if f.type in ("count", "quantity", "percent") and f.start >= lo}


def test_the_page_splits_into_the_two_reports() -> None:
    assert len(Page.read(OLD + GAP + NEW, "t").layout.documents) == 2


def test_the_new_report_keeps_the_name_it_writes() -> None:
    alone = _places(NEW, 0)
    assert len(alone) >= 4 and "北京市" in alone.values() and "北平" not in alone.values()
    assert _places(OLD + GAP + NEW, len(OLD) + len(GAP)) == alone
