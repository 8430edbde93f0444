"""Build a page and its facts from inline markers; blind23-c.
Marker: [[t quote;metric_hint;id;k=v,...]]  t: m money, c count, p percent.
extras: q= qualifier, pl= place (null for None), pe= period (null), v= value, vm= value_max, u= unit.
Occurrence = raw substring hits of quote in the whitespace-free final page, up to and including
the fact's own position (computed from positions, so hits inside longer numbers count)."""
import re, json
from decimal import Decimal as D
MARK = re.compile(r'\[\[(m|c|p) ([^;\]]+);([^;\]]*);([^;\]]*)(?:;([^\]]*))?\]\]')
TYPES = {'m': 'money', 'c': 'count', 'p': 'percent'}
CNDIG = {'零':0,'〇':0,'一':1,'二':2,'两':2,'三':3,'四':4,'五':5,'六':6,'七':7,'八':8,'九':9}
CNU = {'十':10,'百':100,'千':1000}
CNNUM = '零〇一二两三四五六七八九十百千万亿'

def cn_int(s):
    total, wan, sec, num = 0, 0, 0, 0
    for ch in s:
        if ch in CNDIG: num = CNDIG[ch]
        elif ch in CNU: sec += (num or 1) * CNU[ch]; num = 0
        elif ch == '万': wan = (sec + num) * 10000; sec = num = 0
        elif ch == '亿': total = (total + wan + sec + num) * 100000000; wan = sec = num = 0
    return total + wan + sec + num

def num_out(x):
    x = D(str(x)).normalize() if not isinstance(x, D) else x.normalize()
    return int(x) if x == x.to_integral_value() else float(x)

def parse_value(quote):
    q = quote
    pct = q.startswith('百分之')
    if pct: q = q[3:]
    m = re.match(r'([\d.]+)(多|余)?(万亿|万|亿)?(.*)$', q)
    if m:
        num = D(m.group(1)); mult = {'万':D(10**4),'亿':D(10**8),'万亿':D(10**12),None:D(1)}[m.group(3)]
        unit = m.group(4)
    else:
        m = re.match(r'([%s]+?)(?:点([零〇一二三四五六七八九]+))?(多|余)?(万亿|万|亿)?([^%s点].*|)$' % (CNNUM, CNNUM), q)
        ip, fp, _, big, unit = m.groups()
        if fp:
            num = D(cn_int(ip)) + D('0.' + ''.join(str(CNDIG[c]) for c in fp))
        else:
            num = D(cn_int(ip + (big or ''))); big = None
        mult = {'万':D(10**4),'亿':D(10**8),'万亿':D(10**12),None:D(1)}[big]
    if pct: return num_out(num), '%'
    if unit.startswith('%'): return num_out(num), '%'
    return num_out(num * mult), unit

def build(doc, src, place, period):
    """returns text, facts, ids. Markers stripped; positions kept in the clean text."""
    text, marks, pos = '', [], 0
    for mm in MARK.finditer(src):
        text += src[pos:mm.start()]
        t, quote, hint, fid, extra = mm.groups()
        marks.append((len(text), t, quote, hint, fid, extra))
        text += quote
        pos = mm.end()
    text += src[pos:]
    assert '[[' not in text and ']]' not in text, text[text.find('[['):][:80]
    flat = re.sub(r'\s', '', text)
    # map clean index -> flat index
    fidx, k = [], 0
    for ch in text:
        fidx.append(k)
        if not ch.isspace(): k += 1
    facts, ids = [], {}
    for start, t, quote, hint, fid, extra in marks:
        if '=' in fid and not extra: fid, extra = '', fid
        ex = dict(kv.split('=', 1) for kv in (extra or '').split(',') if kv)
        fp = fidx[start]
        assert flat[fp:fp+len(quote)] == quote, quote
        occ, i = 0, -1
        while True:
            i = flat.find(quote, i + 1)
            if i < 0 or i > fp: break
            occ += 1
        v, unit = parse_value(quote)
        if 'v' in ex: v = num_out(D(ex['v']))
        if 'u' in ex: unit = ex['u']
        vm = num_out(D(ex['vm'])) if 'vm' in ex else None
        pl = ex.get('pl', place); pe = ex.get('pe', period)
        f = {"doc": doc, "type": TYPES[t], "quote": quote, "occurrence": occ, "value": v, "unit": unit,
             "qualifier": ex.get('q', 'exact'), "value_max": vm, "metric_hint": hint.strip(),
             "place": None if pl == 'null' else pl, "period": None if pe == 'null' else pe}
        assert f['metric_hint'] in flat, ('hint', f)
        assert f['place'] is None or f['place'] == '中国' or f['place'] in flat, ('place', f)
        facts.append(f)
        if fid.strip():
            assert fid.strip() not in ids, fid
            ids[fid.strip()] = f
    return text, facts, ids

class Audit:
    def __init__(self, doc, ids):
        self.doc, self.I, self.A = doc, ids, []
    def V(self, n): return D(str(self.I[n]['value']))
    def add(self, check, verdict, names, expected, observed, expl):
        self.A.append({"doc": self.doc, "check": check, "verdict": verdict,
                       "facts": [{"quote": self.I[n]['quote'], "occurrence": self.I[n]['occurrence']} for n in names],
                       "expected": expected, "observed": observed, "explanation": expl})
    @staticmethod
    def tol(f):
        q = f['quote']
        m = re.search(r'[\d.]+', q)
        if m and '.' in m.group(0): dec = len(m.group(0).split('.')[1])
        elif '点' in q: dec = len(q.split('点')[1].rstrip('%个百分点万亿元美人'))
        else: dec = 0
        return D(5) / D(10) ** (dec + 1)
    def judge(self, exp, name, scale=D(1)):
        f = self.I[name]
        return 'consistent' if abs(exp - self.V(name)) <= self.tol(f) * scale + D('1e-9') else 'inconsistent'
    def r(self, x, n=4): return num_out(round(D(x), n))
    def sum(self, total, parts, expl, scale=None):
        s = sum(self.V(p) for p in parts)
        # tolerance: rounding of the total in its own unit
        f = self.I[total]; sc = self.V(total) / D(re.match(r'[\d.]+', f['quote']).group(0)) if re.match(r'[\d.]', f['quote']) else D(1)
        if scale is not None: sc = scale
        v = self.judge(s, total, sc)
        self.add('sum', v, [total] + parts, num_out(s), num_out(self.V(total)), expl.format(s=num_out(s)))
        return v
    def rate(self, pct, num, den, expl, check='rate'):
        x = self.V(num) / self.V(den) * 100
        v = self.judge(x, pct)
        self.add(check, v, [pct, num, den], self.r(x), num_out(self.V(pct)), expl.format(x=self.r(x, 2)))
        return v
    def growth(self, pct, new, old, expl):
        x = (self.V(new) / self.V(old) - 1) * 100
        v = self.judge(x, pct)
        self.add('growth', v, [pct, new, old], self.r(x), num_out(self.V(pct)), expl.format(x=self.r(x, 2)))
        return v
    def diff(self, d, new, old, expl, scale=D(1)):
        x = self.V(new) - self.V(old)
        f = self.I[d]; sc = self.V(d) / D(re.match(r'[\d.]+', f['quote']).group(0)) if re.match(r'[\d.]', f['quote']) else scale
        v = self.judge(x, d, sc)
        self.add('growth', v, [d, new, old], num_out(x), num_out(self.V(d)), expl.format(x=num_out(x)))
        return v
    def ppdiff(self, d, new, old, expl):
        x = self.V(new) - self.V(old)
        v = self.judge(x, d)
        self.add('growth', v, [d, new, old], num_out(x), num_out(self.V(d)), expl.format(x=num_out(x)))
        return v
    def compound(self, avg, cum, years, expl):
        x = ((1 + self.V(cum) / 100) ** (D(1) / D(years)) - 1) * 100
        v = self.judge(x, avg)
        self.add('growth', v, [avg, cum], self.r(x), num_out(self.V(avg)), expl.format(x=self.r(x, 2)))
        return v
    def compound_up(self, cum, avg, years, expl):
        x = ((1 + self.V(avg) / 100) ** years - 1) * 100
        v = self.judge(x, cum)
        self.add('growth', v, [cum, avg], self.r(x), num_out(self.V(cum)), expl.format(x=self.r(x, 2)))
        return v
    def average(self, avg, total, n, expl, divisor=None, scale=D(1)):
        x = self.V(total) / (D(divisor) if divisor else self.V(n))
        v = self.judge(x, avg, scale)
        self.add('average', v, [avg, total] + ([n] if n else []), self.r(x), num_out(self.V(avg)), expl.format(x=self.r(x, 2)))
        return v
    def part_of(self, whole, part, expl):
        v = 'consistent' if self.V(part) <= self.V(whole) else 'inconsistent'
        self.add('part_of', v, [whole, part], [0, num_out(self.V(whole))], num_out(self.V(part)), expl)
    def enum(self, n, listed, expl):
        v = 'consistent' if self.V(n) == listed else 'inconsistent'
        self.add('enumeration', v, [n], listed, num_out(self.V(n)), expl)

def write(out, doc, text, facts, A):
    open(out + doc + '.txt', 'w').write(text)
    open(out + doc + '.facts.jsonl', 'w').write(''.join(json.dumps(f, ensure_ascii=False) + '\n' for f in facts))
    open(out + doc + '.audit.jsonl', 'w').write(''.join(json.dumps(a, ensure_ascii=False) + '\n' for a in A))
    import collections
    print(doc, len(text), 'chars', len(re.sub(r'\s', '', text)), 'nonspace;', len(facts), 'facts',
          dict(collections.Counter(f['type'] for f in facts)), len(A), 'audit',
          dict(collections.Counter(a['verdict'] for a in A)))
    for a in A:
        if a['verdict'] != 'consistent': print('  ', a['check'], a['verdict'], a['expected'], a['observed'], a['explanation'])
