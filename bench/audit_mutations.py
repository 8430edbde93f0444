"""Mutation benchmark of the audit: break each consistent gold claim and see the audit flag it.

For every consistent finding of the gold audit files (../shared/corpus/gold, the real sample
page, and corpus/gold, the project's own pages, whichever are present), change one of its
numbers in the page text so that the claim breaks beyond rounding, in a direction that breaks
it however the breakdown is read (a part up or a total down, a count below the items listed,
a rate's term halved or doubled), extract and audit the mutated page, and count the mutations
that come back as an inconsistent finding naming the changed number. Whether a change breaks
the claim is decided here, from the gold numbers alone, not by the audit.
Unmutated pages must give no inconsistent finding beyond the gold's.

    python bench/audit_mutations.py            # every number of every consistent finding
    python bench/audit_mutations.py --first    # one mutation per finding (what the test runs)
    python bench/audit_mutations.py --dev      # the DEV gold over real reports (bench/gold/dev):
                                               # a total +25%, a part above its whole, a rate
                                               # ±5 points, a stated increase × 1.5, an average
                                               # or a multiple × 1.25
    python bench/audit_mutations.py --dev-blind  # the same over the blind DEV gold
                                               # (bench/gold/dev-blind, People's Daily included),
                                               # written without reading the audit
    python bench/audit_mutations.py --dev-blind --why  # each mutation not flagged with its cause
                                               # (not found unmutated, relation gone, hedged and
                                               # why, still consistent, claim moves), counted
    python bench/audit_mutations.py --real N   # also audit N People's Daily 1998 articles
                                               # (../shared/corpus/external): real text, where
                                               # an inconsistent finding is a false alarm or a
                                               # real error, and every one is printed to judge
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.audit import audit_page  # noqa: E402
from extractor.page import Page  # noqa: E402
from extractor.pipeline import load, run  # noqa: E402
from extractor.records import NUMERIC_TYPES  # noqa: E402

GOLD_SETS = [(ROOT.parent / "shared" / "corpus" / "pages", ROOT.parent / "shared" / "corpus" / "gold"),
             (ROOT / "corpus" / "pages", ROOT / "corpus" / "gold")]
_FULL = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")
_ARABIC = re.compile(r"[0-9０-９][0-9０-９,，.．]*")
_CN = "零一二两三四五六七八九十"
_CN_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九十")} | {"两": 2}
_FACTORS = (0.5, 2.0, 3.0, 0.1, 10.0, 1.5, 0.7, 0.01, 100.0)
_SLACK = 0.03  # a relation holds within 3% (rounding); a mutation must break it by more


@dataclass
class Number:
    """One number of a gold fact in the raw page: where its digits are and what they mean."""

    start: int  # raw offsets of the digits
    end: int
    digits: str
    value: float  # in base units (万, 亿, 成 applied)
    decimals: int
    chinese: bool


@dataclass
class Mutation:
    doc: str
    check: str
    text: str  # the mutated page
    span: tuple[int, int]  # raw span of the changed fact in the mutated page
    what: str
    kind: str = ""  # how the claim was broken (DEV mutations: total up, part above whole, ...)


def compact_map(text: str) -> tuple[str, list[int]]:
    keep = [i for i, ch in enumerate(text) if not ch.isspace()]
    return "".join(text[i] for i in keep), keep


def quote_span(text: str, quote: str, occurrence: int) -> tuple[int, int]:
    flat, raw = compact_map(text)
    quote = "".join(quote.split())
    at = -1
    for _ in range(occurrence):
        at = flat.find(quote, at + 1)
        if at < 0:
            raise KeyError(quote)
    return raw[at], raw[at + len(quote) - 1] + 1


def _scale(after: str) -> float:
    after = "".join(after.split())
    after = after.lstrip("余多")
    if after.startswith("亿"):
        return 1e8
    if after.startswith("万"):
        return 1e4
    if after.startswith("成"):
        return 10.0
    return 1.0


def numbers_in(text: str, span: tuple[int, int]) -> list[Number]:
    s, e = span
    out = []
    for m in _ARABIC.finditer(text, s, e):
        digits = m.group().translate(_FULL).replace(",", "").rstrip(".")
        try:
            v = float(digits)
        except ValueError:
            continue
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        out.append(Number(m.start(), m.start() + len(m.group().rstrip(".．")), digits, v * _scale(text[m.end():e + 2]),
                          decimals, False))
    if not out:
        for i in range(s, e):
            if text[i] in _CN_VALUE and text[i] != "零":
                out.append(Number(i, i + 1, text[i], _CN_VALUE[text[i]] * _scale(text[i + 1:e + 2]), 0, True))
                break
    return out


def write_number(n: Number, value: float) -> Optional[str]:
    unit_value = value / (n.value / float(_CN_VALUE[n.digits] if n.chinese else float(n.digits)))
    if n.chinese:
        k = int(round(unit_value))
        return "两三四五六七八九"[k - 2] if 2 <= k <= 9 else (str(k) if k > 0 else None)
    if unit_value <= 0:
        return None
    return f"{unit_value:.{n.decimals}f}" if n.decimals else str(int(round(unit_value)))


# --- the oracle: does a set of values still satisfy the gold claim? -----------------------
def _close(a: float, b: float) -> bool:
    return abs(a - b) <= _SLACK * max(abs(a), abs(b), 1e-9)


def _relations(check: str, n: int) -> list[Callable[[list[float]], bool]]:
    """The arithmetic a gold finding of this check can state, as predicates on its values."""
    if check in ("sum", "part_of"):
        return [lambda v: sum(v[1:]) <= v[0] * (1 + 1e-9)]  # holds for partial and exhaustive
    if check == "hierarchy":
        return [lambda v: all(a <= b for a, b in zip(v, v[1:]))]
    if check == "enumeration":
        return []  # handled apart: the items are not numbers
    three = [lambda v: _close(v[0], v[1] / v[2] * 100), lambda v: _close(v[0], v[1] / v[2]),
             lambda v: _close(v[0], v[1] * v[2]), lambda v: _close(v[0], (v[1] - v[2]) / v[2] * 100),
             lambda v: _close(v[0], (v[2] - v[1]) / v[2] * 100), lambda v: _close(v[0], abs(v[1] - v[2]))]
    if check == "range" and n == 3:
        # total within count × [low, high]; a bound written `5000万以上` has no high end
        return [lambda v: v[1] * v[2] * (1 - _SLACK) <= v[0], lambda v: _close(v[0], v[1] * v[2])] + three
    return three if n == 3 else []


def _range_holds(v: list[float]) -> bool:
    """total, count, low, high: the total within count × [low, high]."""
    return v[1] * v[2] * (1 - _SLACK) <= v[0] <= v[1] * v[3] * (1 + _SLACK)


def _unit_scale(n: Number) -> float:
    written = float(_CN_VALUE[n.digits]) if n.chinese else float(n.digits)
    return n.value / written if written else 1.0


def mutations_of(doc: str, text: str, finding: dict) -> Iterator[Mutation]:
    """Mutations that break one consistent gold finding, one per number (those that can)."""
    spans = [quote_span(text, f["quote"], f.get("occurrence", 1)) for f in finding["facts"]]
    check = finding["check"]
    if check == "enumeration":
        items = re.split(r"、|和|及|与", "".join(finding["facts"][1]["quote"].split()))
        nums = numbers_in(text, spans[0])
        if nums and len(items) >= 2:
            new = write_number(nums[0], (len(items) - 1) * _unit_scale(nums[0]))
            if new:
                yield _apply(doc, check, text, spans[0], nums[0], new)
        return
    per_fact = [numbers_in(text, s) for s in spans]
    if any(not ns for ns in per_fact):
        return
    slots = [(i, ns[0]) for i, ns in enumerate(per_fact)]
    if check == "range" and len(per_fact) == 3 and len(per_fact[2]) > 1:
        slots.append((2, per_fact[2][1]))  # the high end of `5至15户`
        holds: Callable[[list[float]], bool] = _range_holds
    else:
        values = [n.value for _, n in slots]
        relations = [r for r in _relations(check, len(values)) if _safe(r, values)]
        if not relations:
            return
        holds = relations[0]
    values = [n.value for _, n in slots]
    for j, (i, num) in enumerate(slots):
        for k in _FACTORS:
            trial = list(values)
            trial[j] = values[j] * k
            if _safe(holds, trial) or (len(trial) == 4 and trial[2] >= trial[3]):
                continue  # still holds, or a range turned upside down (`50 至 15 户`)
            new = write_number(num, num.value * k)
            if new is None or new == num.digits:
                continue
            yield _apply(doc, check, text, spans[i], num, new)
            break


def _safe(pred: Callable[[list[float]], bool], values: list[float]) -> bool:
    try:
        return bool(pred(values))
    except ZeroDivisionError:
        return False


def _apply(doc: str, check: str, text: str, span: tuple[int, int], num: Number, new: str) -> Mutation:
    mutated = text[:num.start] + new + text[num.end:]
    shift = len(new) - (num.end - num.start)
    return Mutation(doc, check, mutated, (span[0], span[1] + shift),
                    f"{doc} {check}: {text[span[0]:span[1]]!r} -> {mutated[span[0]:span[1] + shift]!r}")


# --- running --------------------------------------------------------------------------------
def gold_pages() -> list[tuple[str, str, list[dict]]]:
    """(doc, page text, gold findings) of every gold audit file present."""
    out = []
    for pages, gold in GOLD_SETS:
        if not gold.is_dir():
            continue
        for path in sorted(gold.glob("*.audit.jsonl")):
            doc = path.name[: -len(".audit.jsonl")]
            page = pages / f"{doc}.txt"
            if not page.exists():
                continue
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            out.append((doc, page.read_text(encoding="utf-8"), rows))
    return out


def audit_text(text: str, doc: str) -> list[dict]:
    page = Page.read(text, doc)
    return [f.model_dump() for f in audit_page(page, run(load(NUMERIC_TYPES), page))]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def flagged(findings: list[dict], span: tuple[int, int]) -> bool:
    return any(f["verdict"] == "inconsistent" and any(_overlap(span, (x["start"], x["end"])) for x in f["facts"])
               for f in findings)


def audit_mutated(m, doc: str, before: set) -> tuple[list[dict], bool]:
    """The mutated page's findings, and whether a new `inconsistent` one (its claim not among `before`,
    the (check, claim text) pairs flagged on the page as written) holds the changed number."""
    after = audit_text(m.text, doc)
    new = [a for a in after if a["verdict"] == "inconsistent"
           and (a["check"], "".join((a["facts"][0].get("text") or "").split())) not in before]
    return after, flagged(new, m.span)


def false_alarms(doc: str, text: str, gold: list[dict], findings: list[dict]) -> list[str]:
    """Inconsistent findings whose claim is not the claim of an inconsistent gold finding."""
    claims = [quote_span(text, g["facts"][0]["quote"], g["facts"][0].get("occurrence", 1))
              for g in gold if g["verdict"] == "inconsistent"]
    return [f"{doc}: {f['explanation']}" for f in findings if f["verdict"] == "inconsistent"
            and not any(_overlap(c, (f["facts"][0]["start"], f["facts"][0]["end"])) for c in claims)]


def measure(first_only: bool = False) -> dict:
    total = caught = 0
    missed, alarms, unmutable = [], [], []
    for doc, text, gold in gold_pages():
        alarms += false_alarms(doc, text, gold, audit_text(text, doc))
        for g in gold:
            if g["verdict"] != "consistent":
                continue
            muts = list(mutations_of(doc, text, g))
            if not muts:
                unmutable.append(f"{doc}: {g['check']} " + " / ".join(f["quote"] for f in g["facts"]))
            for m in muts[:1] if first_only else muts:
                total += 1
                if flagged(audit_text(m.text, doc), m.span):
                    caught += 1
                else:
                    missed.append(m.what)
    return {"mutations": total, "flagged": caught, "rate": caught / total if total else None,
            "missed": missed, "false_alarms": alarms, "unmutable": unmutable}


def real_text(n: int) -> None:
    """Audit the first n articles of the People's Daily 1998 corpus and print what it flags."""
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import PD1998, articles
    if not PD1998.exists():
        print(f"real text: skipped, {PD1998} is absent")
        return
    t0 = time.perf_counter()
    counts: dict[tuple[str, str], int] = {}
    flagged_lines = []
    docs = articles()[:n]
    for doc, text in docs:
        for f in audit_text(text, doc):
            counts[(f["check"], f["verdict"])] = counts.get((f["check"], f["verdict"]), 0) + 1
            if f["verdict"] == "inconsistent":
                flagged_lines.append(f"  {doc} [{f['check']}] {f['explanation']}")
    total = sum(counts.values())
    bad = sum(v for (_, verdict), v in counts.items() if verdict == "inconsistent")
    print(f"real text: {len(docs)} articles, {total} findings, {bad} inconsistent"
          f" ({1000 * bad / max(1, len(docs)):.2f} per 1000 articles), {time.perf_counter() - t0:.1f} s")
    print("  " + ", ".join(f"{c}/{v} {k}" for (c, v), k in sorted(counts.items())))
    print("\n".join(flagged_lines))


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--first", action="store_true", help="one mutation per finding")
    ap.add_argument("--real", type=int, default=0, metavar="N", help="also audit N articles of real text")
    ap.add_argument("--dev", action="store_true", help="mutate the DEV gold over real reports (bench/gold/dev)")
    ap.add_argument("--dev-blind", action="store_true",
                    help="mutate the blind DEV gold (bench/gold/dev-blind), written without reading the audit")
    ap.add_argument("--test", action="store_true",
                    help="mutate the frozen TEST gold (bench/gold/test): a final measure, never a guide while fixing")
    ap.add_argument("--limit", type=int, default=None, metavar="N",
                    help="with --dev, --dev-blind or --test: the first N documents")
    ap.add_argument("--why", action="store_true",
                    help="with --dev, --dev-blind or --test: say why each mutation is not flagged, and count the causes")
    args = ap.parse_args(argv)
    if args.dev or args.dev_blind or args.test:
        return main_dev(args.limit, "test" if args.test else "dev-blind" if args.dev_blind else "dev", args.why)
    if args.real:
        real_text(args.real)
    if not gold_pages():
        print("no gold audit files found (../shared/corpus/gold, corpus/gold)")
        return 0
    t0 = time.perf_counter()
    r = measure(args.first)
    print(f"mutations {r['mutations']}, flagged inconsistent {r['flagged']}"
          f" ({100 * (r['rate'] or 0):.1f}%), false alarms on unmutated pages {len(r['false_alarms'])},"
          f" findings that could not be mutated {len(r['unmutable'])}, {time.perf_counter() - t0:.1f} s")
    for line in r["missed"]:
        print("  not flagged:", line)
    for line in r["false_alarms"]:
        print("  false alarm:", line)
    for line in r["unmutable"]:
        print("  not mutated:", line)
    return 0



# --- DEV gold over real reports (issue 12): mutations of the kinds a reader would make ---------
DEV_GOLD = ROOT / "bench" / "gold" / "dev"
_NUMERAL = re.compile(r"[0-9０-９][0-9０-９,，.．]*|[零〇一二两三四五六七八九十百千万亿萬億點点]+|百分之[零〇一二两三四五六七八九十百点]+")
_BIG = (("万亿", 1e12), ("亿", 1e8), ("億", 1e8), ("万", 1e4), ("萬", 1e4))
_POINTS = 5.0  # a rate moved this many points
_TOTAL_UP = 1.25  # a total raised by a quarter, a part lifted a quarter above its whole
_INCREASE = 1.5  # a stated increase made half as large again


def dev_pages(limit: Optional[int] = None, docs: Optional[set] = None,
              split: str = "dev", first: Optional[dict] = None) -> list[tuple[str, str, list[dict]]]:
    """(doc, page text, gold findings) of a split's audit gold whose pages are on this machine:
    DEV over its reports; the blind DEV gold and TEST (the frozen gold, run only at the end) over
    all their documents, People's Daily articles included. `first` keeps only a document's first
    N gold lines (a sample pinned to the lines it was chosen on; later rounds append theirs)."""
    sys.path.insert(0, str(ROOT / "bench"))
    folder = ROOT / "bench" / "gold" / split
    if split == "dev":
        from audit_dev import dev_reports
        texts = {d: path.read_text(encoding="utf-8") for d, path in dev_reports().items()}
    else:
        import generality
        if not generality.EXTERNAL.is_dir() or not generality.corpus.PD1998.exists():
            return []  # ../shared is not on this machine
        texts = generality.page_texts(generality.gold_docs(folder, ("audit",)))
    out = []
    for path in sorted(folder.glob("*.audit.jsonl")):
        doc = path.name[: -len(".audit.jsonl")]
        if doc not in texts or (docs and doc not in docs):
            continue
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        out.append((doc, texts[doc], rows[:first[doc]] if first and doc in first else rows))
    return out[:limit] if limit else out


def _value(quote: str) -> Optional[float]:
    if _HALF.search("".join(quote.split())):
        return 0.5  # `一半`, `减少一半`: a half, not the count one
    sys.path.insert(0, str(ROOT / "bench"))
    from make_audit_gold import value_of
    try:
        return value_of(quote)
    except ValueError:
        return None


_DIGIT_RUN = re.compile(r"[0-9０-９][0-9０-９,，.．·]*")  # `７６·７０８`: a middle dot is a decimal point
_CN_RUN = re.compile(r"[零〇○一二两三四五六七八九十百千万亿萬億點点]+")
_HALF = re.compile(r"(?<![0-9０-９零〇二两三四五六七八九十百千万亿])一?半")
_CN_DIGITS = "零一二三四五六七八九"
_SMALL_CN = 100  # counts from 2 below this written in words stay in words (`三大` -> `两大`, not `2大`)


def _chinese(k: int) -> str:
    """A whole number below 100 as a text writes it in words: 两 before a counter, 十二, 二十三."""
    if k == 2:
        return "两"
    tens, ones = divmod(k, 10)
    head = "" if tens == 0 else "十" if tens == 1 else _CN_DIGITS[tens] + "十"
    return head + (_CN_DIGITS[ones] if ones or not tens else "")


def _fraction(value: float) -> Optional[str]:
    """A share as a text writes it in words (`四分之三`), where a small denominator gives it."""
    from fractions import Fraction
    f = Fraction(value).limit_denominator(10)
    if f.numerator <= 0 or abs(float(f) - value) > 1e-6 or f.denominator == 1:
        return None
    return _chinese(f.denominator).replace("两", "二") + "分之" + _chinese(f.numerator).replace("两", "二")


def _rewrite(quote: str, value: float) -> Optional[str]:
    """The quote with its number replaced by `value`, in digits and the quote's scale word
    (`三千九百二十亿斤` × 1.25 -> `4900亿斤`; `百分之六十八` + 5 -> `73%`); a number written
    without decimals stays whole (a count of 93 becomes 117, not 116.25)."""
    flat = "".join(quote.split())
    if flat.startswith("百分之") or flat.endswith(("%", "％")) or "百分点" in flat:
        # the words a quote holds before its digits stay (`占比达44.7%` -> `占比达49.7%`, not a bare
        # `49.7%` that no longer says it is a share); a number in words is rewritten whole
        digits = _DIGIT_RUN.search(flat)
        head = flat[:digits.start()] if digits and not flat.startswith("百分之") else ""
        return head + f"{value:.2f}".rstrip("0").rstrip(".") + ("个百分点" if "百分点" in flat else "%")
    half = _HALF.search(flat)
    if half:  # `一半` × 1.5 -> `四分之三`
        words = _fraction(value)
        return None if words is None else flat[:half.start()] + words + flat[half.end():]
    m = _DIGIT_RUN.search(flat)
    cn = _CN_RUN.search(flat)
    if cn and (m is None or cn.start() < m.start()):
        m = None  # the first number of the quote is its claim (`三个“1小时交通圈”`: the count 三)
    approx = ""
    if m:
        head, run, tail = flat[:m.start()], m.group(), flat[m.end():]
        decimals = "." in run or "．" in run or "·" in run
        approx = tail[:1] if tail[:1] in ("多", "余") else ""  # `1800多万人`: the scale word after 多
        word = next((w for w, _ in _BIG if tail[len(approx):].startswith(w)), "")
        tail = tail[len(approx) + len(word):]
    else:
        m = cn
        if m is None:
            return None
        run = m.group().rstrip("点點")  # a 点 closing the run is the counter (`三点意见`), not a decimal point
        head, tail = flat[:m.start()], flat[m.start() + len(run):]
        decimals = "点" in run or "點" in run
        word = next((w for w, _ in _BIG if w in run), "")
    scale = dict(_BIG).get(word, 1.0)
    shown = value / scale
    if m is cn and not decimals and not word and 1 < round(shown) < _SMALL_CN and abs(shown - round(shown)) < 1e-9:
        # (one is left in digits: `一个` before a noun is as often the article `a` as a count)
        return head + _chinese(int(round(shown))) + tail
    if not decimals and not word:
        text = str(int(math.ceil(shown - 1e-9)) if value >= 0 else int(round(shown)))
    else:
        text = f"{shown:.2f}".rstrip("0").rstrip(".")
    return head + text + approx + word + tail


def _up(quote: str) -> float:
    """+25%, or more where the number is written to one or two digits (`4万亿` may mean 3.5–4.5
    万亿): the change must go beyond what rounding allows."""
    m = _DIGIT_RUN.search("".join(quote.split()))
    digits = m.group().translate(_FULL).replace(",", "").replace(".", "").replace("·", "").strip("0") if m else "xx"
    return _TOTAL_UP if len(digits) > 2 else 1.5 if len(digits) == 2 else 2.0


def dev_mutation(doc: str, text: str, g: dict) -> Optional[Mutation]:
    """One mutation that breaks a consistent DEV finding beyond rounding: a total +25% (a sum
    that adds up), a part 25% above its whole (a partial breakdown, part_of), a rate ±5 points,
    a stated increase × 1.5, an average or a multiple +25%, a count one short of the items listed."""
    check, facts = g["check"], g["facts"]
    claim = facts[0]["quote"]
    target, new_value, kind = 0, None, "count one short"
    values = [_value(f["quote"]) for f in facts] if check != "enumeration" else []
    if check == "enumeration":
        count = _value(claim)
        if re.search(r"以上|多|余|近|约", claim):
            return None  # `等 1100 余处`: a count that only bounds from below cannot be broken so
        if count is None or not isinstance(g.get("expected"), int) or g["expected"] < 2:
            return None
        new_value = g["expected"] - 1 if count >= g["expected"] else None
    elif any(v is None for v in values):
        return None
    elif check in ("sum", "part_of") and len(values) >= 2 and re.search(r"\d[:：∶]\d", claim):
        target, new_value, kind = 1, values[1] + _POINTS, "share +5 points"  # a share of a structure
    elif check == "sum" and g.get("expected") is not None and abs(g["expected"] - values[0]) <= 0.02 * values[0]:
        new_value, kind = values[0] * _up(claim), "total up"
    elif check in ("sum", "part_of"):
        target, new_value, kind = 1, values[0] * _up(claim), "part above whole"
    elif check == "rate" and len(values) >= 3:
        new_value, kind = (values[0] + _POINTS if values[0] < 90 else values[0] - _POINTS), "rate ±5 points"
    elif check == "growth" and len(values) >= 3:
        new_value, kind = values[0] * _INCREASE, "increase ×1.5"
    elif check in ("average", "ratio") and len(values) >= 3:
        new_value, kind = values[0] * _up(claim), "per-unit up"  # a per-unit figure or a multiple a quarter higher
    if new_value is None:
        return None
    span = quote_span(text, facts[target]["quote"], facts[target].get("occurrence", 1))
    new = _rewrite(facts[target]["quote"], new_value)
    if new is None:
        return None
    mutated = text[:span[0]] + new + text[span[1]:]
    return Mutation(doc, check, mutated, (span[0], span[0] + len(new)),
                    f"{doc} {check}: {text[span[0]:span[1]]!r} -> {new!r}", kind)


def _flags(findings: list[dict]) -> set:
    return {(f["check"], "".join((f["facts"][0].get("text") or "").split())) for f in findings
            if f["verdict"] == "inconsistent"}


def _answer(spans: list[tuple[int, int]], findings: list[dict]) -> Optional[dict]:
    """The finding the scorer (../shared/eval/score.py) pairs with a gold finding's spans: its claim
    overlaps the gold claim and it holds at least half the gold facts, the most first."""
    best = None
    for f in findings:
        got = [(x["start"], x["end"]) for x in f["facts"]]
        if not got or not _overlap(spans[0], got[0]):
            continue
        shared = sum(1 for s in spans if any(_overlap(s, q) for q in got))
        if shared * 2 >= len(spans) and (best is None or shared > best[0]):
            best = (shared, f)
    return None if best is None else best[1]


_HEDGE = re.compile(r"但(.+?)，无法")


def why_missed(text: str, g: dict, m: Mutation, before: list[dict], after: list[dict]) -> str:
    """Why a mutation of a gold finding is not flagged, as one short cause: the unmutated finding
    not found at all (recall), the relation gone from the mutated page, the changed number no
    record, the verdict hedged (with the check's reason) or still consistent (the claim read as
    a bound or a partial breakdown, or the finding no longer holding the changed number)."""
    spans = [quote_span(text, f["quote"], f.get("occurrence", 1)) for f in g["facts"]]
    if _answer(spans, before) is None:
        return "not found unmutated"
    shift = (m.span[1] - m.span[0]) - next((b - a for a, b in spans if a == m.span[0]), 0)
    moved = [m.span if a == m.span[0] else (a + shift, b + shift) if a > m.span[0] else (a, b) for a, b in spans]
    got = _answer(moved, after)
    if got is None:
        named = [f for f in after if any(_overlap(m.span, (x["start"], x["end"])) for x in f["facts"])]
        return "relation gone (found by its arithmetic)" if named else "relation gone, changed number in no finding"
    if not any(_overlap(m.span, (x["start"], x["end"])) for x in got["facts"]):
        return f"claim moves: {got['check']} {got['verdict']} without the changed number"
    if got["verdict"] == "unverifiable":
        hedge = _HEDGE.search(got["explanation"])
        return f"hedged: {hedge.group(1) if hedge else got['explanation'][:40]}"
    if got["verdict"] == "consistent":
        return f"still consistent ({got['check']}): bound, partial or items re-read"
    return "flagged, but as before the mutation"


def measure_dev(limit: Optional[int] = None, docs: Optional[set] = None, split: str = "dev",
                why: bool = False, first: Optional[dict] = None) -> dict:
    """Mutate every consistent DEV gold finding once; a mutation counts as flagged when an
    inconsistent finding that the unmutated page did not have names the changed number. With
    `why`, each mutation not flagged says why (why_missed)."""
    total = caught = 0
    missed, unmutable, rows = [], [], []
    for doc, text, gold in dev_pages(limit, docs, split, first):
        unmutated = audit_text(text, doc)
        before = _flags(unmutated)
        for g in gold:
            if g["verdict"] != "consistent":
                continue
            m = dev_mutation(doc, text, g)
            if m is None:
                unmutable.append(f"{doc}: {g['check']} " + " / ".join(f["quote"] for f in g["facts"]))
                continue
            total += 1
            found = audit_text(m.text, doc)
            new = [f for f in found if f["verdict"] == "inconsistent"
                   and (f["check"], "".join((f["facts"][0].get("text") or "").split())) not in before]
            hit = flagged(new, m.span)
            caught += hit
            cause = "" if hit or not why else why_missed(text, g, m, unmutated, found)
            rows.append((g["check"], m.kind, None if hit else cause))  # by check and mutation kind
            if not hit:
                missed.append(m.what + (f"  [{cause}]" if why else ""))
    return {"mutations": total, "flagged": caught, "rate": caught / total if total else None,
            "missed": missed, "unmutable": unmutable, "rows": rows}



def main_dev(limit: Optional[int], split: str = "dev", why: bool = False) -> int:
    t0 = time.perf_counter()
    r = measure_dev(limit, split=split, why=why)
    print(f"{split.upper()} gold: mutations {r['mutations']}, flagged inconsistent {r['flagged']}"
          f" ({100 * (r['rate'] or 0):.1f}%), not mutated {len(r['unmutable'])}, {time.perf_counter() - t0:.1f} s")
    for line in r["missed"]:
        print("  not flagged:", line)
    if why:  # the causes counted: `hedged: <reason>` by reason, the rest by kind
        causes: dict[str, int] = {}
        for line in r["missed"]:
            cause = line.rsplit("  [", 1)[-1].rstrip("]")
            causes[cause] = causes.get(cause, 0) + 1
        print("not flagged, by cause:")
        for cause, k in sorted(causes.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {k:4d}  {cause}")
    for line in r["unmutable"]:
        print("  not mutated:", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
