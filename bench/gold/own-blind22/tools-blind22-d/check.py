import json, re
DOCS = ['tourism-bulletin', 'market-entities', 'plan-report-1985', 'ip-bulletin']
bad = 0
for doc in DOCS:
    p = '/work/blind22/' + doc
    flat = re.sub(r'\s', '', open(p + '.txt').read())
    facts = [json.loads(l) for l in open(p + '.facts.jsonl')]
    keys = {(f['quote'], f['occurrence']) for f in facts}
    assert len(keys) == len(facts), doc
    for f in facts:
        if f['occurrence'] > flat.count(f['quote']) and sum(1 for i in range(len(flat)) if flat.startswith(f['quote'], i)) < f['occurrence']:
            bad += 1; print('BAD occ', doc, f)
        if f['metric_hint'] not in flat: bad += 1; print('BAD hint', f)
        if f['place'] and f['place'] not in flat and not (f['place'] == '中国' and ('我国' in flat or '全国' in flat)): bad += 1; print('BAD place', f)
    for l in open(p + '.audit.jsonl'):
        a = json.loads(l)
        for r in a['facts']:
            if (r['quote'], r['occurrence']) not in keys: bad += 1; print('BAD audit ref', doc, r)
    spans = []
    for q, o in keys:
        i = -1
        for _ in range(o): i = flat.index(q, i + 1)
        spans.append((i, i + len(q)))
    unc = [flat[max(0, m.start() - 5):m.end() + 3] for m in re.finditer(r'[\d.]+|百分之[零一二三四五六七八九十百点]+|[零一二两三四五六七八九十百千万亿]{2,}[亿万]?[元人个种件户]', flat)
           if not any(a <= m.start() < b for a, b in spans)]
    print(doc, len(facts), 'facts; uncovered:', unc)
print('bad', bad)
