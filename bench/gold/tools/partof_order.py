"""part_of gold lines must put the whole first (CONTRACT.md: 'the claim (... the whole) comes first').
Moves the fact of the largest value (same unit) to the front where another fact leads. Prints each change."""
import json, sys, glob, os
for audit in sys.argv[1:]:
    doc = os.path.basename(audit)[:-len('.audit.jsonl')]
    facts = {(f['quote'], f['occurrence']): f for f in map(json.loads, open(audit.replace('.audit.', '.facts.')))}
    out, n = [], 0
    for line in open(audit):
        d = json.loads(line)
        if d['check'] == 'part_of' and len(d['facts']) >= 2:
            vals = [facts.get((f['quote'], f['occurrence']), {}).get('value') for f in d['facts']]
            if all(isinstance(v, (int, float)) for v in vals):
                i = max(range(len(vals)), key=lambda k: vals[k])
                if i != 0 and vals[i] > vals[0]:
                    d['facts'].insert(0, d['facts'].pop(i)); n += 1
                    print(doc, [f['quote'] for f in d['facts']])
        out.append(json.dumps(d, ensure_ascii=False))
    if n:
        open(audit, 'w').write('\n'.join(out) + '\n')
