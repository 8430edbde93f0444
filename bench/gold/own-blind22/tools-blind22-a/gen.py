"""Builds a page's text, facts and audit from inline markers.
Marker: [[t quote;metric_hint;id;k=v,k=v]]  t in m/c/p; keys: pl (place, 'null'), pe (period),
q (qualifier: exact/about/over), v (value override), vm (value_max), u (unit override).
Quotes are wrapped in private-use sentinels until the page is laid out (PDF wrap, page marks),
then the occurrence is counted in the final whitespace-free page by successive find (as score.py)."""
import re, json
from decimal import Decimal as D
MARK = re.compile(r'\[\[(m|c|p) ([^;\]]+);([^;\]]*);([^;\]]*)(?:;([^\]]*))?\]\]')
TYPES = {'m': 'money', 'c': 'count', 'p': 'percent'}
S, E = '\ue000', '\ue001'
MULT = {'万': D(10**4), '亿': D(10**8), '千': D(1000)}

def parse_value(quote):
    m = re.match(r'(-?[\d.]+)(多|余)?([万亿千]?)(.*)', quote)
    num = D(m.group(1)); mult = MULT.get(m.group(3), D(1)); unit = m.group(4)
    dec = -num.as_tuple().exponent if '.' in m.group(1) else 0
    half = D(5) * D(10) ** (-(dec + 1)) * mult          # half a step of the last printed digit
    if unit.startswith('%'): unit = '%'
    if unit.startswith('万元') or unit.startswith('亿元'): unit = unit[1:]
    v = num * mult
    if unit == '元' or m.group(3) == '' or True:
        pass
    return v, unit, half

def num(v):
    v = D(v)
    return int(v) if v == v.to_integral_value() else float(v)

class Page:
    def __init__(self, doc, src, place, period):
        self.doc = doc; self.facts = []; self.ids = {}; self.audit = []
        out, pos = [], 0
        for mm in MARK.finditer(src):
            out.append(src[pos:mm.start()])
            t, quote, hint, fid, extra = mm.groups()
            ex = dict(kv.split('=', 1) for kv in (extra or '').split(',') if kv)
            v, unit, half = parse_value(quote)
            if 'u' in ex: unit = ex['u']
            if 'v' in ex: v = D(ex['v'])
            f = {"doc": doc, "type": TYPES[t], "quote": quote, "occurrence": None, "value": num(v),
                 "unit": unit, "qualifier": ex.get('q', 'exact'),
                 "value_max": num(D(ex['vm'])) if 'vm' in ex else None,
                 "metric_hint": hint.strip(), "place": ex.get('pl', place), "period": ex.get('pe', period)}
            if f['place'] == 'null': f['place'] = None
            if f['period'] == 'null': f['period'] = None
            self.facts.append(f)
            f['_v'] = D(v); f['_h'] = half
            if fid.strip():
                assert fid.strip() not in self.ids, fid
                self.ids[fid.strip()] = f
            out.append(S + quote + E)
            pos = mm.end()
        out.append(src[pos:])
        self.marked = ''.join(out)

    # ---- layout -------------------------------------------------------------
    def pdf(self, width=36, per_page=24, head=None, first_page=1, lead_lines=0):
        """hard-wrap every paragraph at `width` visible characters; page marks between lines."""
        lines = []
        for para in self.marked.split('\n'):
            if not para.strip(): lines.append(''); continue
            cur, w = '', 0
            for ch in para:
                cur += ch
                if ch in (S, E): continue
                w += 1
                if w == width: lines.append(cur); cur, w = '', 0
            if cur: lines.append(cur)
        # close a sentinel pair split over lines is fine (newline is whitespace)
        out, n, page, depth = [], 0, first_page, 0
        for i, ln in enumerate(lines):
            out.append(ln); n += 1
            depth += ln.count(S) - ln.count(E)
            if n >= per_page and depth == 0 and i < len(lines) - 1:
                out.append(''); out.append(f'— {page} —'); out.append('')
                page += 1; n = 0
                if head: out.append(head); out.append('')
        out.append(''); out.append(f'— {page} —')
        self.marked = '\n'.join(out) + '\n'

    def finish(self):
        text = self.marked.replace(S, '').replace(E, '')
        flat_m = re.sub(r'\s', '', self.marked)
        flat = re.sub(r'\s', '', text)
        # positions of each sentinel-opened quote in the sentinel-free flat text
        starts, k = [], 0
        for ch in flat_m:
            if ch == S: starts.append(k)
            elif ch == E: pass
            else: k += 1
        assert len(starts) == len(self.facts)
        for f, st in zip(self.facts, starts):
            q = f['quote']; i = -1; occ = 0
            while True:
                i = flat.find(q, i + 1)
                assert i != -1, f
                occ += 1
                if i == st: break
                assert i < st, f
            f['occurrence'] = occ
            assert f['metric_hint'] in flat, ('hint', f)
            assert f['place'] is None or f['place'] in flat, ('place', f)
        keys = [(f['quote'], f['occurrence']) for f in self.facts]
        assert len(keys) == len(set(keys))
        self.text = text
        return text

    # ---- audit helpers -------------------------------------------------------
    def F(self, i): return self.ids[i]
    def ref(self, names): return [{"quote": self.ids[n]['quote'], "occurrence": None, "_id": n} for n in names]

    def add(self, check, names, expected, observed, ok, expl, planted=False, verdict=None):
        v = verdict or ('consistent' if ok else 'inconsistent')
        assert (v == 'inconsistent') == planted or verdict == 'unverifiable', (check, names, expected, observed)
        if planted: expl += '：植入的不一致。'
        self.audit.append({"doc": self.doc, "check": check, "verdict": v, "_names": names,
                           "expected": expected, "observed": observed, "explanation": expl})

    @staticmethod
    def fmt(x, q=4):
        x = D(x).quantize(D(10) ** -q)
        x = x.normalize()
        return num(x)

    def sum(self, total, parts, planted=False, note='', sign=None):
        sign = sign or [1] * len(parts)
        t = self.F(total); ps = [self.F(p) for p in parts]
        exp = sum(s * p['_v'] for s, p in zip(sign, ps)); tol = t['_h'] + sum(p['_h'] for p in ps)
        ok = abs(exp - t['_v']) <= tol
        terms = ''.join(('+' if s > 0 else '−') + p['quote'] for s, p in zip(sign, ps)).lstrip('+')
        self.add('sum', [total] + parts, num(exp), num(t['_v']), ok,
                 f"{note}{terms} = {num(exp)}，合计{t['quote']}（{num(t['_v'])}）", planted)

    def _ratio_iv(self, a, b, scale):
        lo = (a['_v'] - a['_h']) / (b['_v'] + b['_h']) * scale
        hi = (a['_v'] + a['_h']) / (b['_v'] - b['_h']) * scale
        return lo, hi

    def rate(self, pct, part, whole, planted=False, note='', scale=100, check='rate'):
        p, a, b = self.F(pct), self.F(part), self.F(whole)
        exp = a['_v'] / b['_v'] * scale
        lo, hi = self._ratio_iv(a, b, scale)
        ok = lo - p['_h'] <= p['_v'] <= hi + p['_h']
        self.add(check, [pct, part, whole], self.fmt(exp), num(p['_v']), ok,
                 f"{note}{a['quote']} ÷ {b['quote']} = {self.fmt(exp, 2)}{'%' if scale == 100 else ''}，文中{p['quote']}", planted)

    def growth(self, pct, new, old, planted=False, note='', neg=False):
        p, a, b = self.F(pct), self.F(new), self.F(old)
        exp = (a['_v'] / b['_v'] - 1) * 100
        lo, hi = self._ratio_iv(a, b, 100); lo -= 100; hi -= 100
        obs = -p['_v'] if neg else p['_v']
        ok = lo - p['_h'] <= obs <= hi + p['_h']
        self.add('growth', [pct, new, old], self.fmt(exp), num(obs), ok,
                 f"{note}{a['quote']} ÷ {b['quote']} − 1 = {self.fmt(exp, 2)}%，文中{'下降' if neg else '增长'}{p['quote']}", planted)

    def diff(self, chg, new, old, planted=False, note='', check='growth'):
        c, a, b = self.F(chg), self.F(new), self.F(old)
        exp = a['_v'] - b['_v']; tol = a['_h'] + b['_h'] + c['_h']
        ok = abs(abs(exp) - c['_v']) <= tol
        self.add(check, [chg, new, old], num(abs(exp)), num(c['_v']), ok,
                 f"{note}{a['quote']} − {b['quote']} = {num(exp)}，文中{c['quote']}", planted)

    def average(self, avg, total, cnt, planted=False, note='', scale=1):
        p, a, b = self.F(avg), self.F(total), self.F(cnt)
        exp = a['_v'] / b['_v'] * scale
        lo, hi = self._ratio_iv(a, b, scale)
        ok = lo - p['_h'] <= p['_v'] <= hi + p['_h']
        self.add('average', [avg, total, cnt], self.fmt(exp), num(p['_v']), ok,
                 f"{note}{a['quote']} ÷ {b['quote']} = {self.fmt(exp, 2)}，文中{p['quote']}", planted)

    def part_of(self, part, whole, note=''):
        a, b = self.F(part), self.F(whole)
        ok = a['_v'] <= b['_v'] + b['_h']
        self.add('part_of', [part, whole], [0, num(b['_v'])], num(a['_v']), ok,
                 f"{note}{a['quote']}是{b['quote']}的一部分，不超过它")

    def enumeration(self, cnt, items, note=''):
        c = self.F(cnt)
        self.add('enumeration', [cnt], len(items), num(c['_v']), len(items) == c['_v'],
                 f"{note}列出{'、'.join(items)}，共{len(items)}个，文中{c['quote']}")

    def bound(self, claim, names, lo, hi, note=''):
        vs = [self.F(n)['_v'] for n in names]
        ok = all((lo is None or v >= lo) and (hi is None or v <= hi) for v in vs)
        obs = num(vs[0]) if len(vs) == 1 else [num(v) for v in vs]
        self.add('bound', [claim] + names, [None if lo is None else num(lo), None if hi is None else num(hi)], obs, ok, note)

    def range(self, claim, names, note=''):
        c = self.F(claim); vs = [self.F(n)['_v'] for n in names]
        lo, hi = c['_v'], D(c['value_max'])
        ok = min(vs) == lo and max(vs) == hi
        self.add('range', [claim] + names, [num(lo), num(hi)], [num(min(vs)), num(max(vs))], ok,
                 f"{note}所列最小{num(min(vs))}、最大{num(max(vs))}，文中{c['quote']}")

    def headline(self, a, b, note=''):
        x, y = self.F(a), self.F(b)
        self.add('headline', [a, b], num(y['_v']), num(x['_v']), abs(x['_v'] - y['_v']) <= x['_h'] + y['_h'], note)

    def unverifiable(self, check, names, expected, observed, expl):
        self.add(check, names, expected, observed, True, expl, verdict='unverifiable')

    def write(self, outdir='/work/blind22/'):
        text = self.finish()
        open(outdir + self.doc + '.txt', 'w').write(text)
        rows = []
        for f in self.facts:
            rows.append({k: v for k, v in f.items() if not k.startswith('_')})
        open(outdir + self.doc + '.facts.jsonl', 'w').write(''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in rows))
        arows = []
        for a in self.audit:
            facts = [{"quote": self.ids[n]['quote'], "occurrence": self.ids[n]['occurrence']} for n in a['_names']]
            arows.append({"doc": a['doc'], "check": a['check'], "verdict": a['verdict'], "facts": facts,
                          "expected": a['expected'], "observed": a['observed'], "explanation": a['explanation']})
        open(outdir + self.doc + '.audit.jsonl', 'w').write(''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in arows))
        from collections import Counter
        nchar = len(re.sub(r'\s', '', text))
        print(self.doc, 'chars(no ws)', nchar, 'facts', len(rows), dict(Counter(r['type'] for r in rows)),
              'findings', len(arows), dict(Counter(a['verdict'] for a in arows)))
