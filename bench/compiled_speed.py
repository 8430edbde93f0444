"""Would compiling the numeric path's per-fact modules with mypyc make the numeric whole process fast
enough (issue 15: >= 1.5x jieba's process, CPU seconds)? An experiment, not how extractor ships.

    python -m pip install mypy                 # in a venv of its own, with extractor installed editable
    python bench/compiled_speed.py --build     # mypyc over MODULES: .so files beside the sources
    python bench/compiled_speed.py             # whole processes, pure Python and compiled, best of 3
    python bench/compiled_speed.py --build --wide     # 93 modules: every one mypyc takes (see WIDE_SKIPS)
    python bench/compiled_speed.py --build --cython   # Cython instead (pip install cython), 101 modules
    python bench/compiled_speed.py --clean     # remove the .so files (and build/)

While the .so files lie beside the sources every run of the checkout imports them; the pure-Python
rows here import the .py files instead (a finder put first on sys.meta_path), so both run in turns
in the same window. The JSONL of the two numeric runs is compared byte for byte. Figures, and what
shipping compiled modules would cost: docs/benchmarks.md, "Compiled with mypyc (session 15)".

The bound rows patch the run as bench/throughput.py's do (no place or period; no metric either).
Compiled code calls the functions of its own group directly (and imports its group's modules
without sys.meta_path), so a patched `facts.metric_for` is not seen there: the "without metric or
scope" rows give the engine the to_record of a Python copy of facts.py whose metric_for is patched.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402
from throughput import JIEBA_PROCESS, NUMERIC, compile_package  # noqa: E402

ROOT = corpus.ROOT
PKG = ROOT / "extractor"

# the per-fact work of a numeric run (metric, place, period, the fact's record). Left out, as mypyc
# stops on them: area_words.py and metric_elided.py (internal mypyc errors on a `reversed()` of a
# list of Any and on a starred tuple inside `in`), records.py (its compiled module crashes the
# process at import: a module __getattr__ and NamedTuple defaults)
MODULES = sorted({p.name for p in PKG.glob("metric*.py")} - {"metric_elided.py"}) + [
    "place_scope.py", "place_sentences.py", "main_places.py", "article_places.py", "scope.py", "sentence_periods.py",
    "time_exprs.py", "time_exprs_carry.py", "time_exprs_named.py", "time_exprs_spans.py",
    "time_exprs_words.py", "date_periods.py", "facts.py"]

# --wide: every module of the package's own folder, names/ and rules/ that a numeric run imports,
# but the engine's (the bound rows patch engine.record_steps), api.py, record.py (a class made at
# run time), those mypyc stops on or whose compiled module fails (above; tagger.py and
# rjieba_words.py, which subclass jieba's and rjieba's internals; segment.py, period_shapes.py,
# place_targets.py, place_venues.py: internal mypyc errors; period_spans.py, split from period_shapes.py
# after that was seen, skipped with it; candidate.py: its compiled dataclass fails at import on a field
# typed `object`): 93 modules, 13.7k lines when counted (article_places.py, split from main_places.py
# since, adds one)
WIDE_SKIPS = {"api.py", "engine.py", "steps.py", "record.py", "records.py", "tagger.py", "rjieba_words.py",
              "area_words.py", "metric_elided.py", "segment.py", "period_shapes.py", "period_spans.py", "place_targets.py",
              "place_venues.py", "candidate.py", "__init__.py", "__main__.py"}
WIDE_FOLDERS = ("", "names", "rules")  # not cli/ nor db/


def wide_modules() -> list[str]:
    """The modules of a numeric run of `extractor extract` over 20 articles, less WIDE_SKIPS."""
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "pages.txt"
        page.write_text("\n\n".join(text for _, text in corpus.articles()[:20]), encoding="utf-8")
        code = ("import atexit, sys; from extractor.cli import main; atexit.register(lambda: print("
                "'\\n'.join(m for m in sys.modules if m.startswith('extractor.')), file=sys.stderr)); "
                f"sys.argv = ['extractor', 'extract', '--types', '{','.join(NUMERIC)}', '{page}', '-o', "
                f"'{os.devnull}']; main()")
        names = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True).stderr.split()
    out = []
    for name in sorted(names):
        rel = name.split(".", 1)[1].replace(".", "/") + ".py"
        folder, _, file = rel.rpartition("/")
        if (PKG / rel).is_file() and folder in WIDE_FOLDERS and file not in WIDE_SKIPS:
            out.append(rel)
    return out


# mypy's checks that stop mypyc but that the code passes at run time (Optional values the code has
# already tested, a record class made at run time); a variable given a second type is allowed
MYPY_FLAGS = ["--follow-imports=silent", "--ignore-missing-imports", "--allow-redefinition-new",
              "--local-partial-types"] + [f"--disable-error-code={code}" for code in (
                  "arg-type", "union-attr", "index", "operator", "return-value", "var-annotated",
                  "attr-defined", "call-overload", "misc")]

# a process that runs extractor's CLI with the named modules read from their .py files
RUN = """
import importlib.util, os, sys
pure = sys.argv.pop(1)
part = sys.argv.pop(1)
class Pure:
    def find_spec(self, name, path=None, target=None):
        if name.startswith("extractor.") and (pure == "all" or name.split(".")[-1] in pure.split(",")):
            py = f"{ROOT}/extractor/{name.split('.', 1)[1].replace('.', '/')}.py"
            return importlib.util.spec_from_file_location(name, py) if os.path.isfile(py) else None
        return None
sys.meta_path.insert(0, Pure())
if part != "whole":
    import extractor.engine as engine
    steps = engine.record_steps
    def no_scope(page, types, segmenter, scope):
        return (yield from steps(page, types, segmenter, False))
    engine.record_steps = no_scope
    if part == "rules":  # a Python copy of facts.py, whose metric_for can be replaced
        spec = importlib.util.spec_from_file_location("extractor.facts", "{ROOT}/extractor/facts.py")
        py_facts = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(py_facts)
        py_facts.metric_for = lambda *args, **kwargs: "-"
        engine.to_record = py_facts.to_record
from extractor.cli import main
main()
""".replace("{ROOT}", str(ROOT))


# --cython: the same modules and those mypyc could not take (engine.py and api.py still Python),
# compiled by Cython 3 as plain Python (annotations not enforced), each module a library of its own
CYTHON_EXTRA = ["segment.py", "records.py", "area_words.py", "metric_elided.py", "candidate.py",
                "period_shapes.py", "period_spans.py", "place_targets.py", "place_venues.py"]


def build(modules: list[str], cython: bool = False) -> None:
    files = [f"extractor/{m}" for m in modules]
    if cython:
        subprocess.run([sys.executable, "-m", "Cython.Build.Cythonize", "-i", "-3", "-X", "annotation_typing=False",
                        *files], cwd=ROOT, check=True, env={**os.environ, "CFLAGS": "-O2 -g0"})
    else:
        subprocess.run([sys.executable, "-m", "mypyc", *MYPY_FLAGS, *files], cwd=ROOT, check=True)


def clean() -> None:
    for so in [*PKG.rglob("*.so"), *ROOT.glob("*__mypyc*.so")]:
        so.unlink()
    for c in PKG.rglob("*.c"):  # Cython's C beside the sources
        c.unlink()
    shutil.rmtree(ROOT / "build", ignore_errors=True)


def run(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds: user + system) of one process."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status):
        sys.exit(f"{cmd[3:6]} failed: {err.decode('utf-8', 'replace').strip()[-300:]}")
    return time.perf_counter() - t, usage.ru_utime + usage.ru_stime


def measure(files: list[str], out: Path, runs: int) -> dict[str, float]:
    types = ["--types", ",".join(NUMERIC)]
    py = [sys.executable, "-c", RUN]
    commands = {
        "jieba: import, read, lcut": [sys.executable, "-c", JIEBA_PROCESS, *files],
        "numeric types, pure Python": [*py, "all", "whole", "extract", *types, *files, "-o", str(out / "pure.jsonl")],
        "numeric types, compiled": [*py, "-", "whole", "extract", *types, *files, "-o", str(out / "compiled.jsonl")],
        "without scope (bound), pure Python": [*py, "all", "metric", "extract", *types, *files, "-o", os.devnull],
        "without scope (bound), compiled": [*py, "-", "metric", "extract", *types, *files, "-o", os.devnull],
        "without metric or scope (bound), pure Python": [*py, "all", "rules", "extract", *types, *files, "-o", os.devnull],
        "without metric or scope (bound), compiled": [*py, "-", "rules", "extract", *types, *files, "-o", os.devnull],
    }
    empty = out / "empty.txt"
    empty.write_bytes(b"")
    commands["start-up (an empty page), pure Python"] = [*py, "all", "whole", "extract", str(empty)]
    commands["start-up (an empty page), compiled"] = [*py, "-", "whole", "extract", str(empty)]
    cpu: dict[str, float] = {}
    for _ in range(runs):
        for name, cmd in commands.items():
            cpu[name] = min(cpu.get(name, float("inf")), run(cmd)[1])
    return cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", action="store_true", help="compile MODULES with mypyc (needs mypy)")
    ap.add_argument("--wide", action="store_true", help="with --build: every module of a numeric run, not MODULES")
    ap.add_argument("--cython", action="store_true", help="with --build: Cython (pure-Python mode) over "
                    "the --wide modules and CYTHON_EXTRA, not mypyc")
    ap.add_argument("--clean", action="store_true", help="remove the compiled modules")
    ap.add_argument("--files", type=int, default=800, help="articles, one file each (default 800)")
    ap.add_argument("--runs", type=int, default=3, help="runs of each process; the best is reported")
    args = ap.parse_args()
    if args.clean or args.build:
        clean()
        if args.build:
            t = time.perf_counter()
            if args.cython:
                build(wide_modules() + CYTHON_EXTRA, cython=True)
            else:
                build(wide_modules() if args.wide else MODULES)
            print(f"built in {time.perf_counter() - t:.0f} s")
        return
    if not list(PKG.glob("*.so")):
        sys.exit("no compiled modules: run with --build first")
    compile_package()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files, chars = [], 0
        for doc, text in corpus.articles()[:args.files]:
            (folder / f"{doc}.txt").write_text(text, encoding="utf-8")
            files.append(str(folder / f"{doc}.txt"))
            chars += len(text)
        cpu = measure(files, folder, args.runs)
        same = (folder / "pure.jsonl").read_bytes() == (folder / "compiled.jsonl").read_bytes()
    jieba = cpu["jieba: import, read, lcut"]
    print(f"{len(files)} articles ({chars:,} characters), one process each; CPU seconds (user + system), "
          f"best of {args.runs}; {len(list(PKG.rglob('*.so')))} modules compiled\n")
    print("| process | CPU seconds | × jieba's |\n| --- | ---: | ---: |")
    for name, sec in cpu.items():
        print(f"| {name} | {sec:.2f} | {'' if name.startswith('start-up') else f'{jieba / sec:.2f}'} |")
    print(f"\nnumeric JSONL, compiled vs pure Python: {'byte-identical' if same else 'DIFFERENT'}")
    print(f"target numeric >= 1.5x jieba's: compiled {jieba / cpu['numeric types, compiled']:.2f}x  "
          f"{'met' if jieba / cpu['numeric types, compiled'] >= 1.5 else 'NOT met'}")


if __name__ == "__main__":
    main()
