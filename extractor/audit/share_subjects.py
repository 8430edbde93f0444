"""share_subjects: a share whose clause repeats its part's name before `占比`.

    其中省级补助 a 亿元，县级配套 b 亿元，县级配套占比为 N%
The clause of the share names its part again (`县级配套`), where a bare share says only `占比为`:
the part is the number just before whose label ends with that name, and the share is read as a
bare one (rate.py `_share`). A name that no number just before bears leaves the share to the
other readings.
"""
from __future__ import annotations

import re

from .model import Num, PageView

_SUBJECT = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,8}?)(?:所)?占(?:比|比重)?(?:为|达|达到|到)?[约近]?$")
_LABEL = 30  # characters of the part's label read for the name
_COPULAS = "为是达有：:"


def repeats_part(view: PageView, p: Num, before: str) -> bool:
    """Whether the share's clause (`before`, the text from the clause start to the share) is a
    name and `占比`, the name ending the label of the number just before."""
    m = _SUBJECT.match(before)
    if not m:
        return False
    prev = view.before(p.start, 1)
    if not prev or prev[-1].sentence != p.sentence:
        return False
    return view.label_before(prev[-1], _LABEL).rstrip(_COPULAS).endswith(m.group("name"))
