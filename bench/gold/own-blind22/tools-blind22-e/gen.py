"""Page builder for blind22-e (adapted from own-blind21/tools-blind21-d/gen.py).
Markers: [[t quote;metric_hint;id;k=v,...]]  t in m/c/p; extras: pl= place, pe= period, q= qualifier,
v= value override, u= unit override, vmax= value_max.  Quotes are written ASCII and converted by conv.
Occurrence is computed in the FINAL whitespace-free page (after layout) as the number of raw substring
hits (overlapping) of the quote starting at or before the fact's own position."""
import re, json, collections
from decimal import Decimal as D
MARK = re.compile(r'\[\[(m|c|p) ([^;\]]+);([^;\]]*);([^;\]]*)(?:;([^\]]*))?\]\]')
TYPES = {'m': 'money', 'c': 'count', 'p': 'percent'}
CN = {'万': D(10000), '亿': D(100000000)}
FW = str.maketrans('0123456789.%', '０１２３４５６７８９．％')
def fw(s): return s.translate(FW)

def num(x):
    x = D(x)
    return int(x) if x == x.to_integral_value() else float(x)

def parse_value(quote):
    m = re.match(r'([\d.]+)(多|余)?([万亿]?)(.*)', quote)
    n = D(m.group(1)); mult = CN.get(m.group(3), D(1)); unit = m.group(4)
    if unit.startswith('%'): return num(n), '%'
    return num(n * mult), unit

def build(doc, src, place, period, conv=lambda s: s):
    facts, ids, pos, text, starts = [], {}, 0, '', []
    for mm in MARK.finditer(src):
        text += conv(src[pos:mm.start()])
        t, q, hint, fid, extra = mm.groups()
        ex = dict(kv.split('=', 1) for kv in (extra or '').split(',') if kv)
        quote = conv(q)
        starts.append(len(text))
        text += quote; pos = mm.end()
        if 'v' in ex:
            v, unit = num(ex['v']), ex.get('u', '')
        else:
            v, unit = parse_value(q); unit = ex.get('u', conv(unit) if unit != '%' else '%')
        f = {"doc": doc, "type": TYPES[t], "quote": quote, "occurrence": None, "value": v, "unit": unit,
             "qualifier": ex.get('q', 'exact'), "value_max": num(ex['vmax']) if 'vmax' in ex else None,
             "metric_hint": hint.strip(), "place": ex.get('pl', place), "period": ex.get('pe', period)}
        if f['place'] == 'null': f['place'] = None
        if f['period'] == 'null': f['period'] = None
        facts.append(f)
        if fid.strip():
            assert fid.strip() not in ids, fid
            ids[fid.strip()] = f
    text += conv(src[pos:])
    return text, facts, ids, starts

def finalize(text, facts, starts, inserts=()):
    """inserts: list of (raw_pos, string) applied to text (layout). Strings with non-space chars
    must not fall strictly inside a fact quote."""
    spans = [(s, s + len(f['quote'])) for f, s in zip(facts, starts)]
    ins = sorted(inserts, key=lambda x: x[0])
    for p, s in ins:
        if s.strip():
            assert not any(a < p < b for a, b in spans), ('furniture inside a quote', p, s)
    out, last = [], 0
    shift = []  # cumulative
    for p, s in ins:
        out.append(text[last:p]); out.append(s); last = p
    out.append(text[last:]); final = ''.join(out)
    def newpos(p):  # inserts at position == p go before the char at p
        return p + sum(len(s) for q, s in ins if q <= p)
    # map raw pos -> flat pos
    flat = re.sub(r'\s', '', final)
    flatidx = [i for i, ch in enumerate(final) if not ch.isspace()]
    inv = {i: k for k, i in enumerate(flatidx)}
    for f, s in zip(facts, starts):
        fp = newpos(s)
        while final[fp].isspace(): fp += 1
        k = inv[fp]
        assert flat[k:k + len(f['quote'])] == f['quote'], (f, flat[k:k + 20])
        hits = [m.start() for m in re.finditer('(?=' + re.escape(f['quote']) + ')', flat)]
        f['occurrence'] = hits.index(k) + 1
        assert f['metric_hint'] in flat, ('hint', f)
        assert f['place'] is None or f['place'] in flat, ('place', f)
    return final, facts

class Audit:
    def __init__(s, doc, ids): s.doc, s.ids, s.A = doc, ids, []
    def V(s, n): return D(str(s.ids[n]['value']))
    def add(s, check, ok, names, expected, observed, expl):
        verdict = ok if isinstance(ok, str) else ('consistent' if ok else 'inconsistent')
        conv = lambda x: [conv(y) for y in x] if isinstance(x, list) else (num(x) if isinstance(x, D) else x)
        s.A.append({"doc": s.doc, "check": check, "verdict": verdict,
                    "facts": [{"quote": s.ids[n]['quote'], "occurrence": s.ids[n]['occurrence']} for n in names],
                    "expected": conv(expected), "observed": conv(observed), "explanation": expl})

def r(x, n=4): return round(D(x), n)
def pct(a, b): return r(D(a) / D(b) * 100)
def gr(a, b): return r((D(a) / D(b) - 1) * 100)

def write(doc, text, facts, A):
    out = '/work/blind22/'
    open(out + doc + '.txt', 'w').write(text)
    open(out + doc + '.facts.jsonl', 'w').write(''.join(json.dumps(f, ensure_ascii=False) + '\n' for f in facts))
    open(out + doc + '.audit.jsonl', 'w').write(''.join(json.dumps(a, ensure_ascii=False) + '\n' for a in A))
    print(doc, len(text), 'chars', len(re.sub(r'\s', '', text)), 'flat;', len(facts), dict(collections.Counter(f['type'] for f in facts)),
          len(A), dict(collections.Counter(a['verdict'] for a in A)))
    for a in A:
        if a['verdict'] != 'consistent': print(' ', a['check'], a['verdict'], a['expected'], a['observed'], a['explanation'])

from decimal import ROUND_HALF_UP
def q(x, n=1):
    """round half up, as bulletins round"""
    return D(x).quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)
