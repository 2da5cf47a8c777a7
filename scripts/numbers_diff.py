#!/usr/bin/env python3
"""Numbers on real text, before against after: what a change to the number finder changes.

    python3 scripts/numbers_diff.py dump OUT.jsonl [--cmd "target/release/marginalia extract"]
    python3 scripts/numbers_diff.py diff BEFORE.jsonl AFTER.jsonl

`dump` runs the CLI over the 40 pages of ../shared/data/readability-pages (each expected.html
reduced to text as scripts/quotes_report.py does) and over the 7,976 sentences of
../shared/data/claimbuster/train.json, and writes every number found (span, value, unit, kind,
range, qualifier), one document a line. `diff` prints each number that changed, with the text
around it, so that every change can be read by eye, and counts them.
"""
import argparse, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, '..', '..', 'shared')
sys.path.insert(0, HERE)
from quotes_report import page_text  # noqa: E402


def keep(n):
    return {k: n.get(k) for k in ('start', 'end', 'text', 'value', 'unit', 'kind', 'range', 'approx', 'currency')}


def dump(out, cmd):
    docs = []
    pages = os.path.join(SHARED, 'data', 'readability-pages')
    for name in sorted(os.listdir(pages)):
        src = os.path.join(pages, name, 'expected.html')
        if os.path.exists(src):
            docs.append(('page:' + name, page_text(src)))
    for s in json.load(open(os.path.join(SHARED, 'data', 'claimbuster', 'train.json'), encoding='utf-8')):
        docs.append(('claimbuster:%s' % s['sentence_id'], s['text']))
    with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False, encoding='utf-8') as f:
        for i, (_, text) in enumerate(docs):
            f.write(json.dumps({'id': str(i), 'text': text}) + '\n')
    res = subprocess.run(cmd.split() + ['--jsonl', f.name], capture_output=True, text=True, check=True).stdout
    os.unlink(f.name)
    with open(out, 'w', encoding='utf-8') as o:
        for (name, text), line in zip(docs, res.splitlines()):
            r = json.loads(line)
            o.write(json.dumps({'doc': name, 'text': text, 'numbers': [keep(n) for n in r['numbers']]}) + '\n')
    print(f'{len(docs)} documents, {sum(1 for _ in open(out))} lines written to {out}')


def diff(a, b):
    before = [json.loads(l) for l in open(a, encoding='utf-8')]
    after = [json.loads(l) for l in open(b, encoding='utf-8')]
    changed = {'page': 0, 'claimbuster': 0}
    totals = {'page': [0, 0], 'claimbuster': [0, 0]}
    for x, y in zip(before, after):
        part = x['doc'].split(':')[0]
        totals[part][0] += len(x['numbers'])
        totals[part][1] += len(y['numbers'])
        gone = [n for n in x['numbers'] if n not in y['numbers']]
        new = [n for n in y['numbers'] if n not in x['numbers']]
        if not gone and not new:
            continue
        changed[part] += 1
        text = x['text']
        lo = min(n['start'] for n in gone + new)
        hi = max(n['end'] for n in gone + new)
        print(f"[{x['doc']}] …{text[max(0, lo - 80):hi + 40]!r}")
        for n in gone:
            print(f"   - {n['text']!r} {n['value']} {n['unit']} {n['kind']} range={n['range']} approx={n['approx']}")
        for n in new:
            print(f"   + {n['text']!r} {n['value']} {n['unit']} {n['kind']} range={n['range']} approx={n['approx']}")
    for part, (nb, na) in totals.items():
        print(f'{part}: {nb} numbers before, {na} after; {changed[part]} documents changed')


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest='what', required=True)
    d = sub.add_parser('dump')
    d.add_argument('out')
    d.add_argument('--cmd', default='target/release/marginalia extract')
    c = sub.add_parser('diff')
    c.add_argument('before')
    c.add_argument('after')
    args = ap.parse_args()
    if args.what == 'dump':
        dump(args.out, args.cmd)
    else:
        diff(args.before, args.after)


if __name__ == '__main__':
    main()
