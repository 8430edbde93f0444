"""The data of the organization rules (data/names/org_suffixes.toml and its word lists), read
once, and the record of an organization found."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import alternation, table, word_list, word_trie

NUMERAL = r"[\d０-９一二三四五六七八九十百千两几]+"


@dataclass(slots=True)  # made by the thousand per page: slots make that cheaper
class Org:
    start: int
    end: int
    name: str
    rule: str
    aliases: list[str] = field(default_factory=list)


def _not_association(after: list[str]) -> str:
    """The lookahead after a short federation (足协, 友协): no 会 that makes a 协会 of it (音乐之友
    协会), but 会 beginning a word of its own (足协会员, 友协会长) leaves the short form."""
    return "(?!会(?!" + "|".join(re.escape(w[1:]) for w in after) + "))"


@lru_cache(maxsize=1)
def org_data() -> dict:
    t = table("names/org_suffixes.toml")
    return {
        "strong": frozenset(t["strong"]),
        "weak": frozenset(t["weak"] + t["short_federations"] + t["short_whole_words"]),
        "short_whole_words": frozenset(t["short_whole_words"]),
        # every branch a word of its own or the tree of the plain suffixes' first characters
        # (the short federations each with its lookahead): the engine then skips to the
        # suffixes' first characters (5x faster than a group last; the tree a third faster than
        # a branch a plain suffix)
        "re": re.compile(word_trie([w for w in t["strong"] + t["weak"] if w not in t["federations_in_weak"]],
                                   grouped=False) + "|"
                         + alternation([re.escape(w) + _not_association(t["after_federation"])
                                        for w in t["short_federations"] + t["federations_in_weak"]], escape=False)
                         + "|" + alternation([re.escape(w) + "(?![学院])" for w in t["short_whole_words"]], escape=False)),
        "not": frozenset(t["not_org"]),
        "inner_of": tuple(t["inner_of"]),
        "opposed": t["opposed"],
        "level_generic": frozenset(t["level_generic"]),
        "not_tuple": tuple(t["not_org"]),
        "known": sorted(word_list("names/orgs_known.txt"), key=len, reverse=True),
        "known_set": frozenset(word_list("names/orgs_known.txt")),
        "known_re": re.compile(word_trie(word_list("names/orgs_known.txt"))),  # a scan of the page: see word_trie
        "heads": frozenset(word_list("names/org_heads.txt")),
        "titles": frozenset(word_list("names/titles.txt")),
        "tagged_end": tuple(t["tagged_end"]),
        "named_end": tuple(t["named_end"]),
        "firm_end": tuple(t["firm_end"]),
        "trade_heads": frozenset(t["trade_heads"]),
        "league_heads": tuple(t["league_heads"]),
        "boundary": set(table("names/places.toml")["boundary"]["chars"]),
        # the greedy .* finds the last such char in one C-level pass, backing off from the end
        "last_stop": _last_stop(table("names/places.toml")["boundary"]["chars"]),
        "last_stop_weak": _last_stop(table("names/places.toml")["boundary"]["chars"].replace("和", "")),
        "suffixes": tuple(t["strong"] + t["weak"] + t["short_federations"] + t["short_whole_words"]),
        # (环境部副/部长: jieba glues the deputy's 副 to the suffix before the title)
        "glued_after": tuple(t["glued_after"]) + tuple(sorted("副" + x for x in word_list("names/titles.txt"))),
        "unit_re": re.compile(alternation(t["unit"])),
        # 常德市第一家服务站 ranks a body; 第十中学 names one
        "rank_re": re.compile(f"第{NUMERAL}[{t['rank_classifiers']}]"),
        "term_bodies": frozenset(t["term_bodies"]),
        "session_re": re.compile(f"第{NUMERAL}次"),
        "count_after_re": re.compile(rf"\s*{NUMERAL}(?:\.\d+)?\s*[{t['count_classifiers']}](?!月)"),
        # 七十四万多个合作社: a count inside a name's run (全国有…个…合作社) makes it a kind too
        "count_re": re.compile(rf"{NUMERAL}(?:[万亿](?:{NUMERAL})?)?[多余]?\s*[{t['count_classifiers']}]"),
        "joins": frozenset(t["joins"]),
        "clause_verbs": frozenset(t["clause_verbs"]),
        "conjunctions": frozenset(t["conjunctions"]),
        "bare_levels": frozenset(t["bare_levels"]),
        "former": frozenset(t["former"]),
        "offices": frozenset(t["offices"]),
        "kind_after_short": frozenset(t["kind_after_short"]),
        "apposition_kinds": tuple(t["apposition_kinds"]),
        "titled_offices": tuple(t["titled_offices"]),
        "body_words": frozenset(t["body_words"]),
        "departments": frozenset(t["departments"]),
        "companies": tuple(t["companies"]),
        "led_by": frozenset(t["led_by"]),
        "place_headed": frozenset(t["place_headed"]),
        "states_groups": frozenset(t["states_groups"]),
        "not_word": frozenset(t["not_org_word"]),
        "big_kinds": frozenset(t["big_kinds"]),
        "generic_own": tuple(t["generic_own"]),
        "not_sponsor_end": tuple(t["not_sponsor_end"]),
        "sports": tuple(t["sports"]),
        "trade_verbs": frozenset(t["trade_verbs"]),
        "list_heads": frozenset(t["list_heads"]),
        "bare_parliaments": frozenset(t["bare_parliaments"]),
        "size_words": frozenset(t["size_words"]),
        "international": frozenset(t["international"]),
        "world_words": frozenset(t["world_words"]),
        "not_proper": frozenset(t["not_proper"]),
        "stems": frozenset(table("names/bodies.toml")["stems"]),
        "agency_endings": tuple(table("names/bodies.toml")["endings"]),
    }


def _last_stop(boundary: str) -> re.Pattern:
    """A pattern whose match from a position runs to just after the last non-CJK or boundary char."""
    return re.compile(rf"(?s:.*)(?:[^\u4e00-\u9fff]|[{re.escape(boundary)}])")
