"""jieba.posseg's tagging of the words jieba's dictionary lacks: the same model and the same
answers, 3-4x faster, and without importing jieba.posseg (a second: see dictionary.py).

The HMM: jieba compares every state with all 256 states before it; a state can only follow the
few whose transitions name it (20 on average), so only those are compared. The cut around it
(UnknownTagger) is posseg's, step by step, over the dictionary's frequencies."""
from __future__ import annotations

import re
from functools import lru_cache
from math import log
from typing import TYPE_CHECKING, Callable, Iterator, Optional

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
_HAN_ONLY = re.compile("[\u4E00-\u9FD5]+")  # a block rjieba cuts as one
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


_TOP = {y: max(before.values(), default=MIN_INF) for y, before in _BEFORE.items()}  # best way into y


def _ranked(v: dict[State, float]) -> list[tuple[State, float]]:
    return sorted(v.items(), key=_score, reverse=True)


def _score(item: tuple[State, float]) -> float:
    return item[1]


def _into(y: State, e: float, ranked: list[tuple[State, float]]) -> Optional[tuple[float, State]]:
    """(score, state before) of the best way into y from the states ranked (v's, most likely
    first), or None where none leads to y. Once even the best transition into y cannot lift a
    state to the best score found, none after it can (sums round monotonically): most of v is
    never looked at. Equal scores still go on: jieba breaks ties by the greater state."""
    before = _BEFORE[y]
    top = _TOP[y]
    best_p = best_y = None
    for y0, s in ranked:
        if best_y is not None and s + top + e < best_p:
            break
        p = before.get(y0)
        if p is None:
            continue
        score = s + p + e
        if best_y is None or score > best_p or (score == best_p and y0 > best_y):
            best_p, best_y = score, y0
    return None if best_y is None else (best_p, best_y)


def _fallback(v: dict[State, float], y: State, e: float, prev) -> tuple[float, State]:
    # no finite way in: jieba's answer is its tie-break among all the states before
    return max((v[y0] + trans_P[y0].get(y, MIN_INF) + e, y0) for y0 in prev or v if trans_P[y0])


def _step(v: dict[State, float], c: str, states, prev=None, ranked: Optional[list] = None) -> tuple[dict, dict]:
    """The best way into each of the states for character c that some state of v can reach."""
    nv: dict[State, float] = {}
    back: dict[State, object] = {}
    ranked = _ranked(v) if ranked is None else ranked
    for y in states:
        e = emit_P[y].get(c, MIN_FLOAT)
        best = _into(y, e, ranked)
        if best is None and prev is None:
            continue  # no state of v leads to y
        if best is None or best[0] == MIN_INF:
            best = _fallback(v, y, e, prev)
        nv[y], back[y] = best
    return nv, back


def _advance(v: dict[State, float], c: str, ranked: Optional[list] = None) -> tuple[dict, dict]:
    nv, back = _step(v, c, char_state_tab_P.get(c, _ALL), ranked=ranked)
    if not nv:  # the character's states cannot follow: jieba then allows whatever can
        prev = [x for x in v if trans_P[x]]
        nv, back = _step(v, c, {y for x in prev for y in trans_P[x]} or _ALL, prev)
    return nv, back


def _last(v: dict[State, float], c: str, ranked: Optional[list] = None) -> Optional[tuple[float, State, State]]:
    """(score, state, state before) of the best state of the last character, computed for the
    states that can still beat it only: the last step needs no other state's best way in, and
    most words the dictionary lacks have two characters, so this is most of the HMM's work.
    None where _advance's exceptions apply (no finite way in, no state that can follow)."""
    ranked = _ranked(v) if ranked is None else ranked
    if not ranked:
        return None
    s_max = ranked[0][1]
    best = None
    for reach, y, e in _ends(c):
        # s_max + reach bounds what y can score, as (s_max + _TOP[y]) + e does, but for the
        # rounding of a sum taken in another order: the margin keeps every state that could
        # still tie the best (ties go to the greater state)
        if best is not None and s_max + reach < best[0] - _margin(best[0]):
            break
        found = _into(y, e, ranked)
        if found is None:
            continue
        if found[0] == MIN_INF:
            return None
        if best is None or (found[0], y) > best[:2]:
            best = (found[0], y, found[1])
    return best


# a run over 800 articles of news meets 1,160 last and 950 first characters of new words: at 1,024
# the caches miss 13 more times (1 ms). Each entry is a state table (1-2 KB): 4,096 of each were
# 10 MB that a long page added to the process while its words were tagged, a tenth of its memory
# above the base, and kept spread among the page's own objects
_CACHED_CHARS = 1024


@lru_cache(maxsize=_CACHED_CHARS)
def _ends(c: str) -> list[tuple[float, State, float]]:
    """(best way into y + its emission of c, y, the emission) for the states y of a last
    character c, most promising first: the same for every word that ends in c (building and
    sorting it for each word was a third of the last step)."""
    out = []
    for y in char_state_tab_P.get(c, _ALL):
        e = emit_P[y].get(c, MIN_FLOAT)
        out.append((_TOP[y] + e, y, e))
    out.sort(reverse=True)
    return out


def _margin(score: float) -> float:
    # far wider than the rounding of a sum of three log probabilities; a wider margin only
    # stops the search later, it never changes the answer
    return 1e-9 * (abs(score) + 1.0)


@lru_cache(maxsize=_CACHED_CHARS)
def _start(c: str) -> tuple[dict[State, float], list[tuple[State, float]]]:
    """The states of a first character c, scored, and the same ranked: the same for every word
    that begins with c, and most new words are names, which begin with one of a few surnames
    (the first step and its ranking were a third of the HMM's time). Never changed by a caller."""
    v = {y: start_P[y] + emit_P[y].get(c, MIN_FLOAT) for y in char_state_tab_P.get(c, _ALL)}
    return v, _ranked(v)


def viterbi(obs: str) -> tuple[float, list[State]]:
    """(log probability, route of states) as jieba.posseg.viterbi.viterbi gives them."""
    v, ranked = _start(obs[0])
    paths: list[dict[State, object]] = [dict.fromkeys(v, "")]
    for c in obs[1:-1]:
        v, back = _advance(v, c, ranked)
        ranked = None  # v is a new step's
        paths.append(back)
    last = _last(v, obs[-1], ranked) if len(obs) > 1 else None
    if last is not None:
        prob, state, before = last
        paths.append({state: before})
    else:
        if len(obs) > 1:
            v, back = _advance(v, obs[-1])
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
    dictionary lacks tagged by the HMM.

    `cut`: rjieba's cut over the same dictionary, given by a segmenter without words of its own.
    Without HMM it is jieba's route (the same DAG, log frequencies and tie-break: the same words
    on 420,000 pieces of People's Daily), so a block of Chinese characters needs no table of
    frequencies: building it was 0.17 s of every run that meets a new word, and the route in
    Python a third of the tagging. Blocks with Latin letters or digits (rjieba splits those by
    its own pattern) take the route below."""

    def __init__(self, dictionary: Dictionary, cut: Optional[Callable[[str, bool], list[str]]] = None) -> None:
        self.dictionary = dictionary
        self._cut = cut

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

    def _words(self, sentence: str) -> list[str]:
        """The words of the dictionary's best route through a block."""
        if self._cut is not None and _HAN_ONLY.fullmatch(sentence):
            return self._cut(sentence, False)
        route = self._route(sentence)
        out, x, n = [], 0, len(sentence)
        while x < n:
            y = route[x][1] + 1
            out.append(sentence[x:y])
            x = y
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
        tags = self.dictionary.tags
        out: list[tuple[str, str]] = []
        buf = ""
        for word in self._words(sentence):
            if len(word) == 1:
                buf += word
            else:
                if buf:
                    out += self._buffered(buf)
                    buf = ""
                out.append((word, tags.get(word, "x")))
        if buf:
            out += self._buffered(buf)
        return out

    def _buffered(self, buf: str) -> list[tuple[str, str]]:
        """Single characters in a row: one character, a word of their own, or the HMM's."""
        tags = self.dictionary.tags
        if len(buf) == 1:
            return [(buf, tags.get(buf, "x"))]
        if not self.dictionary.is_word(buf):
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
