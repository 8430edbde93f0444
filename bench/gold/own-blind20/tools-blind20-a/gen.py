# gen.py (blind20-a): page source with inline markers [[t quote;hint;id;k=v,...]] -> text, facts, audit.
import re, json
MARK = re.compile(r'\[\[(m|c|p) ([^;\]]+);([^;\]]*);([^;\]]*)(?:;([^\]]*))?\]\]')
TYPES = {'m': 'money', 'c': 'count', 'p': 'percent'}
S0, S1 = '\ue000', '\ue001'
ZH = {'一':1,'两':2,'二':2,'三':3,'四':4,'五':5,'六':6,'七':7,'八':8,'九':9,'十':10}

def parse_value(quote):
    if quote[0] in ZH: return ZH[quote[0]], quote[1:]
    m = re.match(r'([\d.,]+)(多|余)?([万亿]?)(.*)', quote)
    from decimal import Decimal
    num = Decimal(m.group(1).replace(',', '')); mult = {'万': 10**4, '亿': 10**8}.get(m.group(3), 1); unit = m.group(4)
    if unit.startswith('%'): return float(num), '%'
    if unit.startswith('个百分点'): return float(num), '个百分点'
    v = num * mult
    return (int(v) if v == int(v) else float(v)), unit

def mark(src):
    """replace markers by sentinel-wrapped quotes; return text with sentinels and fact list (no occurrence yet)."""
    facts = []
    def rep(mm):
        t, quote, hint, fid, extra = mm.groups()
        ex = dict(kv.split('=', 1) for kv in (extra or '').split(',') if kv)
        v, unit = parse_value(quote)
        f = {"type": TYPES[t], "quote": quote, "value": v, "unit": unit,
             "qualifier": ex.get('q', 'exact'), "value_max": None, "metric_hint": hint.strip(),
             "place": ex.get('pl'), "period": ex.get('pe'), "_id": fid.strip()}
        if 'vmax' in ex: f['value_max'] = float(ex['vmax'])
        facts.append(f)
        return S0 + quote + S1
    return MARK.sub(rep, src), facts

def finish(doc, text, facts, place, period):
    """text still holds sentinels (after layout). compute occurrence in whitespace-free final page."""
    flat_s = re.sub(r'\s', '', text)
    starts, k, out = [], 0, []
    for ch in flat_s:
        if ch == S0: starts.append(k)
        elif ch == S1: pass
        else: out.append(ch); k += 1
    flat = ''.join(out)
    final = text.replace(S0, '').replace(S1, '')
    assert re.sub(r'\s', '', final) == flat
    ids = {}
    for f, pos in zip(facts, starts):
        q = f['quote']
        assert flat[pos:pos+len(q)] == q, (q, flat[pos-5:pos+10])
        hits = [m.start() for m in re.finditer('(?=' + re.escape(q) + ')', flat)]
        f['occurrence'] = hits.index(pos) + 1
        f['doc'] = doc; f['_pos'] = pos
        if f['place'] is None: f['place'] = place
        elif f['place'] == 'null': f['place'] = None
        if f['period'] is None: f['period'] = period
        elif f['period'] == 'null': f['period'] = None
        assert f['metric_hint'] in flat, ('hint', f)
        assert f['place'] is None or f['place'] in flat, ('place', f)
        if f['_id']: assert f['_id'] not in ids, f['_id']; ids[f['_id']] = f
    return final, flat, ids

ORDER = ["doc", "type", "quote", "occurrence", "value", "unit", "qualifier", "value_max", "metric_hint", "place", "period"]
def dump_facts(facts):
    return ''.join(json.dumps({k: f[k] for k in ORDER}, ensure_ascii=False) + '\n' for f in facts)

class Audit:
    def __init__(self, doc, ids): self.doc, self.ids, self.rows = doc, ids, []
    def V(self, n): return self.ids[n]['value']
    def add(self, check, verdict, names, expected, observed, expl):
        self.rows.append({"doc": self.doc, "check": check, "verdict": verdict,
            "facts": [{"quote": self.ids[n]['quote'], "occurrence": self.ids[n]['occurrence']} for n in names],
            "expected": expected, "observed": observed, "explanation": expl})
    def sum(self, total, parts, expl, tol=0):
        s = round(sum(self.V(p) for p in parts), 4); o = self.V(total)
        v = 'consistent' if abs(s - o) <= tol + 1e-9 else 'inconsistent'
        self.add('sum', v, [total] + parts, s, o, expl.format(s=s, o=o)); return v
    def ratio_check(self, check, claim, num, den, expl, dec=1, scale=100, names=None):
        x = round(self.V(num) / self.V(den) * scale, 4); o = self.V(claim)
        v = 'consistent' if abs(round(x, dec) - o) < 10**-dec * 0.51 else 'inconsistent'
        self.add(check, v, names or [claim, num, den], x, o, expl.format(x=x, o=o)); return v
    def rate(self, claim, num, den, expl, dec=1): return self.ratio_check('rate', claim, num, den, expl, dec)
    def growth(self, claim, new, old, expl, dec=1, sign=1):
        x = round((self.V(new) / self.V(old) - 1) * 100, 4); o = self.V(claim) * sign
        v = 'consistent' if abs(round(x, dec) - o) < 10**-dec * 0.51 else 'inconsistent'
        self.add('growth', v, [claim, new, old], x, o, expl.format(x=x, o=o)); return v
    def diff(self, claim, new, old, expl, sign=1):
        x = round(self.V(new) - self.V(old), 4); o = self.V(claim) * sign
        v = 'consistent' if abs(x - o) < 1e-6 else 'inconsistent'
        self.add('growth', v, [claim, new, old], x, o, expl.format(x=x, o=o)); return v
    def partof(self, whole, part, expl):
        ok = self.V(part) <= self.V(whole)
        self.add('part_of', 'consistent' if ok else 'inconsistent', [whole, part], [0, self.V(whole)], self.V(part), expl)
    def unver(self, check, names, expl):
        self.add(check, 'unverifiable', names, None, self.V(names[0]), expl)
    def dump(self): return ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in self.rows)

def wrap(text, width=34):
    """hard-wrap each non-empty line at `width` visible chars (sentinels not counted)."""
    out = []
    for line in text.split('\n'):
        cur, n = '', 0
        for ch in line:
            cur += ch
            if ch not in (S0, S1): n += 1
            if n >= width: out.append(cur); cur, n = '', 0
        if cur or not line: out.append(cur)
    return out

def uncovered(flat, facts):
    spans = [(f['_pos'], f['_pos'] + len(f['quote'])) for f in facts]
    return [flat[max(0, m.start()-8):m.end()+4] for m in re.finditer(r'\d+(?:[.,]\d+)*', flat)
            if not any(a <= m.start() < b for a, b in spans)]
