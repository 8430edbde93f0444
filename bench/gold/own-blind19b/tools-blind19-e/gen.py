import re, json
from decimal import Decimal as D
MARK = re.compile(r'\[\[(m|c|p|P|L) ([^;\]]+);?([^;\]]*);?([^;\]]*)(?:;([^\]]*))?\]\]')
TYPES = {'m': 'money', 'c': 'count', 'p': 'percent'}
CN = {'万': D(10**4), '亿': D(10**8)}
def parse_value(quote):
    m = re.match(r'([\d.]+)(多|余)?([万亿]?)(.*)', quote)
    num = D(m.group(1)); unit = m.group(4)
    if unit.startswith('%') or unit == '个百分点': return float(num), unit
    v = num * CN.get(m.group(3), 1)
    return (int(v) if v == int(v) else float(v)), unit
def build(doc, src, place, period):
    facts, ids, pos, text = [], {}, 0, ''
    for mm in MARK.finditer(src):
        text += src[pos:mm.start()]
        t, quote, hint, fid, extra = mm.groups()
        if t == 'P': period = quote; pos = mm.end(); continue
        if t == 'L': place = quote; pos = mm.end(); continue
        ex = dict(kv.split('=') for kv in (extra or '').split(',') if kv)
        occ = re.sub(r'\s', '', text).count(quote) + 1
        text += quote; pos = mm.end()
        v, unit = parse_value(quote)
        f = {"doc": doc, "type": TYPES[t], "quote": quote, "occurrence": occ, "value": v, "unit": unit,
             "qualifier": ex.get('q', 'exact'), "value_max": None, "metric_hint": hint.strip(),
             "place": ex.get('pl', place), "period": ex.get('pe', period)}
        if f['place'] == 'null': f['place'] = None
        facts.append(f)
        if fid.strip():
            assert fid.strip() not in ids, fid
            ids[fid.strip()] = f
    text += src[pos:]
    flat = re.sub(r'\s', '', text)
    for f in facts:
        assert f['occurrence'] <= flat.count(f['quote']), f
        assert f['metric_hint'] in flat, ('hint', f)
        assert f['place'] is None or f['place'] in flat, ('place', f)
    return text, facts, ids
class Audit:
    def __init__(s, doc, ids): s.doc, s.ids, s.A = doc, ids, []
    def V(s, n): return D(str(s.ids[n]['value']))
    def add(s, check, verdict, names, expected, observed, expl):
        def j(x):
            if isinstance(x, D): return int(x) if x == int(x) else float(x)
            if isinstance(x, list): return [j(y) for y in x]
            return x
        s.A.append({"doc": s.doc, "check": check, "verdict": verdict,
                    "facts": [{"quote": s.ids[n]['quote'], "occurrence": s.ids[n]['occurrence']} for n in names],
                    "expected": j(expected), "observed": j(observed), "explanation": expl})
    def sum(s, tot, parts, what, unit=1, ulabel=''):
        e = sum(s.V(p) for p in parts); o = s.V(tot)
        v = 'consistent' if e == o else 'inconsistent'
        s.add('sum', v, [tot]+parts, e, o, f"{what}: " + ' + '.join(str(s.V(p)/unit) for p in parts) + f" = {e/unit}{ulabel}，合计 {o/unit}{ulabel}" + ('' if v=='consistent' else '，不符：植入的不一致') + '。')
    def rate(s, pct, num, den, what, check='rate', nd=1):
        x = (s.V(num)/s.V(den)*100).quantize(D('0.0001')); o = s.V(pct)
        v = 'consistent' if abs(x - o) <= D(5)/D(10**(nd+1)) + D('0.0001') else 'inconsistent'
        s.add(check, v, [pct, num, den], x, o, f"{what}: {s.V(num)} ÷ {s.V(den)} = {x}%，文中 {o}%" + ('' if v=='consistent' else '，超出四舍五入：植入的不一致') + '。')
    def growth(s, pct, new, old, what, nd=1):
        x = ((s.V(new)/s.V(old)-1)*100).quantize(D('0.0001')); o = s.V(pct)
        v = 'consistent' if abs(x - o) <= D(5)/D(10**(nd+1)) + D('0.0001') else 'inconsistent'
        s.add('growth', v, [pct, new, old], x, o, f"{what}: {s.V(new)} ÷ {s.V(old)} − 1 = {x}%，文中 {o}%。")
    def diff(s, d, new, old, what):
        x = s.V(new) - s.V(old); o = s.V(d)
        s.add('sum', 'consistent' if x == o else 'inconsistent', [d, new, old], x, o, f"{what}: {s.V(new)} − {s.V(old)} = {x}，文中 {o}。")
    def write(s, out, doc, text, facts):
        open(out+doc+'.txt','w').write(text)
        open(out+doc+'.facts.jsonl','w').write(''.join(json.dumps(f, ensure_ascii=False)+'\n' for f in facts))
        open(out+doc+'.audit.jsonl','w').write(''.join(json.dumps(a, ensure_ascii=False)+'\n' for a in s.A))
        import collections
        print(doc, len(re.sub(r'\s','',text)), 'chars;', len(facts), collections.Counter(f['type'] for f in facts), len(s.A), collections.Counter((a['check'],a['verdict']) for a in s.A))
