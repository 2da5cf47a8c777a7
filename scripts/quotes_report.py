#!/usr/bin/env python3
"""Speakers on real news: how many quotes get a speaker, and each quote in context.

    python3 scripts/quotes_report.py [--pages ../shared/data/readability-pages]
                                     [--cmd "target/release/marginalia extract"] [--show all|none|some]

Reduces each page's expected.html (the article as Firefox's Reader View keeps it) to text with
paragraphs, runs the CLI on it, and prints per page and in all how many direct and partial quotes
have a speaker. --show prints every quote (or those without / with a speaker) with the text
around it, to check by hand. Pages not in English are left out (the core reads English).
"""
import argparse, json, os, re, subprocess, sys, tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'tools'))
NOT_ENGLISH = {'aktualne', 'folha', 'la-nacion', 'lemonde-1', 'liberation-1', 'heise'}


def page_text(path):
    from score_html import _Text  # the scorer's own reduction of expected.html
    t = _Text()
    t.feed(open(path, encoding='utf-8').read())
    text = re.sub(r'[ \t]+', ' ', ''.join(t.parts))
    return '\n\n'.join(line.strip() for line in text.split('\n') if line.strip())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--pages', default=os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'data', 'readability-pages'))
    ap.add_argument('--cmd', default='target/release/marginalia extract')
    ap.add_argument('--show', choices=['all', 'none', 'some'])
    args = ap.parse_args()
    totals = {'direct': [0, 0], 'partial': [0, 0]}
    for name in sorted(os.listdir(args.pages)):
        src = os.path.join(args.pages, name, 'expected.html')
        if name in NOT_ENGLISH or not os.path.exists(src):
            continue
        text = page_text(src)
        with tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False) as f:
            f.write(text)
        out = json.loads(subprocess.run(args.cmd.split() + [f.name], capture_output=True, text=True, check=True).stdout)
        os.unlink(f.name)
        for q in out['quotes']:
            if q['kind'] not in totals:
                continue
            has = q.get('speaker') is not None
            totals[q['kind']][0] += 1
            totals[q['kind']][1] += has
            if args.show == 'all' or (args.show == 'none' and not has) or (args.show == 'some' and has):
                st, en = q['start'], q['end']  # code points
                before = text[max(0, st - 160):st].replace('\n', '¶')
                after = text[en:en + 70].replace('\n', '¶')
                print(f"[{name}] {q['kind']} speaker={q.get('speaker')} cue={q.get('cue')}\n   …{before}⟦{text[st:en][:100]}⟧{after}")
    (d, ds), (p, ps) = totals['direct'], totals['partial']
    print(f'direct quotes with a speaker: {ds} of {d} ({ds / max(d, 1):.0%})')
    print(f'direct and partial quotes with a speaker: {ds + ps} of {d + p} ({(ds + ps) / max(d + p, 1):.0%})')


if __name__ == '__main__':
    main()
