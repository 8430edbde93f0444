"""Gold generator for blind22-d pages.
Source text carries inline markers [[t quote;hint;id;k=v,...]] (t: m money, c count, p percent).
extras: q=qualifier, pl=place (null), pe=period, v=value override, vm=value_max, u=unit override.
The page text is built, optionally laid out as PDF text (hard breaks, page marks, running heads),
then occurrence is computed in the whitespace-free final page by position (overlapping raw hits)."""
import re, json, collections
MARK = re.compile(r'\[\[(m|c|p) ([^;\]]+);([^;\]]*);([^;\]]*)(?:;([^\]]*))?\]\]')
TYPES = {'m': 'money', 'c': 'count', 'p': 'percent'}
FWT = str.maketrans('０１２３４５６７８９．％', '0123456789.%')
D = {'零':0,'〇':0,'○':0,'一':1,'二':2,'两':2,'三':3,'四':4,'五':5,'六':6,'七':7,'八':8,'九':9}
def cn_int(s):
    """Chinese numeral (no 万/亿) -> int"""
    if s == '': return 0
    total, cur = 0, 0
    for ch in s:
        if ch in D: cur = D[ch]
        elif ch == '十': total += (cur or 1) * 10; cur = 0
        elif ch == '百': total += cur * 100; cur = 0
        elif ch == '千': total += cur * 1000; cur = 0
        else: raise ValueError(s)
    return total + cur
def cn_num(s):
    """Chinese numeral with 万/亿 and 点 -> float"""
    if '点' in s:
        a, b = s.split('点'); return cn_num(a) + float('0.' + ''.join(str(D[c]) for c in b))
    if '亿' in s:
        a, b = s.split('亿', 1); return cn_num(a) * 1e8 + cn_num(b)
    if '万' in s:
        a, b = s.split('万', 1); return cn_num(a) * 1e4 + cn_num(b)
    return cn_int(s)
CNCH = set('零〇○一二两三四五六七八九十百千万亿点')
def parse_value(quote):
    q = quote.translate(FWT)
    if q.startswith('百分之'):
        return cn_num(q[3:]), '%'
    if q[0] in CNCH:
        i = 0
        while i < len(q) and q[i] in CNCH: i += 1
        num = q[:i]; unit = q[i:]
        # trailing 万/亿 belong to the number
        return norm(cn_num(num)), unit
    m = re.match(r'([\d.]+)(多|余)?([万亿]*)(.*)', q)
    num = float(m.group(1)); mult = 1
    for ch in m.group(3): mult *= {'万': 1e4, '亿': 1e8}[ch]
    unit = m.group(4)
    if unit.startswith('%'): return num, '%'
    if unit.startswith('个百分点'): return num, '个百分点'
    return norm(num * mult), unit
def norm(v):
    v = round(v, 4); return int(v) if v == int(v) else v

def pdf_layout(text, width=34, lines_per_page=22, head='', page0=1, protect=(), mid=()):
    """hard-wrap every paragraph at `width`; after `lines_per_page` lines a page mark `— n —` and a
    running head go in at the next paragraph end, or inside a paragraph after a line whose number is in
    `mid` (orig positions checked against `protect`). Returns final text and map orig -> final index."""
    out, mp, n = [], [None] * len(text), 0
    lines_done, page, pos = 0, page0, 0
    def emit(s):
        nonlocal n
        out.append(s); n += len(s)
    for para in text.split('\n'):
        j = 0
        while True:
            e = min(len(para), j + width)
            for k in range(j, e): mp[pos + k] = n + (k - j)
            emit(para[j:e] + '\n'); lines_done += 1; j = e
            last = j >= len(para)
            g = pos + j
            if lines_done >= lines_per_page and (last or lines_done in mid) and not any(a < g < b for a, b in protect):
                emit('\n— %d —\n\n' % page + (head + '\n' if head else '')); page += 1; lines_done = 0
            if last: break
        pos += len(para) + 1
    return ''.join(out), mp

def build(doc, src, place, period, layout=None):
    facts, ids, pos, text, spans = [], {}, 0, '', []
    for mm in MARK.finditer(src):
        text += src[pos:mm.start()]
        t, quote, hint, fid, extra = mm.groups()
        ex = dict(kv.split('=', 1) for kv in (extra or '').split(',') if kv)
        start = len(text); text += quote; pos = mm.end()
        spans.append((start, len(text)))
        v, unit = parse_value(quote) if 'v' not in ex else (None, None)
        if 'v' in ex: v = norm(float(ex['v']))
        if 'u' in ex: unit = ex['u']
        f = {"doc": doc, "type": TYPES[t], "quote": quote, "occurrence": None, "value": v, "unit": unit,
             "qualifier": ex.get('q', 'exact'), "value_max": norm(float(ex['vm'])) if 'vm' in ex else None,
             "metric_hint": hint.strip(), "place": ex.get('pl', place), "period": ex.get('pe', period)}
        if f['place'] == 'null': f['place'] = None
        if f['period'] == 'null': f['period'] = None
        facts.append(f)
        if fid.strip():
            assert fid.strip() not in ids, fid
            ids[fid.strip()] = f
    text += src[pos:]
    assert '[[' not in text and ']]' not in text, 'unparsed marker'
    if layout:
        final, mp = layout(text, spans)
    else:
        final, mp = text, list(range(len(text)))
    # flat index of every final index
    flat_chars, fpos = [], {}
    for i, ch in enumerate(final):
        if not ch.isspace():
            fpos[i] = len(flat_chars); flat_chars.append(ch)
    flat = ''.join(flat_chars)
    for f, (a, b) in zip(facts, spans):
        s = fpos[mp[a]]
        assert flat[s:s + len(f['quote'])] == f['quote'], (f, flat[s:s+20])
        n, i = 0, -1
        while True:
            i = flat.find(f['quote'], i + 1)
            if i == -1 or i >= s: break
            n += 1
        f['occurrence'] = n + 1
        assert f['metric_hint'] in flat, ('hint', f)
        assert f['place'] is None or f['place'] in flat or f['place'] == '中国', ('place', f)
    keys = [(f['quote'], f['occurrence']) for f in facts]
    assert len(keys) == len(set(keys))
    return final, facts, ids

class Audit:
    def __init__(s, doc, ids): s.doc, s.ids, s.A = doc, ids, []
    def V(s, n): return s.ids[n]['value']
    def add(s, check, ok, names, expected, observed, expl):
        verdict = ok if isinstance(ok, str) else ('consistent' if ok else 'inconsistent')
        s.A.append({"doc": s.doc, "check": check, "verdict": verdict,
                    "facts": [{"quote": s.ids[n]['quote'], "occurrence": s.ids[n]['occurrence']} for n in names],
                    "expected": expected, "observed": observed, "explanation": expl})
    # helpers: claim first
    def sum(s, total, parts, tol=0.5, unitdiv=1, expl='', u=''):
        exp = norm(sum(s.V(p) for p in parts) / unitdiv); obs = norm(s.V(total) / unitdiv)
        ok = abs(exp - obs) <= tol
        s.add('sum', ok, [total] + parts, exp, obs,
              (expl or '各部分之和') + f':{" + ".join(str(norm(s.V(p)/unitdiv)) for p in parts)} = {exp}{u},文中为 {obs}{u}' + ('(一致)' if ok else '(不一致)'))
    def rate(s, r, num, den, nd=1, expl='', scale=100):
        exp = round(s.V(num) / s.V(den) * scale, nd); obs = s.V(r)
        ok = abs(exp - obs) <= 0.5 * 10 ** -nd + 1e-9
        s.add('rate', ok, [r, num, den], exp, obs,
              (expl or '比率') + f':{norm(s.V(num))} ÷ {norm(s.V(den))} = {exp}%,文中为 {obs}%' + ('(一致)' if ok else '(不一致)'))
    def growth(s, g, new, old, nd=1, expl='', down=False):
        e = (s.V(new) / s.V(old) - 1) * 100
        if down: e = -e
        exp = round(e, nd); obs = s.V(g)
        ok = abs(exp - obs) <= 0.5 * 10 ** -nd + 1e-9
        s.add('growth', ok, [g, new, old], exp, obs,
              (expl or '增速') + f':{norm(s.V(new))} ÷ {norm(s.V(old))} {"下降" if down else "增长"} {exp}%,文中为 {obs}%' + ('(一致)' if ok else '(不一致)'))
    def diff(s, d, new, old, expl='', unitdiv=1, tol=0.5, u=''):
        exp = norm((s.V(new) - s.V(old)) / unitdiv); obs = norm(s.V(d) / unitdiv)
        if exp < 0: exp = -exp
        ok = abs(exp - obs) <= tol
        s.add('growth', ok, [d, new, old], exp, obs,
              (expl or '增减量') + f':|{norm(s.V(new)/unitdiv)} - {norm(s.V(old)/unitdiv)}| = {exp}{u},文中为 {obs}{u}' + ('(一致)' if ok else '(不一致)'))
    def avg(s, a, tot, cnt, nd=0, expl='', mul=1, tol=None):
        exp = round(s.V(tot) / s.V(cnt) * mul, nd); obs = s.V(a)
        if nd <= 0: exp = int(exp) if exp == int(exp) else exp
        t = tol if tol is not None else 0.5 * 10 ** -nd + 1e-9
        ok = abs(exp - obs) <= t
        s.add('average', ok, [a, tot, cnt], exp, obs,
              (expl or '平均') + f':{norm(s.V(tot))} ÷ {norm(s.V(cnt))}{" × "+str(mul) if mul!=1 else ""} = {exp},文中为 {obs}' + ('(一致)' if ok else '(不一致)'))
    def part(s, whole, p, expl=''):
        ok = s.V(p) <= s.V(whole)
        s.add('part_of', ok, [whole, p], [0, s.V(whole)], s.V(p),
              (expl or '部分不超过整体') + f':{s.V(p)} ≤ {s.V(whole)}' + ('(一致)' if ok else '(不一致)'))
    def enum(s, c, n, items, expl=''):
        ok = s.V(c) == n
        s.add('enumeration', ok, [c], n, s.V(c), (expl or '列举项数') + f':列出{n}项({"、".join(items)}),文中为 {s.V(c)}' + ('(一致)' if ok else '(不一致)'))

def write(doc, text, facts, A, out='/work/blind22/'):
    open(out + doc + '.txt', 'w').write(text)
    open(out + doc + '.facts.jsonl', 'w').write(''.join(json.dumps(f, ensure_ascii=False) + '\n' for f in facts))
    open(out + doc + '.audit.jsonl', 'w').write(''.join(json.dumps(a, ensure_ascii=False) + '\n' for a in A))
    print(doc, len(re.sub(r'\s', '', text)), 'chars(flat);', len(facts), dict(collections.Counter(f['type'] for f in facts)),
          len(A), dict(collections.Counter(a['verdict'] for a in A)))
    for a in A:
        if a['verdict'] != 'consistent': print('  ', a['check'], a['verdict'], a['expected'], a['observed'], a['explanation'])
