"""Check blind23-c pages: quotes/occurrences, audit facts in facts file, hints/places in page, uncovered numbers."""
import json, re, glob, sys
D = '/work/blind23/'
CN = '零〇一二两三四五六七八九十百千万亿'
bad = 0
for txt in sorted(glob.glob(D + 'national-report-*.txt')):
    doc = txt[len(D):-4]; page = open(txt).read(); flat = re.sub(r'\s', '', page)
    facts = [json.loads(l) for l in open(D + doc + '.facts.jsonl')]
    audit = [json.loads(l) for l in open(D + doc + '.audit.jsonl')]
    keys = set()
    spans = []
    for f in facts:
        k = (f['quote'], f['occurrence']); assert k not in keys, k; keys.add(k)
        i = -1
        for _ in range(f['occurrence']):
            i = flat.find(f['quote'], i + 1)
            if i < 0: print('BAD occ', doc, f); bad += 1; break
        spans.append((i, i + len(f['quote'])))
        if f['metric_hint'] not in flat: print('BAD hint', doc, f); bad += 1
        if f['place'] not in (None, '中国') and f['place'] not in flat: print('BAD place', doc, f); bad += 1
        if f['doc'] != doc: bad += 1
    for a in audit:
        for r in a['facts']:
            if (r['quote'], r['occurrence']) not in keys: print('BAD audit fact', doc, r); bad += 1
    # year tell
    assert re.search(r'(19|20)\d\d年|一九[八九][〇○零一二三四五六七八九]年', page), doc
    print(doc, len(page), 'chars;', len(facts), 'facts;', len(audit), 'findings;',
          sum(a['verdict'] == 'inconsistent' for a in audit), 'inconsistent')
    for m in re.finditer(r'\d+(?:\.\d+)?', flat):
        if not any(a <= m.start() < b for a, b in spans):
            print('   uncovered:', flat[max(0, m.start()-8):m.end()+4])
    for m in re.finditer('[%s]+' % CN, flat):
        if not any(a <= m.start() < b for a, b in spans) and len(m.group()) > 1:
            print('   uncovered cn:', flat[max(0, m.start()-6):m.end()+4])
print('bad', bad)
