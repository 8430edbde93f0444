"""Lints of the period by volume over every DEV record (bench/dev_records.py): shapes of a period that
are often wrong, counted over all DEV text, with examples to read. A lint is a measuring aid, not gold:
each hit is a record to judge by the conventions of bench/gold/README.md.

    python bench/dev_records.py --out /tmp/dev.jsonl
    python bench/lint_period.py /tmp/dev.jsonl                   # counts and 3 examples of each lint
    python bench/lint_period.py /tmp/dev.jsonl --show 30 --lint year_word --seed 1

Lints, over money/count/percent/quantity records:
- after_date: a period after the page's date (People's Daily: the issue day of the id; a report: the year
  it was given) with no word of a plan or target in its clause (力争, 预计, 计划, 目标, 到…年);
- null_dated: no period, on a page with a date;
- year_word: the page's year where the clause (or, the clause naming no time, its sentence) says the year
  before (去年, 上年, 前年, the year written) outside a comparison's base;
  year_word_rev: the year before where the clause says 今年/本年 and not the year before;
- base_value: the number of a base (比上年的X, 较去年同期的X) with the period of its clause's main fact;
- single_year: a span or a month where the clause names one year and no month, span or since;
- mixed_clause: facts of one clause (or one `分别` list) with different periods, the clause naming no time
  between them (bases left out);
- story_year: a People's Daily article whose first sentence dates the story in the year before (去年…,
  1997年…) and whose facts all take the issue's year;
- span_point: a total or a yearly average (共, 累计, 年均) after a run of years in its sentence (５年来, 三年间, 近两年)
  given one year, not the span.
Only DEV pages are read (bench/dev_records.py's test).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

sys.path.insert(0, str(corpus.ROOT))
from extractor.clauses import BREAKS, HALFWIDTH_BREAKS, SENTENCE_ENDS  # noqa: E402

NUMERIC = ("money", "count", "percent", "quantity")
# the project's clause and sentence breaks, with the ASCII forms a window of the original text may hold
CLAUSE_BREAKS = BREAKS + HALFWIDTH_BREAKS
SENTENCE_BREAKS = SENTENCE_ENDS + "\n?!"
# words of a plan or target (the brief's list and data/period.toml's target_before)
PLAN_WORDS = ("力争", "预计", "计划", "目标", "争取", "确保", "可望", "有望", "预期", "规划", "将", "拟", "要",
              "明年", "原定", "准备", "打算", "设想", "方案")
PLAN_YEAR = re.compile(r"到[^，。；]{0,4}年")
DIGIT = r"[0-9０-９一二三四五六七八九〇○零]"
YEAR = re.compile(rf"({DIGIT}{{4}})年")
BEFORE_WORDS = ("去年", "上年", "前年", "上一年")
THIS_WORDS = ("今年", "本年")
# a comparison's base right before the year word (比去年增长, 与上年相比, 是去年的2倍), or right after it
BASE_BEFORE = ("比", "较", "同比", "与", "同", "相比", "于", "是", "为", "相当于", "等于", "超过", "由", "从")
BASE_AFTER = ("同期", "相比", "比", "的水平", "同比")
# the number of a base: 比上年的X, 较去年同期的X, 由1997年的X, 从去年的X
BASE_VALUE = re.compile(rf"(?:比|较|由|从|是|为|相当于|高于|低于)(?:上年|去年|前年|上一年|{DIGIT}{{4}}年(?:底|末)?)"
                        r"(?:同期)?(?:年?底|年?末)?的?$")
TIME_WORD = re.compile(rf"{DIGIT}{{2,4}}年|去年|今年|上年|本年|前年|明年|{DIGIT}{{1,2}}月|同期|以来|当年|全年|目前|现在|"
                       r"近年|季度|上半年|下半年|年底|年末|年初")
NOT_SINGLE = re.compile(rf"月|至|到|—|－|-|~|以来|来|底|末|初|季度|半年|期间|间|{DIGIT}{{4}}年.*{DIGIT}{{4}}年|"
                        r"五年|十年|多年|年代|五")
# a run of years said before the fact in its sentence (５年来, 三年间, 近两年, 过去五年): a total or a yearly average
# over it (共, 累计, 年均) is of the span, not of its last year
SPAN_WORDS = re.compile(rf"(?:近|过去|这|最近)?(?<![0-9０-９一二三四五六七八九十〇○零])"
                        rf"(?:(?!一年|１年|1年){DIGIT}{{1,2}}|十|[两几])年(?:来|间|内|中|里|时间|历史)")
TOTAL = re.compile(r"共|累计|总计|合计|先后")
AVERAGE = re.compile(r"年均|平均每年|每年平均")
CN = str.maketrans("一二三四五六七八九〇○零", "123456789000")
# a from-value (由X增加到Y, 从X降至Y): the start of the change, of its own time
FROM_VALUE = re.compile(r"(?:由|从)[^，。；]{0,12}$")


def year_of(s: str) -> int:
    return int(unicodedata.normalize("NFKC", s).translate(CN))


def around(text: str, start: int, end: int, breaks: str) -> tuple[int, int]:
    """The stretch between the breaks around [start, end)."""
    a = max(text.rfind(b, 0, start) for b in breaks) + 1
    ends = [i for i in (text.find(b, end) for b in breaks) if i >= 0]
    return a, min(ends) if ends else len(text)


def page_date(doc: str) -> tuple[Optional[str], Optional[int]]:
    """(the issue day YYYY-MM-DD or None, the page's year)."""
    from extractor.issue_date import issue_date, issue_year
    d = issue_date(doc)
    return (f"{d.year}-{d.month:02d}-{d.day:02d}" if d else None), issue_year(doc)


def first_day(period: str) -> str:
    p = period.removeprefix("../").split("/")[0]
    return p + "-01-01"[len(p) - 4:] if p[:4].isdigit() else "0000"


def words_outside_base(clause: str, words: tuple[str, ...]) -> list[str]:
    """The words said in the clause not as a comparison's base."""
    out = []
    for w in words:
        for m in re.finditer(re.escape(w), clause):
            before, after = clause[:m.start()], clause[m.end():]
            if before.endswith(BASE_BEFORE) or after.startswith(BASE_AFTER):
                continue
            out.append(w)
    return out


def years_outside_base(clause: str) -> list[int]:
    return [year_of(m.group(1)) for m in YEAR.finditer(clause)
            if not clause[:m.start()].endswith(BASE_BEFORE) and not clause[m.end():].startswith(BASE_AFTER)]


def lint(records: list[dict], texts: dict[str, str]) -> dict[str, list[dict]]:
    hits: dict[str, list[dict]] = defaultdict(list)
    by_clause: dict[tuple, list[dict]] = defaultdict(list)
    by_article: dict[tuple, list[dict]] = defaultdict(list)
    for r in records:
        if r["type"] not in NUMERIC:
            continue
        text = texts[r["doc"]]
        day, year = page_date(r["doc"])
        period = r.get("period")
        ca, cb = around(text, r["start"], r["end"], CLAUSE_BREAKS)
        sa, sb = around(text, r["start"], r["end"], SENTENCE_BREAKS)
        clause, sentence = text[ca:cb], text[sa:sb]
        ex = {"doc": r["doc"], "type": r["type"], "quote": r["text"], "period": period, "metric": r.get("metric"),
              "clause": clause, "sentence": sentence, "start": r["start"]}
        r["_clause"], r["_ex"] = (r["doc"], ca), ex
        by_clause[(r["doc"], ca)].append(r)
        by_article[(r["doc"], r["article"])].append(r)
        if period is None:
            if year is not None:
                hits["null_dispatch" if dispatch(text) else "null_dated"].append(ex)
            continue
        if year and first_day(period) > (day or f"{year}-12-31") and not clause_plans(clause):
            hits["after_date"].append(ex)
        if year is None:
            continue
        p_year = int(period.removeprefix("../")[:4]) if period.removeprefix("../")[:4].isdigit() else None
        before_year = year - 1
        said_before = words_outside_base(clause, BEFORE_WORDS) or before_year in years_outside_base(clause)
        said_this = words_outside_base(clause, THIS_WORDS) or year in years_outside_base(clause)
        if p_year == year and "/" not in period:
            if said_before and not said_this:
                hits["year_word"].append(ex)
            elif not TIME_WORD.search(clause) and not words_outside_base(sentence, THIS_WORDS) and \
                    (words_outside_base(sentence, BEFORE_WORDS) or before_year in years_outside_base(sentence)) and \
                    year not in years_outside_base(sentence):
                hits["year_word_sentence"].append(ex)
        if p_year == before_year and "/" not in period and said_this and not said_before:
            hits["year_word_rev"].append(ex)
        span_word = SPAN_WORDS.search(text, sa, r["start"])
        if span_word and "/" not in period and (AVERAGE.search(clause) or TOTAL.search(text, span_word.end(), r["start"])):
            hits["span_point"].append({**ex, "span": span_word.group(0)})
        ys = [m for m in YEAR.finditer(clause)]
        if len(ys) == 1 and ("/" in period or "-" in period) and not NOT_SINGLE.search(clause) \
                and not clause[:ys[0].start()].endswith(BASE_BEFORE):
            hits["single_year"].append(ex)
    for key, rs in by_clause.items():
        text = texts[key[0]]
        main = [r for r in rs if not is_base(text, r) and not is_from(text, r)]
        for r in rs:
            if is_base(text, r):
                nxt = next((m for m in main if m["start"] > r["start"]), None) or (main[0] if main else None)
                if nxt and nxt.get("period") and r.get("period") == nxt.get("period"):
                    hits["base_value"].append({**r["_ex"], "main": nxt["text"]})
        periods = {r.get("period") for r in main}
        if len(periods) > 1:
            first, last = min(r["start"] for r in main), max(r["end"] for r in main)
            if not TIME_WORD.search(text, first, last):
                for r in main:
                    hits["mixed_clause"].append({**r["_ex"], "periods": sorted(map(str, periods))})
    story_years(by_article, texts, hits)
    return hits


def story_years(by_article: dict, texts: dict[str, str], hits: dict) -> None:
    """People's Daily articles opening on the year before whose facts all take the issue's year."""
    for (doc, _), rs in by_article.items():
        day, year = page_date(doc)
        if day is None or not rs:
            continue
        text = texts[doc]
        # the article's first sentence: from the first line of body text (titles are short lines)
        start = 0
        for line in text[:rs[0]["start"] + 1].split("\n"):
            if len(line.strip()) > 40:
                break
            start += len(line) + 1
        _, sb = around(text, start, start, SENTENCE_BREAKS)
        first = text[start:sb]
        opens_before = words_outside_base(first[:12], BEFORE_WORDS) or (year - 1) in years_outside_base(first[:12])
        periods = [r.get("period") for r in rs]
        if opens_before and periods and all((p or "").startswith(str(year)) for p in periods):
            hits["story_year"].append({**rs[0]["_ex"], "first": first[:60], "facts": len(rs)})


def dispatch(text: str) -> bool:
    """Whether a People's Daily page opens with a dateline (本报北京1月4日讯): extractor/datelines.py's test."""
    from extractor.datelines import has_dateline
    starts = [0] + [m.end() for m in re.finditer("\n", text[:300])]  # the title's lines, then the body's first
    return any(has_dateline(text, s, len(text)) for s in starts[:4])


def clause_plans(clause: str) -> bool:
    return any(w in clause for w in PLAN_WORDS) or bool(PLAN_YEAR.search(clause))


def is_base(text: str, r: dict) -> bool:
    ca = r["_clause"][1]
    return bool(BASE_VALUE.search(text[ca:r["start"]]))


def is_from(text: str, r: dict) -> bool:
    return bool(FROM_VALUE.search(text[r["_clause"][1]:r["start"]]))


def show(hits: dict[str, list[dict]], n: int, only: Optional[str], seed: int) -> None:
    names = ["after_date", "null_dated", "null_dispatch", "year_word", "year_word_sentence", "year_word_rev", "base_value",
             "single_year", "mixed_clause", "story_year", "span_point"]
    for name in names:
        hs = hits.get(name, [])
        sets = defaultdict(int)
        for h in hs:
            sets["pd" if h["doc"][:8].isdigit() else "gwr" if h["doc"].startswith("gwr-national") else "gov"] += 1
        print(f"{name:20s} {len(hs):6d}  " + " ".join(f"{k} {v}" for k, v in sorted(sets.items())))
    for name in names:
        if only and name != only:
            continue
        hs = hits.get(name, [])
        sample = random.Random(seed).sample(hs, min(n, len(hs)))
        if sample:
            print(f"\n== {name}")
        for h in sorted(sample, key=lambda h: (h["doc"], h["start"])):
            extra = {k: h[k] for k in ("main", "periods", "first", "facts", "span") if k in h}
            print(f"{h['doc']} {h['type']} {h['quote']} -> {h['period']} [{h['metric']}] {extra or ''}\n"
                  f"    {h['sentence'][:160]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("records", type=Path, help="the DEV records of bench/dev_records.py")
    ap.add_argument("--show", type=int, default=3, help="examples of each lint (a random sample)")
    ap.add_argument("--lint", help="show examples of this lint only")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", type=Path, help="write every hit here, one per line")
    args = ap.parse_args()
    corpus.require()
    from dev_records import dev_pages
    records = [json.loads(line) for line in args.records.read_text(encoding="utf-8").splitlines() if line]
    docs = {r["doc"] for r in records}
    texts = {d: t for d, t in dev_pages(("gwr", "gov", "pd")) if d in docs}
    hits = lint(records, texts)
    show(hits, args.show, args.lint, args.seed)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            for name, hs in hits.items():
                for h in hs:
                    f.write(json.dumps({"lint": name, **h}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
