"""Place on real text, session 22 (helper place22b): a correspondent's line under a title (本报驻意大利记者某某)
says where the writer is posted, as a dateline says where the news was filed (bench/gold/README.md): it is the
story's title place only where the story names that place again, and among places named as often it comes last
(article_places.correspondent_lines, data/place_scope.toml [correspondent_line], main_places._counts)."""
from __future__ import annotations

from tests.test_scope import scoped

PD = "19980112-06-099"  # a People's Daily story


def test_a_city_story_by_a_countrys_correspondent_is_the_citys() -> None:
    text = ("巨款还失主\n本报驻意大利记者罗晋标\n去年１２月２９日，罗马出租汽车司机德桑蒂斯将两位客人送到机场。\n"
            "德桑蒂斯立即拨通了旅馆的电话，终于将５２００万里拉如数归还了失主。\n")
    assert scoped(text, PD)["５２００万里拉"]["place"] == "罗马"


def test_a_story_that_names_the_posting_again_keeps_it() -> None:
    # negative: the story names the correspondent's country again in its body: the country's story, as before
    text = ("巨款还失主\n本报驻意大利记者罗晋标\n去年１２月２９日，罗马出租汽车司机德桑蒂斯将两位客人送到机场。\n"
            "意大利警方说，德桑蒂斯终于将５２００万里拉如数归还了失主。\n")
    assert scoped(text, PD)["５２００万里拉"]["place"] == "意大利"


def test_a_title_line_that_is_no_correspondents_stays_a_title() -> None:
    # negative: a subtitle naming the country (no 驻…记者) is the story's title place
    text = ("巨款还失主\n意大利见闻\n去年１２月２９日，罗马出租汽车司机德桑蒂斯将两位客人送到机场。\n"
            "德桑蒂斯立即拨通了旅馆的电话，终于将５２００万里拉如数归还了失主。\n")
    assert scoped(text, PD)["５２００万里拉"]["place"] == "意大利"
