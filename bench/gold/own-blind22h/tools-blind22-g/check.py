import json, re, glob, os
os.chdir('/work/blind22b')
HW = str.maketrans('０１２３４５６７８９．％', '0123456789.%')
bad = 0
MINE = ['prefecture-report-2026', 'national-report-1959', 'pd-style-county', 'pd-style-finance']
for txt in [d + '.txt' for d in MINE]:
    doc = txt[:-4]; flat = re.sub(r'\s', '', open(txt).read())
    facts = [json.loads(l) for l in open(f'{doc}.facts.jsonl')]
    keys = [(f['quote'], f['occurrence']) for f in facts]
    assert len(keys) == len(set(keys)), doc
    for f in facts:
        if f['occurrence'] > flat.count(f['quote']): bad += 1; print('BAD quote', doc, f)
        if f['metric_hint'] not in flat: bad += 1; print('BAD hint', doc, f)
        if f['place'] and f['place'] not in flat: bad += 1; print('BAD place', doc, f)
        assert f['doc'] == doc
    for line in open(f'{doc}.audit.jsonl'):
        a = json.loads(line)
        assert a['verdict'] in ('consistent', 'inconsistent', 'unverifiable')
        for r in a['facts']:
            if (r['quote'], r['occurrence']) not in set(keys): bad += 1; print('BAD audit ref', doc, r)
    inc = sum(json.loads(l)['verdict'] == 'inconsistent' for l in open(f'{doc}.audit.jsonl'))
    print(doc, 'facts', len(facts), 'findings', sum(1 for _ in open(f'{doc}.audit.jsonl')), 'inconsistent', inc)
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
