import re, json
from decimal import Decimal as D, ROUND_HALF_UP
MARK = re.compile(r'\[\[(m|c|p) ([^;\]]+);([^;\]]*);([^;\]]*)(?:;([^\]]*))?\]\]')
TYPES = {'m': 'money', 'c': 'count', 'p': 'percent'}
FW = str.maketrans('0123456789%', '０１２３４５６７８９％')
def fwconv(s):
    s = re.sub(r'(?<=\d)\.(?=\d)', '．', s)
    return s.translate(FW)
def parse_value(q):
    q = q.replace('．', '.').translate(str.maketrans('０１２３４５６７８９％', '0123456789%'))
    m = re.match(r'([\d.]+)(多|余)?([万亿]*)(.*)', q)
    num = D(m.group(1)); mult = D(1)
    for ch in m.group(3): mult *= {'万': D(10000), '亿': D(100000000)}[ch]
    unit = m.group(4)
    if unit.startswith('%'): return num, '%'
    if unit.startswith('个百分点'): return num, '个百分点'
    return num * mult, unit
def num(v):
    v = D(v)
    return int(v) if v == v.to_integral_value() else float(v)
def build(doc, src, place, period, fw=False):
    text, facts, ids, pos = '', [], {}, 0
    conv = fwconv if fw else (lambda s: s)
    for mm in MARK.finditer(src):
        text += conv(src[pos:mm.start()])
        t, quote, hint, fid, extra = mm.groups()
        quote = conv(quote)
        ex = dict(kv.split('=') for kv in (extra or '').split(',') if kv)
        occ = re.sub(r'\s', '', text + quote).count(quote)
        text += quote; pos = mm.end()
        v, unit = parse_value(quote)
        f = {"doc": doc, "type": TYPES[t], "quote": quote, "occurrence": occ, "value": num(v), "unit": unit,
             "qualifier": ex.get('q', 'exact'), "value_max": None, "metric_hint": conv(hint.strip()),
             "place": ex.get('pl', place), "period": ex.get('pe', period)}
        if 'vmax' in ex: f['value_max'] = num(parse_value(conv(ex['vmax']))[0])
        if f['place'] == 'null': f['place'] = None
        if f['period'] == 'null': f['period'] = None
        f['_v'] = v
        facts.append(f)
        if fid.strip(): ids[fid.strip()] = f
    text += conv(src[pos:])
    flat = re.sub(r'\s', '', text)
    for f in facts:
        assert f['occurrence'] <= flat.count(f['quote']), f
        assert f['metric_hint'] in flat, ('hint', f)
        assert f['place'] is None or f['place'] in flat, ('place', f)
    return text, facts, ids

class Audit:
    def __init__(self, doc, ids): self.doc, self.ids, self.rows = doc, ids, []
    def ref(self, names): return [{"quote": self.ids[n]['quote'], "occurrence": self.ids[n]['occurrence']} for n in names]
    def add(self, check, names, expected, observed, tol, expl, verdict=None):
        if verdict is None:
            verdict = 'consistent' if abs(D(expected) - D(observed)) <= D(tol) else 'inconsistent'
        self.rows.append({"doc": self.doc, "check": check, "verdict": verdict, "facts": self.ref(names),
                          "expected": num(expected), "observed": num(observed), "explanation": expl})
        return verdict
    def v(self, n): return self.ids[n]['_v']
    def sum(self, total, parts, tol, expl=''):
        e = sum(self.v(p) for p in parts); o = self.v(total)
        vd = self.add('sum', [total] + parts, e, o, tol, '')
        self.rows[-1]['explanation'] = (expl or '各部分之和 %s，合计 %s' % (e, o)) + ('' if vd == 'consistent' else '：植入的不一致。')
    def pct(self, check, a, b, p, mode, expl, dec=1):
        va, vb = self.v(a), self.v(b)
        if mode == 'share': e = va / vb * 100
        elif mode == 'growth': e = (va / vb - 1) * 100
        elif mode == 'drop': e = (1 - va / vb) * 100
        e = e.quantize(D(1).scaleb(-dec - 1), ROUND_HALF_UP)
        o = self.v(p); tol = D(5).scaleb(-dec - 1) + D('0.0001')
        vd = self.add(check, [p, a, b], e, o, tol, '')
        self.rows[-1]['explanation'] = expl + ' = %s%%，所报 %s%%' % (e, o) + ('' if vd == 'consistent' else '：植入的不一致。')
    def diff(self, check, a, b, d, tol, expl):
        e = self.v(a) - self.v(b); o = self.v(d)
        vd = self.add(check, [d, a, b], e, o, tol, expl + ' = %s' % e)
def write(doc, text, facts, audit, outdir='/work/blind20'):
    open(f'{outdir}/{doc}.txt', 'w').write(text)
    with open(f'{outdir}/{doc}.facts.jsonl', 'w') as fh:
        for f in facts:
            g = {k: v for k, v in f.items() if k != '_v'}; fh.write(json.dumps(g, ensure_ascii=False) + '\n')
    with open(f'{outdir}/{doc}.audit.jsonl', 'w') as fh:
        for r in audit.rows: fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    flat = re.sub(r'\s', '', text)
    print(doc, len(flat), 'chars', len(facts), 'facts', len(audit.rows), 'audit',
          sum(r['verdict'] == 'inconsistent' for r in audit.rows), 'inconsistent')
