"""Page builder for blind33-w1 (own code, modelled on own-blind23h/tools-blind23-*/gen.py).

Source text carries inline markers  [[t quote;metric_hint;id;k=v,...]]   t: m money, c count, p percent
  extras: pl= place ('null' -> None), pe= period ('null' -> None), q= qualifier, v= value, u= unit,
          mul= multiplier applied to v (table cells in 亿元), dec= decimals of the written number,
          h= half-width of the rounding interval (overrides the default)
and defaults directives  {{pl=X,pe=Y}}  that hold for the markers after them.
The text is written as is (half-width web text); markers are replaced by their quote.
Occurrence = the scorer's count: successive str.find from one past the last hit in the
whitespace-free text, up to the fact's own position.
"""
import itertools
import json
import re
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

MARK = re.compile(r'\[\[(m|c|p) ([^;\]]+);([^;\]]*);([^;\]]*)(?:;([^\]]*))?\]\]|\{\{([^}]*)\}\}')
TYPES = {'m': 'money', 'c': 'count', 'p': 'percent'}
MULT = {'万': D(10) ** 4, '亿': D(10) ** 8, '万亿': D(10) ** 12, '': D(1)}


def r(x, nd=1):
    """Round a Decimal half-up to nd decimals (how the page prints a computed figure)."""
    return D(x).quantize(D(1).scaleb(-nd), rounding=ROUND_HALF_UP)


def jnum(v):
    if v is None:
        return None
    v = D(v)
    return int(v) if v == v.to_integral_value() else float(v)


def parse(quote):
    """value, unit, decimals, multiplier, qualifier of an Arabic-digit quote."""
    m = re.fullmatch(r'(-?[\d.]+)(多|余)?(万亿|万|亿)?(.*)', quote)
    num, more, big, unit = m.group(1), m.group(2), m.group(3) or '', m.group(4)
    dec = len(num.split('.')[1]) if '.' in num else 0
    mul = MULT[big]
    v = D(num) * mul
    if unit.startswith('%'):
        unit = '%'
    elif unit.startswith('‰'):
        unit = '‰'
    qual = 'over' if more else 'exact'
    return v, unit, dec, mul, qual


def build(doc, src, place, period):
    facts, ids, pos, text = [], {}, 0, ''
    cur = {'pl': place, 'pe': period}
    for mm in MARK.finditer(src):
        text += src[pos:mm.start()]
        pos = mm.end()
        if mm.group(6) is not None:  # defaults directive
            for kv in mm.group(6).split(','):
                k, v = kv.split('=', 1)
                cur[k.strip()] = v.strip()
            continue
        t, quote, hint, fid, extra = mm.group(1, 2, 3, 4, 5)
        ex = dict(kv.split('=', 1) for kv in (extra or '').split(',') if kv)
        before = re.sub(r'\s', '', text)
        text += quote
        if 'v' in ex:
            v = D(ex['v']) * D(ex.get('mul', '1'))
            unit = ex.get('u')
            dec = int(ex.get('dec', len(ex['v'].split('.')[1]) if '.' in ex['v'] else 0))
            mul = D(ex.get('mul', '1'))
            qual = 'exact'
        else:
            v, unit, dec, mul, qual = parse(quote)
        if 'u' in ex:
            unit = ex['u']
        if t == 'c' and unit == '':
            unit = None
        qual = ex.get('q', qual)
        if t == 'c' and dec == 0 and mul == 1:
            h = D(0)  # an exact count
        else:
            h = D('0.5') * D(10) ** (-dec) * mul
        if 'h' in ex:
            h = D(ex['h'])
        f = {"doc": doc, "type": TYPES[t], "quote": quote, "occurrence": None,
             "value": jnum(v), "unit": unit, "qualifier": qual,
             "value_max": jnum(D(ex['vm'])) if 'vm' in ex else None,
             "metric_hint": hint.strip(), "place": ex.get('pl', cur['pl']), "period": ex.get('pe', cur['pe'])}
        for k in ('place', 'period'):
            if f[k] == 'null':
                f[k] = None
        f['_v'], f['_h'], f['_pos'] = v, h, len(before)
        facts.append(f)
        fid = fid.strip()
        if fid:
            assert fid not in ids, fid
            ids[fid] = f
    text += src[pos:]
    assert '[[' not in text and '{{' not in text
    flat = re.sub(r'\s', '', text)
    for f in facts:
        at, n = -1, 0
        while True:
            at = flat.find(f['quote'], at + 1)
            assert at >= 0, f
            n += 1
            if at == f['_pos']:
                break
            assert at < f['_pos'], f
        f['occurrence'] = n
        assert f['metric_hint'] and f['metric_hint'] in flat, ('hint', f)
        if f['place']:
            assert f['place'] in flat, ('place', f)
    keys = [(f['quote'], f['occurrence']) for f in facts]
    assert len(keys) == len(set(keys))
    return text, facts, ids


class Audit:
    """Findings; every verdict from interval arithmetic: each number carries half a unit of its last
    written digit; a check passes when the claim's interval meets the interval the other facts allow
    (the function is evaluated at every corner, all functions used being monotone in each argument)."""

    def __init__(self, doc, ids):
        self.doc, self.I, self.A = doc, ids, []

    def V(self, n):
        return self.I[n]['_v']

    def ref(self, names):
        return [{"quote": self.I[n]['quote'], "occurrence": self.I[n]['occurrence']} for n in names]

    def _add(self, check, names, expected, observed, verdict, expl):
        self.A.append({"doc": self.doc, "check": check, "verdict": verdict, "facts": self.ref(names),
                       "expected": expected, "observed": observed, "explanation": expl})

    def calc(self, check, claim, args, fn, expl, plant=False, sign=1, scale=D(1)):
        """claim: the stated fact (observed = sign * value / scale); args: facts fn is computed from."""
        vals = [self.V(a) for a in args]
        e = fn(*vals)
        lo = hi = None
        for corner in itertools.product(*[(self.V(a) - self.I[a]['_h'], self.V(a) + self.I[a]['_h']) for a in args]):
            x = fn(*corner)
            lo = x if lo is None or x < lo else lo
            hi = x if hi is None or x > hi else hi
        o = sign * self.V(claim) / scale
        oh = self.I[claim]['_h'] / scale
        ok = not (hi < o - oh - D('1e-9') or lo > o + oh + D('1e-9'))
        verdict = 'consistent' if ok else 'inconsistent'
        assert (verdict == 'inconsistent') == plant, (check, claim, e, o, lo, hi)
        e4 = r(e, 4)
        text = expl.format(e=jnum(e4), o=jnum(o), e2=jnum(r(e, 2)), ey=jnum(r(e / D(10) ** 8, 4)), ew=jnum(r(e / D(10) ** 4, 4)))
        if ok and not (lo <= o <= hi) and abs(e - o) > D('1e-9'):
            pass
        if ok and abs(e - o) > D('1e-9'):
            text = text.rstrip('。') + ',在所称数字的舍入精度内一致。'
        elif not ok:
            text = text.rstrip('。') + ',超出舍入误差:植入的不一致。'
        self._add(check, [claim] + [a for a in args if a != claim], jnum(e4), jnum(o), verdict, text)

    def sum(self, total, parts, expl, signs=None, plant=False):
        signs = signs or [1] * len(parts)
        self.calc('sum', total, parts, lambda *x: sum(s * v for s, v in zip(signs, x)), expl, plant)

    def rate(self, claim, num, den, expl, factor=100, plant=False):
        self.calc('rate', claim, [num, den], lambda a, b: a / b * factor, expl, plant)

    def growth(self, claim, new, old, expl, plant=False):
        self.calc('growth', claim, [new, old], lambda a, b: (a / b - 1) * 100, expl, plant)

    def diff(self, claim, new, old, expl, plant=False, scale=D(1)):
        """an absolute change (元, 个百分点): new - old."""
        self.calc('growth', claim, [new, old], lambda a, b: (a - b) / scale, expl, plant, scale=D(1))

    def part_of(self, whole, parts, expl):
        s = sum(self.V(p) for p in parts)
        verdict = 'consistent' if s <= self.V(whole) + self.I[whole]['_h'] else 'inconsistent'
        assert verdict == 'consistent'
        self._add('part_of', [whole] + parts, [0, jnum(self.V(whole))], jnum(s), verdict, expl)

    def enumeration(self, claim, items, expl):
        n = len(items)
        verdict = 'consistent' if n == self.V(claim) else 'inconsistent'
        assert verdict == 'consistent'
        self._add('enumeration', [claim], n, jnum(self.V(claim)), verdict,
                  expl + ' 列出:' + '、'.join(items) + f',共 {n} 项。')

    def bound(self, claim, others, lo, hi, expl, observed):
        ok = (lo is None or observed >= lo) and (hi is None or observed <= hi)
        assert ok
        self._add('bound', [claim] + others, [jnum(lo), jnum(hi)], jnum(observed), 'consistent', expl)

    def unver(self, check, names, expl):
        self._add(check, names, None, jnum(self.V(names[0])), 'unverifiable', expl)


def write(outdir, doc, text, facts, audit):
    with open(f'{outdir}/{doc}.txt', 'w', encoding='utf-8') as fh:
        fh.write(text)
    with open(f'{outdir}/{doc}.facts.jsonl', 'w', encoding='utf-8') as fh:
        for f in facts:
            fh.write(json.dumps({k: v for k, v in f.items() if not k.startswith('_')}, ensure_ascii=False) + '\n')
    with open(f'{outdir}/{doc}.audit.jsonl', 'w', encoding='utf-8') as fh:
        for a in audit.A:
            fh.write(json.dumps(a, ensure_ascii=False) + '\n')
    print(doc, len(text), 'chars;', len(re.sub(r'\s', '', text)), 'non-space;', len(facts), 'facts',
          dict(Counter(f['type'] for f in facts)), len(audit.A), 'findings',
          dict(Counter((a['check'], a['verdict']) for a in audit.A)))
    for a in audit.A:
        if a['verdict'] == 'inconsistent':
            print('  INCONSISTENT:', a['check'], a['expected'], a['observed'], a['explanation'])
