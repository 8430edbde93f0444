"""Turn the annotator's hand-written audit specs into gold findings: the annotator decides which
facts relate and why (by reading); this script does the arithmetic, the verdict and the numbers
appended to each explanation.

    python bench/gold/tools/fill_audit.py            # all specs -> bench/gold/test/<doc>.audit.jsonl
    python bench/gold/tools/fill_audit.py --split dev  # audit_spec_dev/ -> bench/gold/dev-blind/
    python bench/gold/tools/fill_audit.py --split dev24  # audit_spec_dev24/ -> bench/gold/dev-blind24/
    python bench/gold/tools/fill_audit.py --split dev24p  # audit_spec_dev24p/ -> bench/gold/dev-blind24p/
    python bench/gold/tools/fill_audit.py --split dev25  # session 25's round on the other DEV reports (dev-blind25)
    python bench/gold/tools/fill_audit.py --split dev25p  # and on more People's Daily articles (dev-blind25p)
    python bench/gold/tools/fill_audit.py --split dev28  # session 28's round on People's Daily articles (dev-blind28)
    python bench/gold/tools/fill_audit.py --split agree31  # session 31's second reading of DEV documents
                                                           # that already have blind gold (bench/gold/agree31)

Spec files: bench/gold/test/audit_spec/<doc>.spec, one finding a line (# starts a comment):

    CHECK[opt,opt=val] | QUOTE[#occ][{v=..,h=..}] ; QUOTE ... | prose of the explanation

The claim comes first (the total, the rate, the stated change, the whole, the stated count).
  sum          facts: total, part, part...            opt total=100 (shares of a whole; then every
               fact is a part), signs=++- (a part to subtract)
  rate         facts: rate, numerator(s), denominator   opt scale=100|1000|..., nnum=K (the next K
               facts summed are the numerator), ‰ / 千分之 in the rate quote means scale 1000
  growth       facts: change, new level, old level      opt abs (an amount, not a percent; per=N
               spreads it over N years), neg (a
               fall: 下降/减少), times (增长N倍 = N*100%), cmp (comparable prices: unverifiable),
               years=N (年均: compound yearly rate over N years)
               inc (facts: change %, the increment, the new level; the base is new - increment)
  ratio        facts: multiple, new level, old level    (是…的N倍)
  average      facts: average, total, count             opt scale=
  part_of      facts: whole, part (or several parts that together must fit in the whole)
  span         facts: the stated number of years, the first year, the last year (both counted)
  bound        facts: the stated bound (突破/超过 N), the value       opt max (不超过, 以内)
  enumeration  facts: stated count, the list (split on 、，；) or one fact per item; opt sep=REGEX
               (`/` stands for `|`: sep=、/以及/和)
Options on the line: `!inconsistent` (the annotator is sure the text is wrong; the script must
agree), `unverifiable` (the other facts do not fix the value).  Without them the verdict comes from
the arithmetic, and an arithmetic mismatch the annotator did not mark stops the script.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import docs
import numparse

HERE = Path(__file__).resolve().parent
SPEC = HERE.parent / "test" / "audit_spec"  # TEST specs live with the TEST gold (rule writers never open test/)
OUT = HERE.parent / "test"
FACT = re.compile(r"^(?P<q>[^#{]+)(?:#(?P<occ>\d+))?(?:\{(?P<opts>[^}]*)\})?$")


def opts_of(s: str) -> dict[str, str]:
    out = {}
    for part in filter(None, (p.strip() for p in s.split(","))):
        k, _, v = part.partition("=")
        out[k] = v or "1"
    return out


def fact_of(token: str) -> dict:
    m = FACT.match(token.strip())
    if not m:
        raise ValueError(f"bad fact {token!r}")
    f = {"quote": "".join(m.group("q").split()), "occurrence": int(m.group("occ") or 1)}
    o = opts_of(m.group("opts") or "")
    nums = numparse.parse_all(f["quote"]) if "v" not in o else [(float(o["v"]), float(o.get("h", 0)))]
    if "h" in o and nums:
        nums = [(v, float(o["h"])) for v, _ in nums]
    if "pick" in o:
        nums = [nums[int(o["pick"])]]
    return {"fact": f, "nums": nums, "opts": o}


def fmt(x: float) -> str:
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return f"{x:.4f}".rstrip("0").rstrip(".")


def scale_of(quote: str) -> tuple[float, str]:
    for word, s in numparse.SCALES.items():
        if word not in ("万亿", "亿", "万"):
            continue  # 千, 百万 are digit places in 一千六百, 八百万: show 万 and 亿 only
        if re.search(r"\d" + word, quote.translate(numparse.FULL)) or re.search(r"[一二三四五六七八九十百千]" + word, quote):
            return s, word
    return 1.0, ""


def show(v: float, unit: tuple[float, str]) -> str:
    return fmt(v / unit[0]) + unit[1]


def rnd(x: float) -> float:
    return float(f"{x:.6g}") if abs(x) < 1e6 else round(x, 2)


def compute(check: str, fs: list[dict], o: dict) -> tuple:
    """(expected, observed, consistent?, arithmetic text)."""
    first = fs[0]["nums"][0] if fs[0]["nums"] else None
    if check == "sum":
        if "total" in o:
            parts = [n for f in fs for n in f["nums"]]
            obs, oh = float(o["total"]), 0.0
        else:
            parts = [n for f in fs[1:] for n in f["nums"][:1]]
            obs, oh = first
        signs = o.get("signs", "+" * len(parts))
        exp = sum(v if s == "+" else -v for (v, _), s in zip(parts, signs))
        h = sum(h for _, h in parts)
        unit = scale_of(fs[0]["fact"]["quote"]) if "total" not in o else (1.0, "")
        terms = "".join((("" if i == 0 and s == "+" else s) + show(v, unit)) for i, ((v, _), s) in enumerate(zip(parts, signs)))
        ok = abs(exp - obs) <= h + oh + 1e-9
        return rnd(exp), rnd(obs), ok, f"{terms}={show(exp, unit)}，所称{show(obs, unit)}", abs(exp - obs) > 1e-9
    needed = 1 + (int(o.get("nnum", 1)) if check in ("rate", "average") else 1)  # the facts after the claim
    if check in ("growth", "rate", "ratio", "average") and (len(fs) < 1 + needed or first is None):
        # the other term not in the text (or the claim's number not read): nothing to compute
        observed = rnd(first[0]) * (-1 if "neg" in o else 1) if first is not None else None
        return None, observed, True, "文中没有给出核对所需的另一个数", False
    if check in ("rate", "average", "growth", "ratio"):
        k = int(o.get("nnum", 1))
        if check == "growth" or check == "ratio":
            k = 1
        nums = [f["nums"][0] for f in fs[1:1 + k]]
        num = (sum(v for v, _ in nums), sum(h for _, h in nums))
        den = fs[1 + k]["nums"][0]
        obs, oh = first
        if check == "rate":
            scale = float(o.get("scale", 1000 if numparse.per_mille(fs[0]["fact"]["quote"]) else 100))
        elif check == "average":
            scale = float(o.get("scale", 1))
        if check in ("rate", "average", "ratio"):
            scale = 1.0 if check == "ratio" else scale
            lo, hi = (num[0] - num[1]) / (den[0] + den[1]) * scale, (num[0] + num[1]) / (den[0] - den[1]) * scale
            exp = num[0] / den[0] * scale
            unit = "" if check != "rate" else ("‰" if scale == 1000 else "%" if scale == 100 else f"（每{fmt(scale)}）")
            if check == "average":
                u = scale_of(fs[0]["fact"]["quote"])
                text = f"{fmt(num[0])}÷{fmt(den[0])}{'×' + fmt(scale) if scale != 1 else ''}={show(exp, u)}，所称{show(obs, u)}"
            else:
                text = f"{fmt(num[0])}÷{fmt(den[0])}{'×' + fmt(scale) if scale != 1 else ''}={fmt(round(exp, 3))}{unit}，所称{fmt(obs)}{unit}"
            ok = lo - 1e-9 <= obs + oh and obs - oh <= hi + 1e-9
            return rnd(exp), rnd(obs), ok, text, abs(exp - obs) > 1e-9
        sign = -1.0 if "neg" in o else 1.0
        if "abs" in o:
            per = float(o.get("per", 1))  # 平均每年增加: the change spread over N years
            exp = (num[0] - den[0]) / per
            lo, hi = (num[0] - num[1] - den[0] - den[1]) / per, (num[0] + num[1] - den[0] + den[1]) / per
            u = scale_of(fs[0]["fact"]["quote"])
            if not u[1]:
                u = scale_of(fs[1]["fact"]["quote"])
            text = f"({show(num[0], u)}−{show(den[0], u)}){'÷' + fmt(per) if per != 1 else ''}={show(exp, u)}，所称{'减少' if sign < 0 else '增加'}{show(obs, u)}"
        elif "inc" in o:  # facts: change %, the increment, the new level: base = new - increment
            inc, new = num, den
            exp = inc[0] / (new[0] - inc[0]) * 100
            lo = (inc[0] - inc[1]) / (new[0] + new[1] - inc[0] + inc[1]) * 100
            hi = (inc[0] + inc[1]) / (new[0] - new[1] - inc[0] - inc[1]) * 100
            text = f"{fmt(inc[0])}÷({fmt(new[0])}−{fmt(inc[0])})={fmt(round(exp, 3))}%，所称增长{fmt(obs)}%"
        elif "years" in o:  # 年均增长: the compound yearly rate over N years
            n = float(o["years"])
            exp = ((num[0] / den[0]) ** (1 / n) - 1) * 100
            lo = (((num[0] - num[1]) / (den[0] + den[1])) ** (1 / n) - 1) * 100
            hi = (((num[0] + num[1]) / (den[0] - den[1])) ** (1 / n) - 1) * 100
            text = f"({fmt(num[0])}÷{fmt(den[0])})^(1/{fmt(n)})−1={fmt(round(exp, 3))}%，所称年均增长{fmt(obs)}%"
        else:
            exp = (num[0] / den[0] - 1) * 100
            lo, hi = ((num[0] - num[1]) / (den[0] + den[1]) - 1) * 100, ((num[0] + num[1]) / (den[0] - den[1]) - 1) * 100
            if "times" in o:
                obs, oh = obs * 100, oh * 100
            text = f"({fmt(num[0])}−{fmt(den[0])})÷{fmt(den[0])}={fmt(round(exp, 3))}%，所称{'下降' if sign < 0 else '增长'}{fmt(obs)}%"
        obs, oh = sign * obs, oh
        ok = lo - 1e-9 <= obs + oh and obs - oh <= hi + 1e-9
        return rnd(exp), rnd(obs), ok, text, abs(exp - obs) > 1e-9
    if check == "part_of":
        whole = first
        parts = [f["nums"][0] for f in fs[1:]]  # several parts: their sum must fit in the whole
        part = (sum(v for v, _ in parts), sum(h for _, h in parts))
        ok = part[0] - part[1] <= whole[0] + whole[1]
        shown = "+".join(fmt(v) for v, _ in parts) + (f"={fmt(part[0])}" if len(parts) > 1 else "")
        return [0, rnd(whole[0])], rnd(part[0]), ok, f"{shown}{'≤' if ok else '>'}{fmt(whole[0])}", False
    if check == "span":  # a stated number of years against the first and last year named
        first_year, last_year = fs[1]["nums"][0][0], fs[2]["nums"][0][0]
        n = last_year - first_year + 1
        return rnd(n), rnd(first[0]), n == first[0], f"{fmt(first_year)}年至{fmt(last_year)}年首尾都算共{fmt(n)}年，所称{fmt(first[0])}年", False
    if check == "bound":
        bound, value = first, fs[1]["nums"][0]
        if "max" in o:
            ok = value[0] - value[1] <= bound[0]
            return [None, rnd(bound[0])], rnd(value[0]), ok, f"{fmt(value[0])}{'≤' if ok else '>'}{fmt(bound[0])}", False
        ok = value[0] + value[1] >= bound[0]
        return [rnd(bound[0]), None], rnd(value[0]), ok, f"{fmt(value[0])}{'≥' if ok else '<'}{fmt(bound[0])}", False
    if check == "enumeration":
        if len(fs) > 2:
            n = len(fs) - 1
        else:
            sep = o.get("sep", "[、，；,;]").replace("/", "|")
            n = len([x for x in re.split(sep, fs[1]["fact"]["quote"]) if x])
        obs = first[0]
        return n, rnd(obs), n == obs, f"列举{n}项，所称{fmt(obs)}", False
    raise ValueError(f"unknown check {check}")


def finding(doc: str, line: str) -> dict:
    head, facts, prose = (p.strip() for p in line.split("|", 2))
    m = re.match(r"(\w+)(?:\[([^\]]*)\])?\s*(.*)", head)
    check, o, flags = m.group(1), opts_of(m.group(2) or ""), m.group(3).split()
    fs = [fact_of(t) for t in facts.split(";") if t.strip()]
    for f in fs:
        if len(docs.find(doc, f["fact"]["quote"])) < f["fact"]["occurrence"]:
            raise ValueError(f"{doc}: {f['fact']['quote']!r} has no occurrence {f['fact']['occurrence']}")
    exp, obs, ok, arith, rounded = compute(check, fs, o)
    if "unverifiable" in flags or "cmp" in o:
        verdict = "unverifiable"
        note = f"（名义计算：{arith}，不能据此核对）" if exp is not None else f"（{arith}）"
        exp = None
    elif "!inconsistent" in flags:
        if ok:
            raise ValueError(f"{doc}: marked inconsistent but arithmetic agrees: {arith}")
        verdict, note = "inconsistent", f"（{arith}，不符）"
    else:
        if not ok:
            raise ValueError(f"{doc}: arithmetic disagrees, not marked: {check} {facts} -> {arith}")
        verdict = "consistent"
        note = f"（{arith}，" + ("在所称数字的舍入精度内一致）" if rounded else "一致）")
    return {"doc": doc, "check": check, "verdict": verdict, "facts": [f["fact"] for f in fs],
            "expected": exp, "observed": obs, "explanation": prose.rstrip("。.") + note}


def show_contexts(doc: str, row: dict) -> None:
    f = docs.flat(doc)
    print(f"  [{row['check']} {row['verdict']}] {row['explanation']}")
    for fact in row["facts"]:
        at = docs.find(doc, fact["quote"])[fact["occurrence"] - 1]
        print(f"      {f[max(0, at - 25):at]}【{fact['quote']}】{f[at + len(fact['quote']):at + len(fact['quote']) + 15]}")


def main() -> int:
    global SPEC, OUT
    only = sys.argv[1:]
    if only[:2] == ["--split", "dev"]:  # blind DEV gold: its own specs and folder
        SPEC, OUT, only = HERE / "audit_spec_dev", HERE.parent / "dev-blind", only[2:]
    elif only[:2] == ["--split", "dev24"]:  # session 24's blind DEV audit round, written as TEST's was
        SPEC, OUT, only = HERE / "audit_spec_dev24", HERE.parent / "dev-blind24", only[2:]
    elif only[:2] == ["--split", "dev24p"]:  # the same round on People's Daily articles
        SPEC, OUT, only = HERE / "audit_spec_dev24p", HERE.parent / "dev-blind24p", only[2:]
    elif only[:2] in (["--split", "dev25"], ["--split", "dev25p"], ["--split", "dev28"]):  # session 25's round:
        # the DEV reports and People's Daily articles the earlier rounds left unread, written the same way;
        # session 28's round on more People's Daily articles (dev-blind28)
        SPEC, OUT, only = HERE / f"audit_spec_{only[1]}", HERE.parent / f"dev-blind{only[1][3:]}", only[2:]
    elif only[:2] == ["--split", "agree31"]:  # a second annotator's reading of documents other rounds annotated:
        # an agreement study, never gold that rules are scored on
        SPEC, OUT, only = HERE / "audit_spec_agree31", HERE.parent / "agree31", only[2:]
    OUT.mkdir(parents=True, exist_ok=True)
    errors, total = 0, 0
    for spec in sorted(SPEC.glob("*.spec")):
        doc = spec.stem
        if only and doc not in only:
            continue
        rows = []
        for n, line in enumerate(spec.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                rows.append(finding(doc, line))
                if only:
                    show_contexts(doc, rows[-1])
            except Exception as e:  # report every bad line, not only the first
                print(f"{spec.name}:{n}: {e}")
                errors += 1
        with open(OUT / f"{doc}.audit.jsonl", "w", encoding="utf-8") as w:
            for r in rows:
                w.write(json.dumps(r, ensure_ascii=False) + "\n")
        total += len(rows)
    print(f"{total} findings written; {errors} spec lines rejected")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
