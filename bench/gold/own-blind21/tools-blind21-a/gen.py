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
    facts, ids, pos, text = [], {}, 0, ''
    for mm in MARK.finditer(src):
        text += src[pos:mm.start()]
        t, quote, hint, fid, extra = mm.groups()
        ex = dict(kv.split('=', 1) for kv in (extra or '').split(',') if kv)
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
        i = -1
        for _ in range(f['occurrence']): i = flat.index(f['quote'], i + 1)
        assert f['metric_hint'] in flat, ('hint', f)
        assert f['place'] is None or f['place'] in flat, ('place', f)
    return text, facts, ids
def ref(ids, *names):
    return [{"quote": ids[n]['quote'], "occurrence": ids[n]['occurrence']} for n in names]
def wrap(text, width=36):
    out = []
    for line in text.split('\n'):
        while len(line) > width:
            out.append(line[:width]); line = line[width:]
        out.append(line)
    return '\n'.join(out)
def write(doc, text, facts, A, outdir='/work/blind21/'):
    open(outdir+doc+'.txt','w').write(text)
    open(outdir+doc+'.facts.jsonl','w').write(''.join(json.dumps(f, ensure_ascii=False)+'\n' for f in facts))
    open(outdir+doc+'.audit.jsonl','w').write(''.join(json.dumps(a, ensure_ascii=False)+'\n' for a in A))
    import collections
    print(doc, len(re.sub(r'\s','',text)), 'chars;', len(facts), collections.Counter(f['type'] for f in facts), len(A), collections.Counter((a['check'],a['verdict']) for a in A))
    for a in A:
        if a['verdict'] != 'consistent': print(' ', a['check'], a['verdict'], a['expected'], a['observed'], a['explanation'])
