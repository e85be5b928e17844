#!/usr/bin/env python3
"""Writes the first N articles of a JSON Lines corpus as text pages (headline, date, paragraphs), 1,000 to a folder,
as an analyst's scrape folder holds them: for timing a query over a folder of many page files.

    python3 many_pages.py --corpus FILE.jsonl --pages N --out DIR
"""
import argparse
import json
import os


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--corpus', required=True)
    ap.add_argument('--pages', type=int, required=True)
    ap.add_argument('--out', required=True)
    args = ap.parse_args()
    written = 0
    with open(args.corpus, encoding='utf-8') as lines:
        for line in lines:
            if written == args.pages:
                break
            article = json.loads(line)
            folder = os.path.join(args.out, f'{written // 1000:04d}')
            if written % 1000 == 0:
                os.makedirs(folder, exist_ok=True)
            page = f"{article['title']}\n\n{article.get('published', '')}\n\n{article['body']}\n"
            with open(os.path.join(folder, f"{article['id']}.txt"), 'w', encoding='utf-8') as out:
                out.write(page)
            written += 1
    if written < args.pages:
        raise SystemExit(f'many_pages.py: the corpus has only {written} articles')


if __name__ == '__main__':
    main()
