"""Where a new document starts on a page joined from many: a site's export of many reports, an
archive's run of speeches, a newspaper page.

A document opens with a head: the frame a site prints above it (breadcrumbs 首页>…, 来源：,
发布时间：, 字号：), a report's own opening (a title ending 政府工作报告, the line ——2026年1月5日在…
大会上, the address 各位代表：), or a title or date line right after a closing line (以上报告，请予
审议 / 谢谢 / 责任编辑：…). The head's first line is found by walking back from the opening over
the short lines above it (title, speaker, date, frame) until body text or a closing line. A head
starts a new document only where the document before it holds body text of its own, so the head
of the page's first document, and a head printed twice, start nothing.
"""
from __future__ import annotations

import re
from typing import Protocol, Sequence

from .lexicon import alternation, table
from .normalize import Normalized
from .page_lines import ends_sentence
from .page_folios import running_head

_DATA = table("page_heads.toml")
_FRAME_MARKS = "【】[]|:：>＞»×·•"
_CJK = re.compile(r"[\u4e00-\u9fff]")
# an export's leftovers are words of letters (false, Public domain), not a page's marks ((A、B))
_LETTERS = re.compile(r"[A-Za-z]{4,}")
_DIGIT_CHARS = "0-9０-９"
_DIGITS = rf"[{_DIGIT_CHARS}]"
_DATE_DAY = rf"(?P<year>{_DIGITS}{{4}})年{_DIGITS}{{1,2}}月{_DIGITS}{{1,2}}日"
# a year, month or day in Chinese numerals, as older reports print the line under their title
# (——一九八六年三月二十五日在…会议上): the year digit by digit, the month and day counted (二十五)
_CHAR_DIGITS = "〇○零一二三四五六七八九"
_CHAR_YEAR = f"[{_CHAR_DIGITS}]{{4}}"
_CHAR_COUNT = "[一二三四五六七八九十]{1,3}"
# the day a report was given, or its month alone (——2025年1月在某县人民代表大会上: budget reports)
_DATE_GIVEN = (rf"(?:(?P<year>{_DIGITS}{{4}})年{_DIGITS}{{1,2}}月(?:{_DIGITS}{{1,2}}日)?"
               rf"|(?P<char_year>{_CHAR_YEAR})年{_CHAR_COUNT}月(?:{_CHAR_COUNT}日)?)")
_CHAR_TO_DIGIT = str.maketrans(_CHAR_DIGITS, "000123456789")
# a date or time standing alone: 2026-03-15 10:20:45 / 2026年02月10日 07时41分
_DATE_LINE = re.compile(rf"^(?:{_DATE_DAY}|{_DIGITS}{{4}}[-/.]{_DIGITS}{{1,2}}[-/.]{_DIGITS}{{1,2}})"
                        rf"[\s{_DIGIT_CHARS}:：时分秒]*$")
# the line under a report's title: ——2026年1月26日在某省第十四届人民代表大会第四次会议上
DASHES = "—―–\\-"  # the dashes it opens with, for a character class
_SESSIONS = alternation(_DATA["sessions"])


def given_on(session_chars: str = ".") -> str:
    """The part of the line under a report's title that names the day it was given (groups `year`
    and `char_year`: read them with given_year) and the session: 2026年1月26日在某省第十四届人民代表大会
    第四次会议上, 一九八六年三月二十五日在第六届全国人民代表大会第四次会议上. session_chars: what the
    session's name may hold (documents.py, searching a whole paragraph, keeps it in one clause)."""
    return f"{_DATE_GIVEN}在{session_chars}{{2,40}}?(?:{_SESSIONS})上"


def given_year(m: re.Match) -> int:
    """The year a match of given_on names, in digits (2026, ２０２６) or Chinese numerals (一九八六)."""
    if m["year"]:
        return int(m["year"].translate(_WIDE))
    return int(m["char_year"].translate(_CHAR_TO_DIGIT))


_VENUE_LINE = re.compile(rf"^[{DASHES}（(\s]*{given_on()}[）)]?.{{0,24}}$")


def venue_year(line: str) -> int | None:
    """The year a line under a report's title says it was given in (——2026年1月14日在某省…会议上, with or without
    its dash: 2026), or None where the line is no such line."""
    m = _VENUE_LINE.match(line)
    return given_year(m) if m else None


def report_title(line: str) -> bool:
    """Whether a line is a report to a congress's title (2026年某省政府工作报告): its year is the year it is given."""
    return bool(_REPORT_TITLE.match(line.strip()))


_WIDE = str.maketrans("０１２３４５６７８９", "0123456789")
_BREADCRUMB = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}[:：])?首页.{0,4}[>＞»]")  # (您的位置：)首页 > …
# a photo's credit under a report's title: 某某作政府工作报告。本报记者 某某 摄
_PHOTO_CREDIT = re.compile(r"(?:摄|摄影|供图)[）)]?$")
_CAPTION_LEN = 120
_HEAD_WORDS = frozenset(_DATA["head_words"])
_FRAME_WORDS = frozenset(_DATA["frame_words"])
_TAIL_WORDS = frozenset(_DATA["tail_words"])
_HEAD_PREFIX = re.compile(f"^(?:{alternation(_DATA['head_prefixes'])})[:：]")
_TAIL_PREFIX = re.compile(f"^[【\\[]?(?:{alternation(_DATA['tail_prefixes'])})[:：]")
_TAIL_PHRASE = re.compile(alternation(_DATA["tail_phrases"]))
_SALUTATION = re.compile(f"^(?:{alternation(_DATA['salutations'])})[:：!！]$")
# a report's title: [year] [area] [year] [人民] 政府工作报告; a headline about one (委员热议…) is not
_YEAR = rf"(?:{_DIGITS}{{4}}年)?"
_AREA = r"(?:[\u4e00-\u9fff]{1,10}?(?:省|市|自治区|特别行政区|县|区|州|盟|旗))?"
_REPORT_TITLE = re.compile(f"^{_YEAR}{_AREA}{_YEAR}(?:人民)?(?:{alternation(_DATA['report_titles'])})$")
_SHORT = 40  # a head line (title, speaker, date) is short; body text runs longer
_WALK = 16  # lines walked back at most: a head is a handful of lines, and the walk stays linear
# body text a document holds before a head may close it: more than a photo's caption between a
# report's title and its address (…作政府工作报告。本报记者 某某 摄)
_OWN_TEXT = 120


class _Para(Protocol):
    start: int
    end: int
    kind: str


_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"  # zero-width marks an export leaves in a line


def _strip(text: str) -> str:
    return text.strip().strip(_INVISIBLE).strip(_FRAME_MARKS).strip()


def line_role(text: str) -> str:
    """`head` (a frame line that opens a document head), `frame` (a frame line inside a head),
    `mark` (brackets and arrows only), `tail` (a line that closes a document), `junk` (no
    Chinese, a word of letters: an export's leftovers such as `false`), or `` (none of these)."""
    bare = _strip(text)
    if not bare:
        return "mark"
    if bare in _TAIL_WORDS or _TAIL_PREFIX.match(text.strip()) or _TAIL_PHRASE.search(text):
        return "tail"
    if bare in _HEAD_WORDS or _HEAD_PREFIX.match(bare) or _BREADCRUMB.match(bare):
        return "head"
    if bare in _FRAME_WORDS:
        return "frame"
    if not _CJK.search(text) and _LETTERS.search(text) and not bare.startswith(("(", "（")):
        return "junk"
    return ""


def _opening(text: str, kind: str, role: str) -> str:
    """`strong` where the line opens a document head, `weak` where it opens one only after a
    closing line, else ``."""
    if role == "head":
        return "strong"
    if kind == "title" and _REPORT_TITLE.match(text.strip()):
        return "strong"
    if _VENUE_LINE.match(text):
        return "strong"
    # the address opens a speech, but a long report also turns to its audience with it between
    # two parts (各位代表： before its last part): after a closing line only
    return "weak" if _SALUTATION.match(text.strip().strip(_INVISIBLE)) else ""


def _head_line(text: str, role: str) -> bool:
    """A line a head holds above its opening: frame, a short title or speaker line, a date."""
    if role in ("head", "frame", "mark"):
        return True
    if role:
        return False
    if _DATE_LINE.match(text.strip()) or len(text) <= _CAPTION_LEN and _PHOTO_CREDIT.search(text):
        return True
    return len(text) <= _SHORT and bool(_CJK.search(text)) and not ends_sentence(text)


def _own_text(text: str, kind: str, role: str) -> bool:
    """Body text of the document itself: sentences, not a frame's line or a date standing alone."""
    if kind != "body" or role or _DATE_LINE.match(text.strip()):
        return False
    return ends_sentence(text) or len(text) > _SHORT


def document_starts(norm: Normalized, paragraphs: Sequence[_Para]) -> list[int]:
    """Indices of the paragraphs that start a new document (never the first paragraph)."""
    if len(paragraphs) < 2:
        return []  # (a page of one paragraph: no second to start a document; its roles unread)
    texts = [norm.text[p.start:p.end] for p in paragraphs]
    roles = [line_role(t) for t in texts]
    starts: list[int] = []
    doc_start = 0
    own = 0  # characters of body text the document being read holds so far
    for i, text in enumerate(texts):
        kind = paragraphs[i].kind
        strength = _opening(text, kind, roles[i])
        if strength and running_head(texts, i):
            strength = ""  # a printed page's running head under its number (extractor/page_folios.py)
        # a title, a date, or (after an export's leftovers) any text, right below a closing line
        # (not the value of a closing line that ends with its colon: 责任编辑： / 某某)
        after_close = i > 0 and roles[i - 1] in ("tail", "junk") and not roles[i] \
            and not texts[i - 1].rstrip().endswith(("：", ":")) and (
                kind == "title" or bool(_DATE_LINE.match(text.strip())) or roles[i - 1] == "junk")
        if strength or after_close:
            k, closed = i, after_close
            while k > doc_start and i - k < _WALK and _head_line(texts[k - 1], roles[k - 1]):
                k -= 1
            if k > doc_start and roles[k - 1] in ("tail", "junk"):
                closed = True
            while k < i and roles[k] == "mark":  # a bracket left over from the frame above
                k += 1
            # a site's frame is printed once, above its document, and a closing line ends one: any
            # text before them is another document's; a report's own opening may follow a photo's
            # caption of its head
            needed = 1 if roles[i] == "head" or closed else _OWN_TEXT
            if own >= needed and (strength == "strong" or closed):
                starts.append(k)
                doc_start, own = k, 0
        if _own_text(text, kind, roles[i]) and not strength:
            own += len(text)
    return starts
