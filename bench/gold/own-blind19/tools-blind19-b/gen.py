import re, json
MARK = re.compile(r'\[\[(m|c|p) ([^;\]]+);([^;\]]*);([^;\]]*)(?:;([^\]]*))?\]\]')
TYPES = {'m': 'money', 'c': 'count', 'p': 'percent'}
CN = {'万': 10**4, '亿': 10**8}
from decimal import Decimal as D
def parse_value(quote):
    m = re.match(r'(-?[\d.]+)(多|余)?([万亿]?)(.*)', quote)
    num = D(m.group(1)); mult = CN.get(m.group(3), 1); unit = m.group(4)
    if unit.startswith('%'): return float(num), '%'
    if unit.startswith('个百分点'): return float(num), '个百分点'
    v = num * mult
    return (int(v) if v == int(v) else float(v)), unit
def build(doc, src, place, period):
    facts, ids, pos = [], {}, 0
    text = ''
    for mm in MARK.finditer(src):
        text += src[pos:mm.start()]
        t, quote, hint, fid, extra = mm.groups()
        ex = dict(kv.split('=') for kv in (extra or '').split(',') if kv)
        flat_before = re.sub(r'\s', '', text)
        text += quote; pos = mm.end()
        v, unit = parse_value(quote)
        vmax = None
        if 'vmax' in ex: vmax = parse_value(ex['vmax'])[0]
        if 'unit' in ex: unit = ex['unit']
        if 'mult' in ex: v = float(D(str(v)) * D(ex['mult'])); v = int(v) if v == int(v) else v
        f = {"doc": doc, "type": TYPES[t], "quote": quote, "occurrence": None, "value": v, "unit": unit,
             "qualifier": ex.get('q', 'exact'), "value_max": vmax, "metric_hint": hint.strip(),
             "place": ex.get('pl', place), "period": ex.get('pe', period), "_start": len(flat_before)}
        if f['place'] == 'null': f['place'] = None
        if f['period'] == 'null': f['period'] = None
        facts.append(f)
        if fid.strip(): ids[fid.strip()] = f
    text += src[pos:]
    flat = re.sub(r'\s', '', text)
    for f in facts:  # occurrence = raw substring hits up to and including this one
        starts = [m.start() for m in re.finditer('(?=' + re.escape(f['quote']) + ')', flat)]
        f['occurrence'] = starts.index(f.pop('_start')) + 1
        assert f['metric_hint'] in flat, ('hint', f)
        assert f['place'] is None or f['place'] in flat, ('place', f)
    return text, facts, ids

class Audit:
    def __init__(s, doc, ids): s.doc, s.ids, s.A = doc, ids, []
    def V(s, n): return s.ids[n]['value']
    def refs(s, names): return [{"quote": s.ids[n]['quote'], "occurrence": s.ids[n]['occurrence']} for n in names]
    def add(s, check, verdict, names, exp, obs, expl):
        s.A.append({"doc": s.doc, "check": check, "verdict": verdict, "facts": s.refs(names),
                    "expected": exp, "observed": obs, "explanation": expl})
    def v(s, ok): return 'consistent' if ok else 'inconsistent'
    def rate(s, sh, part, whole, expl, dec=1, check='rate'):
        x = round(s.V(part) / s.V(whole) * 100, 4)
        s.add(check, s.v(round(x, dec) == s.V(sh)), [sh, part, whole], x, s.V(sh), expl + f" = {x}%。")
    def growth(s, g, new, old, expl, dec=1):
        x = round((s.V(new) / s.V(old) - 1) * 100, 4)
        s.add('growth', s.v(round(x, dec) == s.V(g)), [g, new, old], x, s.V(g), expl + f" = {x}%。")
    def diff(s, d, new, old, expl):
        x = round(s.V(new) - s.V(old), 4); x = int(x) if x == int(x) else x
        s.add('growth', s.v(abs(x - s.V(d)) < 1e-6 * max(1, abs(x))), [d, new, old], x, s.V(d), expl + f" = {x}。")
    def sum(s, tot, parts, expl, check='sum'):
        x = round(sum(s.V(p) for p in parts), 4); x = int(x) if x == int(x) else x
        s.add(check, s.v(abs(x - s.V(tot)) < 1e-6 * abs(x)), [tot] + parts, x, s.V(tot), expl + f" = {x}。")
    def avg(s, a, tot, n, expl, div=1, nd=0, check='average'):
        x = round(s.V(tot) / s.V(n) / div, 4)
        s.add(check, s.v(round(x, nd) == s.V(a)), [a, tot, n], x, s.V(a), expl + f" = {x}。")

def wrap(text, width):
    out = []
    for line in text.split('\n'):
        while len(line) > width:
            out.append(line[:width]); line = line[width:]
        out.append(line)
    return '\n'.join(out)

def write(doc, text, facts, A):
    import collections
    d = '/work/blind19/'
    open(d + doc + '.txt', 'w').write(text)
    open(d + doc + '.facts.jsonl', 'w').write(''.join(json.dumps(f, ensure_ascii=False) + '\n' for f in facts))
    open(d + doc + '.audit.jsonl', 'w').write(''.join(json.dumps(a, ensure_ascii=False) + '\n' for a in A))
    print(len(text), 'chars;', len(facts), collections.Counter(f['type'] for f in facts), len(A), collections.Counter((a['check'], a['verdict']) for a in A))
    for a in A:
        if a['verdict'] == 'inconsistent': print('INCONSISTENT', a['check'], a['expected'], a['observed'], a['explanation'])
