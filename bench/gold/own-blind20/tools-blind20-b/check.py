import json, re, glob, os
os.chdir('/work/blind20'); bad = 0
for doc in ['pd-style-news', 'tax-revenue']:
    flat = re.sub(r'\s', '', open(doc + '.txt').read())
    facts = [json.loads(l) for l in open(doc + '.facts.jsonl')]
    keys = {(f['quote'], f['occurrence']) for f in facts}
    assert len(keys) == len(facts), doc
    for f in facts:
        if flat.count(f['quote']) < f['occurrence']: bad += 1; print('BAD', f)
        if f['metric_hint'] not in flat or (f['place'] and f['place'] not in flat): bad += 1; print('HINT/PLACE', f)
    for l in open(doc + '.audit.jsonl'):
        a = json.loads(l)
        for r in a['facts']:
            if (r['quote'], r['occurrence']) not in keys: bad += 1; print('AUDIT', r)
    spans = []
    for q, o in keys:
        i = -1
        for _ in range(o): i = flat.index(q, i + 1)
        spans.append((i, i + len(q)))
    norm = flat.translate(str.maketrans('０１２３４５６７８９．', '0123456789.'))
    for m in re.finditer(r'\d+(?:\.\d+)?', norm):
        if not any(a <= m.start() < b for a, b in spans):
            print(doc, 'uncovered:', flat[max(0, m.start()-6):m.end()+4])
print('bad', bad)
