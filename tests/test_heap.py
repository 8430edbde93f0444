"""heap.fix_mmap_threshold: glibc's threshold for mapped blocks fixed, never where the user set it."""
import platform
import sys

import pytest

from extractor import heap

glibc = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"


@pytest.mark.skipif(not glibc, reason="glibc's mallopt only")
def test_threshold_fixed_under_glibc(monkeypatch):
    for name in heap._USER_SETTINGS:
        monkeypatch.delenv(name, raising=False)
    assert heap.fix_mmap_threshold() is True


def test_left_alone_where_the_user_set_it(monkeypatch):
    monkeypatch.setenv("MALLOC_MMAP_THRESHOLD_", "65536")
    assert heap.fix_mmap_threshold() is False


def test_a_page_is_read_after_it():
    from extractor.page import Page
    assert Page.read("上海市新增就业12万人。").text
