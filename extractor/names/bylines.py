"""Bylines, closing credits and author lines: the names of a page's authors and photographers
(（陈科翔 杜 璇）, 记者 张 伟 刘 洋, a name alone under the headline)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

from ..lexicon import word_list
from ..page import Page
from ..word_starts import led_by_first_chars
from .person_base import Person, lists as _lists, plausible
from .words import Words

_CJK = re.compile(r"[\u4e00-\u9fff]")
_CREDIT_END = re.compile(r"\s*(摄影|摄|供图|制图|绘图|图)$")
_ROLE_ANY = re.compile(r"(记者|通讯员|实习生|摄影)")
_BYLINE_ROLE = re.compile(r"^(本报)?(记者|通讯员|实习生|特约记者|见习记者|摄影|摄|文|图)[:：]?")


def _split_run(run: str) -> list[str]:
    """陈科翔杜璇 written without spaces: names of 2-3 characters, each starting with a surname."""
    if plausible(run) and len(run) <= 3:
        return [run]
    for first in (3, 2):
        head, rest = run[:first], run[first:]
        if plausible(head) and rest:
            tail = _split_run(rest)
            if tail:
                return [head] + tail
    return []


def byline_names(raw: str) -> list[str]:
    """The names of a byline's raw text: （陈科翔 杜 璇） → 陈科翔, 杜璇;
    李永亮 闫修兴 刘小花 → three names."""
    body = raw.strip().strip("（()）").strip()
    body = _CREDIT_END.sub("", body)
    # 新华社记者兰红光: the name follows the last role word
    roles = list(_ROLE_ANY.finditer(body))
    body = body[roles[-1].end():] if roles else body
    body = _BYLINE_ROLE.sub("", body)
    return group_names([p for p in re.split(r"[\s、，,]+", body) if p])


def group_names(pieces: list[str]) -> list[str]:
    """The names written by pieces split at spaces: 王晓红 李 明 → 王晓红, 李明; 李 娜 韩 涛 →
    李娜, 韩涛. Justified author lines space out the characters of short names, so runs of single
    characters are joined and cut by the surname table and name lengths; [] if no reading fits."""
    runs: list[list] = []  # [text, made of single characters]
    for p in pieces:
        if runs and len(p) == 1 and runs[-1][1]:
            runs[-1][0] += p
        else:
            runs.append([p, len(p) == 1])
    names = []
    for run, _ in runs:
        if not all(_CJK.match(c) for c in run):
            return []
        split = _split_run(run)
        if not split:
            return []
        names += split
    return names


def byline_persons(page: Page) -> list[Person]:
    out = []
    text = page.text
    for p in page.layout.paragraphs:
        seg = text[p.start:p.end]
        if p.kind == "caption":
            m = re.search(r"[（(]([^（）()]*?)\s*摄[）)]", seg)
            if not m:
                continue
            raw, at = m.group(1), p.start + m.start(1)
        elif p.kind == "byline":
            lines = page.norm.paragraph_lines[p.index]
            raw, at = " ".join(x.text for x in lines), p.start
        else:
            continue
        names = byline_names(raw)
        signed = _signature(raw.strip().strip("（()）").strip()) if p.kind == "byline" and not names else None
        if signed is not None:
            names = [signed]
            at = p.end - len(signed) - 2  # the name closes the bracket
        for name in names:
            i = text.find(name, at, p.end)
            if i < 0:
                continue
            out.append(Person(i, i + len(name), name, "person:byline"))
            at = i + len(name)
    return out


# 新华社北京1月8日电（记者于海生）, 本报讯记者夏珺、彭俊报道: the credit inside a dispatch's first
# sentence, a role word and names up to 报道, 摄 or the closing bracket (记者从…获悉 reaches none)
_ROLE_WORDS = r"(?:记者|通讯员|实习生)"
_ROLE = rf"(?:新华社|本报|中新社)?(?:特约|见习)?{_ROLE_WORDS}"
_CREDIT = led_by_first_chars(re.compile(rf"{_ROLE}(?P<n>[\u4e00-\u9fff、\s]{{2,24}}?)(?=报道|摄?[）)])"))
_CREDIT_SPLIT = re.compile(rf"[、\s]+|{_ROLE}")
# the role word every credit holds, and the most characters written before it (新华社特约)
_ROLE_WORD = re.compile(_ROLE_WORDS)
_BEFORE_ROLE = len("新华社") + len("特约")


def dispatch_credits(text: str) -> list[Person]:
    """The reporters named in a dispatch's credit; every piece must read as names, or none is taken."""
    out = []
    # the credit's pattern begins with optional words, which the regex engine tries at every
    # position of the page: its scan starts just before the first role word (half the pages have none)
    first = _ROLE_WORD.search(text)
    if first is None:
        return out
    for m in _CREDIT.finditer(text, max(0, first.start() - _BEFORE_ROLE)):
        readings = [_split_run(x) for x in _CREDIT_SPLIT.split(m.group("n")) if x]
        if not readings or not all(readings):
            continue
        names = [n for reading in readings for n in reading]
        at = m.start("n")
        for name in names:
            i = text.find(name, at, m.end())
            out.append(Person(i, i + len(name), name, "person:byline"))
            at = i + len(name)
    return out


_PAREN = re.compile(r"[（(](?P<n>[\u4e00-\u9fff]{2,12})[）)]")
_CREDIT_BEFORE = "）)。！？”"


def _credit_inside(text: str, m: re.Match) -> bool:
    """走出黄土地（套色木刻）（曹美）, 最深刻的印象。（闻力）: inside a paragraph, a name alone in
    brackets right after a sentence's end or another bracket credits a work or a piece."""
    name = m.group("n")
    return m.start() > 0 and text[m.start() - 1] in _CREDIT_BEFORE and 2 <= len(name) <= 3 \
        and plausible(name) and name[-1] not in _lists()["not_end"]


@lru_cache(maxsize=1)
def _signature_heads() -> frozenset[str]:
    return frozenset(word_list("names/signature_heads.txt"))


def _signature(body: str) -> Optional[str]:
    """（北京市西城区佟景宸）: a reader signs with the place or body he writes from, the name last;
    the name is the two or three characters after the place's or body's last character."""
    heads = _signature_heads()
    for size in (3, 2):
        name = body[-size:]
        # the place or body before: three characters at least (西城区, 公安局), which a run of
        # names glued together (周小琴陈广华) never ends with
        if len(body) - size >= 3 and body[-size - 1] in heads and plausible(name) \
                and name[-1] not in _lists()["not_end"] and name[-1] not in heads:
            return name
    return None


def closing_parens(page: Page) -> list[Person]:
    """（胡耀华） at the end of a paragraph: the author of the article; inside one, a name in
    brackets after a sentence or a work's caption (_credit_inside)."""
    out = []
    text = page.text
    for p in page.layout.paragraphs:
        if p.kind == "byline":
            continue
        for m in _PAREN.finditer(text, p.start, p.end):
            if text[m.end():p.end].strip():
                if _credit_inside(text, m):
                    out.append(Person(m.start("n"), m.end("n"), m.group("n"), "person:byline"))
                continue
            at = m.start("n")
            signed = _signature(m.group("n"))
            if signed is not None:
                i = m.end("n") - len(signed)
                out.append(Person(i, m.end("n"), signed, "person:byline"))
                continue
            for name in byline_names(m.group("n")):
                i = text.find(name, at, m.end())
                if i >= 0:
                    out.append(Person(i, i + len(name), name, "person:byline"))
                    at = i + len(name)
    return out


_AUTHOR_LINE = re.compile(r"[\u4e00-\u9fff]+(?:\s+[\u4e00-\u9fff]+)+")
_AUTHOR_MAX = 20
_ROLE_LEAD = re.compile(r"(?:本报)?(?:特约|见习)?(?:记者|通讯员|实习生)[:：]?\s*")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,4}")
_GLUED = re.compile(r"[\u4e00-\u9fff]{4,12}")


def author_lines(page: Page, words: Optional[Words]) -> list[Person]:
    """A line of names alone, spaced out by justification (王晓红 李 明, 周 静) under a headline:
    the authors, wherever the layout put the line (a title's last line, a paragraph of its own)."""
    out = []
    text, norm = page.text, page.norm
    for p in page.layout.paragraphs:
        lines = norm.paragraph_lines[p.index]
        if p.kind in ("byline", "caption") or (p.kind == "body" and len(lines) > 1):
            continue
        for line in lines:
            # 记者 张 伟 刘 洋: a role word may lead the line
            role = _ROLE_LEAD.match(line.text)
            rest = line.text[role.end():] if role else line.text
            if len(line.text) > _AUTHOR_MAX:
                continue
            single = len(lines) == 1 or p.kind == "title"
            alone = single and _CJK_RUN.fullmatch(rest) and len(rest) <= 3
            # 赖林嵩周美林范双民: names of a line written without the spaces between them
            glued = single and _GLUED.fullmatch(rest)
            if not (_AUTHOR_LINE.fullmatch(rest) or (role or alone) and _CJK_RUN.fullmatch(rest) or glued):
                continue  # alone: 钟行 on a line of its own under the headline
            names = group_names(rest.split())
            if glued and not _AUTHOR_LINE.fullmatch(rest) and not (
                    len(names) >= 2 and all(_unknown_word(n, words) and not _words_inside(n, words) for n in names)
                    and not _verb_in(words, line.start, line.end, norm)):
                continue  # 李鹏会见外宾 reads as no names; names that are words (江山) make no author line
            if any(n[-1] in _lists()["end"] for n in names):
                continue  # 王 强 说: a word after the name, so a sentence, not an author line
            # two names or more make an author line; one alone (时 评) must be no other word
            if not names or (len(names) == 1 and not _unknown_word(names[0], words)):
                continue
            at = bisect.bisect_left(norm.raw, line.start)
            end = bisect.bisect_left(norm.raw, line.end)
            for name in names:
                i = text.find(name, at, end)
                if i < 0:
                    break
                out.append(Person(i, i + len(name), name, "person:byline"))
                at = i + len(name)
    return out


def _verb_in(words: Optional[Words], start: int, end: int, norm) -> bool:
    """陈方安生启程赴京: a verb or function word of two characters or more makes the line a headline."""
    if words is None:
        return False
    s, e = bisect.bisect_left(norm.raw, start), bisect.bisect_left(norm.raw, end)
    return any(len(t[2]) >= 2 and t[3][:1] in ("v", "d", "p", "c") for t in words.between(s, e))


def _words_inside(name: str, words: Optional[Words]) -> bool:
    """荣誉模/范团长: a reading whose given name is a title, or whose first two characters make
    a common noun of the dictionary (荣誉), is no name."""
    if name[1:] in _lists()["titles"]:
        return True
    if words is None or len(name) != 3:
        return False
    tag = words.tags.get(name[:2])
    return tag is not None and tag[:1] == "n" and not tag.startswith("nr")


def _unknown_word(name: str, words: Optional[Words]) -> bool:
    """时 评 is a word, 周 静 a name: a name the dictionary holds as another kind of word is not one."""
    tag = words.tags.get(name) if words is not None else None
    return plausible(name) and (tag is None or tag.startswith("nr"))

