"""Organizations: a name ending in an organization suffix. Strong suffixes (有限公司, 学院, 中心)
take any name before them up to a clause boundary; weak ones (局, 委, 站) need a place at the
head (武陵区人社局, 常德市鼎城区纪委监委). Units of one body chain into one name
(郴州市公安局交警支队直属三大队). Well-known bodies without a suffix (中科院) come from a list."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Optional

from .aliases import add_aliases
from .place_mention import Mention
from .spans import Spans
from .org_heads import heads_of as _heads, with_agencies as _with_agencies
from .org_known import agency_kind, bare_parliaments, headed, known_heads, known_orgs, tagged_orgs, two_known, org_like  # noqa: F401 (org_like: the package's)
from .org_lists import NUMERAL, Org, org_data
from .org_forms import (after_verb, bare_level, counted, dash_before, founder_before, joined_by_dash, joined_in_word, kind_after_short, sponsor_before,
                        latin_before, run_before, with_country, world_before, PAREN_BEFORE)
from .org_checks import (after_apposition, phrase_in_name as _phrase_in_name, committee_before_generic,
                         inner_and as _inner_and, inner_of as _inner_of, clause_after_place, office_of_titles,
                         FUNCTION_TAGS, PROPER_TAGS, after_titled_person, holds_proper, proper_before, big_before,
                         clause_between, department_of_company, leader_before, level_before_proper, nominal,
                         suffix_ends_between)
from .org_runs import chains as _chains, fresh_starts, last_heading as _last_heading, new_body_at as _new_body_at
from .org_repeated import repeated_firms
from .org_listed import listed_bodies
from .org_short import short_forms
from .org_tables import table_stocks
from .org_numbered import with_numbered
from .units import join_units
from .words import Words

_CJK = re.compile(r"[\u4e00-\u9fff]")
_MAX_NAME = 20
# a title in book-title brackets right before a suffix (《企业管理》杂志社, 《人民日报》社)
_TITLE_BEFORE = re.compile(r"《[^《》\s]{1,12}》$")
# a count of states right before a group's suffix (７国/集团, 十国/集团)
_STATES_BEFORE = re.compile(rf"(?<![\d０-９一二三四五六七八九十]){NUMERAL}国$")
_DIGITS = frozenset("0123456789０１２３４５６７８９")
# a dateline (北京一月六日电, 本报讯) ends what goes before: no name runs across a date
_DATELINE = re.compile(rf"{NUMERAL}月{NUMERAL}日(?:电|讯)?|本报讯|日电|日讯")
# words between a place and a weak suffix that make a clause of them, not a name (境内/f, 其他/r, 的/uj)
_INNER_STOP_TAGS = ("f", "s", "r", "p", "uj", "ul", "uz", "ug", "uv", "ud")
_DIRECTIONS = "东西南北中"
_OFFICE = "办"  # a short office's suffix, taken only at the end of a word jieba writes whole


def _suffix_stands(words: Words, s: int, e: int, suffix: str) -> bool:
    """The suffix ends a word (水利局, 有限公司), not inside one (局长, 部门, 大厅, 处处)."""
    lists = org_data()
    if suffix in lists["short_whole_words"]:
        # 河北/农大, 北方交大/nt: the end of a word of jieba's own, no term before (九届全国人大), no
        # verb of one character after it that 大 may begin (象角村人/大搞)
        tok, nxt = words.token_at(s), words.token_at(e)
        return tok is not None and tok[1] == e and (tok[0] == s or tok[3] in ("nt", "j")) \
            and "届" not in tok[2] and not any("届" in t[2] for t in words.between(max(0, s - 6), s)) \
            and not (nxt is not None and nxt[1] - nxt[0] == 1 and nxt[3] == "v")
    if suffix == _OFFICE:
        tok = words.token_at(s)  # 双拥办, 协作办: a word of jieba's of three or more, no verb's
        nxt = words.token_at(e)  # (老区办/起: 办 the verb, 起 its complement; 临时代办: a title)
        return tok is not None and tok[1] == e and e - tok[0] >= 3 and not tok[3].startswith("v") \
            and tok[2] not in lists["titles"] \
            and not (nxt is not None and nxt[1] - nxt[0] == 1 and nxt[3] in ("v", "ul", "uz", "ug"))
    if s not in words.start_set and e not in words.end_set:
        # inside a word, but for a level's committee jieba joined to a title (市委常委, 省委书记)
        tok = words.token_at(s)
        return tok is not None and tok[0] == s - 1 and tok[2][0] in lists["bare_levels"] \
            and tok[2][e - tok[0]:] in lists["titles"]
    # (below, each way to True needs a word to start at s or end at e)
    last = words.token_at(e - 1)
    if last is not None and last[0] == s and last[1] > e and (last[2][len(suffix):] in lists["titles"]
                                                              or words_after(words, e, lists["glued_after"])):
        return True  # 改革/局局长, 运输/局供/图: jieba joined the suffix to the word after it
    if last is None or last[1] != e or last[2].endswith(_longer_kinds(suffix)) or last[2] in lists["not_word"]:
        return False  # 部门, 市委常委, 华南大部 (but 上海交响乐团 ends in 交响乐团, not in the kind 乐团)
    if s in words.start_set:
        # the suffix is a word of its own, but for a function word (中国人民/所/做的: 所 a particle)
        return not (last[0] == s and last[3] in FUNCTION_TAGS)
    first = words.token_at(s)
    if first is not None and first[0] == s - 1 and first[1] == e and len(suffix) == 1 and first[3] == "n" \
            and words.tags.get(first[2][0]) == "v" and first[2] not in lists["body_words"]:
        return False  # 带/队, 派/队, 设/厂: a verb and the suffix make one word of doing, no body's name
    return first is None or first[3].startswith(("n", "j", "x"))


@lru_cache(maxsize=None)
def _longer_kinds(suffix: str) -> tuple[str, ...]:
    """The words that are no organization and are longer than the suffix (部门 for 部): a token
    ending in one is that word, not a name ending in the suffix."""
    return tuple(n for n in org_data()["not_tuple"] if len(n) > len(suffix))


def words_after(words: Words, e: int, after: tuple[str, ...]) -> bool:
    """The text at e begins one of the words `after` (the page text is rebuilt from the tokens)."""
    tok = words.token_at(e)
    if tok is None:
        return False
    rest = "".join(t[2] for t in words.between(tok[0], tok[0] + 8))
    return rest[e - tok[0]:].startswith(after)


def _heads_only(words: Words, start: int, end: int) -> bool:
    """Only places and bodies between start and end (阿拉伯/司法部长: the title names a council
    of the place's ministers; 欧盟委员会/已/建议/欧盟/部长: a clause stands between)."""
    return all(t[3] in ("ns", "nt", "j") for t in words.between(start, end))


def _cut(text: str, words: Words, start: int, s: int) -> bool:
    """A word between start and s that joins two bodies or sets one up (…支队会同市教育局,
    在广州设立工作站), or a conjunction right after another body (公安局和教育局)."""
    lists = org_data()
    for t in words.between(start, s):
        if t[2] in lists["joins"] or t[2] in lists["clause_verbs"]:
            return True  # …支队/会同/市教育局, 民政局/找/政治处
        if _inner_and(words, t):
            continue
        # 国务院总理李强主持召开国务院: a title between the head and the suffix ends what went
        # before (verbs do not: 武陵区创业就业服务工作站 holds one; nor do words jieba tags as
        # names: 张掖市林草/nr局)
        if t[3] == "p" or t[2] in lists["former"]:
            # 达累斯萨拉姆顺利通过/铁路局: a preposition sets up what follows; 延庆县/原/县委: the
            # body that was, a clause of its own
            return True
        # (阿拉伯司法部长/理事会: the ministers' own council, where the title runs into the suffix)
        if t[2] in lists["titles"] and not (t[1] == s and _heads_only(words, start, t[0])) \
                and not office_of_titles(text, words, t, s) \
                or (t[3] == "v" and len(t[2]) == 1 and _tag_at(words, t[1]) in ("nt", "ns", "j")):
            return True  # 新华社/发/美联社, 香港/遭/港英当局: a verb of one character before another name (not 县/发/改局)
        if t[2] in lists["conjunctions"] and (text.endswith(lists["suffixes"] + ("办",), 0, t[0])
                                              or _tag_before(words, t[0]) in ("nt", "j")
                                              or _tag_at(words, t[1]) == "nt" and words.token_at(t[1])[1] >= s):
            # 公安局和教育局, 国务院侨办和国家体委: a body before the conjunction; …会议和/全国政协:
            # a body jieba knows whole after it
            return True
    return False


def _tag_at(words: Words, at: int) -> str:
    tok = words.token_at(at)
    return tok[3] if tok is not None and tok[0] == at else ""


def _tag_before(words: Words, at: int) -> str:
    tok = words.token_at(at - 1) if at else None
    return tok[3] if tok is not None else ""


def _start(text: str, s: int, words: Words, places: list[Mention], strong: bool,
           place_spans: Spans) -> Optional[int]:
    """Where the name of an organization ending in a suffix at s begins, or None."""
    lists = org_data()
    floor = max(0, s - _MAX_NAME)
    # just after the last char before s that ends a name: a non-CJK char or a boundary word
    # (的, 在); 和 inside an agency's name does not end it (发展和改革局, 住房和城乡建设局)
    last_stop = lists["last_stop" if strong else "last_stop_weak"]
    stop = last_stop.match(text, floor, s)
    start = stop.end() if stop else floor
    # a boundary character inside a longer word is none (本溪, 经贸): look further back
    while start > floor and _CJK.match(text[start - 1]):
        tok = words.token_at(start - 1)
        if tok is None or tok[1] - tok[0] == 1 and not _inner_and(words, tok):
            break
        stop = last_stop.match(text, floor, start - 1)
        start = stop.end() if stop else floor
    for date in _DATELINE.finditer(text, start, s):
        start = date.end()
    at = bisect_left(place_spans.starts, start - 1)
    if 0 < start and at < len(places) and places[at].start == start - 1 and places[at].kind == "abbreviation":
        start -= 1  # 在/以/政府: a country's form that is also a boundary word (以, 对) heads the name
    if 0 < start < s and text[start] in "年月日" and text[start - 1] in _DIGITS:
        start += 1  # 1月/西南交通大学出版社: the date's unit after the digits that ended the search
    runs = _chains(places, place_spans.starts, start, s)  # place_spans holds the same starts
    if not strong:
        # the nearest run of places heads the name (建立武陵区大学生…驿站)
        if not runs or _cut(text, words, runs[-1][-1].end, s) \
                or any(t[2] in lists["offices"] or t[2] in lists["clause_verbs"]
                       for t in words.between(runs[-1][-1].end, s)):
            # 山东/担任/省委, 民政局/找/政治处: a verb of office or of a clause after the place
            # begins a clause, not a name
            return None
        if any(t[3] in _INNER_STOP_TAGS and not (len(t[2]) == 2 and t[2][0] in _DIRECTIONS)
               and not _inner_and(words, t) for t in words.between(runs[-1][-1].end, s)):
            # 太岳区境内/国民党, 日本政界中/在野党: a place word or particle makes a clause (a
            # direction is part of a name: 纽约南部地方检查院)
            return None
        if clause_between(words, runs[-1][-1].end, s) and suffix_ends_between(text, words, runs[-1][-1].end, s) \
                or clause_after_place(words, runs[-1][-1].end, s):
            return None  # 重庆市…委员会/资助/社会福利院: a body, then a verb, then a kind of body
        return _last_heading(runs[-1]).start
    bounded = start > floor or start == 0
    if runs and runs[0][0].start > start and not any(
            t[3] in PROPER_TAGS for t in words.between(start, runs[0][0].start)):
        # 工作单位/上海…有限公司, 投资方/日本…集团, 1月/西南…出版社: common words before the
        # first place or body that heads the name are the sentence's, not the name's
        start, bounded = runs[0][0].start, True
    for a, b in zip(words.between(start, s), words.between(start, s)[1:]):
        if a[3].startswith("nr") and (b[3] == "v" or b[2] in lists["clause_verbs"]) \
                and not (runs and runs[0][0].start < a[0]):
            start, bounded = b[1], True  # 张平/送往/医院: a person and a verb make a clause
    verbs = [t for t in words.between(start, s) if t[3] == "v" and len(t[2]) >= 2
             and t[2] not in lists["trade_verbs"] or t[2] in lists["clause_verbs"]]
    if runs and verbs and verbs[-1][1] <= runs[-1][0].start:
        founder = founder_before(words, verbs[-1][1], runs[-1][0].start)
        if founder is not None:
            return founder  # 来自/劳伦斯伯克利国家实验室: the name the body is named after heads it
        return after_titled_person(words, runs[-1][0].start, s)  # 走进辖区苏仙区良田镇邓家塘学校
    if runs and any(t[2] in lists["titles"] or t[3].startswith("nr")
                    for t in words.between(start, runs[-1][0].start)) \
            and founder_before(words, start, runs[-1][0].start) is None:
        # 副主席罗汉江云南省第二人民医院: a title or a person's name ends the text before (as one after
        # the place does: 湖北省…剧团团长李喜华/中南林学院)
        return after_titled_person(words, runs[-1][0].start, s)
    start = after_titled_person(words, start, s)
    # a verb cuts the name (成立杂文学会), unless it describes the body (潇湘担保公司); a verb
    # of a clause does not (升入/大学)
    for t in reversed(verbs):
        if t[1] < s or t[2] in lists["clause_verbs"]:
            start, bounded = t[1], True
            break
    # function words cut the name (以企业为中心), but 与 between two fields (和平与裁军委员会)
    for t in reversed(words.between(start, s)):
        if t[3] in FUNCTION_TAGS and not place_spans.covers(t[0]) and not _inner_and(words, t) \
                and not _inner_of(text, words, t) and not _phrase_in_name(words, t, runs, start):
            start, bounded = t[1], True
            break
    if not bounded:
        while start < s and start not in words.start_set:
            start += 1
    if s - start == 1:
        at = bisect_left(place_spans.starts, start)
        if at < len(places) and places[at].start == start and places[at].kind == "abbreviation":
            return start  # 俄/电视台: a country's one-character form heads its body
    return start if s - start >= 2 else None


def find_orgs(text: str, words: Words, places: list[Mention]) -> list[Org]:
    lists = org_data()
    out: list[Org] = []
    heads = _heads(text, words, places)
    head_spans = Spans((h.start, h.end) for h in heads)
    head_ends = {h.end: h for h in heads}
    abbreviated = {h.start for h in heads if h.kind == "abbreviation"}
    end_list = sorted(head_ends)
    head_starts = {h.start: h for h in heads}
    for m in lists["re"].finditer(text):
        s, e, suffix = m.start(), m.end(), m.group()
        strong = suffix in lists["strong"]
        states = _STATES_BEFORE.search(text, max(0, s - 4), s) if suffix in lists["states_groups"] else None
        if states is not None:
            out.append(Org(states.start(), e, text[states.start():e], "org:states"))
            continue
        if text[s - 1:s] in lists["opposed"]:
            continue  # 反/政府(武装): what a movement opposes, no body
        leader = leader_before(words, s) if suffix in lists["led_by"] else None
        if leader is not None and _suffix_stands(words, s, e, suffix):
            out.append(Org(leader, e, text[leader:e], "org:led"))
            continue
        if not strong and not _ends_within(end_list, s - _MAX_NAME, s) and not (out and s - out[-1].end <= 6) \
                and not _whole_name(words, s):
            continue  # most weak suffixes (局, 部, 处): no place before to head a name, no body to join
        if not _suffix_stands(words, s, e, suffix):
            continue
        start = _start(text, s, words, heads, strong, head_spans)
        whole = _whole_name(words, s)
        if whole is not None and start is not None and start < whole[0]:
            start = after_verb(words, start, whole[0])
        if whole is not None and (start is None or start > whole[0] or not proper_before(words, start, whole[0])):
            # 中央电视台, 国家计委, 人民日报: jieba knows the whole name; places and bodies written
            # right before it join (北京/中央电视台), common words do not (看/中央电视台)
            start = run_before(head_ends, whole[0])
            if start == whole[0] and (bare_level(text, start, places) or agency_kind(whole[2])):
                continue  # 市财政局, 民政局: the city's finance bureau, a kind of agency
            if suffix == "队" and start == whole[0]:
                start = sponsor_before(words, start)  # 健力宝/青年队: a sponsor names its team
        # (集团)总公司: 总 of the head office between the bracket and the suffix
        lead = 1 if strong and text[s - 1:s] == "总" and text[s - 2:s - 1] in ")）" else 0
        paren = PAREN_BEFORE.search(text, max(0, s - 8 - lead), s - lead) \
            if strong and text[s - 1 - lead:s - lead] in ")）" else None
        if paren is not None and (start is None or start >= paren.start()):
            # 中国南方航空(集团)公司, 爱立信(中国)有限公司: a word in brackets inside the name
            start = _start(text, paren.start(), words, heads, strong, head_spans)
        title = _TITLE_BEFORE.search(text, max(0, s - 14), s) if strong and text[s - 1:s] == "》" else None
        if title is not None:
            start = title.start()  # 《党建》杂志社: the paper's title in brackets names its publisher
        latin = latin_before(text, s if start is None else start, head_ends) if strong else None
        if latin is not None:
            start = latin  # IHI公司, JP/摩根公司: a name in Latin letters begins the body's
        if strong and start is not None:
            start = dash_before(text, words, start, head_ends)  # 五羊—本田公司: two names joined
        if start is None:
            # a unit of the body just before it: …公安局 交警支队
            if out and s - out[-1].end <= 6 and all(_CJK.match(c) for c in text[out[-1].end:s]) \
                    and not _cut(text, words, out[-1].end, s):
                start = out[-1].start
            else:
                continue
        if strong:
            start = world_before(text, start, head_starts, suffix)
        if start > 0 and text[start - 1] == "驻" and start - 1 in head_ends:
            start = run_before(head_ends, start - 1)  # 中国驻南非大使馆: the sending state heads the name
        elif out and out[-1].end < s and text[out[-1].end] == "驻" and start <= out[-1].end + 1:
            start = min(start, out.pop().start)  # …研究所驻比勒陀利亚…研究中心: a body's office abroad is one body
        if words.token_at(start) == (start, start + 1, text[start], "n") and text[start] in lists["former"]:
            start += 1  # 原/中国国际问题研究所: the body's former name, not part of it
        if strong and level_before_proper(text, words, head_spans, start, s):
            start += 1  # 市/荷花坪中天建筑开发公司: the city's word before a company's own name
        if out and department_of_company(text, out[-1], s, suffix):
            continue  # 华菱集团有限公司办公室: the company's own office is no body of its own
        if out and start <= out[-1].end <= s and _new_body_at(head_starts, out[-1].end, s, strong):
            start = out[-1].end  # …卫生局/湖南省新华书店: a province or city written in full after a body begins the next
        elif out and not strong and out[-1].start <= start <= out[-1].end:
            if clause_between(words, out[-1].end, s):
                continue  # …委员会/资助/社会福利院: a verb or particle after a body begins a clause
            own = words.token_at(s)
            if own is not None and out[-1].end < own[0] < s and own[1] - own[0] >= 5 and headed(own[2]):
                start = own[0]  # …协会/命名/中国人民抗日战争纪念馆: one word of jieba's, a name of its own
            else:
                start = out[-1].start
                out.pop()
        elif out and strong and start < out[-1].end < s and \
                any(t[3] == "v" for t in words.between(out[-1].end, s)):
            start = out[-1].end  # …医院医联体/牵头/医院: a verb after a whole name starts a new phrase
        elif out and strong and start <= out[-1].start and out[-1].end <= s and \
                not _cut(text, words, out[-1].end, s) and all(_CJK.match(c) for c in text[out[-1].end:s]):
            held = out.pop()  # 华菱钢铁集团 有限公司: the longer name holds the shorter one
            if out and start < out[-1].end <= held.start:
                start = out[-1].end  # …科委/湖北医科大学附属第二医院: nor runs back over a whole body before it
        start = after_apposition(words, start, s)
        if suffix in lists["place_headed"] and start in head_starts and head_starts[start].kind == "head":
            continue  # 部分国家/监管当局: a word of state heads no authority
        if suffix == _OFFICE and words.token_at(s)[0] - start < 2:
            continue  # “湘易办”: a province's one character inside the word names an app, no office
        name = text[start:e]
        rank = lists["rank_re"].search(name)
        if len(name) <= len(suffix) or name in lists["not"] or \
                rank and not (rank.group().endswith("届") and (suffix in lists["term_bodies"] or name.startswith("政协"))
                              and not lists["session_re"].match(text, e)):
            # 常德市第一家服务站 ranks a body; 武汉市第十届人大常委会, 政协…第八届委员会: one body's term,
            # but 沈阳市第十二届人民代表大会/第一次会议 names a meeting, an event
            continue
        if lists["count_re"].search(text, start, s):
            continue  # 纽约一家证券公司, 北京几所大学: a body counted is a kind, not a name
        if suffix in lists["big_kinds"] and big_before(text, words, s):
            continue  # 国外一些大公司, 瑞士三大银行: big firms as a kind, not one firm
        if strong and not holds_proper(words, head_spans, start, s, suffix):
            continue
        if counted(text, start, e) or kind_after_short(heads, start, s, suffix):
            continue
        unit = lists["unit_re"].match(text, e)
        if unit and words.is_boundary(unit.end()):
            e, name = unit.end(), text[start:unit.end()]
        cut = committee_before_generic(name)
        if cut:  # 洛阳市委/市政府: the committee, then its level's government by its level alone
            out.append(Org(start, start + cut, name[:cut], "org:suffix"))
            continue
        pair = two_known(name)
        if pair:  # 党中央国务院: two bodies written together, each its own name
            out += [Org(start, start + len(pair[0]), pair[0], "org:suffix"), Org(start + len(pair[0]), e, pair[1], "org:suffix")]
            continue
        if start in abbreviated:
            if suffix == "所" or not nominal(words, start + 1, s):
                continue  # 俄/整个/外贸/中/所(占), 对阿发展所(给予): a clause, not a name
            out.append(Org(start, e, name, "org:country"))
            continue
        out.append(Org(start, e, name, "org:suffix"))
    place_spans = {(p.start, p.end) for p in places}
    out = [o for o in out if (o.start, o.end) not in place_spans]  # 常德市武陵区 is a place chain
    out = _with_agencies(text, out, places)
    out = known_heads(text, words, out)
    countries = {p.end: p for p in places if p.kind == "country"}
    out += [with_country(o, text, countries) for o in known_orgs(text, words, out)]
    out = joined_in_word(text, words, out)
    out += [with_country(o, text, countries) for o in tagged_orgs(words, out)]
    out += bare_parliaments(words, out, [o.name for o in out] + [p.name for p in places])
    out = join_units(text, words, out, lambda s, e, name: Org(s, e, name, "org:unit"),
                     Spans((p.start, p.end) for p in places), fresh_starts(heads))
    out += short_forms(text, words, out, heads, lambda s, e, name: Org(s, e, name, "org:short"))
    out += repeated_firms(text, words, out, lambda s, e, name: Org(s, e, name, "org:repeated"))
    out += listed_bodies(text, words, out, lambda s, e, suffix: _suffix_stands(words, s, e, suffix),
                         lambda s, e, name: Org(s, e, name, "org:listed"))
    out += table_stocks(text, places, out, lambda s, e, name: Org(s, e, name, "org:stock"))
    out = with_numbered(text, words, out)
    out = joined_by_dash(text, out)
    add_aliases(out, places, lists["re"])
    return sorted(out, key=lambda o: o.start)



def _ends_within(ends: list[int], lo: int, hi: int) -> bool:
    """Some end in the sorted ends lies in (lo, hi]: where _start can find a run of places, as
    a place in its window [max(0, lo), hi) ends after lo."""
    i = bisect_right(ends, lo)
    return i < len(ends) and ends[i] <= hi


def _whole_name(words: Words, s: int) -> Optional[tuple[int, int, str, str]]:
    """The organization word jieba knows (中央电视台, 国家计委) that runs on into a suffix at s."""
    whole = words.token_at(s)
    return whole if whole is not None and whole[3] in ("nt", "nz") and whole[0] < s else None
