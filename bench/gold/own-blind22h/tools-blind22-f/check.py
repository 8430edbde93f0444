# checks for writer blind22-f: quotes/occurrences exist, audit facts in facts file, hints/places in page,
# uncovered digit runs listed (half- and full-width)
import json, re, glob, os
os.chdir('/work/blind22b'); bad = 0
FW = str.maketrans('０１２３４５６７８９．％', '0123456789.%')
for txt in sorted(glob.glob('*.txt')):
    doc = txt[:-4]; flat = re.sub(r'\s', '', open(txt).read())
    facts = [json.loads(l) for l in open(f'{doc}.facts.jsonl')]
    keys = {(f['quote'], f['occurrence']) for f in facts}
    assert len(keys) == len(facts), doc
    for f in facts:
        hits = [i for i in range(len(flat)) if flat.startswith(f['quote'], i)]
        if f['occurrence'] > len(hits): bad += 1; print('BAD occ', doc, f)
        if f['metric_hint'] not in flat: bad += 1; print('BAD hint', doc, f)
        if f['place'] and f['place'] not in flat: bad += 1; print('BAD place', doc, f)
    audits = [json.loads(l) for l in open(f'{doc}.audit.jsonl')]
    for a in audits:
        for r in a['facts']:
            if (r['quote'], r['occurrence']) not in keys: bad += 1; print('BAD audit ref', doc, r)
    spans = []
    for q, o in keys:
        i = -1
        for _ in range(o): i = flat.index(q, i + 1)
        spans.append((i, i + len(q)))
    unc = []
    for m in re.finditer(r'[0-9０-９]+(?:[.．][0-9０-９]+)?', flat):
        if not any(a <= m.start() < b for a, b in spans):
            unc.append(flat[max(0, m.start() - 4):m.end() + 3])
    print(doc, len(facts), 'facts', len(audits), 'audit', sum(a['verdict'] == 'inconsistent' for a in audits), 'inconsistent; uncovered:', unc)
print('bad', bad)
