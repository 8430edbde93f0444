# independent check: quotes/occurrences (raw overlapping hits in whitespace-free page), audit facts in facts file,
# hints and places in the page, uncovered digit runs.
import json, re, glob, os
os.chdir('/work/blind20'); bad = 0
for txt in ['customs-trade.txt', 'court-report.txt']:
    doc = txt[:-4]; flat = re.sub(r'\s', '', open(txt).read())
    F = [json.loads(l) for l in open(doc + '.facts.jsonl')]
    keys = {(f['quote'], f['occurrence']) for f in F}
    assert len(keys) == len(F), 'dup'
    spans = []
    for f in F:
        hits = [m.start() for m in re.finditer('(?=' + re.escape(f['quote']) + ')', flat)]
        if f['occurrence'] > len(hits): bad += 1; print('BAD occ', f); continue
        spans.append((hits[f['occurrence']-1], hits[f['occurrence']-1] + len(f['quote'])))
        if f['metric_hint'] not in flat: bad += 1; print('BAD hint', f)
        if f['place'] and f['place'] not in flat: bad += 1; print('BAD place', f)
    A = [json.loads(l) for l in open(doc + '.audit.jsonl')]
    for a in A:
        for r in a['facts']:
            if (r['quote'], r['occurrence']) not in keys: bad += 1; print('BAD audit ref', a['check'], r)
    print(doc, len(open(txt).read()), 'chars', len(F), 'facts', len(A), 'findings',
          sum(a['verdict'] == 'inconsistent' for a in A), 'inconsistent')
    for m in re.finditer(r'\d+(?:\.\d+)?', flat):
        if not any(a <= m.start() < b for a, b in spans): print('  uncovered:', flat[max(0, m.start()-6):m.end()+3])
print('bad', bad)
