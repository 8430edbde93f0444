import json, re, collections
from decimal import Decimal as D
from gen import build, ref
OUT = '/work/blind19/'
def wrap(text, width=36):
    out = []
    for line in text.split('\n'):
        while len(line) > width:
            out.append(line[:width]); line = line[width:]
        out.append(line)
    return '\n'.join(out)
class Aud:
    def __init__(s, doc, I): s.doc, s.I, s.A = doc, I, []
    def V(s, n): return D(str(s.I[n]['value']))
    def add(s, check, verdict, names, expected, observed, expl):
        f = lambda x: ((int(x) if x == int(x) else float(x)) if isinstance(x, D) else x)
        if isinstance(expected, list): expected = [f(x) for x in expected]
        if isinstance(observed, list): observed = [f(x) for x in observed]
        s.A.append({"doc": s.doc, "check": check, "verdict": verdict, "facts": ref(s.I, *names),
                    "expected": f(expected), "observed": f(observed), "explanation": expl})
    def sum(s, tot, parts, expl=''):
        x = sum(s.V(p) for p in parts); v = s.V(tot)
        s.add('sum', 'consistent' if x == v else 'inconsistent', [tot]+parts, x, v, expl or f"{' + '.join(str(s.V(p)) for p in parts)} = {x}，合计 {v}。")
    def rate(s, pct, part, whole, nd=1, expl='', check='rate'):
        x = (s.V(part)/s.V(whole)*100).quantize(D('0.0001')); v = s.V(pct)
        ok = abs(round(x, nd) - v) < D('0.00001')
        s.add(check, 'consistent' if ok else 'inconsistent', [pct, part, whole], x, v, expl or f"{s.V(part)} ÷ {s.V(whole)} = {x}%，文中 {v}%。")
    def growth(s, pct, new, old, nd=1, expl=''):
        x = ((s.V(new)/s.V(old)-1)*100).quantize(D('0.0001')); v = s.V(pct)
        ok = abs(round(x, nd) - v) < D('0.00001')
        s.add('growth', 'consistent' if ok else 'inconsistent', [pct, new, old], x, v, expl or f"{s.V(new)} ÷ {s.V(old)} − 1 = {x}%，文中 {v}%。")
    def diff(s, d, new, old, expl=''):
        x = s.V(new)-s.V(old); v = s.V(d)
        s.add('growth', 'consistent' if x == v else 'inconsistent', [d, new, old], x, v, expl or f"{s.V(new)} − {s.V(old)} = {x}，文中 {v}。")
def write(doc, text, facts, A):
    open(OUT+doc+'.txt','w').write(text)
    open(OUT+doc+'.facts.jsonl','w').write(''.join(json.dumps(f, ensure_ascii=False)+'\n' for f in facts))
    open(OUT+doc+'.audit.jsonl','w').write(''.join(json.dumps(a, ensure_ascii=False)+'\n' for a in A))
    print(doc, len(re.sub(r'\s','',text)), 'chars;', len(facts), collections.Counter(f['type'] for f in facts), len(A), collections.Counter((a['check'],a['verdict']) for a in A))
    for a in A: print(' ', a['check'], a['verdict'], a['expected'], a['observed'])
