import re, json
from decimal import Decimal as D
MARK = re.compile(r'\[\[(m|c|p) ([^;\]]+);([^;\]]*);([^;\]]*)(?:;([^\]]*))?\]\]')
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
        t, qraw, hint, fid, extra = mm.groups()
        quote = qraw.replace('|', '')
        ex = dict(kv.split('=') for kv in (extra or '').split(',') if kv)
        occ = re.sub(r'\s', '', text).count(quote) + 1
        text += qraw.replace('|', '\n'); pos = mm.end()
        v, unit = parse_value(quote)
        f = {"doc": doc, "type": TYPES[t], "quote": quote, "occurrence": occ, "value": v, "unit": unit,
             "qualifier": ex.get('q', 'exact'), "value_max": None, "metric_hint": hint.strip(),
             "place": ex.get('pl', place), "period": ex.get('pe', period)}
        if f['place'] == 'null': f['place'] = None
        facts.append(f)
        if fid.strip(): ids[fid.strip()] = f
    text += src[pos:]
    flat = re.sub(r'\s', '', text)
    bad = [f for f in facts if f['occurrence'] > flat.count(f['quote']) or f['metric_hint'] not in flat or (f['place'] and f['place'] not in flat)]
    for f in bad: print('BADFACT', f['quote'], f['metric_hint'], f['place'])
    assert not bad
    return text, facts, ids
class Audit:
    def __init__(s, doc, ids): s.doc, s.ids, s.A = doc, ids, []
    def V(s, n): return D(str(s.ids[n]['value']))
    def add(s, check, verdict, names, exp, obs, expl):
        s.A.append({"doc": s.doc, "check": check, "verdict": verdict,
                    "facts": [{"quote": s.ids[n]['quote'], "occurrence": s.ids[n]['occurrence']} for n in names],
                    "expected": exp, "observed": obs, "explanation": expl})
    def num(s, x): return int(x) if x == int(x) else float(x)
    def sum(s, tot, parts, tol=D(0), note=''):
        e = sum(s.V(p) for p in parts); o = s.V(tot)
        s.add('sum', 'consistent' if abs(e-o) <= tol else 'inconsistent', [tot]+parts, s.num(e), s.num(o),
              ' + '.join(str(s.ids[p]['quote']) for p in parts) + f' = {e}，合计 {s.ids[tot]["quote"]}。' + note)
    def rate(s, r, part, whole, check='rate', dp=1, mult=100, note=''):
        x = (s.V(part)/s.V(whole)*mult).quantize(D('0.0001')); o = s.V(r)
        ok = round(x, dp) == o
        s.add(check, 'consistent' if ok else 'inconsistent', [r, part, whole], float(x), float(o),
              f'{s.ids[part]["quote"]} ÷ {s.ids[whole]["quote"]} = {x}{"%" if mult==100 else ""}，文中 {s.ids[r]["quote"]}。' + note)
    def growth(s, g, new, old, dp=1, sign=1, note=''):
        x = ((s.V(new)/s.V(old)-1)*100*sign).quantize(D('0.0001')); o = s.V(g)
        s.add('growth', 'consistent' if round(x, dp) == o else 'inconsistent', [g, new, old], float(x), float(o),
              f'{s.ids[new]["quote"]} ÷ {s.ids[old]["quote"]} − 1 = {"-" if sign<0 else ""}{x}%，文中{"下降" if sign<0 else "增长"} {s.ids[g]["quote"]}。' + note)
    def diff(s, d, new, old, note=''):
        x = abs(s.V(new)-s.V(old)); o = s.V(d)
        s.add('growth', 'consistent' if x == o else 'inconsistent', [d, new, old], s.num(x), s.num(o),
              f'{s.ids[new]["quote"]} 与 {s.ids[old]["quote"]} 相差 {x}，文中 {s.ids[d]["quote"]}。' + note)
def write(out, doc, text, facts, A):
    open(out+doc+'.txt', 'w').write(text)
    open(out+doc+'.facts.jsonl', 'w').write(''.join(json.dumps(f, ensure_ascii=False)+'\n' for f in facts))
    open(out+doc+'.audit.jsonl', 'w').write(''.join(json.dumps(a, ensure_ascii=False)+'\n' for a in A))
    import collections
    print(doc, len(re.sub(r'\s','',text)), 'chars', len(facts), collections.Counter(f['type'] for f in facts), len(A), collections.Counter((a['check'], a['verdict']) for a in A))
    for a in A:
        if a['verdict'] != 'consistent': print('  ', a['check'], a['verdict'], a['expected'], a['observed'], a['explanation'])
