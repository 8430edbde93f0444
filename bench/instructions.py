"""Instructions of a whole `extractor extract` process, this tree beside a git revision of it: a
measure the load of a shared machine does not move (issue 15's speed work).

    python bench/instructions.py                       # numeric types, 100 articles, against HEAD
    python bench/instructions.py --rev 8977870 --files 300 --types all

On a machine shared by several busy processes the CPU seconds of a run move by 10-40% from one
run to the next, more than most single steps of speed work gain; the number of instructions the
process executes moves by about 0.1%. Each tree runs once under valgrind's callgrind (its `Ir`
total: user-space instructions, start-up and loading included), with the package's bytecode
compiled first and a fixed hash seed. Instructions are not time (a cache miss costs more than an
add), so a step worth keeping is confirmed by timing it too (bench/throughput.py --whole-only),
on a quiet machine. Needs valgrind; about 50x slower than the plain run.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

ROOT = corpus.ROOT
NUMERIC = "money,count,percent,quantity,duration,date"
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def export(rev: str, into: Path) -> Path:
    """The tree of a git revision, written out (git archive: the repository is not touched)."""
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True, check=True).stdout
    into.mkdir(parents=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def instructions(tree: Path, files: list[str], types: str) -> int:
    """callgrind's Ir total of `extractor extract` over the files, run from the tree."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "extractor")], check=True,
                   stdout=subprocess.DEVNULL)
    argv = [sys.executable, "-m", "extractor", "extract", *(["--types", types] if types else []), *files,
            "-o", os.devnull]
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv], cwd=tree,
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(tree),
                                                               "PYTHONHASHSEED": "0"})
    found = _COLLECTED.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"callgrind run failed in {tree}:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rev", default="HEAD", help="the git revision to compare with (default HEAD)")
    ap.add_argument("--files", type=int, default=100, help="articles, one file each (default 100)")
    ap.add_argument("--types", default="numeric", help="numeric (default), all, or a comma-separated list")
    args = ap.parse_args()
    corpus.require()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: no instruction counts on this machine")
    types = {"numeric": NUMERIC, "all": ""}.get(args.types, args.types)
    with tempfile.TemporaryDirectory() as tmp:
        files = corpus.write_articles(Path(tmp), args.files)
        before = instructions(export(args.rev, Path(tmp) / "rev"), files, types)
        after = instructions(ROOT, files, types)
    print(f"`extractor extract --types {args.types}` over {len(files)} articles, instructions (callgrind Ir):")
    print(f"{args.rev}: {before:,}\nthis tree: {after:,}  ({after / before - 1:+.1%})")


if __name__ == "__main__":
    main()
