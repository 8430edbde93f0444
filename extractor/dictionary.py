"""jieba's dictionary (dict.txt: word, frequency, part of speech) and its part-of-speech HMM,
read straight from jieba's package files without importing jieba.

`import jieba.posseg` costs a second: it builds a process-wide tagger that reads the dictionary
a line at a time, and jieba's own Tokenizer loads a table of every word and every prefix of a
word (half a million entries, 0.6 s, 55 MB). The pipeline cuts with rjieba, which holds the same
dictionary; it needs from jieba only each word's tag, the frequencies of the few words inside a
word the dictionary lacks, and posseg's HMM tables. One split of the file gives the first two
in a fifth of the time and half the memory."""
from __future__ import annotations

import importlib.util
import sys
from functools import lru_cache
from pathlib import Path

# jieba.posseg's HMM tables, by the module that holds each
_HMM_TABLES = ("char_state_tab", "prob_start", "prob_trans", "prob_emit")


def jieba_dir() -> Path:
    """jieba's package folder, found without importing jieba (0.2 s: pkg_resources)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.origin:
        raise ImportError("jieba is not installed")
    return Path(spec.origin).parent


class Dictionary:
    """Tags and frequencies of jieba's default dictionary, with jieba's rules for a word written
    twice (the last line wins; the total counts both)."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or jieba_dir() / "dict.txt"
        fields = path.read_bytes().decode("utf-8").split()
        if len(fields) % 3:
            raise ValueError(f"{path}: not a jieba dictionary (word freq tag a line)")
        self.words = fields[0::3]
        # few distinct tags: one string each, not one per word
        self.tags: dict[str, str] = dict(zip(self.words, map(sys.intern, fields[2::3])))
        self._freq_text = fields[1::3]
        self._freq: dict[str, int] | None = None
        self._total = 0
        self.max_len = max(map(len, self.words))
        # jieba counts a word at frequency 0 as no word (its table's prefixes are at 0); the
        # default dictionary has none, so is_word needs no table of frequencies for it
        self._zero = {w for w, f in zip(self.words, self._freq_text) if int(f) == 0} if "0" in self._freq_text else set()

    def freqs(self) -> dict[str, int]:
        """Each word's frequency. Built on the first word the dictionary lacks: a page of known
        words never needs it."""
        if self._freq is None:
            counts = list(map(int, self._freq_text))
            self._total = sum(counts)
            self._freq = dict(zip(self.words, counts))
            self._freq_text = []
        return self._freq

    def is_word(self, word: str) -> bool:
        """Whether jieba reads the string as a word (a frequency above 0): freq(word) > 0."""
        return word in self.tags and word not in self._zero

    def freq(self, word: str) -> int:
        """The word's frequency; 0 for a string that is no word of the dictionary."""
        return self.freqs().get(word, 0)

    @property
    def total(self) -> int:
        self.freqs()
        return self._total


@lru_cache(maxsize=1)
def default_dictionary() -> Dictionary:
    return Dictionary()


@lru_cache(maxsize=1)
def hmm_tables() -> tuple[dict, dict, dict, dict]:
    """jieba.posseg's (char_state_tab_P, start_P, trans_P, emit_P): the package's own objects
    where it is imported already, else its table modules run on their own (their compiled
    files are used), without jieba.posseg's import."""
    posseg = sys.modules.get("jieba.posseg")
    if posseg is not None:
        return posseg.char_state_tab_P, posseg.start_P, posseg.trans_P, posseg.emit_P
    folder = jieba_dir() / "posseg"
    out = []
    for name in _HMM_TABLES:
        spec = importlib.util.spec_from_file_location(f"_extractor_posseg_{name}", folder / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        out.append(module.P)
    return tuple(out)
