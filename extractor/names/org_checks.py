"""Small tests the suffix rule (orgs.py) asks about the words around a candidate name: a level word
before a proper word, a person and title run together before a body, a leader before 政府, 大 before
a suffix, a clause or another body's suffix between two bodies, a department after a company, titles
before an office, a kind of body before a proper name."""
from __future__ import annotations

from typing import Optional

from .org_known import headed
from .org_lists import Org, org_data
from .spans import Spans
from .words import Words

# the dictionary's tags of a brand or a firm's own name (耐克/nz, 西门子/nr, 福特/ns)
_BRAND_TAGS = ("nz", "nr", "nrt", "ns", "nt")
PROPER_TAGS = ("ns", "nr", "nz", "nt", "nrt", "nrfg", "j", "x", "ng", "eng")
_NUMERALS = frozenset("一二三四五六七八九十两几")
_PARTICLE_TAGS = ("uj", "ul", "uz", "ug", "uv", "ud")

def level_before_proper(text: str, words: Words, heads: Spans, start: int, s: int) -> bool:
    """A level word standing alone (市, 县) before a place or a proper word that begins the name."""
    if text[start] not in org_data()["bare_levels"] or not words.is_boundary(start + 1) or s - start < 4 \
            or heads.covers(start):
        return False  # (长沙市: the level word ends a place)
    nxt = words.token_at(start + 1)
    return heads.covers(start + 1) or (nxt is not None and nxt[3] in PROPER_TAGS)


def after_titled_person(words: Words, start: int, s: int) -> int:
    """Past the last title and the person's name after it before s (团委副书记李雁鹰/中山大学: a
    list of people and their bodies run together); a title right before the suffix is the
    body's kind (律师/事务所), no cut."""
    toks = words.between(start, s)
    titles = tuple(org_data()["titles"])
    for i in range(len(toks) - 2, -1, -1):
        if toks[i][2].endswith(titles) and toks[i + 1][3].startswith("nr"):
            j = i + 1
            while j + 1 < len(toks) and toks[j + 1][3].startswith("nr"):
                j += 1
            return toks[j][1] if toks[j][1] < s else start
    return start


def leader_before(words: Words, s: int) -> Optional[int]:
    """Where a person's name jieba tags right before s begins (叶利钦/政府), or None."""
    tok = words.token_at(s - 1) if s else None
    if tok is None or tok[1] != s or tok[3] not in ("nr", "nrt") or len(tok[2]) < 2:
        return None
    return tok[0]


def big_before(text: str, words: Words, s: int) -> bool:
    """大 alone (an adjective) or a count of bigness (三大, 十大) right before the suffix."""
    tok = words.token_at(s - 1) if s else None
    if any(text.endswith(w, 0, s) for w in org_data()["size_words"]):
        return True  # 大型商场, 中小型/企业: a size makes a kind
    if tok is None or tok[1] != s or not tok[2].endswith("大"):
        return False
    return (tok[2] == "大" and tok[3] == "a") or (len(tok[2]) > 1 and text[tok[0]] in _NUMERALS)


def clause_between(words: Words, start: int, end: int) -> bool:
    """A verb of two characters or more, or a particle (了, 的), between two bodies."""
    return any(t[3] in _PARTICLE_TAGS or t[3] == "v" and len(t[2]) >= 2 for t in words.between(start, end))


def clause_after_place(words: Words, start: int, end: int) -> bool:
    """An adverb before a verb (纷纷/深入, 最早/设在) between a place and a weak suffix: the place
    is a clause's subject and the suffix ends its object (四川省党政领导纷纷深入工厂), no body's
    name. Verbs alone do not tell it: a body's field may hold two (国家新药研究与开发协调领导小组);
    verbs of a clause are in clause_verbs (…水源污染造成地面水厂)."""
    toks = words.between(start, end)
    # (an adverb before a verb: jieba tags some nouns d, 北京市首都/d规划设计委员会)
    return any(a[3] == "d" and b[3].startswith("v") and a[1] == b[0] for a, b in zip(toks, toks[1:]))


def suffix_ends_between(text: str, words: Words, start: int, end: int) -> bool:
    """A body's suffix ends a word somewhere between start and end (the name before it is done;
    大学 of 大学生 ends none)."""
    return any(m.end() < end and words.is_boundary(m.end()) for m in org_data()["re"].finditer(text, start, end))


def nominal(words: Words, start: int, end: int) -> bool:
    """Nouns only between a country's one-character form and the suffix (以/农业/部, 巴/选举/委员会)."""
    return all(t[3].startswith(("n", "j", "vn", "b")) for t in words.between(start, end))


def department_of_company(text: str, last: Org, s: int, suffix: str) -> bool:
    """A department (办公室, 部, 处) written right after a company's name."""
    lists = org_data()
    return last.end == s and suffix in lists["departments"] and last.name.endswith(lists["companies"])


# tags of the words that make a body a kind (商业银行: 商业 n), not a name (清华大学: 清华 nz)
_KIND_TAGS = ("n", "v", "vn", "a", "an", "b", "d", "ad", "f", "m")
# (i, l: idioms and set phrases, 就是指, 超额完成, are never inside a name)
FUNCTION_TAGS = ("p", "c", "u", "d", "r", "uj", "ul", "ud", "uz", "ug", "uv", "y", "i", "l")
# one-character words that are no piece of an unknown name (病人/挑/医院)
_EDGE_TAGS = FUNCTION_TAGS + ("v", "vd", "ad", "t", "m")


def proper_before(words: Words, start: int, at: int) -> bool:
    """A proper word between start and a name jieba knows at `at` (阿勒锦/经贸公司): the name
    runs from start; common words (谨/代表/海峡两岸关系协会) are the sentence's."""
    return any(t[3] in PROPER_TAGS for t in words.between(start, at))


def holds_proper(words: Words, heads: Spans, start: int, s: int, suffix: str) -> bool:
    """A name before a strong suffix holds something proper: a place, a name jieba tags or
    does not know (爱颐家医养中心); 商业银行 and 企业集团 are kinds, not names."""
    if suffix.endswith("有限公司") or heads.any_within(start, s):
        return True
    if suffix == "中心" and text_of(words, start, s).startswith(org_data()["sports"]) \
            and text_of(words, s - 2, s) == "管理":
        return True  # 篮球/管理中心: the state's management centre of a sport
    first = words.token_at(start)
    if suffix in org_data()["international"] and s - start >= 4 and first is not None \
            and first[0] == start and first[2] in org_data()["world_words"]:
        return True  # 国际/田径/联合会, 世界/动物/保护/协会: a body of the world
    whole = words.token_at(start)
    if whole is not None and whole[0] == start and whole[1] >= s + len(suffix) and headed(whole[2]):
        return True  # 中国国际问题研究所/n: one word of jieba's, headed by a place or a word of state
    whole = words.token_at(start)
    if whole is not None and whole[0] == start and whole[1] > s and whole[3] in ("nz", "nt", "nr") \
            and (whole[3] != "nt" or words.tags.get(text_of(words, start, s), "ns") not in _KIND_TAGS):
        # 光明日报/nz, 清华大学/nt, 沃尔沃公司/nr: jieba holds the whole name (商业银行/nt: 商业 is a kind)
        return True
    if whole is not None and whole[0] == start and whole[1] > s \
            and words.tags.get(text_of(words, start, s)) in _BRAND_TAGS:
        return True  # 耐克公司/n: one word of jieba's whose part before the suffix it knows as a name (耐克/nz)
    # a single character jieba could not join is likely part of an unknown name (爱颐家), but a
    # one-character verb or function word is not (病人/挑/医院)
    return any(t[3] in PROPER_TAGS or (len(t[2]) == 1 and t[3] not in _EDGE_TAGS)
               for t in words.between(start, s))


def text_of(words: Words, start: int, end: int) -> str:
    """The page's text from start to end, rebuilt from the token that holds start."""
    tok = words.token_at(start)
    return tok[2][start - tok[0]:end - tok[0]] if tok is not None else ""


def office_of_titles(text: str, words: Words, t: tuple, s: int) -> bool:
    """联合国/秘书长/发言人/办公室, 总统/办公室: titles running straight into an office's suffix
    name the office that serves them, inside the body's name."""
    if not text.startswith(org_data()["titled_offices"], s):
        return False
    titles = org_data()["titles"]
    return all(u[2] in titles for u in words.between(t[0], s))


def after_apposition(words: Words, start: int, s: int) -> int:
    """国家大型航运企业/中远集团, 城关镇内设机构/青马办事处: a kind of body (企业, 机构) written as a
    common noun before a proper name and its suffix describes the body; the name begins after
    it (中国企业联合会, 国有企业改革领导小组: nothing proper follows the kind, no cut; 企业集团: the
    kind and a suffix together are the name's)."""
    kinds = org_data()["apposition_kinds"]
    toks = words.between(start, s)
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        if t[3] == "n" and t[2].endswith(kinds) and s - t[1] >= 2 \
                and any(u[3] in ("ns", "nr", "nz", "j") for u in toks[k + 1:]) \
                and toks[k + 1][2] not in org_data()["suffixes"]:  # (上海西部企业集团中山物业…: 企业集团 a name's)
            return t[1]
    return start


def inner_of(text: str, words: Words, t: tuple) -> bool:
    """音乐/之/友协会, 妇女/之/家…中心: 之 between a noun and a word of the name's (友, 家) is
    inside the body's own name, not a particle that ends it."""
    if t[2] != "之" or not t[0]:
        return False
    before = words.token_at(t[0] - 1)
    return before is not None and before[3].startswith("n") and len(before[2]) >= 2 \
        and text.startswith(org_data()["inner_of"], t[1])


def committee_before_generic(name: str) -> int:
    """The length of the committee a name begins with where the level's generic body follows it
    (洛阳市委/市政府 -> 4, 泽州县委/县政府), else 0: 市政府 after 洛阳市委 is the city's government
    named by its level alone, a generic reference, no part of the committee's name."""
    lists = org_data()
    for k in range(3, len(name) - 2):
        if name[k - 1] == "委" and name[k - 2] == name[k] and name[k] in lists["bare_levels"] \
                and name[k + 1:] in lists["level_generic"]:
            return k
    return 0


# what a field of a body's name may be jieba-tagged (和平与团结, 能源与环境, 社会事务与就业, 争取和平/i
# 与裁军, 研究与开发/v)
_FIELD_TAGS = ("n", "nz", "vn", "an", "a", "i", "v")


def inner_and(words: Words, t: tuple) -> bool:
    """和平/与/团结委员会, 能源/与/环境部: 与 between two fields, the first no body (公安局/与/
    教育局 joins two), is inside one body's name, not a preposition that sets up what follows."""
    if t[2] != "与" or not t[0]:
        return False
    before, after = words.token_at(t[0] - 1), words.token_at(t[1])
    return before is not None and after is not None and before[1] == t[0] and after[0] == t[1] \
        and before[3] in _FIELD_TAGS and after[3] in _FIELD_TAGS and len(before[2]) >= 2 \
        and not before[2].endswith(org_data()["suffixes"])


def phrase_in_name(words: Words, t: tuple, runs: list, start: int) -> bool:
    """A fixed phrase of jieba's (/l) after the place that heads the name, not ending in a verb, is
    the body's trade (天津/远洋运输/公司, 香港/人寿保险/从业人员协会), no clause (海南/超额完成/…);
    not after a word of state (全国/一体化/大数据中心: a kind)."""
    return t[3] == "l" and words.tags.get(t[2][-2:]) != "v" \
        and any(r[0].start >= start and r[-1].end <= t[0] and r[-1].kind != "head" for r in runs)
