"""Inline-marker page builder for blind22-c.  Marker: [[t quote;hint;id;k=v,...]]
t: m money, c count, p percent.  extras: q= qualifier, pl= place (null), pe= period, v= value, u= unit, vm= value_max."""
import re, json, sys, os
from decimal import Decimal as D, ROUND_HALF_UP
MARK = re.compile(r'\[\[(m|c|p) ([^;\]]+);([^;\]]*);([^;\]]*)(?:;([^\]]*))?\]\]')
TYPES = {'m': 'money', 'c': 'count', 'p': 'percent'}
FW = str.maketrans('０１２３４５６７８９．％', '0123456789.%')
MULT = {'万': D(10000), '亿': D(100000000)}

def parse_value(quote, t):
    q = quote.translate(FW)
    m = re.match(r'([\d.]+)(多|余)?([万亿]*)(.*)', q)
    num = D(m.group(1)); mult = D(1)
    for ch in m.group(3): mult *= MULT[ch]
    unit = m.group(4)
    if unit.startswith('%'): return num, '%'
    if unit.startswith('个百分点'): return num, '个百分点'
    if unit.startswith('‰'): return num, '‰'
    v = num * mult
    if unit.endswith('元'): unit = '元'
    return v, unit

def num(v):
    v = D(v)
    return int(v) if v == v.to_integral_value() else float(v)

def build(doc, src, place, period):
    facts, ids, pos, text = [], {}, 0, ''
    for mm in MARK.finditer(src):
        text += src[pos:mm.start()]
        t, quote, hint, fid, extra = mm.groups()
        ex = dict(kv.split('=', 1) for kv in (extra or '').split(',') if kv)
        occ = re.sub(r'\s', '', text).count(quote) + 1
        text += quote; pos = mm.end()
        if 'v' in ex: v, unit = D(ex['v']), ex.get('u')
        else:
            v, unit = parse_value(quote, t)
            unit = ex.get('u', unit)
        f = {"doc": doc, "type": TYPES[t], "quote": quote, "occurrence": occ, "value": num(v), "unit": unit,
             "qualifier": ex.get('q', 'exact'), "value_max": num(ex['vm']) if 'vm' in ex else None,
             "metric_hint": hint.strip(), "place": ex.get('pl', place), "period": ex.get('pe', period)}
        if f['place'] == 'null': f['place'] = None
        if f['period'] == 'null': f['period'] = None
        f['_v'] = v
        facts.append(f)
        if fid.strip():
            assert fid.strip() not in ids, fid
            ids[fid.strip()] = f
    text += src[pos:]
    flat = re.sub(r'\s', '', text)
    for f in facts:
        assert f['occurrence'] <= flat.count(f['quote']), f
        assert f['metric_hint'] in flat, ('hint', f)
        assert f['place'] is None or f['place'] in flat, ('place', f)
    return text, facts, ids

def r(x, dp):
    return D(x).quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP)

def dp_of(f):
    s = f['quote'].translate(FW)
    m = re.match(r'[\d]+(?:\.(\d+))?', s)
    return len(m.group(1) or '') if m else max(0, -f['_v'].as_tuple().exponent)

class Audit:
    def __init__(self, doc, ids):
        self.doc, self.ids, self.rows = doc, ids, []
    def refs(self, names):
        return [{"quote": self.ids[n]['quote'], "occurrence": self.ids[n]['occurrence']} for n in names]
    def add(self, check, names, expected, observed, verdict, expl):
        self.rows.append({"doc": self.doc, "check": check, "verdict": verdict, "facts": self.refs(names),
                          "expected": expected, "observed": observed, "explanation": expl})
    def v(self, n): return self.ids[n]['_v']
    def sum(self, total, parts, expl, tol=None, extra=D(0), sign=None):
        sign = sign or [1] * len(parts)
        e = sum(self.v(p) * s for p, s in zip(parts, sign)) + extra
        o = self.v(total)
        if tol is None:  # rounding of the total as printed
            f = self.ids[total]; s = f['quote'].translate(FW)
            m = re.match(r'([\d.]+)(多|余)?([万亿]*)', s)
            d = len(m.group(1).split('.')[1]) if '.' in m.group(1) else 0
            mult = D(1)
            for ch in m.group(3): mult *= MULT[ch]
            tol = D(1).scaleb(-d) * mult / 2
            if f['type'] == 'percent': tol = max(tol, D('0.15'))
        ok = abs(e - o) <= tol
        self.add('sum', [total] + parts, num(e), num(o), 'consistent' if ok else 'inconsistent', expl.format(e=num(e), o=num(o), d=num(abs(e - o))))
        return ok
    def rate(self, rate, n, d, expl, scale=100, check='rate'):
        dp = dp_of(self.ids[rate])
        e = r(self.v(n) / self.v(d) * scale, dp); o = self.v(rate)
        raw = self.v(n) / self.v(d) * scale
        ok = e == o
        self.add(check, [rate, n, d], num(e), num(o), 'consistent' if ok else 'inconsistent', expl.format(e=num(r(raw, dp + 2)), o=num(o)))
        return ok
    def growth(self, rate, new, old, expl, down=False, points=False, check='growth'):
        dp = dp_of(self.ids[rate])
        if points: raw = self.v(new) - self.v(old)
        else: raw = (self.v(new) / self.v(old) - 1) * 100
        if down: raw = -raw
        e = r(raw, dp); o = self.v(rate); ok = e == o
        self.add(check, [rate, new, old], num(e), num(o), 'consistent' if ok else 'inconsistent', expl.format(e=num(r(raw, dp + 2)), o=num(o)))
        return ok
    def diff(self, d, new, old, expl, down=False):
        raw = self.v(new) - self.v(old)
        if down: raw = -raw
        o = self.v(d); ok = raw == o
        self.add('growth', [d, new, old], num(raw), num(o), 'consistent' if ok else 'inconsistent', expl.format(e=num(raw), o=num(o)))
        return ok
    def average(self, avg, total, cnt, expl, scale=1, dp=None, tol=None):
        dp = dp_of(self.ids[avg]) if dp is None else dp
        raw = self.v(total) / self.v(cnt) * scale
        e = r(raw, dp); o = self.v(avg)
        ok = (e == o) if tol is None else abs(raw - o) <= tol
        self.add('average', [avg, total, cnt], num(e), num(o), 'consistent' if ok else 'inconsistent', expl.format(e=num(r(raw, dp + 2)), o=num(o)))
        return ok
    def part_of(self, part, whole, expl):
        ok = self.v(part) <= self.v(whole)
        self.add('part_of', [part, whole], [0, num(self.v(whole))], num(self.v(part)), 'consistent' if ok else 'inconsistent', expl)
        return ok
    def bound(self, names, expected, observed, ok, expl):
        self.add('bound', names, expected, observed, 'consistent' if ok else 'inconsistent', expl)
    def enum(self, cnt, items, expl):
        o = self.v(cnt); ok = o == len(items)
        self.add('enumeration', [cnt], len(items), num(o), 'consistent' if ok else 'inconsistent', expl.format(items='、'.join(items), n=len(items)))
        return ok
    def unver(self, check, names, observed, expl):
        self.add(check, names, None, num(self.v(observed)) if observed else None, 'unverifiable', expl)

def write(doc, text, facts, rows, outdir='/work/blind22'):
    open(os.path.join(outdir, doc + '.txt'), 'w').write(text)
    with open(os.path.join(outdir, doc + '.facts.jsonl'), 'w') as fh:
        for f in facts:
            g = {k: v for k, v in f.items() if not k.startswith('_')}
            fh.write(json.dumps(g, ensure_ascii=False) + '\n')
    with open(os.path.join(outdir, doc + '.audit.jsonl'), 'w') as fh:
        for a in rows: fh.write(json.dumps(a, ensure_ascii=False) + '\n')
    keys = {(f['quote'], f['occurrence']) for f in facts}
    for a in rows:
        for x in a['facts']: assert (x['quote'], x['occurrence']) in keys, x
    bad = [a for a in rows if a['verdict'] == 'inconsistent']
    from collections import Counter
    print(doc, 'chars', len(re.sub(r'\s', '', text)), 'facts', len(facts), Counter(f['type'] for f in facts),
          'findings', len(rows), Counter(a['verdict'] for a in rows))
    for a in bad: print('  INCONSISTENT:', a['explanation'])

def wrap(text, facts, width=34, lines_per_page=22, head=None, first_page_no_head=True):
    """Hard-wrap paragraphs every `width` chars (breaking inside words/numbers), insert page marks
    `— n —` and a running head; recompute occurrences in the new whitespace-free text."""
    flat_old = re.sub(r'\s', '', text)
    # positions of facts in old flat text
    for f in facts:
        i = -1
        for _ in range(f['occurrence']): i = flat_old.index(f['quote'], i + 1)
        f['_pos'] = i
    out_lines = []
    for para in text.split('\n'):
        if not para.strip(): out_lines.append(''); continue
        while len(para) > width:
            out_lines.append(para[:width]); para = para[width:]
        out_lines.append(para)
    spans = [(f['_pos'], f['_pos'] + len(f['quote'])) for f in facts]
    pages, cur, fpos = [], [], 0
    for ln in out_lines:
        cur.append(ln); fpos += len(re.sub(r'\s', '', ln))
        inside = any(a < fpos < b for a, b in spans)
        if len(cur) >= lines_per_page and not inside: pages.append(cur); cur = []
    if cur: pages.append(cur)
    res, ph = [], []
    P = lambda x: re.sub(r'\S', '\x01', x)
    for k, pg in enumerate(pages, 1):
        if k > 1 and head: res.append(head); ph.append(P(head)); res.append(''); ph.append('')
        res.extend(pg); ph.extend(pg)
        res.append(''); res.append(f'— {k} —'); res.append('')
        ph.append(''); ph.append(P(f'— {k} —')); ph.append('')
    new = '\n'.join(res) + '\n'
    flat_new = re.sub(r'\s', '', new)
    flat_ph = re.sub(r'\s', '', '\n'.join(ph))
    assert len(flat_ph) == len(flat_new)
    mp, i = {}, 0
    for j, ch in enumerate(flat_ph):
        if ch == '\x01': continue
        assert ch == flat_old[i]; mp[i] = j; i += 1
    assert i == len(flat_old)
    for f in facts:
        p = mp[f['_pos']]
        assert flat_new[p:p + len(f['quote'])] == f['quote'], f
        f['occurrence'] = flat_new[:p].count(f['quote']) + 1
        assert flat_new.count(f['quote']) >= f['occurrence']
        # verify locating by successive find gives p
        i = -1
        for _ in range(f['occurrence']): i = flat_new.index(f['quote'], i + 1)
        assert i == p, (f, i, p)
    return new
