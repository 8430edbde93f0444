"""Numeric facts on unseen text, for review by eye: People's Daily, January 1998 (PKU corpus).

    python bench/precision_sample.py [--corpus ../shared/corpus/external/pd199801.txt]
                                     [--articles 40] [--seed 1998] [--types money,count,...]
                                     [--judged verdicts.tsv] [--dump facts.tsv]

Raw articles are rebuilt as the corpus README says (tags dropped, words joined without a separator,
paragraphs joined by a newline, full-width characters kept so that normalization is exercised).
A fixed random sample of articles (by --seed) is run through `extractor.api.extract_text`, and
every fact is printed with the text around it: `type text → value unit qualifier | metric`.

--dump writes the facts as tab-separated lines whose first field is a key (doc:start:end:type);
add a last field `ok` or `bad` by hand and pass the file back with --judged: the bench then prints
the precision over the judged facts that are still produced unchanged, the judged facts no longer
produced (or changed), and the facts that are new (not judged yet). --save-verdicts keeps only
key, record hash and verdict (no corpus text): bench/verdicts/ holds the reviewed samples. Precision here is "the record is right as a whole":
a fact is bad when it is no fact (a name, an ordinal, a list number), or its value, unit or
qualifier is wrong (CONTRACT.md).
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT = ROOT.parent / "shared" / "corpus" / "external" / "pd199801.txt"
NUMERIC = ("money", "count", "percent", "quantity", "duration", "date")


_LAST_DEV_DAY = "19980115"  # People's Daily articles after it are the TEST part (bench/gold/README.md)


def articles(path: Path) -> dict[str, str]:
    """Article id → raw text, rebuilt from the tagged lines."""
    paras: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if not fields:
                continue
            words = []
            for tok in fields[1:]:
                tok = tok[1:] if tok.startswith("[") else tok
                words.append(tok.rpartition("/")[0])
            paras.setdefault(fields[0][:15], []).append("".join(words))
    return {doc: "\n".join(lines) for doc, lines in paras.items()}


def _flat(s: str) -> str:
    return s.replace("\n", "⏎").replace("\t", " ")


def key(f) -> str:
    return f"{f.doc}:{f.start}:{f.end}:{f.type}"


def describe(f) -> str:
    vm = f" ~{f.value_max}" if f.value_max is not None else ""
    return f"{f.type:8} {f.text!r} → {f.value}{vm} {f.unit or ''} {f.qualifier} | {f.metric or ''}"


def record_hash(described: str) -> str:
    """A short hash of the record as judged (value, unit, qualifier; not the metric), so that a
    verdict file holds no text of the corpus."""
    return hashlib.sha1(described.split(" | ")[0].encode("utf-8")).hexdigest()[:10]


def load_judged(path: Path) -> dict[str, tuple[str, str]]:
    """key → (verdict, record hash) from a dump with verdicts added, or from a compact verdict
    file (key, record hash, verdict) as --save-verdicts writes it."""
    judged = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and parts[-1].strip() in ("ok", "bad"):
            h = parts[1] if len(parts) == 3 else record_hash(parts[1])
            judged[parts[0]] = (parts[-1].strip(), h)
    return judged


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--articles", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1998)
    ap.add_argument("--types", default=",".join(NUMERIC))
    ap.add_argument("--context", type=int, default=14)
    ap.add_argument("--dump", type=Path, help="write facts as TSV (add ok/bad as a last column)")
    ap.add_argument("--judged", type=Path, help="a dump with verdicts: print precision against it")
    ap.add_argument("--save-verdicts", type=Path, help="write the --judged verdicts as key, hash, verdict")
    ap.add_argument("--quiet", action="store_true", help="no per-fact listing")
    ap.add_argument("--dev-only", action="store_true",
                    help="sample DEV dates only (19980101-19980115): rule writers must not read TEST-date articles; "
                         "the saved verdicts in bench/verdicts/ were drawn without it")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"skipped: corpus not found at {args.corpus}")
        return 0
    from extractor.api import extract_text

    docs = articles(args.corpus)
    ids = sorted(d for d in docs if not args.dev_only or d[:8] <= _LAST_DEV_DAY)
    sample = sorted(random.Random(args.seed).sample(ids, min(args.articles, len(ids))))
    types = [t for t in args.types.split(",") if t]
    t0 = time.perf_counter()
    facts = []
    for doc in sample:
        text = docs[doc]
        for f in extract_text(text, doc, types):
            ctx = _flat(text[max(0, f.start - args.context): f.start] + "【" + f.text + "】"
                        + text[f.end: f.end + args.context])
            facts.append((f, ctx))
    elapsed = time.perf_counter() - t0
    if not args.quiet:
        for f, ctx in facts:
            print(f"{key(f)}\t{describe(f)}\t{ctx}")
    by_type: dict[str, int] = {}
    for f, _ in facts:
        by_type[f.type] = by_type.get(f.type, 0) + 1
    chars = sum(len(docs[d]) for d in sample)
    print(f"\n{len(sample)} articles, {chars} characters, {len(facts)} facts in {elapsed:.1f} s: "
          + ", ".join(f"{t} {n}" for t, n in sorted(by_type.items())))
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for f, ctx in facts:
                out.write(f"{key(f)}\t{describe(f)}\t{ctx}\t\n")
        print(f"wrote {args.dump}")
    if args.judged:
        judged = load_judged(args.judged)
        if args.save_verdicts:
            args.save_verdicts.write_text("".join(f"{k}\t{h}\t{v}\n" for k, (v, h) in judged.items()),
                                          encoding="utf-8")
        now = {key(f): describe(f) for f, _ in facts}
        # a judged fact counts only where the record is the same (value, unit, qualifier)
        same = [k for k in now if k in judged and judged[k][1] == record_hash(now[k])]
        ok = sum(judged[k][0] == "ok" for k in same)
        gone = [k for k in judged if k not in same]
        lost_ok = [k for k in gone if judged[k][0] == "ok"]
        print(f"judged {len(judged)}; still produced unchanged {len(same)}: precision {ok}/{len(same)}"
              f" = {ok / max(1, len(same)):.3f}")
        print(f"judged but gone or changed: {len(gone)} (of them judged ok: {len(lost_ok)});"
              f" new or changed facts not judged: {len(now) - len(same)}")
        for k in gone:
            print(f"  {'LOST-OK ' if judged[k][0] == 'ok' else 'fixed   '}{k}\t→ {now.get(k, '-')}")
        for k in now:
            if k not in same:
                print(f"  NEW     {k}\t{now[k]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
