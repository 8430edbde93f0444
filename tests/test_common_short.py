"""A county short form that is a common word (富民, 工农) is checked against rjieba's copy of jieba's
dictionary: its tag and its frequency from its own line of dict.txt, never the whole table."""
from __future__ import annotations

import subprocess
import sys

from extractor.dictionary import default_dictionary
from extractor.segment import shared_words


def test_frequencies_from_lines_are_the_tables() -> None:
    words, table = shared_words(), default_dictionary()
    sample = table.words[::997] + ["富民", "工农", "示范区", "石门"]
    assert [words.freq(w) for w in sample] == [table.freq(w) for w in sample]
    # negative: a string that is no word has frequency 0
    assert words.freq("不是一个词语吧") == 0


def test_checking_a_common_short_form_does_not_load_the_table() -> None:
    code = ("from extractor.api import extract_text\n"
            "import extractor.dictionary as d\n"
            "extract_text('今年，常德市石门县新建学校3所，富民政策落实到位。', 'x')\n"
            "print(d.default_dictionary.cache_info().currsize)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0"
