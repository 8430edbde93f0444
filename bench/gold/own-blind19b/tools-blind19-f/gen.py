import re, json
MARK = re.compile(r'\[\[(m|c|p) ([^;\]]+);([^;\]]*);([^;\]]*)(?:;([^\]]*))?\]\]')
TYPES = {'m': 'money', 'c': 'count', 'p': 'percent'}
CN = {'万': 1e4, '亿': 1e8}
S, E = '\x01', '\x02'

def parse_value(quote):
    m = re.match(r'([\d.]+)(多|余)?([万亿]?)(.*)', quote)
    num = float(m.group(1)); mult = CN.get(m.group(3), 1); unit = m.group(4)
    if unit.startswith('%'): return num, '%'
    if unit.startswith('‰'): return num, '‰'
    if unit.startswith('/10万'): return num, '/10万'
    v = round(num * mult, 4)
    return (int(v) if v == int(v) else v), unit

def mark(src, place, period):
    """replace markers by sentinel-wrapped quotes; return text and fact stubs in order"""
    out, facts, pos = '', [], 0
    for mm in MARK.finditer(src):
        out += src[pos:mm.start()]
        t, quote, hint, fid, extra = mm.groups()
        ex = dict(kv.split('=') for kv in (extra or '').split(',') if kv)
        v, unit = parse_value(quote)
        f = {"type": TYPES[t], "quote": quote, "value": v, "unit": unit,
             "qualifier": ex.get('q', 'exact'), "metric_hint": hint.strip(),
             "place": ex.get('pl', place), "period": ex.get('pe', period), "_id": fid.strip()}
        if 'vmax' in ex: f['value_max'] = float(ex['vmax'])
        if f['place'] == 'null': f['place'] = None
        facts.append(f)
        out += S + quote + E
        pos = mm.end()
    return out + src[pos:], facts

def finish(doc, text, facts):
    """text still has sentinels (layout applied); compute occurrences in flat page"""
    flat_s = re.sub(r'\s', '', text)
    plain = text.replace(S, '').replace(E, '')
    flat = re.sub(r'\s', '', plain)
    starts = []; k = 0; i = 0; clean = ''
    for ch in flat_s:
        if ch == S: starts.append(len(clean))
        elif ch == E: pass
        else: clean += ch
    assert clean == flat and len(starts) == len(facts)
    ids = {}; rows = []
    for f, st in zip(facts, starts):
        q = f['quote']; assert flat[st:st+len(q)] == q, (q, flat[st:st+20])
        occ = sum(1 for m in re.finditer('(?=' + re.escape(q) + ')', flat) if m.start() <= st)
        row = {"doc": doc, "type": f['type'], "quote": q, "occurrence": occ, "value": f['value'], "unit": f['unit'],
               "qualifier": f['qualifier'], "value_max": f.get('value_max'), "metric_hint": f['metric_hint'],
               "place": f['place'], "period": f['period']}
        assert f['metric_hint'] in flat, ('hint', f)
        if f['place']: assert f['place'] in flat, ('place', f)
        rows.append(row)
        if f['_id']: ids[f['_id']] = row
    return plain, rows, ids

def ref(ids, *names):
    return [{"quote": ids[n]['quote'], "occurrence": ids[n]['occurrence']} for n in names]

def write(doc, plain, rows, audits, outdir='/work/blind19b'):
    open(f'{outdir}/{doc}.txt', 'w').write(plain)
    with open(f'{outdir}/{doc}.facts.jsonl', 'w') as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(f'{outdir}/{doc}.audit.jsonl', 'w') as fh:
        for a in audits: fh.write(json.dumps(dict(doc=doc, **a), ensure_ascii=False) + '\n')

class Aud:
    def __init__(s, ids): s.ids = ids; s.rows = []
    def add(s, check, names, expected, observed, tol, expl, verdict=None):
        if verdict is None:
            verdict = 'consistent' if abs(expected - observed) <= tol else 'inconsistent'
        s.rows.append({"check": check, "verdict": verdict, "facts": ref(s.ids, *names),
                       "expected": round(expected, 4), "observed": round(observed, 4), "explanation": expl})
        return verdict
