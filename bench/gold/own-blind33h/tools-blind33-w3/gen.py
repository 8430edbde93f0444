"""Page + gold builder for blind33-w3 (own code; the marker idea follows own-blind23h/tools-blind23-a/gen.py).

Marker in a page source: [[t quote;metric_hint;id;k=v,...]]  t: m money, c count, p percent.
The quote may hold spaces (PDF justification spaces); the gold quote is whitespace-free.
Keys: pl=place ('null' -> None), pe=period ('null' -> None), v=value override, u=unit override.
Occurrence is counted exactly as /work/shared/eval/score.py counts it: successive str.find from one
past the last hit in the whitespace-free text of the FINAL page (after PDF layout)."""
import re, json, collections
from decimal import Decimal as D

MARK = re.compile(r'\[\[(m|c|p) ([^;\]]+);([^;\]]*);([^;\]]*)(?:;([^\]]*))?\]\]')
TYPES = {'m': 'money', 'c': 'count', 'p': 'percent'}
HW = str.maketrans('０１２３４５６７８９．％', '0123456789.%')
FW = str.maketrans('0123456789.%', '０１２３４５６７８９．％')
DIG = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
SMALL = {'十': 10, '百': 100, '千': 1000}
CNDIG = '零一二三四五六七八九'


def cn_int(s):
    total, sec, num = 0, 0, 0
    for ch in s:
        if ch in DIG: num = DIG[ch]
        elif ch in SMALL: sec += (num or 1) * SMALL[ch]; num = 0
        elif ch == '万': total += (sec + num) * 10000; sec = num = 0
        elif ch == '亿': total = (total + sec + num) * 100000000; sec = num = 0
        else: raise ValueError(s)
    return total + sec + num


def to_cn(x):
    """Decimal/str like '11.8' -> 十一点八 (integer part < 10000)."""
    s = str(x)
    a, _, b = s.partition('.')
    n = int(a)
    if n == 0: out = '零'
    else:
        parts, started, zero = [], False, False
        for unit, val in (('千', 1000), ('百', 100), ('十', 10), ('', 1)):
            d = n // val % 10
            if d:
                if zero and started: parts.append('零')
                parts.append(('' if (unit == '十' and d == 1 and not started) else CNDIG[d]) + unit)
                started, zero = True, False
            elif started: zero = True
        out = ''.join(parts)
    if b: out += '点' + ''.join(CNDIG[int(c)] for c in b)
    return out


def parse_value(quote):
    """-> (value Decimal, unit, half-unit Decimal) from a whitespace-free quote."""
    q = quote.translate(HW)
    if q.startswith('百分之'):
        body = q[3:]
        if '点' in body:
            a, b = body.split('点'); v = D(cn_int(a)) + D('0.' + ''.join(str(DIG[c]) for c in b)); dec = len(b)
        else: v = D(cn_int(body)); dec = 0
        return v, '%', D('0.5') * D(10) ** -dec
    m = re.fullmatch(r'([0-9.]+|[零〇一二两三四五六七八九十百千]+)(多|余)?([万亿]*)(.*)', q)
    body, more, mult, unit = m.groups()
    if re.fullmatch(r'[0-9.]+', body):
        v = D(body); dec = len(body.split('.')[1]) if '.' in body else 0
    else:
        v = D(cn_int(body)); dec = 0
    h = D('0.5') * D(10) ** -dec
    for ch in mult:
        v *= {'万': 10000, '亿': 100000000}[ch]; h *= {'万': 10000, '亿': 100000000}[ch]
    if unit.startswith('个百分点'): unit = '个百分点'
    elif unit.startswith('%'): unit = '%'
    elif unit.endswith('元') and unit not in ('美元',): unit = '元'
    return v, unit, h


def jnum(v):
    v = D(v)
    if v == v.to_integral_value(): return int(v)
    return float(round(v, 4))


def scorer_hits(flat, quote):
    out, at = [], -1
    while True:
        at = flat.find(quote, at + 1)
        if at < 0: return out
        out.append(at)


def build(doc, src, place, period, digits=None):
    """-> (tagged chars, facts, ids). tagged chars: list of (ch, fact_index|None).
    digits='fw': ASCII digits, '.' and '%' become full-width everywhere (1990s national report)."""
    conv = (lambda s: s.translate(FW)) if digits == 'fw' else (lambda s: s)
    chars, facts, ids, pos = [], [], {}, 0
    for mm in MARK.finditer(src):
        for ch in conv(src[pos:mm.start()]): chars.append((ch, None))
        t, rawq, hint, fid, extra = mm.groups()
        rawq = conv(rawq)
        quote = ''.join(rawq.split())
        ex = dict(kv.split('=', 1) for kv in (extra or '').split(',') if kv)
        v, unit, h = parse_value(quote)
        if 'v' in ex: v = D(ex['v'])
        if 'u' in ex: unit = ex['u']
        if 'h' in ex: h = D(ex['h'])
        k = len(facts)
        for ch in rawq: chars.append((ch, k))
        f = {"doc": doc, "type": TYPES[t], "quote": quote, "occurrence": None, "value": jnum(v), "unit": unit,
             "metric_hint": hint.strip(), "place": ex.get('pl', place), "period": ex.get('pe', period),
             "_v": v, "_h": h, "_id": fid.strip()}
        if f['place'] == 'null': f['place'] = None
        if f['period'] == 'null': f['period'] = None
        facts.append(f)
        if fid.strip():
            assert fid.strip() not in ids, fid
            ids[fid.strip()] = f
        pos = mm.end()
    for ch in conv(src[pos:]): chars.append((ch, None))
    return chars, facts, ids


def finish(chars, facts, places_implied=('中国',)):
    """Count occurrences on the final text; check every fact's span survived layout intact."""
    text = ''.join(c for c, _ in chars)
    flat, first = [], {}
    for c, k in chars:
        if c.isspace(): continue
        if k is not None and k not in first: first[k] = len(flat)
        flat.append(c)
    flat = ''.join(flat)
    for k, f in enumerate(facts):
        i = first[k]
        assert flat[i:i + len(f['quote'])] == f['quote'], ('span broken by layout', f['quote'], flat[i - 5:i + 15])
        hits = scorer_hits(flat, f['quote'])
        f['occurrence'] = hits.index(i) + 1
        f['_pos'] = i
        assert f['metric_hint'] and f['metric_hint'] in flat, ('hint not in text', f)
        if f['place'] and f['place'] not in places_implied: assert f['place'] in flat, ('place not in text', f)
    keys = [(f['quote'], f['occurrence']) for f in facts]
    assert len(keys) == len(set(keys))
    return text, flat


# ---------------------------------------------------------------- audit
class Audit:
    """Interval arithmetic: each stated number carries half a unit of its last written digit; a check is
    consistent when the interval the other facts allow meets the stated value's interval. The writer also
    states what verdict was meant (`want`), so a number chosen badly stops the script."""

    def __init__(self, doc, ids):
        self.doc, self.I, self.A = doc, ids, []

    def V(self, n): return self.I[n]['_v']
    def H(self, n): return self.I[n]['_h']
    def lo(self, n): return self.V(n) - self.H(n)
    def hi(self, n): return self.V(n) + self.H(n)

    def _add(self, check, names, expected, observed, verdict, expl, want):
        assert verdict == want, (check, names, expected, observed, verdict, want)
        self.A.append({"doc": self.doc, "check": check, "verdict": verdict,
                       "facts": [{"quote": self.I[n]['quote'], "occurrence": self.I[n]['occurrence']} for n in names],
                       "expected": expected, "observed": observed, "explanation": expl})

    def _verdict(self, claim, elo, ehi, e):
        clo, chi = self.lo(claim), self.hi(claim)
        meets = not (ehi < clo or elo > chi)
        if meets:
            # consistent ones must also hold at the point value within the claim's own half unit + parts' rounding
            return 'consistent'
        return 'inconsistent'

    @staticmethod
    def f(x, nd=2):
        x = D(x)
        q = round(x, nd)
        s = format(q, 'f')
        if '.' in s: s = s.rstrip('0').rstrip('.')
        return s

    def sum(self, tot, parts, expl, signs=None, want='consistent', disp=1):
        signs = signs or '+' * len(parts)
        e = sum((self.V(p) if s == '+' else -self.V(p)) for p, s in zip(parts, signs))
        elo = sum((self.lo(p) if s == '+' else -self.hi(p)) for p, s in zip(parts, signs))
        ehi = sum((self.hi(p) if s == '+' else -self.lo(p)) for p, s in zip(parts, signs))
        v = self._verdict(tot, elo, ehi, e)
        self._add('sum', [tot] + parts, jnum(e), jnum(self.V(tot)), v, expl.format(e=self.f(e / disp), o=self.f(self.V(tot) / disp)), want)

    def rate(self, r, num, den, expl, scale=100, want='consistent', check='rate'):
        e = self.V(num) / self.V(den) * scale
        elo = self.lo(num) / self.hi(den) * scale; ehi = self.hi(num) / self.lo(den) * scale
        v = self._verdict(r, elo, ehi, e)
        self._add(check, [r, num, den], jnum(round(e, 4)), jnum(self.V(r)), v, expl.format(e=self.f(e), o=self.f(self.V(r))), want)

    def average(self, a, tot, n, expl, scale=1, want='consistent'):
        self.rate(a, tot, n, expl, scale=scale, want=want, check='average')

    def _claim(self, n, neg):
        # a fall (下降/减少/回落) is observed as a negative number
        return (-self.V(n), -self.hi(n), -self.lo(n)) if neg else (self.V(n), self.lo(n), self.hi(n))

    def _verdict2(self, clo, chi, elo, ehi):
        return 'consistent' if not (ehi < clo or elo > chi) else 'inconsistent'

    def growth(self, g, new, old, expl, want='consistent', neg=False):
        e = (self.V(new) / self.V(old) - 1) * 100
        elo = (self.lo(new) / self.hi(old) - 1) * 100; ehi = (self.hi(new) / self.lo(old) - 1) * 100
        o, clo, chi = self._claim(g, neg)
        v = self._verdict2(clo, chi, elo, ehi)
        self._add('growth', [g, new, old], jnum(round(e, 4)), jnum(o), v, expl.format(e=self.f(e), o=self.f(o)), want)

    def cagr(self, g, new, old, years, expl, want='consistent'):
        p = D(1) / D(years)
        fn = lambda a, b: ((a / b) ** p - 1) * 100
        e = fn(self.V(new), self.V(old)); elo = fn(self.lo(new), self.hi(old)); ehi = fn(self.hi(new), self.lo(old))
        v = self._verdict(g, elo, ehi, e)
        self._add('growth', [g, new, old], jnum(round(e, 4)), jnum(self.V(g)), v, expl.format(e=self.f(e), o=self.f(self.V(g))), want)

    def inc(self, g, incr, new, expl, want='consistent'):
        """growth % given the increment and the new level: incr / (new - incr)."""
        e = self.V(incr) / (self.V(new) - self.V(incr)) * 100
        elo = self.lo(incr) / (self.hi(new) - self.lo(incr)) * 100
        ehi = self.hi(incr) / (self.lo(new) - self.hi(incr)) * 100
        v = self._verdict(g, elo, ehi, e)
        base = self.V(new) - self.V(incr)
        self._add('growth', [g, incr, new], jnum(round(e, 4)), jnum(self.V(g)), v,
                  expl.format(e=self.f(e), o=self.f(self.V(g)), b=self.f(base)), want)

    def diff(self, d, a, b, expl, want='consistent', disp=1, neg=False):
        """stated change d = new a - old b, an amount or percentage points (neg: the text states a fall)."""
        e = self.V(a) - self.V(b); elo = self.lo(a) - self.hi(b); ehi = self.hi(a) - self.lo(b)
        o, clo, chi = self._claim(d, neg)
        v = self._verdict2(clo, chi, elo, ehi)
        self._add('growth', [d, a, b], jnum(e), jnum(o), v, expl.format(e=self.f(e / disp), o=self.f(o / disp)), want)

    def part_of(self, whole, parts, expl, want='consistent'):
        parts = parts if isinstance(parts, list) else [parts]
        s = sum(self.V(p) for p in parts)
        v = 'consistent' if s - sum(self.H(p) for p in parts) <= self.hi(whole) else 'inconsistent'
        self._add('part_of', [whole] + parts, [0, jnum(self.V(whole))], jnum(s), v, expl, want)

    def bound(self, b, val, expl, kind='min', want='consistent'):
        """kind=min: the value is at least the bound (突破/超过/高于); kind=max: at most (不超过/控制在)."""
        if kind == 'min':
            v = 'consistent' if self.hi(val) >= self.lo(b) else 'inconsistent'; exp = [jnum(self.V(b)), None]
        else:
            v = 'consistent' if self.lo(val) <= self.hi(b) else 'inconsistent'; exp = [None, jnum(self.V(b))]
        self._add('bound', [b, val], exp, jnum(self.V(val)), v, expl, want)

    def enumeration(self, n, items, expl, want='consistent'):
        e = len(items); o = int(self.V(n))
        self._add('enumeration', [n], e, o, 'consistent' if e == o else 'inconsistent', expl.format(e=e, items='、'.join(items)), want)

    def unver(self, check, names, expl):
        self._add(check, names, None, jnum(self.V(names[0])), 'unverifiable', expl, 'unverifiable')


def write(outdir, doc, text, facts, audit):
    open(f'{outdir}/{doc}.txt', 'w', encoding='utf-8').write(text)
    with open(f'{outdir}/{doc}.facts.jsonl', 'w', encoding='utf-8') as fh:
        for f in facts:
            fh.write(json.dumps({k: v for k, v in f.items() if not k.startswith('_')}, ensure_ascii=False) + '\n')
    with open(f'{outdir}/{doc}.audit.jsonl', 'w', encoding='utf-8') as fh:
        for a in audit.A: fh.write(json.dumps(a, ensure_ascii=False) + '\n')
    flat = ''.join(text.split())
    print(doc, len(text), 'chars', len(flat), 'flat;', len(facts), 'facts', dict(collections.Counter(f['type'] for f in facts)),
          len(audit.A), 'findings', dict(collections.Counter(a['check'] for a in audit.A)),
          dict(collections.Counter(a['verdict'] for a in audit.A)))
    for a in audit.A:
        if a['verdict'] == 'inconsistent': print('  INCONSISTENT:', a['check'], a['expected'], a['observed'], a['explanation'])


# ---------------------------------------------------------------- PDF-like layout
def _w(ch):
    return 1 if ord(ch) < 0x2000 else 2


def layout_pdf(chars, width=56, per_page=24, head='政府工作报告', unwrap=0):
    """Hard line breaks at `width` display units (full-width = 2) inside sentences, numbers and words alike;
    a page number line `- N -` and, on the next page, the running head `head`; a page break is put at the
    first line end after `per_page` lines that ends on a punctuation mark (mid-sentence, never inside a word or number).
    The first `unwrap` paragraphs (title, byline) are kept as they are."""
    paras, cur = [], []
    for c in chars:
        if c[0] == '\n': paras.append(cur); cur = []
        else: cur.append(c)
    paras.append(cur)
    lines = []
    for i, p in enumerate(paras):
        if i < unwrap or not p:
            lines.append(p); continue
        line, n = [], 0
        for c in p:
            if n + _w(c[0]) > width:
                lines.append(line); line, n = [], 0
            line.append(c); n += _w(c[0])
        if line: lines.append(line)
    NUM = set('0123456789.%０１２３４５６７８９．％')
    out, cnt, page = [], 0, 1
    for j, ln in enumerate(lines):
        out.append(ln); cnt += 1
        nxt = lines[j + 1] if j + 1 < len(lines) else None
        if cnt >= per_page and ln and nxt:
            a, b = ln[-1], nxt[0]
            same_fact = a[1] is not None and a[1] == b[1]
            if not same_fact and a[0] in '，。；、：' and b[0] not in NUM:
                out.append([]); out.append([(ch, None) for ch in f'- {page} -']); out.append([])
                out.append([(ch, None) for ch in head]); out.append([])
                page += 1; cnt = 0
    out.append([]); out.append([(ch, None) for ch in f'- {page} -'])
    res = []
    for k, ln in enumerate(out):
        res.extend(ln)
        if k < len(out) - 1: res.append(('\n', None))
    res.append(('\n', None))
    return res
