import re, json
from decimal import Decimal as D
MARK = re.compile(r'\[\[(m|c|p) ([^|\]]+)\|([^|\]]*)\|([^|\]]*)(?:\|([^\]]*))?\]\]')
TYPES = {'m': 'money', 'c': 'count', 'p': 'percent'}
FW = str.maketrans('0123456789%.', '０１２３４５６７８９％．')
def tofw(s):  # digits, % and decimal point to full-width
    return s.translate(FW)
def toascii(s):
    return s.translate({ord(b): a for a, b in zip('0123456789%.', '０１２３４５６７８９％．')})
def parse_value(quote):
    q = toascii(quote)
    m = re.match(r'([\d.]+)(多|余)?([万亿]*)(.*)', q)
    num = D(m.group(1)); mult = D(1)
    for ch in m.group(3): mult *= {'万': D(10000), '亿': D(100000000)}[ch]
    unit = m.group(4)
    if unit.startswith('%'): return float(num), '%'
    if unit == '个百分点': return float(num), '个百分点'
    v = num * mult
    return (int(v) if v == int(v) else float(v)), unit

def build(doc, src, place, period, fw=False):
    """returns plain text (before layout), facts with flat offsets, ids"""
    text, facts, ids, pos = '', [], {}, 0
    for mm in MARK.finditer(src):
        chunk = src[pos:mm.start()]
        text += tofw(chunk) if fw else chunk
        t, quote, hint, fid, extra = mm.groups()
        ex = dict(kv.split('=', 1) for kv in (extra or '').split(',') if kv)
        q = tofw(quote) if fw else quote
        off = len(re.sub(r'\s', '', text))
        text += q; pos = mm.end()
        v, unit = parse_value(q)
        if 'v' in ex: v = json.loads(ex['v'])
        f = {"doc": doc, "type": TYPES[t], "quote": q, "occurrence": None, "value": v, "unit": ex.get('u', unit),
             "qualifier": ex.get('q', 'exact'), "value_max": None, "metric_hint": hint.strip(),
             "place": ex.get('pl', place), "period": ex.get('pe', period), "_off": off}
        if f['place'] == 'null': f['place'] = None
        facts.append(f)
        if fid.strip(): ids[fid.strip()] = f
    rest = src[pos:]
    text += tofw(rest) if fw else rest
    return text, facts, ids

def finish(text, facts):
    """text is final layout, in which furniture may have been inserted; facts carry _off in the
    pre-layout flat text and _shift added by layout. compute occurrence in the final flat text."""
    flat = re.sub(r'\s', '', text)
    for f in facts:
        p = f['_off'] + f.pop('_shift', 0)
        assert flat[p:p+len(f['quote'])] == f['quote'], (f, flat[p-5:p+10])
        f['occurrence'] = flat[:p].count(f['quote']) + 1
        # confirm: the occurrence-th raw hit is at p (successive find)
        i = -1
        for _ in range(f['occurrence']): i = flat.find(f['quote'], i + 1)
        if i != p: print('WARN overlap hit', f['quote'], i, p)
        del f['_off']
        assert f['metric_hint'] in flat, ('hint', f)
        assert f['place'] is None or f['place'] in flat or (f['place'] == '中国' and ('全国' in flat or '我国' in flat)), ('place', f)
    return flat

def layout_pdf(plain, facts, width, head, lines_per_page, first_page=1):
    """hard-wrap each paragraph at width chars; insert a page mark and running head every
    lines_per_page lines, but never inside a quote."""
    flat_plain = re.sub(r'\s', '', plain)
    spans = [(f['_off'], f['_off'] + len(f['quote'])) for f in facts]
    lines = []
    for para in plain.split('\n'):
        if not para.strip(): lines.append(''); continue
        s = para
        while len(s) > width:
            lines.append(s[:width]); s = s[width:]
        lines.append(s)
    out, off, page, n = [], 0, first_page, 0
    inserts = []  # (flat offset, flat length of furniture)
    for ln in lines:
        out.append(ln); off += len(re.sub(r'\s', '', ln)); n += 1
        if n >= lines_per_page and ln[-1:] in '。；，、：' and not any(a < off < b for a, b in spans):
            fur = ['', f'— {page} —', '', head, '']
            out += fur; page += 1; n = 0
            inserts.append((off, len(re.sub(r'\s', '', ''.join(fur)))))
    out += ['', f'— {page} —']
    for f in facts:
        f['_shift'] = sum(l for o, l in inserts if o <= f['_off'])
    return '\n'.join(out) + '\n'

class Audit:
    def __init__(s, doc, ids): s.doc, s.ids, s.rows = doc, ids, []
    def V(s, k): return D(str(s.ids[k]['value']))
    def add(s, check, verdict, keys, expected, observed, expl):
        s.rows.append({"doc": s.doc, "check": check, "verdict": verdict,
                       "facts": [{"quote": s.ids[k]['quote'], "occurrence": s.ids[k]['occurrence']} for k in keys],
                       "expected": expected, "observed": observed, "explanation": expl})
def num(x):
    x = D(x)
    return int(x) if x == x.to_integral_value() else float(x)
def rnd(x, nd):
    return D(x).quantize(D(1).scaleb(-nd), rounding='ROUND_HALF_UP')
def write(outdir, doc, text, facts, rows):
    open(f'{outdir}/{doc}.txt', 'w').write(text)
    open(f'{outdir}/{doc}.facts.jsonl', 'w').write(''.join(json.dumps(f, ensure_ascii=False) + '\n' for f in facts))
    open(f'{outdir}/{doc}.audit.jsonl', 'w').write(''.join(json.dumps(a, ensure_ascii=False) + '\n' for a in rows))
    import collections
    print(doc, len(re.sub(r'\s','',text)), 'chars(flat)', len(facts), 'facts', dict(collections.Counter(f['type'] for f in facts)),
          len(rows), 'findings', dict(collections.Counter(a['verdict'] for a in rows)))
