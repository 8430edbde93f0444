"""A renamed unit named by its former short form is the figure's place under its former name, as written
in full it is (extractor/old_short_names.py; bench/gold/README.md: the area as named in the text)."""
from __future__ import annotations

from extractor.api import extract_text


def places(text: str) -> dict[str, str | None]:
    return {f.text: f.place for f in extract_text(text, "19980110-11-901") if f.type == "money"}


def test_a_former_short_form_keeps_the_former_name() -> None:
    text = "乘车受伤获赔\n旅客张某回襄樊途中受伤，襄樊铁路分局赔偿他４５００元。\n"
    assert places(text)["４５００元"] == "襄樊市"
    # as the full former name written is kept
    text = "乘车受伤获赔\n旅客张某在襄樊市受伤，获赔４５００元。\n"
    assert places(text)["４５００元"] == "襄樊市"


def test_a_current_short_form_gives_the_current_name() -> None:
    # negative: a short form of a unit not renamed is its full name of today
    text = "乘车受伤获赔\n旅客张某回铜仁途中受伤，获赔４５００元。\n"
    assert places(text)["４５００元"] == "铜仁市"
