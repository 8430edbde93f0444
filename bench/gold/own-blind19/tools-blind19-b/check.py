import json, re, sys, glob, os
os.chdir('/work/blind19'); bad = 0
for doc in ['hrss-bulletin', 'holiday-tourism']:
    flat = re.sub(r'\s', '', open(doc + '.txt').read())
    facts = [json.loads(l) for l in open(f'{doc}.facts.jsonl')]
    keys = [(f['quote'], f['occurrence']) for f in facts]
    assert len(keys) == len(set(keys)), doc
    def locate(q, o):
        i = -1
        for _ in range(o): i = flat.index(q, i + 1)   # raises if missing
        return i
    for f in facts:
        locate(f['quote'], f['occurrence'])
        if f['metric_hint'] not in flat or (f['place'] and f['place'] not in flat): bad += 1; print('BADHINT', f)
    for l in open(f'{doc}.audit.jsonl'):
        a = json.loads(l)
        for r in a['facts']:
            if (r['quote'], r['occurrence']) not in keys: bad += 1; print('NOTINFACTS', doc, r)
    spans = [(locate(q, o), locate(q, o) + len(q)) for q, o in keys]
    for m in re.finditer(r'\d+(?:\.\d+)?', flat):
        if not any(a <= m.start() < b for a, b in spans):
            print(doc, 'uncovered:', flat[max(0, m.start()-8):m.end()+4])
    print(doc, len(open(doc + '.txt').read()), 'chars', len(facts), 'facts')
print('bad', bad)
