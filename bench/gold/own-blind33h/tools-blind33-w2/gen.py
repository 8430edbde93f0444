"""Build a page, its facts gold and its audit gold from one marked source (blind33-w2).

Adapted from bench/gold/own-blind23h/tools-blind23-a/gen.py (same marker syntax), with:
- occurrences counted exactly as /work/shared/eval/score.py counts them (successive str.find from one
  past the last hit in the whitespace-free text, overlapping hits included);
- audit arithmetic on intervals: each written number carries half a unit of its last written digit,
  and a check passes when the stated value's interval meets the interval the other facts allow
  (bench/gold/README.md, "Audit test gold", step 3);
- every finding's verdict must equal the one the caller expects (only the planted one is
  'inconsistent'), so no mismatch slips in unread.

Marker: [[t quote;metric_hint;id;k=v,...]]   t: m money, c count, p percent.
extra keys: pl (place, 'null' -> None), pe (period, 'null' -> None), q (qualifier), v (value override),
vm (value_max), u (unit), h (half-unit override, in base units).
"""
import collections
import json
import re
from decimal import Decimal as D

MARK = re.compile(r'\[\[(m|c|p) ([^;\]]+);([^;\]]*);([^;\]]*)(?:;([^\]]*))?\]\]')
TYPES = {'m': 'money', 'c': 'count', 'p': 'percent'}
FW = str.maketrans('0123456789.%', '０１２３４５６７８９．％')
HW = str.maketrans('０１２３４５６７８９．％', '0123456789.%')
PUNCT = str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！', ' ': '　'})
DIG = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
SMALL = {'十': 10, '百': 100, '千': 1000}
MULT = {'万': D(10000), '亿': D(100000000)}
CURRENCIES = ('美元', '日元', '泰铢', '韩元', '港元', '元')


def cn_int(s):
    total, sec, num = 0, 0, 0
    for ch in s:
        if ch in DIG:
            num = DIG[ch]
        elif ch in SMALL:
            sec += (num or 1) * SMALL[ch]; num = 0
        elif ch == '万':
            total += (sec + num) * 10000; sec = num = 0
        elif ch == '亿':
            total = (total + sec + num) * 100000000; sec = num = 0
        else:
            raise ValueError(s)
    return total + sec + num


def num_of(tok):
    """(value, half unit of the last written digit) of an Arabic or Chinese numeral with 万/亿."""
    m = re.fullmatch(r'([\d.]+)([万亿]*)', tok)
    if m:
        v = D(m.group(1)); dec = len(m.group(1).split('.')[1]) if '.' in m.group(1) else 0
        h = D('0.5') * D(10) ** (-dec)
        for ch in m.group(2):
            v *= MULT[ch]; h *= MULT[ch]
        return v, h
    mm = re.fullmatch(r'([零〇一二两三四五六七八九十百千]+)(?:点([零〇一二三四五六七八九]+))?([万亿]*)', tok)
    if not mm:
        raise ValueError(tok)
    v = D(cn_int(mm.group(1))); h = D('0.5')
    if mm.group(2):
        v += D('0.' + ''.join(str(DIG[c]) for c in mm.group(2)))
        h = D('0.5') * D(10) ** (-len(mm.group(2)))
    elif re.search('[十百千]$', mm.group(1)):   # 三十 = 3 tens written: half a ten
        h = D('0.5') * SMALL[mm.group(1)[-1]]
    for ch in mm.group(3):
        v *= MULT[ch]; h *= MULT[ch]
    return v, h


NUMCH = '0-9.零〇一二两三四五六七八九十百千点'


def parse_value(quote):
    q = quote.translate(HW)
    if q.startswith('百分之'):
        v, h = num_of(q[3:]); return v, '%', h
    m = re.fullmatch(r'([%s]+)(多|余)?([万亿]*)(.*)' % NUMCH, q)
    body, more, mult, unit = m.groups()
    v, h = num_of(body + mult)
    if unit.startswith('%'):
        unit = '%'
    for cur in CURRENCIES:
        if unit == cur:
            break
    return v, unit, h


def jnum(v):
    v = D(v)
    if v == v.to_integral_value():
        return int(v)
    return float(round(v, 6))


def quotes(src):
    out, k = [], 0
    for ch in src:
        if ch == '"':
            out.append('“' if k % 2 == 0 else '”'); k += 1
        else:
            out.append(ch)
    return ''.join(out)


def occurrences(flat, quote):
    hits, at = [], -1
    while True:
        at = flat.find(quote, at + 1)
        if at < 0:
            return hits
        hits.append(at)


def build(doc, src, place, period):
    """People's Daily style: digits, '.', '%' and , : ; ( ) " full-width."""
    src = quotes(src)
    conv = lambda s: s.translate(FW).translate(PUNCT)
    facts, ids, pos, text = [], {}, 0, ''
    for mm in MARK.finditer(src):
        text += conv(src[pos:mm.start()])
        t, quote, hint, fid, extra = mm.groups()
        quote = quote.translate(FW); hint = conv(hint)
        ex = dict(kv.split('=', 1) for kv in (extra or '').split(',') if kv)
        fpos = len(re.sub(r'\s', '', text))
        text += quote; pos = mm.end()
        v, unit, h = parse_value(quote)
        if 'v' in ex: v = D(ex['v'])
        if 'u' in ex: unit = ex['u']
        if 'h' in ex: h = D(ex['h'])
        if unit in ('万元', '亿元'): raise ValueError(quote)
        qual = ex.get('q', 'over' if ('多' in quote or '余' in quote) else 'exact')
        f = {"doc": doc, "type": TYPES[t], "quote": quote, "occurrence": None, "value": jnum(v), "unit": unit,
             "qualifier": qual, "value_max": jnum(D(ex['vm'])) if 'vm' in ex else None,
             "metric_hint": hint.strip(), "place": ex.get('pl', place), "period": ex.get('pe', period)}
        if f['place'] == 'null': f['place'] = None
        if f['period'] == 'null': f['period'] = None
        f['_v'] = v; f['_h'] = h; f['_pos'] = fpos; f['_id'] = fid.strip()
        facts.append(f)
        if fid.strip():
            assert fid.strip() not in ids, fid
            ids[fid.strip()] = f
    text += conv(src[pos:])
    flat = re.sub(r'\s', '', text)
    for f in facts:
        hits = occurrences(flat, f['quote'])
        f['occurrence'] = hits.index(f['_pos']) + 1   # the scorer's count of the marked position
        assert f['metric_hint'] in flat, ('hint', f)
        if f['place']: assert f['place'] in flat, ('place', f)
    return text, facts, ids


class Audit:
    """Findings, claim first. Money in base units (元, 美元 ...), as the facts' values."""

    def __init__(self, doc, ids, flat):
        self.doc, self.I, self.A, self.flat = doc, ids, [], flat

    def V(self, n): return self.I[n]['_v']
    def H(self, n): return self.I[n]['_h']
    def iv(self, n): return (self.V(n) - self.H(n), self.V(n) + self.H(n))

    def ref(self, n):
        if n in self.I:
            return {"quote": self.I[n]['quote'], "occurrence": self.I[n]['occurrence']}
        q = n.translate(FW)          # a quote that is no fact (an exchange rate)
        hits = occurrences(self.flat, q)
        assert len(hits) == 1, (n, hits)
        return {"quote": q, "occurrence": 1}

    def add(self, check, names, expected, observed, verdict, expl, want):
        assert verdict == want, (check, names, expected, observed, verdict, want)
        self.A.append({"doc": self.doc, "check": check, "verdict": verdict, "facts": [self.ref(n) for n in names],
                       "expected": expected, "observed": observed, "explanation": expl})

    @staticmethod
    def meets(lo, hi, olo, ohi):
        return lo <= ohi + D('1e-9') and olo <= hi + D('1e-9')

    def sum(self, tot, parts, expl, signs=None, want='consistent'):
        signs = signs or [1] * len(parts)
        e = sum(s * self.V(p) for s, p in zip(signs, parts))
        slack = sum(self.H(p) for p in parts)
        tl, th = self.iv(tot)
        v = 'consistent' if self.meets(e - slack, e + slack, tl, th) else 'inconsistent'
        self.add('sum', [tot] + parts, jnum(e), jnum(self.V(tot)), v, expl.format(e=fmt(e), o=fmt(self.V(tot))), want)

    def rate(self, r, num, den, expl, factor=100, want='consistent', check='rate'):
        e = self.V(num) / self.V(den) * factor
        nl, nh = self.iv(num); dl, dh = self.iv(den)
        lo, hi = nl / dh * factor, nh / dl * factor
        rl, rh = self.iv(r)
        v = 'consistent' if self.meets(lo, hi, rl, rh) else 'inconsistent'
        self.add(check, [r, num, den], jnum(round(e, 4)), jnum(self.V(r)), v, expl.format(e=fmt(round(e, 4))), want)

    def growth(self, g, new, old, expl, fall=False, want='consistent'):
        """Stated percent change against the two levels; a fall is observed as a negative number."""
        e = (self.V(new) / self.V(old) - 1) * 100
        nl, nh = self.iv(new); ol, oh = self.iv(old)
        lo, hi = (nl / oh - 1) * 100, (nh / ol - 1) * 100
        o = -self.V(g) if fall else self.V(g)
        gl, gh = (o - self.H(g), o + self.H(g))
        v = 'consistent' if self.meets(lo, hi, gl, gh) else 'inconsistent'
        self.add('growth', [g, new, old], jnum(round(e, 4)), jnum(o), v, expl.format(e=fmt(round(e, 4))), want)

    def growth_inc(self, g, new, inc, expl, want='consistent'):
        """Stated percent change against the new level and the stated increment."""
        e = self.V(inc) / (self.V(new) - self.V(inc)) * 100
        il, ih = self.iv(inc); nl, nh = self.iv(new)
        lo, hi = il / (nh - il) * 100, ih / (nl - ih) * 100
        gl, gh = self.iv(g)
        v = 'consistent' if self.meets(lo, hi, gl, gh) else 'inconsistent'
        self.add('growth', [g, new, inc], jnum(round(e, 4)), jnum(self.V(g)), v, expl.format(e=fmt(round(e, 4))), want)

    def diff(self, d, new, old, expl, fall=False, want='consistent'):
        """Stated absolute change (amount or percentage points) against the two levels."""
        e = self.V(new) - self.V(old)
        slack = self.H(new) + self.H(old)
        o = -self.V(d) if fall else self.V(d)
        v = 'consistent' if self.meets(e - slack, e + slack, o - self.H(d), o + self.H(d)) else 'inconsistent'
        self.add('growth', [d, new, old], jnum(e), jnum(o), v, expl.format(e=fmt(e)), want)

    def rate_of_fx(self, g, old_q, new_q, old_rate, new_rate, expl, want='consistent'):
        """A currency's fall against the dollar from two rates 'N units = 1 dollar': its dollar value
        changes by old/new - 1."""
        e = (D(old_rate) / D(new_rate) - 1) * 100
        o = -self.V(g)
        v = 'consistent' if abs(e - o) <= self.H(g) + D('0.05') else 'inconsistent'
        self.add('growth', [g, old_q, new_q], jnum(round(e, 4)), jnum(o), v, expl.format(e=fmt(round(e, 4))), want)

    def part_of(self, whole, parts, expl, want='consistent'):
        parts = parts if isinstance(parts, list) else [parts]
        s = sum(self.V(p) for p in parts)
        wl, wh = self.iv(whole)
        if self.I[whole]['qualifier'] == 'over':   # 2400多个: below 2400 + 100
            w = int(self.V(whole)); step = 1
            while w % (step * 10) == 0: step *= 10
            wh = self.V(whole) + step
        v = 'consistent' if s - sum(self.H(p) for p in parts) <= wh else 'inconsistent'
        self.add('part_of', [whole] + parts, [0, jnum(self.V(whole))], jnum(s), v, expl.format(o=fmt(s)), want)

    def bound(self, claim, names, lo, hi, observed, expl, want='consistent'):
        ok = (lo is None or observed >= lo) and (hi is None or observed <= hi)
        self.add('bound', [claim] + names, [None if lo is None else jnum(lo), None if hi is None else jnum(hi)],
                 jnum(round(observed, 4)), 'consistent' if ok else 'inconsistent', expl, want)

    def enumeration(self, n, items, expl, want='consistent'):
        v = 'consistent' if len(items) == self.V(n) else 'inconsistent'
        self.add('enumeration', [n], len(items), jnum(self.V(n)), v, expl + '列出:' + '、'.join(items) + '。', want)

    def unver(self, check, names, expl):
        self.add(check, names, None, jnum(self.V(names[0])), 'unverifiable', expl, 'unverifiable')


def fmt(v):
    v = D(v)
    for scale, word in ((D(10) ** 12, '万亿'), (D(10) ** 8, '亿'), (D(10) ** 4, '万')):
        if abs(v) >= scale:
            return f'{jnum(v / scale)}{word}'
    return str(jnum(v))


def write(outdir, doc, text, facts, audit):
    open(f'{outdir}/{doc}.txt', 'w', encoding='utf-8').write(text)
    with open(f'{outdir}/{doc}.facts.jsonl', 'w', encoding='utf-8') as fh:
        for f in facts:
            g = {k: v for k, v in f.items() if not k.startswith('_')}
            fh.write(json.dumps(g, ensure_ascii=False) + '\n')
    with open(f'{outdir}/{doc}.audit.jsonl', 'w', encoding='utf-8') as fh:
        for a in audit.A:
            fh.write(json.dumps(a, ensure_ascii=False) + '\n')
    print(doc, len(text), 'chars;', len(facts), 'facts', dict(collections.Counter(f['type'] for f in facts)),
          len(audit.A), 'findings', dict(collections.Counter((a['check'], a['verdict']) for a in audit.A)))
    for a in audit.A:
        if a['verdict'] == 'inconsistent':
            print('  INCONSISTENT:', a['check'], a['expected'], a['observed'], a['explanation'])
