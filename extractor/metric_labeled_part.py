"""A share clause with no part of its own after an amount whose noun holds a number as its label
(`其中5G套餐用户307万户，占移动电话用户的60%`, `0—14岁人口15.23万人，占16.62%`): the part is that
noun (5G套餐用户, 0—14岁人口), not the whole after 占 nor a subject further back. The amount before
is read as metric_refer.amount_of_share finds it; its noun is taken where the only digits in it are
those of such a label (metric_context.LATIN_NUMBER: 5G, 4K, an age band), which the general reading
refuses as a phrase holding another number."""
from __future__ import annotations

from .metric_context import LATIN_NUMBER
from .metric_words import DIGIT


def labeled_part(text: str, start: int) -> str:
    """The noun of the amount before a share clause that names no part, where the only numbers in
    it are labels ('' elsewhere)."""
    from .metric import metric_for  # (late: metric imports the modules that import this one)
    from .metric_refer import amount_of_share
    earlier = amount_of_share(text, start)
    if not earlier:
        return ""
    part = metric_for(text, earlier[0], earlier[1], earlier[2]) or ""
    if not LATIN_NUMBER.search(part) or DIGIT.search(LATIN_NUMBER.sub("", part)):
        return ""
    return part
