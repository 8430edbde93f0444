"""The written forms around an organization's name that the suffix rule (orgs.py) weighs: a name
in Latin letters or a word in brackets before the suffix (IHI公司, 南方航空（集团）公司), a country
or the words of state before a known body (古巴全国人大), bodies jieba writes as one word, and
the counts and level words that make a body a kind (12个乡镇卫生院, 市财政局)."""
from __future__ import annotations

import re
from typing import Optional

from ..clauses import BRACKETS, CLAUSE_ENDS, QUOTES
from .org_lists import Org, org_data
from .place_mention import Mention
from .words import Words

# a count before a name, with a few words between it and the name (9所新建、扩建学校)
_COUNT_GAP = 6
_CLAUSE_END = set(CLAUSE_ENDS + QUOTES + BRACKETS)
# the signs of a score (3∶0): a count before one counts games, not bodies
_SCORE_CHARS = frozenset(":∶：")


# a word in brackets right before a suffix, inside the name (（集团）公司, （中国）有限公司)
PAREN_BEFORE = re.compile(r"[(（][\u4e00-\u9fff]{1,4}[)）]$")
# a name in Latin letters and digits, parts joined by dashes (IHI, 3M, C—CUBE)
_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9&])[A-Za-z0-9][A-Za-z0-9&]*(?:[-—][A-Za-z0-9&]+)*$")


def latin_before(text: str, at: int, head_ends: dict[int, Mention]) -> Optional[int]:
    """Where a name written in Latin letters right before `at` begins (IHI公司, JP/摩根公司, 美国
    C—CUBE公司: a country before it heads it), or None where there is none; a run of digits
    alone (1998公司) or one letter (A公司: a company not named) is none."""
    m = _LATIN_NAME.search(text, max(0, at - 16), at)
    if m is None or len(m.group()) < 2 or not any(c.isalpha() for c in m.group()):
        return None
    return run_before(head_ends, m.start())


def joined_in_word(text: str, words: Words, found: list[Org]) -> list[Org]:
    """Bodies written one after another inside one organization word of jieba's (中国人民解放军/
    总后勤部, 总后勤部/卫生部 in one word): one body, the unit of the first."""
    found = sorted(found, key=lambda o: o.start)
    out: list[Org] = []
    for o in found:
        last = out[-1] if out else None
        tok = words.token_at(o.start)
        if last is not None and last.end == o.start and tok is not None and tok[3] == "nt" \
                and tok[0] <= last.start and o.end <= tok[1]:
            out[-1] = Org(last.start, o.end, text[last.start:o.end], last.rule)
        else:
            out.append(o)
    return out


def with_country(o: Org, text: str, countries: dict[int, Mention]) -> Org:
    """A country or a region of the world written right before a known body heads it (中国/全国人大,
    古巴/全国人大, 欧洲/经合组织): one body. countries: the countries and regions named on the
    page, by where they end."""
    c = countries.get(o.start)
    if c is None or c.level not in ("country", "region"):
        return o
    return Org(c.start, o.end, text[c.start:o.end], o.rule)


def world_before(text: str, start: int, head_starts: dict[int, Mention], suffix: str) -> int:
    """国际/荷兰集团: 国际 right before a country that heads a body of the world's kinds (集团,
    银行, 联合会) is the name's own first word (国际荷兰集团), not the sentence's; before a firm
    of any kind it stays the sentence's (国际/美国公司: a firm of America)."""
    head = head_starts.get(start)
    if suffix in org_data()["international"] and head is not None and head.level == "country" \
            and text.startswith("国际", start - 2):
        return start - 2
    return start


def after_verb(words: Words, start: int, at: int) -> int:
    """Where a name jieba knows at `at` may begin: after the last verb between start and it
    (购买/美国政府, 住/进/襄樊/铁路医院, 会同/财政部: what goes before the verb is the sentence's)."""
    clause_verbs = org_data()["clause_verbs"]
    for t in reversed(words.between(start, at)):
        if (t[3] == "v" or t[2] in clause_verbs) and t[1] <= at:
            return t[1]
    return start


def counted(text: str, start: int, end: int) -> bool:
    """12个乡镇卫生院, 9所新建、扩建学校, 扩建学校15所: bodies counted are a kind, not a name."""
    lists = org_data()
    if lists["count_after_re"].match(text, end):
        return True
    floor = max(0, start - _COUNT_GAP - 4)
    for m in lists["count_re"].finditer(text, floor, min(len(text), start + 1)):
        gap = text[m.end():start]
        if len(gap) <= _COUNT_GAP and not any(c in _CLAUSE_END or c in lists["boundary"] for c in gap) \
                and not _counts_another(gap):
            return True
    return False


def _counts_another(gap: str) -> bool:
    """The count before a name counts something else: games won by a score (两个3∶0战胜/解放军女排),
    the subject of a clause (三家银行收购…), or a kind of body the name then stands beside (另一家
    亏损企业/海南省船舶工业总公司)."""
    lists = org_data()
    return any(c in _SCORE_CHARS for c in gap) or any(v in gap for v in lists["clause_verbs"] if len(v) > 1) \
        or gap.endswith(lists["apposition_kinds"])


def bare_level(text: str, start: int, places: list[Mention]) -> bool:
    """市 alone before a body's name (市财政局), not the end of a place (绵阳市财政局)."""
    if start == 0 or text[start - 1] not in org_data()["bare_levels"]:
        return False
    return not any(p.end == start for p in places)


def kind_after_short(heads: list[Mention], start: int, s: int, suffix: str) -> bool:
    """宁乡学校建设: a county's short form and a bare kind of body name the kind in that county
    (北京大学, 常德职业技术学院: a province's or city's short form heads real names)."""
    if suffix not in org_data()["kind_after_short"]:
        return False
    return any(h.start == start and h.end == s and h.kind == "short"
               and h.level not in ("province", "city") for h in heads)


def run_before(ends: dict[int, Mention], at: int) -> int:
    """The start of the run of places and words of state (中共, 国家) written right before at (or
    at itself); `ends` maps the end of each head to it. A body before it is a body of its own."""
    words_of_state = org_data()["heads"]
    while at in ends and (ends[at].kind != "head" or ends[at].name in words_of_state):
        at = ends[at].start
    return at


_DASHES = "—－-"
# tags of a word that may be one name of two joined by a dash (时代—沃纳: a firm's own names)
_JOINED_TAGS = ("n", "nr", "ns", "nz", "nt", "j", "eng")


def dash_before(text: str, words: Words, start: int, head_ends: dict[int, Mention]) -> int:
    """Where a body's name begins when another name is joined to it by a dash (时代—沃纳公司,
    五羊—本田公司: a joint venture or a merged firm), with the places that head it; else start."""
    if start < 3 or text[start - 1] not in _DASHES:
        return start
    tok = words.token_at(start - 2)
    if tok is None or tok[1] != start - 1 or len(tok[2]) < 2 or not tok[3].startswith(_JOINED_TAGS) \
            or not tok[2].isalnum():
        return start
    return run_before(head_ends, tok[0])


def sponsor_before(words: Words, start: int) -> int:
    """Where a team's name begins when a brand jieba tags a proper noun stands right before the
    team word it knows (健力宝/青年队); a dateline or a cup jieba tags so (日讯, 省港杯) and a
    verb it mistags (力克/上海队) are none."""
    tok = words.token_at(start - 1) if start else None
    lists = org_data()
    if tok is None or tok[1] != start or tok[3] != "nz" or len(tok[2]) < 2 \
            or tok[2].endswith(lists["not_sponsor_end"]) or tok[2] in lists["clause_verbs"]:
        return start
    return tok[0]



def founder_before(words: Words, start: int, end: int) -> Optional[int]:
    """A foreign person's name right before the place or state word at end that heads a body,
    and no title between start and end (劳伦斯伯克利/国家实验室): the founder or patron the body
    is named after, not the last person of a list run into the next body (副主席罗汉江/云南省…医院).
    Where the name begins, or None."""
    toks = words.between(start, end)
    titles = org_data()["titles"]
    if not toks or any(t[2] in titles for t in toks):
        return None
    name = []
    for t in reversed(toks):
        if not (t[3].startswith("nr") or t[2] == "·"):
            break
        name.append(t)
    if name and any(t[3] == "nrt" or t[2] == "·" for t in name) \
            and not any(t[3].startswith("nr") for t in toks[:len(toks) - len(name)]):
        return name[-1][0]
    return None


_DASHES = "—－-"


def joined_by_dash(text: str, out: list[Org]) -> list[Org]:
    """哈佛大学 inside 哈佛大学—史密森天体物理研究所: a body that a dash joins to the next name at
    the same start is the head of the longer body, no mention of its own."""
    longest: dict[int, int] = {}
    for o in out:
        longest[o.start] = max(longest.get(o.start, o.end), o.end)
    # (北京大学-清华大学: two bodies of one kind, each its own name)
    return [o for o in out if o.end == longest[o.start] or text[o.end:o.end + 1] not in _DASHES
            or text.endswith(o.name[-2:], 0, longest[o.start])]
