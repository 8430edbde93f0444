"""A word of the present (目前, 现在, 如今) leading a sentence: whose now it is (a speaker's in a quotation, a
feature's, a report's, a dated story's aside while the year reviewed stands) and so what the next sentences go on
with; apart from sentence_periods.py since it reads only such a lead."""
from __future__ import annotations

from typing import Optional

from .layout import Sentence
from .lead_times import NOW, quoted
from .page import Page
from .period_carry import Carry
from .period_speech import reported
from .time_exprs_carry import standing_now


def now_lead(c: Carry, page: Page, sent: Sentence, art: int, found: list, lead: Optional[str], lead_at: int,
             lead_end: int) -> tuple[Optional[str], bool]:
    """The sentence's lead once a now is read, and whether it was someone's spoken now."""
    spoken = False
    if lead and NOW.match(lead):
        # 报告近日发表…，调查是在去年3月至7月间进行的: what the sentence goes on to date is
        # what the sentences after it speak of
        lead = next((p for _, _, p, kind in reversed(found) if not kind and p), lead)
        if c.issued and NOW.match(lead) and (quoted(page.text, page.layout.paragraphs[sent.paragraph].start, lead_at)
                                            or (reported(page.text, sent.start, lead_at)
                                                and c.current.get(art) == str(c.issued.year - 1))):
            # someone's 现在 inside a quotation (…严厉地说：“从现在起，谁再…”), or in words reported without one
            # (…主任说，过去…；现在集中资金办大事: extractor/period_speech.py, while the year before the issue's
            # stands: the year the story reviews), is the speaker's now, in a
            # story told of an earlier year: the narration after it goes on with what stood before (nor is
            # its year the one a later 全年 is of)
            lead, spoken = None, True
        elif sent.article in c.features and NOW.match(lead):
            # a feature's 现在, 如今, 目前 (如今的小镇，道路宽了。…乡亲们凑了２万多元) dates what its own
            # sentence says stands now: the acts and figures it goes on to tell have no time of their own (a
            # feature with no dateline, README), not the month of issue; nor what stood before the 现在
            lead, c.current[art] = None, None
        elif c.one_text and NOW.match(lead):
            # a report's 现在 (现在事实已经给了他们有力的回答) is its own sentence's: the next ones
            # go on with the year it reviews (a report given early in 1975 reviews 1974)
            lead = None
        elif c.issued and NOW.match(lead) and page.text[sent.start:lead_end].strip() in standing_now() and \
                c.current.get(art) == str(c.issued.year - 1):
            # a dated story's 目前 opening a sentence while the year before its issue stands, the year it
            # reviews (…在１９９７年…。…目前，全市已有６２家…。⏎全市完成农业总产值…): what stands at the writing,
            # its paragraph's; the next paragraphs go on with the year reviewed (not after an older year a history
            # told: …减至目前的５３个 brings the story back to the present)
            c.now_aside[art] = (lead, c.current[art])
    return lead, spoken
