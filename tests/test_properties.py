"""Property tests (hypothesis): whatever the text, extraction keeps its invariants (issue 7).

Random Unicode, fact-shaped Chinese text, real pages with random edits and pathological input:
extract never raises, every record validates, every offset points into the original text with
`text == original[start:end]`, every span normalizes to the normalized span, the output is the
same twice, and layout whitespace changes no numeric fact. 2,070 examples, about a minute; they
are fixed (derandomize) so that CI is reproducible. EXTRACTOR_PROPERTY_SCALE=10 runs ten times
as many, with fresh random examples, for a longer local hunt.
"""
from __future__ import annotations

import functools
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from test_robustness_invariants import check_audit, check_extraction, fact_shape

SCALE = float(os.environ.get("EXTRACTOR_PROPERTY_SCALE", "1"))
NUMERIC = ("money", "count", "percent", "quantity", "duration", "date")


def budget(n: int) -> settings:
    return settings(max_examples=max(1, int(n * SCALE)), deadline=None, derandomize=SCALE == 1,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much], database=None)


# -- alphabets ---------------------------------------------------------------------------------

NUMERALS = "零一二三四五六七八九十百千万亿两半壹贰叁拾佰仟〇"
UNITS = "元个人户年月日天名家件项笔场次批座处亩公里顷米吨%％‰成倍分之点"
QUALIFIERS = "约近余多以上下内超过逾不足到至左右第每"
PUNCT = "，。、；：！？“”‘’（）《》【】—…·-~.,:;()+/"
WHITESPACE = " \n\t\u3000\xa0\u2028\x0b\x0c\x1c\x1d\x1e\x1f\x85"
CONTROLS = "".join(map(chr, range(1, 9))) + "\x7f\u200b\ufeff\u202e"
FULLWIDTH = "".join(chr(c) for c in range(0xFF10, 0xFF1A)) + "ＡＢＣｘｙｚ％．＋－／～"
FILLER = "的市区县村镇乡发放贷款资金投入增长下降提高占总计全年今年工作就业岗位贫困人口湘乡武陵常德"

fact_chars = st.sampled_from(NUMERALS + UNITS + QUALIFIERS + PUNCT + WHITESPACE + FULLWIDTH + FILLER
                             + "0123456789" * 3)
any_chars = st.characters(exclude_categories=("Cs",))  # every code point Python can hold in a str
control_chars = st.sampled_from(WHITESPACE + CONTROLS)


# -- random text -------------------------------------------------------------------------------

@budget(500)
@given(st.text(st.one_of(any_chars, fact_chars, control_chars), max_size=120))
def test_any_unicode_keeps_the_invariants(text: str):
    check_extraction(text)


@budget(550)
@given(st.text(fact_chars, max_size=160), st.booleans())
def test_fact_shaped_text_keeps_the_invariants(text: str, numeric_only: bool):
    check_extraction(text, NUMERIC if numeric_only else None)


@budget(150)
@given(st.text(fact_chars, max_size=200))
def test_audit_never_raises_and_points_into_the_text(text: str):
    check_audit(text)


# -- pathological input ------------------------------------------------------------------------

PIECES = ["1", "0", "9", "１", "万", "亿", "、", " ", "（", "）", "(", ")", "“", "”", "《", "》", ".", ",",
          "，", "至", "-", "约", "余", "多", "元", "%", "个", "年", "月", "日", "一", "十", "百", "\n", "\u3000"]


@budget(120)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.integers(1, 400)), min_size=1, max_size=6))
def test_long_runs_of_one_piece_keep_the_invariants(runs: list[tuple[str, int]]):
    # 400 × `万`, digits, `、`, spaces, brackets nested or not, in any mix
    check_extraction("".join(piece * n for piece, n in runs), NUMERIC)


# -- real pages with random edits --------------------------------------------------------------

# A page in the style of the government pages (column lines, justification spaces, full-width
# forms), so that the edits below also run where ../shared is absent.
PAGE = """ 本报讯 截 至 11 月 ，全 市 发 放 小 额 创 业 贷 款 84 笔 ，贷 款 金 额 3943
万 元 ，同 比 增 长 １２．５％ ，带 动 就 业 1200 余 人 。
全年城镇新增就业 4.5 万人，完成目标任务的 112%，较上年提高 3.82 个百分点；
农村劳动力转移就业 26.5 万户，其中省外就业约 1.1 万余人。
2023 至 2024 年，共建设高标准农田 0.75 万公顷、道路 120 公里，投入资金 16.06
亿元，为期 45 个工作日。
（胡耀华）
"""


@functools.lru_cache(maxsize=1)
def pages() -> tuple[str, ...]:
    """The page above, and the real sample page where ../shared is present (it is optional)."""
    from conftest import SHARED
    real = SHARED / "corpus" / "pages" / "hn-page-01.txt"
    return (PAGE,) + ((real.read_text(encoding="utf-8"),) if real.exists() else ())


EDITS = ["digits", "join", "split", "space", "delete", "insert"]


def edit(text: str, kind: str, at: int, size: int, fill: str) -> str:
    """One random edit at `at`: a changed number, joined or split lines, spaced-out characters..."""
    at %= max(1, len(text))
    if kind == "digits":
        digits = [i for i, c in enumerate(text) if c.isdigit()]
        if not digits:
            return text
        i = digits[at % len(digits)]
        return text[:i] + fill + text[i + 1:]
    if kind == "join":
        i = text.find("\n", at)
        return text if i < 0 else text[:i] + text[i + 1:]
    if kind == "split":
        return text[:at] + "\n" + text[at:]
    if kind == "space":
        piece = text[at:at + size]
        return text[:at] + " ".join(piece) + text[at + size:]
    if kind == "delete":
        return text[:at] + text[at + size:]
    return text[:at] + fill + text[at:]


edits = st.lists(st.tuples(st.sampled_from(EDITS), st.integers(0, 10 ** 6), st.integers(1, 30),
                           st.text(st.sampled_from("0123456789.万亿元%，\n "), min_size=1, max_size=4)),
                 max_size=8)


@budget(300)
@given(st.integers(0, 10 ** 6), st.integers(0, 10 ** 6), edits)
def test_edited_pages_keep_the_invariants(which: int, start: int, changes):
    page = pages()[which % len(pages())]
    # a window of the page keeps each example fast; it starts anywhere, even inside a number
    start %= len(page)
    text = page[start:start + 400]
    for kind, at, size, fill in changes:
        text = edit(text, kind, at, size, fill)
    check_extraction(text)


# -- layout whitespace changes no fact ---------------------------------------------------------

CLAUSES = ["截至{m}月，发放贷款{n}笔，金额{d}万元", "全年新增就业{n}人，增长{d}%", "投入资金{d}亿元",
           "建成道路{n}公里", "为期{n}个工作日", "{y}至{y2}年", "覆盖{n}个村", "约{n}户", "占{d}%",
           "提高{d}个百分点", "共有{n}家企业", "人口{d}万人", "{y}年{m}月{dd}日", "三分之二的村",
           "五个督导组", "一千二百万元"]
SPACES = st.sampled_from([" ", "  ", "\u3000", " \u3000"])


@st.composite
def clean_pages(draw) -> str:
    """A page without layout whitespace: fact-bearing clauses joined into sentences and lines."""
    lines = []
    for _ in range(draw(st.integers(1, 4))):
        clauses = draw(st.lists(st.sampled_from(CLAUSES), min_size=1, max_size=4))
        line = "，".join(c.format(m=draw(st.integers(1, 12)), dd=draw(st.integers(1, 28)),
                                  n=draw(st.integers(0, 99999)), y=draw(st.integers(1990, 2030)),
                                  y2=draw(st.integers(2031, 2040)),
                                  d=draw(st.decimals(0, 9999, places=2, allow_nan=False)))
                         for c in clauses)
        lines.append(line + "。")
    return "\n".join(lines)


def _ascii_word(c: str) -> bool:
    return c.isascii() and c.isalnum()


@budget(450)
@given(clean_pages(), st.data())
def test_layout_whitespace_changes_no_fact(page: str, data):
    spaced = []
    for i, c in enumerate(page):
        spaced.append(c)
        nxt = page[i + 1] if i + 1 < len(page) else "\n"
        # layout spaces go inside a line, never at its start (an indent starts a paragraph) and
        # never between two ASCII words of which one is not a digit ("5 G" is two words)
        between_words = _ascii_word(c) and _ascii_word(nxt) and not (c.isdigit() and nxt.isdigit())
        if c != "\n" and nxt != "\n" and not between_words and data.draw(st.booleans()):
            spaced.append(data.draw(SPACES))
    spaced_page = "".join(spaced)
    clean = check_extraction(page, NUMERIC)
    assert fact_shape(check_extraction(spaced_page, NUMERIC)) == fact_shape(clean)


def test_the_sample_page_without_its_layout_spaces_has_the_same_facts():
    # numeric facts only: a space between two names in a byline (`陈科翔 杜 璇`) is a separator,
    # not layout, and removing it rightly changes the persons found
    for page in pages():
        squeezed = "\n".join(_drop_inner_spaces(line) for line in page.split("\n"))
        assert fact_shape(check_extraction(squeezed)) == fact_shape(check_extraction(page))


def _drop_inner_spaces(line: str) -> str:
    """A line without its layout spaces: the indent and spaces between ASCII words stay."""
    body = line.lstrip()
    out = [line[:len(line) - len(body)]]
    for i, c in enumerate(body):
        if c.isspace():
            before = out[-1][-1:] if out[-1] else ""
            after = body[i + 1:].lstrip()[:1]
            if not (_ascii_word(before) and _ascii_word(after) and not (before.isdigit() and after.isdigit())):
                continue
        out.append(c)
    return "".join(out)
