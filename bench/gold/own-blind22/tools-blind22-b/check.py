import json, re, sys, glob
bad = 0
for txt in [a + '.txt' for a in sys.argv[1:]]:
    doc = txt[:-4]; flat = re.sub(r'\s', '', open(txt).read())
    for kind in ('facts', 'audit'):
        for line in open(f'{doc}.{kind}.jsonl'):
            d = json.loads(line)
            refs = d['facts'] if kind == 'audit' else [d]
            for r in refs:
                n = flat.count(r['quote'])
                if r['occurrence'] > n: bad += 1; print('BAD', doc, kind, r)
    # facts unique by (quote, occurrence)
    keys = [(json.loads(l)['quote'], json.loads(l)['occurrence']) for l in open(f'{doc}.facts.jsonl')]
    assert len(keys) == len(set(keys)), doc
    # every digit-run number in the page covered by some fact span? list uncovered numbers
    spans = []
    for q, o in keys:
        i = -1
        for _ in range(o): i = flat.index(q, i + 1)
        spans.append((i, i + len(q)))
    for m in re.finditer(r'\d+(?:\.\d+)?', flat):
        if not any(a <= m.start() < b for a, b in spans):
            print(doc, 'uncovered:', flat[max(0,m.start()-6):m.end()+4])
print('bad', bad)
