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
            rows = [facts.get((f['quote'], f['occurrence']), {}) for f in d['facts']]
            vals = [r.get('value') for r in rows]
            # a share line (share, part, whole) claims the share: only facts of one unit are reordered
            if all(isinstance(v, (int, float)) for v in vals) and len({r.get('unit') for r in rows}) == 1:
                i = max(range(len(vals)), key=lambda k: vals[k])
                if i != 0 and vals[i] > vals[0]:
                    d['facts'].insert(0, d['facts'].pop(i)); n += 1
                    print(doc, [f['quote'] for f in d['facts']])
        out.append(json.dumps(d, ensure_ascii=False))
    if n:
        open(audit, 'w').write('\n'.join(out) + '\n')
