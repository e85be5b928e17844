#!/usr/bin/env python3
"""Scores `search dupes --format tsv` output against make_copies.py's truth, pair by pair.

    score_copies.py TRUTH.tsv DUPES.tsv [DUPES2.tsv ...] [--json]

DUPES files: a header line, then `cluster kind member source published author similarity` per cluster member
(articles, comments, or both; cluster numbers count within a file and kind). Two members are "found together" when
some cluster holds both. Articles, per edit kind E:
  recall     of the true pairs (base, copy of kind E), the share found together
  precision  of the pairs found together that involve a copy of kind E, the share in one truth group (copies of one
             base count as true pairs among themselves)
Per negative kind: how many of its articles were clustered with anything (and how many with the base they relate
to); likewise bases without copies. Overall: precision over all pairs found, recall over all pairs of each truth
group (base-copy and copy-copy). Comments: recall over the pairs of each paste group, precision over all comment
pairs found, and near_miss and short comments clustered with anything.

Prints a Markdown table (or, with --json, the same figures as JSON). Exit 0; 2 when an input cannot be read.
"""
import argparse
import json
import os
import sys
from itertools import combinations

EDITS = ["prefix_footer", "words_5pct", "truncate", "reorder", "extend"]
NEGATIVES = ["quotes_one_paragraph", "same_topic"]
COMMENT_NEGATIVES = ["near_miss", "short"]


class Unreadable(Exception):
    pass


def read_lines(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read().splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise Unreadable(f"cannot read {path}: {e.strerror if isinstance(e, OSError) else e}")


def read_truth(path):
    lines = read_lines(path)
    if not lines or lines[0].split("\t")[:4] != ["group", "kind", "member", "edit"]:
        raise Unreadable(f"{path}: not a truth file (its first line is not `group kind member edit`)")
    truth = {}
    for n, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        f = line.split("\t")
        if len(f) < 4 or f[1] not in ("article", "comment"):
            raise Unreadable(f"{path}:{n}: expected `group kind member edit`, got {line[:80]!r}")
        truth[(f[1], f[2])] = (f[0], f[3])
    return truth


def read_dupes(paths):
    """Clusters as lists of (kind, member), keyed by (file, kind, cluster)."""
    clusters = {}
    for i, path in enumerate(paths):
        lines = read_lines(path)
        start = 1 if lines and lines[0].split("\t")[0].strip().lower() == "cluster" else 0
        for n, line in enumerate(lines[start:], start + 1):
            if not line.strip():
                continue
            f = line.split("\t")
            if len(f) < 3 or f[1] not in ("article", "comment") or not f[0].strip():
                raise Unreadable(f"{path}:{n}: expected `cluster kind member ...`, got {line[:80]!r}")
            clusters.setdefault((i, f[1], f[0].strip()), []).append((f[1], f[2]))
    return clusters


def ratio(num, den):
    return {"value": round(num / den, 4) if den else None, "of": den, "hits": num}


def score(truth, clusters):
    # Found pairs, and which clusters each member is in (a cluster of one pairs nothing).
    where, found = {}, set()
    members_in_clusters = {}
    for key, ms in clusters.items():
        ms = sorted(set(ms))
        if len(ms) < 2:
            continue
        for m in ms:
            where.setdefault(m, set()).add(key)
        for a, b in combinations(ms, 2):
            if a[0] == b[0]:
                found.add((a, b))
    together = lambda a, b: bool(where.get(a, set()) & where.get(b, set()))
    group = lambda m: truth[m][0] if m in truth else None
    edit = lambda m: truth[m][1] if m in truth else None
    groups = {}
    for m, (g, e) in truth.items():
        groups.setdefault((m[0], g), []).append(m)

    out = {"articles": {}, "comments": {}}
    unknown = [m for m in where if m not in truth]
    out["unknown_members"] = {"article": sum(1 for m in unknown if m[0] == "article"),
                              "comment": sum(1 for m in unknown if m[0] == "comment")}
    out["in_several_clusters"] = sum(1 for m, ks in where.items() if len(ks) > 1)

    # Articles.
    art = out["articles"]
    art_found = [p for p in found if p[0][0] == "article"]
    base_of = {m: ("article", g) for m, (g, e) in truth.items() if m[0] == "article" and e in EDITS}
    art["edits"] = {}
    for k in EDITS:
        copies = [m for m in base_of if edit(m) == k]
        rec = sum(1 for m in copies if together(m, base_of[m]))
        involved = [p for p in art_found if edit(p[0]) == k or edit(p[1]) == k]
        correct = sum(1 for a, b in involved if group(a) is not None and group(a) == group(b))
        art["edits"][k] = {"copies": len(copies), "recall": ratio(rec, len(copies)),
                           "precision": ratio(correct, len(involved))}
    art["negatives"] = {}
    for k in NEGATIVES + ["base"]:
        ms = [m for m, (g, e) in truth.items() if m[0] == "article" and e == k]
        if k == "base":     # bases without copies: they too must stay alone
            ms = [m for m in ms if len(groups[("article", group(m))]) == 1]
        clustered = [m for m in ms if m in where]
        related = [m for m in clustered if "~" in group(m) and together(m, ("article", group(m).split("~", 1)[1]))]
        art["negatives"]["lone_base" if k == "base" else k] = {
            "total": len(ms), "clustered": len(clustered), "with_related_base": len(related)}
    true_pairs = [p for (kind, g), ms in groups.items() if kind == "article" for p in combinations(sorted(ms), 2)]
    correct = sum(1 for a, b in art_found if group(a) is not None and group(a) == group(b))
    art["overall"] = {"recall": ratio(sum(1 for a, b in true_pairs if together(a, b)), len(true_pairs)),
                      "precision": ratio(correct, len(art_found))}
    art["clusters"] = sum(1 for (i, kind, c), ms in clusters.items() if kind == "article" and len(set(ms)) > 1)

    # Comments.
    com = out["comments"]
    com_found = [p for p in found if p[0][0] == "comment"]
    paste_groups = [ms for (kind, g), ms in groups.items() if kind == "comment" and len(ms) > 1]
    true_pairs = [p for ms in paste_groups for p in combinations(sorted(ms), 2)]
    correct = sum(1 for a, b in com_found if group(a) is not None and group(a) == group(b))
    com["pastes"] = {"groups": len(paste_groups),
                     "recall": ratio(sum(1 for a, b in true_pairs if together(a, b)), len(true_pairs)),
                     "precision": ratio(correct, len(com_found))}
    whole = sum(1 for ms in paste_groups if all(together(a, b) for a, b in combinations(ms, 2)))
    com["pastes"]["groups_whole"] = whole
    com["negatives"] = {}
    for k in COMMENT_NEGATIVES:
        ms = [m for m, (g, e) in truth.items() if m[0] == "comment" and e == k]
        clustered = [m for m in ms if m in where]
        related = [m for m in clustered if "~" in group(m) and together(m, ("comment", group(m).split("~", 1)[1]))]
        com["negatives"][k] = {"total": len(ms), "clustered": len(clustered), "with_related": len(related)}
        if k == "short":    # short-NNN.K: text NNN, paste K
            com["negatives"][k]["texts"] = len({group(m).split(".")[0] for m in ms})
    com["clusters"] = sum(1 for (i, kind, c), ms in clusters.items() if kind == "comment" and len(set(ms)) > 1)
    return out


def cell(r):
    if r["value"] is None:
        return "-"
    return f"{r['value']:.3f} ({r['hits']}/{r['of']})"


def markdown(s):
    a, c = s["articles"], s["comments"]
    rows = ["| kind | what | recall | precision | clustered by mistake |", "|---|---|---|---|---|"]
    for k, r in a["edits"].items():
        rows.append(f"| {k} | {r['copies']} article copies | {cell(r['recall'])} | {cell(r['precision'])} | |")
    for k, r in a["negatives"].items():
        what = "bases without copies" if k == "lone_base" else "negative articles"
        extra = f" ({r['with_related_base']} with their base)" if k != "lone_base" else ""
        rows.append(f"| {k} | {r['total']} {what} | | | {r['clustered']} of {r['total']}{extra} |")
    rows.append(f"| **all articles** | {a['clusters']} clusters found | {cell(a['overall']['recall'])} "
                f"| {cell(a['overall']['precision'])} | |")
    p = c["pastes"]
    for k, r in c["negatives"].items():
        extra = f" ({r['with_related']} with the comment they are one word from)" if k == "near_miss" else ""
        what = f"{r['total']} comments" + (f" ({r['texts']} texts)" if k == "short" else "")
        rows.append(f"| {k} | {what} | | | {r['clustered']} of {r['total']}{extra} |")
    rows.append(f"| **all comments** | {p['groups']} paste groups ({p['groups_whole']} found whole), {c['clusters']} "
                f"clusters found | {cell(p['recall'])} | {cell(p['precision'])} | |")
    notes = []
    if s["unknown_members"]["article"] or s["unknown_members"]["comment"]:
        notes.append(f"members not in the truth (each its own group): {s['unknown_members']['article']} articles, "
                     f"{s['unknown_members']['comment']} comments")
    if s["in_several_clusters"]:
        notes.append(f"members in more than one cluster: {s['in_several_clusters']}")
    return "\n".join(rows) + "".join(f"\n\nNote: {n}." for n in notes)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("truth")
    ap.add_argument("dupes", nargs="+")
    ap.add_argument("--json", action="store_true", help="the figures as JSON instead of a Markdown table")
    a = ap.parse_args()
    try:
        s = score(read_truth(a.truth), read_dupes(a.dupes))
    except Unreadable as e:
        print(f"score_copies: {e}", file=sys.stderr)
        sys.exit(2)
    try:
        print(json.dumps(s, indent=2) if a.json else markdown(s))
        sys.stdout.flush()
    except BrokenPipeError:     # `| head` is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    main()
