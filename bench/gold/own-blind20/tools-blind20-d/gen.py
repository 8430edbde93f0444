import re, json, sys
MARK = re.compile(r'\[\[(m|c|p) ([^;\]]+);([^;\]]*);([^;\]]*)(?:;([^\]]*))?\]\]')
TYPES = {'m': 'money', 'c': 'count', 'p': 'percent'}
CN = {'万': 1e4, '亿': 1e8}

def parse_value(quote):
    zh = {'一':1,'两':2,'二':2,'三':3,'四':4,'五':5,'六':6,'七':7,'八':8,'九':9,'十':10}
    if quote[0] in zh: return zh[quote[0]], quote[1:]
    m = re.match(r'([\d.]+)(多|余)?([万亿]?)(.*)', quote)
    num = float(m.group(1)); mult = CN.get(m.group(3), 1); unit = m.group(4)
    if unit.startswith('%'): return num, '%'
    v = round(num * mult, 4)
    return (int(v) if v == int(v) else v), unit

def build(doc, src, place, period):
    out, facts, ids, pos = [], [], {}, 0
    text = ''
    for mm in MARK.finditer(src):
        text += src[pos:mm.start()]
        t, quote, hint, fid, extra = mm.groups()
        ex = dict(kv.split('=') for kv in (extra or '').split(',') if kv)
        flat_before = re.sub(r'\s', '', text)
        occ = flat_before.count(quote) + 1
        text += quote
        pos = mm.end()
        v, unit = parse_value(quote)
        f = {"doc": doc, "type": TYPES[t], "quote": quote, "occurrence": occ, "value": v, "unit": unit,
             "qualifier": ex.get('q', 'exact'), "metric_hint": hint.strip(),
             "place": ex.get('pl', place), "period": ex.get('pe', period)}
        if f['place'] == 'null': f['place'] = None
        facts.append(f)
        if fid.strip(): ids[fid.strip()] = f
    text += src[pos:]
    flat = re.sub(r'\s', '', text)
    # checker: every quote's occurrence exists, and hints are in the text
    for f in facts:
        n = flat.count(f['quote'])
        assert f['occurrence'] <= n, f
        assert f['metric_hint'] in flat, ('hint', f)
    return text, facts, ids

def ref(ids, *names):
    return [{"quote": ids[n]['quote'], "occurrence": ids[n]['occurrence']} for n in names]
