"""The pipeline reads jieba's dictionary and tags new words without jieba's own Tokenizer and
posseg: the same tables and the same answers as theirs."""
import jieba
import jieba.posseg
from hypothesis import given, settings, strategies as st

from extractor.dictionary import Dictionary, hmm_tables
from extractor.names.words import Words
from extractor.segment import Segmenter, rjieba_module, chunks
from extractor.tagger import UnknownTagger

_TOKENIZER = jieba.Tokenizer()
_TOKENIZER.initialize()
_POSSEG = jieba.posseg.POSTokenizer(_TOKENIZER)
_OURS = UnknownTagger(Dictionary())
_OURS_RUST = UnknownTagger(Dictionary(), rjieba_module().Jieba().cut)  # rjieba's route: no frequencies


def test_tags_frequencies_and_total_are_jiebas():
    d = Dictionary()
    assert d.tags == _POSSEG.word_tag_tab
    words = {w: f for w, f in _TOKENIZER.FREQ.items() if f}  # jieba's table also holds prefixes, at 0
    assert d.freqs() == words
    assert d.total == _TOKENIZER.total


def test_hmm_tables_are_posseg_s():
    assert hmm_tables() == (jieba.posseg.char_state_tab_P, jieba.posseg.start_P, jieba.posseg.trans_P,
                            jieba.posseg.emit_P)


# characters of names and words, Latin letters, digits, signs and spaces: every branch of posseg's cut
_CHARS = "田灿严腾飞李永亮常德武陵区我祝地开戴浩摄沿淮要的一是在中国人民龘\u9fd0ABCabc0123.+#&_ -，%\n"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_CHARS, min_size=1, max_size=10))
def test_new_words_are_tagged_as_posseg_tags_them(word):
    theirs = [tuple(p) for p in _POSSEG.lcut(word)]
    assert _OURS.lcut(word) == theirs
    assert _OURS_RUST.lcut(word) == theirs


def test_chunks_end_after_a_line_break_and_keep_every_character():
    text = ("第一段，" * 5000 + "\n") * 4 + "\r\n".join(["末段"] * 3000)
    parts = list(chunks(text))
    assert "".join(parts) == text and len(parts) > 1
    assert all(p.endswith("\n") and not p.endswith("\r\n") for p in parts[:-1])


def test_words_of_a_page_as_the_token_list_gives_them():
    seg = Segmenter()
    text = "记者田灿灿在常德市调研，GDP 3.5亿元。\n严腾飞说：“好！”"
    words = Words.of(text, seg)
    pairs = seg.pos(text)
    tokens, at = [], 0
    for w, t in pairs:
        tokens.append((at, at + len(w), w, t))
        at += len(w)
    assert list(words.tokens) == tokens and words.tokens[-1] == tokens[-1] and words.tokens[2:5] == tokens[2:5]
    starts, ends = {s for s, *_ in tokens}, {e for _, e, *_ in tokens}
    for pos in range(-2, len(text) + 3):
        assert (pos in words.start_set) == (pos in starts)
        assert (pos in words.end_set) == (pos in ends)
        assert words.is_boundary(pos) == (pos in starts or pos in ends)
        hit = [t for t in tokens if t[0] <= pos < t[1]]
        assert words.token_at(pos) == (hit[0] if hit else None)
    assert words.between(3, 12) == [t for t in tokens if t[0] >= 3 and t[1] <= 12]
    empty = Words([], [])
    assert 0 not in empty.start_set and 0 not in empty.end_set and not empty.is_boundary(0)
