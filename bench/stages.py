"""Where the CPU time of a whole `extractor extract` process goes, stage by stage, beside jieba's
own process over the same files (issue 15: the whole-process rows of bench/throughput.py).

    python bench/stages.py                      # numeric types, the first 800 articles
    python bench/stages.py --types all --files 200

The articles are those of bench/throughput.py's whole-process rows (bench/corpus.py, one file
each). The extractor runs in a fresh process, as `extractor extract --types ... FILES -o
/dev/null`, with each stage's functions wrapped by a timer of the process's CPU time; a stage
called inside another is counted apart from it (exclusive times), and what no stage holds (the
command's loop, writing the rows) is `rest`. The timers cost a few percent: the total is the
timed process's, beside the plain process's CPU seconds (a function called some ten thousand
times, as a sentence's time expressions are, is left inside its caller's stage: its timer would
cost more than a tenth of the run on a loaded machine). Loading (imports, the gazetteer,
rjieba's dictionary, posseg's HMM tables) is counted where it happens: a first use is part of
its stage.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import corpus  # noqa: E402

ROOT = corpus.ROOT
NUMERIC = "money,count,percent,quantity,duration,date"

# (module, attribute, stage): a function, a class's method (Class.method) or a classmethod
STAGES = [
    ("extractor.cli.common", "read_input", "read the files"),
    ("extractor.page", "Page.read", "Page.read: normalize, layout"),
    ("extractor.rules", "find", "rules: gates, scans, candidates"),
    ("extractor.rules.resolve", "resolve", "rules: overlaps, filters"),
    ("extractor.rules.non_facts", "blocked_spans", "rules: overlaps, filters"),
    # (names.name_steps pauses between its stages, steps.py: its plain functions are timed)
    ("extractor.names.places", "find_places", "names (places for scope)"),
    ("extractor.names.orgs", "find_orgs", "names (places for scope)"),
    ("extractor.names.persons", "find_persons", "names (places for scope)"),
    ("extractor.names.place_candidates", "to_candidates", "names (places for scope)"),
    ("extractor.names.divisions", "gazetteer", "gazetteer load"),
    ("extractor.segment", "_default_cutter", "rjieba dictionary"),
    ("extractor.dictionary", "hmm_tables", "posseg HMM tables"),
    ("extractor.segment", "Segmenter.pos", "segmentation + POS"),
    ("extractor.segment", "Segmenter.cut", "segmentation + POS"),
    ("extractor.segment", "Segmenter.columns", "segmentation + POS"),
    ("extractor.facts", "to_record", "records (to_record)"),
    # (scope.scope_steps pauses between its stages: what its timed functions leave is in `rest`)
    ("extractor.time_exprs", "Times.__init__", "scope: periods"),
    ("extractor.sentence_periods", "sentence_periods", "scope: periods"),
    ("extractor.fact_period", "period_of", "scope: periods"),
    ("extractor.place_scope", "place_of", "scope: places"),
    ("extractor.place_sentences", "sentence_places", "scope: places"),
    ("extractor.article_places", "ArticlePlaces.__init__", "scope: places"),
    ("extractor.metric", "metric_for", "metric"),
    ("extractor.records", "fact_row", "rows (JSON)"),
]

RUNNER = r"""
import json, resource, sys
from stage_timers import Timers  # bench/stage_timers.py (on PYTHONPATH)
timers = Timers("imports", since=0.0)
stages, argv = json.loads(sys.argv[1]), sys.argv[2:]
import extractor.cli
timers.install(stages)
timers.charge(); timers.stack[-1] = "rest"
try:
    extractor.cli.main(argv, standalone_mode=False)
except SystemExit:
    pass
timers.charge()
ru = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"stages": timers.spent, "cpu": ru.ru_utime + ru.ru_stime}))
"""

JIEBA = """
import logging, sys
import jieba
logging.getLogger("jieba").setLevel(logging.ERROR)
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        jieba.lcut(f.read())
"""


def _cpu(cmd: list[str]) -> float:
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status):
        sys.exit(f"{cmd[:3]} failed: {err.decode('utf-8', 'replace')[-300:]}")
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=800, help="articles, one file each (default 800)")
    ap.add_argument("--types", default="numeric", help="'numeric', 'all' or a comma-separated list")
    args = ap.parse_args()
    corpus.require()
    types = {"numeric": NUMERIC, "all": None}.get(args.types, args.types)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "extractor")], check=True,
                   stdout=subprocess.DEVNULL)  # as bench/throughput.py: the package's bytecode, as installed
    with tempfile.TemporaryDirectory() as tmp:
        files = corpus.write_articles(Path(tmp), args.files)
        argv = ["extract", *(["--types", types] if types else []), *files, "-o", os.devnull]
        jieba_cpu = _cpu([sys.executable, "-c", JIEBA, *files])
        plain_cpu = _cpu([sys.executable, "-m", "extractor", *argv])
        done = subprocess.run([sys.executable, "-c", RUNNER, json.dumps(STAGES), *argv], cwd=ROOT,
                              capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(HERE)])})
    timed = json.loads(done.stdout.strip().splitlines()[-1])
    stages, total = timed["stages"], timed["cpu"]
    print(f"`extractor extract --types {args.types}` over {len(files)} articles, one file each: "
          f"{plain_cpu:.2f} CPU s plain, {total:.2f} timed; jieba's process {jieba_cpu:.2f} "
          f"({jieba_cpu / plain_cpu:.2f}x)\n")
    print("| stage | CPU s | share |\n| --- | ---: | ---: |")
    for name, sec in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"| {name} | {sec:.3f} | {100 * sec / total:.1f}% |")


if __name__ == "__main__":
    main()
