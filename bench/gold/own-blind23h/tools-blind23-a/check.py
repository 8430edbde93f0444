"""Re-read the four blind23-a pages: quotes/occurrences, unique facts, audit refs, hints, places, uncovered digits."""
import json, re, os
os.chdir('/work/blind23')
HW = str.maketrans('０１２３４５６７８９．％', '0123456789.%')
bad = 0
MINE = ['pd-province-economy', 'pd-enterprise-reform', 'pd-spring-transport', 'pd-rural-poverty']
for doc in MINE:
    raw = open(doc + '.txt').read(); flat = re.sub(r'\s', '', raw)
    facts = [json.loads(l) for l in open(f'{doc}.facts.jsonl')]
    keys = [(f['quote'], f['occurrence']) for f in facts]
    assert len(keys) == len(set(keys)), doc
    for f in facts:
        if f['occurrence'] > flat.count(f['quote']): bad += 1; print('BAD quote', doc, f)
        if f['metric_hint'] not in flat: bad += 1; print('BAD hint', doc, f)
        if f['place'] and f['place'] not in flat: bad += 1; print('BAD place', doc, f)
        if f['doc'] != doc or f['type'] not in ('money', 'count', 'percent'): bad += 1; print('BAD field', f)
    A = [json.loads(l) for l in open(f'{doc}.audit.jsonl')]
    for a in A:
        assert a['verdict'] in ('consistent', 'inconsistent', 'unverifiable')
        for r in a['facts']:
            if (r['quote'], r['occurrence']) not in set(keys): bad += 1; print('BAD audit ref', doc, r)
    inc = sum(a['verdict'] == 'inconsistent' for a in A)
    print(doc, len(raw), 'chars;', 'facts', len(facts), 'findings', len(A), 'inconsistent', inc)
    spans = []
    for q, o in keys:
        i = -1
        for _ in range(o): i = flat.index(q, i + 1)
        spans.append((i, i + len(q)))
    fl = flat.translate(HW)
    for m in re.finditer(r'\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]{2,}', fl):
        if not any(a <= m.start() < b for a, b in spans):
            print('   uncovered:', flat[max(0, m.start()-6):m.end()+4])
print('bad', bad)
