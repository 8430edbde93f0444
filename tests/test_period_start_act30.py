"""time_exprs_words.starts_act (session 30, period30): a date opened by 从/自 and closed by 起 or 开始 alone is the
start of an act unless its sentence tells a run up to now or its paragraph the years spent; own words."""
from __future__ import annotations

from extractor.time_exprs_words import starts_act


def _after(text: str, date: str) -> int:
    return text.index(date) + len(date)


def test_a_start_before_one_act_is_an_act() -> None:
    text = "从１９９１年起，该乡修建了４座小水库。"
    assert starts_act(text, _after(text, "１９９１年"))
    text = "自去年５月开始，某厂把车间分成６个班组。"
    assert starts_act(text, _after(text, "５月"))


def test_a_since_or_a_run_is_no_act() -> None:
    for text, date in [("从１９９１年以来，该乡修建了４座小水库。", "１９９１年"),
                       ("从１９９１年起至今，该乡修建了４座小水库。", "１９９１年"),
                       ("从１９９１年起，该乡共修建了４座小水库。", "１９９１年"),
                       ("从１９９１年起，该乡陆续修建了４座小水库。", "１９９１年"),
                       ("从１９９１年开始，这里的水产养殖越来越兴旺。", "１９９１年"),
                       ("从１９９１年开始，他带人修水库。一干就是６年，修成４座。", "１９９１年"),
                       ("１９９１年，该乡修建了４座小水库。", "１９９１年")]:
        assert not starts_act(text, _after(text, date)), text


def test_a_point_after_the_start_is_no_years_spent() -> None:
    text = "从１９９１年起，该乡扶持３户养牛，两年后３户全部还清贷款。"
    assert starts_act(text, _after(text, "１９９１年"))
