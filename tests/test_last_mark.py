"""clauses.last_mark finds what max(text.rfind(m, lo, hi) for m in marks) found, faster."""
import random

import pytest

from extractor.clauses import last_mark


def _by_rfind(text: str, marks, lo: int, hi: int) -> int:
    return max(text.rfind(m, lo, hi) for m in marks)


@pytest.mark.parametrize("text, marks, lo, hi, found", [
    ("增长5%，比上年多3个。其中", "，。", 0, 14, 11),
    ("增长5%，比上年多3个。其中", "，。", 0, 11, 4),
    ("增长5%，比上年多3个", "。！？", 0, 11, -1),  # negative: no sentence end before
    ("增长5%，比上年多3个", "，", 5, 11, -1),  # negative: the comma stands before lo
    ("增长5%，比上年", "，", 0, 99, 4),  # hi past the end reads to the end
    ("甲；乙：丙", ("；", "："), 0, 5, 3),  # marks as a tuple (a data file's list)
    ("甲其中乙", ("其中", "；"), 0, 4, 1),  # a mark of two characters: as rfind finds it
])
def test_examples(text: str, marks, lo: int, hi: int, found: int) -> None:
    assert last_mark(text, marks, lo, hi) == found == _by_rfind(text, marks, lo, hi)


def test_same_as_rfind_on_random_text() -> None:
    rng = random.Random(21)
    for _ in range(5000):
        text = "".join(rng.choice("，。；\n甲乙12、") for _ in range(rng.randint(0, 25)))
        marks = rng.choice(["，。", "；\n", "。！？\n", ("；", "："), "、"])
        lo, hi = rng.randint(-30, 30), rng.randint(-30, 30)
        assert last_mark(text, marks, lo, hi) == _by_rfind(text, marks, lo, hi), (text, marks, lo, hi)
