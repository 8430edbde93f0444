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
    from extractor.segment import _MAX_RUN, pieces
    text = "截至11月，武陵区举办招聘会30场。"
    assert pieces(text) == [text]
    run = "约" * (3 * _MAX_RUN + 5)
    parts = pieces("前" + "，" + run + "3个")
    assert "".join(parts) == "前，" + run + "3个"
    assert max(len(p) for p in parts) <= _MAX_RUN + 2
