"""Re-reads the written pages: every fact and audit quote/occurrence exists (successive find as score.py),
every audit fact is in the facts file, every metric_hint and place is in the page; lists uncovered digits."""
import json, re, sys
DOCS = ['energy-bulletin', 'industry-monthly', 'county-final-accounts', 'postal-bulletin']
bad = 0
def locate(flat, q, o):
    i = -1
    for _ in range(o):
        i = flat.find(q, i + 1)
        if i < 0: return None
    return i
for doc in DOCS:
    flat = re.sub(r'\s', '', open(f'/work/blind22/{doc}.txt').read())
    facts = [json.loads(l) for l in open(f'/work/blind22/{doc}.facts.jsonl')]
    keys = {(f['quote'], f['occurrence']) for f in facts}
    assert len(keys) == len(facts), doc
    spans = []
    for f in facts:
        i = locate(flat, f['quote'], f['occurrence'])
        if i is None: bad += 1; print('BAD fact', doc, f); continue
        spans.append((i, i + len(f['quote'])))
        if f['metric_hint'] not in flat: bad += 1; print('BAD hint', doc, f)
        if f['place'] is not None and f['place'] not in flat: bad += 1; print('BAD place', doc, f)
        if f['period'] is not None and not re.fullmatch(r'(\.\./)?\d{4}(-\d\d){0,2}(/\d{4}(-\d\d){0,2})?', f['period']): bad += 1; print('BAD period', f)
    na = 0
    for line in open(f'/work/blind22/{doc}.audit.jsonl'):
        a = json.loads(line); na += 1
        for r in a['facts']:
            if (r['quote'], r['occurrence']) not in keys: bad += 1; print('BAD audit ref', doc, r)
    print(doc, 'facts', len(facts), 'audit', na)
    for m in re.finditer(r'\d+(?:\.\d+)?', flat):
        if not any(a <= m.start() < b for a, b in spans):
            print('   uncovered:', flat[max(0, m.start() - 8):m.end() + 5])
print('bad', bad)
