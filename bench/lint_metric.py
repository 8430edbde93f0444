"""Lints of the metric over a dump of records (bench/dev_records.py): how often a suspicious shape
occurs over all DEV text, with examples to read by hand. A lint is a measuring aid, not gold: each
counts a shape that is USUALLY wrong, so read its examples before fixing anything.

    python bench/dev_records.py --out /tmp/dev.jsonl
    python bench/lint_metric.py /tmp/dev.jsonl                  # counts per lint and type
    python bench/lint_metric.py /tmp/dev.jsonl --show 20 --only cuts_word long
    python bench/lint_metric.py /tmp/dev.jsonl --json > lints.json   # every hit, for a diff of two dumps

The lints (money, count, percent and quantity records):
  empty          no metric while the clause before the number holds a noun phrase (two Chinese
                 characters or more, not only a time or a place word)
  punct_edge     the metric starts or ends with punctuation (not a quote or bracket that opens or
                 closes a name there)
  function_edge  the metric starts or ends with a function word (的 和 及 与 并 而 或)
  verb_start     the metric starts with a verb of stating (为 达 是 占 比 增长 下降)
  verb_end       the metric ends with a verb of stating other than a change (为 达 是 占 比)
  number_inside  the metric holds a digit or a number in Chinese numerals
  cuts_word      the metric's first or last character is joined to its neighbour in jieba's cut of
                 the sentence (the metric cuts a word); an edge right at the number does not count
  long           the metric is longer than 16 characters
  same_in_list   every number of a 分别 sentence (two or more of one type) has the same metric, and
                 the words before 分别 list no places (a list of places shares its metric rightly)
  share_bare     a percent whose metric is only the share word (比重, 比例, 占…比重 …), missing the
                 thing the share is of
and those of percents and money in bench/lint_metric_more.py (rate_only, growth_level, across_qizhong,
share_base, money_payer, money_verb, bracket_colon).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lint_metric_more import MORE_NAMES, more_lints  # noqa: E402

TYPES = ("money", "count", "percent", "quantity")
PUNCT = re.compile(r"[\W_]", re.UNICODE)
# a quoted or bracketed name at the metric's edge is whole (“千万工程”示范村, 县（市）)
OPENERS, CLOSERS = "“‘《（(〈「", "”’》）)〉」"
FUNCTION_WORDS = ("的", "和", "及", "与", "并", "而", "或")
STATING_START = ("为", "达", "是", "占", "比", "增长", "下降")
STATING_END = ("为", "达", "是", "占", "比")
# a Chinese numeral run that is a number, not a word holding a numeral (一般, 一些, 统一, 万一)
NUMERAL_RUN = re.compile("[零〇一二两三四五六七八九十百千万亿]{2,}|[一二两三四五六七八九十百千万]"
                         "(?=[个项家人次名所座台件条种批户年月天倍成])")
NOT_NUMBERS = ("一般", "一些", "一批", "一系列", "一体", "一线", "统一", "万一", "千万", "一致", "一起", "一道",
               "一切", "一定", "第一", "唯一", "一带一路", "一次性", "十分", "万家", "千家万户", "三农", "一把手",
               "一流", "一同", "一样", "同一", "一律", "一贯", "一流", "百姓", "一站式", "五年规划", "十四五",
               "十三五", "二氧化", "一卡通", "一网通办", "一件事", "三公", "一年", "上一", "下一", "每一",
               "逐一", "之一", "一方面", "一般性", "一季度", "二季度", "三季度", "四季度", "一类", "二类",
               "三类", "一级", "二级", "三级", "一等", "二等", "三等", "一年级", "一名", "一人", "一户", "一项",
               "一家", "一个", "一次")
SHARE_BARE = re.compile("^(?:占.{0,8})?(?:的)?(?:比重|比例|份额|比率|占比|占)$")
BREAKS = "，。；：！？、,;:!?（）()“”\"《》"
TIME_OR_PLACE = re.compile("^(?:\\d{4}年|\\d{1,2}月|[今去前明上本全]年|同期|全[国省市区县]|其中|目前|截至|"
                           "[上下]半年|[一二三四]季度|年底|年末|年初)+$")


def key(s: str) -> str:
    """s in one width, each character kept one character (so offsets in `key(s)` are offsets in s)."""
    return "".join((unicodedata.normalize("NFKC", c)[:1] or c) for c in s)


def read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [r for r in map(json.loads, f) if r["type"] in TYPES or r["type"] in ("place", "org")]


def placed(sentences: list[dict]) -> dict[tuple, list[dict]]:
    """Each record with `at`: where its number stands in its sentence's key (the records of one
    sentence found in page order, each after the one before)."""
    by_sentence: dict[tuple, list[dict]] = defaultdict(list)
    for r in sentences:
        by_sentence[(r["doc"], r["article"], r["paragraph"], r["sentence"])].append(r)
    for (_, _, _, sentence), rows in by_sentence.items():
        s = key(sentence)
        at = 0
        # (organisations are kept without a place: one holding a place would hide the place's)
        for r in sorted((r for r in rows if r["type"] != "org"), key=lambda r: r["start"]):
            t = key("".join(r["text"].split()))
            found = s.find(t, at)
            r["at"] = found if found >= 0 else None
            if found >= 0:
                at = found + len(t)
    return by_sentence


def metric_at(r: dict) -> int | None:
    """Where the record's metric stands in its sentence: the occurrence nearest its number."""
    if not r["metric"] or r.get("at") is None:
        return None
    s, m = key(r["sentence"]), key(r["metric"])
    best, i = None, s.find(m)
    while i >= 0:
        if best is None or abs(i - r["at"]) < abs(best - r["at"]):
            best = i
        i = s.find(m, i + 1)
    return best


_CUTS: dict[str, list[int]] = {}


def bounds(sentence: str) -> set[int]:
    """The offsets where jieba's cut of the sentence puts a word boundary."""
    if sentence not in _CUTS:
        import rjieba
        ends, n = [0], 0
        for w in rjieba.cut(key(sentence)):
            n += len(w)
            ends.append(n)
        _CUTS[sentence] = ends
    return set(_CUTS[sentence])


def clause_before(r: dict) -> str:
    s, at = key(r["sentence"]), r.get("at")
    if at is None:
        return ""
    lo = max((s.rfind(c, 0, at) for c in BREAKS), default=-1) + 1
    return s[lo:at]


def has_number(metric: str) -> bool:
    if re.search(r"\d", key(metric)):
        return True
    rest = metric
    for w in sorted(NOT_NUMBERS, key=len, reverse=True):
        rest = rest.replace(w, "|")
    return bool(NUMERAL_RUN.search(rest))


def lints(r: dict, by_sentence: dict[tuple, list[dict]]) -> Iterator[str]:
    """The names of the lints the record hits."""
    m = r["metric"] or ""
    if not m:
        before = re.sub("[^\u4e00-\u9fff]", "", clause_before(r))
        if len(before) >= 2 and not TIME_OR_PLACE.fullmatch(before):
            yield "empty"
        return
    if (PUNCT.match(m[0]) and m[0] not in OPENERS) or (PUNCT.match(m[-1]) and m[-1] not in CLOSERS):
        yield "punct_edge"
    if m.startswith(FUNCTION_WORDS) or m.endswith(FUNCTION_WORDS):
        yield "function_edge"
    if m.startswith(STATING_START):
        yield "verb_start"
    if m.endswith(STATING_END):
        yield "verb_end"
    if has_number(m):
        yield "number_inside"
    if len(m) > 16:
        yield "long"
    at = metric_at(r)
    if at is not None:
        # (an edge right at the number is no cut: jieba joins a classifier to its noun, 个部 of 六个部)
        b = bounds(r["sentence"]) | {r["at"], r["at"] + len(key("".join(r["text"].split())))}
        if at not in b or at + len(m) not in b:
            yield "cuts_word"
    if r["type"] == "percent" and SHARE_BARE.match(m):
        yield "share_bare"
    s = r["sentence"]
    if "分别" in s:
        mates = [x for x in by_sentence[(r["doc"], r["article"], r["paragraph"], s)] if x["type"] == r["type"]]
        # (places listed before 分别, or each right before its number after it: 分别是：日本，608亿美元；…)
        starts = {x["at"] for x in mates if x.get("at") is not None}
        places = [x for x in by_sentence[(r["doc"], r["article"], r["paragraph"], s)] if x["type"] == "place"
                  and x.get("at") is not None and (x["at"] < s.find("分别") or any(
                      0 <= a - x["at"] - len(key(x["text"])) <= 2 for a in starts))]
        if len(mates) >= 2 and len({x["metric"] for x in mates}) == 1 and not places:
            yield "same_in_list"
    yield from more_lints(r, by_sentence[(r["doc"], r["article"], r["paragraph"], s)], key, metric_at)


NAMES = ("empty", "punct_edge", "function_edge", "verb_start", "verb_end", "number_inside", "cuts_word",
         "long", "same_in_list", "share_bare") + MORE_NAMES


def run(path: Path) -> dict[str, list[dict]]:
    """Every hit of each lint over a dump: the record's doc, type, text, metric and sentence."""
    return run_rows(read(path))


def run_rows(rows: list[dict]) -> dict[str, list[dict]]:
    """Every hit of each lint over records (their places included, for the lint of lists)."""
    by_sentence = placed(rows)
    hits: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if r["type"] in ("place", "org"):
            continue
        for name in lints(r, by_sentence):
            hits[name].append({k: r[k] for k in ("id", "doc", "type", "start", "text", "metric", "sentence")})
    return hits


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dump", type=Path, help="records as bench/dev_records.py writes them")
    ap.add_argument("--show", type=int, default=0, help="print this many examples of each lint (a random sample)")
    ap.add_argument("--only", nargs="+", choices=NAMES, help="these lints only")
    ap.add_argument("--type", choices=TYPES, help="examples of this type only")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--json", action="store_true", help="every hit as JSON")
    args = ap.parse_args()
    hits = run(args.dump)
    if args.json:
        json.dump(hits, sys.stdout, ensure_ascii=False)
        return
    total = Counter(r["type"] for r in read(args.dump) if r["type"] in TYPES)
    print(f"{'lint':14} " + " ".join(f"{t:>9}" for t in TYPES) + f" {'all':>7}")
    print(f"{'(records)':14} " + " ".join(f"{total[t]:9}" for t in TYPES) + f" {sum(total.values()):7}")
    for name in args.only or NAMES:
        per = Counter(h["type"] for h in hits.get(name, []))
        print(f"{name:14} " + " ".join(f"{per[t]:9}" for t in TYPES) + f" {sum(per.values()):7}")
    rng = random.Random(args.seed)
    for name in args.only or NAMES:
        pool = [h for h in hits.get(name, []) if not args.type or h["type"] == args.type]
        for h in rng.sample(pool, min(args.show, len(pool))):
            print(f"  {name} {h['doc']} {h['type']} {h['text']!r} metric={h['metric']!r}  | {h['sentence'][:110]}")


if __name__ == "__main__":
    main()
