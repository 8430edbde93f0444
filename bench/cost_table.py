"""What a numeric run costs per process, per page and per fact, stage by stage (issue 15).

    python bench/cost_table.py                 # numeric types, the whole-process rows' 800 articles
    python bench/cost_table.py --files 200 --runs 5

Per process: the CPU seconds of `extractor extract` over one short article (start-up, imports and
every table a first page loads) less that page's own warm cost. Per page and per fact: each page is
read warm, in process, with each stage's functions wrapped by a timer of the process's CPU time
(exclusive times: a stage called inside another is its own); a page's time in a stage is the least
of --runs runs, and the stage's times over the pages are fitted by least squares to a cost per page,
per 1,000 characters and per fact. The fit reads what scales with what: a stage whose cost is per
fact (the metric, a fact's place) shows it there, one that reads every page (the rules' gates, the
names) per page and per character. The timers cost a few percent; the shares are the figures to read.
"""
from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402
from stage_timers import Timers  # noqa: E402

ROOT = corpus.ROOT
NUMERIC = ["money", "count", "percent", "quantity", "duration", "date"]

# (module, attribute, stage): a function or a class's method (Class.method)
STAGES = [
    ("extractor.page", "Page.read", "page: read, normalize, layout"),
    ("extractor.rules", "find", "candidates: rules (gates, scans, builds)"),
    ("extractor.rules.resolve", "resolve", "candidates: resolve, filters"),
    ("extractor.rules.non_facts", "blocked_spans", "candidates: resolve, filters"),
    ("extractor.names", "find_names", "names (places for scope)"),
    # (a run reads the names through names.name_steps, a generator no timer can wrap: its stages)
    ("extractor.names.places", "find_places", "names (places for scope)"),
    ("extractor.names.place_candidates", "to_candidates", "names (places for scope)"),
    ("extractor.facts", "to_record", "records (to_record)"),
    ("extractor.metric", "metric_for", "metric"),
    ("extractor.scope", "assign_scope", "scope: setup, other"),
    ("extractor.place_scope", "place_of", "scope: place"),
    ("extractor.place_sentences", "sentence_places", "scope: place"),
    ("extractor.article_places", "ArticlePlaces.__init__", "scope: place"),
    ("extractor.main_places", "MainPlaces.at", "scope: place"),
    ("extractor.fact_period", "period_of", "scope: period"),
    ("extractor.sentence_periods", "sentence_periods", "scope: period"),
    ("extractor.time_exprs", "Times.__init__", "scope: period"),
    ("extractor.time_exprs_carry", "dispatch_month", "scope: period"),
    ("extractor.records", "fact_row", "rows (JSON)"),
]


def _process_cpu(path: str) -> float:
    proc = subprocess.Popen([sys.executable, "-m", "extractor", "extract", "--types", ",".join(NUMERIC), path,
                             "-o", os.devnull], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    _, _, usage = os.wait4(proc.pid, 0)
    return usage.ru_utime + usage.ru_stime


def _fit(rows: list[tuple[float, float, float]], ys: list[float]) -> tuple[float, ...]:
    import numpy as np
    coef, *_ = np.linalg.lstsq(np.array(rows), np.array(ys), rcond=None)
    return tuple(float(c) for c in coef)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=800, help="articles (default 800)")
    ap.add_argument("--runs", type=int, default=3, help="warm runs; each page's least time counts (default 3)")
    args = ap.parse_args()
    corpus.require()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "extractor")], check=True,
                   stdout=subprocess.DEVNULL)  # as bench/throughput.py: the package's bytecode, as installed
    with tempfile.TemporaryDirectory() as tmp:
        files = corpus.write_articles(Path(tmp), args.files)
        texts = [(Path(f).stem, Path(f).read_text(encoding="utf-8")) for f in files]
        short = min(files, key=lambda f: abs(len(Path(f).read_text(encoding="utf-8")) - 500))
        one_page = min(_process_cpu(short) for _ in range(3))
    timers = Timers()
    timers.install(STAGES)
    from extractor.engine import page_records
    from extractor.page import Page
    from extractor.records import fact_row

    def read(doc: str, text: str) -> int:
        page = Page.read(text, doc)
        n = 0
        if page.text:
            for r in page_records(page, NUMERIC):
                fact_row(r)
                n += 1
        return n

    facts = [read(doc, text) for doc, text in texts]  # the first pass loads what pages need
    gc.freeze()
    stages = sorted({s for _, _, s in STAGES} | {"rest"})
    best: list[list[float]] = [[float("inf")] * len(stages) for _ in texts]
    for _ in range(args.runs):
        for i, (doc, text) in enumerate(texts):
            timers.spent.clear()
            timers.last = time.process_time()
            read(doc, text)
            timers.charge()
            best[i] = [min(b, timers.spent.get(s, 0.0)) for b, s in zip(best[i], stages)]
    short_text = next(t for d, t in texts if d == Path(short).stem)
    timers.spent.clear()
    timers.last = time.process_time()
    read(Path(short).stem, short_text)
    timers.charge()
    fixed = one_page - sum(timers.spent.values())
    X = [(1.0, len(t) / 1000, n) for (_, t), n in zip(texts, facts)]
    total = sum(map(sum, best))
    print(f"numeric types, {len(texts)} articles, {sum(len(t) for _, t in texts):,} characters, {sum(facts):,} facts\n")
    print(f"per process (start-up, imports, tables loaded by a first page): {fixed:.2f} CPU s "
          f"(a process over one {len(short_text)}-character article: {one_page:.2f})\n")
    print(f"warm, in process: {total:.2f} CPU s (each page's least of {args.runs} runs)\n")
    print("| stage | CPU s | share | per page (µs) | per 1,000 characters (µs) | per fact (µs) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    order = sorted(range(len(stages)), key=lambda j: -sum(row[j] for row in best))
    for j in order:
        spent = [row[j] for row in best]
        page, kchar, fact = _fit(X, spent)
        print(f"| {stages[j]} | {sum(spent):.3f} | {100 * sum(spent) / total:.1f}% | {page * 1e6:.0f} | "
              f"{kchar * 1e6:.0f} | {fact * 1e6:.0f} |")
    page, kchar, fact = _fit(X, [sum(row) for row in best])
    print(f"| all | {total:.3f} | 100% | {page * 1e6:.0f} | {kchar * 1e6:.0f} | {fact * 1e6:.0f} |")


if __name__ == "__main__":
    main()
