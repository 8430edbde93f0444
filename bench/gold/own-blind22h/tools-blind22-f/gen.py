# Generator for writer blind22-f: page text with inline fact markers -> page.txt, facts.jsonl, audit.jsonl
# Marker: [[t quote;metric_hint;id;k=v,k=v]]  t in m/c/p; keys: q (qualifier), pl (place), pe (period),
# v (value), vmax (value_max), u (unit).  Quotes are written half-width; full-width pages convert later.
import re, json, os
from decimal import Decimal as D, getcontext
getcontext().prec = 28
MARK = re.compile(r'\[\[(m|c|p) ([^;\]]+);([^;\]]*);([^;\]]*)(?:;([^\]]*))?\]\]')
TYPES = {'m': 'money', 'c': 'count', 'p': 'percent'}
MULT = {'': D(1), '万': D(10**4), '亿': D(10**8), '万亿': D(10**12)}
FW = str.maketrans('0123456789.%', '０１２３４５６７８９．％')
OUTDIR = '/work/blind22b'


def parse_value(quote):
    m = re.match(r'([\d.]+)(多|余)?(万亿|万|亿)?(.*)$', quote)
    if not m:
        return None, None
    num = D(m.group(1)); unit = m.group(4)
    if unit.startswith('%'):
        return num, '%'
    if unit.startswith('个百分点'):
        return num, '个百分点'
    v = num * MULT[m.group(3) or '']
    if unit.endswith('元') and unit != '元':
        unit = unit  # 美元 etc kept
    return v, unit


def halfunit(quote):
    """half of the last printed digit, in base units"""
    q = quote.translate(str.maketrans('０１２３４５６７８９．％', '0123456789.%'))
    m = re.match(r'([\d.]+)(多|余)?(万亿|万|亿)?', q)
    if not m:
        return D(0)
    s = m.group(1)
    dec = len(s.split('.')[1]) if '.' in s else 0
    mult = MULT[m.group(3) or ''] if not q[m.end():].startswith(('%', '个百分点')) else D(1)
    return D(5) / D(10) ** (dec + 1) * mult


def num(v):
    v = D(v)
    if v == v.to_integral_value():
        return int(v)
    return float(round(v, 4))


class Page:
    def __init__(self, doc, place, period):
        self.doc, self.place, self.period = doc, place, period
        self.facts, self.ids, self.audit = [], {}, []

    def build(self, src, wrap=None, fullwidth=False, pagemarks=None):
        chars, starts = [], []  # starts[i] = fact index starting at char i
        pos = 0
        spans = []
        for mm in MARK.finditer(src):
            for ch in src[pos:mm.start()]:
                chars.append(ch); starts.append(None)
            t, quote, hint, fid, extra = mm.groups()
            ex = dict(kv.split('=', 1) for kv in (extra or '').split(',') if kv)
            k = len(self.facts)
            for j, ch in enumerate(quote):
                chars.append(ch); starts.append(k if j == 0 else -1)  # -1 = inside a fact
            pos = mm.end()
            if 'v' in ex:
                v = D(ex['v']); unit = ex.get('u', '')
            else:
                v, unit = parse_value(quote)
                unit = ex.get('u', unit)
            f = {"doc": self.doc, "type": TYPES[t], "quote": quote, "occurrence": None,
                 "value": v, "unit": unit, "qualifier": ex.get('q', 'exact'),
                 "value_max": D(ex['vmax']) if 'vmax' in ex else None,
                 "metric_hint": hint.strip(), "place": ex.get('pl', self.place),
                 "period": ex.get('pe', self.period)}
            if f['place'] == 'null': f['place'] = None
            if f['period'] == 'null': f['period'] = None
            self.facts.append(f)
            if fid.strip():
                assert fid.strip() not in self.ids, fid
                self.ids[fid.strip()] = f
        for ch in src[pos:]:
            chars.append(ch); starts.append(None)
        assert '[[' not in ''.join(chars), 'unparsed marker'
        if wrap:
            chars, starts = self._wrap(chars, starts, wrap, pagemarks)
        text = ''.join(chars)
        if fullwidth:
            text = text.translate(FW)
            for f in self.facts:
                f['quote'] = f['quote'].translate(FW)
        # flat positions and occurrences
        flatpos, n = {}, 0
        for ch, s in zip(text, starts):
            if s is not None and s >= 0:
                flatpos[s] = n
            if not ch.isspace():
                n += 1
        flat = re.sub(r'\s', '', text)
        for k, f in enumerate(self.facts):
            p = flatpos[k]
            assert flat[p:p + len(f['quote'])] == f['quote'], f
            hits = [i for i in range(len(flat)) if flat.startswith(f['quote'], i)]
            f['occurrence'] = hits.index(p) + 1
            assert f['metric_hint'] in flat, ('hint', f)
            if f['place']:
                assert f['place'] in flat, ('place', f)
        self.text, self.flat = text, flat
        return text

    def _wrap(self, chars, starts, width, pagemarks):
        out_c, out_s = [], []
        col = 0
        for ch, s in zip(chars, starts):
            if ch == '\n':
                out_c.append(ch); out_s.append(None); col = 0
            else:
                if col >= width and ch not in '，。、；：）”％%':
                    out_c.append('\n'); out_s.append(None); col = 0
                out_c.append(ch); out_s.append(s); col += 1
        if not pagemarks:
            return out_c, out_s
        every = pagemarks['every']; page = pagemarks.get('first', 1); head = pagemarks.get('head', '')
        c2, s2 = [], []; lines = 0
        for i, (ch, s) in enumerate(zip(out_c, out_s)):
            c2.append(ch); s2.append(s)
            if ch == '\n':
                lines += 1
                nxt = out_s[i + 1] if i + 1 < len(out_s) else None
                prev = out_c[i - 1] if i else ''
                if lines >= every and nxt != -1 and i + 1 < len(out_c) and prev in '，。；：、）\n':
                    mark = '\n— %d —\n\n%s\n' % (page, head)
                    page += 1; lines = 0
                    for c in mark:
                        c2.append(c); s2.append(None)
        return c2, s2

    # ---------- audit helpers ----------
    def f(self, k):
        return self.ids[k]

    def ref(self, *ks):
        return [{"quote": self.ids[k]['quote'], "occurrence": self.ids[k]['occurrence']} for k in ks]

    def add(self, check, ks, expected, observed, tol, expl, verdict=None):
        if verdict is None:
            if isinstance(expected, list):
                verdict = 'consistent' if expected[0] <= observed <= expected[1] else 'inconsistent'
            else:
                verdict = 'consistent' if abs(D(expected) - D(observed)) <= tol + D('1e-9') else 'inconsistent'
        e = [num(x) for x in expected] if isinstance(expected, list) else (None if expected is None else num(expected))
        o = [num(x) for x in observed] if isinstance(observed, list) else (None if observed is None else num(observed))
        self.audit.append({"doc": self.doc, "check": check, "verdict": verdict, "facts": self.ref(*ks),
                           "expected": e, "observed": o, "explanation": expl.format(e=e, o=o)})

    def v(self, k):
        return self.ids[k]['value']

    def hu(self, k):
        return halfunit(self.ids[k]['quote'])

    def sum(self, total, parts, expl, extra_tol=0):
        e = sum(self.v(p) for p in parts)
        tol = self.hu(total) + sum(self.hu(p) for p in parts) + D(extra_tol)
        self.add('sum', [total] + parts, e, self.v(total), tol, expl)

    def rate(self, r, n, d, expl, check='rate', scale=100):
        N, Dn = self.v(n), self.v(d)
        e = N / Dn * scale
        tol = self.hu(r) + scale * (self.hu(n) / Dn + N * self.hu(d) / Dn / Dn)
        self.add(check, [r, n, d], e, self.v(r), tol, expl)

    def growth(self, r, new, old, expl, down=False):
        N, O = self.v(new), self.v(old)
        e = (N / O - 1) * 100
        if down: e = -e
        tol = self.hu(r) + 100 * (self.hu(new) / O + N * self.hu(old) / O / O)
        self.add('growth', [r, new, old], e, self.v(r), tol, expl)

    def diff(self, c, new, old, expl, check='growth'):
        e = abs(self.v(new) - self.v(old))
        self.add(check, [c, new, old], e, self.v(c), self.hu(c) + self.hu(new) + self.hu(old), expl)

    def pp(self, c, new, old, expl):
        e = abs(self.v(new) - self.v(old))
        self.add('growth', [c, new, old], e, self.v(c), self.hu(c) + self.hu(new) + self.hu(old), expl)

    def avg(self, a, tot, n, expl, check='average', tol=None):
        e = self.v(tot) / self.v(n)
        t = self.hu(a) + self.hu(tot) / self.v(n) + (self.v(tot) * self.hu(n) / self.v(n) ** 2)
        self.add(check, [a, tot, n], e, self.v(a), D(tol) if tol is not None else t, expl)

    def part(self, p, w, expl):
        self.add('part_of', [w, p], [D(0), self.v(w)], self.v(p), 0, expl)

    def enum(self, c, n, expl):
        self.add('enumeration', [c], D(n), self.v(c), 0, expl)

    def bound(self, c, body, lo, hi, expl):
        self.add('bound', [c, body], [D(lo), D(hi)], self.v(body), 0, expl)

    def headline(self, rep, orig, expl):
        self.add('headline', [rep, orig], self.v(orig), self.v(rep), 0, expl)

    def unverifiable(self, check, ks, expl):
        self.add(check, ks, None, self.v(ks[0]), 0, expl, verdict='unverifiable')

    def write(self):
        with open(os.path.join(OUTDIR, self.doc + '.txt'), 'w') as fh:
            fh.write(self.text)
        with open(os.path.join(OUTDIR, self.doc + '.facts.jsonl'), 'w') as fh:
            for f in self.facts:
                g = dict(f); g['value'] = num(g['value'])
                g['value_max'] = None if g['value_max'] is None else num(g['value_max'])
                fh.write(json.dumps(g, ensure_ascii=False) + '\n')
        with open(os.path.join(OUTDIR, self.doc + '.audit.jsonl'), 'w') as fh:
            for a in self.audit:
                fh.write(json.dumps(a, ensure_ascii=False) + '\n')
        from collections import Counter
        print(self.doc, 'chars', len(self.flat), 'facts', len(self.facts), Counter(f['type'] for f in self.facts),
              'audit', len(self.audit), Counter(a['verdict'] for a in self.audit))
        for a in self.audit:
            if a['verdict'] == 'inconsistent':
                print('  INCONSISTENT:', a['check'], a['facts'][0]['quote'], a['expected'], a['observed'])
