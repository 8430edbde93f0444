from extractor.normalize import map_char, normalize
from extractor.page import Page


def flat(s: str) -> str:
    return "".join(map_char(c) for c in s if not c.isspace())


def test_layout_whitespace_removed_and_mapped_back():
    raw = ("截 至 11 月 ，武 陵 区 组 织 招 聘 会 30\n\n场 ，发放小额创业贷款84笔，贷款金额\n\n"
           "3943 万，其中个人贷款 72 笔。")
    n = normalize(raw)
    assert n.text == "截至11月，武陵区组织招聘会30场，发放小额创业贷款84笔，贷款金额3943万，其中个人贷款72笔。"
    i = n.text.index("30场")
    s, e = n.to_raw(i, i + 3)
    assert raw[s:e] == "30\n\n场"
    assert flat(raw[s:e]) == "30场"


def test_every_normalized_char_maps_to_its_raw_char():
    raw = "（陈科翔 杜 璇）\n\n ２０２３ 年，增长 ２３．４％\r\n全文 Windows 10 版本"
    n = normalize(raw)
    for i, ch in enumerate(n.text):
        if ch in " \n":
            assert raw[n.raw[i]].isspace()
        else:
            assert map_char(raw[n.raw[i]]) == ch


def test_full_width_digits_and_percent():
    n = normalize("增长２３．４％")
    assert n.text == "增长23.4%"


def test_ascii_words_keep_one_space():
    assert normalize("Windows   10 发布").text == "Windows 10发布"


def test_numbers_split_by_a_column_break_are_joined():
    assert normalize("总投资 16.06\n\n亿元").text == "总投资16.06亿元"


def test_paragraphs_titles_and_bylines():
    raw = ("近日，某市举办招聘会，提供岗位\n\n1200 个，达成意向 300 人。\n\n"
           "（张三）\n\n某市招聘会成效显著\n\n 李四\n\n2023 年，某县新增就业 500 人。")
    page = Page.read(raw, "t")
    kinds = [p.kind for p in page.layout.paragraphs]
    assert kinds == ["body", "byline", "title", "byline", "body"]
    articles = [p.article for p in page.layout.paragraphs]
    assert articles[0] == articles[1] == articles[2]
    assert articles[4] != articles[0]


def test_empty_text():
    n = normalize("")
    assert n.text == "" and n.paragraphs == []
    n = normalize("  \n\n \t ")
    assert n.text == ""


def test_web_text_one_paragraph_a_line():
    lines = ["今年以来，某市坚持稳中求进工作总基调，全市地区生产总值完成3200亿元，同比增长6.5%，高于全省平均水平。",
             "全市一般公共预算收入完成210亿元，增长8.1%，其中税收收入150亿元，占比71.4%，收入质量持续提升。",
             "（记者 王五）"]
    n = normalize("\n".join(lines))
    assert len(n.paragraphs) == 3


def test_blank_lines_separate_paragraphs_when_they_are_not_everywhere():
    body = ["某县今年新建高标准农田二万亩，完成投资", "三千万元，惠及农户一千二百户，受益群", "众普遍反映良好，项目建设有序推进。"]
    text = "\n".join(body) + "\n\n" + "\n".join(body) + "\n\n" + "\n".join(body) + "\n\n" + "\n".join(body)
    n = normalize(text)
    assert len(n.paragraphs) == 4


def test_middle_dot_between_digits_is_a_decimal_point():
    assert normalize("投资２·５亿元，中外·合作").text == "投资2.5亿元，中外·合作"


def test_web_text_cut_at_links_is_joined_where_blank_lines_set_off_paragraphs():
    # web text (long lines) whose paragraphs are set off by blank lines only sometimes: a line that
    # ends no sentence runs on into the next one (a link or an emphasis cut it); a zero-width line
    # between the pieces is no text
    long_a = "过去一年，经济运行总体平稳，主要目标任务圆满完成，发展质量和效益进一步提高，人民生活持续改善。"
    long_b = "全年城镇新增就业一千三百多万人，年末城镇登记失业率保持较低水平，就业形势总体稳定，居民收入稳步增长。"
    paras = [long_a, "全市地区生产总值达到74.4\n\u200b\n万亿元，增长6.7%，名列前茅，对全省经济增长的贡献率持续提升，质量效益明显提高。",
             long_b, "一是\n加快产业结构调整，推动传统产业转型升级，培育壮大新兴产业，服务业增加值比重继续上升。", long_a,
             long_b, long_a, long_b, long_a, long_b]
    text = "\n\n".join(paras[:5]) + "\n" + "\n".join(paras[5:])
    n = normalize(text)
    assert "生产总值达到74.4万亿元，增长6.7%" in n.text
    assert "一是加快产业结构调整" in n.text
    # lines that end a sentence stay paragraphs of their own, with or without a blank line
    assert n.text.count("\n") == len(paras) - 1
    for i, ch in enumerate(n.text):
        if ch != "\n" and ch != " ":
            assert n.original[n.raw[i]] == ch or map_char(n.original[n.raw[i]]) == ch


def test_a_number_alone_on_its_line_stays_in_its_sentence():
    # PDF columns: the noun, the figure and its unit on three short lines (own words and numbers)
    raw = "全县各项存款余额 880.5 亿元，增长 7.1%；贷款余额\n612.08\n亿元，增长 5.3%。\n"
    assert "贷款余额612.08亿元" in normalize(raw).text
    assert len(normalize(raw).paragraphs) == 1


def test_a_page_number_between_sentences_keeps_its_break():
    raw = "全县新增就业 3200 人。\n12\n全县城镇化率达 58.2%。\n"
    assert len(normalize(raw).paragraphs) == 3
