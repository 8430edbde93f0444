"""Fuzz extractor with atheris (libFuzzer) for a fixed time; every crash becomes a regression input.

    pip install atheris                                   # not a project dependency
    python bench/fuzz.py -max_total_time=1800 -rss_limit_mb=4096 /tmp/fuzz-corpus
    python bench/fuzz.py --save crash-1234abcd [NAME]     # a crash becomes a regression input
    python bench/fuzz.py --replay tests/fuzz_regressions  # replay saved inputs

One input is used two ways, chosen by its first byte: as page bytes (through the decoder, which
may refuse them with InputError, the one allowed exception) or as text built by atheris's data
provider (any Unicode, so the rules and the normalizer see inputs no decoder would produce).
Each extraction must keep the invariants of tests/test_robustness_invariants.py: no exception,
valid records, offsets into the text, spans that normalize to the normalized span, the same
output twice; on a quarter of the inputs the audit runs too, and its findings must validate. A crash is written as `crash-<sha1>` by libFuzzer into the artifact folder
(`-artifact_prefix=`, default the current folder); `--save` writes the text it stands for into
tests/fuzz_regressions/, and test_robustness_fuzz.py replays it from then on.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

SEEDS = [
    "截 至 10 月 ，某 某 区 组 织 招 聘 会 26 场 ，提 供 岗 位 31208 个。\n\n",
    "发放助业贷款 57 笔，放款金额 2816 万，其中个人贷款 49 笔。\n",
    "全年投入资金 16.06\n\n亿元，增长 ４．０％，提高 3.82 个百分点，约 1.1 万余元。\n",
    "2023 至 2024 年，5 至 15 户，三分之二，一千二百万元，45 个工作日，0.75 万公顷。\n",
    "（胡耀华）\n湘乡“三长制”化解基层治理之困\n——记 122 全国交通安全日\n",
]


def text_of(data: bytes) -> str | None:
    """The text an input stands for, or None where the decoder rightly refuses it."""
    from extractor.textio import InputError, decode
    if not data:
        return ""
    if data[0] & 1:
        import atheris
        fdp = atheris.FuzzedDataProvider(data[1:])
        return fdp.ConsumeUnicodeNoSurrogates(len(data))
    try:
        return decode(data[1:], "<fuzz>")
    except InputError:
        return None


def one_input(data: bytes) -> None:
    from test_robustness_invariants import check_audit, check_extraction
    text = text_of(data)
    if text is None:
        return
    types = None if len(data) % 3 else ("money", "count", "percent", "quantity", "duration", "date")
    check_extraction(text, types)
    if len(data) % 4 == 0:  # the audit on a quarter of the inputs
        check_audit(text)


REGRESSIONS = ROOT / "tests" / "fuzz_regressions"


def save(crash: Path, name: str | None = None) -> Path:
    """Write the text of a libFuzzer crash file as a regression input (UTF-8, byte for byte)."""
    text = text_of(crash.read_bytes())
    if text is None:
        raise SystemExit(f"{crash}: the decoder refuses these bytes, so they cannot crash extraction")
    target = REGRESSIONS / f"{name or crash.name}.txt"
    target.write_bytes(text.encode("utf-8", "surrogatepass"))
    return target


def replay(folder: Path) -> int:
    """Run every saved input (raw fuzz inputs, or *.txt texts) through the checks; how many ran."""
    from test_robustness_invariants import check_extraction
    n = 0
    for p in sorted(folder.iterdir()):
        if p.suffix == ".txt":
            check_extraction(p.read_bytes().decode("utf-8"))
        elif p.is_file() and not p.name.startswith(".") and p.suffix != ".md":
            one_input(p.read_bytes())
        else:
            continue
        n += 1
    return n


def main() -> None:
    if len(sys.argv) >= 3 and sys.argv[1] == "--replay":
        print(f"replayed {replay(Path(sys.argv[2]))} inputs, no crash")
        return
    if len(sys.argv) >= 3 and sys.argv[1] == "--save":
        print(f"saved {save(Path(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None)}")
        return
    import atheris
    with atheris.instrument_imports(include=["extractor"]):
        import extractor.api  # noqa: F401  (instrumented for coverage feedback)
        import extractor.pipeline
    extractor.pipeline.load()  # load spaCy and jieba before the clock starts
    corpus_dirs = [a for a in sys.argv[1:] if not a.startswith("-")]
    for d in corpus_dirs[:1]:
        folder = Path(d)
        folder.mkdir(parents=True, exist_ok=True)
        for i, seed in enumerate(SEEDS):
            for enc, tag in (("utf-8", 0), ("utf-16", 2)):
                (folder / f"seed-{i}-{enc}").write_bytes(bytes([tag]) + seed.encode(enc))
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
