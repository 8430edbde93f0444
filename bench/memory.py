"""Memory a page costs: peak resident memory per character of one page, above the process's base.

    python bench/memory.py                     # 10k and 1M-character pages, all types
    python bench/memory.py --chars 10000 --types money,count

A page is the first People's Daily 1998 articles (bench/corpus.py) joined into one text of
exactly --chars characters, written to a file. Each page runs in a fresh process, the way a
user runs it: `extractor extract page.txt -o /dev/null` (the CLI, called in that process).
Before the page, the process runs the CLI over the first articles (names, new words, numbers:
every table a page loads is loaded) and takes its resident memory as its base; the kernel's
peak-memory mark is then reset (/proc/self/clear_refs), so the peak read after the page is
the page's own. Reported: the base, the peak, and (peak - base) / characters.

Also, for comparison with earlier figures, the peak of a plain fresh CLI process over the page
(dictionaries, start-up and page together: what `/usr/bin/time -v` shows); and the page's cost
when its facts are streamed (api.iter_facts, each line written as it comes) rather than held
as the CLI holds them (every fact of the page, then every line, until the file is written).
Target: <= 100 bytes a character above the base, all types, on 10k and 1M-character pages.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

ROOT = corpus.ROOT
TARGET = 100  # bytes a character


def _status(key: str) -> int:
    """A /proc/self/status memory figure, in bytes."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
    raise KeyError(key)


def page_text(chars: int, articles: list[tuple[str, str]]) -> str:
    out, size = [], 0
    for _, text in articles:
        out.append(text)
        size += len(text) + 1
        if size >= chars:
            break
    text = "\n".join(out)
    if len(text) < chars:
        sys.exit(f"the corpus holds fewer than {chars:,} characters")
    return text[:chars]


def child(page: str, warm: str, types: str, streaming: bool = False) -> None:
    """In a fresh process: warm up, note the base, reset the peak, run the page, print figures.
    streaming: not the CLI but api.iter_facts, each fact's line written as it comes."""
    sys.path.insert(0, str(ROOT))
    from extractor.cli import main
    flags = ["--types", types] if types else []

    def run(path: str) -> None:
        if not streaming:
            main(["extract", *flags, path, "-o", os.devnull], standalone_mode=False)
            return
        from extractor.api import iter_facts
        from extractor.records import to_json
        from extractor.textio import doc_id, read_page
        with open(os.devnull, "w", encoding="utf-8") as out:
            for fact in iter_facts(read_page(path), doc_id(path), types.split(",") if types else None):
                out.write(to_json(fact) + "\n")

    run(warm)
    gc.collect()
    base = _status("VmRSS")
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")  # the peak mark (VmHWM) starts again from the present resident size
    run(page)
    print(json.dumps({"base": base, "peak": _status("VmHWM")}))


def fresh(args: list[str]) -> dict:
    proc = subprocess.run([sys.executable, __file__, *args], cwd=ROOT, capture_output=True, text=True)
    if proc.returncode:
        sys.exit(f"the measuring process failed: {proc.stderr.strip()[-500:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def plain_peak(page: str, types: str) -> int:
    """Peak resident memory (bytes) of `python -m extractor extract page -o /dev/null`."""
    flags = ["--types", types] if types else []
    proc = subprocess.Popen([sys.executable, "-m", "extractor", "extract", *flags, page, "-o", os.devnull],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    return usage.ru_maxrss * 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--chars", type=int, action="append", help="page size(s); default 10,000 and 1,000,000")
    ap.add_argument("--types", default="", help="comma-separated fact types; default all")
    ap.add_argument("--child", nargs=2, metavar=("PAGE", "WARM"), help=argparse.SUPPRESS)
    ap.add_argument("--streaming", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1], args.types, args.streaming)
        return
    corpus.require()
    sizes = args.chars or [10_000, 1_000_000]
    articles = corpus.articles()
    types = args.types
    print(f"types: {types or 'all'}; one fresh process a page; MB = 10^6 bytes\n")
    lines = ["| page | base (dictionaries loaded) | peak | bytes a character above base | "
             "plain CLI process peak |", "| ---: | ---: | ---: | ---: | ---: |"]
    verdicts: list[str] = []
    streams: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm.txt"
        warm.write_text("\n".join(t for _, t in articles[:3]), encoding="utf-8")
        for n in sizes:
            page = Path(tmp) / f"page-{n}.txt"
            page.write_text(page_text(n, articles), encoding="utf-8")
            got = fresh(["--child", str(page), str(warm), "--types", types])
            per_char = (got["peak"] - got["base"]) / n
            plain = plain_peak(str(page), types)
            lines.append(f"| {n:,} chars | {got['base'] / 1e6:.0f} MB | {got['peak'] / 1e6:.0f} MB | "
                         f"{per_char:.0f} | {plain / 1e6:.0f} MB |")
            verdicts.append(f"target <= {TARGET} bytes a character on {n:,} chars: {per_char:.0f}  "
                            f"{'met' if per_char <= TARGET else 'NOT met'}")
            streamed = fresh(["--child", str(page), str(warm), "--types", types, "--streaming"])
            streams.append(f"{n:,} chars: {(streamed['peak'] - streamed['base']) / n:.0f} bytes a character")
    print("\n".join(lines + [""] + verdicts + ["", "the same page through api.iter_facts, each fact's line "
                                                "written as it comes (no list of facts or of lines kept): "
                                                + "; ".join(streams)]))


if __name__ == "__main__":
    main()
