# generator (adapted from own-blind18b/tools/gen.py and blind21-c): inline markers [[t quote;hint;id;k=v,...]]
import re, json, collections
from decimal import Decimal, ROUND_HALF_UP
MARK = re.compile(r'\[\[(m|c|p) ([^;\]]+);([^;\]]*)(?:;([^;\]]*))?(?:;([^\]]*))?\]\]')
TYPES = {'m': 'money', 'c': 'count', 'p': 'percent'}
CN = {'万': 10**4, '亿': 10**8}
OUT = '/work/blind22/'

def parse_value(quote):
    zh = {'一':1,'两':2,'二':2,'三':3,'四':4,'五':5,'六':6,'七':7,'八':8,'九':9,'十':10}
    if quote[0] in zh: return zh[quote[0]], quote[1:]
    m = re.match(r'([\d.]+)(多|余)?([万亿]?)(.*)', quote)
    num = Decimal(m.group(1)); mult = CN.get(m.group(3), 1); unit = m.group(4)
    if unit.startswith('%'): return float(num), '%'
    if unit == '个百分点': return float(num), unit
    v = num * mult
    return (int(v) if v == int(v) else float(v)), unit

def R(x, nd=1):
    q = Decimal(1).scaleb(-nd)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))

def build(doc, src, place, period):
    facts, ids, pos, text = [], {}, 0, ''
    for mm in MARK.finditer(src):
        text += src[pos:mm.start()]
        t, quote, hint, fid, extra = mm.groups()
        if fid and '=' in fid and extra is None: fid, extra = None, fid
        ex = dict(kv.split('=', 1) for kv in (extra or '').split(',') if kv)
        occ = re.sub(r'\s', '', text).count(quote) + 1
        text += quote; pos = mm.end()
        v, unit = parse_value(quote)
        if 'u' in ex: unit = ex['u']
        f = {"doc": doc, "type": TYPES[t], "quote": quote, "occurrence": occ, "value": v, "unit": unit,
             "qualifier": ex.get('q', 'exact'), "value_max": None, "metric_hint": hint.strip(),
             "place": ex.get('pl', place), "period": ex.get('pe', period)}
        if f['place'] == 'null': f['place'] = None
        if f['period'] == 'null': f['period'] = None
        facts.append(f)
        if fid and fid.strip():
            assert fid.strip() not in ids, fid
            ids[fid.strip()] = f
    text += src[pos:]
    assert '[[' not in text and ']]' not in text, 'unparsed marker'
    flat = re.sub(r'\s', '', text)
    for f in facts:
        assert f['occurrence'] <= flat.count(f['quote']), f
        assert f['metric_hint'] in flat, ('hint', f)
        assert f['place'] is None or f['place'] in flat, ('place', f)
    return text, facts, ids

class Audit:
    def __init__(self, doc, ids): self.doc, self.ids, self.A = doc, ids, []
    def V(self, n): return self.ids[n]['value']
    def add(self, check, verdict, names, expected, observed, expl):
        self.A.append({"doc": self.doc, "check": check, "verdict": verdict,
                       "facts": [{"quote": self.ids[n]['quote'], "occurrence": self.ids[n]['occurrence']} for n in names],
                       "expected": expected, "observed": observed, "explanation": expl})
    def sum(self, tot, parts, expl, tol=0):
        s = sum(Decimal(str(self.V(p))) for p in parts); s = int(s) if s == int(s) else float(s)
        ok = abs(s - self.V(tot)) <= tol
        self.add('sum', 'consistent' if ok else 'inconsistent', [tot] + parts, s, self.V(tot), expl + f"（各项合计 {s}，文中 {self.V(tot)}）")
    def rate(self, pct, part, whole, expl, nd=1, scale=100, check='rate'):
        x = self.V(part) / self.V(whole) * scale
        ok = R(x, nd) == self.V(pct)
        self.add(check, 'consistent' if ok else 'inconsistent', [pct, part, whole], round(x, 4), self.V(pct), expl + f"（{self.V(part)} ÷ {self.V(whole)} × 100 = {round(x,4)}）")
    def qrate(self, pct, num, den, expl, nd=1, names=None):
        # rate of quantities not facts: numbers given, only the percent fact cited
        x = num / den * 100
        ok = R(x, nd) == self.V(pct)
        self.add('rate', 'consistent' if ok else 'inconsistent', names or [pct], round(x, 4), self.V(pct), expl + f"（{num} ÷ {den} × 100 = {round(x,4)}）")
    def growth(self, pct, new, old, expl, nd=1, down=False):
        x = (self.V(new) / self.V(old) - 1) * 100
        st = -self.V(pct) if down else self.V(pct)
        ok = R(x, nd) == st
        self.add('growth', 'consistent' if ok else 'inconsistent', [pct, new, old], round(x, 4), st, expl + f"（{self.V(new)} ÷ {self.V(old)} − 1 = {round(x,4)}%）")
    def diff(self, d, new, old, expl, down=False):
        x = Decimal(str(self.V(new))) - Decimal(str(self.V(old))); x = int(x) if x == int(x) else float(x)
        st = -self.V(d) if down else self.V(d)
        self.add('growth', 'consistent' if x == st else 'inconsistent', [d, new, old], x, st, expl + f"（{self.V(new)} − {self.V(old)} = {x}）")
    def average(self, avg, tot, n, expl, nd=0, div=1, unitdiv=1):
        x = self.V(tot) / self.V(n) / div
        ok = R(x / unitdiv, nd) * unitdiv == self.V(avg)
        self.add('average', 'consistent' if ok else 'inconsistent', [avg, tot, n], round(x, 4), self.V(avg), expl + f"（{self.V(tot)} ÷ {self.V(n)}{' ÷ '+str(div) if div!=1 else ''} = {round(x,4)}）")
    def part(self, whole, p, expl):
        ok = self.V(p) <= self.V(whole)
        self.add('part_of', 'consistent' if ok else 'inconsistent', [p, whole], [0, self.V(whole)], self.V(p), expl)
    def enum(self, n, items, expl):
        self.add('enumeration', 'consistent' if self.V(n) == len(items) else 'inconsistent', [n], len(items), self.V(n), expl + '：' + '、'.join(items) + f'，共 {len(items)} 个。')

def wrap(text, w=34):
    out = []
    for line in text.split('\n'):
        if len(line) <= w: out.append(line); continue
        parts = [line[i:i+w] for i in range(0, len(line), w)]
        for k in range(1, len(parts)):   # no line opens with punctuation, as in typeset PDF
            while parts[k] and parts[k][0] in '，。；、：）”％%':
                parts[k-1] += parts[k][0]; parts[k] = parts[k][1:]
        out += [p for p in parts if p]
    return '\n'.join(out)

def paginate(text, heads, every=24):
    """insert page marks `— n —` and a running head after every `every` lines"""
    lines = text.split('\n'); out = []; page = 1
    for i, l in enumerate(lines):
        out.append(l)
        if (i + 1) % every == 0 and i + 1 < len(lines):
            out += ['', f'— {page} —', '']
            page += 1
            if heads: out.append(heads(page))
    out += ['', f'— {page} —']
    return '\n'.join(out)

def write(doc, text, facts, A, final=None):
    if final is not None:   # layout added after build: occurrences must not change, no quote split
        f0, f1 = re.sub(r'\s', '', text), re.sub(r'\s', '', final)
        for f in facts:
            assert f0.count(f['quote']) == f1.count(f['quote']), ('layout changed count', f['quote'])
        # same order of fact positions
        def pos(fl, f):
            i = -1
            for _ in range(f['occurrence']): i = fl.index(f['quote'], i + 1)
            return i
        p0 = [pos(f0, f) for f in facts]; p1 = [pos(f1, f) for f in facts]
        assert sorted(range(len(facts)), key=lambda k: p0[k]) == sorted(range(len(facts)), key=lambda k: p1[k])
        text = final
    open(OUT+doc+'.txt','w').write(text)
    open(OUT+doc+'.facts.jsonl','w').write(''.join(json.dumps(f, ensure_ascii=False)+'\n' for f in facts))
    open(OUT+doc+'.audit.jsonl','w').write(''.join(json.dumps(a, ensure_ascii=False)+'\n' for a in A))
    keys = {(f['quote'], f['occurrence']) for f in facts}
    for a in A:
        for r in a['facts']: assert (r['quote'], r['occurrence']) in keys, r
    print(doc, len(re.sub(r'\s','',text)), 'chars (no ws);', len(text), 'chars;', len(facts), 'facts', dict(collections.Counter(f['type'] for f in facts)), len(A), 'findings', dict(collections.Counter(a['verdict'] for a in A)))
    for a in A:
        if a['verdict'] != 'consistent': print('  ', a['check'], a['verdict'], a['expected'], a['observed'], a['explanation'][:60])
