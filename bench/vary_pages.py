#!/usr/bin/env python3
"""Makes a folder of HTML pages for bench/html from a few real ones: copy k of page p keeps p's markup and swaps
about a third of the words of its visible text for other words of the same pages, so the copies are different
articles of realistic shape and size. Scripts, styles and tags are left as they are.

    python3 vary_pages.py --source DIR --pages N --out DIR [--seed 42]
"""
import argparse
import os
import random
import re

TEXT = re.compile(r'(<script\b.*?</script>|<style\b.*?</style>|<[^>]*>)|([^<]+)', re.S | re.I)
WORD = re.compile(r'[A-Za-zÀ-ÿ]{4,}')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--source', required=True)
    ap.add_argument('--pages', type=int, required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--seed', type=int, default=42)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    names = sorted(n for n in os.listdir(args.source) if n.endswith('.html'))
    pages = [open(os.path.join(args.source, n), encoding='utf-8', errors='replace').read() for n in names]
    vocabulary = sorted({w for p in pages for m in TEXT.finditer(p) if m.group(2) for w in WORD.findall(m.group(2))})
    os.makedirs(args.out, exist_ok=True)

    def vary(match):
        if match.group(1):
            return match.group(1)
        return WORD.sub(lambda w: rng.choice(vocabulary) if rng.random() < 0.33 else w.group(0), match.group(2))

    for i in range(args.pages):
        page = pages[i % len(pages)]
        stem = names[i % len(names)][:-len('.html')]
        folder = os.path.join(args.out, '%03d' % (i // 1000))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, '%s-%05d.html' % (stem, i)), 'w', encoding='utf-8') as f:
            f.write(TEXT.sub(vary, page))


if __name__ == '__main__':
    main()
