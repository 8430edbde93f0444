"""Tables printed as lines (page_tables.py): what is a table's line and what is not, the unit of a
cell, and the page's paragraphs and kinds around a table (normalize.py, layout.py)."""
from __future__ import annotations

from extractor.normalize import normalize
from extractor.page import Page
from extractor.page_tables import cell_unit, is_caption, is_group_label, is_header, is_row, table_lines

TABLE = ("全年城镇新增就业41.6万人，完成年度目标的104.0%。\n"
         "表1 2025年各区城镇新增就业情况(单位:万人)\n"
         "区 新增就业 比上年增长(%)\n"
         "滨海新区 9.8 5.4\n"
         "东丽区 2.7 -1.8\n"
         "二、社会保险\n"
         "年末全市基本养老保险参保人数1286.5万人。\n")


def test_captions() -> None:
    assert is_caption("表1 2025年各区城镇新增就业情况(单位:万人)")
    assert is_caption("表二 社会保险基金收支情况")
    assert is_caption("单位：亿元")
    assert not is_caption("表12个区县的情况如下")  # (表 and a number run on: no table's number)
    assert not is_caption("全年城镇新增就业41.6万人，单位：万人。")  # a sentence
    assert not is_caption("表彰先进单位和个人")


def test_rows_and_headers() -> None:
    assert is_row("滨海新区 9.8 5.4")
    assert is_row("东丽区 2.7 -1.8")
    assert not is_row("9.8 5.4")  # no label
    assert not is_row("滨海新区 9.8万人")  # a unit in the cell: prose's number
    assert not is_row("Windows 10")
    assert is_header("区 新增就业 比上年增长(%)")
    assert is_header("指标 2024年 2025年")
    assert not is_header("全年城镇新增就业41.6万人。")


def test_table_lines_need_a_caption_and_a_row() -> None:
    lines = TABLE.splitlines()
    assert table_lines(lines) == [False, True, True, True, True, False, False]
    assert table_lines(lines[3:]) == [False] * 4  # rows under no caption and no header are no table
    # a header the row under it fills one to one opens a table with no caption
    assert table_lines(lines[2:]) == [True, True, True, False, False]
    assert table_lines(["区 新增就业", "滨海新区 9.8 5.4"]) == [False, False]  # 2 columns named, 3 cells
    assert table_lines(["表1 各区情况(单位:万人)", "二、社会保险"]) == [False, False]  # a caption alone


def test_cell_units() -> None:
    text = normalize(TABLE).text
    assert "滨海新区 9.8 5.4\n东丽区 2.7 -1.8" in text  # rows kept apart, cells kept apart
    at = text.index("9.8")
    assert cell_unit(text, at, at + 3) == "万人"  # the caption's note
    at = text.index("-1.8")
    assert cell_unit(text, at, at + 4) == "%"  # the column's own unit
    at = text.index("41.6")
    assert cell_unit(text, at, at + 4) is None  # prose


def test_table_lines_are_table_paragraphs() -> None:
    page = Page.read(TABLE, "t")
    kinds = [(page.text[p.start:p.end], p.kind) for p in page.layout.paragraphs]
    assert ("滨海新区 9.8 5.4", "table") in kinds
    assert ("二、社会保险", "title") in kinds
    assert len({p.article for p in page.layout.paragraphs}) == 1  # a table opens no article


def test_web_text_with_tables_keeps_a_line_a_paragraph() -> None:
    # headings and table lines pulled the median line under a column's width: the paragraph before a
    # heading ran into it
    body = "年末全市技能人才总量312.4万人，其中高技能人才102.8万人，占技能人才总量的32.9%，全年新增高技能人才6.3万人。"
    page = "\n".join(["四、人才队伍建设", body, body, "表3 技能人才情况(单位:万人)", "项目 人数",
                      "技能人才 312.4", "高技能人才 102.8", "新增 6.3", "五、工资收入", body, body, "六、目标", body])
    paragraphs = normalize(page).text.split("\n")
    assert "五、工资收入" in paragraphs


# a PDF's standard table: no caption, a header, a group's label between rows (the rows' unit in the header)
REPORT = ("申请人情况 自然人 法人或其他组织 总计\n"
          "一、本年新收政府信息公开申请数量 152 34 186\n"
          "三、本年度办理结果\n"
          "（一）予以公开 64 14 78\n"
          "其中：属于国家秘密 2\n"
          "五、存在的主要问题\n"
          "信息内容 本年制发件数 本年废止件数\n"
          "行政规范性文件 23 9\n")


def test_header_opened_tables_and_group_labels() -> None:
    lines = REPORT.splitlines()
    assert table_lines(lines) == [True] * 5 + [False, True, True]
    assert is_group_label("三、本年度办理结果")
    assert not is_group_label("本年度未收取信息处理费。")  # a sentence
    assert not is_group_label("行政规范性文件 23 9")
    # a group label continues a table only over a row as wide as its first row
    assert table_lines(["项目 人数", "技能人才 312", "二、社会保险", "参保人数 12 13"]) == [True, True, False, False]
    text = normalize(REPORT).text
    assert "（一）予以公开 64 14 78\n" in text  # cells kept apart
    at = text.rindex(" 9") + 1
    assert cell_unit(text, at, at + 1) == "件"  # 本年废止件数: a count of 件
    at = text.index("152")
    assert cell_unit(text, at, at + 3) is None  # 自然人: no unit written


def test_a_table_with_no_unit_takes_the_unit_prose_gives_its_numbers() -> None:
    from extractor.rules import find
    head = "申请人情况 自然人 法人或其他组织 总计\n一、本年新收申请数量 152 34 186\n（七）总计 151 31 182\n"
    both = "全年共收到申请186件，全年办结182件。\n" + head
    found = {(c.value, c.unit) for c in find(both, ("count",)) if c.rule == "<table cell number>"}
    assert (152, "件") in found and (182, "件") in found
    # one number shared with prose (436条 of another thing) tells nothing: no unit, no count
    one = "公开政府采购信息186条。\n" + head
    assert not [c for c in find(one, ("count",)) if c.rule == "<table cell number>"]
    # two shared numbers in two units tell nothing either
    two = "收到申请186件，培训182人。\n" + head
    assert not [c for c in find(two, ("count",)) if c.rule == "<table cell number>"]
