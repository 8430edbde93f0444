"""bench/lint_place_counts.py: each lint flags its shape and not a shape beside it (records as the
extractor writes them, the place of one changed by hand where the extractor already decides right)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from extractor.api import iter_rows

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from lint_place import Areas  # noqa: E402
from lint_place_counts import lint_doc  # noqa: E402

DOC = "19980108-04-099"  # a People's Daily id: a news story


def _found(text: str, place_of: dict[str, str | None] | None = None) -> set[tuple[str, str]]:
    rows = [json.loads(r) for r in iter_rows(text, DOC)]
    rows = [dict(r, place=place_of[r["text"]]) if r["type"] != "place" and r["text"] in (place_of or {}) else r
            for r in rows]
    return {(lint, r["text"]) for lint, r, _ in lint_doc(DOC, text, rows, Areas(rows))}


def test_list_items_of_their_own_places() -> None:
    text = "植树\n本报讯 去年植树造林成绩显著，河南省新建林场１２个，湖北省新建林场９个。\n"
    assert not any(lint == "list_item" for lint, _ in _found(text))
    found = _found(text, {"９个": "河南省"})
    assert ("list_item", "９个") in found
    assert ("list_item", "１２个") not in found


def test_a_dateline_place_and_a_place_carried_elsewhere() -> None:
    text = "春运\n新华社郑州１月６日电 河南省春运开始。\n今年共增开临时列车３０列。\n"
    found = _found(text)
    # the province that encloses the dateline's city is no hit
    assert not any(lint == "dateline_other" for lint, _ in found)
    assert ("dateline_other", "３０列") in _found(text, {"３０列": "湖南省"})


def test_a_count_with_no_place_in_an_article_of_one_place() -> None:
    text = ("小城\n本报讯 青田县今年办起新学校。青田县教师增加。青田县学生增加。\n全世界已有３０个这样的学校。\n")
    assert ("null_main", "３０个") in _found(text)
    assert ("null_main", "３０个") not in _found(text, {"３０个": "青田县"})
