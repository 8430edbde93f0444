import re, json
MARK = re.compile(r'\[\[(m|c|p) ([^;\]]+);([^;\]]*);([^;\]]*)(?:;([^\]]*))?\]\]')
TYPES = {'m': 'money', 'c': 'count', 'p': 'percent'}
CN = {'万': 1e4, '亿': 1e8}
FW = str.maketrans('0123456789.%', '０１２３４５６７８９．％')
def fw(s): return s.translate(FW)
def parse_value(quote):
    m = re.match(r'([\d.]+)(多|余)?([万亿]?)(.*)', quote)
    num = float(m.group(1)); mult = CN.get(m.group(3), 1); unit = m.group(4)
    if unit.startswith('%'): return num, '%'
    v = round(num * mult, 4)
    return (int(v) if v == int(v) else v), unit
def build(doc, src, place, period, conv=lambda s: s):
    """markers: [[t quote;hint;id;k=v,...]] ; quote written ASCII, converted by conv"""
    facts, ids, pos, text = [], {}, 0, ''
    for mm in MARK.finditer(src):
        text += conv(src[pos:mm.start()])
        t, q, hint, fid, extra = mm.groups()
        ex = dict(kv.split('=') for kv in (extra or '').split(',') if kv)
        quote = conv(q)
        occ = re.sub(r'\s', '', text).count(quote) + 1
        text += quote; pos = mm.end()
        v, unit = parse_value(q)
        f = {"doc": doc, "type": TYPES[t], "quote": quote, "occurrence": occ, "value": v, "unit": conv(unit),
             "qualifier": ex.get('q', 'exact'), "value_max": None, "metric_hint": hint.strip(),
             "place": ex.get('pl', place), "period": ex.get('pe', period)}
        if f['place'] == 'null': f['place'] = None
        facts.append(f)
        if fid.strip():
            assert fid.strip() not in ids, fid
            ids[fid.strip()] = f
    text += conv(src[pos:])
    flat = re.sub(r'\s', '', text)
    for f in facts:
        assert f['occurrence'] <= flat.count(f['quote']), f
        assert f['metric_hint'] in flat, ('hint', f)
        assert f['place'] is None or f['place'] in flat, ('place', f)
    return text, facts, ids
class Audit:
    def __init__(s, doc, ids): s.doc, s.ids, s.A = doc, ids, []
    def V(s, n): return s.ids[n]['value']
    def add(s, check, ok, names, expected, observed, expl):
        verdict = ok if isinstance(ok, str) else ('consistent' if ok else 'inconsistent')
        s.A.append({"doc": s.doc, "check": check, "verdict": verdict,
                    "facts": [{"quote": s.ids[n]['quote'], "occurrence": s.ids[n]['occurrence']} for n in names],
                    "expected": expected, "observed": observed, "explanation": expl})
def write(doc, text, facts, A):
    out = '/work/blind21/'
    open(out+doc+'.txt', 'w').write(text)
    open(out+doc+'.facts.jsonl', 'w').write(''.join(json.dumps(f, ensure_ascii=False)+'\n' for f in facts))
    open(out+doc+'.audit.jsonl', 'w').write(''.join(json.dumps(a, ensure_ascii=False)+'\n' for a in A))
    import collections
    print(doc, len(text), 'chars;', len(facts), collections.Counter(f['type'] for f in facts), len(A),
          collections.Counter(a['verdict'] for a in A))
    for a in A: print(' ', a['check'], a['verdict'], a['expected'], a['observed'])
