import re

from extractor.word_starts import starts_scanner


def _starts(p: re.Pattern, text: str) -> list[int]:
    return [m.start() for m in p.finditer(text)]


def test_same_starts_as_the_lookahead_overlapping_words_too():
    ahead = re.compile("(?=(?:去年|年底|今年以来|年))")
    fast = starts_scanner(ahead)
    assert fast is not ahead
    text = "去年底产量增长，今年以来又增加了一年。\n年"
    assert _starts(fast, text) == _starts(ahead, text) == [0, 1, 8, 9, 17, 20]


def test_no_start_where_no_word():
    ahead = re.compile("(?=(?:去年|今年))")
    assert _starts(starts_scanner(ahead), "明年和后年") == []


def test_other_patterns_kept_as_they_are():
    for p in (re.compile("去年"), re.compile("(?=.年)"), re.compile("(?=(?P<y>年)(?P=y))"),
              re.compile("(?=(?:年)?)"), re.compile("(?i)(?=km)")):
        assert starts_scanner(p) is p
