"""A share said against its whole only: `在国内生产总值中占４０％`, `在全省棉花增产量中，分别占３０％和７０％`,
`在国内生产总值的比重中要达到６０％`, `在进口总额中的比重已达到３０％`. The frame `在 X 中` names the whole the share is taken of (X), never the
part; news prose names the part as the subject of a clause before in the sentence (`第三产业发展很快，在…中
占４０％`: 第三产业), so the share measures that subject: the nouns opening the nearest clause before that
opens with one (not with 在, a time or a modal), up to its first verb. A part said in the share's own clause
(`外商的直接投资在…中只占１４．８％`) is no frame alone and is read as before. The words live in
data/metric.toml, section [share_whole]."""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import INNER_BREAKS_RAW, SENTENCE_BREAKS, last_mark
from .lexicon import alternation, table
from .metric_after import segmenter

_REACH = 160  # (characters back within the sentence)


@lru_cache(maxsize=1)
def _shapes() -> tuple[re.Pattern, dict]:
    t = table("metric.toml")["share_whole"]
    # the whole (no 在 inside it, which would put a part before it), its share noun, 中, and a share verb
    # (the share noun stands before 中 or after it: 在国内生产总值的比重中, 在批发总额中的比重)
    noun = f"的(?:{alternation(t['nouns'])})"
    frame = re.compile(f"^(?:{alternation(t['opens'])})?[^在，,]{{2,24}}?(?:{noun})?中(?:{noun})?"
                       f"(?:{alternation(t['adverbs'])})*(?:{alternation(t['verbs'])})?$")
    return frame, t


def whole_only(phrase: str | None) -> bool:
    """国内生产总值中, 全国油气增长量中占, 在国内生产总值的比重中: the phrase names only a share's whole."""
    return bool(phrase) and bool(_shapes()[0].match(phrase))


def part_before(text: str, start: int) -> str | None:
    """The subject of the nearest clause before `start` in its sentence that opens with nouns (第三产业发展
    很快 → 第三产业; 去年海洋石油、天然气产量分别比… → 海洋石油、天然气产量); None where none does."""
    _, t = _shapes()
    reach = max(0, start - _REACH)
    floor = max(reach, last_mark(text, SENTENCE_BREAKS, reach, start) + 1)
    at = last_mark(text, INNER_BREAKS_RAW, floor, start)  # (the share's own clause opens after this mark)
    while at >= floor:
        lo = max(floor, last_mark(text, INNER_BREAKS_RAW, floor, at) + 1)
        clause = text[lo:at]
        at = lo - 1
        if clause.startswith(tuple(t["not_subject_opens"])):
            continue
        noun = ""
        for word, tag in segmenter().pos(clause):
            if tag in t["skip_tags"] and not noun:
                continue  # (去年海洋石油…: a time before the subject)
            # (a verbal noun opens a part, 进口增长很快; after a noun it is the predicate, 第三产业发展很快)
            if tag not in t["noun_tags"] and word not in t["joiners"] and not (tag in t["opening_tags"] and not noun):
                break
            noun += word
        noun = noun.rstrip("".join(t["joiners"]))
        if len(noun) >= 2:
            return noun
    return None


def part_of_framed(text: str, start: int, phrase: str | None) -> str | None:
    """集体企业在全县产值中的比重为４０％，在上缴税金中的比重为５５％: a share whose own clause names only its
    whole, read (as a subjectless clause) with the whole metric of the clause before, a part and its own
    frame: the part alone is the share's, the earlier frame's whole is not its whole. None where the phrase
    or the clause has another shape."""
    if not phrase:
        return None
    lo = max(0, start - _REACH, last_mark(text, INNER_BREAKS_RAW + SENTENCE_BREAKS, max(0, start - _REACH), start) + 1)
    if not whole_only(text[lo:start]):
        return None
    _, t = _shapes()
    for opener in t["opens"]:
        at = phrase.find(opener, 2)
        if at >= 2 and whole_only(phrase[at:]):
            return phrase[:at]
    return None
