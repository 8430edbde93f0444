"""Re-read the two w1 pages as the scorer reads them: every fact/audit quote and occurrence
(successive find from one past the last hit in the whitespace-free text), no audit occurrence inside a
larger number, keys, periods, hints and places written in the page, audit facts among the facts (the
ratio string excepted), sizes, uncovered digits, and no 18-character run shared with /work/shared."""
import json, re, sys
from collections import Counter
from pathlib import Path

OUT = Path('/work/base/own33/w1')
DOCS = ['district-news-web', 'city-bulletin-web']
KEYS = {"doc", "type", "quote", "occurrence", "metric_hint", "place", "period"}
_DAY = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
PERIOD = re.compile(rf"^(?:{_DAY}|{_DAY}/{_DAY}|\.\./{_DAY}|{_DAY}/\.\.)$")
NUMERAL = set("0123456789０１２３４５６７８９.．·零〇一二两三四五六七八九十百千万亿")


def span(flat, quote, occ):
    at = -1
    for _ in range(occ):
        at = flat.find(quote, at + 1)
        if at < 0:
            return None
    return at


bad = 0
def problem(*a):
    global bad
    bad += 1
    print('PROBLEM', *a)


shared_text = []
for p in Path('/work/shared').rglob('*'):
    if p.is_file():
        try:
            shared_text.append(''.join(p.read_text(encoding='utf-8').split()))
        except Exception:
            pass
shared_blob = '\n'.join(shared_text)

for doc in DOCS:
    raw = (OUT / f'{doc}.txt').read_text(encoding='utf-8')
    flat = ''.join(raw.split())
    facts = [json.loads(l) for l in (OUT / f'{doc}.facts.jsonl').read_text(encoding='utf-8').splitlines() if l.strip()]
    audit = [json.loads(l) for l in (OUT / f'{doc}.audit.jsonl').read_text(encoding='utf-8').splitlines() if l.strip()]
    keys, spans = set(), []
    for f in facts:
        if not KEYS <= set(f):
            problem(doc, 'keys', f)
        if f['doc'] != doc or f['type'] not in ('money', 'count', 'percent'):
            problem(doc, 'doc/type', f)
        at = span(flat, f['quote'], f['occurrence'])
        if at is None:
            problem(doc, 'no occurrence', f['quote'], f['occurrence'])
            continue
        if at and f['quote'][0] in NUMERAL and flat[at - 1] in NUMERAL - set('万亿'):
            problem(doc, 'fact inside a larger number', f['quote'], f['occurrence'])
        k = (f['quote'], f['occurrence'])
        if k in keys:
            problem(doc, 'duplicate', k)
        keys.add(k)
        spans.append((at, at + len(f['quote'])))
        if f['period'] is not None and not PERIOD.match(f['period']):
            problem(doc, 'period', f)
        if not f['metric_hint'] or f['metric_hint'] not in flat:
            problem(doc, 'hint', f)
        if f['place'] and f['place'] not in flat:
            problem(doc, 'place', f)
    for a in audit:
        if set(a) != {"doc", "check", "verdict", "facts", "expected", "observed", "explanation"}:
            problem(doc, 'audit keys', a)
        if a['verdict'] not in ('consistent', 'inconsistent', 'unverifiable'):
            problem(doc, 'verdict', a)
        for r in a['facts']:
            at = span(flat, r['quote'], r['occurrence'])
            if at is None:
                problem(doc, 'audit quote missing', r)
                continue
            if at and r['quote'][0] in NUMERAL and flat[at - 1] in NUMERAL - set('万亿'):
                problem(doc, 'audit quote inside a larger number', r)
            if (r['quote'], r['occurrence']) not in keys and a['check'] != 'ratio':
                problem(doc, 'audit fact not among the facts', r)
    # 18-character runs shared with /work/shared
    runs = {flat[i:i + 18] for i in range(len(flat) - 17)}
    shared = sorted(x for x in runs if x in shared_blob)
    if shared:
        problem(doc, 'shares runs with /work/shared:', shared[:5])
    print(f'{doc}: {len(raw)} characters ({len(flat)} non-space); facts {len(facts)} {dict(Counter(f["type"] for f in facts))}; '
          f'findings {len(audit)} {dict(Counter((a["check"], a["verdict"]) for a in audit))}')
    print('   inconsistent:', [(a['check'], [r['quote'] for r in a['facts']]) for a in audit if a['verdict'] == 'inconsistent'])
    if not (1900 <= len(raw) <= 2100): problem(doc, 'length', len(raw))
    if not (60 <= len(facts) <= 120): problem(doc, 'fact count', len(facts))
    if not (20 <= len(audit) <= 45): problem(doc, 'finding count', len(audit))
    if sum(a['verdict'] == 'inconsistent' for a in audit) != 1: problem(doc, 'not exactly one inconsistency')
    unc = []
    for m in re.finditer(r'\d+(?:\.\d+)?', flat):
        if not any(s <= m.start() < e for s, e in spans):
            unc.append(flat[max(0, m.start() - 5):m.end() + 3])
    print('   uncovered digits:', unc)
print('problems', bad)
sys.exit(1 if bad else 0)
