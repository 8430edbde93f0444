"""What one number of a sentence measures, as the tests of the metric readers ask it: the shared
helper of tests/test_metric22*.py, test_fixnonfacts22.py and test_metric_bracket.py."""
from __future__ import annotations

from collections.abc import Sequence

from extractor.page import Page
from extractor.pipeline import page_records


def metric_of(sentence: str, text: str, types: Sequence[str] = ("money", "count", "percent")) -> str | None:
    """The metric of the record whose text is `text` (the first), reading only `types`."""
    facts = page_records(Page.read(sentence, "example"), list(types), None, scope=False)
    match = [f for f in facts if f["text"] == text]
    assert match, [f["text"] for f in facts]
    return match[0]["metric"]
