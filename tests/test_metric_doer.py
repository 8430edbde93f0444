"""metric_words.without_doer: a pronoun opening a phrase as its doer goes, unless nothing named is left without it."""
from __future__ import annotations

from extractor.api import extract_text


def _metric(text: str, quote: str) -> str | None:
    return next(f.metric for f in extract_text(text, "19980108-02-003") if f.text == quote)


def test_a_share_verb_and_its_whole_left_without_the_pronoun_say_nothing() -> None:
    # 占 + the whole: the part is the subject, the pronoun the only one there is
    assert _metric("他们仅占全村人口的３％。", "３％") == "他们"
    assert _metric("她们约占全厂职工的４０％。", "４０％") == "她们"
    # unchanged: a noun subject before 占 is the part
    assert _metric("蔬菜大棚仅占全村耕地的３０％。", "３０％") == "蔬菜大棚"


def test_a_pronoun_before_a_verb_and_what_it_pays_goes() -> None:
    # unchanged: what is raised names what is counted; 占地 is no share verb
    assert _metric("他们又筹集资金５万元。", "５万元") == "资金"
    assert _metric("他们占地５０亩。", "５０亩") != "他们"
