import re

from extractor.word_starts import led_by_first_chars, starts_scanner


def _starts(p: re.Pattern, text: str) -> list[int]:
    return [m.start() for m in p.finditer(text)]


def test_same_starts_as_the_lookahead_overlapping_words_too():
    ahead = re.compile("(?=(?:去年|年底|今年以来|年))")
    fast = starts_scanner(ahead)
    assert fast is not ahead
    text = "去年底产量增长，今年以来又增加了一年。\n年"
    assert _starts(fast, text) == _starts(ahead, text) == [0, 1, 8, 9, 17, 20]


def test_no_start_where_no_word():
    ahead = re.compile("(?=(?:去年|今年))")
    assert _starts(starts_scanner(ahead), "明年和后年") == []


def test_other_patterns_kept_as_they_are():
    for p in (re.compile("去年"), re.compile("(?=.年)"), re.compile("(?=(?P<y>年)(?P=y))"),
              re.compile("(?=(?:年)?)"), re.compile("(?i)(?=km)")):
        assert starts_scanner(p) is p


def _spans(p: re.Pattern, text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in p.finditer(text)]


def test_led_by_first_chars_same_matches():
    # a lookbehind, an optional group, a repeat first: the engine has no first character
    text = "这3年来，近两年产量增长；2年增长了一倍。\n3年来又增加了记者王平报道"
    for p in (re.compile(r"(?<![0-9十])(?P<k>[0-9]|两)年(?=增长|来)"),
              re.compile(r"(?:本报)?(?:记者)(?P<n>[\u4e00-\u9fff]{2,3}?)(?=报道)"),
              re.compile(r"(?:(?<=[，。\n])|^)(?P<k>[0-9])年来", re.M),
              re.compile(r"(?<![0-9])(?>[0-9]|两)年(?=增长|来)")):  # an atomic group first
        led = led_by_first_chars(p)
        assert led is not p and led.pattern.startswith("(?=[")
        assert _spans(led, text) == _spans(p, text) != []


def test_led_by_first_chars_keeps_what_the_engine_reads_itself():
    # a word, a class, words each first: the engine skips to their first characters already;
    # a match that may be empty or begin with any character gives no class to lead with
    for p in (re.compile("去年"), re.compile("[去今]年"), re.compile("去年|今年(?!底)"),
              re.compile("(?:年)?"), re.compile(r"(?<!\d)\w年"), re.compile("(?i)(?<!x)km"),
              re.compile("(?s)(?<!x)年.")):
        assert led_by_first_chars(p) is p


def test_word_trie_matches_the_alternation():
    from extractor.lexicon import alternation, word_trie
    words = ["中共中央", "中共中央书记处", "中共", "中央", "书记处", "国务院", "国务", "院", "a.b", ""]
    text = "中共中央书记处和国务院、中共中央，中央国务委员会院a.b中共中书记"
    for ws in (words, words[:-1]):
        trie, alt = re.compile(word_trie(ws)), re.compile(f"(?:{alternation(ws)})")
        assert _spans(trie, text) == _spans(alt, text)
        assert trie.findall(text) == alt.findall(text) != []
        # the tree's branches bare, then other branches: the tree's longest word first, as the
        # words' alternation gives it before the other branches
        bare = re.compile(word_trie(ws, grouped=False) + "|务委|a")
        assert _spans(bare, text) == _spans(re.compile(alternation(ws) + "|务委|a"), text)
    assert not word_trie(words[:-1], grouped=False).startswith("(?:")
