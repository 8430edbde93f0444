"""Does extraction time grow linearly with the input? (issue 6, part 3)

    python bench/scaling.py                    # real news at 1x, 4x, 16x, then adversarial input
    python bench/scaling.py --base-chars 50000 --cap 30

Real text: one page made of People's Daily 1998 articles (--base-chars characters), repeated to
4x and 16x; the time per character at 4x and 16x must stay within ±20% of 1x. Adversarial text:
100,000 digits, 10,000 `万`, runs of `、`, of spaces, of nested brackets, of qualifier words and of
rare CJK characters, each at 1/16, 1/4 and all of its size: a regex that backtracks
catastrophically shows as a time per character that grows with the size. A run longer than --cap
seconds stops that input's larger sizes (marked `over cap`). Each figure is the median of --runs.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Callable, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

sys.path.insert(0, str(corpus.ROOT))

NUMERIC = ("money", "count", "percent", "quantity", "duration", "date")
TOLERANCE = 0.20


def rare_cjk(n: int) -> str:
    """n CJK characters drawn evenly from the whole block: mostly outside jieba's dictionary."""
    rnd = random.Random(n)
    return "".join(chr(rnd.randrange(0x4E00, 0x9FA5)) for _ in range(n))


# name, full size in characters, text of a given size
ADVERSARIAL: list[tuple[str, int, Callable[[int], str]]] = [
    ("digits `111…` + 元", 100_000, lambda n: "1" * (n - 1) + "元"),
    ("`万` × n", 10_000, lambda n: "万" * n),
    ("`1万` × n + 元", 20_000, lambda n: "1万" * (n // 2) + "元"),
    ("`一` × n + 个", 100_000, lambda n: "一" * (n - 1) + "个"),
    ("`、` × n", 100_000, lambda n: "、" * n),
    ("`1、` × n + 个", 100_000, lambda n: "1、" * (n // 2) + "个"),
    ("`1,` × n + 元", 100_000, lambda n: "1," * (n // 2) + "元"),
    ("`1.` × n + 元", 100_000, lambda n: "1." * (n // 2) + "元"),
    ("spaces × n", 100_000, lambda n: " " * n),
    ("`1 ` × n + 万元 (one spaced-out number)", 100_000, lambda n: "1 " * (n // 2) + "万元"),
    ("`1\\n` × n (one-number lines)", 100_000, lambda n: "1\n" * (n // 2)),
    ("nested `（` … 3万元 … `）`", 100_000, lambda n: "（" * (n // 2) + "3万元" + "）" * (n // 2)),
    ("nested `“` … 3万元 … `”`", 100_000, lambda n: "“" * (n // 2) + "3万元" + "”" * (n // 2)),
    ("`约` × n + 3个", 50_000, lambda n: "约" * n + "3个"),
    ("`1至` × n + 元", 100_000, lambda n: "1至" * (n // 2) + "元"),
    ("rare CJK (jieba HMM)", 20_000, rare_cjk),
]


def seconds(text: str, types: Optional[tuple[str, ...]], runs: int) -> float:
    from extractor.api import extract_text
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        extract_text(text, "scaling", types)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def label(types: Optional[tuple[str, ...]]) -> str:
    return "all" if types is None else "numeric"


def real_text(base_chars: int, runs: int, kinds: list[Optional[tuple[str, ...]]]) -> bool:
    corpus.require()
    page, size = [], 0
    for _, text in corpus.articles():
        page.append(text)
        size += len(text) + 1
        if size >= base_chars:
            break
    base = "\n".join(page)
    print(f"## Real news: one page of {len(base):,} characters (People's Daily 1998-01), repeated\n")
    print("| types | × | chars | seconds | µs/char | vs 1× |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    ok = True
    for types in kinds:
        first = None
        for k in (1, 4, 16):
            text = "\n".join([base] * k)
            s = seconds(text, types, runs if k < 16 else max(1, runs // 2))
            per = s / len(text) * 1e6
            first = first or per
            within = abs(per / first - 1) <= TOLERANCE
            ok &= within
            print(f"| {label(types)} | {k} | {len(text):,} | {s:.2f} | {per:.2f} | "
                  f"{per / first:.2f}{'' if within else ' (over ±20%)'} |", flush=True)
    print(f"\nlinear within ±{TOLERANCE:.0%}: {'yes' if ok else 'NO'}\n")
    return ok


def adversarial(runs: int, cap: float, kinds: list[Optional[tuple[str, ...]]]) -> bool:
    print("## Adversarial input, at 1/16, 1/4 and all of its size\n")
    print("| input | types | chars | seconds | µs/char | vs smallest |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    ok = True
    for name, full, make in ADVERSARIAL:
        for types in kinds:
            first = None
            for n in (full // 16, full // 4, full):
                text = make(n)
                s = seconds(text, types, runs)
                per = s / len(text) * 1e6
                first = first or per
                # a catastrophic regex is quadratic or worse: 16x the text, 16x the time per char
                growing = n == full and per / first > 3
                ok &= not growing
                print(f"| {name} | {label(types)} | {len(text):,} | {s:.2f} | {per:.2f} | "
                      f"{per / first:.2f}{' GROWS' if growing else ''} |", flush=True)
                if s > cap and n != full:
                    print(f"| {name} | {label(types)} | … | over cap | | stopped after {s:.0f} s |")
                    ok = False
                    break
    print(f"\nno input's time per character grows with its size: {'yes' if ok else 'NO'}")
    return ok


GOV_REPORTS = Path("/work/shared/corpus/external/gov-reports-2026")


def audit_seconds(pages: list[str]) -> float:
    """Extraction and audit of these pages, one after another, as `extractor audit` runs them."""
    from extractor.audit import audit_page
    from extractor.engine import page_records
    from extractor.page import Page
    from extractor.records import NUMERIC_TYPES
    t = time.perf_counter()
    for i, text in enumerate(pages):
        page = Page.read(text, f"p{i}")
        audit_page(page, page_records(page, NUMERIC_TYPES))
    return time.perf_counter() - t


def audit_rows(runs: int) -> bool:
    """The audit (issue 12): the 25 provincial reports as 25 pages and as ONE page; one page may
    take at most 2x the time of the 25."""
    files = sorted(GOV_REPORTS.glob("*.txt"))
    if not files:
        print(f"(no {GOV_REPORTS}: audit rows skipped)\n")
        return True
    texts = [f.read_text(encoding="utf-8") for f in files]
    many = statistics.median(audit_seconds(texts) for _ in range(runs))
    one = statistics.median(audit_seconds(["\n\n".join(texts)]) for _ in range(runs))
    chars = sum(len(t) for t in texts)
    ok = one <= 2 * many
    print(f"## Audit: {len(texts)} provincial reports ({chars:,} characters), extraction + audit\n")
    print("| pages | seconds | vs separate |")
    print("| --- | ---: | ---: |")
    print(f"| {len(texts)} separate pages | {many:.2f} | 1.00 |")
    print(f"| one page | {one:.2f} | {one / many:.2f}{'' if ok else ' (over 2x)'} |")
    print(f"\none page within 2x of the separate pages: {'yes' if ok else 'NO'}\n", flush=True)
    return ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base-chars", type=int, default=20_000, help="characters of the 1x page")
    ap.add_argument("--runs", type=int, default=3, help="runs per size; the median is reported")
    ap.add_argument("--cap", type=float, default=20.0, help="seconds after which an input stops growing")
    ap.add_argument("--numeric-only", action="store_true", help="skip the all-types runs")
    ap.add_argument("--skip-real", action="store_true", help="only the adversarial input")
    ap.add_argument("--audit-only", action="store_true", help="only the audit rows")
    args = ap.parse_args()
    from extractor.api import extract_text
    kinds: list[Optional[tuple[str, ...]]] = [NUMERIC] + ([] if args.numeric_only else [None])
    for types in kinds:
        extract_text("发放金额 3943 万元", "warm-up", types)  # load spaCy, jieba and the rules first
    ok = audit_rows(args.runs)
    if args.audit_only:
        sys.exit(0 if ok else 1)
    if not args.skip_real:
        ok &= real_text(args.base_chars, args.runs, kinds)
    ok &= adversarial(args.runs, args.cap, kinds)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
