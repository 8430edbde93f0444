# builds page text + facts from inline markers [[m|c|p quote;hint;id;k=v,...]]
import re, json
MARK = re.compile(r'\[\[(m|c|p) ([^;\]]+);([^;\]]*);([^;\]]*)(?:;([^\]]*))?\]\]')
TYPES = {'m': 'money', 'c': 'count', 'p': 'percent'}
CN = {'万': 10**4, '亿': 10**8}
S = '\ue000'
def parse_value(q):
    zh = {'一':1,'两':2,'二':2,'三':3,'四':4,'五':5,'六':6,'七':7,'八':8,'九':9,'十':10}
    if q[0] in zh: return zh[q[0]], q[1:]
    m = re.match(r'([\d.]+)(多|余)?([万亿]?)(.*)', q)
    num = float(m.group(1)); unit = m.group(4)
    if unit.startswith('%') or unit.startswith('个百分点'): return (int(num) if num == int(num) else num), unit
    v = round(num * CN.get(m.group(3), 1), 4)
    return (int(v) if v == int(v) else v), unit
def mark(doc, src, place, period):
    facts, ids = [], {}
    def rep(mm):
        t, q, hint, fid, extra = mm.groups()
        ex = dict(kv.split('=', 1) for kv in (extra or '').split(',') if kv)
        v, unit = parse_value(q)
        f = {"doc": doc, "type": TYPES[t], "quote": q, "occurrence": None, "value": v, "unit": unit,
             "qualifier": ex.get('q', 'exact'), "value_max": None, "metric_hint": hint.strip(),
             "place": ex.get('pl', place), "period": ex.get('pe', period)}
        if 'max' in ex: f['value_max'] = float(ex['max'])
        if f['place'] == 'null': f['place'] = None
        if f['period'] == 'null': f['period'] = None
        facts.append(f)
        if fid.strip(): assert fid.strip() not in ids, fid; ids[fid.strip()] = f
        return S + q
    return MARK.sub(rep, src), facts, ids
def finish(text, facts):
    # text contains one sentinel per fact, in order; compute occurrence in whitespace-free page
    flat_s = re.sub(r'\s', '', text)
    pos, k = [], 0
    clean = ''
    for ch in flat_s:
        if ch == S: pos.append(len(clean))
        else: clean += ch
    assert len(pos) == len(facts)
    for f, p in zip(facts, pos):
        assert clean[p:p+len(f['quote'])] == f['quote'], f
        hits, i = 0, -1
        while True:
            i = clean.find(f['quote'], i + 1)
            if i < 0 or i > p: break
            hits += 1
        f['occurrence'] = hits
        assert f['metric_hint'] in clean, ('hint', f)
        if f['place']: assert f['place'] in clean, ('place', f)
    return text.replace(S, ''), clean
def wrap_pdf(text, width, lines_per_page, head):
    # hard-wrap paragraphs (sentinels have zero width), page marks and running heads at line boundaries
    out, page, n = [], 1, 0
    for para in text.split('\n'):
        cur, w = '', 0
        chunks = []
        for ch in para:
            cur += ch
            if ch != S: w += 1
            if w >= width: chunks.append(cur); cur, w = '', 0
        if cur or not chunks: chunks.append(cur)
        for c in chunks:
            out.append(c); n += 1
        if n >= lines_per_page:
            page += 1
            out += ['', f'— {page-1} —', '', head if page % 2 == 0 else '', '']; n = 0
    out += ['', f'— {page} —', '']
    return '\n'.join(out)
def refs(ids, names):
    return [{"quote": ids[n]['quote'], "occurrence": ids[n]['occurrence']} for n in names]
class Audit:
    def __init__(s, doc, ids): s.doc, s.ids, s.A = doc, ids, []
    def V(s, n): return s.ids[n]['value']
    def add(s, check, verdict, names, exp, obs, expl):
        s.A.append({"doc": s.doc, "check": check, "verdict": verdict, "facts": refs(s.ids, names),
                    "expected": exp, "observed": obs, "explanation": expl})
def write(out, doc, text, facts, A):
    open(out+doc+'.txt', 'w').write(text)
    open(out+doc+'.facts.jsonl', 'w').write(''.join(json.dumps(f, ensure_ascii=False)+'\n' for f in facts))
    open(out+doc+'.audit.jsonl', 'w').write(''.join(json.dumps(a, ensure_ascii=False)+'\n' for a in A))
    import collections
    print(doc, len(re.sub(r'\s','',text)), 'chars;', len(facts), collections.Counter(f['type'] for f in facts),
          len(A), collections.Counter((a['check'], a['verdict']) for a in A))
