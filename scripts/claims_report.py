#!/usr/bin/env python3
"""Claims on real news: the share of body sentences marked check-worthy, and each claim.

    python3 scripts/claims_report.py [--cmd "target/release/marginalia extract"] [--show]

Reduces the expected.html of 14 English news pages of ../shared/data/readability-pages (training
data for the claim model since session 14, so the share is in-sample; it was not before) to text, one block a paragraph, runs the CLI on each, and
prints per page and in all how many body sentences are claims. --show prints every scored
sentence with its score and reasons (* = check-worthy), to read by eye. The README's figures
(37.9% with the rules, 32.9% with the session-13 model) come from this script. It also writes
nothing: `page_text` is how the labelled news texts of crates/train/data/news were made.
"""
import argparse, html.parser, json, os, re, subprocess, tempfile

PAGES = ['bbc-1', 'breitbart', 'buzzfeed-1', 'cnn', 'guardian-1', 'herald-sun-1', 'msn', 'nytimes-1',
         'nytimes-2', 'seattletimes-1', 'telegraph', 'wapo-1', 'wapo-2', 'yahoo-2']
BLOCK = {'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'div', 'pre', 'tr',
         'br', 'section', 'article', 'header', 'footer', 'ul', 'ol', 'table', 'figure'}


class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ('script', 'style')
        if tag in BLOCK:
            self.out.append('\n\n')

    def handle_endtag(self, tag):
        self.skip -= tag in ('script', 'style')
        if tag in BLOCK:
            self.out.append('\n\n')

    def handle_data(self, data):
        if not self.skip:
            self.out.append(re.sub(r'\s+', ' ', data))


def page_text(path):
    t = Text()
    t.feed(open(path, encoding='utf-8').read())
    blocks = re.split(r'\n\s*\n', ''.join(t.out))
    return '\n\n'.join(b.strip() for b in blocks if b.strip()) + '\n'


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument('--pages', default=os.path.join(here, '..', '..', 'shared', 'data', 'readability-pages'))
    ap.add_argument('--cmd', default='target/release/marginalia extract')
    ap.add_argument('--show', action='store_true')
    args = ap.parse_args()
    sentences = claims = 0
    for name in PAGES:
        text = page_text(os.path.join(args.pages, name, 'expected.html'))
        with tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False, encoding='utf-8') as f:
            f.write(text)
        out = json.loads(subprocess.run(args.cmd.split() + [f.name], capture_output=True, text=True, check=True).stdout)
        os.unlink(f.name)
        body = sum(1 for s in out['sentences'] if s['kind'] == 'body')
        marked = [c for c in out['claims'] if c['checkworthy']]
        sentences += body
        claims += len(marked)
        print(f'{name:16} sentences {body:4} claims {len(marked):4} ({len(marked) / max(1, body):.0%})')
        if args.show:
            for c in out['claims']:
                print(f"  {'*' if c['checkworthy'] else ' '} {c['score']:.2f} {text[c['start']:c['end']]}")
                print(f"         {'; '.join(c.get('reasons', []))}")
    print(f'all              sentences {sentences:4} claims {claims:4} ({claims / max(1, sentences):.1%})')


if __name__ == '__main__':
    main()
