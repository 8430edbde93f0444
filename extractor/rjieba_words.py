"""jieba's default dictionary as the tagger and the name finders ask of it (a word's tag, whether
a string is a word), answered from rjieba's copy of it and, for the few words rjieba would cut
again, from their own lines of dict.txt: a run then never reads the whole dictionary into
Python (0.2 s). segment.py's Segmenter holds one."""
from __future__ import annotations

from typing import Mapping

_KNOWN_CACHE = 200_000  # strings whose dictionary tag (or absence) RustWords remembers
_TAGS: dict[str, str] = {}  # one string object for each part of speech


class RustWords(Mapping[str, str]):
    """What UnknownTagger and the name finders ask of jieba's default dictionary (a word's tag,
    whether a string is a word), answered by rjieba's copy of it, so that a run does not read the
    dictionary into Python (0.2 s). rjieba tags a word it keeps whole
    with the dictionary's tag; a word it would cut again (8,000 of 349,000) has its tag read from
    its own line of dict.txt (the last, as jieba's table keeps). The frequencies of the route
    through a block with Latin letters or digits are the full table's. is_word is has_word:
    jieba's default dictionary has no word of frequency 0 (tests/test_segment.py)."""

    def __init__(self, rust, full) -> None:
        self._rust = rust
        self._full = full  # () -> dictionary.Dictionary, loaded only when asked for
        self._lines = DictionaryLines()
        self.known: dict[str, str] = {}  # tags of the strings asked about ("": no word)
        self.tags = self

    def learn(self, word: str) -> str:
        """The word's tag, "" for a string that is no word of the dictionary; remembered (the
        words of a run's pages recur: one call to rjieba a distinct word, not one a mention)."""
        if not self._rust.has_word(word):
            tag = ""
        else:
            tagged = self._rust.tag(word, False)
            tag = tagged[0][1] if len(tagged) == 1 else self._lines.tag(word) or ""
            tag = _TAGS.setdefault(tag, tag)
        if len(self.known) >= _KNOWN_CACHE:
            self.known.clear()
        self.known[word] = tag
        return tag

    def get(self, word: str, default: str | None = None) -> str | None:
        if not isinstance(word, str):
            return default
        tag = self.known.get(word)
        if tag is None:
            tag = self.learn(word)
        return tag or default

    def __getitem__(self, word: str) -> str:
        tag = self.get(word)
        if tag is None:
            raise KeyError(word)
        return tag

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._rust.has_word(word)

    def __iter__(self):
        return iter(self._full().tags)

    def __len__(self) -> int:
        return len(self._full().tags)

    def is_word(self, word: str) -> bool:
        return self._rust.has_word(word)

    def freqs(self) -> dict[str, int]:
        return self._full().freqs()

    def freq(self, word: str) -> int:
        """The word's frequency, 0 for no word: read from its own line of dict.txt, so that asking
        about a few words does not load the whole table (0.6 s)."""
        return self._lines.freq(word) if self._rust.has_word(word) else 0

    @property
    def max_len(self) -> int:
        return self._full().max_len

    @property
    def total(self) -> int:
        return self._full().total


class DictionaryLines:
    """The tag of one word from its line of jieba's dict.txt ("word freq tag"): a word rjieba
    does not keep whole is asked about a few hundred times a run, where splitting the file into
    a table is 0.2 s. The file is in byte order but for a few lines (words with Latin letters
    first), so a word is looked for by bisection and, where that misses, by a search of the
    whole file (3 ms); a word written twice keeps its last line, as jieba's table does (every
    word of the dictionary: tests/test_segment.py). Answers are remembered. The file (5 MB) is
    read with the segmenter's first page, not with the first word a page asks about: a mapped
    file grows the process by what each bisection touches and the kernel reads ahead, during
    the page, where a read is part of the process's base."""

    def __init__(self) -> None:
        from .dictionary import jieba_dir
        self._data = (jieba_dir() / "dict.txt").read_bytes()
        self._known: dict[str, str | None] = {}

    def tag(self, word: str) -> str | None:
        if word in self._known:
            return self._known[word]
        at = self._line_of(word)
        tag = self._field(at) if at >= 0 else None
        self._known[word] = tag
        return tag

    def freq(self, word: str) -> int:
        """The frequency on the word's (last) line, 0 where it has none."""
        at = self._line_of(word)
        if at < 0:
            return 0
        end = self._data.find(b"\n", at)
        fields = self._data[at:end if end >= 0 else len(self._data)].split()
        return int(fields[1]) if len(fields) >= 2 else 0

    def _line_of(self, word: str) -> int:
        """The start of the word's last line, or -1."""
        key = word.encode("utf-8")
        at = self._bisect(key)
        if at < 0:
            at = self._data.rfind(b"\n" + key + b" ")
            at = at + 1 if at >= 0 else 0 if self._data[:len(key) + 1] == key + b" " else -1
        return at

    def _line_at(self, pos: int) -> tuple[int, bytes]:
        """The start and word of the line around pos."""
        data = self._data
        start = data.rfind(b"\n", 0, pos + 1) + 1
        end = data.find(b" ", start)
        return start, data[start:end if end >= 0 else start]

    def _bisect(self, key: bytes) -> int:
        """The start of the word's last line in a run of lines in order, or -1."""
        data = self._data
        lo, hi = 0, len(data)
        while lo < hi:
            mid = (lo + hi) // 2
            start, word = self._line_at(mid)
            if word == key:
                while True:  # a word written twice: its lines stand together, the last counts
                    nxt = data.find(b"\n", start) + 1
                    if nxt <= 0 or self._line_at(nxt)[1] != key:
                        return start
                    start = nxt
            if word < key:
                nxt = data.find(b"\n", start)
                if nxt < 0:
                    return -1
                lo = nxt + 1
            else:
                hi = start - 1 if start > lo else lo
        return -1

    def _field(self, start: int) -> str | None:
        end = self._data.find(b"\n", start)
        fields = self._data[start:end if end >= 0 else len(self._data)].split()
        return fields[2].decode("utf-8") if len(fields) == 3 else None
