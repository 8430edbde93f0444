"""unit_amounts finds what the pattern of the unit found (one pattern compiled once, not one a unit)."""
import random
import re

import pytest

from extractor.unit_amounts import unit_amounts


def _by_pattern(text: str, unit: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(f"\\d[\\d.]*{re.escape(unit)}", text[lo:hi])]


@pytest.mark.parametrize("text, unit, found", [
    ("湄江街道168万元黄家坝街道142.5万元合计310.5万元", "万元", [(4, 9), (14, 21), (23, 30)]),
    ("增长.5万元", "万元", [(3, 6)]),  # (the point before the digits is no part of the figure)
    ("168元、142万元", "万元", [(5, 10)]),  # negative: 168元 is in another unit
    ("１６８万元", "万元", [(0, 5)]),  # full-width digits are digits
    ("共3至5万元", "至5万元", [(1, 6)]),  # a unit with a digit: the pattern's own search
    ("5万元万元", "万元", [(0, 3)]),
])
def test_examples(text: str, unit: str, found: list[tuple[int, int]]) -> None:
    assert unit_amounts(text, unit, 0, len(text)) == found == _by_pattern(text, unit, 0, len(text))


def test_a_stretch_counts_from_its_start_and_ends_at_its_end() -> None:
    text = "前文12万元，本行168万元142万"
    assert unit_amounts(text, "万元", 7, len(text) - 1) == [(2, 7)] == _by_pattern(text, "万元", 7, len(text) - 1)


def test_same_as_the_pattern_on_random_text() -> None:
    rng = random.Random(21)
    alphabet = "0123456789.１２万元人%个至、"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        unit = rng.choice(["万元", "元", "人", "%", "个", "万", "至5万", ".元", "万元人"])
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        assert unit_amounts(text, unit, lo, hi) == _by_pattern(text, unit, lo, hi), (text, unit, lo, hi)
