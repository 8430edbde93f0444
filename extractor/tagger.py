"""jieba.posseg's tagging of the words jieba's dictionary lacks: the same model and the same
answers, 3-4x faster, and without importing jieba.posseg (a second: see dictionary.py).

The HMM: jieba compares every state with all 256 states before it; a state can only follow the
few whose transitions name it (20 on average), so only those are compared. The cut around it
(UnknownTagger) is posseg's, step by step, over the dictionary's frequencies."""
from __future__ import annotations

import re
from math import log
from typing import TYPE_CHECKING, Iterator

from .dictionary import Dictionary, hmm_tables

if TYPE_CHECKING:
    from jieba.posseg import pair

State = tuple[str, str]  # (B/M/E/S, part of speech)
MIN_FLOAT = -3.14e100  # jieba's log probability of an emission it never saw
MIN_INF = float("-inf")
char_state_tab_P, start_P, trans_P, emit_P = hmm_tables()
_ALL = trans_P.keys()

# posseg's own patterns (jieba/posseg/__init__.py), as it writes them
_HAN_DETAIL = re.compile("([\u4E00-\u9FD5]+)")
_SKIP_DETAIL = re.compile(r"([\.0-9]+|[a-zA-Z0-9]+)")
_HAN_INTERNAL = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._]+)")
_SKIP_INTERNAL = re.compile(r"(\r\n|\s)")
_ENG = re.compile("[a-zA-Z0-9]+")
_NUM = re.compile(r"[\.0-9]+")


def _predecessors() -> dict[State, dict[State, float]]:
    before: dict[State, dict[State, float]] = {y: {} for y in trans_P}
    for y0, nexts in trans_P.items():
        for y, p in nexts.items():
            before[y][y0] = p
    return before


_BEFORE = _predecessors()


def _step(v: dict[State, float], c: str, states, prev=None) -> tuple[dict, dict]:
    """The best way into each of the states for character c that some state of v can reach."""
    nv: dict[State, float] = {}
    back: dict[State, object] = {}
    for y in states:
        e = emit_P[y].get(c, MIN_FLOAT)
        before = _BEFORE[y]
        # the states that are both before c and able to lead to y: from the smaller side
        if len(v) < len(before):
            best = max(((s + before[y0] + e, y0) for y0, s in v.items() if y0 in before), default=None)
        else:
            best = max(((v[y0] + p + e, y0) for y0, p in before.items() if y0 in v), default=None)
        if best is None and prev is None:
            continue  # no state of v leads to y
        if best is None or best[0] == MIN_INF:
            # no finite way in: jieba's answer is its tie-break among all the states before
            best = max((v[y0] + trans_P[y0].get(y, MIN_INF) + e, y0) for y0 in prev or v if trans_P[y0])
        nv[y], back[y] = best
    return nv, back


def viterbi(obs: str) -> tuple[float, list[State]]:
    """(log probability, route of states) as jieba.posseg.viterbi.viterbi gives them."""
    v = {y: start_P[y] + emit_P[y].get(obs[0], MIN_FLOAT) for y in char_state_tab_P.get(obs[0], _ALL)}
    paths: list[dict[State, object]] = [dict.fromkeys(v, "")]
    for c in obs[1:]:
        nv, back = _step(v, c, char_state_tab_P.get(c, _ALL))
        if not nv:  # the character's states cannot follow: jieba then allows whatever can
            prev = [x for x in v if trans_P[x]]
            nv, back = _step(v, c, {y for x in prev for y in trans_P[x]} or _ALL, prev)
        v = nv
        paths.append(back)
    prob, state = max((v[y], y) for y in paths[-1])
    route: list[State] = [("", "")] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = paths[i][state]
    return prob, route


def hmm_cut(sentence: str) -> Iterator[tuple[str, str]]:
    """posseg's __cut: the words and tags of a run of Chinese characters, by the HMM."""
    _, route = viterbi(sentence)
    begin, nexti = 0, 0
    for i, char in enumerate(sentence):
        place, tag = route[i]
        if place == "B":
            begin = i
        elif place == "E":
            yield sentence[begin:i + 1], tag
            nexti = i + 1
        elif place == "S":
            yield char, tag
            nexti = i + 1
    if nexti < len(sentence):
        yield sentence[nexti:], route[nexti][1]


class UnknownTagger:
    """posseg.POSTokenizer(jieba.Tokenizer()).lcut, with HMM, for one word: the dictionary's
    route through it (get_DAG and calc of jieba's Tokenizer), runs of single characters the
    dictionary lacks tagged by the HMM."""

    def __init__(self, dictionary: Dictionary) -> None:
        self.dictionary = dictionary

    def lcut(self, sentence: str) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for blk in _HAN_INTERNAL.split(sentence):
            if _HAN_INTERNAL.match(blk):
                out += self._cut_dag(blk)
                continue
            for x in _SKIP_INTERNAL.split(blk):
                if _SKIP_INTERNAL.match(x):
                    out.append((x, "x"))
                    continue
                for xx in x:
                    # posseg tests the whole block, not the character, for eng: kept as it is
                    out.append((xx, "m" if _NUM.match(xx) else "eng" if _ENG.match(x) else "x"))
        return out

    def _route(self, sentence: str) -> dict[int, tuple[float, int]]:
        # jieba's DAG stops a fragment at the first one that is no prefix of a word; a longer
        # fragment after it is no word either, so the words found by length are the same
        freq, n, longest = self.dictionary.freqs().get, len(sentence), self.dictionary.max_len
        dag = {k: [i for i in range(k, min(n, k + longest)) if freq(sentence[k:i + 1])] or [k]
               for k in range(n)}
        route: dict[int, tuple[float, int]] = {n: (0, 0)}
        logtotal = log(self.dictionary.total)
        for idx in range(n - 1, -1, -1):
            route[idx] = max((log(freq(sentence[idx:x + 1]) or 1) - logtotal + route[x + 1][0], x)
                             for x in dag[idx])
        return route

    def _cut_dag(self, sentence: str) -> list[tuple[str, str]]:
        route = self._route(sentence)
        tags = self.dictionary.tags
        out: list[tuple[str, str]] = []
        x, buf, n = 0, "", len(sentence)
        while x < n:
            y = route[x][1] + 1
            word = sentence[x:y]
            if y - x == 1:
                buf += word
            else:
                if buf:
                    out += self._buffered(buf)
                    buf = ""
                out.append((word, tags.get(word, "x")))
            x = y
        if buf:
            out += self._buffered(buf)
        return out

    def _buffered(self, buf: str) -> list[tuple[str, str]]:
        """Single characters in a row: one character, a word of their own, or the HMM's."""
        tags = self.dictionary.tags
        if len(buf) == 1:
            return [(buf, tags.get(buf, "x"))]
        if not self.dictionary.freq(buf):
            return self._cut_detail(buf)
        return [(c, tags.get(c, "x")) for c in buf]

    @staticmethod
    def _cut_detail(sentence: str) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for blk in _HAN_DETAIL.split(sentence):
            if _HAN_DETAIL.match(blk):
                out += hmm_cut(blk)
                continue
            for x in _SKIP_DETAIL.split(blk):
                if x:
                    out.append((x, "m" if _NUM.match(x) else "eng" if _ENG.match(x) else "x"))
        return out


def __getattr__(name: str):
    # jieba.posseg's POSTokenizer with the faster HMM, for a segmenter with words of its own
    # (jieba's Tokenizer then holds them): defined on first use, so that importing this
    # module does not import jieba.posseg
    if name == "FastPOSTokenizer":
        global FastPOSTokenizer
        FastPOSTokenizer = _fast_pos_tokenizer()
        return FastPOSTokenizer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _fast_pos_tokenizer() -> type:
    from jieba.posseg import POSTokenizer, pair

    class FastPOSTokenizer(POSTokenizer):
        """jieba.posseg.POSTokenizer whose HMM step is the viterbi above."""

        def load_word_tag(self, f) -> None:
            # jieba reads its dictionary's tags a line at a time (0.6 s); one read and split
            # of the whole file gives the same table in a third of that
            with f:
                text = f.read().decode("utf-8")
            self.word_tag_tab = dict(line.strip().split(" ")[::2] for line in text.split("\n") if line.strip())

        def _POSTokenizer__cut(self, sentence: str) -> Iterator["pair"]:
            # jieba's own __cut (name-mangled), with the faster viterbi
            for word, tag in hmm_cut(sentence):
                yield pair(word, tag)

    return FastPOSTokenizer
