"""Re-read the two blind33-w2 pages from the files written (not from the generator's memory).

Checks, adapted from bench/gold/tools/check_facts_gold.py, check_audit_gold.py and
own-blind23h/tools-blind23-a/check.py (those check DEV/TEST splits; these pages are in neither):
- size: 1,900-2,100 characters, 60-120 facts, 20-45 findings, exactly one inconsistent finding;
- facts: keys, types, quote without whitespace, occurrence counted as /work/shared/eval/score.py counts
  it, no duplicate (quote, occurrence), period form, metric_hint and place written in the text,
  no quote sitting inside a larger number;
- audit: fields, verdicts, every quote/occurrence exists and sits inside no larger number; every fact
  named is a fact of the page, except exchange-rate strings (not money) named by the currency checks;
- uncovered numerals are listed for reading;
- no run of 18+ characters shared with /work/shared (whitespace-free; the PKU POS tags stripped).
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path('/work/base/own33/w2')
DOCS = ['pd-provincial-finance', 'pd-world-economy']
KEYS = {"doc", "type", "quote", "occurrence", "value", "unit", "qualifier", "value_max", "metric_hint", "place", "period"}
AKEYS = ("doc", "check", "verdict", "facts", "expected", "observed", "explanation")
CHECKS = {"sum", "part_of", "rate", "growth", "enumeration", "bound", "span", "ratio", "average"}
_DAY = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
PERIOD = re.compile(rf"^(?:{_DAY}|{_DAY}/{_DAY}|\.\./{_DAY}|{_DAY}/\.\.)$")
NUMERAL = set("0123456789０１２３４５６７８９.．·零〇一二两三四五六七八九十百千万亿")
HW = str.maketrans('０１２３４５６７８９．％', '0123456789.%')
RUN = 18


def flat(s): return ''.join(s.split())


def occ(ft, q):
    hits, at = [], -1
    while True:
        at = ft.find(q, at + 1)
        if at < 0:
            return hits
        hits.append(at)


def shared_windows():
    wins = set()
    for p in Path('/work/shared').rglob('*'):
        if not p.is_file() or p.suffix not in ('.txt', '.md', '.json', '.jsonl', '.py'):
            continue
        raw = p.read_text(encoding='utf-8', errors='replace')
        if p.name == 'pd199801.txt':
            # "19980101-01-001-001/m  迈向/v  [中央/n  人民/n]nt" -> words only, one line an article line
            lines = []
            for line in raw.splitlines():
                toks = line.split()[1:]
                words = [re.sub(r'/[A-Za-z]+$', '', re.sub(r'\][A-Za-z]+$', '', t)).lstrip('[') for t in toks]
                lines.append(''.join(words))
            raw = '\n'.join(lines)
        for seg in raw.split('\n'):
            seg = flat(seg)
            for i in range(len(seg) - RUN + 1):
                wins.add(hash(seg[i:i + RUN]))
    return wins


def main():
    bad = 0
    wins = shared_windows()
    for doc in DOCS:
        raw = (HERE / f'{doc}.txt').read_text(encoding='utf-8'); ft = flat(raw)
        facts = [json.loads(l) for l in (HERE / f'{doc}.facts.jsonl').read_text(encoding='utf-8').splitlines()]
        audit = [json.loads(l) for l in (HERE / f'{doc}.audit.jsonl').read_text(encoding='utf-8').splitlines()]
        print(f'== {doc}: {len(raw)} characters ({len(ft)} without whitespace), {len(facts)} facts, {len(audit)} findings')
        if not 1900 <= len(raw) <= 2100: bad += 1; print('BAD size', len(raw))
        if not 60 <= len(facts) <= 120: bad += 1; print('BAD facts count')
        if not 20 <= len(audit) <= 45: bad += 1; print('BAD findings count')
        keys, spans = set(), []
        for n, f in enumerate(facts, 1):
            w = f'{doc}.facts:{n}'
            if set(f) != KEYS: bad += 1; print(w, 'keys', sorted(f))
            if f['doc'] != doc or f['type'] not in ('money', 'count', 'percent'): bad += 1; print(w, 'doc/type')
            if f['quote'] != flat(f['quote']) or not f['quote']: bad += 1; print(w, 'quote whitespace')
            hits = occ(ft, f['quote'])
            if not 1 <= f['occurrence'] <= len(hits): bad += 1; print(w, 'occurrence', f); continue
            at = hits[f['occurrence'] - 1]
            if at and f['quote'][0] in NUMERAL and ft[at - 1] in NUMERAL - set('万亿'): bad += 1; print(w, 'inside a larger number')
            end = at + len(f['quote'])
            if end < len(ft) and f['quote'][-1] in NUMERAL and ft[end] in NUMERAL: bad += 1; print(w, 'number runs on')
            k = (f['quote'], f['occurrence'])
            if k in keys: bad += 1; print(w, 'duplicate', k)
            keys.add(k); spans.append((at, end))
            if f['period'] is not None and not PERIOD.match(f['period']): bad += 1; print(w, 'period', f['period'])
            if not f['metric_hint'] or f['metric_hint'] not in ft: bad += 1; print(w, 'metric_hint', f['metric_hint'])
            if f['place'] is not None and f['place'] not in ft: bad += 1; print(w, 'place', f['place'])
        inc = 0
        for n, a in enumerate(audit, 1):
            w = f'{doc}.audit:{n}'
            if [k for k in AKEYS if k not in a]: bad += 1; print(w, 'fields')
            if a['doc'] != doc or a['check'] not in CHECKS: bad += 1; print(w, 'doc/check', a['check'])
            if a['verdict'] not in ('consistent', 'inconsistent', 'unverifiable'): bad += 1; print(w, 'verdict')
            inc += a['verdict'] == 'inconsistent'
            for r in a['facts']:
                hits = occ(ft, r['quote'])
                if len(hits) < r['occurrence']: bad += 1; print(w, 'no occurrence', r); continue
                at = hits[r['occurrence'] - 1]
                if at and r['quote'][0] in NUMERAL and ft[at - 1] in NUMERAL - set('万亿'): bad += 1; print(w, 'inside a larger number', r)
                if (r['quote'], r['occurrence']) not in keys and '兑' not in r['quote']: bad += 1; print(w, 'not a fact', r)
        if inc != 1: bad += 1; print('BAD: inconsistent findings', inc)
        print('facts by type', dict(Counter(f['type'] for f in facts)))
        print('findings', dict(Counter((a['check'], a['verdict']) for a in audit)))
        fl = ft.translate(HW)
        for m in re.finditer(r'\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+', fl):
            if not any(a <= m.start() < b for a, b in spans):
                print('   uncovered:', ft[max(0, m.start() - 6):m.end() + 4])
        runs = [i for i in range(len(ft) - RUN + 1) if hash(ft[i:i + RUN]) in wins]
        for i in runs:
            bad += 1; print('BAD shared run:', ft[i:i + RUN])
        print('shared 18-character runs:', len(runs))
    print('problems', bad)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
