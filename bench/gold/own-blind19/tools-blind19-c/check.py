import json, re, sys
bad = 0
for doc in ('info-disclosure', 'investment-signing'):
    flat = re.sub(r'\s', '', open(f'/work/blind19/{doc}.txt').read())
    facts = [json.loads(l) for l in open(f'/work/blind19/{doc}.facts.jsonl')]
    keys = {(f['quote'], f['occurrence']) for f in facts}
    assert len(keys) == len(facts), doc
    for f in facts:
        if flat.count(f['quote']) < f['occurrence']: bad += 1; print('BAD occ', f)
        if f['metric_hint'] not in flat: bad += 1; print('BAD hint', f)
        if f['place'] and f['place'] not in flat: bad += 1; print('BAD place', f)
    for l in open(f'/work/blind19/{doc}.audit.jsonl'):
        for r in json.loads(l)['facts']:
            if (r['quote'], r['occurrence']) not in keys: bad += 1; print('BAD audit ref', r)
    spans = []
    for q, o in keys:
        i = -1
        for _ in range(o): i = flat.index(q, i + 1)
        spans.append((i, i + len(q)))
    unc = [flat[max(0,m.start()-5):m.end()+3] for m in re.finditer(r'\d+(?:\.\d+)?', flat) if not any(a <= m.start() < b for a, b in spans)]
    print(doc, len(facts), 'facts; uncovered:', unc)
print('bad', bad)
