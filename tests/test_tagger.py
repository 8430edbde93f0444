"""The faster posseg HMM must give jieba's own answer, route and probability, for any text."""
from hypothesis import given, settings, strategies as st
from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P
from jieba.posseg.viterbi import viterbi as jieba_viterbi

from extractor.tagger import FastPOSTokenizer, viterbi

# common characters, characters of names, and ones the model has never seen
_CHARS = "的一是在了人有中国田灿严腾飞李永亮闫修兴刘小花常德武陵区我祝地开戴浩摄龘齉\u9fd0"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_CHARS, min_size=1, max_size=8))
def test_same_route_and_probability_as_jieba(text):
    assert viterbi(text) == jieba_viterbi(text, char_state_tab_P, start_P, trans_P, emit_P)


def test_tokenizer_tags_new_names_as_posseg_does():
    import jieba.posseg
    ours, theirs = FastPOSTokenizer(), jieba.posseg.POSTokenizer()
    for word in ("田灿灿", "严腾飞", "戴浩摄", "我祝", "沿淮要"):
        assert [tuple(p) for p in ours.lcut(word)] == [tuple(p) for p in theirs.lcut(word)]


def test_the_dictionary_tags_are_jiebas():
    import jieba
    import jieba.posseg
    tokenizer = jieba.Tokenizer()
    assert FastPOSTokenizer(tokenizer).word_tag_tab == jieba.posseg.POSTokenizer(tokenizer).word_tag_tab
