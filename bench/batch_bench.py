"""Batch throughput and memory over People's Daily 1998 articles, one article a page.

    python bench/batch_bench.py [--pages 1000] [--memory 500,2000]

Prints, in one run over the same pages:
  * pages/s with --jobs 1 and --jobs 2 (steady state: both after a warm-up, so that the spaCy
    import and dictionary loads, paid once per run whatever its size, are not in the rate; the
    best of --repeat alternated runs), and the ratio (target: --jobs 2 >= 1.8 x --jobs 1);
  * the same as whole processes: `extractor batch --jobs 1` and `--jobs 2` run as a user runs
    them, start-up and dictionary loading included (best of --repeat), and their ratio; and each
    pair of runs' ratio on 2 free cores, from CPU seconds sampled per process (the serial start,
    the workers' and the batch process's work meanwhile shared by 2 cores, its end): the wall-clock
    ratio on a machine other processes share says more of them than of the batch;
  * the serial part in CPU seconds (a whole batch of one page: start-up, loading, exit) and the
    speed-up it and the --jobs 1 CPU seconds allow on 2 free cores: the figure to read on a shared
    machine, where the wall-clock ratio says more of the other processes than of the batch;
  * peak memory (VmHWM) of each process of `extractor batch --jobs 2` over 500 and 2,000 pages:
    the main process and the largest worker; a worker's peak must not grow with the pages.
The corpus (../shared/corpus/external/pd199801.txt) is read at run time only; pages are written
to a temporary folder. Exits with a clear reason where it is absent.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Optional

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

from corpus import PD1998, articles, require  # noqa: E402  (bench/corpus.py: the README's rebuild)
from throughput import compile_package  # noqa: E402  (the package's bytecode, as installed)


def write_pages(folder: Path, n: int) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    done = 0
    for doc, text in articles(PD1998)[:n]:
        (folder / f"{doc}.txt").write_text(text + "\n", encoding="utf-8")
        done += 1
    return done


def throughput(pages: Path, out: Path, jobs: int) -> float:
    from extractor.batch import run_batch
    summary = run_batch([str(pages)], out, jobs=jobs)
    return summary.processed / summary.seconds


def _children(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/task/{p}/children") as f:
                kids = [int(k) for k in f.read().split()]
        except OSError:
            kids = []
        found += kids
        todo += kids
    return found


def whole_process(pages: Path, out: Path, jobs: int) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds of the process and its workers, critical path in CPU seconds)
    of `extractor batch PAGES -o OUT --jobs N` as a fresh process, start-up included. On a shared
    machine the CPU seconds say what the wall seconds cannot: how much work each run did (the
    same pages, so about the same for both --jobs, but for the serial part that --jobs 2 cannot
    spread). The critical path (critical_path) is the wall time the run would take on free cores."""
    import shutil
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-m", "extractor", "batch", str(pages), "-o", str(out), "--jobs", str(jobs)]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    watch = _CpuWatch(proc.pid)
    _, status, usage = os.wait4(proc.pid, 0)  # the usage counts the workers the batch waited for
    wall = time.perf_counter() - started
    watch.stop()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        sys.exit(f"extractor batch --jobs {jobs} exited {proc.returncode}")
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, watch.critical_path(cpu)


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _cpu_of(pid: int) -> Optional[float]:
    """CPU seconds (user + system) a live process has used, from /proc (None once it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(") ", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICK
    except (OSError, IndexError, ValueError):
        return None


class _CpuWatch:
    """Each process's CPU seconds, sampled from /proc while a batch runs: the batch process's own
    when its first worker appears (the serial start: interpreter, imports, dictionaries) and each
    worker's last. A worker is idle after its last pages (it waits for the pool to end), so its
    last sample holds all its work. (Linux; elsewhere no samples, and no estimate.)"""

    def __init__(self, pid: int, every: float = 0.02) -> None:
        self.pid, self.every = pid, every
        self.start: Optional[float] = None  # the batch process's CPU seconds when a worker first ran
        self.last: Optional[float] = None  # ... when a worker last worked (the end is its own)
        self.workers: dict[int, float] = {}
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._done.wait(self.every):
            own = _cpu_of(self.pid)
            kids = [k for k in _children(self.pid) if not _children(k)]  # workers start none
            if kids and self.start is None and own is not None:
                self.start = own
            for k in kids:
                cpu = _cpu_of(k)
                if cpu is not None:
                    if cpu > self.workers.get(k, 0.0):
                        self.last = own
                    self.workers[k] = cpu

    def stop(self) -> None:
        self._done.set()
        self._thread.join()

    def critical_path(self, total: float) -> float:
        """The wall seconds on free cores: the serial start, then the workers' work and what the
        batch process did meanwhile (collecting and writing rows) shared between as many cores
        as workers (pages perfectly shared: on a busy machine the workers' CPU seconds differ
        with what else runs beside each, not with their pages), then the batch process's own end
        (the last rows, closing its files, its exit). Without workers: all of it, serially."""
        if not self.workers or self.start is None or self.last is None:
            return total
        own = max(0.0, total - sum(self.workers.values()))
        meanwhile = max(0.0, self.last - self.start)
        end = max(0.0, own - self.last)
        return self.start + (sum(self.workers.values()) + meanwhile) / len(self.workers) + end


def _hwm_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def peak_memory(pages: Path, out: Path, jobs: int = 2) -> tuple[float, float, int]:
    """(main MiB, largest worker MiB, seconds) of `extractor batch` as a separate process.

    VmHWM is each process's own peak, read from /proc until the process ends."""
    cmd = [sys.executable, "-m", "extractor", "batch", str(pages), "-o", str(out), "--jobs", str(jobs)]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peaks: dict[int, int] = {}
    has_kids: set[int] = set()

    def watch() -> None:
        while proc.poll() is None:
            for p in [proc.pid] + _children(proc.pid):
                peaks[p] = max(peaks.get(p, 0), _hwm_kib(p))
                if p != proc.pid and _children(p):
                    has_kids.add(p)
            time.sleep(0.05)
    t = threading.Thread(target=watch)
    t.start()
    proc.wait()
    t.join()
    # workers are the processes below the batch that start none of their own (with forkserver,
    # the server is a child with children; with fork, the workers are the batch's children)
    workers = [kib for p, kib in peaks.items() if p != proc.pid and p not in has_kids]
    main_kib = peaks.get(proc.pid, 0)
    return main_kib / 1024, max(workers, default=0) / 1024, round(time.perf_counter() - started)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=1000, help="pages for the throughput runs (>= 1000)")
    ap.add_argument("--memory", default="500,2000", help="page counts for the memory runs")
    ap.add_argument("--repeat", type=int, default=2,
                    help="throughput runs per --jobs, alternated; the best is kept (a shared machine is noisy)")
    args = ap.parse_args()
    require()
    compile_package()  # the whole processes below read it, as an installed package's do
    sizes = [int(s) for s in args.memory.split(",") if s.strip()]
    from extractor.batch.work import warm
    with tempfile.TemporaryDirectory(prefix="batch-bench-") as tmp:
        tmp = Path(tmp)
        n = write_pages(tmp / "pages", max([args.pages] + sizes))
        print(f"corpus: {PD1998.name}, {n} articles written as pages to a temporary folder; "
              f"{os.cpu_count()} cores, load average {_load()}")
        sets = {}
        for size in sorted(set([args.pages] + sizes)):
            folder = tmp / f"pages-{size}"
            folder.mkdir()
            for p in sorted((tmp / "pages").iterdir())[:size]:
                os.link(p, folder / p.name)
            sets[size] = folder
        chars = sum(len(p.read_text(encoding="utf-8")) for p in sets[args.pages].iterdir())
        print(f"throughput set: {args.pages} pages, {chars:,} characters "
              f"({chars / args.pages:.0f} per page)")
        warm()
        throughput(_first(tmp, sets[args.pages], 20), tmp / "warm", 2)  # starts the warm forkserver
        rates = {1: 0.0, 2: 0.0}
        ceilings = []
        for run in range(args.repeat):
            ceilings.append(cpu_ceiling())
            for jobs in (1, 2):
                rate = throughput(sets[args.pages], tmp / f"out-j{jobs}", jobs)
                rates[jobs] = max(rates[jobs], rate)
                print(f"run {run + 1}, --jobs {jobs}: {rate:.1f} pages/s (load average {_load()})")
        for jobs in (1, 2):
            print(f"--jobs {jobs}: {rates[jobs]:.1f} pages/s (best of {args.repeat})")
        same = all((tmp / "out-j1" / f).read_bytes() == (tmp / "out-j2" / f).read_bytes()
                   for f in ("facts.jsonl", "findings.jsonl", "errors.jsonl"))
        ceilings.append(cpu_ceiling())
        print(f"speed-up --jobs 2 / --jobs 1: {rates[2] / rates[1]:.2f}x (target >= 1.8x); "
              f"outputs identical: {same}")
        best = {1: float("inf"), 2: float("inf")}
        best_cpu = {1: float("inf"), 2: float("inf")}
        paths: dict[int, list[float]] = {1: [], 2: []}
        for run in range(args.repeat):
            for jobs in (1, 2):
                secs, cpu, path = whole_process(sets[args.pages], tmp / f"whole-j{jobs}", jobs)
                best[jobs] = min(best[jobs], secs)
                best_cpu[jobs] = min(best_cpu[jobs], cpu)
                paths[jobs].append(path)
                print(f"whole process, run {run + 1}, --jobs {jobs}: {secs:.2f} s, {cpu:.2f} CPU s, "
                      f"critical path {path:.2f} CPU s (load average {_load()})")
        for jobs in (1, 2):
            print(f"whole process --jobs {jobs}: {best[jobs]:.2f} s, {args.pages / best[jobs]:.1f} pages/s "
                  f"(best of {args.repeat}, start-up included)")
        print(f"whole-process speed-up --jobs 2 / --jobs 1: {best[1] / best[2]:.2f}x (target >= 1.8x)")
        ratios = sorted(a / b for a, b in zip(paths[1], paths[2]))
        print("whole-process speed-up on 2 free cores, from each run's CPU seconds (--jobs 1's / --jobs 2's "
              "critical path: serial start, the workers' and the batch process's work shared by 2 cores, its end): "
              + ", ".join(f"{r:.2f}x" for r in ratios) + " (the measure to read on a busy machine)")
        one = _first(tmp, sets[args.pages], 1)
        serial = min(whole_process(one, tmp / "whole-one", 1)[1] for _ in range(args.repeat))
        print(f"serial part: {serial:.2f} CPU s (a whole batch of one page: start-up, loading, exit); "
              f"--jobs 1 over {args.pages} pages {best_cpu[1]:.2f} CPU s; on 2 free cores these allow at "
              f"most {best_cpu[1] / (serial + (best_cpu[1] - serial) / 2):.2f}x (pages perfectly shared; "
              "the measure to read where the machine's own speed-up below is short of 2)")
        print("the machine's own 2-process speed-up on a pure CPU loop meanwhile: "
              + ", ".join(f"{c:.2f}x" for c in ceilings) + " (2.0 when the cores are free)")
        for size in sizes:
            main_mib, worker_mib, secs = peak_memory(sets[size], tmp / f"mem-{size}")
            print(f"peak memory, {size} pages, --jobs 2: largest worker {worker_mib:.0f} MiB, "
                  f"main process {main_mib:.0f} MiB ({secs} s)")


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i
    return total


def cpu_ceiling(n: int = 5_000_000) -> float:
    """How much faster two processes finish two pure-Python loops than one process does, now.

    On an idle 2-core machine this is ~2.0; on a shared one it is what any --jobs 2 can reach."""
    import multiprocessing
    started = time.perf_counter()
    _burn(n)
    _burn(n)
    serial = time.perf_counter() - started
    with multiprocessing.get_context("fork").Pool(2) as pool:
        pool.apply(_burn, (1,))
        started = time.perf_counter()
        pool.map(_burn, [n, n])
        parallel = time.perf_counter() - started
    return serial / parallel


def _load() -> str:
    # the machine may be shared: a busy one cannot show a 2x speed-up on 2 cores
    try:
        return "%.1f" % os.getloadavg()[0]
    except OSError:
        return "?"


def _first(tmp: Path, folder: Path, n: int) -> Path:
    out = tmp / f"first-{n}"
    out.mkdir()
    for p in sorted(folder.iterdir())[:n]:
        os.link(p, out / p.name)
    return out


if __name__ == "__main__":
    main()
