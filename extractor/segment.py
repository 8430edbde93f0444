"""jieba, owned by the pipeline. rjieba (jieba-rs: the same dictionary and algorithm, 15x faster,
identical cuts on 1 MiB of People's Daily) cuts and, from its copy of jieba's dictionary, gives
the tags (jieba's dictionary is read into Python only for a segmenter with words of its own, or
for the frequencies of a new word with Latin letters or digits in it); posseg's HMM, run by
tagger.py (3-4x faster, the same answers), tags the words the dictionary lacks. Both are the pipeline's own instances, never the process-wide globals. jieba itself is
imported only for a segmenter with words of its own (jieba's Tokenizer then holds them); its
dictionary cache lives wherever a directory is writable, or nowhere (read-only /tmp)."""
from __future__ import annotations

import importlib.machinery
import importlib.util
import logging
import os
import re
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Mapping

from .rjieba_words import RustWords

_log = logging.getLogger("jieba")
_UNKNOWN_CACHE = 50_000
# jieba's HMM copies its path at every step: a run of Chinese characters without punctuation
# costs time in the square of its length. Real clauses are far shorter than this; longer runs
# (a page of one repeated character) are cut into pieces of this length before jieba sees them.
MAX_RUN = 200
_LONG_RUN = re.compile("[\u4e00-\u9fff]{%d,}" % (MAX_RUN + 1))
# the test for one: a long run starts the text or follows another character (a search for the
# run itself read every run again from each of its characters: twice the time)
_LONG_RUN_AFTER = re.compile("[^\u4e00-\u9fff][\u4e00-\u9fff]{%d}" % (MAX_RUN + 1))


def pieces(text: str) -> list[str]:
    """The text, with runs of Chinese characters longer than MAX_RUN cut into pieces."""
    if not (_LONG_RUN.match(text) or _LONG_RUN_AFTER.search(text)):
        return [text]
    out, pos = [], 0
    for m in _LONG_RUN.finditer(text):
        out.append(text[pos:m.start()])
        run = m.group()
        out += [run[i:i + MAX_RUN] for i in range(0, len(run), MAX_RUN)]
        pos = m.end()
    out.append(text[pos:])
    return [p for p in out if p]
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _ascii_tag(word: str) -> str:
    """posseg's tags for what is not Chinese: numbers m, Latin eng, whitespace and signs x."""
    if word.replace(".", "", 1).isdigit():
        return "m"
    if word.isascii() and word.isalpha():
        return "eng"
    return "x"


# the tags of the signs, numbers and Latin words pages write (a page's commas and digits recur:
# a look-up here is a tenth of the checks that give them)
_PLAIN: dict[str, str] = {}


def _plain_tag(word: str) -> str:
    """_ascii_tag, remembered."""
    if len(_PLAIN) >= _UNKNOWN_CACHE:
        _PLAIN.clear()
    tag = _PLAIN[word] = _ascii_tag(word)
    return tag


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


# rjieba is given a page a chunk at a time, so that its list of words (a string object each)
# stays small on a long page; a chunk ends after a line break, where jieba's cut ends a block
# anyway (not after \r, which jieba keeps with the \n that follows)
_CHUNK = 1 << 15


def chunks(text: str) -> Iterator[str]:
    """The text in pieces of about _CHUNK characters, each ending after a \n."""
    start, n = 0, len(text)
    while n - start > _CHUNK:
        cut = text.find("\n", start + _CHUNK)
        while cut > 0 and text[cut - 1] == "\r":
            cut = text.find("\n", cut + 1)
        if cut < 0:
            break
        yield text[start:cut + 1]
        start = cut + 1
    yield text[start:]


def rjieba_module():
    """rjieba's compiled module. `import rjieba` would also build the package's process-wide
    segmenter, a second copy of the dictionary that the pipeline never uses: the module is
    loaded on its own, under its own name, so that a later `import rjieba` finds it."""
    module = sys.modules.get("rjieba.rjieba")
    if module is not None:
        return module
    spec = importlib.util.find_spec("rjieba")
    folder = Path(spec.submodule_search_locations[0]) if spec and spec.submodule_search_locations else None
    found = [folder / f"rjieba{suffix}" for suffix in importlib.machinery.EXTENSION_SUFFIXES] if folder else []
    found = [p for p in found if p.exists()]
    if not found:
        import rjieba  # laid out otherwise: the ordinary import
        return sys.modules["rjieba.rjieba"]
    loader = importlib.machinery.ExtensionFileLoader("rjieba.rjieba", str(found[0]))
    module = importlib.util.module_from_spec(importlib.util.spec_from_file_location("rjieba.rjieba", found[0], loader=loader))
    sys.modules["rjieba.rjieba"] = module
    try:
        loader.exec_module(module)
    except BaseException:
        del sys.modules["rjieba.rjieba"]
        raise
    return module


@lru_cache(maxsize=1)
def _default_cutter():
    """The process's rjieba segmenter over jieba's default dictionary, shared by every Segmenter
    without words of its own (the names', the metric's, the audit checks'): they only cut and
    tag with it, and each building its own was five dictionaries in a batch worker (0.5 s of
    CPU and 125 MB before its pages, and two in an all-types `extract`)."""
    return rjieba_module().Jieba()


def _unknown_tagger(words, cut):
    from .tagger import UnknownTagger
    return UnknownTagger(words, cut)


class _Shared:
    """What the segmenters without words of their own (the names', the metric's) learn of the
    words they meet, held once for all of them: the default dictionary's answers do not depend
    on the segmenter. Each holding its own was every word of a page looked up, and every new
    word tagged by the HMM, once more by the metric's segmenter, and a second copy of dict.txt
    (5 MB) read."""

    def __init__(self) -> None:
        self.unknown_tags: dict[str, list[tuple[str, str]]] = {}
        self.flag_of: dict[str, str] = {}
        self._words: RustWords | None = None
        self._tagger = None

    def words(self) -> RustWords:
        if self._words is None:
            from .dictionary import default_dictionary
            self._words = RustWords(_default_cutter(), default_dictionary)
        return self._words

    def tagger(self):
        if self._tagger is None:
            self._tagger = _unknown_tagger(self.words(), _default_cutter().cut)
        return self._tagger


_SHARED = _Shared()


def shared_words() -> RustWords:
    """jieba's default dictionary as rjieba answers it (a word's tag, whether a string is a word),
    shared by the default segmenters and the name finders."""
    return _SHARED.words()


class Segmenter:
    """A jieba segmenter of this pipeline's own, initialized lazily and quietly."""

    def __init__(self, user_words: list[str] | None = None) -> None:
        self._user_words = list(user_words or [])
        self._tokenizer = None
        self._ready = False
        self._pos = None  # posseg over jieba's Tokenizer: only for a segmenter with words of its own
        self._rust = None
        self._dictionary = None
        self._words: RustWords | None = None
        self._tagger = None
        # what the segmenter remembers of the words it met: a new word's HMM tags, and the tag of
        # each word that is a token of its own (a dictionary word, a sign, a number). The same
        # answers for every segmenter without words of its own: those share them (see _Shared)
        shared = None if self._user_words else _SHARED
        self._unknown_tags: dict[str, list[tuple[str, str]]] = shared.unknown_tags if shared else {}
        self._flag_of: dict[str, str] = shared.flag_of if shared else {}

    @property
    def tokenizer(self):
        """jieba's own Tokenizer (importing jieba: 0.2 s), made when first asked for."""
        if self._tokenizer is None:
            import jieba
            self._tokenizer = jieba.Tokenizer()
            where = cache_dir()
            if where is not None:
                self._tokenizer.tmp_dir = where
        return self._tokenizer

    def _cutter(self):
        """rjieba's segmenter, built on first use (its dictionary: 0.1 s, 25 MB); one for the
        whole process among the segmenters without words of their own (see _default_cutter)."""
        if self._rust is None:
            if not self._user_words:
                self._rust = _default_cutter()
                return self._rust
            rust = rjieba_module().Jieba()
            for w in self._user_words:
                rust.add_word(w, None, None)
            self._rust = rust
        return self._rust

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
        cut = self._cutter().cut
        return [w for piece in pieces(text) for w in cut(piece, True)]

    def pos(self, text: str) -> list[tuple[str, str]]:
        """(word, part-of-speech) pairs: jieba's segmentation and dictionary tags.

        A word the dictionary does not know (new names: 田灿灿, 严腾飞) is tagged by
        jieba.posseg's HMM, one short word at a time; posseg over a whole page would be 15x
        slower than cutting it."""
        # columns() gives one string object a distinct word and a tag: rjieba's own pairs
        # were two new strings a word, 60 MB more on a page of a million characters
        words, tags = self.columns(text)
        return list(zip(words, tags))

    def columns(self, text: str) -> tuple[list[str], list[str]]:
        """pos() as two lists, words and tags, with one string object for each distinct word:
        a long page holds its words once each, not once a mention."""
        if not self._user_words and self._dictionary is None:
            # rjieba's copy of the dictionary, one look-up a distinct word (see rjieba_words.py)
            rust_words = self._rust_words()
            tags, learn, flag_of = rust_words.known, rust_words.learn, self._flag_of
        else:
            tags, learn, flag_of = self.dictionary_tags(), None, {}
        cut = self._cutter().cut
        words: list[str] = []
        flags: list[str] = []
        same: dict[str, str] = {}
        one = same.setdefault
        flag = flag_of.get
        for chunk in chunks(text):
            for piece in pieces(chunk):
                cut_words = cut(piece, True)
                # the words met before, a token each, are looked up at C speed (a Python step
                # for each of a page's tokens was most of this loop's time); a word met for the
                # first time, or one the HMM cuts again, is read below and remembered
                known = list(map(flag, cut_words))
                at, n = 0, len(cut_words)
                known.append(None)  # a miss past the end: index() always finds one (no ValueError)
                while at < n:
                    miss = known.index(None, at)
                    if miss > at:
                        run = cut_words[at:miss]
                        words += map(one, run, run)
                        flags += known[at:miss]
                    if miss < n:
                        self._tokens(cut_words[miss], tags, learn, flag_of, words, flags, one)
                    at = miss + 1
        return words, flags

    def _tokens(self, word: str, tags, learn, flag_of: dict[str, str], words: list[str],
                flags: list[str], one) -> None:
        """The tokens and tags of one word of the cut, appended; the tag of a word that stays one
        token is remembered in flag_of."""
        tag = tags.get(word)
        if tag is None and learn is not None:
            tag = learn(word)
        if not tag:
            tag = _PLAIN.get(word)
        if not tag and _CJK.search(word):
            for w, t in self._unknown(word):
                words.append(one(w, w))
                flags.append(one(t, t))
            return
        if not tag:
            tag = _plain_tag(word)
        if len(flag_of) >= _UNKNOWN_CACHE:
            flag_of.clear()
        flag_of[word] = tag
        words.append(one(word, word))
        flags.append(tag)

    def dictionary_tags(self) -> Mapping[str, str]:
        """The part of speech of every word of jieba's dictionary (posseg's table; for a
        segmenter without words of its own, rjieba's copy of it while the table is not loaded)."""
        if self._user_words:
            if self._pos is None:
                from .tagger import FastPOSTokenizer
                self._pos = FastPOSTokenizer(self.tokenizer)
            return self._pos.word_tag_tab
        if self._dictionary is not None:
            return self._dictionary.tags
        return self._rust_words()

    def _rust_words(self) -> RustWords:
        if self._words is None:
            self._words = _SHARED.words() if not self._user_words else RustWords(self._cutter(), self._jieba_dictionary)
        return self._words

    def _jieba_dictionary(self):
        if self._dictionary is None:
            from .dictionary import default_dictionary
            self._dictionary = default_dictionary()
        return self._dictionary

    def _unknown(self, word: str) -> list[tuple[str, str]]:
        """posseg's tagging of a word the dictionary lacks; remembered, since names recur."""
        tagged = self._unknown_tags.get(word)
        if tagged is None:
            if len(self._unknown_tags) >= _UNKNOWN_CACHE:
                self._unknown_tags.clear()
            if self._user_words:
                self._init()  # posseg cuts with jieba's own dictionary, which holds the words
                tagged = [(p.word, p.flag) for p in self._pos.lcut(word)]
            else:
                if self._tagger is None:
                    # rjieba's own route through the word: no table of frequencies (see tagger.py)
                    self._tagger = _SHARED.tagger() if self._dictionary is None else \
                        _unknown_tagger(self._dictionary, self._cutter().cut)
                tagged = self._tagger.lcut(word)
            self._unknown_tags[word] = tagged
        return tagged
