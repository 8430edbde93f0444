"""Throughput of extractor beside its peers, on real news, on one core (issue 6, part 2).

    python bench/throughput.py                 # ~1 MB of People's Daily 1998, 5 runs each
    python bench/throughput.py --mb 2 --runs 3 --profile numeric
    python bench/throughput.py --readme        # and write the table into docs/benchmarks.md

Input: the first articles of ../shared/corpus/external/pd199801.txt, rebuilt as raw text (one
page per article; see bench/corpus.py), at least --mb MiB of UTF-8. Every measure runs over the
same pages one page at a time, pinned to one CPU; the figure is the median of --runs runs, as
characters per second and as a ratio to jieba.lcut. Peers (jionlp, recognizers-text) are
benchmark-only packages: a peer that is not installed is skipped with a note. The median run
finds jieba's caches warm (the words its dictionary lacks are tagged once per process); the CLI
row over all pages in one fresh process shows the cost of a first pass, loading included.

Start-up is `python -m extractor extract empty.txt` as a subprocess (median of 5); peak memory
is the maximum resident set of `python -m extractor extract <all pages> -o /dev/null`.

The whole process, as a user runs it: the first --files (800) articles, one file each, and one
fresh process over all of them: `extractor extract <files> -o /dev/null` (all types; numeric
types) beside a fresh `python -c` that imports jieba, reads the same files and lcuts them. Start-
up, loading and first-use costs are all inside. Best of --whole-runs (3), the three commands
taking turns: the machine is shared and noisy, and the best run is the one least disturbed; the
best CPU seconds (user + system) are reported beside the wall seconds, with their own ratio.
Every subprocess reads the package's compiled bytecode (compiled once first, as pip does at
install; see compile_package), as jieba's process reads jieba's. Two more rows run the numeric
process with the per-fact place and period (scope) switched off, and then the metric too: bounds
that show what the numeric target leaves for that work (PARTS_PROCESS; no user runs them).
Memory per character of a page: bench/memory.py.
Targets: in process, all types >= 0.5x jieba.lcut and numeric types >= 2x jionlp extract_money;
whole process, all types >= 0.5x and numeric types >= 1.5x jieba's whole process; start-up <= 0.5 s.
"""
from __future__ import annotations

import argparse
import io
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Callable, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

ROOT = corpus.ROOT
sys.path.insert(0, str(ROOT))

NUMERIC = ("money", "count", "percent", "quantity", "duration", "date")
Pages = list[tuple[str, str]]


def pin_one_core() -> str:
    """Run on one CPU (the first one allowed), so that no measure gets a second core."""
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"cpu {cpu}"
    except (AttributeError, OSError):
        return "not pinned"


def timed(fn: Callable[[], object], runs: int) -> float:
    """Median wall time of `runs` calls of fn."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def quietly(fn: Callable[[], object]) -> object:
    """Call fn with its banner and log lines (jieba, jionlp) kept off the table."""
    with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
        return fn()


# -- the measures: each returns a function over all pages, or a reason to skip --------------

def m_read(pages: Pages, files: list[Path]):
    from extractor.textio import read_page
    return lambda: [read_page(p) for p in files]


def m_jieba(pages: Pages, files: list[Path]):
    import jieba
    logging.getLogger("jieba").setLevel(logging.ERROR)
    quietly(jieba.initialize)
    return lambda: [jieba.lcut(text) for _, text in pages]


def m_rjieba(pages: Pages, files: list[Path]):
    from extractor.segment import Segmenter
    seg = Segmenter()
    seg.cut(pages[0][1])
    return lambda: [seg.cut(text) for _, text in pages]


def m_page(pages: Pages, files: list[Path]):
    from extractor.page import Page
    return lambda: [Page.read(text, doc) for doc, text in pages]


def _extractor(types: Optional[tuple[str, ...]]):
    def measure(pages: Pages, files: list[Path]):
        from extractor.api import extract_text
        from extractor.records import to_json
        quietly(lambda: extract_text(pages[0][1], pages[0][0], types))  # load spaCy, jieba, rules
        return lambda: [[to_json(f) for f in extract_text(text, doc, types)] for doc, text in pages]
    return measure


def m_jionlp(pages: Pages, files: list[Path]):
    try:
        jio = quietly(lambda: __import__("jionlp"))
    except ImportError:
        return "jionlp not installed (pip install jionlp)"
    quietly(lambda: jio.ner.extract_money(pages[0][1]))
    return lambda: [jio.ner.extract_money(text) for _, text in pages]


def m_recognizers(pages: Pages, files: list[Path]):
    try:
        from recognizers_number_with_unit import NumberWithUnitRecognizer
        from recognizers_text import Culture
    except ImportError as e:
        return f"recognizers-text not usable ({e}; pip install recognizers-text-suite 'emoji<1')"
    model = NumberWithUnitRecognizer(Culture.Chinese).get_currency_model()
    return lambda: [model.parse(text) for _, text in pages]


MEASURES = [
    ("reading the files (floor)", m_read, None),
    ("jieba.lcut", m_jieba, None),
    ("rjieba cut (extractor's segmenter: jieba's cuts)", m_rjieba, None),
    ("extractor, reading pages only (normalization, layout)", m_page, None),
    ("extractor, all types", _extractor(None), None),
    ("extractor, numeric types", _extractor(NUMERIC), None),
    ("extractor, money only (jionlp's task)", _extractor(("money",)), None),
    ("jionlp extract_money", m_jionlp, 3),
    ("recognizers-text currency", m_recognizers, 1),
]


# -- the command line as a subprocess: start-up and peak memory -------------------------------

def cli(args: list[str]) -> tuple[float, int, int, str]:
    """(wall seconds, peak RSS in KiB, exit code, stderr) of `python -m extractor ...`."""
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "extractor", *args], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - t, usage.ru_maxrss, proc.returncode, err


JIEBA_PROCESS = """
import logging, sys
import jieba
logging.getLogger("jieba").setLevel(logging.ERROR)
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        jieba.lcut(f.read())
"""

# The same numeric run with parts of the per-fact work switched off, to show where the numeric
# target's time goes (not a way to run extractor): "without scope" skips place and period, "without
# metric or scope" also gives every fact a fixed metric. Only these rows patch anything.
PARTS_PROCESS = """
import sys
import extractor.engine as engine
import extractor.facts as facts
part = sys.argv.pop(1)
steps = engine.record_steps
def no_scope(page, types, segmenter, scope):
    return (yield from steps(page, types, segmenter, False))
engine.record_steps = no_scope
if part == "rules":
    facts.metric_for = lambda *args, **kwargs: "-"
from extractor.cli import main
main()
"""


def compile_package() -> None:
    """The package's bytecode compiled once, as an installed package has it (pip compiles it at
    install) and as a checkout has it after its first run with Python's defaults. Where
    PYTHONDONTWRITEBYTECODE is set (as on the team's shared machine) no run writes it, and every
    measured process compiled the package's ~100 modules from source again (0.1-0.15 CPU s);
    jieba's modules, compiled at its install, never were. Python reads the files whatever that
    setting says; they are written beside the sources, in __pycache__ (ignored by git)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "extractor")], cwd=ROOT,
                   check=True, stdout=subprocess.DEVNULL)


def whole_process(files: list[Path], runs: int) -> tuple[dict[str, float], dict[str, float]]:
    """Best wall seconds and best CPU seconds (user + system, the process's own) of each
    whole-process command over the files, the commands taking turns. On a shared machine the
    CPU seconds are the steadier measure: another process's load stretches the wall time."""
    paths = list(map(str, files))
    commands = {
        "jieba.lcut": [sys.executable, "-c", JIEBA_PROCESS, *paths],
        "all types": [sys.executable, "-m", "extractor", "extract", *paths, "-o", os.devnull],
        "numeric types": [sys.executable, "-m", "extractor", "extract", "--types", ",".join(NUMERIC),
                          *paths, "-o", os.devnull],
        "numeric types without scope (bound)": [sys.executable, "-c", PARTS_PROCESS, "metric", "extract", "--types",
                                                ",".join(NUMERIC), *paths, "-o", os.devnull],
        "numeric types without metric or scope (bound)": [sys.executable, "-c", PARTS_PROCESS, "rules", "extract",
                                                          "--types", ",".join(NUMERIC), *paths, "-o", os.devnull],
    }
    best: dict[str, float] = {}
    cpu: dict[str, float] = {}
    for _ in range(runs):
        for name, cmd in commands.items():
            t = time.perf_counter()
            proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            err = proc.stderr.read()
            _, status, usage = os.wait4(proc.pid, 0)
            took = time.perf_counter() - t
            proc.returncode = os.waitstatus_to_exitcode(status)
            if proc.returncode:
                sys.exit(f"{name} failed: {err.decode('utf-8', 'replace').strip()[-300:]}")
            best[name] = min(best.get(name, took), took)
            cpu[name] = min(cpu.get(name, float("inf")), usage.ru_utime + usage.ru_stime)
    return best, cpu


def whole_report(times: tuple[dict[str, float], dict[str, float]], n_files: int, chars: int,
                 runs: int) -> list[str]:
    best, cpu = times
    jieba_s, jieba_cpu = best["jieba.lcut"], cpu["jieba.lcut"]
    out = [f"whole process over {n_files} articles, one file each ({chars:,} characters), one fresh "
           f"process each; best of {runs} (wall seconds; CPU seconds, user + system, the steadier "
           "measure on a shared machine):", "",
           "| process | seconds | chars/s | × jieba.lcut's process | CPU seconds | × jieba's, CPU |",
           "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for name, sec in best.items():
        label = "jieba: import, read, lcut" if name == "jieba.lcut" else f"`extractor extract`, {name}"
        out.append(f"| {label} | {sec:.2f} | {chars / sec / 1000:,.0f}k | {jieba_s / sec:.2f} | "
                   f"{cpu[name]:.2f} | {jieba_cpu / cpu[name]:.2f} |")
    out.append("")
    for name, want in (("all types", 0.5), ("numeric types", 1.5)):
        got, got_cpu = jieba_s / best[name], jieba_cpu / cpu[name]
        out.append(f"target whole process, {name} >= {want}x jieba's: {got:.2f}x wall, {got_cpu:.2f}x CPU  "
                   f"{'met' if got >= want else 'NOT met'}  ")
    return out


def startup(folder: Path, runs: int = 5) -> float:
    empty = folder / "empty.txt"
    empty.write_bytes(b"")
    cli(["extract", str(empty)])  # the first run fills the OS file cache and jieba's cache
    return statistics.median(cli(["extract", str(empty)])[0] for _ in range(runs))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=1.0, help="MiB of UTF-8 text to run over (default 1)")
    ap.add_argument("--runs", type=int, default=5, help="runs per measure; the median is reported")
    ap.add_argument("--no-peers", action="store_true", help="skip jionlp and recognizers-text")
    ap.add_argument("--profile", choices=["all", "numeric"], help="also profile one run (pyinstrument)")
    ap.add_argument("--readme", action="store_true", help="write the table into the throughput block of docs/benchmarks.md")
    ap.add_argument("--files", type=int, default=800, help="articles for the whole-process rows (default 800)")
    ap.add_argument("--whole-runs", type=int, default=3, help="runs of each whole process; the best is reported")
    ap.add_argument("--whole-only", action="store_true", help="only the whole-process rows and start-up")
    args = ap.parse_args()
    corpus.require()
    where = pin_one_core()
    pages = corpus.sample(int(args.mb * 1024 * 1024))
    chars = sum(len(t) for _, t in pages)
    size = sum(len(t.encode("utf-8")) for _, t in pages)
    print(f"input: {len(pages)} articles of People's Daily 1998-01, {chars:,} characters, "
          f"{size / 2**20:.2f} MiB UTF-8; one core ({where}); median of {args.runs} runs\n")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = []
        for doc, text in pages:
            p = folder / f"{doc}.txt"
            p.write_text(text, encoding="utf-8")
            files.append(p)
        # the subprocesses first: a child's peak memory counts the image it was forked from, and
        # this process grows once the measures below have loaded the pipeline and the peers
        compile_package()
        start = startup(folder)
        whole_dir = folder / "whole"
        whole_dir.mkdir()
        whole_files, whole_chars = [], 0
        for doc, text in corpus.articles()[:args.files]:
            p = whole_dir / f"{doc}.txt"
            p.write_text(text, encoding="utf-8")
            whole_files.append(p)
            whole_chars += len(text)
        whole = whole_report(whole_process(whole_files, args.whole_runs), len(whole_files), whole_chars,
                             args.whole_runs)
        if args.whole_only:
            print("\n".join(whole + [f"start-up (`python -m extractor extract empty.txt`): {start:.2f} s  "
                                     f"{'met' if start <= 0.5 else 'NOT met'} (target <= 0.5 s)"]))
            return
        # a typical page (the median size) as the only input of a fresh process: what one
        # `extractor extract page.txt` costs, dictionaries and tables loaded included
        typical = sorted(files, key=lambda f: f.stat().st_size)[len(files) // 2]
        first = {label: statistics.median(cli(["extract", *flags, str(typical), "-o", os.devnull])[0]
                                          for _ in range(3))
                 for label, flags in (("numeric types", ["--types", ",".join(NUMERIC)]), ("all types", []))}
        wall_all, rss_all, rc_all, err = cli(["extract", *map(str, files), "-o", os.devnull])
        _, rss_num, _, _ = cli(["extract", "--types", ",".join(NUMERIC), *map(str, files), "-o", os.devnull])
        rows: list[tuple[str, Optional[float], str]] = []
        for name, make, max_runs in MEASURES:
            if args.no_peers and make in (m_jionlp, m_recognizers):
                continue
            fn = make(pages, files)
            if isinstance(fn, str):
                rows.append((name, None, f"skipped: {fn}"))
                continue
            runs = min(args.runs, max_runs or args.runs)
            rows.append((name, chars / timed(fn, runs), f"{runs} run{'s' * (runs > 1)}"))
    if rc_all:
        print(f"warning: the CLI run exited {rc_all}: {err.strip()[-300:]}")
    rows.append(("`extractor extract` CLI, all pages, all types", chars / wall_all, "one process: start-up and the first pass's loading included"))
    lines = report(rows, start, first, rss_all, rss_num) + [""] + whole
    print("\n".join(lines))
    if args.readme:
        write_readme(lines, f"{len(pages)} pages, {chars:,} characters; median of {args.runs} runs")
    if args.profile:
        profile(pages, None if args.profile == "all" else NUMERIC)


def report(rows: list[tuple[str, Optional[float], str]], start: float, first: dict[str, float],
           rss_all: int, rss_num: int) -> list[str]:
    """The table, the start-up and memory figures and the targets, as Markdown lines."""
    jieba_rate = next(r for n, r, _ in rows if n == "jieba.lcut")
    rate = {n: r for n, r, _ in rows}
    out = ["| measure | chars/s | × jieba.lcut | note |", "| --- | ---: | ---: | --- |"]
    for name, r, note in rows:
        out.append(f"| {name} | – | – | {note} |" if r is None
                   else f"| {name} | {r / 1000:,.0f}k | {r / jieba_rate:.2f} | {note} |")
    out += ["", f"start-up (`python -m extractor extract empty.txt`): {start:.2f} s  ",
            "one typical page in a fresh process (median of 3): "
            + ", ".join(f"{t} {sec:.2f} s" for t, sec in first.items()) + "  ",
            f"peak memory of the CLI over all pages: {rss_all / 1024:.0f} MiB (all types), "
            f"{rss_num / 1024:.0f} MiB (numeric types)", ""]
    checks = [("all types >= 0.5x jieba.lcut", rate["extractor, all types"] / jieba_rate, 0.5)]
    if rate.get("jionlp extract_money"):
        checks.append(("numeric types >= 2x jionlp extract_money",
                       rate["extractor, numeric types"] / rate["jionlp extract_money"], 2.0))
    out += [f"target {label}: {got:.2f}x  {'met' if got >= want else 'NOT met'}  " for label, got, want in checks]
    out.append(f"target start-up <= 0.5 s: {start:.2f} s  {'met' if start <= 0.5 else 'NOT met'}")
    return out


BEGIN, END = "<!-- throughput:begin -->", "<!-- throughput:end -->"
TABLE_FILE = ROOT / "docs" / "benchmarks.md"  # the speed figures' home (the README links to it)


def write_readme(lines: list[str], what: str) -> None:
    """Put the report between the throughput markers of docs/benchmarks.md (a new file, then a
    rename). The option keeps its old name, --readme."""
    target = TABLE_FILE
    text = target.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        sys.exit(f"{target.relative_to(ROOT)} has no {BEGIN} ... {END} block to fill")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    block = "\n".join([BEGIN, f"<!-- written by `python bench/throughput.py --readme` ({what}) -->", *lines, END])
    tmp = target.with_suffix(".md.tmp")
    tmp.write_text(head + block + tail, encoding="utf-8")
    os.replace(tmp, target)
    print(f"\nwrote the table into {target}")


def profile(pages: Pages, types: Optional[tuple[str, ...]]) -> None:
    try:
        from pyinstrument import Profiler
    except ImportError:
        print("profile skipped: pyinstrument not installed (pip install pyinstrument)")
        return
    from extractor.api import extract_text
    p = Profiler(interval=0.001)
    p.start()
    for doc, text in pages:
        extract_text(text, doc, types)
    p.stop()
    print(p.output_text(unicode=True, color=False))


if __name__ == "__main__":
    main()
