"""bench/audit_lint.py: a cue shape is counted with its number and found covered where a finding
holds that number; sums and shares found by arithmetic alone need a total written with three digits
(pages made up here)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import audit_lint  # noqa: E402


def _hits(text: str) -> list[dict]:
    return list(audit_lint.hits(audit_lint.audit_one("d", text)))


def test_a_subset_after_its_total_is_counted_and_covered() -> None:
    hits = [h for h in _hits("全县共有中小学校126所，其中小学87所，初中39所。") if h["shape"] == "subset"]
    assert [h["number"] for h in hits] == ["87所"]
    assert hits[0]["covered"] and hits[0]["checked"]


def test_a_share_with_no_amounts_is_counted_but_has_no_operands() -> None:
    hits = [h for h in _hits("该县的山地面积占全县土地总面积的63.5%。") if h["shape"] == "share"]
    assert [h["number"] for h in hits] == ["63.5%"]
    assert not hits[0]["covered"] and not hits[0]["operands"]


def _num(start: int, value: float, unit: str = "吨") -> list:
    return [start, start + 3, start, start + 3, "quantity", unit, value, "exact", value, value]


def test_an_exact_sum_needs_a_total_of_three_digits() -> None:
    parts, total = [_num(0, 1234), _num(10, 2345)], _num(20, 3579)
    assert [(name, c[6]) for name, c, _ in audit_lint.exact_sums([total], parts + [total])] == [("exact_sum", 3579)]
    small = [_num(0, 12), _num(10, 23), _num(20, 35)]
    assert list(audit_lint.exact_sums([small[2]], small)) == []


def test_a_difference_and_no_sum_of_another_unit() -> None:
    nums = [_num(0, 4930), _num(10, 2300), _num(20, 2630)]
    found = [(name, c[6]) for name, c, _ in audit_lint.exact_sums([nums[2]], nums)]
    assert found == [("exact_diff", 2630)]
    other = [_num(0, 4930), _num(10, 2300, "元"), _num(20, 2630)]
    assert list(audit_lint.exact_sums([other[2]], other)) == []
