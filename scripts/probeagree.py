#!/usr/bin/env python3
"""probeagree.py FIRST.tsv SECOND.tsv [--list]

Agreement of two labellings of the same units (rows in the format of data/newslabels:
corpus, file, start, end in code points, sha1, label 0/1, claimant with "; " between
several), e.g. `python3 scripts/probeagree.py data/probes/de/labels.tsv data/probes/de/second.tsv`.
Units are matched by file, start and end; a unit whose hash differs, or that only one
file holds, is reported and left out. Prints:
  - units compared and how many each labelling marks 1;
  - label agreement and Cohen's kappa;
  - claimant agreement, names compared as sets with case and spacing ignored (as
    trainset.SameClaimant does), on units both label 1, on units where either gives a
    claimant, and how many units both leave without one.
--list prints every unit where the labels or the claimants differ, with both values."""
import sys


def claimant_set(c):
    """The claimant as a set of names, lower-cased, inner spaces collapsed."""
    return frozenset(" ".join(p.split()).lower() for p in c.split(";") if p.strip())


def read(path):
    """Rows of a label file keyed by (file, start, end): (sha1, label, claimant)."""
    rows = {}
    for line in open(path, encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if len(p) < 6:
            continue
        rows[(p[1], int(p[2]), int(p[3]))] = (p[4], int(p[5]), p[6] if len(p) > 6 else "")
    return rows


def kappa(pairs):
    """Cohen's kappa of a list of (label_a, label_b) pairs of 0/1 labels."""
    n = len(pairs)
    if n == 0:
        return float("nan")
    po = sum(1 for a, b in pairs if a == b) / n
    pa1 = sum(a for a, _ in pairs) / n
    pb1 = sum(b for _, b in pairs) / n
    pe = pa1 * pb1 + (1 - pa1) * (1 - pb1)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0


def pct(k, n):
    """'k/n = p %' with one decimal, or 'k/0' when n is zero."""
    return f"{k}/{n} = {100 * k / n:.1f} %" if n else f"{k}/0"


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    show = "--list" in sys.argv
    first, second = read(args[0]), read(args[1])
    keys = sorted(set(first) & set(second))
    for k in sorted(set(first) ^ set(second)):
        print("only in one file:", *k)
    pairs, both1, either_cl, both_none = [], [0, 0], [0, 0], 0
    for k in keys:
        (ha, la, ca), (hb, lb, cb) = first[k], second[k]
        if ha != hb:
            print("hash differs, left out:", *k)
            continue
        pairs.append((la, lb))
        sa, sb = claimant_set(ca), claimant_set(cb)
        same = sa == sb
        if la == 1 and lb == 1:
            both1[0] += same
            both1[1] += 1
        if sa or sb:
            either_cl[0] += same
            either_cl[1] += 1
        else:
            both_none += 1
        if show and (la != lb or not same):
            print(f"{k[0]}\t{k[1]}\t{k[2]}\tlabel {la}/{lb}\tclaimant {ca or '-'} | {cb or '-'}")
    n = len(pairs)
    agree = sum(1 for a, b in pairs if a == b)
    print(f"units {n}; labelled 1: first {sum(a for a, _ in pairs)}, second {sum(b for _, b in pairs)}")
    print(f"label agreement {pct(agree, n)}, Cohen's kappa {kappa(pairs):.3f}")
    print(f"claimant same, both labelled 1: {pct(*both1)}")
    print(f"claimant same, either gave one: {pct(*either_cl)}")
    print(f"both none: {both_none} of {n} units")


if __name__ == "__main__":
    main()
