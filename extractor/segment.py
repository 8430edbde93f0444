"""jieba, owned by the pipeline: its own Tokenizer (never the process-wide global) and a
dictionary cache that lives wherever a directory is writable, or nowhere (read-only /tmp)."""
from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

import jieba

_log = logging.getLogger("jieba")


def cache_dir() -> str | None:
    """The first writable directory of: $EXTRACTOR_CACHE_DIR, ~/.cache/extractor, the temp dir."""
    candidates = [os.environ.get("EXTRACTOR_CACHE_DIR"), str(Path.home() / ".cache" / "extractor"),
                  tempfile.gettempdir()]
    for c in candidates:
        if not c:
            continue
        try:
            os.makedirs(c, exist_ok=True)
        except OSError:
            continue
        if os.access(c, os.W_OK):
            return c
    return None


class Segmenter:
    """A jieba tokenizer of this pipeline's own, initialized lazily and quietly."""

    def __init__(self, user_words: list[str] | None = None) -> None:
        self.tokenizer = jieba.Tokenizer()
        where = cache_dir()
        if where is not None:
            self.tokenizer.tmp_dir = where
        self._user_words = user_words or []
        self._ready = False
        self._pos = None  # jieba.posseg loads its HMM tables on import: only when asked

    def _init(self) -> None:
        if self._ready:
            return
        level = _log.level
        # jieba logs its dictionary build on stderr, and logs an error where no cache can be
        # written; neither is the user's concern
        _log.setLevel(logging.CRITICAL)
        try:
            self.tokenizer.initialize()
        finally:
            _log.setLevel(level)
        for w in self._user_words:
            self.tokenizer.add_word(w)
        self._ready = True

    def cut(self, text: str) -> list[str]:
        self._init()
        return self.tokenizer.lcut(text, HMM=True)

    def pos(self, text: str) -> list[tuple[str, str]]:
        """(word, part-of-speech) pairs from jieba.posseg over this tokenizer."""
        self._init()
        if self._pos is None:
            import jieba.posseg
            self._pos = jieba.posseg.POSTokenizer(self.tokenizer)
        return [(p.word, p.flag) for p in self._pos.lcut(text)]
