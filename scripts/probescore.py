#!/usr/bin/env python3
"""probescore.py CLAIMCTL LANG TEXTDIR LABELS.tsv [--errors]

Scores `claimctl extract --all --format jsonl --lang LANG` on the invented probe texts
(data/probes) against labels made with `go run ./data/newslabels/tool units TEXTDIR FILE...`,
e.g. `python3 scripts/probescore.py ./claimctl de data/probes/de data/probes/de/labels.tsv`.
LABELS.tsv: corpus, file, start, end (code points), sha1, label (0/1), claimant ("; " separated).
Prints check-worthiness P/R/F1/macro-F1 and claimant exact (names as sets, case ignored)."""
import json, subprocess, sys, os, collections

def norm(c):
    return frozenset(x.strip().lower() for x in c.split(";") if x.strip())

def main():
    claimctl, lang, textdir, labels = sys.argv[1:5]
    show = "--errors" in sys.argv
    rows = collections.defaultdict(list)
    for line in open(labels, encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if len(p) < 6:
            continue
        rows[p[1]].append((int(p[2]), int(p[3]), int(p[5]), p[6] if len(p) > 6 else ""))
    tp = fp = fn = tn = 0
    cl_with = cl_right = none_n = none_right = missing = 0
    errs = []
    for f, labs in sorted(rows.items()):
        path = os.path.join(textdir, f)
        text = open(path, encoding="utf-8").read()
        out = subprocess.run([claimctl, "extract", "--all", "--format", "jsonl", "--lang", lang, path],
                             capture_output=True, text=True, check=True).stdout
        units = {}
        for l in out.splitlines():
            u = json.loads(l)
            b = text.encode("utf-8")
            s = len(b[:u["start"]].decode("utf-8", "replace"))
            e = len(b[:u["end"]].decode("utf-8", "replace"))
            units[(s, e)] = u
        for s, e, lab, cl in labs:
            u = units.get((s, e))
            if u is None:
                missing += 1
                continue
            pred = bool(u["checkworthy"])
            if lab and pred: tp += 1
            elif lab: fn += 1
            elif pred: fp += 1
            else: tn += 1
            got = norm(u.get("claimant", ""))
            want = norm(cl)
            if want:
                cl_with += 1
                cl_right += got == want
            else:
                none_n += 1
                none_right += not got
            if show and (got != want or lab != pred):
                errs.append(f"{f}:{s}\tlabel {lab} pred {int(pred)} {u['score']:.2f}\twant [{cl}] got [{u.get('claimant','')}]\t{u['text'][:160]}")
    def f1(tp, fp, fn):
        p = tp / (tp + fp) if tp + fp else 0
        r = tp / (tp + fn) if tp + fn else 0
        return p, r, (2 * p * r / (p + r) if p + r else 0)
    p, r, f = f1(tp, fp, fn)
    _, _, f0 = f1(tn, fn, fp)
    n = tp + fp + fn + tn
    print(f"units {n} (labels not matched to a unit: {missing}); labelled 1: {tp+fn}")
    print(f"check-worthy P {p:.3f} R {r:.3f} F1 {f:.3f} macro-F1 {(f+f0)/2:.3f}")
    if cl_with:
        print(f"claimant exact on units with one: {cl_right}/{cl_with} = {100*cl_right/cl_with:.1f} %")
    if none_n:
        print(f"left empty where none: {none_right}/{none_n} = {100*none_right/none_n:.1f} %")
    for e in errs:
        print(e)

main()
