import json, collections
from decimal import Decimal as D
def r(x, n): return float(D(str(x)).quantize(D(1).scaleb(-n), rounding='ROUND_HALF_UP'))
class Aud:
    def __init__(s, doc, ids): s.doc, s.ids, s.A = doc, ids, []
    def V(s, n): return s.ids[n]['value']
    def add(s, check, ok, names, exp, obs, expl):
        v = ok if isinstance(ok, str) else ('consistent' if ok else 'inconsistent')
        s.A.append({"doc": s.doc, "check": check, "verdict": v,
            "facts": [{"quote": s.ids[n]['quote'], "occurrence": s.ids[n]['occurrence']} for n in names],
            "expected": exp, "observed": obs, "explanation": expl})
def write(doc, text, facts, A):
    out = '/work/blind20c/'
    open(out+doc+'.txt','w').write(text)
    open(out+doc+'.facts.jsonl','w').write(''.join(json.dumps(f, ensure_ascii=False)+'\n' for f in facts))
    open(out+doc+'.audit.jsonl','w').write(''.join(json.dumps(a, ensure_ascii=False)+'\n' for a in A))
    print(len(text), 'chars;', len(facts), collections.Counter(f['type'] for f in facts), len(A), collections.Counter((a['check'],a['verdict']) for a in A))
    for a in A: print(a['check'], a['verdict'], a['expected'], a['observed'])
