import os
import stat

import jieba

from extractor import segment
from extractor.segment import Segmenter


def test_own_tokenizer_not_the_global(monkeypatch, tmp_path):
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(tmp_path))
    seg = Segmenter(user_words=["武陵区人社局"])
    assert seg.tokenizer is not jieba.dt
    assert "武陵区人社局" in seg.cut("常德市武陵区人社局突出稳就业")
    # the user word did not leak into the process-wide jieba
    assert "武陵区人社局" not in jieba.dt.FREQ if jieba.dt.initialized else True


def test_works_when_no_cache_folder_is_writable(monkeypatch, tmp_path, capsys):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(stat.S_IRUSR | stat.S_IXUSR)
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(ro / "sub"))
    monkeypatch.setenv("HOME", str(ro))
    monkeypatch.setattr(segment.tempfile, "gettempdir", lambda: str(ro))
    if os.geteuid() != 0:  # root can write anywhere; then this checks only that nothing is printed
        assert segment.cache_dir() is None
    words = Segmenter().cut("截至11月，武陵区举办招聘会30场")
    assert "".join(words) == "截至11月，武陵区举办招聘会30场"
    captured = capsys.readouterr()
    assert captured.out == ""


def test_long_runs_are_cut_into_pieces_and_normal_text_is_not():
    from extractor.segment import MAX_RUN, pieces
    text = "截至11月，武陵区举办招聘会30场。"
    assert pieces(text) == [text]
    run = "约" * (3 * MAX_RUN + 5)
    parts = pieces("前" + "，" + run + "3个")
    assert "".join(parts) == "前，" + run + "3个"
    assert max(len(p) for p in parts) <= MAX_RUN + 2
    # a long run opening the text, one just long enough after another character, and one a
    # character short of it (kept whole)
    for text, cut in (("约" * (MAX_RUN + 1) + "3个", True), ("3个" + "约" * (MAX_RUN + 1), True),
                      ("约" * MAX_RUN + "，" + "约" * MAX_RUN, False)):
        assert "".join(pieces(text)) == text
        assert (pieces(text) != [text]) is cut


def test_rust_cut_is_jiebas_cut_on_the_sample_pages():
    """rjieba stands in for jieba's own cut for speed; it must cut exactly as jieba does."""
    from pathlib import Path
    seg, reference = Segmenter(), jieba.Tokenizer()
    pages = sorted((Path(__file__).parent.parent / "corpus" / "pages").glob("*.txt"))
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert seg.cut(text) == reference.lcut(text, HMM=True), page.name


def test_pos_tags_dictionary_words_and_sends_new_words_to_posseg():
    seg = Segmenter()
    tagged = seg.pos("记者田灿灿在常德市调研，GDP 3.5亿元")
    assert "".join(w for w, _ in tagged) == "记者田灿灿在常德市调研，GDP 3.5亿元"
    tags = dict(tagged)
    assert tags["常德市"] == "ns" and tags["记者"] == "n" and tags["GDP"] == "eng"
    assert tags["田灿灿"] == "nr"  # not in the dictionary: posseg's HMM names it
    assert "田灿灿" in seg._unknown_tags


def test_rust_tags_are_the_dictionarys_tags():
    """Segmenter.columns (through RustWords) takes a word's tag from rjieba's copy of jieba's
    dictionary instead of the Python table: the same tag for every word rjieba tags whole, and
    is_word may be has_word because no word of the default dictionary has frequency 0."""
    from extractor.dictionary import Dictionary
    seg, table = Segmenter(), Dictionary()
    rust = seg._cutter()
    assert not table._zero
    for word in table.words:
        assert rust.has_word(word)
        tagged = rust.tag(word, False)
        if len(tagged) == 1:
            assert tagged[0][1] == table.tags[word], word


def test_pos_without_the_table_is_pos_with_it():
    """pos() before the dictionary table is loaded (rjieba's tags, new words through RustWords)
    gives what columns() gives with the table, on short phrases and on whole pages."""
    from pathlib import Path
    light, full = Segmenter(), Segmenter()
    full.dictionary_tags()
    pages = sorted((Path(__file__).parent.parent / "corpus" / "pages").glob("*.txt"))
    texts = ["美国为45%", "田灿灿", "常德市武陵区", "店中店", "B超检查3次", "GDP增长5.2%"]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        texts += [text] + text.replace("。", "，").split("，")
    for text in texts:
        assert light.pos(text) == list(zip(*full.columns(text))), text[:40]
    assert light._dictionary is None and light._unknown_tags


def test_rust_words_answer_as_the_table_does():
    """Words.tags of a segmenter without the table (RustWords: rjieba's tag, or the word's line
    of dict.txt where rjieba cuts the word again) answers get, `in` and [] as the table does,
    for every word of the dictionary and for strings that are no word."""
    from extractor.dictionary import Dictionary
    seg, table = Segmenter(), Dictionary()
    tags = seg.dictionary_tags()
    assert tags is not table.tags and seg._dictionary is None
    for word in set(table.words):
        assert word in tags and tags.get(word) == table.tags[word] == tags[word], word
    for text in ("", "田灿灿", "常德市武陵区人社局", "一个十三", "abc", " "):
        assert (text in tags) == (text in table.tags) and tags.get(text) == table.tags.get(text), text
    assert seg._dictionary is None


def _pd_articles(n: int) -> list[str]:
    import sys
    from pathlib import Path
    import pytest
    root = Path(__file__).parent.parent
    sys.path.insert(0, str(root / "bench"))
    try:
        import corpus
    finally:
        sys.path.remove(str(root / "bench"))
    if not corpus.PD1998.exists():  # where bench/corpus.py reads it (../shared beside the checkout)
        pytest.skip("People's Daily corpus not present")
    return [text for _, text in corpus.articles()[:n]]


def test_columns_without_the_table_are_columns_with_it():
    """columns() and the name finders' tags before the table is loaded give what they give with
    it, on the sample pages and on People's Daily articles."""
    from pathlib import Path
    light, full = Segmenter(), Segmenter()
    full.dictionary_tags()
    pages = sorted((Path(__file__).parent.parent / "corpus" / "pages").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in pages] + _pd_articles(3000)
    texts += ["美国为45%", "B超检查3次", "GDP增长5.2%", "一九九八年一个十三"]
    for text in texts:
        assert light.columns(text) == full.columns(text), text[:40]
    assert light._dictionary is None
    # the pages' words were met again and again: their tags came from what light remembers,
    # and gave the same columns as the table
    assert len(light._flag_of) > 1000


def test_default_segmenters_share_what_they_learn_and_own_words_keep_theirs():
    """Two segmenters without words of their own answer from one memory of the words met (a new
    word tagged once for both); a segmenter with words of its own keeps its own answers."""
    first, second, own = Segmenter(), Segmenter(), Segmenter(["灿灿花园"])
    assert first.pos("田灿灿在灿灿花园") == second.pos("田灿灿在灿灿花园")
    assert first._unknown_tags is second._unknown_tags and first._flag_of is second._flag_of
    assert first._rust_words() is second._rust_words()
    assert own._unknown_tags is not first._unknown_tags and own._flag_of is not first._flag_of
    assert ("灿灿花园", own.pos("灿灿花园")[0][1]) == own.pos("田灿灿在灿灿花园")[-1]
