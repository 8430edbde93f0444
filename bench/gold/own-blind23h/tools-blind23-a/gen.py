"""Build a page and its facts from inline markers (blind23-a; adapted from blind22-g's gen.py).
Marker: [[t quote;metric_hint;id;k=v,...]]  t: m money, c count, p percent.
extra keys: pl (place, 'null' -> None), pe (period), q (qualifier), v (value override), vm (value_max), u (unit)."""
import re, json
from decimal import Decimal as D
MARK = re.compile(r'\[\[(m|c|p) ([^;\]]+);([^;\]]*);([^;\]]*)(?:;([^\]]*))?\]\]')
TYPES = {'m': 'money', 'c': 'count', 'p': 'percent'}
FW = str.maketrans('0123456789.%', '０１２３４５６７８９．％')
HW = str.maketrans('０１２３４５６７８９．％', '0123456789.%')
DIG = {'零':0,'〇':0,'一':1,'二':2,'两':2,'三':3,'四':4,'五':5,'六':6,'七':7,'八':8,'九':9}
SMALL = {'十':10,'百':100,'千':1000}

def cn_int(s):
    """Chinese numeral integer with 万/亿."""
    total, sec, num = 0, 0, 0
    for ch in s:
        if ch in DIG: num = DIG[ch]
        elif ch in SMALL:
            sec += (num or 1) * SMALL[ch]; num = 0
        elif ch == '万':
            total += (sec + num) * 10000; sec = num = 0
        elif ch == '亿':
            total = (total + sec + num) * 100000000; sec = num = 0
        else: raise ValueError(s)
    return total + sec + num

def cn_num(s):
    if '点' in s:
        a, b = s.split('点')
        return D(cn_int(a)) + D('0.' + ''.join(str(DIG[c]) for c in b))
    return D(cn_int(s))

def num_of(tok):
    """tok: arabic (maybe with 万/亿 suffix) or chinese numeral; returns Decimal and decimals count."""
    m = re.fullmatch(r'([\d.]+)([万亿]*)', tok)
    if m:
        v = D(m.group(1)); dec = len(m.group(1).split('.')[1]) if '.' in m.group(1) else 0
        for ch in m.group(2): v *= {'万': 10000, '亿': 100000000}[ch]
        return v, dec
    # chinese: trailing 万/亿 multipliers beyond integer semantics handled by cn_int; 点 decimals
    if '点' in tok:
        # e.g. 三十二点五亿 : split trailing multiplier
        mm = re.fullmatch(r'(.+?点[零〇一二三四五六七八九]+)([万亿]*)', tok)
        v = cn_num(mm.group(1)); dec = len(mm.group(1).split('点')[1])
        for ch in mm.group(2): v *= {'万': 10000, '亿': 100000000}[ch]
        return v, dec
    return D(cn_int(tok)), 0

NUMCH = '0-9.零〇一二两三四五六七八九十百千万亿点'
def parse_value(quote):
    q = quote.translate(HW)
    if q.startswith('百分之'):
        v, dec = num_of(q[3:]); return v, '%', dec
    m = re.fullmatch(r'([%s]+)(多|余)?([万亿]*)(.*)' % NUMCH, q)
    body, more, mult, unit = m.groups()
    tok = body + mult
    v, dec = num_of(tok)
    if unit.startswith('%'): unit = '%'
    return v, unit, dec

def jnum(v):
    v = D(v)
    return int(v) if v == v.to_integral_value() else float(v)

PUNCT = str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！', ' ': '　'})
def quotes(src):
    out, k = [], 0
    for ch in src:
        if ch == '"': out.append('“' if k % 2 == 0 else '”'); k += 1
        else: out.append(ch)
    return ''.join(out)

def build(doc, src, place, period, fullwidth=False):
    # fullwidth=True: digits, '.', '%' and , : ; ( ) " full-width; fullwidth='digits': digits only (web text)
    if fullwidth is True: src = quotes(src)
    convq = (lambda s: s.translate(FW)) if fullwidth else (lambda s: s)
    if fullwidth is True: conv = lambda s: s.translate(FW).translate(PUNCT)
    elif fullwidth == 'digits': conv = lambda s: s.translate(FW)
    else: conv = lambda s: s
    facts, ids, pos, text = [], {}, 0, ''
    for mm in MARK.finditer(src):
        text += conv(src[pos:mm.start()])
        t, quote, hint, fid, extra = mm.groups()
        quote = convq(quote); hint = conv(hint)
        ex = dict(kv.split('=', 1) for kv in (extra or '').split(',') if kv)
        before = re.sub(r'\s', '', text)
        occ = before.count(quote) + 1
        fpos = len(before)
        text += quote; pos = mm.end()
        if 'v' in ex:
            v, unit, dec = D(ex['v']), ex.get('u'), int(ex.get('dec', 0))
        else:
            v, unit, dec = parse_value(quote)
        if 'u' in ex: unit = ex['u']
        if unit and unit.endswith('元') and unit != '元' and unit not in ('美元', '港元', '日元'):
            pass
        if unit == '万元' or unit == '亿元': raise ValueError(quote)
        f = {"doc": doc, "type": TYPES[t], "quote": quote, "occurrence": occ, "value": jnum(v), "unit": unit,
             "qualifier": ex.get('q', 'over' if ('多' in quote or '余' in quote) else 'exact'), "value_max": jnum(D(ex['vm'])) if 'vm' in ex else None,
             "metric_hint": hint.strip(), "place": ex.get('pl', place), "period": ex.get('pe', period)}
        if f['place'] == 'null': f['place'] = None
        if f['period'] == 'null': f['period'] = None
        if f['place']: f['place'] = conv(f['place'])
        f['_dec'] = dec; f['_v'] = v; f['_pos'] = fpos
        facts.append(f)
        if fid.strip():
            assert fid.strip() not in ids, fid
            ids[fid.strip()] = f
    text += conv(src[pos:])
    flat = re.sub(r'\s', '', text)
    for f in facts:
        assert f['occurrence'] <= flat.count(f['quote']), f
        i = -1
        for _ in range(f['occurrence']): i = flat.index(f['quote'], i + 1)
        assert i == f['_pos'], ('occurrence does not land on the marked position', f)
        assert f['metric_hint'] in flat, ('hint', f)
        if f['place']: assert f['place'] in flat, ('place', f)
    return text, facts, ids

class Audit:
    def __init__(self, doc, ids):
        self.doc, self.I, self.A = doc, ids, []
    def V(self, n): return self.I[n]['_v']
    def tol(self, n, scale=D(1)):
        f = self.I[n]; return D('0.5') * D(10) ** (-f['_dec']) * scale + D('1e-9')
    def add(self, check, names, expected, observed, verdict, expl):
        self.A.append({"doc": self.doc, "check": check, "verdict": verdict,
                       "facts": [{"quote": self.I[n]['quote'], "occurrence": self.I[n]['occurrence']} for n in names],
                       "expected": expected, "observed": observed, "explanation": expl})
    # total equals parts
    def sum(self, tot, parts, expl, scale=None):
        s = sum(self.V(p) for p in parts); o = self.V(tot)
        t = self.tol(tot, scale) if scale else D('1e-6')
        v = 'consistent' if abs(s - o) <= t else 'inconsistent'
        self.add('sum', [tot] + parts, jnum(s), jnum(o), v, expl.format(e=jnum(s), o=jnum(o)))
    def rate(self, r, num, den, expl, factor=100, check='rate'):
        e = self.V(num) / self.V(den) * factor; o = self.V(r)
        v = 'consistent' if abs(e - o) <= self.tol(r) else 'inconsistent'
        e4 = round(e, 4)
        self.add(check, [r, num, den], jnum(e4), jnum(o), v, expl.format(e=jnum(e4), o=jnum(o)))
    def growth(self, g, new, old, expl, drop=False):
        e = (self.V(new) / self.V(old) - 1) * 100
        if drop: e = -e
        o = self.V(g); v = 'consistent' if abs(e - o) <= self.tol(g) else 'inconsistent'
        e4 = round(e, 4)
        self.add('growth', [g, new, old], jnum(e4), jnum(o), v, expl.format(e=jnum(e4), o=jnum(o)))
    def diff(self, d, new, old, expl, scale=None, drop=False):
        e = self.V(new) - self.V(old)
        if drop: e = -e
        o = self.V(d); t = self.tol(d, scale) if scale else D('1e-6')
        v = 'consistent' if abs(e - o) <= t else 'inconsistent'
        self.add('growth', [d, new, old], jnum(e), jnum(o), v, expl.format(e=jnum(e), o=jnum(o)))
    def average(self, a, tot, n, expl, scale=D(1), unit_scale=None):
        e = self.V(tot) / self.V(n); o = self.V(a)
        v = 'consistent' if abs(e - o) <= self.tol(a, scale) else 'inconsistent'
        e4 = round(e, 4)
        self.add('average', [a, tot, n], jnum(e4), jnum(o), v, expl.format(e=jnum(e4), o=jnum(o)))
    def part_of(self, whole, part, expl):
        v = 'consistent' if self.V(part) <= self.V(whole) else 'inconsistent'
        self.add('part_of', [whole, part], [0, jnum(self.V(whole))], jnum(self.V(part)), v, expl)
    def unver(self, check, names, expl):
        self.add(check, names, None, jnum(self.V(names[0])), 'unverifiable', expl)

def write(outdir, doc, text, facts, audit):
    open(f'{outdir}/{doc}.txt', 'w').write(text)
    with open(f'{outdir}/{doc}.facts.jsonl', 'w') as fh:
        for f in facts:
            g = {k: v for k, v in f.items() if not k.startswith('_')}
            fh.write(json.dumps(g, ensure_ascii=False) + '\n')
    with open(f'{outdir}/{doc}.audit.jsonl', 'w') as fh:
        for a in audit.A: fh.write(json.dumps(a, ensure_ascii=False) + '\n')
    import collections
    print(doc, len(text), 'chars', len(re.sub(r'\s', '', text)), 'flat;', len(facts), 'facts', collections.Counter(f['type'] for f in facts),
          len(audit.A), 'findings', collections.Counter(a['verdict'] for a in audit.A))
    for a in audit.A:
        if a['verdict'] == 'inconsistent': print('  INCONSISTENT:', a['check'], a['expected'], a['observed'], a['explanation'])
