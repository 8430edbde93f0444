"""Re-read each written page in /work/blind22: locate every fact and audit quote/occurrence, check every audit
fact is in the facts file, every metric_hint and place occurs in the page, list digits no fact covers."""
import json, re, glob, os
os.chdir('/work/blind22')
FW = str.maketrans('０１２３４５６７８９．％', '0123456789.%')
bad = 0
for txt in ['greening-bulletin.txt', 'telecom-bulletin.txt', 'social-insurance-fund.txt', 'pd-style-agri.txt']:
    doc = txt[:-4]; flat = re.sub(r'\s', '', open(txt).read())
    facts = [json.loads(l) for l in open(f'{doc}.facts.jsonl')]
    keys = [(f['quote'], f['occurrence']) for f in facts]
    assert len(keys) == len(set(keys)), doc
    for f in facts:
        if flat.count(f['quote']) < f['occurrence']: bad += 1; print('BAD fact', doc, f)
        if f['metric_hint'] not in flat: bad += 1; print('BAD hint', doc, f)
        if f['place'] and f['place'] not in flat: bad += 1; print('BAD place', doc, f)
    for l in open(f'{doc}.audit.jsonl'):
        a = json.loads(l)
        for x in a['facts']:
            if (x['quote'], x['occurrence']) not in set(keys): bad += 1; print('BAD audit', doc, x)
    spans = []
    for q, o in keys:
        i = -1
        for _ in range(o): i = flat.index(q, i + 1)
        spans.append((i, i + len(q)))
    ff = flat.translate(FW)
    unc = []
    for m in re.finditer(r'\d+(?:\.\d+)?', ff):
        if not any(a <= m.start() < b for a, b in spans):
            unc.append(ff[max(0, m.start() - 4):m.end() + 3])
    print(doc, 'uncovered:', ' | '.join(unc))
print('bad', bad)
