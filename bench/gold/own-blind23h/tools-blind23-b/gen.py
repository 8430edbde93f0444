"""Build a page and its facts from inline markers [[t quote;hint;id;k=v,...]] (t = m money, c count, p percent).
k: q=exact|about|over|under|range, pl=place (null for none), pe=period, max=value_max quote part.
Occurrence = index of the fact's own hit among raw (overlapping) hits of quote in the whitespace-free page."""
import re, json, collections
from decimal import Decimal as D
MARK = re.compile(r'\[\[(m|c|p) ([^;\]]+);([^;\]]*);([^;\]]*)(?:;([^\]]*))?\]\]')
TYPES = {'m': 'money', 'c': 'count', 'p': 'percent'}
S0, S1 = '\ue000', '\ue001'
ZH = {'零':0,'一':1,'两':2,'二':2,'三':3,'四':4,'五':5,'六':6,'七':7,'八':8,'九':9}

def zh_num(s):
    # small Chinese numerals (up to 99)
    if s == '十': return 10
    if s.startswith('十'): return 10 + ZH[s[1]]
    if '十' in s:
        a, b = s.split('十'); return ZH[a]*10 + (ZH[b] if b else 0)
    return ZH[s]

def parse_value(quote, t):
    m = re.match(r'([\d.]+)(多|余)?([万亿]?)(.*)$', quote)
    if m:
        num = D(m.group(1)); mult = {'万': D(10000), '亿': D(10**8), '': D(1)}[m.group(3)]; unit = m.group(4)
    else:
        m = re.match(r'([零一两二三四五六七八九十]+)(多|余)?([万亿]?)(.*)$', quote)
        num = D(zh_num(m.group(1))); mult = {'万': D(10000), '亿': D(10**8), '': D(1)}[m.group(3)]; unit = m.group(4)
    if t == 'p':
        if unit.startswith('个百分点'): return num, '个百分点'
        return num, '%'
    v = num * mult
    if t == 'm':
        unit = '美元' if unit.startswith('美元') else '元'
    if unit.startswith('个') and len(unit) > 1 and unit not in ('个百分点',):
        unit = '个'
    return v, unit

def jnum(v):
    v = D(v)
    return int(v) if v == v.to_integral_value() else float(v)

def wrap(text, width, pages_every, head, first_page=1, final=True):
    """PDF-like layout: hard breaks every `width` visible chars; page marks only at line ends after punctuation."""
    out_lines = []
    for para in text.split('\n'):
        if not para.strip():
            out_lines.append(''); continue
        line, n = '', 0
        for ch in para:
            line += ch
            if ch not in (S0, S1): n += 1
            if n >= width:
                out_lines.append(line); line, n = '', 0
        if line: out_lines.append(line)
    res, cnt, page = [], 0, first_page
    for ln in out_lines:
        res.append(ln); cnt += 1
        vis = ln.replace(S0, '').replace(S1, '').rstrip()
        if cnt >= pages_every and vis and vis[-1] in '，。；、：' and S0 not in ln[-3:]:
            # never inside an open marker
            if ln.count(S0) == ln.count(S1) and not _open(res):
                res.append(''); res.append(f'— {page} —'); res.append('')
                if head: res.append(head); res.append('')
                page += 1; cnt = 0
    if final: res += ['', f'— {page} —', '']
    return '\n'.join(res)

def _open(lines):
    s = '\n'.join(lines)
    return s.count(S0) != s.count(S1)

def build(doc, src, place, period, layout=None):
    facts, ids, pos, text = [], {}, 0, ''
    for mm in MARK.finditer(src):
        text += src[pos:mm.start()]
        t, quote, hint, fid, extra = mm.groups()
        if '=' in fid and extra is None: fid, extra = '', fid
        ex = dict(kv.split('=', 1) for kv in (extra or '').split(',') if kv)
        text += S0 + quote + S1
        pos = mm.end()
        v, unit = parse_value(quote, t)
        f = {"doc": doc, "type": TYPES[t], "quote": quote, "occurrence": None, "value": jnum(v), "unit": unit,
             "qualifier": ex.get('q', 'exact'), "value_max": None, "metric_hint": hint.strip(),
             "place": ex.get('pl', place), "period": ex.get('pe', period)}
        if 'max' in ex:
            f['value_max'] = jnum(parse_value(ex['max'], t)[0]); f['qualifier'] = 'range'
        if f['place'] == 'null': f['place'] = None
        if f['period'] == 'null': f['period'] = None
        f['_v'] = v
        facts.append(f)
        if fid.strip():
            assert fid.strip() not in ids, fid
            ids[fid.strip()] = f
    text += src[pos:]
    if layout: text = layout(text)
    flat_s = re.sub(r'\s', '', text)
    # positions of each fact in the clean flat text
    clean, starts, k = [], [], 0
    for ch in flat_s:
        if ch == S0: starts.append(len(clean))
        elif ch == S1: pass
        else: clean.append(ch)
    clean = ''.join(clean)
    assert len(starts) == len(facts)
    for f, st in zip(facts, starts):
        q = f['quote']; assert clean[st:st+len(q)] == q, (q, clean[st:st+len(q)])
        occ, i = 0, -1
        while True:
            i = clean.find(q, i + 1)
            assert i != -1
            occ += 1
            if i == st: break
        f['occurrence'] = occ
        assert f['metric_hint'] in clean, ('hint', f)
        assert f['place'] is None or f['place'] in clean, ('place', f)
    final = text.replace(S0, '').replace(S1, '')
    keys = [(f['quote'], f['occurrence']) for f in facts]
    assert len(keys) == len(set(keys))
    return final, facts, ids

class Audit:
    def __init__(self, doc, ids):
        self.doc, self.I, self.A = doc, ids, []
    def V(self, n): return self.I[n]['_v']
    def tol(self, n, extra=D(0)):
        q = self.I[n]['quote']; m = re.match(r'[\d]+(?:\.(\d+))?', q)
        if not m: return D('0.5') + extra
        dec = len(m.group(1) or '')
        mult = D(10000) if '万' in q[:len(m.group(0))+2] and self.I[n]['type'] != 'percent' else D(1)
        if self.I[n]['type'] != 'percent':
            mm = re.match(r'[\d.]+(多|余)?([万亿]?)', q); mult = {'万': D(10000), '亿': D(10**8), '': D(1)}[mm.group(2)]
        return D(5) / D(10) ** (dec + 1) * mult + extra
    def add(self, check, names, expected, observed, expl, verdict=None, claim=None, extra_tol=D(0)):
        if verdict is None:
            c = claim or names[0]
            verdict = 'consistent' if abs(D(expected) - D(observed)) <= self.tol(c, extra_tol) + D('1e-9') else 'inconsistent'
        e = expected
        if isinstance(e, D): e = jnum(e.quantize(D('0.0001')) if e != e.to_integral_value() else e)
        o = observed
        if isinstance(o, D): o = jnum(o)
        if isinstance(e, list): e = [jnum(x) if isinstance(x, D) else x for x in e]
        if isinstance(o, list): o = [jnum(x) if isinstance(x, D) else x for x in o]
        self.A.append({"doc": self.doc, "check": check, "verdict": verdict,
                       "facts": [{"quote": self.I[n]['quote'], "occurrence": self.I[n]['occurrence']} for n in names],
                       "expected": e, "observed": o, "explanation": expl.replace('{E}', fmt(expected)).replace('{O}', fmt(observed))})
        return verdict
    # helpers
    def sum(self, total, parts, expl, extra_tol=D(0)):
        s = sum(self.V(p) for p in parts)
        return self.add('sum', [total] + parts, s, self.V(total), expl, extra_tol=extra_tol)
    def rate(self, r, num, den, expl, check='rate'):
        x = self.V(num) / self.V(den) * 100
        return self.add(check, [r, num, den], x, self.V(r), expl)
    def growth(self, r, new, old, expl):
        x = (self.V(new) / self.V(old) - 1) * 100
        return self.add('growth', [r, new, old], x, self.V(r), expl)
    def diff(self, d, new, old, expl):
        x = abs(self.V(new) - self.V(old))
        return self.add('growth', [d, new, old], x, self.V(d), expl)
    def pp(self, d, new, old, expl):
        x = abs(self.V(new) - self.V(old))
        return self.add('growth', [d, new, old], x, self.V(d), expl)
    def avg(self, a, total, n, expl, scale=1, extra_tol=D(0)):
        x = self.V(total) / self.V(n) * scale
        return self.add('average', [a, total, n], x, self.V(a), expl, extra_tol=extra_tol)
    def part_of(self, whole, part, expl):
        v = 'consistent' if self.V(part) <= self.V(whole) else 'inconsistent'
        self.A.append({"doc": self.doc, "check": "part_of", "verdict": v,
                       "facts": [{"quote": self.I[n]['quote'], "occurrence": self.I[n]['occurrence']} for n in (whole, part)],
                       "expected": [0, jnum(self.V(whole))], "observed": jnum(self.V(part)), "explanation": expl})
    def enum(self, n, listed, expl):
        v = 'consistent' if jnum(self.V(n)) == listed else 'inconsistent'
        self.add('enumeration', [n], D(listed), self.V(n), expl, verdict=v)
    def unver(self, check, names, expl):
        self.A.append({"doc": self.doc, "check": check, "verdict": "unverifiable",
                       "facts": [{"quote": self.I[n]['quote'], "occurrence": self.I[n]['occurrence']} for n in names],
                       "expected": None, "observed": jnum(self.V(names[0])), "explanation": expl})

def fmt(x):
    if isinstance(x, D):
        x = x.quantize(D('0.01')) if x != x.to_integral_value() else x
        return format(x.normalize(), 'f')
    return str(x)

def write(out, doc, text, facts, A):
    open(out + doc + '.txt', 'w').write(text)
    with open(out + doc + '.facts.jsonl', 'w') as fh:
        for f in facts:
            g = {k: v for k, v in f.items() if not k.startswith('_')}
            fh.write(json.dumps(g, ensure_ascii=False) + '\n')
    with open(out + doc + '.audit.jsonl', 'w') as fh:
        for a in A: fh.write(json.dumps(a, ensure_ascii=False) + '\n')
    nch = len(re.sub(r'\s', '', text))
    print(doc, nch, 'non-space chars;', len(facts), 'facts', dict(collections.Counter(f['type'] for f in facts)),
          len(A), 'findings', dict(collections.Counter(a['verdict'] for a in A)))
    for a in A:
        if a['verdict'] != 'consistent': print('  ', a['check'], a['verdict'], a['expected'], a['observed'], a['explanation'][:60])
