"""Re-read the written pages: quotes/occurrences exist, facts unique, audit facts in facts file, hints/places in page,
periods well formed; list digits not covered by any fact."""
import json, re, glob, sys
DIR = '/work/blind23/'
PER = re.compile(r'^(\.\./)?\d{4}(-\d{2}){0,2}(/\d{4}(-\d{2}){0,2})?$')
bad = 0
for doc in ['prov-report-west', 'city-report-east', 'prov-report-northeast', 'county-report']:
    flat = re.sub(r'\s', '', open(DIR + doc + '.txt').read())
    facts = [json.loads(l) for l in open(DIR + doc + '.facts.jsonl')]
    audit = [json.loads(l) for l in open(DIR + doc + '.audit.jsonl')]
    keys = set()
    spans = []
    for f in facts:
        k = (f['quote'], f['occurrence']); assert k not in keys, k; keys.add(k)
        i = -1
        for _ in range(f['occurrence']):
            i = flat.find(f['quote'], i + 1)
            if i == -1: break
        if i == -1: bad += 1; print('BAD occ', doc, k); continue
        spans.append((i, i + len(f['quote'])))
        if f['metric_hint'] not in flat: bad += 1; print('BAD hint', doc, f)
        if f['place'] is not None and f['place'] not in flat: bad += 1; print('BAD place', doc, f)
        if f['period'] is not None and not PER.match(f['period']): bad += 1; print('BAD period', doc, f)
        if f['doc'] != doc: bad += 1
    for a in audit:
        for r in a['facts']:
            if (r['quote'], r['occurrence']) not in keys: bad += 1; print('BAD audit ref', doc, r)
        assert a['verdict'] in ('consistent', 'inconsistent', 'unverifiable')
    inc = [a for a in audit if a['verdict'] == 'inconsistent']
    print(doc, len(flat), 'chars', len(facts), 'facts', len(audit), 'findings', len(inc), 'inconsistent')
    for m in re.finditer(r'\d+(?:\.\d+)?', flat):
        if not any(a <= m.start() < b for a, b in spans):
            print('   uncovered:', flat[max(0, m.start() - 8):m.end() + 4])
print('bad', bad); sys.exit(1 if bad else 0)
