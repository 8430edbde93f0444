"""measures.py: what two numbers measure (names cut into phrases, shared nouns, kinds of a category set)."""
from __future__ import annotations

from extractor.audit.measures import alike, is_named_total, kind_of, phrases, shared_noun
from extractor.audit.model import PageView
from extractor.page import Page
from extractor.pipeline import load, run
from extractor.records import NUMERIC_TYPES


def _view(text: str) -> PageView:
    page = Page.read(text, "t")
    return PageView(page, run(load(NUMERIC_TYPES), page))


def _num(view: PageView, written: str):
    return next(n for n in view.nums if n.text == written)


def test_phrases_drop_joining_and_total_words() -> None:
    assert phrases("拥有的邮路总长") == ["邮路"]
    assert "骨干企业" in phrases("大型商场和连锁便民的骨干企业的贷款")


def test_shared_noun_prefers_the_noun_that_ends_the_names() -> None:
    v = _view("该行累计发放贷款96亿元。仅对连锁超市的贷款就达30亿元。")
    assert shared_noun(v, _num(v, "96亿元"), _num(v, "30亿元")) == "贷款"


def test_no_shared_noun_between_other_things() -> None:
    v = _view("今年进口总额达480亿美元，利用外资210亿美元。")
    assert shared_noun(v, _num(v, "480亿美元"), _num(v, "210亿美元")) == ""


def test_kind_of_a_category_set_both_ways() -> None:
    v = _view("全县有贫困人口8.4万人、特困人口1.3万人。")
    whole, part = _num(v, "8.4万人"), _num(v, "1.3万人")
    assert kind_of(v, part, whole) == ("贫困人口", "特困人口")
    assert kind_of(v, whole, part) is None


def test_alike_needs_one_unit_and_period() -> None:
    v = _view("1996年全省新建公路320公里。1997年新建公路410公里，新建桥梁12座。")
    a, b, c = _num(v, "320公里"), _num(v, "410公里"), _num(v, "12座")
    assert not alike(b, c)
    assert not alike(a, b)  # two years
    assert is_named_total("外债总额") and not is_named_total("短期外债")
