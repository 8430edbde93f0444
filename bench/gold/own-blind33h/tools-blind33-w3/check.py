"""Re-check the two pages: sizes, quotes/occurrences as the scorer counts them, fields, periods, hints,
audit references, no chosen occurrence inside a larger number, numbers left without a fact, and no run of
18+ characters shared with /work/shared."""
import json, re, os, sys, glob, collections
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = ['county-report-pdf', 'national-report-1990s']
_DAY = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
PERIOD = re.compile(rf"^(?:{_DAY}|{_DAY}/{_DAY}|\.\./{_DAY}|{_DAY}/\.\.)$")
NUMERAL = set("0123456789０１２３４５６７８９.．·零〇一二两三四五六七八九十百千万亿")
CHECKS = {'sum', 'part_of', 'rate', 'growth', 'enumeration', 'bound', 'span', 'ratio', 'average'}
bad = 0


def hits(flat, q):
    out, at = [], -1
    while True:
        at = flat.find(q, at + 1)
        if at < 0: return out
        out.append(at)


def shared_grams(n=18):
    grams = set()
    for p in glob.glob('/work/shared/**/*', recursive=True):
        if not os.path.isfile(p) or p.endswith(('LICENSE',)): continue
        try: t = open(p, encoding='utf-8').read()
        except Exception: continue
        if p.endswith(('.json', '.jsonl')):
            strs = []
            def walk(o):
                if isinstance(o, str): strs.append(o)
                elif isinstance(o, dict): [walk(v) for v in o.values()]; [walk(k) for k in o]
                elif isinstance(o, list): [walk(v) for v in o]
            for chunk in ([t] if p.endswith('.json') else t.splitlines()):
                try: walk(json.loads(chunk))
                except Exception: pass
            t = t + '\n' + '\n'.join(strs)
        if p.endswith('pd199801.txt'):   # tagged corpus: drop line ids and /tags, join the words
            t = re.sub(r'^\S+/m\s+', '', t, flags=re.M)
            t = re.sub(r'(\S+?)/[a-zA-Z]+\b', r'\1', t).replace('[', '').replace(']', '')
        f = ''.join(t.split())
        for i in range(len(f) - n + 1): grams.add(f[i:i + n])
    return grams


G = shared_grams()
for doc in DOCS:
    path = os.path.join(HERE, doc + '.txt')
    if not os.path.exists(path): continue
    raw = open(path, encoding='utf-8').read(); flat = ''.join(raw.split())
    print(f'== {doc}: {len(raw)} chars ({len(flat)} without whitespace)')
    if not (1900 <= len(raw) <= 2100): bad += 1; print('  BAD size')
    facts = [json.loads(l) for l in open(os.path.join(HERE, doc + '.facts.jsonl'), encoding='utf-8')]
    keys = set(); spans = []
    for f in facts:
        for k in ("doc", "type", "quote", "occurrence", "metric_hint", "place", "period"):
            if k not in f: bad += 1; print('  BAD missing', k, f)
        if f['doc'] != doc or f['type'] not in ('money', 'count', 'percent'): bad += 1; print('  BAD doc/type', f)
        h = hits(flat, f['quote'])
        if not 1 <= f['occurrence'] <= len(h): bad += 1; print('  BAD occurrence', f); continue
        at = h[f['occurrence'] - 1]; spans.append((at, at + len(f['quote'])))
        if at and f['quote'][0] in NUMERAL and flat[at - 1] in NUMERAL - set('万亿'): bad += 1; print('  BAD inside larger number', f)
        k = (f['quote'], f['occurrence'])
        if k in keys: bad += 1; print('  BAD duplicate', k)
        keys.add(k)
        if f['period'] is not None and not PERIOD.match(f['period']): bad += 1; print('  BAD period', f)
        if f['metric_hint'] not in flat: bad += 1; print('  BAD hint', f)
        if f['place'] and f['place'] != '中国' and f['place'] not in flat: bad += 1; print('  BAD place', f)
    n = len(facts)
    print(f'  facts {n}', dict(collections.Counter(f['type'] for f in facts)))
    if not 60 <= n <= 120: bad += 1; print('  BAD fact count')
    A = [json.loads(l) for l in open(os.path.join(HERE, doc + '.audit.jsonl'), encoding='utf-8')]
    for a in A:
        for k in ("doc", "check", "verdict", "facts", "expected", "observed", "explanation"):
            if k not in a: bad += 1; print('  BAD audit missing', k)
        if a['check'] not in CHECKS: bad += 1; print('  BAD check', a['check'])
        if a['verdict'] not in ('consistent', 'inconsistent', 'unverifiable'): bad += 1; print('  BAD verdict', a)
        for r in a['facts']:
            if (r['quote'], r['occurrence']) not in keys: bad += 1; print('  BAD audit ref', r)
    print(f'  findings {len(A)}', dict(collections.Counter(a['check'] for a in A)), dict(collections.Counter(a['verdict'] for a in A)))
    if not 20 <= len(A) <= 45: bad += 1; print('  BAD finding count')
    if sum(a['verdict'] == 'inconsistent' for a in A) != 1: bad += 1; print('  BAD: not exactly one inconsistent')
    fl = flat.translate(str.maketrans('０１２３４５６７８９．％', '0123456789.%'))
    for m in re.finditer(r'\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]{2,}', fl):
        if not any(a <= m.start() < b for a, b in spans):
            print('   not a fact:', flat[max(0, m.start() - 8):m.end() + 5])
    shared = [flat[i:i + 18] for i in range(len(flat) - 17) if flat[i:i + 18] in G]
    if shared: bad += 1; print('  BAD shared 18-char runs:', shared)
print('problems', bad)
sys.exit(1 if bad else 0)
